//! Networks as the unit of work: `review networks` (table and JSON) and the
//! Networks screen (Tab, digits, Enter into the network view, marking a
//! network), in English and Danish, at 80×24 and 140×40.

use crate::support::{fixture, screen_text as text, Harness};
use crossterm::event::KeyCode;
use review_cli::cli::NetworksArgs;
use review_cli::commands;
use review_cli::context::Context;
use review_cli::i18n::{Lang, Tr};
use review_cli::tui::app::Screen;
use review_cli::tui::tabs::Tab;
use store::prelude::*;
use store::review::{ReviewStatus, Target};

fn args(json: bool) -> NetworksArgs {
    NetworksArgs {
        assignee: None,
        status: None,
        limit: 50,
        offset: 0,
        json,
    }
}

fn run(ctx: &Context, a: &NetworksArgs) -> String {
    let mut out = Vec::new();
    commands::networks::run(ctx, a, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn networks_json_keeps_codes_and_fields_in_every_language() {
    let f = fixture();
    let mut ctx = Context::open(Some(f.path.clone()), Some("alice".into())).unwrap();
    let en = run(&ctx, &args(true));
    ctx.tr = Tr::new(Lang::Da);
    assert_eq!(
        run(&ctx, &args(true)),
        en,
        "JSON does not change with --lang"
    );
    let v: serde_json::Value = serde_json::from_str(&en).unwrap();
    let n = &v[0];
    assert_eq!(n["network_id"], 1);
    assert_eq!(n["size"], 2);
    assert_eq!(n["status"], "new");
    assert_eq!(n["cities"], serde_json::json!(["Aarhus", "Odense"]));
    assert_eq!(n["max_score"], 5.0);
    assert!(n["indicators"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("third_person")));
    assert!(n["first_seen"].is_string() && n["last_seen"].is_string());
}

#[test]
fn networks_table_in_danish_and_status_filter() {
    let f = fixture();
    let mut ctx = Context::open(Some(f.path.clone()), Some("alice".into())).unwrap();
    ctx.tr = Tr::new(Lang::Da);
    let out = run(&ctx, &args(false));
    assert!(
        out.contains("netværk") && out.contains("ansvarlig"),
        "{out}"
    );
    assert!(
        out.contains("#1") && out.contains("Aarhus, Odense"),
        "{out}"
    );
    let mut only = args(false);
    only.status = Some("referred".into());
    assert_eq!(
        run(&ctx, &only).trim(),
        "Ingen netværk endnu: annoncer samles i et netværk, når de deler et nummer, en tekst eller et foto."
    );
}

#[test]
fn tab_reaches_networks_and_enter_opens_the_network_view() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Tab);
    assert_eq!(h.app.tab(), Tab::Networks);
    assert!(matches!(h.app.screen(), Screen::Networks));
    assert_eq!(h.app.networks.rows.len(), 1);
    h.key(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Network(v) if v.id == 1));
    h.key(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Networks));
    // Marking from the list marks the network, and the list shows it.
    h.keys("m2");
    assert_eq!(
        h.store.status_of(Target::Network(1)).unwrap(),
        ReviewStatus::NeedsOutreach
    );
    assert_eq!(h.app.networks.rows[0].status, ReviewStatus::NeedsOutreach);
    h.key(KeyCode::Char('1'));
    assert_eq!(h.app.tab(), Tab::Ads);
    h.key(KeyCode::Char('2'));
    assert_eq!(h.app.tab(), Tab::Networks);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.tab(), Tab::Trends);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.tab(), Tab::Alerts);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.tab(), Tab::Ads);
}

#[test]
fn networks_screen_in_english_and_danish_at_both_sizes() {
    let f = fixture();
    for (lang, title) in [
        (Lang::En, "Networks — by priority"),
        (Lang::Da, "Netværk — efter prioritet"),
    ] {
        let mut h = Harness::in_language(&f, "alice", lang);
        h.key(KeyCode::Tab);
        let small = h.screen(80, 24);
        let big = h.screen(140, 40);
        for s in [&small, &big] {
            let t = text(s);
            assert!(t.contains(title), "{t}");
            assert!(t.contains("Aarhus, Odense"), "{t}");
        }
        insta::assert_snapshot!(format!("networks_{}_80x24", lang.code()), small);
        insta::assert_snapshot!(format!("networks_{}_140x40", lang.code()), big);
    }
}
