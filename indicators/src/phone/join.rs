//! Joining pieces into runs: number words that form one number ("twenty
//! one"), the gaps that may stand inside a phone number (and which of them
//! are a disguise), weak pieces that stand alone, and the runs themselves.

use super::scan::{Piece, Written};
use super::words::{is_hundreds, is_separator_word, multiplier, NumberWordTable};
use crate::text::matcher::fold;
use std::ops::Range;

/// Joins number words that form one number: "twenty one" / "twenty-one" /
/// "fire og tredive" into one piece, then hundreds: "tre hundrede" (300),
/// "trzysta czterdzieści pięć" (345), "trescientos doce" (312) into one
/// three-digit group.
pub(super) fn combine_words(text: &str, pieces: &mut Vec<Piece>, table: &NumberWordTable) {
    combine_pass(text, pieces, table, tens_and_units);
    combine_pass(text, pieces, table, hundreds);
    multiply(text, pieces);
}

/// "double oh" = "00", "triple 5" = "555", "dobbelt fem" = "55": a
/// multiplier word just before a single digit repeats it; the piece then
/// starts at the multiplier and counts as a number word.
fn multiply(text: &str, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        if p.digits.len() != 1 {
            continue;
        }
        let before = &text[..p.start];
        let trimmed = before.trim_end_matches([' ', '\u{a0}', '-']);
        if before.len() - trimmed.len() > 2 || trimmed.len() == before.len() {
            continue;
        }
        let word_len: usize = trimmed
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        let start = trimmed.len() - word_len;
        if let Some(n) = multiplier(&fold(&trimmed[start..])) {
            p.digits = p.digits.repeat(n);
            p.start = start;
            p.written = Written::Word;
            p.weak = false;
        }
    }
}

/// Tens and a unit, in either order (unit first only with a connector word).
fn tens_and_units(va: u16, vb: u16, connector: bool) -> Option<u16> {
    let tens = |v: u16| (20..=90).contains(&v) && v.is_multiple_of(10);
    let unit = |v: u16| (1..=9).contains(&v);
    ((tens(va) && unit(vb)) || (connector && unit(va) && tens(vb))).then_some(va + vb)
}

/// A unit times a hundred word ("tre hundrede", not with a connector), and
/// whole hundreds plus a number below 100 ("trzysta czterdzieści pięć").
fn hundreds(va: u16, vb: u16, connector: bool) -> Option<u16> {
    if vb == 100 && (1..=9).contains(&va) && !connector {
        return Some(va * 100);
    }
    (is_hundreds(va) && (1..=99).contains(&vb)).then_some(va + vb)
}

fn combine_pass(
    text: &str,
    pieces: &mut Vec<Piece>,
    table: &NumberWordTable,
    rule: fn(u16, u16, bool) -> Option<u16>,
) {
    let mut k = 0;
    while k + 1 < pieces.len() {
        let (a, b) = (&pieces[k], &pieces[k + 1]);
        if a.written == Written::Word && b.written == Written::Word {
            let gap = crate::text::matcher::fold(&text[a.end..b.start]);
            let gap = gap.trim_matches(|c: char| c.is_whitespace() || c == '-');
            let joined = gap.is_empty() || table.is_connector(gap);
            let (va, vb) = (a.digits.parse::<u16>().ok(), b.digits.parse::<u16>().ok());
            if let (true, Some(va), Some(vb)) = (joined, va, vb) {
                if let Some(value) = rule(va, vb, !gap.is_empty()) {
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
pub(super) enum Gap {
    /// Nothing, a space, or one usual separator: "20 12", "20-12", "(20) 12".
    Usual,
    /// Emoji, symbols, several separators or a short word: a disguise.
    Unusual,
}

/// Most words in an aside set off by dashes inside a number.
const ASIDE_WORDS: usize = 5;
/// Most characters of such an aside's words.
const ASIDE_CHARS: usize = 40;

/// Whether `gap` is a short aside between dashes ("34 41 – spørg efter
/// chefen – 23 05", "512 – pytaj o mamę – 345 643"): words put inside a
/// number to break it, a disguise. Only letters and spaces stand between
/// the dashes.
pub(super) fn is_aside(gap: &str) -> bool {
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    if gap.contains('\n') {
        return false;
    }
    let Some(inner) = gap
        .trim()
        .strip_prefix(dash)
        .and_then(|r| r.strip_suffix(dash))
    else {
        return false;
    };
    let inner = inner.trim();
    !inner.is_empty()
        && inner.split_whitespace().count() <= ASIDE_WORDS
        && inner.chars().count() <= ASIDE_CHARS
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’')
}

/// Classifies the text between two pieces; `None` means the run ends.
pub(super) fn gap_kind(gap: &str, a: &Piece, b: &Piece) -> Option<Gap> {
    if is_aside(gap) {
        return Some(Gap::Unusual);
    }
    if gap.chars().count() > 12 {
        return None;
    }
    let mut spaces = 0;
    let mut usual_seps = 0;
    let mut other = 0;
    let mut letters = 0;
    let mut words = 0;
    let mut in_word = false;
    let mut word = String::new();
    for c in gap.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if !in_word {
                words += 1;
            }
            in_word = true;
            word.push(c);
            continue;
        }
        in_word = false;
        match c {
            '\n' | '\r' | ':' | '!' | '?' | '"' | '+' | '=' | '&' | '%' | '@' | '<' | '>' => {
                return None
            }
            ',' => {
                // Commas separate numbers; only a list of number words may
                // use them ("tyve, tolv, fireogtredive"), also before a
                // group of digits ("noll sju noll, 123 45 18").
                let digits_after = b.written == Written::Plain && b.digits.len() >= 3;
                if !(a.written == Written::Word && (b.written == Written::Word || digits_after)) {
                    return None;
                }
                other += 1;
            }
            c if c.is_whitespace() => spaces += 1,
            '-' | '.' | '/' | '(' | ')' | '–' | '\u{2010}' | '\u{2011}' | '\u{2012}'
            | '\u{2212}' => usual_seps += 1,
            c if c.is_ascii_digit() => return None,
            _ => other += 1,
        }
    }
    // One short word, or a separator word of any length ("punktum").
    if words > 1 || (letters > 6 && !is_separator_word(&fold(&word))) {
        return None;
    }
    // A sentence stop between two short groups: "Ich bin 38. 10115 Berlin".
    let stop = gap.starts_with('.') && gap.len() > 1 && gap[1..].chars().all(char::is_whitespace);
    let short = |p: &Piece, n: usize| p.written == Written::Plain && p.digits.len() <= n;
    if stop && short(a, 3) && short(b, 5) {
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
pub(super) fn joinable(gap: &str, a: &Piece, b: &Piece, words: bool) -> bool {
    gap_kind(gap, a, b).is_some() && (words || !gap.chars().any(char::is_alphabetic))
}

/// Which gaps a pass over the pieces joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pass {
    /// Separators and symbols, no words.
    Tight,
    /// Also one short word or a separator word.
    Words,
    /// Also one line break ("Ring 20 12\n34 56"): only for pieces no
    /// earlier pass made a number of, so a number on a line of its own is
    /// never joined to digits on the line before.
    Lines,
}

/// Whether `gap` joins two pieces in `pass`.
pub(super) fn joins(gap: &str, a: &Piece, b: &Piece, pass: Pass) -> bool {
    match pass {
        Pass::Tight => joinable(gap, a, b, false),
        Pass::Words => joinable(gap, a, b, true),
        Pass::Lines => joinable(gap, a, b, true) || across_line(gap, a, b),
    }
}

/// A gap holding exactly one line break (a number split over two lines),
/// joinable once the break is read as a space.
fn across_line(gap: &str, a: &Piece, b: &Piece) -> bool {
    if gap.matches('\n').count() != 1 {
        return false;
    }
    let flat: String = gap
        .chars()
        .filter(|&c| c != '\r')
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    flat.trim().chars().count() <= 3 && gap_kind(&flat, a, b).is_some()
}

/// Drops weak pieces that stand alone: a weak number word ("to", "en",
/// "tre") is kept only in a run with another number word ("tre 1 2 tre 4 5
/// seks 7"); look-alike capitals ("OO") only in a run with real digits.
pub(super) fn drop_lonely_weak(text: &str, pieces: &mut Vec<Piece>) {
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

/// Splits pieces into runs (maximal joinable stretches without quantities or
/// pieces already used by a number), as index ranges into `pieces`.
pub(super) fn runs(text: &str, pieces: &[Piece], pass: Pass) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 0..=pieces.len() {
        let stop = k < pieces.len() && (pieces[k].quantity || pieces[k].used);
        let boundary = k == pieces.len()
            || stop
            || (k > start && pieces[k].plus.is_some())
            || (k > start
                && !joins(
                    &text[pieces[k - 1].end..pieces[k].start],
                    &pieces[k - 1],
                    &pieces[k],
                    pass,
                ));
        if boundary {
            if k > start {
                out.push(start..k);
            }
            start = if stop { k + 1 } else { k };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::is_aside;

    #[test]
    fn asides_between_dashes() {
        assert!(is_aside(" – spørg efter chefen – "));
        assert!(is_aside(" - ask for Mama - "));
        assert!(!is_aside(" – "));
        assert!(!is_aside(" – call me now, or text – "));
        assert!(!is_aside(" – one two three four five six – "));
        assert!(!is_aside(" ask for Mama "));
    }
}
