//! Prices: reading the number out of a price as written ("1.500 kr",
//! "€ 150", "150,-", "1 500 DKK/t") and finding a price in free text.

use once_cell::sync::Lazy;
use regex::Regex;

/// Reads the first amount in `s`: thousands separators (`.`, `,`, space,
/// apostrophe followed by exactly three digits) are dropped, a final `,` or
/// `.` with one or two digits is a decimal point. `None` when there is no
/// number or it is not a plausible amount.
pub fn parse_price(s: &str) -> Option<f64> {
    // Cap the work on absurd inputs: a price is short.
    let s = match s.char_indices().nth(200) {
        Some((i, _)) => &s[..i],
        None => s,
    };
    let bytes = s.as_bytes();
    let start = bytes.iter().position(u8::is_ascii_digit)?;
    let mut int = String::new();
    let mut frac = String::new();
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            int.push(b as char);
            i += 1;
            continue;
        }
        let sep_len = if s[i..].starts_with('\u{a0}') || s[i..].starts_with('\u{202f}') {
            s[i..].chars().next().map_or(1, char::len_utf8)
        } else {
            1
        };
        let is_sep = matches!(b, b'.' | b',' | b' ' | b'\'') || sep_len > 1;
        if !is_sep {
            break;
        }
        let rest = &bytes[i + sep_len..];
        let run = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        let after_run = rest.get(run).copied();
        if run == 3 && !matches!(after_run, Some(c) if c.is_ascii_digit()) {
            // A thousands group ("1.500", "1 500").
            i += sep_len;
            continue;
        }
        if matches!(b, b'.' | b',') && (1..=2).contains(&run) {
            frac.extend(rest[..run].iter().map(|&c| c as char));
        }
        break;
    }
    if int.len() > 9 {
        return None;
    }
    let value: f64 = if frac.is_empty() {
        int.parse().ok()?
    } else {
        format!("{int}.{frac}").parse().ok()?
    };
    (value.is_finite() && value > 0.0).then_some(value)
}

/// The price pattern (see [`find_text_price`]). Its Unicode `\b` keeps the
/// regex crate's DFAs off non-ASCII text, so it runs on the slow
/// backtracker: it is only started where [`TEXT_PRICE_QUICK`] matches.
const PRICE_PATTERN: &str = r"(?ix)
        (?:^|[^\d])
        (?P<p>
            (?P<a>\d{2,3}(?:[.\ ]\d{3})?|\d{2,5})\s?(?:kr\b|kr\.|dkk\b|sek\b|nok\b|eur\b|euro\b|€|zł|zl\b|pln\b|lei\b|ron\b|\$|£|,-)
          | (?:€|\$|£|eur\b|dkk\b|kr\.?)\s?(?P<b>\d{2,3}(?:[.\ ]\d{3})?|\d{2,5})
        )";

static TEXT_PRICE: Lazy<Regex> =
    Lazy::new(|| Regex::new(PRICE_PATTERN).expect("valid price regex"));

/// [`PRICE_PATTERN`] without its word boundaries: it matches wherever the
/// pattern does (and a little more), on a DFA, so its first match is where
/// the exact pattern's first match can start at the earliest.
static TEXT_PRICE_QUICK: Lazy<Regex> =
    Lazy::new(|| Regex::new(&PRICE_PATTERN.replace("\\b", "")).expect("valid price regex"));

/// The first price written in free text, as (byte start, byte end, amount).
pub fn find_text_price(text: &str) -> Option<(usize, usize, f64)> {
    let from = TEXT_PRICE_QUICK.find(text)?.start();
    let caps = TEXT_PRICE.captures_at(text, from)?;
    let m = caps.name("a").or_else(|| caps.name("b"))?;
    let whole = caps.name("p")?;
    Some((whole.start(), whole.end(), parse_price(m.as_str())?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_as_written() {
        assert_eq!(parse_price("1.500 kr"), Some(1500.0));
        assert_eq!(parse_price("1,500 DKK"), Some(1500.0));
        assert_eq!(parse_price("1 500 kr/t"), Some(1500.0));
        assert_eq!(parse_price("€ 150"), Some(150.0));
        assert_eq!(parse_price("150,-"), Some(150.0));
        assert_eq!(parse_price("12,50 EUR"), Some(12.5));
        assert_eq!(parse_price("1\u{a0}200 kr"), Some(1200.0));
        assert_eq!(parse_price("ask"), None);
        assert_eq!(parse_price("0"), None);
    }

    #[test]
    fn text_price_needs_a_currency() {
        assert_eq!(
            find_text_price("Kun 500 kr for en time").map(|p| p.2),
            Some(500.0)
        );
        assert_eq!(
            find_text_price("Price €80 per hour").map(|p| p.2),
            Some(80.0)
        );
        assert_eq!(find_text_price("Ring 20 12 34 56, 25 år"), None);
        // The word boundary still holds: "krøllet" is no currency.
        assert_eq!(
            find_text_price("Ring 500 krøllet, 25 år, 800 kr").map(|p| p.2),
            Some(800.0)
        );
        assert_eq!(find_text_price("Hår: 50 krøller"), None);
    }
}
