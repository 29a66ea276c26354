//! libphonenumber's parse and find-in-text cases that fit this crate:
//! real-metadata example numbers (every written format, bare and in text) and
//! the unit-test rows whose real-metadata result is a valid number or an error.

use indicators::model::AdField;
use indicators::phone::{find_phones, normalize};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Default)]
struct Tally {
    pass: usize,
    total: usize,
    fails: Vec<String>,
}

impl Tally {
    fn add(&mut self, ok: bool, what: impl FnOnce() -> String) {
        self.total += 1;
        if ok {
            self.pass += 1;
        } else if self.fails.len() < 8 || dump_all() {
            self.fails.push(what());
        }
    }
    fn rate(&self) -> f64 {
        self.pass as f64 / self.total.max(1) as f64
    }
}

/// Whether to keep every failure, not the first eight (`PHONE_FAILS=all`).
fn dump_all() -> bool {
    std::env::var("PHONE_FAILS").is_ok_and(|v| v == "all")
}

#[test]
fn phone_conformance() {
    let Some(path) = crate::conformance("phone_cases.jsonl") else {
        return;
    };
    let text = std::fs::read_to_string(path).expect("read phone cases");
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for line in text.lines() {
        let r: Value = serde_json::from_str(line).expect("json line");
        let kind = r["kind"].as_str().unwrap_or("");
        let basis = r["metadata_basis"].as_str().unwrap_or("");
        match (kind, basis) {
            ("parse", "REAL_METADATA") => {
                if r["ambiguous_library_disagrees"].as_bool() == Some(true) {
                    continue;
                }
                let input = r["input"].as_str().unwrap();
                let region = r["default_region"].as_str().unwrap_or("ZZ");
                let want = r["expected_e164"].as_str().unwrap();
                let got = normalize(input, region);
                let key = format!("parse real-metadata {}", r["variant"].as_str().unwrap());
                tallies
                    .entry(key)
                    .or_default()
                    .add(got.as_deref() == Some(want), || {
                        format!("{input} ({region}): got {got:?}, want {want}")
                    });
            }
            ("find", "REAL_METADATA") => {
                if r["ambiguous_library_disagrees"].as_bool() == Some(true) {
                    continue;
                }
                let t = r["text"].as_str().unwrap();
                let region = r["default_region"].as_str().unwrap_or("ZZ");
                let want = r["expected_e164"].as_str().unwrap();
                let span = (
                    r["expected_span"][0].as_u64().unwrap() as usize,
                    r["expected_span"][1].as_u64().unwrap() as usize,
                );
                let got = find_phones(t, AdField::Text, region);
                let ok =
                    got.len() == 1 && got[0].e164 == want && (got[0].start, got[0].end) == span;
                let key = format!("find real-metadata {}", r["variant"].as_str().unwrap());
                tallies.entry(key).or_default().add(ok, || {
                    format!(
                        "{t:?} ({region}): got {:?}, want {want} {span:?}",
                        got.iter()
                            .map(|m| (&m.e164, m.start, m.end))
                            .collect::<Vec<_>>()
                    )
                });
            }
            ("parse", "TEST_METADATA") => {
                let real = &r["real_metadata_result"];
                let input = r["input"].as_str().unwrap();
                let region = r["default_region"].as_str().unwrap_or("ZZ");
                // Fits when real metadata gives a valid number without an
                // extension, or an error (we must then give no number).
                let want = match (real["e164"].as_str(), real["valid"].as_bool()) {
                    (Some(e), Some(true)) if !e.contains(";ext=") => Some(e.to_string()),
                    (None, _) => None,
                    _ => continue,
                };
                let got = normalize(input, region);
                tallies
                    .entry("parse unit-test (real metadata result)".into())
                    .or_default()
                    .add(got == want, || {
                        format!("{input} ({region}): got {got:?}, want {want:?}")
                    });
            }
            ("find", "TEST_METADATA") => {
                if r["leniency"].as_str() != Some("VALID") {
                    continue;
                }
                let t = r["text"].as_str().unwrap();
                let region = r["default_region"].as_str().unwrap_or("ZZ");
                let want: Vec<String> = r["real_metadata_matches"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|m| m["e164"].as_str().map(String::from))
                    .collect();
                if want.iter().any(|e| e.contains(";ext=")) {
                    continue;
                }
                let got: Vec<String> = find_phones(t, AdField::Text, region)
                    .into_iter()
                    .map(|m| m.e164)
                    .collect();
                tallies
                    .entry("find unit-test VALID (real metadata result)".into())
                    .or_default()
                    .add(got == want, || {
                        format!("{t:?} ({region}): got {got:?}, want {want:?}")
                    });
            }
            _ => {}
        }
    }
    let (mut pass, mut total) = (0, 0);
    println!("phone conformance (../shared/conformance/phone_cases.jsonl):");
    for (k, t) in &tallies {
        println!("  {k:50} {:5}/{:5} = {:.3}", t.pass, t.total, t.rate());
        for f in &t.fails {
            println!("      fail: {f}");
        }
        pass += t.pass;
        total += t.total;
    }
    let rate = pass as f64 / total.max(1) as f64;
    println!("  overall {pass}/{total} = {rate:.3}");
    // Real-metadata example numbers are the core of what the finder must do.
    let real_find: (usize, usize) = tallies
        .iter()
        .filter(|(k, _)| k.starts_with("find real-metadata"))
        .fold((0, 0), |a, (_, t)| (a.0 + t.pass, a.1 + t.total));
    let real_find_rate = real_find.0 as f64 / real_find.1.max(1) as f64;
    assert!(
        real_find_rate >= 0.93,
        "find on real-metadata example numbers: {real_find_rate:.3}"
    );
    assert!(rate >= 0.85, "overall phone conformance {rate:.3}");
}
