//! Precision / recall / F1 per indicator on the labelled synthetic evaluation
//! set (`tests/data/eval_ads.jsonl`, made by `tests/data/gen_eval.py`), and
//! phone precision / recall against the labelled numbers.

use indicators::analyze::analyze;
use indicators::model::{Ad, IndicatorCode, SiteContext};
use indicators::rules::Rules;
use serde_json::Value;

#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, truth: bool, got: bool) {
        match (truth, got) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            _ => {}
        }
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

#[test]
fn synthetic_evaluation_set() {
    let data = include_str!("../data/eval_ads.jsonl");
    let rules = Rules::builtin();
    let codes = [
        (IndicatorCode::ThirdPerson, 0.9),
        (IndicatorCode::ObfuscatedPhone, 0.9),
        (IndicatorCode::MultiplePersons, 0.85),
        (IndicatorCode::YouthTerms, 0.85),
        (IndicatorCode::NationalityStated, 0.85),
    ];
    let mut counts: Vec<Counts> = codes.iter().map(|_| Counts::default()).collect();
    let mut phones = Counts::default();
    let mut lang_ok = 0;
    let mut n = 0;
    let mut misses = Vec::new();
    for line in data.lines() {
        let r: Value = serde_json::from_str(line).expect("eval line");
        let ad = Ad {
            url: format!("https://example.invalid/{}", r["id"].as_str().unwrap()),
            site: "eval".into(),
            text: r["text"].as_str().unwrap().into(),
            name: r["name"].as_str().map(String::from),
            ..Ad::default()
        };
        let ctx = SiteContext {
            default_region: r["region"].as_str().unwrap().into(),
            languages: ["da", "sv", "nb", "en", "de", "ro", "pl", "es"]
                .map(String::from)
                .to_vec(),
            median_price: None,
        };
        let a = analyze(&ad, &ctx, &rules);
        n += 1;
        if a.language.as_deref() == r["lang"].as_str() {
            lang_ok += 1;
        }
        for (k, (code, _)) in codes.iter().enumerate() {
            let truth = r["labels"][code.as_str()].as_bool().unwrap();
            let got = a.hits.iter().any(|h| h.code == *code);
            counts[k].add(truth, got);
            if truth != got && misses.len() < 30 {
                misses.push(format!("{} {code}: want {truth} — {}", r["id"], ad.text));
            }
        }
        let want: Vec<&str> = r["phones"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        for p in &a.phones {
            phones.add(want.contains(&p.e164.as_str()), true);
        }
        for w in &want {
            if !a.phones.iter().any(|p| p.e164 == *w) {
                phones.fn_ += 1;
                if misses.len() < 30 {
                    misses.push(format!("{} phone {w} missed — {}", r["id"], ad.text));
                }
            }
        }
    }
    println!(
        "synthetic evaluation set: {n} ads, language accuracy {:.3}",
        lang_ok as f64 / n as f64
    );
    let mut failed = Vec::new();
    for ((code, target), c) in codes.iter().zip(&counts) {
        let (p, r, f) = c.prf();
        println!(
            "  {:20} P {p:.3} R {r:.3} F1 {f:.3} (target F1 >= {target}) tp {} fp {} fn {}",
            code.as_str(),
            c.tp,
            c.fp,
            c.fn_
        );
        if f < *target {
            failed.push(format!("{code} F1 {f:.3} < {target}"));
        }
    }
    let (p, r, f) = phones.prf();
    println!("  {:20} P {p:.3} R {r:.3} F1 {f:.3}", "phones (e164)");
    for m in &misses {
        println!("    miss: {m}");
    }
    if p < 0.99 || r < 0.97 {
        failed.push(format!("phones P {p:.3} R {r:.3}"));
    }
    assert!(failed.is_empty(), "{failed:?}");
}
