//! Tests of the emoji_codes rules (issue 19): a rose is a code only as a
//! price unit, next to a number or "="; a crown right after a royalty word
//! is decoration.

use super::find_in_text;
use crate::model::IndicatorCode;

fn fires(text: &str) -> bool {
    !find_in_text(text, Some("en"), IndicatorCode::EmojiCodes).is_empty()
}

#[test]
fn a_rose_counts_only_as_a_price_unit() {
    for text in [
        "1🌹 = 1500 kr",
        "30 min 800🌹, 1 h 1400🌹",
        "🌹 = one hour",
        "1 Std = 2 🌹",
    ] {
        assert!(fires(text), "{text:?}");
    }
    for text in [
        "Welcome 🌹 to my calm flat",
        "Roses are red 🌹 come for tea",
        "🌹 Nina",
    ] {
        assert!(!fires(text), "{text:?}");
    }
}

#[test]
fn a_crown_after_a_royalty_word_is_decoration() {
    assert!(!fires("Ebony queen 👑 from Leeds"));
    assert!(!fires("ROYAL ESCORT 👑 the best ladies"));
    assert!(fires("VIP 👑 room"));
    assert!(fires("🍒 1000 / 👑 2000"));
}
