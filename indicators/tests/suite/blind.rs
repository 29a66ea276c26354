//! The blind corpora D (350 Nordic and English ads) and E (330 German,
//! Polish, Romanian, Spanish and broken-English ads) of `bench/heldout/`,
//! written by two authors who never read the code, as regression tests:
//! their first blind scores (on b607df2) are in `bench/results/blind/`; the
//! indicators were tuned on them afterwards, and the floors below sit a
//! little under the tuned figures. Imported as `crawler import
//! --default-region DK` does: no site profile, so no language allow-list.
//! Set `BLIND_MISSES=1` to print every miss.

use indicators::analyze::analyze;
use indicators::model::{Ad, IndicatorCode, SiteContext};
use indicators::rules::Rules;
use serde_json::Value;

/// Per label: (code, F1 floor on D, F1 floor on E), a little under the
/// tuned figures (D / E: obfuscated_phone 0.967 / 0.938, third_person
/// 0.989 / 0.968, multiple_persons 0.989 / 0.964, youth_terms 0.989 /
/// 0.988, nationality_stated 0.963 / 0.955, movement_terms 0.786 / 0.576,
/// available_24_7 0.970 / 1.000, emoji_codes 0.800 / 0.842,
/// trustworthy_language 0.883 / 0.908).
const FLOORS: [(IndicatorCode, f64, f64); 9] = [
    (IndicatorCode::ObfuscatedPhone, 0.95, 0.92),
    (IndicatorCode::ThirdPerson, 0.97, 0.95),
    (IndicatorCode::MultiplePersons, 0.97, 0.94),
    (IndicatorCode::YouthTerms, 0.97, 0.97),
    (IndicatorCode::NationalityStated, 0.94, 0.93),
    (IndicatorCode::MovementTerms, 0.76, 0.55),
    (IndicatorCode::Available247, 0.95, 0.97),
    (IndicatorCode::EmojiCodes, 0.78, 0.82),
    (IndicatorCode::TrustworthyLanguage, 0.86, 0.88),
];

/// Most lone first-person ads (neither third_person, multiple_persons nor
/// concerning) in the top 10 % of the queue (aim: 1 %).
const LONE_TOP_DECILE: f64 = 0.02;

/// Lowest share of right languages.
const LANGUAGE_FLOOR: f64 = 0.95;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn f1(&self) -> (f64, f64, f64) {
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

/// Scores one corpus; returns the failures.
fn score(name: &str, data: &str, floor_of: impl Fn(usize) -> f64) -> Vec<String> {
    let rules = Rules::builtin();
    let ctx = SiteContext {
        default_region: "DK".into(),
        languages: Vec::new(),
        median_price: None,
    };
    let all = std::env::var_os("BLIND_MISSES").is_some();
    let mut counts = [Counts::default(); FLOORS.len()];
    let (mut lang_ok, mut n) = (0usize, 0usize);
    // (score, concerning, lone first-person)
    let mut ranked: Vec<(f64, bool, bool)> = Vec::new();
    let mut misses = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let r: Value = serde_json::from_str(line).expect("corpus line");
        let l = &r["labels"];
        let ad = Ad {
            url: r["url"].as_str().unwrap().into(),
            site: r["site"].as_str().unwrap().into(),
            text: r["text"].as_str().unwrap().into(),
            title: r["title"].as_str().map(String::from),
            name: r["name"].as_str().map(String::from),
            age: r["age"].as_u64().map(|a| a as u32),
            location: r["location"].as_str().map(String::from),
            ..Ad::default()
        };
        let a = analyze(&ad, &ctx, &rules);
        n += 1;
        if a.language.as_deref() == l["lang"].as_str() {
            lang_ok += 1;
        }
        for (k, (code, _, _)) in FLOORS.iter().enumerate() {
            let want = l[code.as_str()].as_bool().expect("label");
            let hit = a.hits.iter().find(|h| h.code == *code);
            match (want, hit.is_some()) {
                (true, true) => counts[k].tp += 1,
                (false, true) => counts[k].fp += 1,
                (true, false) => counts[k].fn_ += 1,
                _ => {}
            }
            if want != hit.is_some() {
                let why = hit.map_or(String::new(), |h| {
                    let ex: Vec<&str> = h.evidence.iter().map(|e| e.excerpt.as_str()).collect();
                    format!(" {ex:?}")
                });
                let title = ad.title.as_deref().unwrap_or("");
                misses.push(format!(
                    "{} {code}: want {want}{why} — {title} | {}",
                    l["id"].as_str().unwrap(),
                    ad.text.replace('\n', " / ")
                ));
            }
        }
        let b = |k: &str| l[k].as_bool().unwrap_or(false);
        let lone = !(b("third_person") || b("multiple_persons") || b("concerning"));
        ranked.push((a.score, b("concerning"), lone));
    }
    let mut failed = Vec::new();
    let acc = lang_ok as f64 / n as f64;
    println!("blind corpus {name}: {n} ads, language {acc:.3}");
    if acc < LANGUAGE_FLOOR {
        failed.push(format!("{name} language {acc:.3} < {LANGUAGE_FLOOR}"));
    }
    for (k, (code, _, _)) in FLOORS.iter().enumerate() {
        let c = counts[k];
        let (p, r, f) = c.f1();
        let floor = floor_of(k);
        println!(
            "  {:22} P {p:.3} R {r:.3} F1 {f:.3} (floor {floor}) tp {} fp {} fn {}",
            code.as_str(),
            c.tp,
            c.fp,
            c.fn_
        );
        if f < floor {
            failed.push(format!("{name} {code} F1 {f:.3} < {floor}"));
        }
    }
    // The top decile of the queue, ties at the cut shared out.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let k = (n as f64 / 10.0).round().max(1.0) as usize;
    let cut = ranked[k - 1].0;
    let share = |pred: fn(&(f64, bool, bool)) -> bool| {
        let above = ranked.iter().filter(|x| x.0 > cut).collect::<Vec<_>>();
        let tied = ranked.iter().filter(|x| x.0 == cut).collect::<Vec<_>>();
        let hits = above.iter().filter(|x| pred(x)).count() as f64
            + (k - above.len()) as f64 * tied.iter().filter(|x| pred(x)).count() as f64
                / tied.len() as f64;
        hits / k as f64
    };
    let lone = share(|x| x.2);
    println!(
        "  top decile ({k} ads, score >= {cut}): concerning {:.3}, lone first-person {lone:.3}",
        share(|x| x.1),
    );
    if lone > LONE_TOP_DECILE {
        failed.push(format!(
            "{name} lone first-person ads in the top decile {lone:.3} > {LONE_TOP_DECILE}"
        ));
    }
    for m in misses.iter().take(if all { usize::MAX } else { 30 }) {
        println!("    miss: {m}");
    }
    failed
}

#[test]
fn blind_corpora_d_and_e() {
    let mut failed = score(
        "D",
        include_str!("../../../bench/heldout/corpus_d.jsonl"),
        |k| FLOORS[k].1,
    );
    failed.extend(score(
        "E",
        include_str!("../../../bench/heldout/corpus_e.jsonl"),
        |k| FLOORS[k].2,
    ));
    assert!(failed.is_empty(), "{failed:?}");
}

/// Corpus F (348 ads in the eight languages, a sixth author's, blind first
/// score 0.928 on 3729e8b), kept for its language: tuned on since (issue
/// 19's language steps, 0.980), so the floor is a regression floor.
#[test]
fn blind_corpus_f_language() {
    let rules = Rules::builtin();
    let ctx = SiteContext {
        default_region: "DK".into(),
        languages: Vec::new(),
        median_price: None,
    };
    let (mut ok, mut n) = (0usize, 0usize);
    for line in include_str!("../../../bench/heldout/corpus_f.jsonl").lines() {
        let r: Value = serde_json::from_str(line).expect("json line");
        let ad = Ad {
            url: r["url"].as_str().unwrap().into(),
            site: r["site"].as_str().unwrap().into(),
            text: r["text"].as_str().unwrap().into(),
            title: r["title"].as_str().map(String::from),
            location: r["location"].as_str().map(String::from),
            ..Ad::default()
        };
        n += 1;
        if analyze(&ad, &ctx, &rules).language.as_deref() == r["labels"]["lang"].as_str() {
            ok += 1;
        }
    }
    let acc = ok as f64 / n as f64;
    println!("blind corpus F: {n} ads, language {acc:.3}");
    assert!(acc >= 0.975, "F language {acc:.3}");
}
