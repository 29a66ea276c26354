//! Tests of the available_24_7 lexicon rule (issue 19): a negation just
//! before the phrase (at most one word between) says she is *not* always
//! available.

use super::find_in_text;
use crate::model::IndicatorCode;

fn fires(text: &str, lang: &str) -> bool {
    !find_in_text(text, Some(lang), IndicatorCode::Available247).is_empty()
}

#[test]
fn a_negated_round_the_clock_is_no_24_7() {
    for (lang, text) in [
        ("da", "Jeg har ikke åbent døgnet rundt, kun hverdage."),
        ("nb", "Jeg svarer ikke hele døgnet."),
        ("sv", "Jag har inte öppet dygnet runt."),
        ("en", "Not 24/7, weekdays only."),
        ("de", "Nicht rund um die Uhr, nur werktags."),
        ("pl", "Nie przez całą dobę, tylko w dni robocze."),
        ("ro", "Nu non-stop, doar in timpul saptamanii."),
        ("es", "No 24 horas, solo entre semana."),
    ] {
        assert!(!fires(text, lang), "{lang}: {text:?}");
    }
}

#[test]
fn round_the_clock_without_a_negation_still_counts() {
    for (lang, text) in [
        ("da", "Åbent døgnet rundt i Roskilde."),
        ("en", "Open 24/7 near the station."),
        ("de", "Rund um die Uhr für dich da."),
        ("es", "Disponible las 24 horas."),
    ] {
        assert!(fires(text, lang), "{lang}: {text:?}");
    }
}
