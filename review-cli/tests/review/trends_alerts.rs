//! The Trends and Alerts screens: reached with Tab or 3 and 4, the weeks
//! changed with + and -, alerts opened with Enter and acknowledged with x;
//! snapshots in English and Danish at 80×24 and 140×40.

use crate::support::{fixture, screen_text as text, Fixture, Harness};
use crossterm::event::KeyCode;
use model::{AdAnalysis, AdField, PhoneMatch};
use review_cli::i18n::Lang;
use review_cli::tui::app::Screen;
use review_cli::tui::tabs::{Tab, DEFAULT_WEEKS};
use store::prelude::*;
use store::review::WatchKind;

/// alice follows the fixture's number; then an ad with that number arrives.
fn follow_then_new_ad(f: &Fixture) {
    let mut s = f.store();
    s.set_watch(WatchKind::Phone, "+4520123456", "alice", true)
        .unwrap();
    let text = "Invented: call +45 20 12 34 56";
    let ad = model::Ad {
        url: "https://citylights.invalid/annonce/9".into(),
        site: "citylights".into(),
        text: text.into(),
        name: Some("Nora".into()),
        location: Some("Odense".into()),
        ..Default::default()
    };
    // Seen after the watch began (stored times have whole seconds).
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let later = store::now();
    let id = s.upsert_ad(&ad, "DK", None, later).unwrap().ad_id;
    let start = text.find("+45").unwrap();
    let analysis = AdAnalysis {
        language: Some("en".into()),
        phones: vec![PhoneMatch {
            e164: "+4520123456".into(),
            raw: "+45 20 12 34 56".into(),
            field: AdField::Text,
            start,
            end: text.len(),
            obfuscated: false,
        }],
        hits: vec![],
        score: 0.0,
        rules_version: "test-1".into(),
    };
    s.save_analysis(id, &analysis, &store::ads::content_hash(&ad), |_, _| 0.0)
        .unwrap();
}

#[test]
fn trends_screen_charts_weeks_and_follows_the_filters() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('3'));
    assert_eq!(h.app.tab(), Tab::Trends);
    let t = h.app.trends.data.as_ref().expect("trends loaded");
    assert_eq!(t.weeks.len(), DEFAULT_WEEKS);
    assert_eq!(t.weeks.iter().map(|w| w.ads).sum::<i64>(), 5);
    h.key(KeyCode::Char('+'));
    assert_eq!(
        h.app.trends.data.as_ref().unwrap().weeks.len(),
        DEFAULT_WEEKS + 4
    );
    h.key(KeyCode::Char('-'));
    h.key(KeyCode::Char('-'));
    assert_eq!(
        h.app.trends.data.as_ref().unwrap().weeks.len(),
        DEFAULT_WEEKS - 4
    );
    // The queue's filter form works here and narrows the figures.
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.keys("Odense");
    h.key(KeyCode::Enter);
    assert_eq!(h.app.tab(), Tab::Trends);
    let t = h.app.trends.data.as_ref().unwrap();
    assert_eq!(t.weeks.iter().map(|w| w.ads).sum::<i64>(), 2);
}

#[test]
fn trends_screen_in_english_and_danish_at_both_sizes() {
    let f = fixture();
    for (lang, title, chart) in [
        (Lang::En, "Trends — 12 weeks", "flagged ads (red) per week"),
        (
            Lang::Da,
            "Tendenser — 12 uger",
            "markerede annoncer (rød) pr. uge",
        ),
    ] {
        let mut h = Harness::in_language(&f, "alice", lang);
        h.key(KeyCode::Tab);
        h.key(KeyCode::Tab);
        let small = h.screen(80, 24);
        let big = h.screen(140, 40);
        for s in [&small, &big] {
            let t = text(s);
            assert!(t.contains(title) && t.contains(chart), "{t}");
            assert!(t.contains("nattergal"), "the per-site breakdown: {t}");
        }
        assert!(
            text(&big).contains("third_person"),
            "four breakdowns when wide"
        );
        insta::assert_snapshot!(format!("trends_{}_80x24", lang.code()), small);
        insta::assert_snapshot!(format!("trends_{}_140x40", lang.code()), big);
    }
}

#[test]
fn alerts_screen_opens_and_acknowledges_in_two_languages() {
    let f = fixture();
    follow_then_new_ad(&f);
    for lang in [Lang::En, Lang::Da] {
        let mut h = Harness::in_language(&f, "alice", lang);
        h.key(KeyCode::Char('4'));
        assert_eq!(h.app.tab(), Tab::Alerts);
        assert_eq!(h.app.alerts.rows.len(), 1);
        let small = h.screen(80, 24);
        let big = h.screen(140, 40);
        assert!(text(&small).contains("Nora"), "{}", text(&small));
        insta::assert_snapshot!(format!("alerts_{}_80x24", lang.code()), small);
        insta::assert_snapshot!(format!("alerts_{}_140x40", lang.code()), big);
        if lang == Lang::En {
            // Looking does not acknowledge: the Danish pass sees it too.
            continue;
        }
        h.key(KeyCode::Enter);
        assert!(matches!(h.app.screen(), Screen::Ad(v) if v.id == 6));
        h.key(KeyCode::Esc);
        h.key(KeyCode::Char('x'));
        assert_eq!(
            h.app.message.as_deref(),
            Some("én advarsel markeret som set")
        );
        assert!(h.app.alerts.rows.is_empty());
        let empty = text(&h.screen(80, 24));
        assert!(
            empty.contains("Ingen nye annoncer i det, du følger"),
            "{empty}"
        );
        // Acknowledged in the store: a new session sees nothing.
        let mut again = Harness::new(&f, "alice");
        again.key(KeyCode::Char('4'));
        assert!(again.app.alerts.rows.is_empty());
    }
}
