//! Key-driven tests of every action of the full-screen tool: keys go through
//! the real key map and `App::update`, store requests are answered by the
//! real worker code on the fixture store, and the state, the store and the
//! recorded effects are checked.

use crate::support::{fixture, Harness};
use crossterm::event::{KeyCode, KeyModifiers};
use review_cli::tui::app::{Effect, Overlay, Screen, PAGE};
use review_cli::tui::worker::{Request, Response};
use store::prelude::*;
use store::review::{ReviewStatus, Target};

#[test]
fn opening_loads_the_first_page_then_the_counts() {
    let f = fixture();
    let h = Harness::new(&f, "alice");
    assert!(
        matches!(h.requests[0], Request::Page { offset: 0, .. }),
        "page first: {:?}",
        h.requests
    );
    assert_eq!(
        h.ids(),
        vec![1, 3, 2, 5, 4],
        "score, then network size, then newest first"
    );
    assert_eq!(h.app.total, Some(5));
    assert_eq!(h.app.status_counts[0], (ReviewStatus::New, 5));
    assert!(!h.app.loading);
}

#[test]
fn moving_through_the_queue_stays_inside_it() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Down);
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.selected, 2);
    h.key(KeyCode::Up);
    assert_eq!(h.app.selected, 1);
    h.key(KeyCode::Char('G'));
    assert_eq!(h.app.selected, 4);
    h.key(KeyCode::Down);
    assert_eq!(h.app.selected, 4, "no row past the end");
    h.key(KeyCode::Char('g'));
    assert_eq!(h.app.selected, 0);
    h.key(KeyCode::Up);
    assert_eq!(h.app.selected, 0);
    h.key(KeyCode::PageDown);
    assert_eq!(h.app.selected, 4);
}

#[test]
fn the_queue_is_paged_and_only_the_page_around_the_cursor_is_held() {
    let f = fixture();
    {
        let mut s = f.store();
        for i in 0..(PAGE + 30) {
            let ad = model::Ad {
                url: format!("https://bulk.invalid/{i}"),
                site: "bulk".into(),
                text: format!("Invented ad {i}"),
                ..Default::default()
            };
            s.upsert_ad(&ad, "DK", None, crate::support::at(20, 10))
                .unwrap();
        }
    }
    let mut h = Harness::new(&f, "alice");
    assert_eq!(h.app.rows.len(), PAGE);
    assert_eq!(h.app.total, Some(PAGE as i64 + 35));
    h.key(KeyCode::Char('G'));
    assert_eq!(h.app.selected, PAGE + 34);
    assert_eq!(h.app.offset, PAGE);
    assert_eq!(h.app.rows.len(), 35);
    assert!(h.app.selected_row().is_some());
    assert!(matches!(h.requests.last(), Some(Request::Page { offset, .. }) if *offset == PAGE));
    h.key(KeyCode::Char('g'));
    assert_eq!((h.app.offset, h.app.rows.len()), (0, PAGE));
}

#[test]
fn answers_to_an_old_filter_are_ignored() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    let before = h.ids();
    let stale = Response::Page {
        generation: h.app.generation - 1,
        offset: 0,
        rows: vec![],
    };
    assert!(h.app.apply(stale).is_empty());
    assert_eq!(h.ids(), before);
}

#[test]
fn enter_opens_the_ad_and_escape_goes_back() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Enter);
    match h.app.screen() {
        Screen::Ad(v) => {
            assert_eq!(v.id, 1);
            let d = v.detail.as_ref().expect("loaded");
            assert_eq!(d.stored.ad.name.as_deref(), Some("Sofia"));
            assert_eq!(d.versions.len(), 1);
        }
        s => panic!("expected the ad view, got {s:?}"),
    }
    h.key(KeyCode::Down);
    h.key(KeyCode::Down);
    assert!(matches!(h.app.screen(), Screen::Ad(v) if v.scroll == 2));
    h.key(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Queue));
    h.key(KeyCode::Esc);
    assert!(
        matches!(h.app.screen(), Screen::Queue),
        "the queue stays at the bottom"
    );
}

#[test]
fn n_opens_the_network_and_enter_opens_a_member() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('n'));
    let Screen::Network(v) = h.app.screen() else {
        panic!("network view expected")
    };
    let d = v.data.as_ref().unwrap();
    assert_eq!(
        d.members.iter().map(|m| m.id).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert_eq!(d.why[&2], vec!["phone +4520123456 ↔ #1".to_string()]);
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Ad(v) if v.id == 2));
    // From the ad view too; an unlinked ad says so.
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    h.keys("jjj");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('n'));
    assert!(matches!(h.app.screen(), Screen::Ad(_)));
    assert_eq!(
        h.app.message.as_deref(),
        Some("this ad is not linked to a network")
    );
}

#[test]
fn m_sets_a_status_that_reaches_the_store_and_the_screen() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.keys("jj"); // ad 2
    h.key(KeyCode::Char('m'));
    assert!(matches!(
        h.app.overlay,
        Some(Overlay::StatusPicker {
            target: Target::Ad(2),
            selected: 0
        })
    ));
    h.key(KeyCode::Char('2'));
    assert!(h.app.overlay.is_none());
    assert_eq!(
        h.store.status_of(Target::Ad(2)).unwrap(),
        ReviewStatus::NeedsOutreach
    );
    assert_eq!(
        h.app.selected_row().unwrap().status,
        ReviewStatus::NeedsOutreach
    );
    assert_eq!(
        h.app.message.as_deref(),
        Some("ad #2 marked needs_outreach by alice")
    );
    assert!(h
        .app
        .status_counts
        .contains(&(ReviewStatus::NeedsOutreach, 1)));

    // In the ad view, with the arrow keys and Enter; the history shows it.
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    let Screen::Ad(v) = h.app.screen() else {
        panic!()
    };
    let d = v.detail.as_ref().unwrap();
    assert_eq!(d.status, ReviewStatus::Contacted);
    assert_eq!(d.events.len(), 2);
    assert_eq!(d.events[1].reviewer, "alice");

    // Esc cancels without writing.
    let n = h.requests.len();
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Esc);
    assert_eq!(h.requests.len(), n);
    assert!(h.app.overlay.is_none());
}

#[test]
fn network_status_is_set_from_the_network_view() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('n'));
    h.keys("m4");
    assert_eq!(
        h.store.status_of(Target::Network(1)).unwrap(),
        ReviewStatus::Referred
    );
    let Screen::Network(v) = h.app.screen() else {
        panic!()
    };
    assert_eq!(v.data.as_ref().unwrap().status, ReviewStatus::Referred);
}

#[test]
fn a_writes_a_note_and_an_empty_note_is_not_saved() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('a'));
    h.keys("spoke to q&a");
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Char('A'));
    h.key(KeyCode::Enter);
    let ev = h.store.events_of(Target::Ad(1)).unwrap();
    assert_eq!(ev.len(), 1);
    assert_eq!(
        (
            ev[0].kind.as_str(),
            ev[0].note.as_deref(),
            ev[0].reviewer.as_str()
        ),
        ("note", Some("spoke to q&A"), "alice")
    );
    assert!(!h.app.quit, "q typed in a prompt is text, not quit");
    h.key(KeyCode::Char('a'));
    h.keys("   ");
    h.key(KeyCode::Enter);
    assert_eq!(h.store.events_of(Target::Ad(1)).unwrap().len(), 1);
    assert_eq!(h.app.message.as_deref(), Some("empty note not saved"));
}

#[test]
fn search_filters_the_queue_and_an_empty_search_clears_it() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('/'));
    h.keys("massage");
    h.key(KeyCode::Enter);
    assert_eq!(h.ids(), vec![5, 4]);
    assert_eq!(h.app.total, Some(2));
    h.key(KeyCode::Char('/'));
    for _ in 0.."massage".len() {
        h.key(KeyCode::Backspace);
    }
    h.key(KeyCode::Enter);
    assert_eq!(h.ids().len(), 5);
}

#[test]
fn the_filter_form_applies_each_filter_and_refuses_bad_values() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab); // city
    h.keys("odense");
    h.key(KeyCode::Enter);
    assert_eq!(h.ids(), vec![2, 4]);
    for (field, value, want) in [
        (1, "nattergal", vec![1, 3, 5]),
        (3, "en", vec![3, 2, 4]),
        (4, "third_person", vec![1, 2]),
        (5, "new", vec![1, 3, 2, 5, 4]),
        (6, "2026-05-12", vec![5, 4]),
        (7, "2026-05-04", vec![1]),
        (8, "2.5", vec![1, 3]),
    ] {
        h.key(KeyCode::Char('c'));
        h.key(KeyCode::Char('f'));
        for _ in 0..field {
            h.key(KeyCode::Tab);
        }
        h.keys(value);
        h.key(KeyCode::Enter);
        assert_eq!(h.ids(), want, "field {field} = {value}");
    }
    h.key(KeyCode::Char('c'));
    assert_eq!(h.ids().len(), 5);
    // A wrong status keeps the form open with the reason.
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::BackTab);
    h.key(KeyCode::BackTab);
    h.key(KeyCode::BackTab);
    h.key(KeyCode::BackTab); // status
    h.keys("closed");
    h.key(KeyCode::Enter);
    match &h.app.overlay {
        Some(Overlay::Filters { error: Some(e), .. }) => {
            assert!(e.contains("unknown status `closed`"), "{e}")
        }
        o => panic!("form should stay open with an error: {o:?}"),
    }
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
    assert_eq!(h.ids().len(), 5);
}

#[test]
fn w_follows_and_unfollows_the_network_and_shift_w_the_number() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('w'));
    assert!(h.app.follows(store::review::WatchKind::Network, "1"));
    assert_eq!(h.store.watches("alice").unwrap().len(), 1);
    h.key(KeyCode::Char('w'));
    assert!(!h.app.follows(store::review::WatchKind::Network, "1"));
    assert!(h.store.watches("alice").unwrap().is_empty());
    h.key(KeyCode::Char('W'));
    assert_eq!(
        h.app.message.as_deref(),
        Some("open an ad (Enter) to use its phone number")
    );
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('W'));
    assert!(h
        .app
        .follows(store::review::WatchKind::Phone, "+4520123456"));
    assert_eq!(h.app.message.as_deref(), Some("following +4520123456"));
}

#[test]
fn o_opens_the_url_and_y_copies_the_number_as_effects_only() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('o'));
    assert_eq!(
        h.effects,
        vec![Effect::OpenUrl(
            "https://nattergal.invalid/annonce/1".into()
        )]
    );
    h.key(KeyCode::Char('y'));
    assert_eq!(h.effects.len(), 1, "no number to copy from the queue");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('y'));
    assert_eq!(h.effects[1], Effect::Copy("+4520123456".into()));
    assert_eq!(h.app.message.as_deref(), Some("number +4520123456 copied"));
    // An ad without a number says so.
    h.key(KeyCode::Esc);
    h.keys("jjj");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('y'));
    assert_eq!(h.effects.len(), 2);
    assert_eq!(
        h.app.message.as_deref(),
        Some("this ad has no phone number")
    );
}

#[test]
fn r_reloads_what_another_reviewer_changed() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    f.store()
        .set_status(Target::Ad(1), ReviewStatus::Dismissed, "bob", None)
        .unwrap();
    assert_eq!(h.app.rows[0].status, ReviewStatus::New);
    h.key(KeyCode::Char('r'));
    assert_eq!(h.app.rows[0].status, ReviewStatus::Dismissed);
    assert!(h.app.status_counts.contains(&(ReviewStatus::Dismissed, 1)));
}

#[test]
fn help_opens_and_closes_and_q_or_ctrl_c_quit() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('?'));
    assert_eq!(h.app.overlay, Some(Overlay::Help));
    h.key(KeyCode::Char('q'));
    assert_eq!(h.app.overlay, None);
    assert!(!h.app.quit, "the first key only closes the help");
    h.key(KeyCode::Char('q'));
    assert!(h.app.quit);
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('a'));
    h.key_mod(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(h.app.quit, "Ctrl-C quits even from a prompt");
}

#[test]
fn worker_errors_reach_the_status_bar() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    let fx = h
        .app
        .apply(Response::Error("ad #9 is no longer in the database".into()));
    assert!(fx.is_empty());
    assert_eq!(
        h.app.message.as_deref(),
        Some("error: ad #9 is no longer in the database")
    );
}

/// `t` fills the template for the ad's language with its name, copies it,
/// and records a contact attempt; a second attempt within the gap needs a
/// second `t`; a number on the do-not-contact list gets no message.
#[test]
fn t_copies_the_outreach_message_and_records_the_attempt() {
    use store::teamwork::DncReason;
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('t'));
    assert_eq!(
        h.app.message.as_deref(),
        Some("open an ad to write to its number")
    );
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('t'));
    assert!(
        h.app.message.as_deref().unwrap().contains("--templates"),
        "{:?}",
        h.app.message
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hello.da.txt"), "DA {name}, vi er her.").unwrap();
    std::fs::write(dir.path().join("hello.en.txt"), "EN {name}, we are here.").unwrap();
    h.app.templates = review_cli::templates::load(dir.path()).map_err(|e| e.to_string());

    let id = h.ids()[0];
    let d = h.store.ad_detail(id).unwrap().unwrap();
    let number = d.phones[0].e164.clone();
    let lang = d.analysis.as_ref().and_then(|a| a.language.clone());
    let name = d.stored.ad.name.clone().unwrap_or_default();
    let want = if lang.as_deref() == Some("da") {
        format!("DA {name}, vi er her.")
    } else {
        format!("EN {name}, we are here.")
    };
    let before = h.store.contacts_of(&number).unwrap().len();
    h.key(KeyCode::Char('t'));
    assert_eq!(h.effects.last(), Some(&Effect::Copy(want.clone())));
    assert!(
        h.app
            .message
            .as_deref()
            .unwrap()
            .starts_with(&format!("message copied for {number}")),
        "{:?}",
        h.app.message
    );
    let log = h.store.contacts_of(&number).unwrap();
    assert_eq!(log.len(), before + 1);
    assert_eq!(log.last().unwrap().note.as_deref(), Some("message: hello"));
    assert_eq!(log.last().unwrap().ad_id, Some(id));

    // Again at once: a warning, nothing copied or recorded; a second `t` goes on.
    let copies = h.effects.len();
    h.key(KeyCode::Char('t'));
    assert_eq!(h.effects.len(), copies);
    assert!(
        h.app.message.as_deref().unwrap().contains("press t again"),
        "{:?}",
        h.app.message
    );
    assert_eq!(h.store.contacts_of(&number).unwrap().len(), before + 1);
    h.key(KeyCode::Char('t'));
    assert_eq!(h.effects.len(), copies + 1);
    assert_eq!(h.store.contacts_of(&number).unwrap().len(), before + 2);

    // On the do-not-contact list: refused.
    h.store
        .set_do_not_contact(&number, DncReason::OptedOut, "alice", true)
        .unwrap();
    h.key(KeyCode::Char('t'));
    h.key(KeyCode::Char('t'));
    assert_eq!(h.effects.len(), copies + 1);
    assert!(
        h.app.message.as_deref().unwrap().contains("do-not-contact"),
        "{:?}",
        h.app.message
    );
    assert_eq!(h.store.contacts_of(&number).unwrap().len(), before + 2);
}

#[test]
fn the_idle_lock_hides_ad_text_and_numbers_until_a_key_is_pressed() {
    use review_cli::tui::idle::IdleLock;
    use std::time::{Duration, Instant};
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    let start = Instant::now();
    h.app.idle = IdleLock::new(IdleLock::from_minutes(10), start);
    // Lina's ad, with her number, open on screen.
    h.key(KeyCode::Down);
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    let shown = crate::support::screen_text(&h.screen(100, 30));
    assert!(shown.contains("Lina"), "{shown}");
    assert!(shown.contains("20 12 34 56"), "{shown}");
    assert!(!h.app.idle.tick(start + Duration::from_secs(9 * 60)));
    assert!(h.app.idle.tick(start + Duration::from_secs(10 * 60)));
    let hidden = crate::support::screen_text(&h.screen(100, 30));
    for secret in ["Lina", "20 12 34 56", "Odense", "+45"] {
        assert!(
            !hidden.contains(secret),
            "`{secret}` on the hidden screen:\n{hidden}"
        );
    }
    assert!(hidden.contains("The screen is hidden"), "{hidden}");
    // The key that wakes the screen does nothing else.
    let woke = start + Duration::from_secs(11 * 60);
    assert!(!h.app.idle.key(woke));
    assert!(crate::support::screen_text(&h.screen(100, 30)).contains("Lina"));
    assert!(h.app.idle.key(woke), "the next key is for the app");
    // It counts from the last key, and 0 turns it off.
    assert!(!h.app.idle.tick(woke + Duration::from_secs(9 * 60)));
    let mut off = IdleLock::new(IdleLock::from_minutes(0), start);
    assert!(!off.tick(start + Duration::from_secs(86_400)));
}
