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
    let allow: Vec<String> = ALLOW.iter().map(|s| s.to_string()).collect();
    if let Some(a) = sentence_accuracy(&allow) {
        assert!(a >= 0.985, "sentence accuracy {a:.3}");
    }
}

/// Ads imported for a site without a profile have no allow-list: every
/// language whatlang knows is a candidate.
#[test]
fn langid_accuracy_without_allow_list() {
    if let Some(a) = sentence_accuracy(&[]) {
        assert!(a >= 0.975, "sentence accuracy without an allow-list {a:.3}");
    }
}

/// Prints accuracy per granularity and language; returns the sentence
/// accuracy over the languages of [`ALLOW`] (Nynorsk excluded).
fn sentence_accuracy(allow: &[String]) -> Option<f64> {
    let path = crate::conformance("langid_cases.jsonl")?;
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
        let got = detect(r["text"].as_str().unwrap_or(""), allow);
        let e = acc.entry((gran, lang.to_string())).or_default();
        e.1 += 1;
        if got.as_deref() == Some(want) {
            e.0 += 1;
        }
    }
    println!("language accuracy (allow-list {allow:?}):");
    let mut per_gran: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for ((g, l), (c, t)) in &acc {
        let a = *c as f64 / *t as f64;
        println!("  {g:12} {l:3} {c:5}/{t:5} = {a:.3}");
        // Every language of the allow-list on its own, not only on average.
        assert!(g != "sentences" || a >= 0.965, "{l} sentences {a:.3}");
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
    per_gran
        .get("sentences")
        .map(|(c, t)| *c as f64 / *t as f64)
}

/// Texts of two consecutive sentences (about 220 characters, the length of a
/// short ad), by language.
fn sentence_pairs() -> Option<Vec<(String, String)>> {
    let path = crate::conformance("langid_cases.jsonl")?;
    let text = std::fs::read_to_string(path).expect("read langid cases");
    let mut by_lang: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text.lines() {
        let r: Value = serde_json::from_str(line).expect("json line");
        if r["granularity"] == "sentences" {
            let lang = r["lang"].as_str().unwrap_or("");
            let want = if lang == "nn" { "nb" } else { lang };
            if ALLOW.contains(&want) && want != "th" {
                let t = r["text"].as_str().unwrap_or("").to_string();
                by_lang.entry(want.to_string()).or_default().push(t);
            }
        }
    }
    Some(
        by_lang
            .into_iter()
            .flat_map(|(l, s)| {
                s.chunks(2)
                    .map(|p| (l.clone(), p.join(" ")))
                    .collect::<Vec<_>>()
            })
            .collect(),
    )
}

/// The trigram scorer must choose as lingua's own high-accuracy detector
/// does on texts long enough for it: it is a faster form of the same sums.
#[test]
fn trigram_scorer_agrees_with_lingua() {
    use indicators::lang::ngram::{best, MODELS};
    let Some(pairs) = sentence_pairs() else {
        return;
    };
    let langs: Vec<lingua::Language> = MODELS.iter().map(|(_, l)| *l).collect();
    let lingua = lingua::LanguageDetectorBuilder::from_languages(&langs).build();
    let columns: Vec<usize> = (0..MODELS.len()).collect();
    let (mut same, mut scored) = (0, 0);
    let mut correct: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (lang, text) in &pairs {
        let Some(c) = best(text, &columns) else {
            continue;
        };
        scored += 1;
        if lingua.detect_language_of(text.as_str()) == Some(MODELS[c].1) {
            same += 1;
        }
        let e = correct.entry(lang).or_default();
        e.1 += 1;
        if MODELS[c].0 == lang {
            e.0 += 1;
        }
    }
    let agree = same as f64 / scored as f64;
    println!("trigram scorer vs lingua on {scored} two-sentence texts: agreement {agree:.4}");
    for (l, (c, t)) in &correct {
        println!(
            "  two sentences {l:3} {c:4}/{t:4} = {:.3}",
            *c as f64 / *t as f64
        );
    }
    assert!(scored > 3000, "only {scored} texts were long enough");
    assert!(agree >= 0.99, "agreement {agree:.4}");
}
