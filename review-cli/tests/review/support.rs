//! A small deterministic store for the review tests: invented ads with fixed
//! timestamps, analyses with evidence spans, one phone-linked network, an
//! earlier version and a block-listed number. Numbers are from the Danish
//! example range (+45 20 12 34 xx).

use chrono::{DateTime, TimeZone, Utc};
use model::{AdAnalysis, AdField, Evidence, IndicatorCode, IndicatorHit, PhoneMatch};
use model::{LinkCounts, NetworkSummary};
use std::path::PathBuf;
use store::links::{LinkRow, LinkingResult, NetworkRow};
use store::Store;

/// A fixed time on 2026-05-`day` at `hour`:00 UTC.
pub fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, day, hour, 0, 0).unwrap()
}

/// The database and its folder (kept alive by the caller).
pub struct Fixture {
    /// Temporary folder holding the database.
    pub _dir: tempfile::TempDir,
    /// The database file.
    pub path: PathBuf,
}

impl Fixture {
    /// Opens another (read-write) connection to the fixture's database.
    pub fn store(&self) -> Store {
        Store::open_existing_writable(&self.path).unwrap()
    }
}

fn hit(
    code: IndicatorCode,
    weight: f64,
    explanation: &str,
    ev: &[(AdField, &str, &str)],
) -> IndicatorHit {
    IndicatorHit {
        code,
        weight,
        explanation: explanation.into(),
        evidence: ev
            .iter()
            .map(|&(field, text, needle)| {
                let start = text.find(needle).expect("needle in text");
                Evidence {
                    field,
                    start,
                    end: start + needle.len(),
                    excerpt: needle.into(),
                }
            })
            .collect(),
    }
}

fn ad(n: u32, site: &str, name: &str, age: u32, city: &str, title: &str, text: &str) -> model::Ad {
    model::Ad {
        url: format!("https://{site}.invalid/annonce/{n}"),
        site: site.into(),
        title: Some(title.into()),
        text: text.into(),
        name: Some(name.into()),
        age: Some(age),
        location: Some(city.into()),
        price: Some("1500 kr".into()),
        images: vec![format!("https://{site}.invalid/img/{n}.jpg")],
        ..model::Ad::default()
    }
}

/// An ad id, the ad, its language, phones and hits.
type AnalysisRow<'a> = (
    i64,
    &'a model::Ad,
    &'a str,
    Vec<PhoneMatch>,
    Vec<IndicatorHit>,
);

/// Texts of the fixture ads (ad ids are 1..=5 in this order).
pub const SOFIA_TEXT: &str =
    "Hun er en sød pige fra Thailand. Ring til hende i dag: to nul en to tre fire fem seks.";
/// Ad 2's text.
pub const LINA_TEXT: &str = "She is sweet and new here.\nCall +45 20 12 34 56 any time.";

/// Builds the fixture store: five ads, network #1 = ads 1 and 2.
pub fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.db");
    let mut s = Store::open(&path).unwrap();
    fill(&mut s);
    Fixture { _dir: dir, path }
}

/// Writes the fixture's ads, analysis, network and image hashes into an
/// empty store of either backend.
pub fn fill(s: &mut impl store::EngineStore) {
    let sofia_old = ad(
        1,
        "nattergal",
        "Sofia",
        23,
        "Aarhus",
        "Sofia – ny i Aarhus",
        "Hun er ny i byen.",
    );
    let sofia = ad(
        1,
        "nattergal",
        "Sofia",
        23,
        "Aarhus",
        "Sofia – sød thai pige",
        SOFIA_TEXT,
    );
    let lina = ad(
        2,
        "citylights",
        "Lina",
        22,
        "Odense",
        "Lina, new in Odense",
        LINA_TEXT,
    );
    let mia = ad(
        3,
        "nattergal",
        "Mia",
        25,
        "København",
        "Mia",
        "Young and fresh, new girls every week. Ring 20 12 34 91.",
    );
    let eva = ad(
        4,
        "citylights",
        "Eva",
        31,
        "Odense",
        "Eva",
        "Relaxing massage by appointment. Call +45 20 12 34 92.",
    );
    let ida = ad(
        5,
        "nattergal",
        "Ida",
        28,
        "Vejle",
        "Ida",
        "Massage i Vejle, kun få dage. Ring 20 12 34 93.",
    );
    s.upsert_ad(&sofia_old, "DK", None, at(1, 9)).unwrap();
    s.upsert_ad(&sofia, "DK", None, at(3, 10)).unwrap();
    s.upsert_ad(&lina, "DK", None, at(4, 11)).unwrap();
    s.upsert_ad(&mia, "DK", None, at(5, 12)).unwrap();
    s.upsert_ad(&eva, "DK", None, at(12, 8)).unwrap();
    s.upsert_ad(&ida, "DK", None, at(13, 8)).unwrap();

    let phone = |raw: &str, text: &str, obf: bool| PhoneMatch {
        e164: "+4520123456".into(),
        raw: raw.into(),
        field: AdField::Text,
        start: text.find(raw).unwrap(),
        end: text.find(raw).unwrap() + raw.len(),
        obfuscated: obf,
    };
    let analyses: Vec<AnalysisRow<'_>> = vec![
        (
            1,
            &sofia,
            "da",
            vec![phone("to nul en to tre fire fem seks", SOFIA_TEXT, true)],
            vec![
                hit(
                    IndicatorCode::ThirdPerson,
                    2.0,
                    "The ad is written about her by someone else.",
                    &[
                        (AdField::Text, SOFIA_TEXT, "Hun er"),
                        (AdField::Text, SOFIA_TEXT, "Ring til hende"),
                    ],
                ),
                hit(
                    IndicatorCode::NationalityStated,
                    1.0,
                    "The ad sells a nationality.",
                    &[
                        (AdField::Text, SOFIA_TEXT, "fra Thailand"),
                        (AdField::Title, "Sofia – sød thai pige", "thai"),
                    ],
                ),
                hit(
                    IndicatorCode::ObfuscatedPhone,
                    2.0,
                    "The number is written to evade filters.",
                    &[(AdField::Text, SOFIA_TEXT, "to nul en to tre fire fem seks")],
                ),
            ],
        ),
        (
            2,
            &lina,
            "en",
            vec![phone("+45 20 12 34 56", LINA_TEXT, false)],
            vec![hit(
                IndicatorCode::ThirdPerson,
                2.0,
                "The ad is written about her by someone else.",
                &[(AdField::Text, LINA_TEXT, "She is")],
            )],
        ),
        (
            3,
            &mia,
            "en",
            vec![],
            vec![
                hit(
                    IndicatorCode::YouthTerms,
                    1.0,
                    "Youth language.",
                    &[(
                        AdField::Text,
                        "Young and fresh, new girls every week. Ring 20 12 34 91.",
                        "Young and fresh",
                    )],
                ),
                hit(
                    IndicatorCode::MultiplePersons,
                    1.5,
                    "Several women offered.",
                    &[(
                        AdField::Text,
                        "Young and fresh, new girls every week. Ring 20 12 34 91.",
                        "new girls every week",
                    )],
                ),
            ],
        ),
        (4, &eva, "en", vec![], vec![]),
        (
            5,
            &ida,
            "da",
            vec![],
            vec![hit(
                IndicatorCode::MovementTerms,
                -0.5,
                "Movement wording (informational).",
                &[(
                    AdField::Text,
                    "Massage i Vejle, kun få dage. Ring 20 12 34 93.",
                    "kun få dage",
                )],
            )],
        ),
    ];
    for (id, a, lang, phones, hits) in analyses {
        let score: f64 = hits.iter().map(|h| h.weight).sum::<f64>().max(0.0);
        let analysis = AdAnalysis {
            language: Some(lang.into()),
            phones,
            hits,
            score,
            rules_version: "test-1".into(),
        };
        s.save_analysis(id, &analysis, &store::ads::content_hash(a), |own, links| {
            own.iter()
                .chain(links)
                .map(|h| h.weight)
                .sum::<f64>()
                .max(0.0)
        })
        .unwrap();
    }
    let summary = NetworkSummary {
        network_id: 1,
        ad_ids: vec![1, 2],
        phones: vec!["+4520123456".into()],
        names: vec!["Lina".into(), "Sofia".into()],
        locations: vec!["Aarhus".into(), "Odense".into()],
        first_seen: at(3, 10),
        last_seen: at(4, 11),
        timeline: vec![(at(3, 10), "Aarhus".into()), (at(4, 11), "Odense".into())],
        link_counts: LinkCounts {
            phone: 1,
            text: 0,
            image: 0,
        },
    };
    s.replace_linking(&LinkingResult {
        links: vec![LinkRow {
            a: 1,
            b: 2,
            kind: model::LinkKind::Phone,
            evidence: "+4520123456".into(),
            score: 1.0,
        }],
        clusters: vec![],
        networks: vec![NetworkRow {
            id: 1,
            ad_ids: vec![1, 2],
            first_seen: Some(at(3, 10)),
            last_seen: Some(at(4, 11)),
            summary: serde_json::to_value(&summary).unwrap(),
        }],
        blocked: vec![],
    })
    .unwrap();
    // Image hashes, so the ad view has something to show.
    s.set_image_hash(
        1,
        "https://nattergal.invalid/img/1.jpg",
        Ok(0x0f0f_1234_5678_9abc),
    )
    .unwrap();
}

/// Drives an [`App`] with keys, answering its store requests synchronously
/// (as the worker thread would) and recording the other effects.
pub struct Harness {
    /// The app under test.
    pub app: review_cli::tui::app::App,
    /// The store the requests go to.
    pub store: Store,
    /// Effects other than store requests (URLs opened, text copied).
    pub effects: Vec<review_cli::tui::app::Effect>,
    /// Store requests made, in order.
    pub requests: Vec<review_cli::tui::worker::Request>,
}

impl Harness {
    /// An app on the fixture as `reviewer`, after its first requests.
    pub fn new(f: &Fixture, reviewer: &str) -> Harness {
        Harness::in_language(f, reviewer, review_cli::i18n::Lang::En)
    }

    /// An app on the fixture as `reviewer`, speaking `lang`.
    pub fn in_language(f: &Fixture, reviewer: &str, lang: review_cli::i18n::Lang) -> Harness {
        let app = review_cli::tui::app::App::new("review.db", reviewer, Default::default())
            .unwrap()
            .in_language(review_cli::i18n::Tr::new(lang));
        let mut h = Harness {
            app,
            store: f.store(),
            effects: Vec::new(),
            requests: Vec::new(),
        };
        let fx = h.app.start();
        h.run(fx);
        h
    }

    /// Carries out effects until none are left.
    pub fn run(&mut self, fx: Vec<review_cli::tui::app::Effect>) {
        use review_cli::tui::app::Effect;
        let mut queue: std::collections::VecDeque<Effect> = fx.into();
        while let Some(e) = queue.pop_front() {
            match e {
                Effect::Request(r) => {
                    self.requests.push(r.clone());
                    let reviewer = self.app.reviewer.clone();
                    let tr = self.app.tr.clone();
                    let resp =
                        review_cli::tui::worker::respond_in(&mut self.store, &reviewer, &tr, r);
                    queue.extend(self.app.apply(resp));
                }
                other => self.effects.push(other),
            }
        }
    }

    /// Presses a key (through the real key map).
    pub fn key(&mut self, code: crossterm::event::KeyCode) {
        self.key_mod(code, crossterm::event::KeyModifiers::NONE);
    }

    /// Presses a key with modifiers.
    pub fn key_mod(&mut self, code: crossterm::event::KeyCode, m: crossterm::event::KeyModifiers) {
        let ev = crossterm::event::KeyEvent::new(code, m);
        if let Some(a) = review_cli::tui::action::action_for(&self.app, ev) {
            let fx = self.app.update(a);
            self.run(fx);
        }
    }

    /// Presses one key per character.
    pub fn keys(&mut self, s: &str) {
        for c in s.chars() {
            self.key(crossterm::event::KeyCode::Char(c));
        }
    }

    /// Ids of the loaded queue rows.
    pub fn ids(&self) -> Vec<i64> {
        self.app.rows.iter().map(|r| r.id).collect()
    }

    /// The screen drawn at `w`×`h`, with review-event times fixed so
    /// snapshots do not depend on the clock.
    pub fn screen(&mut self, w: u16, h: u16) -> ratatui::backend::TestBackend {
        use review_cli::tui::app::Screen;
        for s in self.app.stack.iter_mut() {
            match s {
                Screen::Ad(v) => {
                    if let Some(d) = v.detail.as_mut() {
                        for e in d.events.iter_mut() {
                            e.at = at(20, 9);
                        }
                    }
                    if let Some(t) = v.teamwork.as_mut() {
                        for c in t.contacts.iter_mut() {
                            c.at = at(20, 8);
                        }
                    }
                }
                Screen::Network(v) => {
                    if let Some(d) = v.data.as_mut() {
                        for e in d.events.iter_mut() {
                            e.at = at(20, 9);
                        }
                    }
                }
                Screen::Queue | Screen::Networks | Screen::Trends | Screen::Alerts => {}
            }
        }
        for a in self.app.alerts.rows.iter_mut() {
            a.ad.first_seen = at(20, 7);
        }
        self.app.visible_rows = h.saturating_sub(3) as usize;
        let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        term.draw(|f| review_cli::tui::ui::draw(f, &self.app))
            .unwrap();
        term.backend().clone()
    }
}

/// The characters of a drawn screen, one line per row (for `contains` checks).
pub fn screen_text(b: &ratatui::backend::TestBackend) -> String {
    let buf = b.buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
