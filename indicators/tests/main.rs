//! Integration tests for the per-ad indicators: conformance suites read in
//! place from `../shared/conformance`, per-language fixtures with hard
//! negatives, and the labelled synthetic evaluation set.

#[path = "suite/blind.rs"]
mod blind;
#[path = "suite/conformance_lang.rs"]
mod conformance_lang;
#[path = "suite/conformance_phone.rs"]
mod conformance_phone;
#[path = "suite/eval.rs"]
mod eval;
#[path = "suite/fixtures.rs"]
mod fixtures;
#[path = "suite/phone_disguise.rs"]
mod phone_disguise;

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
