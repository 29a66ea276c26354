//! Integration tests for the per-ad indicators: conformance suites read in
//! place from `../shared/conformance`, per-language fixtures with hard
//! negatives, the labelled synthetic evaluation set, linking, image hashes
//! and property tests, in one test binary.

mod blind;
mod conformance_lang;
mod conformance_phone;
mod eval;
mod fixtures;
mod linking;
mod linking_phash;
mod phone_disguise;
mod prop_phone;
mod prop_rules;

use std::path::PathBuf;

/// The shared conformance folder, or `None` (with a printed note) when absent.
pub fn conformance(file: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/conformance"
    ))
    .join(file);
    if p.exists() {
        Some(p)
    } else {
        println!(
            "SKIPPED: {} not found (conformance suites absent)",
            p.display()
        );
        None
    }
}
