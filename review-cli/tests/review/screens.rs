//! Snapshots of every screen, drawn through ratatui's `TestBackend` from the
//! fixture store (fixed timestamps; review-event times pinned), at 80×24 and
//! one larger size. A changed screen fails here until its `.snap` is
//! reviewed (`cargo insta review`) and committed.

use crate::support::{fixture, Harness};
use crossterm::event::KeyCode;
use ratatui::style::Color;

#[test]
fn queue_80x24() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Down);
    insta::assert_snapshot!("queue_80x24", h.screen(80, 24));
}

#[test]
fn queue_140x30_with_filters_and_a_message() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.keys("Odense");
    h.key(KeyCode::Enter);
    h.keys("m3");
    insta::assert_snapshot!("queue_140x30_filtered", h.screen(140, 30));
}

#[test]
fn queue_with_no_matches() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('/'));
    h.keys("nowhere-to-be-found");
    h.key(KeyCode::Enter);
    insta::assert_snapshot!("queue_no_matches", h.screen(80, 24));
}

#[test]
fn ad_view_with_evidence_history_and_versions() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Enter);
    h.keys("m2");
    h.key(KeyCode::Char('a'));
    h.keys("Outreach visit planned");
    h.key(KeyCode::Enter);
    let screen = h.screen(80, 24);
    insta::assert_snapshot!("ad_80x24_top", screen);
    // The evidence is highlighted, not only bracketed: "Hun er" at the start
    // of the text is drawn in the evidence style.
    let buf = screen.buffer();
    let (x, y) = (0..buf.area.height)
        .find_map(|y| {
            let line: String = (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            line.find("Hun er")
                .map(|i| (line[..i].chars().count() as u16, y))
        })
        .expect("text on screen");
    assert_eq!(buf[(x, y)].bg, Color::Yellow);
    assert_eq!(
        buf[(x + 7, y)].bg,
        Color::Reset,
        "the word after the evidence is plain"
    );
    // Scrolled to the phones, links, versions and history.
    for _ in 0..14 {
        h.key(KeyCode::Down);
    }
    insta::assert_snapshot!("ad_80x24_scrolled", h.screen(80, 24));
    insta::assert_snapshot!("ad_120x50_whole", h.screen(120, 50));
}

#[test]
fn network_view() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Char('w'));
    h.key(KeyCode::Char('a'));
    h.keys("Same number in two cities");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Down);
    insta::assert_snapshot!("network_80x24", h.screen(80, 24));
}

#[test]
fn help_overlay() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('?'));
    insta::assert_snapshot!("help_80x24", h.screen(80, 24));
}

#[test]
fn status_picker_overlay() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Down);
    insta::assert_snapshot!("status_picker_80x24", h.screen(80, 24));
}

#[test]
fn note_and_search_prompts() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('a'));
    h.keys("Called, no answer");
    insta::assert_snapshot!("note_prompt_80x24", h.screen(80, 24));
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('/'));
    h.keys("massage");
    insta::assert_snapshot!("search_prompt_80x24", h.screen(80, 24));
}

#[test]
fn filter_form_with_an_error() {
    let f = fixture();
    let mut h = Harness::new(&f, "alice");
    h.key(KeyCode::Char('f'));
    for _ in 0..4 {
        h.key(KeyCode::Tab);
    }
    h.keys("young");
    h.key(KeyCode::Enter);
    insta::assert_snapshot!("filter_form_error_80x24", h.screen(80, 24));
}

/// The same screens in Danish: every label is the translation, the ad's own
/// words (text, names, cities) stay as written.
mod danish {
    use crate::support::{fixture, screen_text, Harness};
    use crossterm::event::KeyCode;
    use review_cli::i18n::Lang;

    #[test]
    fn queue_in_danish_at_both_sizes() {
        let f = fixture();
        let mut h = Harness::in_language(&f, "alice", Lang::Da);
        let small = h.screen(80, 24);
        let text = screen_text(&small);
        assert!(
            text.contains("Kø — alle annoncer efter prioritet"),
            "{text}"
        );
        assert!(text.contains("? hjælp  q afslut"), "{text}");
        assert!(!text.contains("Queue"), "{text}");
        insta::assert_snapshot!("da_queue_80x24", small);
        insta::assert_snapshot!("da_queue_140x40", h.screen(140, 40));
    }

    #[test]
    fn ad_view_in_danish_keeps_the_ad_text() {
        let f = fixture();
        let mut h = Harness::in_language(&f, "alice", Lang::Da);
        h.key(KeyCode::Enter);
        h.keys("m2");
        let big = h.screen(140, 40);
        let text = screen_text(&big);
        assert!(text.contains("Indikatorer (score"), "{text}");
        assert!(text.contains("skal opsøges"), "{text}");
        assert!(text.contains("Hun er"), "the ad's own words stay: {text}");
        assert!(
            text.contains("skrevet om hende af en anden"),
            "the explanation is translated: {text}"
        );
        assert!(text.contains("third_person"), "the code stays: {text}");
        insta::assert_snapshot!("da_ad_140x40", big);
        insta::assert_snapshot!("da_ad_80x24", h.screen(80, 24));
    }

    #[test]
    fn network_view_and_help_in_danish() {
        let f = fixture();
        let mut h = Harness::in_language(&f, "alice", Lang::Da);
        h.key(KeyCode::Char('n'));
        let net = h.screen(80, 24);
        let text = screen_text(&net);
        assert!(text.contains("Netværk #1"), "{text}");
        assert!(text.contains("hvorfor forbundet"), "{text}");
        insta::assert_snapshot!("da_network_80x24", net);
        h.key(KeyCode::Char('?'));
        let help = h.screen(80, 24);
        assert!(screen_text(&help).contains("åbn annoncens netværk"));
        insta::assert_snapshot!("da_help_80x24", help);
    }

    #[test]
    fn messages_come_back_in_danish() {
        let f = fixture();
        let mut h = Harness::in_language(&f, "alice", Lang::Da);
        h.keys("m2");
        assert_eq!(
            h.app.message.as_deref(),
            Some("annonce #1 sat til skal opsøges af alice")
        );
    }
}

/// Swedish and Norwegian Bokmål: every screen at both sizes, with no English
/// word of the interface left on the queue, and the ad's own words kept.
mod swedish_and_norwegian {
    use crate::support::{fixture, screen_text, Harness};
    use crossterm::event::KeyCode;
    use review_cli::i18n::Lang;

    fn every_screen(
        lang: Lang,
        tag: &str,
        queue_title: &str,
        keys: &str,
        networks: &str,
        trends: &str,
    ) {
        let f = fixture();
        let mut h = Harness::in_language(&f, "alice", lang);
        let small = h.screen(80, 24);
        let text = screen_text(&small);
        assert!(text.contains(queue_title), "{text}");
        assert!(text.contains(keys), "{text}");
        assert!(!text.contains("Queue") && !text.contains("help"), "{text}");
        insta::assert_snapshot!(format!("{tag}_queue_80x24"), small);
        insta::assert_snapshot!(format!("{tag}_queue_140x40"), h.screen(140, 40));
        h.key(KeyCode::Enter);
        let ad = h.screen(140, 40);
        assert!(
            screen_text(&ad).contains("Hun er"),
            "the ad's own words stay"
        );
        insta::assert_snapshot!(format!("{tag}_ad_140x40"), ad);
        insta::assert_snapshot!(format!("{tag}_ad_80x24"), h.screen(80, 24));
        h.key(KeyCode::Esc);
        h.key(KeyCode::Char('2'));
        let net = h.screen(80, 24);
        assert!(
            screen_text(&net).contains(networks),
            "{}",
            screen_text(&net)
        );
        insta::assert_snapshot!(format!("{tag}_networks_80x24"), net);
        insta::assert_snapshot!(format!("{tag}_networks_140x40"), h.screen(140, 40));
        h.key(KeyCode::Char('3'));
        let tr = h.screen(140, 40);
        assert!(screen_text(&tr).contains(trends), "{}", screen_text(&tr));
        insta::assert_snapshot!(format!("{tag}_trends_140x40"), tr);
        insta::assert_snapshot!(format!("{tag}_trends_80x24"), h.screen(80, 24));
    }

    #[test]
    fn every_screen_in_swedish() {
        every_screen(
            Lang::Sv,
            "sv",
            "Kö — alla annonser efter prioritet",
            "? hjälp  q avsluta",
            "Nätverk — efter prioritet",
            "Trender",
        );
    }

    #[test]
    fn every_screen_in_norwegian() {
        every_screen(
            Lang::Nb,
            "nb",
            "Kø — alle annonser etter prioritet",
            "? hjelp  q avslutt",
            "Nettverk — etter prioritet",
            "Trender",
        );
    }
}

/// English and Danish: every view the Ads tab opens (queue, ad, network,
/// help) at both sizes, beside the tabs' own snapshots in `networks.rs` and
/// `trends_alerts.rs`. Danish views carry no English word of the interface.
mod every_view {
    use crate::support::{fixture, screen_text, Harness};
    use crossterm::event::KeyCode;
    use review_cli::i18n::Lang;

    fn views(lang: Lang, tag: &str, english_words: &[&str]) {
        let f = fixture();
        let mut h = Harness::in_language(&f, "alice", lang);
        let mut shots = Vec::new();
        for size in [(80, 24), (140, 40)] {
            shots.push(("queue", size, h.screen(size.0, size.1)));
        }
        h.key(KeyCode::Enter);
        for size in [(80, 24), (140, 40)] {
            shots.push(("ad", size, h.screen(size.0, size.1)));
        }
        h.key(KeyCode::Esc);
        h.key(KeyCode::Char('n'));
        for size in [(80, 24), (140, 40)] {
            shots.push(("network", size, h.screen(size.0, size.1)));
        }
        h.key(KeyCode::Char('?'));
        for size in [(80, 24), (140, 40)] {
            shots.push(("help", size, h.screen(size.0, size.1)));
        }
        for (view, (w, hgt), shot) in shots {
            let text = screen_text(&shot);
            for word in english_words {
                assert!(!text.contains(word), "{view} {w}x{hgt}: `{word}` in {text}");
            }
            insta::assert_snapshot!(format!("{tag}_{view}_{w}x{hgt}"), shot);
        }
    }

    #[test]
    fn every_view_in_english_at_both_sizes() {
        views(Lang::En, "en", &[]);
    }

    #[test]
    fn every_view_in_danish_at_both_sizes() {
        views(
            Lang::Da,
            "da",
            &["Queue", "Network #", "Indicators", "quit"],
        );
    }
}
