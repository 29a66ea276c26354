//! Reads lines on stdin and prints what adscreen makes of each, for
//! evaluation scripts (bench/phones/score.py) and quick checks:
//!
//! - `probe places`: each line a written place; prints
//!   `written<TAB>canonical<TAB>country` (`-` for an unknown place).
//! - `probe phones SITE [LANG] [PLACE_COUNTRY]`: each line a text; prints
//!   the text and the numbers found (E.164, raw, disguised flag).
//! - `probe langtime ROUNDS`: each line an ad as for `probe lang`; prints
//!   the time per ad of `lang::detect_ad` with all its steps and with none
//!   (the title and text read as they are), alternating rounds.
//! - `probe lang [ALLOW,...]`: each line an ad in the ad input format with
//!   `labels.id` and `labels.lang` (the held-out corpora); prints each
//!   wrong language (`id want got title | text`) and the accuracy, as
//!   `crawler import` without a site profile would detect it.
//!
//! `cargo run --release -p indicators --example probe -- places < names.txt`

use indicators::model::AdField;
use indicators::{lang, phone, place};
use std::io::{BufRead, Write};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    match args.first().map(String::as_str) {
        Some("places") => {
            for line in stdin.lock().lines().map_while(Result::ok) {
                let written = line.trim_end_matches('\r');
                let (name, country) = match place::find_city(written) {
                    Some(c) => (c.name, c.country),
                    None => ("-", "-"),
                };
                writeln!(out, "{written}\t{name}\t{country}").expect("stdout");
            }
        }
        Some("phones") => {
            let site = args.get(1).map_or("DK", String::as_str);
            let lang = args.get(2).map(String::as_str).filter(|s| *s != "-");
            let place = args.get(3).map(String::as_str).filter(|s| *s != "-");
            for line in stdin.lock().lines().map_while(Result::ok) {
                let text = line.replace("\\n", "\n");
                let found = phone::find_phones_at(&text, AdField::Text, site, place, lang);
                let shown: Vec<String> = found
                    .iter()
                    .map(|m| {
                        format!(
                            "{} {:?}{}",
                            m.e164,
                            m.raw,
                            if m.obfuscated { " obf" } else { "" }
                        )
                    })
                    .collect();
                writeln!(out, "{line}\n    => {}", shown.join(" | ")).expect("stdout");
            }
        }
        Some("langtime") => {
            let rounds: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(20);
            let ads: Vec<serde_json::Value> = stdin
                .lock()
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| serde_json::from_str(&l).ok())
                .collect();
            let none = lang::AdSteps {
                footer: false,
                vote: false,
                place: false,
            };
            let mut took = [std::time::Duration::ZERO; 2];
            for round in 0..=rounds {
                for (k, steps) in [none, lang::AdSteps::default()].into_iter().enumerate() {
                    let t = std::time::Instant::now();
                    for r in &ads {
                        let got = lang::detect_ad_with(
                            r["site"].as_str().unwrap_or(""),
                            r["title"].as_str(),
                            r["text"].as_str().unwrap_or(""),
                            None,
                            &[],
                            steps,
                        );
                        std::hint::black_box(got);
                    }
                    // Round 0 warms the models up and is not counted.
                    if round > 0 {
                        took[k] += t.elapsed();
                    }
                }
            }
            let per =
                |d: std::time::Duration| d.as_secs_f64() * 1e6 / (rounds * ads.len()).max(1) as f64;
            writeln!(
                out,
                "{} ads x {rounds}: steps off {:.1} µs/ad, all steps {:.1} µs/ad",
                ads.len(),
                per(took[0]),
                per(took[1])
            )
            .expect("stdout");
        }
        Some("lang") => {
            let allow: Vec<String> = args
                .get(1)
                .map(|a| a.split(',').map(String::from).collect())
                .unwrap_or_default();
            // PROBE_STEPS: which of footer,vote,place run (default all).
            let steps = match std::env::var("PROBE_STEPS") {
                Ok(v) => lang::AdSteps {
                    footer: v.contains("footer"),
                    vote: v.contains("vote"),
                    place: v.contains("place"),
                },
                Err(_) => lang::AdSteps::default(),
            };
            let (mut ok, mut n) = (0usize, 0usize);
            for line in stdin.lock().lines().map_while(Result::ok) {
                let Ok(r) = serde_json::from_str::<serde_json::Value>(&line) else {
                    continue;
                };
                let text = r["text"].as_str().unwrap_or("");
                let title = r["title"].as_str();
                let want = r["labels"]["lang"].as_str().unwrap_or("");
                let site = r["site"].as_str().unwrap_or("");
                let country = r["location"]
                    .as_str()
                    .and_then(|l| place::find_city_in(l, Some("DK")))
                    .map(|c| c.country);
                let got = lang::detect_ad_with(site, title, text, country, &allow, steps);
                n += 1;
                if got.as_deref() == Some(want) {
                    ok += 1;
                } else {
                    let id = r["labels"]["id"].as_str().unwrap_or("?");
                    let got = got.as_deref().unwrap_or("-");
                    let shown = format!("{} | {}", title.unwrap_or(""), text.replace('\n', " / "));
                    writeln!(out, "{id} {want} -> {got}: {shown}").expect("stdout");
                }
            }
            writeln!(
                out,
                "language {ok}/{n} = {:.3}",
                ok as f64 / n.max(1) as f64
            )
            .expect("stdout");
        }
        _ => {
            eprintln!("usage: probe places | probe lang [ALLOW,..] | probe phones SITE [LANG|-] [PLACE_COUNTRY|-]  (lines on stdin)");
            std::process::exit(2);
        }
    }
}
