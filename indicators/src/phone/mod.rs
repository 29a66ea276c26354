//! Finding phone numbers in ad text, including disguised ones, and
//! normalising them to E.164 with the `phonenumber` crate's real metadata.
//!
//! How a number is found:
//! 1. [`scan`] reads the text into digit pieces however written (ASCII,
//!    Unicode and keycap digits, look-alike letters, number words in the
//!    lexicons' languages) and marks quantities: amounts next to a currency or
//!    unit ("1500 kr", "25 år"), dates, clock times and opening hours.
//! 2. Neighbouring pieces form a run when only a joinable gap separates them:
//!    spaces, one of `-./()`, emoji and symbols, or one short word. Commas,
//!    colons, line breaks, long words and quantities end a run.
//! 3. In each run the longest stretch of whole pieces that is a *valid*
//!    number for the site's region (or for its own country code when written
//!    with `+` or `00`) is taken, left to right.
//!
//! A number is *obfuscated* when any piece is not plain ASCII digits, when
//! pieces are joined by anything but the usual separators, or when it is
//! spelled out digit by digit ("2 0 1 2 3 4 5 6").
//!
//! Validation results are cached per thread, because `phonenumber` parsing is
//! the slowest step and the same candidates recur across a site's ads.

mod scan;
mod words;

use crate::model::{AdField, PhoneMatch};
use once_cell::sync::Lazy;
use phonenumber::{country::Id, Mode};
use scan::{Piece, Written};
use std::cell::RefCell;
use std::collections::HashMap;
use words::NumberWordTable;

static TABLE: Lazy<NumberWordTable> =
    Lazy::new(|| NumberWordTable::build(&crate::text::lexicon::builtin()));

/// Longest text examined, in bytes (longer text is cut at a char boundary).
const MAX_TEXT: usize = 64 * 1024;
/// Longest run of pieces examined at once.
const MAX_RUN: usize = 24;
/// Fewest digits of a national number we accept (shorter numbers are service
/// codes, not numbers people advertise with).
const MIN_DIGITS: usize = 6;
/// Most digits of a candidate including an international prefix.
const MAX_DIGITS: usize = 17;

thread_local! {
    static CACHE: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
}
const CACHE_CAP: usize = 16_384;

/// Normalises a number as written to E.164 (`+4520123456`), using
/// `default_region` (ISO 3166, e.g. `DK`) for numbers without a country code.
/// Returns `None` unless the result is a valid number. Disguised forms
/// ("2O 12 34 S6") are read too.
pub fn normalize(raw: &str, default_region: &str) -> Option<String> {
    let raw = cut(raw, 256);
    let region = region_id(default_region);
    if let Ok(n) = phonenumber::parse(region, raw) {
        if n.is_valid() && n.extension().is_none() {
            return Some(n.format().mode(Mode::E164).to_string());
        }
    }
    find_phones(raw, AdField::Phone, default_region)
        .into_iter()
        .next()
        .map(|m| m.e164)
}

/// Finds every phone number in `text`, normalised to E.164 with
/// `default_region`, with its raw form, byte span and whether it was disguised.
pub fn find_phones(text: &str, field: AdField, default_region: &str) -> Vec<PhoneMatch> {
    let text = cut(text, MAX_TEXT);
    let region = region_id(default_region);
    let table: &NumberWordTable = &TABLE;
    let mut pieces = scan::scan(text, table);
    if pieces.is_empty() {
        return Vec::new();
    }
    combine_words(text, &mut pieces, table);
    scan::mark_quantities(text, &mut pieces, table);
    drop_lonely_weak(text, &mut pieces);
    // First without short words between digits, so "06/21 at 03-331 6005"
    // stays two things; then the pieces left over may be joined across a
    // short word ("20 og 12 og 34 og 56").
    let mut out = Vec::new();
    for words in [false, true] {
        for run in runs(text, &pieces, words) {
            for chunk in run.chunks(MAX_RUN) {
                match_run(text, chunk, field, region, &mut out);
            }
        }
        for m in &out {
            for p in pieces.iter_mut() {
                if p.start < m.end && m.start < p.end {
                    p.quantity = true; // consumed: a boundary for the next pass
                }
            }
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

fn region_id(region: &str) -> Option<Id> {
    region.trim().to_ascii_uppercase().parse().ok()
}

/// Joins "twenty one" / "twenty-one" / "fire og tredive" into one piece.
fn combine_words(text: &str, pieces: &mut Vec<Piece>, table: &NumberWordTable) {
    let mut k = 0;
    while k + 1 < pieces.len() {
        let (a, b) = (&pieces[k], &pieces[k + 1]);
        if a.written == Written::Word && b.written == Written::Word {
            let gap = crate::text::matcher::fold(&text[a.end..b.start]);
            let gap = gap.trim_matches(|c: char| c.is_whitespace() || c == '-');
            let joined = gap.is_empty() || table.is_connector(gap);
            let (va, vb) = (a.digits.parse::<u8>().ok(), b.digits.parse::<u8>().ok());
            if let (true, Some(va), Some(vb)) = (joined, va, vb) {
                let tens_unit = va >= 20 && va % 10 == 0 && (1..=9).contains(&vb);
                // Unit before tens only with a connector word ("fire og tredive").
                let unit_tens =
                    !gap.is_empty() && (1..=9).contains(&va) && vb >= 20 && vb % 10 == 0;
                if tens_unit || unit_tens {
                    let value = va + vb;
                    let end = pieces[k + 1].end;
                    let p = &mut pieces[k];
                    p.digits = value.to_string();
                    p.end = end;
                    p.weak = false;
                    pieces.remove(k + 1);
                    continue;
                }
            }
        }
        k += 1;
    }
}

/// How two pieces are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Nothing, a space, or one usual separator: "20 12", "20-12", "(20) 12".
    Usual,
    /// Emoji, symbols, several separators or a short word: a disguise.
    Unusual,
}

/// Classifies the text between two pieces; `None` means the run ends.
fn gap_kind(gap: &str, a: &Piece, b: &Piece) -> Option<Gap> {
    if gap.chars().count() > 12 {
        return None;
    }
    let mut spaces = 0;
    let mut usual_seps = 0;
    let mut other = 0;
    let mut letters = 0;
    let mut words = 0;
    let mut in_word = false;
    for c in gap.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if !in_word {
                words += 1;
            }
            in_word = true;
            continue;
        }
        in_word = false;
        match c {
            '\n' | '\r' | ':' | ';' | '!' | '?' | '"' | '+' | '=' | '&' | '%' | '@' | '<' | '>' => {
                return None
            }
            ',' => {
                // Commas separate numbers; only a list of number words may
                // use them ("tyve, tolv, fireogtredive").
                if !(a.written == Written::Word && b.written == Written::Word) {
                    return None;
                }
                other += 1;
            }
            c if c.is_whitespace() => spaces += 1,
            '-' | '.' | '/' | '(' | ')' | '–' => usual_seps += 1,
            c if c.is_ascii_digit() => return None,
            _ => other += 1,
        }
    }
    if words > 1 || letters > 5 {
        return None;
    }
    if words == 0 && other == 0 && spaces <= 2 && usual_seps <= 2 {
        // "20-12" and "20 - 12" are usual; "20 -- 12" is not.
        let seps: Vec<char> = gap.chars().filter(|c| !c.is_whitespace()).collect();
        let paren_pair = seps == [')', '-'] || seps == [')'] || seps == ['('];
        if seps.len() <= 1 || paren_pair {
            return Some(Gap::Usual);
        }
    }
    Some(Gap::Unusual)
}

/// Whether a gap joins two pieces in a run; with `words` false, a gap holding
/// a word does not.
fn joinable(gap: &str, a: &Piece, b: &Piece, words: bool) -> bool {
    gap_kind(gap, a, b).is_some() && (words || !gap.chars().any(char::is_alphabetic))
}

/// Drops weak pieces that stand alone: a weak number word ("to", "en",
/// "tre") is kept only in a run with another number word ("tre 1 2 tre 4 5
/// seks 7"); look-alike capitals ("OO") only in a run with real digits.
fn drop_lonely_weak(text: &str, pieces: &mut Vec<Piece>) {
    let n = pieces.len();
    let mut keep = vec![true; n];
    let mut start = 0;
    for k in 0..=n {
        let boundary = k == n
            || (k > start
                && !joinable(
                    &text[pieces[k - 1].end..pieces[k].start],
                    &pieces[k - 1],
                    &pieces[k],
                    true,
                ));
        if !boundary {
            continue;
        }
        let run = &pieces[start..k];
        let words = run.iter().filter(|p| p.written == Written::Word).count();
        let real = run.iter().filter(|p| !p.weak).count();
        for (off, p) in run.iter().enumerate() {
            if p.weak {
                keep[start + off] = if p.written == Written::Word {
                    words >= 2
                } else {
                    real >= 1
                };
            }
        }
        start = k;
    }
    let mut i = 0;
    pieces.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// Splits pieces into runs (maximal joinable stretches without quantities).
fn runs<'p>(text: &str, pieces: &'p [Piece], words: bool) -> Vec<&'p [Piece]> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 0..=pieces.len() {
        let boundary = k == pieces.len()
            || pieces[k].quantity
            || (k > start && pieces[k].plus.is_some())
            || (k > start
                && !joinable(
                    &text[pieces[k - 1].end..pieces[k].start],
                    &pieces[k - 1],
                    &pieces[k],
                    words,
                ));
        if boundary {
            if k > start {
                out.push(&pieces[start..k]);
            }
            start = if k < pieces.len() && pieces[k].quantity {
                k + 1
            } else {
                k
            };
        }
    }
    out
}

/// Finds numbers in one run: from each start, the longest valid stretch.
fn match_run(
    text: &str,
    run: &[Piece],
    field: AdField,
    region: Option<Id>,
    out: &mut Vec<PhoneMatch>,
) {
    let mut i = 0;
    while i < run.len() {
        let mut found = None;
        let mut digits = String::with_capacity(20);
        // Total digits from i to each end, to skip hopeless stretches quickly.
        let mut ends = Vec::with_capacity(run.len() - i);
        for p in &run[i..] {
            digits.push_str(&p.digits);
            if digits.len() > MAX_DIGITS {
                break;
            }
            ends.push(digits.len());
        }
        let plus = run[i].plus.is_some();
        for (j, &len) in ends.iter().enumerate().rev() {
            if len < MIN_DIGITS {
                break;
            }
            if let Some(e164) = validate(&digits[..len], plus, region) {
                found = Some((i + j, e164));
                break;
            }
        }
        match found {
            Some((last, e164)) => {
                let stretch = &run[i..=last];
                let start = run[i].plus.unwrap_or(run[i].start);
                let end = run[last].end;
                out.push(PhoneMatch {
                    e164,
                    raw: text[start..end].to_string(),
                    field,
                    start,
                    end,
                    obfuscated: obfuscated(text, stretch),
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

fn obfuscated(text: &str, stretch: &[Piece]) -> bool {
    let disguised_piece = stretch.iter().any(|p| p.written != Written::Plain);
    let odd_gap = stretch
        .windows(2)
        .any(|w| gap_kind(&text[w[0].end..w[1].start], &w[0], &w[1]) != Some(Gap::Usual));
    let single_digits = stretch.iter().filter(|p| p.digits.len() == 1).count();
    disguised_piece || odd_gap || single_digits >= 3
}

/// Whether `digits` (with a `+` before them if `plus`) is a valid number;
/// its E.164 form if so. Cached per thread.
fn validate(digits: &str, plus: bool, region: Option<Id>) -> Option<String> {
    let key = format!(
        "{}{}{}",
        region.as_ref().map_or("ZZ", |r| r.as_ref()),
        if plus { "+" } else { " " },
        digits
    );
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return hit;
    }
    let result = validate_uncached(digits, plus, region);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_CAP {
            c.clear();
        }
        c.insert(key, result.clone());
    });
    result
}

fn validate_uncached(digits: &str, plus: bool, region: Option<Id>) -> Option<String> {
    let parsed = if plus {
        if digits.len() < 7 || digits.len() > 15 {
            return None;
        }
        phonenumber::parse(None, format!("+{digits}"))
    } else if let Some(r) = region {
        phonenumber::parse(Some(r), digits)
    } else if let Some(intl) = digits.strip_prefix("00") {
        phonenumber::parse(None, format!("+{intl}"))
    } else {
        return None;
    };
    let n = parsed.ok()?;
    if !n.is_valid() || n.extension().is_some() {
        return None;
    }
    Some(n.format().mode(Mode::E164).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164s(text: &str) -> Vec<(String, bool)> {
        find_phones(text, AdField::Text, "DK")
            .into_iter()
            .map(|m| (m.e164, m.obfuscated))
            .collect()
    }

    #[test]
    fn plain_and_international() {
        assert_eq!(e164s("Ring 20 12 34 56"), [("+4520123456".into(), false)]);
        assert_eq!(
            e164s("call +46 70 123 45 67 now"),
            [("+46701234567".into(), false)]
        );
        assert_eq!(e164s("tlf 0046701234567"), [("+46701234567".into(), false)]);
    }

    #[test]
    fn disguised() {
        let mut bad = Vec::new();
        for t in [
            "ring 2O 12 34 S6",
            "tyve tolv fireogtredive seksoghalvtreds",
            "twenty 12 thirty four 56",
            "２０１２３４５６",
            "2️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣",
            "20 🌹 12 🌹 34 🌹 56",
            "2 0 1 2 3 4 5 6",
        ] {
            let got = e164s(t);
            if got != [("+4520123456".to_string(), true)] {
                bad.push(format!("{t}: {got:?}"));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn no_numbers_from_quantities() {
        for t in [
            "1500 kr 2000 kr",
            "25 år, 170 cm",
            "åbent 10-22 alle dage",
            "Dato 03/10/2011 kl. 20.00",
            "2100 København Ø",
            "åbent 10.00-22.00",
            "30 min 1000 kr 60 min 1500 kr",
        ] {
            assert!(e164s(t).is_empty(), "{t}: {:?}", e164s(t));
        }
    }
}
