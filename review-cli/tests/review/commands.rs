//! The script subcommands against the fixture store: what they print, what
//! they record, and that the fast queue gives exactly the `list_ads` order.

use crate::support::fixture;
use review_cli::cli::{
    AlertsArgs, FilterArgs, ListArgs, MarkArgs, NoteArgs, ShowArgs, StatsArgs, WatchArgs,
};
use review_cli::commands;
use review_cli::context::Context;
use store::prelude::*;
use store::query::ListFilter;
use store::review::{ReviewStatus, Target};

fn ctx(f: &crate::support::Fixture, who: &str) -> Context {
    Context::open(Some(f.path.clone()), Some(who.into())).unwrap()
}

fn run_to_string(f: impl FnOnce(&mut Vec<u8>) -> anyhow::Result<()>) -> String {
    let mut out = Vec::new();
    f(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn queue_pages_match_list_ads_for_every_filter() {
    let f = fixture();
    let s = f.store();
    let filters = [
        ListFilter::default(),
        ListFilter {
            location: Some("odense".into()),
            ..Default::default()
        },
        ListFilter {
            indicator: Some("third_person".into()),
            ..Default::default()
        },
        ListFilter {
            language: Some("en".into()),
            ..Default::default()
        },
        ListFilter {
            site: Some("nattergal".into()),
            ..Default::default()
        },
        ListFilter {
            network: Some(1),
            ..Default::default()
        },
        ListFilter {
            search: Some("MASSAGE".into()),
            ..Default::default()
        },
        ListFilter {
            status: Some(ReviewStatus::New),
            ..Default::default()
        },
    ];
    for filter in filters {
        let all = s.list_ads(&filter).unwrap();
        for (offset, limit) in [(0, 100), (0, 2), (2, 2), (4, 10)] {
            let page = s
                .queue_page(&ListFilter {
                    offset,
                    limit,
                    ..filter.clone()
                })
                .unwrap();
            let want: Vec<i64> = all.iter().skip(offset).take(limit).map(|r| r.id).collect();
            let got: Vec<i64> = page.iter().map(|r| r.id).collect();
            assert_eq!(got, want, "filter {filter:?} offset {offset} limit {limit}");
        }
        assert_eq!(
            s.queue_count(&filter).unwrap(),
            all.len() as i64,
            "{filter:?}"
        );
    }
    // The network of ads 1 and 2 lifts them; a re-link that drops it must
    // bring the queue back to score order (the triggers follow every write).
    let first: Vec<i64> = s
        .queue_page(&ListFilter::default())
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(first[0], 1, "highest score first: {first:?}");
    let mut w = f.store();
    w.replace_linking(&store::links::LinkingResult::default())
        .unwrap();
    let all: Vec<i64> = s
        .list_ads(&ListFilter::default())
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    let page: Vec<i64> = s
        .queue_page(&ListFilter::default())
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(page, all);
    assert!(s
        .queue_page(&ListFilter::default())
        .unwrap()
        .iter()
        .all(|r| r.network_size == 1));
}

#[test]
fn list_prints_the_queue_and_json_round_trips() {
    let f = fixture();
    let c = ctx(&f, "alice");
    let args = ListArgs {
        assignee: None,
        filter: FilterArgs {
            city: Some("Odense".into()),
            ..Default::default()
        },
        limit: 10,
        offset: 0,
        json: false,
    };
    let text = run_to_string(|o| commands::list::run(&c, &args, o));
    assert!(text.contains("Lina") && text.contains("Eva"), "{text}");
    assert!(!text.contains("Sofia"), "{text}");
    let args = ListArgs { json: true, ..args };
    let json = run_to_string(|o| commands::list::run(&c, &args, o));
    let rows: Vec<store::query::AdSummary> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), vec![2, 4]);
}

#[test]
fn mark_and_note_record_who_and_show_them_in_the_history() {
    let f = fixture();
    let mut c = ctx(&f, "alice");
    let out = run_to_string(|o| {
        commands::mark::run(
            &mut c,
            &MarkArgs {
                id: 2,
                status: "needs-outreach".into(),
                note: Some("call Monday".into()),
                network: false,
                json: false,
            },
            o,
        )
    });
    assert!(
        out.contains("ad #2: new → needs_outreach (by alice"),
        "{out}"
    );
    let json = run_to_string(|o| {
        commands::note::run(
            &mut c,
            &NoteArgs {
                id: 1,
                text: "seen twice".into(),
                network: true,
                json: true,
            },
            o,
        )
    });
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["reviewer"], "alice");
    assert_eq!(v["target"]["kind"], "network");
    let s = f.store();
    assert_eq!(
        s.status_of(Target::Ad(2)).unwrap(),
        ReviewStatus::NeedsOutreach
    );
    let ev = s.events_of(Target::Ad(2)).unwrap();
    assert_eq!(
        (ev[0].reviewer.as_str(), ev[0].note.as_deref()),
        ("alice", Some("call Monday"))
    );
    let shown = run_to_string(|o| {
        commands::show::run(
            &c,
            &ShowArgs {
                id: 2,
                network: false,
                json: false,
            },
            o,
        )
    });
    assert!(
        shown.contains("alice → needs_outreach: call Monday"),
        "{shown}"
    );

    let bad = commands::mark::run(
        &mut c,
        &MarkArgs {
            id: 2,
            status: "closed".into(),
            note: None,
            network: false,
            json: false,
        },
        &mut Vec::new(),
    );
    assert!(format!("{:#}", bad.unwrap_err()).contains("needs_outreach"));
    let missing = commands::mark::run(
        &mut c,
        &MarkArgs {
            id: 99,
            status: "new".into(),
            note: None,
            network: false,
            json: false,
        },
        &mut Vec::new(),
    );
    assert!(format!("{:#}", missing.unwrap_err()).contains("no ad with id 99"));
}

#[test]
fn watch_lists_follows_and_alerts_report_new_members_once() {
    let f = fixture();
    let mut c = ctx(&f, "bob");
    let out = run_to_string(|o| {
        commands::watch::run(
            &mut c,
            &WatchArgs {
                target: Some("+45 20 12 34 56".into()),
                off: false,
                json: false,
            },
            o,
        )
    });
    assert!(out.contains("bob now follows phone +4520123456"), "{out}");
    run_to_string(|o| {
        commands::watch::run(
            &mut c,
            &WatchArgs {
                target: Some("1".into()),
                off: false,
                json: false,
            },
            o,
        )
    });
    assert!(commands::watch::run(
        &mut c,
        &WatchArgs {
            target: Some("77".into()),
            off: false,
            json: false
        },
        &mut Vec::new()
    )
    .is_err());
    let list = run_to_string(|o| {
        commands::watch::run(
            &mut c,
            &WatchArgs {
                target: None,
                off: false,
                json: true,
            },
            o,
        )
    });
    let w: Vec<store::review::Watch> = serde_json::from_str(&list).unwrap();
    assert_eq!(w.len(), 2);

    // Nothing new yet; then a new ad with the followed number arrives.
    let none = run_to_string(|o| {
        commands::alerts::run(
            &mut c,
            &AlertsArgs {
                peek: false,
                json: false,
            },
            o,
        )
    });
    assert!(none.starts_with("No new ads"), "{none}");
    std::thread::sleep(std::time::Duration::from_millis(1100)); // stored times have whole seconds
    let mut s = f.store();
    let new_ad = model::Ad {
        url: "https://citylights.invalid/annonce/9".into(),
        site: "citylights".into(),
        text: "Call +45 20 12 34 56".into(),
        name: Some("Nora".into()),
        ..Default::default()
    };
    let id = s
        .upsert_ad(&new_ad, "DK", None, store::now())
        .unwrap()
        .ad_id;
    s.test_conn().execute("INSERT INTO phones (ad_id, e164, raw, field, start, end, obfuscated) VALUES (?1, '+4520123456', '+45 20 12 34 56', 'text', 5, 20, 0)", [id]).unwrap();
    let peek = run_to_string(|o| {
        commands::alerts::run(
            &mut c,
            &AlertsArgs {
                peek: true,
                json: true,
            },
            o,
        )
    });
    let alerts: serde_json::Value = serde_json::from_str(&peek).unwrap();
    assert_eq!(alerts.as_array().unwrap().len(), 1, "{peek}");
    assert_eq!(alerts[0]["ad"]["name"], "Nora");
    let seen = run_to_string(|o| {
        commands::alerts::run(
            &mut c,
            &AlertsArgs {
                peek: false,
                json: false,
            },
            o,
        )
    });
    assert!(
        seen.contains("New in number +4520123456") && seen.contains("Nora"),
        "{seen}"
    );
    let again = run_to_string(|o| {
        commands::alerts::run(
            &mut c,
            &AlertsArgs {
                peek: false,
                json: false,
            },
            o,
        )
    });
    assert!(again.starts_with("No new ads"), "{again}");

    run_to_string(|o| {
        commands::watch::run(
            &mut c,
            &WatchArgs {
                target: Some("+4520123456".into()),
                off: true,
                json: false,
            },
            o,
        )
    });
    assert_eq!(f.store().watches("bob").unwrap().len(), 1);
}

#[test]
fn stats_count_weeks_and_breakdowns() {
    let f = fixture();
    let c = ctx(&f, "alice");
    let args = StatsArgs {
        filter: FilterArgs::default(),
        weeks: 3,
        json: true,
        recount: false,
    };
    let json = run_to_string(|o| commands::stats::run(&c, &args, o));
    let t: store::stats::Trends = serde_json::from_str(&json).unwrap();
    // Ads first seen 1 May (Fri), 4 and 5 May (week of 4 May), 12 and 13 May.
    let weeks: Vec<(&str, i64, i64, i64)> = t
        .weeks
        .iter()
        .map(|w| (w.week.as_str(), w.ads, w.flagged, w.networks))
        .collect();
    assert_eq!(
        weeks,
        vec![
            ("2026-04-27", 1, 1, 1),
            ("2026-05-04", 2, 2, 1),
            ("2026-05-11", 2, 0, 0)
        ]
    );
    let odense = t.by_city.iter().find(|b| b.key == "Odense").unwrap();
    assert_eq!(
        (odense.ads, odense.flagged, odense.per_week.clone()),
        (2, 1, vec![0, 1, 1])
    );
    let tp = t
        .by_indicator
        .iter()
        .find(|b| b.key == "third_person")
        .unwrap();
    assert_eq!(tp.ads, 2);
    let text = run_to_string(|o| {
        commands::stats::run(
            &c,
            &StatsArgs {
                json: false,
                recount: false,
                ..args
            },
            o,
        )
    });
    assert!(
        text.contains("2026-05-04") && text.contains('█') && text.contains("Per indicator"),
        "{text}"
    );
    let none = run_to_string(|o| {
        commands::stats::run(
            &c,
            &StatsArgs {
                filter: FilterArgs {
                    city: Some("Nowhere".into()),
                    ..Default::default()
                },
                weeks: 3,
                json: false,
                recount: false,
            },
            o,
        )
    });
    assert!(none.contains("No ads match"), "{none}");
}
