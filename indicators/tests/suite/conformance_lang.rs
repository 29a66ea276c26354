//! Language identification accuracy per language and per text length on the
//! Leipzig sentences / word pairs / single words (lingua-rs test data) and
//! whatlang's example paragraphs.

use indicators::lang::detect;
use serde_json::Value;
use std::collections::BTreeMap;

/// The languages adscreen's sites use; the allow-list for the measurement.
const ALLOW: [&str; 9] = ["da", "sv", "nb", "en", "de", "ro", "pl", "es", "th"];

#[test]
fn langid_accuracy() {
    let Some(path) = crate::conformance("langid_cases.jsonl") else {
        return;
    };
    let allow: Vec<String> = ALLOW.iter().map(|s| s.to_string()).collect();
    let text = std::fs::read_to_string(path).expect("read langid cases");
    // (granularity, lang) -> (correct, total)
    let mut acc: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for line in text.lines() {
        let r: Value = serde_json::from_str(line).expect("json line");
        let lang = r["lang"].as_str().unwrap_or("");
        // Nynorsk is reported as Norwegian (nb) by design.
        let want = if lang == "nn" { "nb" } else { lang };
        if !ALLOW.contains(&want) {
            continue;
        }
        let gran = r["granularity"].as_str().unwrap_or("paragraph").to_string();
        let got = detect(r["text"].as_str().unwrap_or(""), &allow);
        let e = acc.entry((gran, lang.to_string())).or_default();
        e.1 += 1;
        if got.as_deref() == Some(want) {
            e.0 += 1;
        }
    }
    println!("language accuracy (allow-list {ALLOW:?}):");
    let mut per_gran: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for ((g, l), (c, t)) in &acc {
        println!("  {g:12} {l:3} {c:5}/{t:5} = {:.3}", *c as f64 / *t as f64);
        if l != "nn" {
            let e = per_gran.entry(g.clone()).or_default();
            e.0 += c;
            e.1 += t;
        }
    }
    for (g, (c, t)) in &per_gran {
        println!(
            "  {g:12} all (excl. nn) {c:5}/{t:5} = {:.3}",
            *c as f64 / *t as f64
        );
    }
    if let Some((c, t)) = per_gran.get("sentences") {
        let a = *c as f64 / *t as f64;
        // Floor for regressions; the 0.97 aim is not yet met for da / nb (see bench/results/indicators.md).
        assert!(a >= 0.92, "sentence accuracy {a:.3}");
    }
}
