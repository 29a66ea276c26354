//! Time to first screen and to apply a filter in the full-screen review tool,
//! on stores of 100,000 and 1,000,000 synthetic ads.
//!
//! ```text
//! cargo bench -p review-cli --bench review_queue
//! REVIEW_BENCH_SIZES=100000 cargo bench -p review-cli --bench review_queue
//! ```
//!
//! The stores are generated once with SQL (synthetic, invented text; kept in
//! the temp folder as `review-bench-<n>.db` and reused when they already
//! hold `n` ads). "First screen" is what `review` does before anything is
//! visible: open the store, fetch the first page of the queue, draw it
//! (into ratatui's `TestBackend`, 80×24 and 200×50). "Apply a filter" is a
//! new page request for the filtered queue plus the redraw. The count in the
//! status bar arrives later, off the UI thread; it is measured separately.

use ratatui::backend::TestBackend;
use ratatui::Terminal;
use review_cli::cli::FilterArgs;
use review_cli::tui::app::App;
use review_cli::tui::ui;
use review_cli::tui::worker::{Request, Response};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use store::prelude::*;
use store::query::ListFilter;
use store::Store;

const RUNS: usize = 7;

fn main() {
    let sizes: Vec<usize> = std::env::var("REVIEW_BENCH_SIZES")
        .unwrap_or_else(|_| "100000,1000000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    // `cargo test --benches` runs bench targets with no `--bench` flag: keep
    // that quick instead of building million-ad stores.
    if !std::env::args().any(|a| a == "--bench") {
        println!("review_queue: run with `cargo bench -p review-cli --bench review_queue`");
        return;
    }
    for n in sizes {
        let path = std::env::temp_dir().join(format!("review-bench-{n}.db"));
        ensure_store(&path, n);
        bench_size(&path, n);
    }
}

fn bench_size(path: &Path, n: usize) {
    println!("\n== {n} ads ({})", path.display());
    let first = measure(|| {
        let store = Store::open_existing(path).unwrap();
        let mut app = App::new("bench.db", "bench", FilterArgs::default()).unwrap();
        page_and_draw(&store, &mut app, 80, 24);
    });
    report("first screen (open + page + draw 80x24)", &first);
    let first_big = measure(|| {
        let store = Store::open_existing(path).unwrap();
        let mut app = App::new("bench.db", "bench", FilterArgs::default()).unwrap();
        page_and_draw(&store, &mut app, 200, 50);
    });
    report("first screen (open + page + draw 200x50)", &first_big);

    let store = Store::open_existing(path).unwrap();
    let filters: Vec<(&str, FilterArgs)> = vec![
        (
            "city=Odense",
            FilterArgs {
                city: Some("Odense".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "indicator=third_person",
            FilterArgs {
                indicator: Some("third_person".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "language=ro",
            FilterArgs {
                language: Some("ro".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "site=site-2",
            FilterArgs {
                site: Some("site-2".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "status=needs_outreach",
            FilterArgs {
                status: Some("needs_outreach".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "status=new",
            FilterArgs {
                status: Some("new".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "network=#101",
            FilterArgs {
                network: Some(101),
                ..FilterArgs::default()
            },
        ),
        (
            "since (last 4 weeks)",
            FilterArgs {
                since: Some("2026-10-26".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "search \"garden\"",
            FilterArgs {
                search: Some("garden".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "search a rare word (\"123457\")",
            FilterArgs {
                search: Some("123457".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "search two words (\"quiet garden\")",
            FilterArgs {
                search: Some("quiet garden".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "city=Odense + indicator=youth_terms",
            FilterArgs {
                city: Some("Odense".into()),
                indicator: Some("youth_terms".into()),
                ..FilterArgs::default()
            },
        ),
    ];
    for (label, args) in filters {
        let t = measure(|| {
            let mut app = App::new("bench.db", "bench", args.clone()).unwrap();
            page_and_draw(&store, &mut app, 80, 24);
        });
        report(&format!("apply filter {label} (page + draw)"), &t);
    }
    let t = measure(|| {
        store.queue_count(&ListFilter::default()).unwrap();
    });
    report("status bar: count all (async)", &t);
    let t = measure(|| {
        store.status_counts().unwrap();
    });
    report("status bar: per-status counts (async)", &t);
    let t = measure(|| {
        let f = ListFilter {
            offset: n / 2,
            limit: 100,
            ..ListFilter::default()
        };
        store.queue_page(&f).unwrap();
    });
    report("page in the middle of the queue (OFFSET n/2)", &t);
    let t = measure(|| {
        let f = ListFilter {
            offset: n.saturating_sub(100),
            limit: 100,
            ..ListFilter::default()
        };
        store.queue_page(&f).unwrap();
    });
    report("last page of the queue (G)", &t);
    let t = measure(|| {
        let f = ListFilter {
            offset: n * 3 / 4,
            limit: 100,
            ..ListFilter::default()
        };
        store.queue_page(&f).unwrap();
    });
    report("page at three quarters (OFFSET 3n/4)", &t);
    // Keyset pages: the page after (or before) a row in the middle, as the
    // TUI asks for the next page; plain and filtered.
    let site2 = ListFilter {
        site: Some("site-2".into()),
        ..ListFilter::default()
    };
    for (label, f) in [
        ("plain", ListFilter::default()),
        ("site=site-2", site2.clone()),
    ] {
        let total = store.queue_count(&f).unwrap() as usize;
        let middle = store
            .queue_ids(&ListFilter {
                offset: total / 2,
                limit: 1,
                ..f.clone()
            })
            .unwrap()[0];
        let t = measure(|| {
            store
                .queue_page(&ListFilter {
                    after: Some(middle),
                    limit: 100,
                    ..f.clone()
                })
                .unwrap();
        });
        report(
            &format!("next page after the middle row ({label}, keyset)"),
            &t,
        );
        let t = measure(|| {
            store
                .queue_page(&ListFilter {
                    before: Some(middle),
                    limit: 100,
                    ..f.clone()
                })
                .unwrap();
        });
        report(&format!("page before the middle row ({label}, keyset)"), &t);
        if label != "plain" {
            for (what, offset) in [
                ("last page (G)", total.saturating_sub(100)),
                ("page at the middle (OFFSET)", total / 2),
            ] {
                let t = measure(|| {
                    store
                        .queue_page(&ListFilter {
                            offset,
                            limit: 100,
                            ..f.clone()
                        })
                        .unwrap();
                });
                report(&format!("{what}, {label}"), &t);
            }
        }
    }
    let t = measure(|| trends_screen(&store, FilterArgs::default()));
    report("Trends screen, no filter (kept counts; request + draw)", &t);
    let site = FilterArgs {
        site: Some("site-2".into()),
        ..FilterArgs::default()
    };
    let t = measure(|| trends_screen(&store, site.clone()));
    report("Trends screen, site=site-2 (kept per-site counts)", &t);
    for (label, args) in [
        (
            "Trends screen, language=ro (kept per-ad contributions)",
            FilterArgs {
                language: Some("ro".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "Trends screen, indicator=third_person (kept per-ad contributions)",
            FilterArgs {
                indicator: Some("third_person".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "Trends screen, city=Odense (ads selected, then kept contributions)",
            FilterArgs {
                city: Some("Odense".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "Trends screen, status=needs_outreach",
            FilterArgs {
                status: Some("needs_outreach".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "Trends screen, since (last 4 weeks)",
            FilterArgs {
                since: Some("2026-10-26".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "Trends screen, search \"garden\"",
            FilterArgs {
                search: Some("garden".into()),
                ..FilterArgs::default()
            },
        ),
        (
            "Trends screen, status=new",
            FilterArgs {
                status: Some("new".into()),
                ..FilterArgs::default()
            },
        ),
    ] {
        let t = measure(|| trends_screen(&store, args.clone()));
        report(label, &t);
    }
}

/// Switches to the Trends screen, answers its requests from `store` and
/// draws it at 140x40, as the run loop does.
fn trends_screen(store: &Store, args: FilterArgs) {
    use review_cli::tui::app::Effect;
    let mut app = App::new("bench.db", "bench", args).unwrap();
    let _ = app.start();
    let mut effects = app.update(review_cli::tui::action::Action::ShowTab(
        review_cli::tui::tabs::Tab::Trends,
    ));
    while let Some(fx) = effects.pop() {
        if let Effect::Request(Request::Trends { filter, weeks }) = fx {
            let t = store.trends(&filter, weeks).unwrap();
            effects.extend(app.apply(Response::Trends(Box::new(t))));
        }
    }
    let mut term = Terminal::new(TestBackend::new(140, 40)).unwrap();
    term.draw(|f| ui::draw(f, &app)).unwrap();
}

/// What the run loop does for the first screen, synchronously.
fn page_and_draw(store: &Store, app: &mut App, w: u16, h: u16) {
    for fx in app.start() {
        if let review_cli::tui::app::Effect::Request(Request::Page {
            generation,
            filter,
            offset,
            limit,
        }) = fx
        {
            let rows = store
                .queue_page(&ListFilter {
                    offset,
                    limit,
                    ..*filter
                })
                .unwrap();
            app.apply(Response::Page {
                generation,
                offset,
                rows,
            });
        }
    }
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| ui::draw(f, app)).unwrap();
}

fn measure(mut f: impl FnMut()) -> Vec<Duration> {
    f(); // warm the page cache once
    let mut v: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    v.sort();
    v
}

fn report(label: &str, v: &[Duration]) {
    println!(
        "  {label:<55} median {:>8.1} ms   max {:>8.1} ms",
        v[v.len() / 2].as_secs_f64() * 1e3,
        v[v.len() - 1].as_secs_f64() * 1e3
    );
}

/// Builds (or reuses) a store of `n` synthetic ads.
fn ensure_store(path: &PathBuf, n: usize) {
    if path.exists() {
        if let Ok(mut s) = Store::open(path) {
            if s.count_ads().unwrap_or(0) == n as i64 {
                // A store from an older build: its trend counts are filled
                // by the migration, or settled here.
                s.settle_tallies().unwrap();
                return;
            }
        }
        let _ = std::fs::remove_file(path);
        let _ = std::fs::remove_file(path.with_extension("db-wal"));
        let _ = std::fs::remove_file(path.with_extension("db-shm"));
    }
    let t = Instant::now();
    let mut store = Store::open(path).unwrap();
    store
        .test_conn()
        .execute_batch(&format!(
            r#"
BEGIN IMMEDIATE;
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {n})
INSERT INTO ads (id, url, site, title, text, name, age, location, price, first_seen, last_seen, content_hash)
SELECT i, 'https://site-' || (i % 5) || '.invalid/ad/' || i, 'site-' || (i % 5),
       'Ad ' || i,
       'Invented ad number ' || i || ' about a quiet ' ||
         CASE i % 7 WHEN 0 THEN 'garden' WHEN 1 THEN 'evening' WHEN 2 THEN 'massage' WHEN 3 THEN 'meeting' ELSE 'walk' END ||
         ' in town. Call 20 12 ' || printf('%02d %02d', (i / 100) % 100, i % 100) || '.',
       'Name' || (i % 997), 20 + (i % 20),
       CASE i % 10 WHEN 0 THEN 'Odense' WHEN 1 THEN 'Aarhus' WHEN 2 THEN 'Aalborg' WHEN 3 THEN 'Vejle' WHEN 4 THEN 'Esbjerg'
                   WHEN 5 THEN 'Randers' WHEN 6 THEN 'Kolding' WHEN 7 THEN 'Horsens' ELSE 'København' END,
       '1000 kr',
       strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-22T00:00:00Z', '-' || (i % 365) || ' days', '-' || (i % 86400) || ' seconds'),
       '2026-11-22T00:00:00Z', 'hash' || i
FROM seq;

INSERT INTO analysis (ad_id, language, score, hits_json, rules_version, content_hash, analysed_at)
SELECT id, CASE id % 9 WHEN 0 THEN 'en' WHEN 1 THEN 'ro' WHEN 2 THEN 'sv' ELSE 'da' END,
       (abs(random()) % 80) / 10.0, '[]', 'bench', content_hash, '2026-11-22T00:00:00Z'
FROM ads;

INSERT INTO ad_indicators (ad_id, code, weight)
SELECT id, CASE id % 4 WHEN 0 THEN 'third_person' WHEN 1 THEN 'youth_terms' WHEN 2 THEN 'obfuscated_phone' ELSE 'shared_phone' END, 2.0
FROM ads WHERE id % 3 = 0;

INSERT INTO networks (id, size, first_seen, last_seen, summary_json, updated_at)
SELECT id, 8, '2026-01-01T00:00:00Z', '2026-11-22T00:00:00Z', '{{}}', '2026-11-22T00:00:00Z'
FROM ads WHERE id % 80 = 21;

INSERT INTO network_members (ad_id, network_id, joined_at)
SELECT id, (id / 80) * 80 + 21, '2026-11-22T00:00:00Z'
FROM ads WHERE id % 10 = 1 AND (id / 80) * 80 + 21 <= {n};

INSERT INTO reviews (target_kind, target_id, status, updated_at, updated_by)
SELECT 'ad', id, CASE id % 4 WHEN 0 THEN 'needs_outreach' WHEN 1 THEN 'contacted' WHEN 2 THEN 'referred' ELSE 'dismissed' END,
       '2026-11-22T00:00:00Z', 'bench'
FROM ads WHERE id % 100 = 7;
COMMIT;
"#
        ))
        .unwrap();
    store
        .test_conn()
        .execute_batch("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    // What the engine does after an import: the trend counts follow.
    store.settle_tallies().unwrap();
    println!("generated {n} ads in {:.1} s", t.elapsed().as_secs_f64());
}
