//! Hostile input for phone extraction (issue 8): any text, including long
//! runs of digits, number words, look-alike letters, fullwidth digits and
//! emoji, gives matches whose spans are real, whose raw form is the text at
//! that span and whose E.164 form is well formed, without a panic; work is
//! bounded by the text cap.

use indicators::model::AdField;
use indicators::phone::{find_phones, normalize};
use proptest::prelude::*;

fn check(text: &str, region: &str) -> Result<usize, TestCaseError> {
    let found = find_phones(text, AdField::Text, region);
    for m in &found {
        prop_assert!(m.start < m.end && m.end <= text.len(), "{m:?}");
        prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        prop_assert_eq!(&text[m.start..m.end], m.raw.as_str());
        prop_assert!(m.e164.starts_with('+'), "{m:?}");
        prop_assert!(m.e164[1..].bytes().all(|b| b.is_ascii_digit()), "{m:?}");
        // libphonenumber allows national numbers of up to 17 digits (some
        // German numbers exceed E.164's 15), so bound by its limit.
        prop_assert!((8..=21).contains(&m.e164.len()), "{m:?}");
    }
    Ok(found.len())
}

/// Pieces that look like parts of numbers in many disguises.
fn arb_phoneish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,4}",
        Just(" ".to_string()),
        Just("-".to_string()),
        Just(".".to_string()),
        Just("+45".to_string()),
        Just("+".to_string()),
        Just("(0)".to_string()),
        Just("O".to_string()),
        Just("l".to_string()),
        Just("S".to_string()),
        Just("to".to_string()),
        Just("nul".to_string()),
        Just("fire".to_string()),
        Just("seven".to_string()),
        Just("zwei".to_string()),
        Just("２０１２".to_string()),
        Just("2️⃣0️⃣".to_string()),
        Just("🔟".to_string()),
        Just("\u{200B}".to_string()),
        Just(" / ".to_string()),
        Just("ext. 12".to_string()),
        ".{0,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_gives_well_formed_matches(text in ".{0,400}") {
        check(&text, "DK")?;
    }

    #[test]
    fn number_like_text_gives_well_formed_matches(
        text in arb_phoneish(),
        region in prop::sample::select(vec!["DK", "SE", "NO", "DE", "GB", "RO", "XX", "", "ZZZ"]),
    ) {
        check(&text, region)?;
    }

    #[test]
    fn normalize_gives_e164_or_nothing(raw in ".{0,60}", region in "[A-Z]{0,3}") {
        if let Some(n) = normalize(&raw, &region) {
            prop_assert!(n.starts_with('+') && n[1..].bytes().all(|b| b.is_ascii_digit()), "{n}");
        }
    }
}

#[test]
fn long_adversarial_texts_are_bounded() {
    // Megabytes of digits, separators and number words: cut at the text cap,
    // no panic, and a bounded number of matches.
    let inputs = [
        "2".repeat(2 << 20),
        "2 0 ".repeat(500_000),
        "to nul en to tre fire fem seks ".repeat(50_000),
        "+45 20 12 34 56, ".repeat(100_000),
        "２".repeat(500_000),
        "(((((((((( ".repeat(100_000),
    ];
    for text in &inputs {
        let n = find_phones(text, AdField::Text, "DK").len();
        assert!(n <= 64 * 1024, "{n} matches");
        for m in find_phones(text, AdField::Text, "DK") {
            assert!(m.end <= 64 * 1024 + 16, "a match past the text cap: {m:?}");
        }
    }
    // The repeated real-looking number is found (the cap does not lose the start).
    assert!(!find_phones(&inputs[3], AdField::Text, "DK").is_empty());
}
