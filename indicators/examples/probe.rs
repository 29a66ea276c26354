//! Reads lines on stdin and prints what adscreen makes of each, for
//! evaluation scripts (bench/phones/score.py) and quick checks:
//!
//! - `probe places`: each line a written place; prints
//!   `written<TAB>canonical<TAB>country` (`-` for an unknown place).
//! - `probe phones SITE [LANG] [PLACE_COUNTRY]`: each line a text; prints
//!   the text and the numbers found (E.164, raw, disguised flag).
//!
//! `cargo run --release -p indicators --example probe -- places < names.txt`

use indicators::model::AdField;
use indicators::{phone, place};
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
        _ => {
            eprintln!("usage: probe places | probe phones SITE [LANG|-] [PLACE_COUNTRY|-]  (lines on stdin)");
            std::process::exit(2);
        }
    }
}
