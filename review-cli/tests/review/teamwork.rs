//! Teamwork through the commands and the full-screen tool: assign and "my
//! cases", follow-up dates and `due --json`, the contact log per number
//! (shown on every ad with that number), the minimum gap, do-not-contact,
//! and the new statuses.

use crate::support::{fixture, screen_text as text, Fixture, Harness};
use crossterm::event::KeyCode;
use review_cli::cli::{
    AssignArgs, ContactArgs, DncArgs, DueArgs, FilterArgs, ListArgs, MarkArgs, NetworksArgs,
    RemindArgs, ShowArgs,
};
use review_cli::commands;
use review_cli::context::Context;
use review_cli::i18n::{Lang, Tr};
use review_cli::tui::app::Screen;
use store::prelude::*;
use store::review::{ReviewStatus, Target};

fn ctx(f: &Fixture, who: &str) -> Context {
    Context::open(Some(f.path.clone()), Some(who.into())).unwrap()
}

fn out(run: impl FnOnce(&mut Vec<u8>) -> anyhow::Result<()>) -> String {
    let mut o = Vec::new();
    run(&mut o).unwrap();
    String::from_utf8(o).unwrap()
}

fn contact(id: i64, outcome: &str) -> ContactArgs {
    ContactArgs {
        id,
        channel: "sms".into(),
        outcome: outcome.into(),
        phone: None,
        note: None,
        min_gap_days: 14,
        yes: false,
        json: false,
    }
}

#[test]
fn assign_then_my_cases_in_list_and_networks() {
    let f = fixture();
    let mut c = ctx(&f, "alice");
    let a = |id, network| AssignArgs {
        id,
        name: "bob".into(),
        network,
        json: false,
    };
    let said = out(|o| commands::teamwork::assign(&mut c, &a(3, false), o));
    assert!(said.contains("ad #3 assigned to bob (by alice"), "{said}");
    out(|o| commands::teamwork::assign(&mut c, &a(1, true), o));
    let list = ListArgs {
        assignee: Some("bob".into()),
        filter: FilterArgs::default(),
        limit: 50,
        offset: 0,
        json: true,
    };
    let rows: serde_json::Value =
        serde_json::from_str(&out(|o| commands::list::run(&c, &list, o))).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["id"], 3);
    let nobody = ListArgs {
        assignee: Some("carol".into()),
        json: false,
        ..list
    };
    assert!(out(|o| commands::list::run(&c, &nobody, o)).contains("No ads match"));
    let nets = NetworksArgs {
        assignee: Some("bob".into()),
        status: None,
        limit: 50,
        offset: 0,
        json: true,
    };
    let v: serde_json::Value =
        serde_json::from_str(&out(|o| commands::networks::run(&c, &nets, o))).unwrap();
    assert_eq!(v[0]["network_id"], 1);
    assert_eq!(v[0]["assignee"], "bob");
    let history = out(|o| {
        commands::show::run(
            &c,
            &ShowArgs {
                id: 3,
                network: false,
                json: false,
            },
            o,
        )
    });
    assert!(history.contains("alice assigned to bob"), "{history}");
}

#[test]
fn remind_and_due_json() {
    let f = fixture();
    let mut c = ctx(&f, "alice");
    for (id, date) in [(2, "2026-06-02"), (4, "2026-06-01"), (5, "2026-07-01")] {
        let r = RemindArgs {
            id,
            date: date.into(),
            network: false,
            json: false,
        };
        out(|o| commands::teamwork::remind(&mut c, &r, o));
    }
    let bad = RemindArgs {
        id: 2,
        date: "next week".into(),
        network: false,
        json: false,
    };
    assert!(commands::teamwork::remind(&mut c, &bad, &mut Vec::new()).is_err());
    let due = DueArgs {
        assignee: None,
        date: Some("2026-06-15".into()),
        json: true,
    };
    let v: serde_json::Value =
        serde_json::from_str(&out(|o| commands::teamwork::due(&c, &due, o))).unwrap();
    assert_eq!(
        v,
        serde_json::json!([
            {"target": {"kind": "ad", "id": 4}, "due_on": "2026-06-01", "set_by": "alice", "assignee": null},
            {"target": {"kind": "ad", "id": 2}, "due_on": "2026-06-02", "set_by": "alice", "assignee": null},
        ])
    );
    c.tr = Tr::new(Lang::Da);
    let none = DueArgs {
        date: Some("2026-05-01".into()),
        json: false,
        ..due
    };
    assert_eq!(
        out(|o| commands::teamwork::due(&c, &none, o)).trim(),
        "Intet skal følges op senest 2026-05-01."
    );
}

#[test]
fn contacts_are_kept_per_number_with_a_gap_and_do_not_contact() {
    let f = fixture();
    let mut c = ctx(&f, "alice");
    // Ad 1 and ad 2 carry the same number.
    let said = out(|o| commands::contact::run(&mut c, &contact(1, "no_reply"), o));
    assert!(
        said.contains("contact to +4520123456 recorded (text message, no reply) from ad #1"),
        "{said}"
    );
    // A second attempt to the same number from the other ad is within the gap.
    let err = commands::contact::run(&mut c, &contact(2, "replied"), &mut Vec::new())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("minimum gap is 14 days") && err.contains("--yes"),
        "{err}"
    );
    let mut again = contact(2, "opted_out");
    again.yes = true;
    let said = out(|o| commands::contact::run(&mut c, &again, o));
    assert!(said.starts_with("warning:"), "{said}");
    assert!(
        said.contains("now on the do-not-contact list (opted out)"),
        "{said}"
    );
    // On the list: refused, even with --yes.
    let mut third = contact(1, "replied");
    third.yes = true;
    let err = commands::contact::run(&mut c, &third, &mut Vec::new())
        .unwrap_err()
        .to_string();
    assert!(err.contains("do-not-contact"), "{err}");
    // Shown on every ad with the number, both attempts.
    for id in [1, 2] {
        let s = out(|o| {
            commands::show::run(
                &c,
                &ShowArgs {
                    id,
                    network: false,
                    json: false,
                },
                o,
            )
        });
        assert!(s.contains("+4520123456: DO NOT CONTACT (opted out)"), "{s}");
        assert!(
            s.contains("no reply (#1)") && s.contains("opted out (#2)"),
            "{s}"
        );
        // The same in `show --json`, for scripts.
        let j: serde_json::Value = serde_json::from_str(&out(|o| {
            commands::show::run(
                &c,
                &ShowArgs {
                    id,
                    network: false,
                    json: true,
                },
                o,
            )
        }))
        .unwrap();
        let outcomes: Vec<&str> = j["teamwork"]["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["outcome"].as_str().unwrap())
            .collect();
        assert_eq!(outcomes, ["no_reply", "opted_out"], "{j}");
        assert_eq!(j["teamwork"]["do_not_contact"][0]["e164"], "+4520123456");
        assert!(j["stored"].is_object(), "the ad's own fields stay: {j}");
    }
    // An ad without a number, and unknown codes.
    assert!(commands::contact::run(&mut c, &contact(3, "replied"), &mut Vec::new()).is_err());
    let err = commands::contact::run(&mut c, &contact(1, "maybe"), &mut Vec::new())
        .unwrap_err()
        .to_string();
    assert!(err.contains("referred_cmm"), "{err}");
    let list = DncArgs {
        number: None,
        reason: "opted_out".into(),
        off: false,
        json: true,
    };
    let v: serde_json::Value =
        serde_json::from_str(&out(|o| commands::contact::dnc(&mut c, &list, o))).unwrap();
    assert_eq!(v[0]["e164"], "+4520123456");
    assert_eq!(v[0]["reason"], "opted_out");
}

#[test]
fn new_statuses_can_be_set() {
    let f = fixture();
    let mut c = ctx(&f, "alice");
    for (id, s) in [
        (2, "independent"),
        (3, "agency"),
        (4, "spam-or-scam"),
        (5, "duplicate"),
    ] {
        let m = MarkArgs {
            id,
            status: s.into(),
            note: None,
            network: false,
            json: false,
        };
        out(|o| commands::mark::run(&mut c, &m, o));
    }
    let s = f.store();
    assert_eq!(
        s.status_of(Target::Ad(2)).unwrap(),
        ReviewStatus::Independent
    );
    assert_eq!(
        s.status_of(Target::Ad(4)).unwrap(),
        ReviewStatus::SpamOrScam
    );
    assert_eq!(s.status_of(Target::Ad(5)).unwrap(), ReviewStatus::Duplicate);
}

#[test]
fn the_assign_key_and_the_contacts_section_in_two_languages() {
    let f = fixture();
    let mut c = ctx(&f, "alice");
    out(|o| commands::contact::run(&mut c, &contact(2, "referred_cmm"), o));
    for lang in [Lang::En, Lang::Da] {
        let mut h = Harness::in_language(&f, "alice", lang);
        h.key(KeyCode::Enter); // ad #1: the same number as ad #2
        assert!(matches!(h.app.screen(), Screen::Ad(v) if v.id == 1));
        h.key(KeyCode::Char('A'));
        for _ in 0.."alice".len() {
            h.key(KeyCode::Backspace);
        }
        h.keys("bob");
        h.key(KeyCode::Enter);
        assert_eq!(
            h.store.assignee_of(Target::Ad(1)).unwrap().as_deref(),
            Some("bob")
        );
        for _ in 0..12 {
            h.key(KeyCode::Down);
        }
        let small = h.screen(80, 24);
        let big = h.screen(140, 40);
        let t = text(&big);
        let (section, referred) = match lang {
            Lang::Da => ("Kontakter (pr. nummer", "henvist til CMM (annonce #2)"),
            _ => ("Contacts (per number", "referred to CMM (ad #2)"),
        };
        assert!(t.contains(section), "{t}");
        assert!(t.contains(referred), "{t}");
        insta::assert_snapshot!(format!("contacts_{}_80x24", lang.code()), small);
        insta::assert_snapshot!(format!("contacts_{}_140x40", lang.code()), big);
    }
}

#[test]
fn stats_count_contacts_conversations_and_referrals_per_month() {
    let f = fixture();
    let mut c = ctx(&f, "alice");
    out(|o| commands::contact::run(&mut c, &contact(1, "replied"), o));
    let mut second = contact(2, "referred_shelter");
    second.yes = true;
    out(|o| commands::contact::run(&mut c, &second, o));
    let args = review_cli::cli::StatsArgs {
        filter: FilterArgs::default(),
        weeks: 4,
        json: true,
        recount: false,
    };
    let v: serde_json::Value =
        serde_json::from_str(&out(|o| commands::stats::run(&c, &args, o))).unwrap();
    let month = store::now().format("%Y-%m").to_string();
    assert_eq!(
        v["outreach"],
        serde_json::json!([{"month": month, "contacts": 2, "conversations": 2, "referrals": 1}])
    );
    assert!(
        v["weeks"].is_array(),
        "the trends' fields stay at the top level"
    );
    c.tr = Tr::new(Lang::Sv);
    let args = review_cli::cli::StatsArgs {
        json: false,
        recount: false,
        ..args
    };
    let text = out(|o| commands::stats::run(&c, &args, o));
    assert!(text.contains("kontakter → samtal → hänvisningar"), "{text}");
}

#[test]
fn errors_come_in_the_chosen_language() {
    let f = fixture();
    let mut c = ctx(&f, "alice");
    c.tr = Tr::new(Lang::Da);
    let m = MarkArgs {
        id: 2,
        status: "maybe".into(),
        note: None,
        network: false,
        json: false,
    };
    let err = commands::mark::run(&mut c, &m, &mut Vec::new())
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("ukendt status `maybe`: brug en af new,"),
        "{err}"
    );
    // The filter form of the full-screen tool, in Swedish.
    let mut h = Harness::in_language(&f, "alice", Lang::Sv);
    h.key(KeyCode::Char('f'));
    for _ in 0..6 {
        h.key(KeyCode::Tab);
    }
    h.keys("igår");
    h.key(KeyCode::Enter);
    let t = text(&h.screen(80, 24));
    assert!(t.contains("förväntade ett datum"), "{t}");
}

#[test]
fn a_block_listed_number_is_nobody_to_contact() {
    let f = fixture();
    let mut s = f.store();
    s.replace_linking(&store::links::LinkingResult {
        links: vec![],
        clusters: vec![],
        networks: vec![],
        blocked: vec![store::links::BlockedPhone {
            e164: "+4520123456".into(),
            reason: "the site's own support line".into(),
            source: "config".into(),
        }],
    })
    .unwrap();
    let mut c = ctx(&f, "alice");
    let err = commands::contact::run(&mut c, &contact(1, "no_reply"), &mut Vec::new())
        .unwrap_err()
        .to_string();
    assert_eq!(err, "ad #1 has no phone number to contact");
    assert!(s.contacts_of("+4520123456").unwrap().is_empty());
}
