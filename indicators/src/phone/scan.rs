//! Scanning text into digit pieces: runs of digits however written (ASCII,
//! fullwidth and other Unicode digits, keycap emoji, look-alike letters,
//! number words), each with its byte span and how it was written, plus the
//! marks that make a piece a quantity rather than part of a phone number
//! (currency, age, minutes, dates, clock times, opening hours).

use super::words::NumberWordTable;
use crate::text::matcher::{fold, fold_char};

/// How a piece was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    /// ASCII digits.
    Plain,
    /// Non-ASCII digits (fullwidth, circled, mathematical, other scripts) or keycap emoji.
    Unicode,
    /// Digits with look-alike letters (O for 0, l/I for 1, S for 5).
    Letters,
    /// A number word.
    Word,
}

/// A run of digits in the text.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    /// ASCII digits.
    pub digits: String,
    pub written: Written,
    /// A weak number word ("to", "en"): kept only next to another number word.
    pub weak: bool,
    /// Byte offset of a `+` written just before the piece.
    pub plus: Option<usize>,
    /// A price, age, time, date or other quantity: never part of a phone.
    pub quantity: bool,
    /// Part of a number found in an earlier pass: a boundary for later ones.
    pub used: bool,
    /// Joined to the piece before by a bare `-`, `/` or `.` ("22" in "10-22").
    pub glued: bool,
}

/// The decimal value of a digit character, and whether it is a disguised form.
pub(crate) fn digit_value(c: char) -> Option<(u8, bool)> {
    if c.is_ascii() {
        // The common case, decided without the table below.
        return c.is_ascii_digit().then(|| (c as u8 - b'0', false));
    }
    let v = |base: u32| u8::try_from(c as u32 - base).ok();
    let u = c as u32;
    let d = match c {
        '\u{FF10}'..='\u{FF19}' => v(0xFF10),
        '\u{0660}'..='\u{0669}' => v(0x0660),
        '\u{06F0}'..='\u{06F9}' => v(0x06F0),
        '\u{0966}'..='\u{096F}' => v(0x0966),
        '\u{09E6}'..='\u{09EF}' => v(0x09E6),
        '\u{0E50}'..='\u{0E59}' => v(0x0E50),
        '\u{0A66}'..='\u{0A6F}' => v(0x0A66),
        '\u{0AE6}'..='\u{0AEF}' => v(0x0AE6),
        '\u{0B66}'..='\u{0B6F}' => v(0x0B66),
        '\u{0BE6}'..='\u{0BEF}' => v(0x0BE6),
        '\u{0C66}'..='\u{0C6F}' => v(0x0C66),
        '\u{0CE6}'..='\u{0CEF}' => v(0x0CE6),
        '\u{0D66}'..='\u{0D6F}' => v(0x0D66),
        '\u{0ED0}'..='\u{0ED9}' => v(0x0ED0),
        '\u{0F20}'..='\u{0F29}' => v(0x0F20),
        '\u{1040}'..='\u{1049}' => v(0x1040),
        '\u{17E0}'..='\u{17E9}' => v(0x17E0),
        '\u{1810}'..='\u{1819}' => v(0x1810),
        '\u{1D7CE}'..='\u{1D7FF}' => u8::try_from((u - 0x1D7CE) % 10).ok(),
        '\u{1FBF0}'..='\u{1FBF9}' => v(0x1FBF0),
        '\u{2460}'..='\u{2468}' => v(0x2460 - 1),
        '\u{24F5}'..='\u{24FD}' => v(0x24F5 - 1),
        '\u{2776}'..='\u{277E}' => v(0x2776 - 1),
        '\u{2780}'..='\u{2788}' => v(0x2780 - 1),
        '\u{278A}'..='\u{2792}' => v(0x278A - 1),
        '\u{2474}'..='\u{247C}' => v(0x2474 - 1),
        '\u{2488}'..='\u{2490}' => v(0x2488 - 1),
        '\u{1F101}'..='\u{1F10A}' => v(0x1F101),
        '\u{24EA}' | '\u{24FF}' | '\u{1F10B}' | '\u{1F10C}' | '\u{1F100}' => Some(0),
        '\u{2070}' | '\u{2080}' => Some(0),
        '\u{00B9}' => Some(1),
        '\u{00B2}' => Some(2),
        '\u{00B3}' => Some(3),
        '\u{2074}'..='\u{2079}' => v(0x2070),
        '\u{2081}'..='\u{2089}' => v(0x2080),
        _ => None,
    };
    d.map(|d| (d, true))
}

/// Look-alike letters read as digits inside a run that has real digits.
fn letter_digit(c: char) -> Option<u8> {
    match c {
        'O' | 'o' => Some(0),
        'l' | 'I' => Some(1),
        'Z' => Some(2),
        'A' => Some(4),
        'S' => Some(5),
        'G' => Some(6),
        'B' => Some(8),
        _ => None,
    }
}

fn is_keycap_mark(c: char) -> bool {
    matches!(c, '\u{FE0F}' | '\u{20E3}')
}

/// Scans `text` into pieces (before quantities and weak words are resolved).
pub(crate) fn scan(text: &str, table: &NumberWordTable) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut chars = text.char_indices().peekable();
    // Working space, reused for every segment and word.
    let mut seg: Vec<(usize, char)> = Vec::with_capacity(32);
    let mut word = String::with_capacity(32);
    while let Some((i, c)) = chars.next() {
        if !(c.is_alphanumeric() || digit_value(c).is_some()) {
            continue;
        }
        // Collect one alphanumeric segment, keeping keycap marks inside it.
        seg.clear();
        seg.push((i, c));
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() || digit_value(d).is_some() || is_keycap_mark(d) {
                seg.push((j, d));
                chars.next();
            } else {
                break;
            }
        }
        let seg_end = seg.last().map_or(i, |&(j, d)| j + d.len_utf8());
        segment(text, &seg, seg_end, table, &mut word, &mut pieces);
    }
    attach_plus(text, &mut pieces);
    pieces
}

/// Turns one alphanumeric segment into pieces (`word` is working space).
fn segment(
    text: &str,
    seg: &[(usize, char)],
    seg_end: usize,
    table: &NumberWordTable,
    word: &mut String,
    out: &mut Vec<Piece>,
) {
    let has_digit = seg.iter().any(|&(_, c)| digit_value(c).is_some());
    if has_digit {
        // Whole segment of digits and look-alike letters: one piece ("2O45").
        let only_lookalike = seg.iter().all(|&(_, c)| {
            digit_value(c).is_some() || letter_digit(c).is_some() || is_keycap_mark(c)
        });
        let letters = seg
            .iter()
            .filter(|&&(_, c)| letter_digit(c).is_some())
            .count();
        let digits = seg
            .iter()
            .filter(|&&(_, c)| digit_value(c).is_some())
            .count();
        if only_lookalike && letters > 0 && letters <= digits + 3 {
            let mut s = String::with_capacity(seg.len());
            for &(_, c) in seg {
                if let Some((d, _)) = digit_value(c) {
                    s.push(char::from(b'0' + d));
                } else if let Some(d) = letter_digit(c) {
                    s.push(char::from(b'0' + d));
                }
            }
            out.push(piece(seg[0].0, seg_end, s, Written::Letters));
            return;
        }
    }
    // Look-alike capitals on their own between digits ("O73 SSS l2 34"):
    // kept only inside a run of digits (see `drop_lonely_weak`).
    // Also "ll" and a lone "O" ("+47 97 9O ll S6").
    let lookalikes = match seg.len() {
        1 => matches!(seg[0].1, 'O' | 'l'),
        2..=4 => seg.iter().any(|&(_, c)| c.is_uppercase()) || seg.iter().all(|&(_, c)| c == 'l'),
        _ => false,
    };
    // "A", "B" and "G" only beside a real digit ("3AS", "S6BB"): on their
    // own they are words ("AB 18 UHR").
    let alone = |c: char| matches!(c, 'O' | 'I' | 'S' | 'l' | 'Z');
    if !has_digit && lookalikes && seg.iter().all(|&(_, c)| alone(c)) {
        let s: String = seg
            .iter()
            .filter_map(|&(_, c)| letter_digit(c).map(|d| char::from(b'0' + d)))
            .collect();
        let mut p = piece(seg[0].0, seg_end, s, Written::Letters);
        p.weak = true;
        out.push(p);
        return;
    }
    // Otherwise split into digit runs and letter runs.
    let mut k = 0;
    while k < seg.len() {
        let (start, c) = seg[k];
        if digit_value(c).is_some() || is_keycap_mark(c) {
            let mut s = String::new();
            let mut disguised = false;
            let mut end = start;
            while k < seg.len() {
                let (j, d) = seg[k];
                if let Some((v, dis)) = digit_value(d) {
                    s.push(char::from(b'0' + v));
                    disguised |= dis;
                } else if is_keycap_mark(d) {
                    disguised |= d == '\u{20E3}';
                } else {
                    break;
                }
                end = j + d.len_utf8();
                k += 1;
            }
            if !s.is_empty() {
                let w = if disguised {
                    Written::Unicode
                } else {
                    Written::Plain
                };
                out.push(piece(start, end, s, w));
            }
        } else {
            let mut end = start;
            while k < seg.len() && digit_value(seg[k].1).is_none() && !is_keycap_mark(seg[k].1) {
                end = seg[k].0 + seg[k].1.len_utf8();
                k += 1;
            }
            word.clear();
            for c in text[start..end].chars() {
                fold_char(c, word);
            }
            if let Some(v) = table.value(word) {
                let digits = if v.value < 10 {
                    char::from(b'0' + v.value as u8).to_string()
                } else {
                    v.value.to_string()
                };
                let mut p = piece(start, end, digits, Written::Word);
                p.weak = v.weak;
                out.push(p);
            } else if let Some(digits) = table.glued(word) {
                // Number words glued together: "twotwoeight", "sixfour".
                out.push(piece(start, end, digits, Written::Word));
            }
        }
    }
}

fn piece(start: usize, end: usize, digits: String, written: Written) -> Piece {
    Piece {
        start,
        end,
        digits,
        written,
        weak: false,
        plus: None,
        quantity: false,
        used: false,
        glued: false,
    }
}

/// Records a `+` (or fullwidth `＋`) just before a piece, allowing "(" and one
/// space between: "+45", "(+45)", "+ 45".
fn attach_plus(text: &str, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        let before = &text[..p.start];
        let mut rest = before.trim_end_matches([' ', '(']);
        if before.len() - rest.len() > 2 {
            continue;
        }
        if let Some(r) = rest.strip_suffix('+').or_else(|| rest.strip_suffix('＋')) {
            rest = r;
            p.plus = Some(rest.len());
        }
    }
}

/// The first word (folded) or symbol after `pos`, skipping one space or
/// hyphen ("23 år", "23-årig", "170cm").
fn word_after(text: &str, pos: usize) -> (String, Option<char>) {
    let rest = &text[pos..];
    let rest = rest.strip_prefix([' ', '\u{a0}', '-']).unwrap_or(rest);
    let first = rest.chars().next();
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(12)
        .collect();
    (fold(&w), first)
}

/// The word (folded) or symbol before `pos`, skipping a space and a `.` or
/// `:` after the word ("kr. 2000", "age: 24").
fn word_before(text: &str, pos: usize) -> (String, Option<char>) {
    let rest = &text[..pos];
    let rest = rest.strip_suffix([' ', '\u{a0}']).unwrap_or(rest);
    let last = rest.chars().next_back();
    let rest = rest.strip_suffix(['.', ':']).unwrap_or(rest);
    let mut w: Vec<char> = rest
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(12)
        .collect();
    w.reverse();
    (fold(&w.into_iter().collect::<String>()), last)
}

/// Marks pieces joined to the piece before by a bare `-`, `–`, `/` or `.`.
pub(crate) fn mark_glued(text: &str, pieces: &mut [Piece]) {
    for k in 1..pieces.len() {
        let gap = &text[pieces[k - 1].end..pieces[k].start];
        pieces[k].glued = matches!(
            gap,
            "-" | "–" | "\u{2010}" | "\u{2011}" | "\u{2212}" | "/" | "."
        );
    }
}

/// Marks pieces that are quantities: next to a currency or unit, inside a
/// date, a clock time or an opening-hours range.
pub(crate) fn mark_quantities(text: &str, pieces: &mut [Piece], table: &NumberWordTable) {
    for k in 0..pieces.len() {
        let (start, end) = (pieces[k].start, pieces[k].end);
        let (after, next_char) = word_after(text, end);
        let (before, prev_char) = word_before(text, start);
        // A unit word ("år", "min", "y", "am", "an", "la") makes a short
        // amount a quantity, but not the last group of a phone-length run:
        // in "Llama al 612 34 56 21 y pregunta" and "Ruf 030 123456 an" the
        // word after the number is a conjunction or a verb particle.
        let unit = !after.is_empty()
            && table.is_unit(&after)
            && (table.is_strong_unit(&after) || !ends_phone_length(text, pieces, k));
        let mut q = unit
            || matches!(next_char, Some('€' | '$' | '£' | '%' | '¥' | '฿'))
            || text[end..].starts_with(",-")
            || text[end..].starts_with(".-")
            || matches!(prev_char, Some('€' | '$' | '£' | '№' | '〒' | '¥' | '₹'))
            // "#7" is a rank or an item; "#seven#" is a disguised digit.
            || (prev_char == Some('#') && pieces[k].written != Written::Word)
            || (!before.is_empty()
                && table.is_before_quantity(&before)
                && !unit_of_previous(text, pieces, k, &before, table));
        // Clock times "10:30" and "kl. 10".
        if text[end..].starts_with(':') && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            q = true;
        }
        if text[..start].ends_with(':')
            && text[..start.saturating_sub(1)].ends_with(|c: char| c.is_ascii_digit())
        {
            q = true;
        }
        if text[..start].ends_with("kl. ") || text[..start].ends_with("Kl. ") {
            q = true;
        }
        pieces[k].quantity |= q;
    }
    spread_amounts(text, pieces);
    mark_dates_and_hours(text, pieces);
}

/// Whether the word `before` `pieces[k]` is the unit of the amount before
/// it: in "200 zł. 512 345 607" and "1500 kr. 20 12 34 56" the currency ends
/// the price and the number after it stands on its own.
fn unit_of_previous(
    text: &str,
    pieces: &[Piece],
    k: usize,
    before: &str,
    table: &NumberWordTable,
) -> bool {
    if k == 0 || !table.is_unit(before) {
        return false;
    }
    let gap = &text[pieces[k - 1].end..pieces[k].start];
    let gap = gap.strip_prefix([' ', '\u{a0}', '-']).unwrap_or(gap);
    let word_len = gap
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum::<usize>();
    let (word, rest) = gap.split_at(word_len);
    let rest = rest.strip_prefix(['.', ':']).unwrap_or(rest);
    fold(word) == before && !rest.is_empty() && rest.chars().all(char::is_whitespace)
}

/// Fewest digits of a run that is phone-length rather than an amount.
const PHONE_LENGTH: usize = 8;

/// Whether `pieces[k]` ends a phone-length run of digit groups joined only by
/// spaces or one usual separator each ("612 34 56 21", "030 123456").
fn ends_phone_length(text: &str, pieces: &[Piece], k: usize) -> bool {
    let mut digits = pieces[k].digits.len();
    let mut i = k;
    while digits < PHONE_LENGTH && i > 0 {
        let gap = &text[pieces[i - 1].end..pieces[i].start];
        // A list of number words may use commas ("seis uno dos, tres cuatro").
        let words = pieces[i - 1].written == Written::Word && pieces[i].written == Written::Word;
        let tight = gap.chars().count() <= 3
            && gap.chars().all(|c| {
                c.is_whitespace() || matches!(c, '-' | '.' | '/' | '(' | ')') || (words && c == ',')
            })
            && gap.chars().filter(|c| !c.is_whitespace()).count() <= 1;
        if !tight || pieces[i - 1].quantity {
            return false;
        }
        i -= 1;
        digits += pieces[i].digits.len();
    }
    digits >= PHONE_LENGTH
}

/// Amounts listed with a bare `/` or `-` next to a price share its unit:
/// "2000/3000/4000 kr", "1500-2000 kr", "kr 2000/3000/4000".
fn spread_amounts(text: &str, pieces: &mut [Piece]) {
    let tight = |a: &Piece, b: &Piece| matches!(&text[a.end..b.start], "/" | "-" | "–");
    for k in 1..pieces.len() {
        if pieces[k - 1].quantity && !pieces[k].quantity && tight(&pieces[k - 1], &pieces[k]) {
            pieces[k].quantity = true;
        }
    }
    for k in (1..pieces.len()).rev() {
        if pieces[k].quantity && !pieces[k - 1].quantity && tight(&pieces[k - 1], &pieces[k]) {
            pieces[k - 1].quantity = true;
        }
    }
}

/// Whether a gap clearly separates numbers (a word, a comma, a line break):
/// what stands on either side of it is not one phone number.
fn isolating(gap: &str) -> bool {
    gap.chars()
        .any(|c| c.is_alphabetic() || matches!(c, ',' | ';' | ':' | '\n' | '!' | '?'))
        || gap.chars().count() > 3
}

fn small(p: &Piece) -> Option<u32> {
    if p.written == Written::Plain && p.digits.len() <= 2 {
        p.digits.parse().ok()
    } else {
        None
    }
}

/// The separator between two pieces if it is exactly one of `seps`.
fn sep_between<'t>(text: &'t str, a: &Piece, b: &Piece) -> &'t str {
    &text[a.end..b.start]
}

/// Dates (d.m.yyyy, d/m/yy, yyyy-mm-dd) and hour ranges ("10-22", "10.00-22.00").
fn mark_dates_and_hours(text: &str, pieces: &mut [Piece]) {
    let n = pieces.len();
    let mut k = 0;
    while k < n {
        // d.m.y or d/m/y: three plain pieces joined by the same '.', '/' or
        // '-', day <= 31, month <= 12, year of 2 or 4 digits, and not
        // continued by a fourth group with the same separator (a phone).
        if k + 2 < n {
            let (a, b, c) = (&pieces[k], &pieces[k + 1], &pieces[k + 2]);
            let s1 = sep_between(text, a, b);
            let s2 = sep_between(text, b, c);
            let plain = [a, b, c].iter().all(|p| p.written == Written::Plain);
            // Nor the tail of a longer chain: "22.20.08.46" and
            // "81-14-09-48" are Danish numbers, not "20.08.46".
            let continued = (k + 3 < n && sep_between(text, c, &pieces[k + 3]) == s1)
                || (k > 0 && sep_between(text, &pieces[k - 1], a) == s1);
            if plain && s1 == s2 && matches!(s1, "." | "/" | "-") && !continued {
                let (da, db, dc) = (a.digits.len(), b.digits.len(), c.digits.len());
                let day_first = da <= 2
                    && db <= 2
                    && (dc == 2 || dc == 4)
                    && small(a).is_some_and(|d| (1..=31).contains(&d))
                    && small(b).is_some_and(|m| (1..=12).contains(&m));
                // US order "06/21/84" only with slashes.
                let month_first = s1 == "/"
                    && da <= 2
                    && db <= 2
                    && (dc == 2 || dc == 4)
                    && small(a).is_some_and(|m| (1..=12).contains(&m))
                    && small(b).is_some_and(|d| (1..=31).contains(&d));
                let iso = da == 4 && db <= 2 && dc <= 2 && s1 == "-";
                if day_first || month_first || iso {
                    for p in &mut pieces[k..k + 3] {
                        p.quantity = true;
                    }
                    k += 3;
                    continue;
                }
            }
        }
        // "24/7" (always available) wherever it stands.
        if k + 1 < n
            && pieces[k].digits == "24"
            && pieces[k + 1].digits == "7"
            && sep_between(text, &pieces[k], &pieces[k + 1]) == "/"
        {
            pieces[k].quantity = true;
            pieces[k + 1].quantity = true;
            k += 2;
            continue;
        }
        // Day and month "24/12" or "24.12." on their own.
        if k + 1 < n {
            let (a, b) = (&pieces[k], &pieces[k + 1]);
            let sep = sep_between(text, a, b);
            let next_sep = if k + 2 < n {
                sep_between(text, b, &pieces[k + 2])
            } else {
                ""
            };
            // Opening hours "10-22" / "10 - 22" / "10.00-22.00": two hours.
            let hours = |x: Option<u32>| x.is_some_and(|h| h <= 24);
            let dash = matches!(sep.trim(), "-" | "–" | "—");
            // Only a pair standing alone: "08-12 34 56" is a Swedish number.
            let prev_sep = if k > 0 {
                sep_between(text, &pieces[k - 1], a)
            } else {
                ""
            };
            let alone = (k + 2 == n || isolating(next_sep)) && (k == 0 || isolating(prev_sep));
            if dash && alone && hours(small(a)) && hours(small(b)) {
                pieces[k].quantity = true;
                pieces[k + 1].quantity = true;
                k += 2;
                continue;
            }
        }
        // Month and day "06/21", "21.6." standing alone.
        if k + 1 < n {
            let (a, b) = (&pieces[k], &pieces[k + 1]);
            let sep = sep_between(text, a, b);
            let prev_sep = if k > 0 {
                sep_between(text, &pieces[k - 1], a)
            } else {
                ""
            };
            let next_sep = if k + 2 < n {
                sep_between(text, b, &pieces[k + 2])
            } else {
                ""
            };
            let alone = (k + 2 == n || isolating(next_sep)) && (k == 0 || isolating(prev_sep));
            let (x, y) = (small(a), small(b));
            let dm = x.is_some_and(|x| (1..=31).contains(&x))
                && y.is_some_and(|y| (1..=31).contains(&y))
                && (x.is_some_and(|x| x <= 12) || y.is_some_and(|y| y <= 12));
            if matches!(sep, "/" | ".") && alone && dm {
                pieces[k].quantity = true;
                pieces[k + 1].quantity = true;
                k += 2;
                continue;
            }
        }
        // "10.00-22.00": hour.minute pairs.
        if k + 3 < n {
            let p = &pieces[k..k + 4];
            let hm = |h: &Piece, m: &Piece, s: &str| {
                s == "."
                    && small(h).is_some_and(|v| v <= 24)
                    && m.digits.len() == 2
                    && m.digits.as_str() < "60"
            };
            let mid = sep_between(text, &p[1], &p[2]);
            if hm(&p[0], &p[1], sep_between(text, &p[0], &p[1]))
                && hm(&p[2], &p[3], sep_between(text, &p[2], &p[3]))
                && matches!(mid.trim(), "-" | "–" | "—")
            {
                for q in &mut pieces[k..k + 4] {
                    q.quantity = true;
                }
                k += 4;
                continue;
            }
        }
        k += 1;
    }
}
