//! Phone extraction on arbitrary text: spans must be real.
#![no_main]
use indicators::model::AdField;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for m in indicators::phone::find_phones(text, AdField::Text, "DK") {
        assert!(m.start < m.end && m.end <= text.len());
        assert_eq!(&text[m.start..m.end], m.raw);
        assert!(m.e164.starts_with('+'));
    }
    let _ = indicators::phone::normalize(text, "SE");
});
