//! Finding phone numbers in ad text, including disguised ones, and
//! normalising them to E.164 with the `phonenumber` crate's real metadata.
//!
//! How a number is found:
//! 1. [`scan`] reads the text into digit pieces however written (ASCII,
//!    Unicode and keycap digits, look-alike letters, number words in the
//!    lexicons' languages) and marks quantities: amounts next to a currency or
//!    unit ("1500 kr", "25 år", "age 24"), dates, clock times and opening
//!    hours.
//! 2. Neighbouring pieces form a run when only a joinable gap separates them
//!    ([`join`]): spaces, one of `-./()`, emoji and symbols, one short
//!    word, or a short aside between dashes ("34 41 – ask for Mama – 23
//!    05"). Commas, colons, line breaks, long words and quantities end a run.
//! 3. In each run the longest stretch of whole pieces that is a *valid*
//!    number for the site's region (or for its own country code when written
//!    with `+` or `00`) is taken, left to right ([`validate`]). A number does
//!    not start inside a tight group such as "10-22" or "12/05": a piece
//!    joined to the one before it by a bare `-`, `/` or `.` starts a number
//!    only right after another number.
//! 4. With fallback regions ([`find_phones_in`]), a start from which no
//!    stretch is valid in the site's region is tried in each fallback region
//!    in turn, so a Swedish "070-123 45 67" on a Danish site is read as
//!    Swedish, while a stretch valid in the site's region is read there: a
//!    number without a country code on a Danish site is dialled as a Danish
//!    number, whatever the ad's language or place. The one exception is a
//!    fallback region without a trunk prefix (ES, PL, NO) whose number takes
//!    the whole run where the site's leaves digits over ("5 1 2 3 4 5 6 7 8"
//!    is Polish, not Danish "51234567" and a stray "8"). For an ad
//!    ([`find_phones_at`]) the fallbacks are the country of the ad's place
//!    (see [`crate::place`]), then the region of the ad's language.
//! 5. On a site whose region has no trunk prefix (DK, NO), digits starting
//!    with a trunk "0" are no number there: they are read in the fallback
//!    regions that have one ([`find_phones_at`] adds the place's and the
//!    language's regions and [`TRUNK_NEIGHBOURS`]), the first that reads
//!    them without leaving a few stray digits; if none does, no number starts inside that written
//!    run, so "0151 2345 6722" never turns into Danish "23456722".
//!
//! Joinable gaps also include a known separator word of any length
//! ("20 punktum 12 punktum 34", "kropka", "punto"), and a comma after
//! number words before a digit group ("noll sju noll, 123 45 18"); a
//! sentence stop ". " between two short digit groups ends a run ("Ich bin
//! 38. 10115 Berlin"). "double"/"triple" (da "dobbelt", de "doppel") before
//! a digit repeat it ("double oh" = 00). A currency after an amount ends
//! that price and does not make the next digits a price ("200 zł. 512 345
//! 607"); postcode and size words before digits ("PLZ 10115", "Konfektion
//! 38", "str. 38") make them quantities.
//!
//! Hundreds number words make one three-digit group ("trzysta czterdzieści
//! pięć" = 345, "tre hundrede" = 300). A unit word after an amount ("år",
//! "min", "y", "am") makes it a quantity only when the amount is short: the
//! last group of a phone-length run is kept ("612 34 56 78 y pregunta",
//! "030 123456 an"), except before a currency or years of age.
//!
//! A number is *obfuscated* when any piece is not plain ASCII digits, when
//! pieces are joined by anything but the usual separators (a line break
//! included), or when it is spelled out digit by digit ("2 0 1 2 3 4 5 6").
//!
//! Validation results are cached per thread, because `phonenumber` parsing is
//! the slowest step and the same candidates recur across a site's ads.

mod hint;
mod join;
mod scan;
mod validate;
mod words;

use crate::cut;
use crate::model::{AdField, PhoneMatch};
use join::{combine_words, drop_lonely_weak, gap_kind, runs, Gap, Pass};
use once_cell::sync::Lazy;
use phonenumber::country::{Id, Source};
use phonenumber::Mode;
use scan::{Piece, Written};
use std::ops::Range;
use validate::{region_id, validate};
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
/// Most regions tried for one text (the site's and its fallbacks).
const MAX_REGIONS: usize = 4;

/// The phone region implied by an ad's language (ISO 639-1), used as a
/// fallback when a number is not valid in the site's region: `sv` → `SE`,
/// `nb` → `NO`, `da` → `DK`, `de` → `DE`, `ro` → `RO`, `pl` → `PL`,
/// `es` → `ES`, `en` → `GB`.
pub fn language_region(language: &str) -> Option<&'static str> {
    Some(match language {
        "da" => "DK",
        "sv" => "SE",
        "nb" | "nn" | "no" => "NO",
        "de" => "DE",
        "ro" => "RO",
        "pl" => "PL",
        "es" => "ES",
        "en" => "GB",
        _ => return None,
    })
}

/// Normalises a number as written to E.164 (`+4520123456`), using
/// `default_region` (ISO 3166, e.g. `DK`) for numbers without a country code.
/// Returns `None` unless the result is a valid number. Disguised forms
/// ("2O 12 34 S6") are read too.
pub fn normalize(raw: &str, default_region: &str) -> Option<String> {
    normalize_in(raw, &[default_region])
}

/// [`normalize`] trying `regions` in order (the site's region first, then
/// fallbacks); the first region in which the number is valid wins.
pub fn normalize_in(raw: &str, regions: &[&str]) -> Option<String> {
    normalize_with(raw, regions, Plan::new(regions, false))
}

/// [`normalize`] for an ad: the site's region, then the region of the ad's
/// language (ISO 639-1), with the neighbouring regions of
/// [`find_phones_for`] for a number written with a trunk prefix "0".
pub fn normalize_for(raw: &str, site_region: &str, language: Option<&str>) -> Option<String> {
    normalize_at(raw, site_region, None, language)
}

/// [`normalize_for`] with the country of the ad's place (ISO 3166) as the
/// first fallback, before the language's region.
pub fn normalize_at(
    raw: &str,
    site_region: &str,
    place_country: Option<&str>,
    language: Option<&str>,
) -> Option<String> {
    let regions = ad_regions(site_region, place_country, language);
    normalize_with(raw, &regions, Plan::new(&regions, true))
}

fn normalize_with(raw: &str, regions: &[&str], plan: Plan) -> Option<String> {
    let raw = cut(raw, 256);
    let order: Vec<Option<Id>> = regions
        .iter()
        .take(MAX_REGIONS)
        .map(|r| region_id(r))
        .collect();
    for region in order {
        if let Ok(n) = phonenumber::parse(region, raw) {
            // After an international prefix ("011 49 …") the crate may strip
            // the site region's national prefix from the foreign number: the
            // finder below reads those digits safely.
            let idd = n.code().source() == Source::Idd;
            if !idd && n.is_valid() && n.extension().is_none() {
                return Some(n.format().mode(Mode::E164).to_string());
            }
        }
    }
    find_with(raw, AdField::Phone, &plan)
        .into_iter()
        .next()
        .map(|m| m.e164)
}

/// Finds every phone number in `text`, normalised to E.164 with
/// `default_region`, with its raw form, byte span and whether it was disguised.
pub fn find_phones(text: &str, field: AdField, default_region: &str) -> Vec<PhoneMatch> {
    find_phones_in(text, field, &[default_region])
}

/// [`find_phones`] with fallback regions: `regions[0]` is the site's region;
/// from a start where no stretch is a valid number there, `regions[1..]` are
/// tried in order. A number is never accepted unless it is valid in the
/// region (or under the country code) it was read with. See the module
/// documentation for when a fallback region wins over the site's.
pub fn find_phones_in(text: &str, field: AdField, regions: &[&str]) -> Vec<PhoneMatch> {
    find_with(text, field, &Plan::new(regions, false))
}

/// [`find_phones_in`] for an ad: the site's region, then the region of the
/// ad's language (ISO 639-1, see [`language_region`]). On a site whose
/// region has no trunk prefix (DK, NO), a number written with a trunk "0"
/// is also tried in the neighbouring regions [`TRUNK_NEIGHBOURS`], after the
/// language's region.
pub fn find_phones_for(
    text: &str,
    field: AdField,
    site_region: &str,
    language: Option<&str>,
) -> Vec<PhoneMatch> {
    find_phones_at(text, field, site_region, None, language)
}

/// [`find_phones_for`] with the country of the ad's place (ISO 3166, from
/// [`crate::place`]) as the first fallback: the site's region wins for
/// digits valid there, then the place's country, then the language's
/// region ("0412 345 678" in a Melbourne ad on a Danish site is
/// Australian, "40 61 23 45" in a Norwegian ad on a Danish site Danish).
pub fn find_phones_at(
    text: &str,
    field: AdField,
    site_region: &str,
    place_country: Option<&str>,
    language: Option<&str>,
) -> Vec<PhoneMatch> {
    let regions = ad_regions(site_region, place_country, language);
    find_with(text, field, &Plan::new(&regions, true))
}

/// Regions with a trunk prefix "0" near the Nordic sites, tried in this
/// order (after the language's region) for a number written with a trunk
/// "0" on a site whose region has none. Regions without a trunk prefix (NO,
/// PL, ES) cannot read such a number and are left out.
pub const TRUNK_NEIGHBOURS: &[&str] = &["SE", "DE", "GB", "RO"];

fn ad_regions<'a>(
    site_region: &'a str,
    place_country: Option<&'a str>,
    language: Option<&str>,
) -> Vec<&'a str> {
    let mut regions = vec![site_region];
    regions.extend(place_country);
    regions.extend(language.and_then(language_region));
    regions
}

/// The regions one text is read in.
struct Plan {
    /// The site's region first, then fallbacks; no repeats.
    ids: Vec<Option<Id>>,
    /// Whether the site's region has no trunk prefix: a national number
    /// written with a leading "0" is then no number there.
    no_trunk_site: bool,
    /// Where such a number is read instead, in order of preference.
    trunk: Vec<Option<Id>>,
}

impl Plan {
    fn new(regions: &[&str], neighbours: bool) -> Plan {
        let mut ids: Vec<Option<Id>> = Vec::with_capacity(regions.len().max(1));
        for r in regions.iter().take(MAX_REGIONS) {
            let id = region_id(r);
            // A fallback that is unknown or repeats an earlier region adds nothing.
            if ids.is_empty() || (id.is_some() && !ids.contains(&id)) {
                ids.push(id);
            }
        }
        if ids.is_empty() {
            ids.push(None);
        }
        let no_trunk_site = ids[0].is_some_and(|id| !has_trunk_prefix(id));
        let mut trunk: Vec<Option<Id>> = Vec::new();
        if no_trunk_site {
            let more: &[&str] = if neighbours { TRUNK_NEIGHBOURS } else { &[] };
            for id in ids[1..]
                .iter()
                .copied()
                .chain(more.iter().map(|r| region_id(r)))
            {
                if id.is_some_and(has_trunk_prefix) && !trunk.contains(&id) {
                    trunk.push(id);
                }
            }
        }
        Plan {
            ids,
            no_trunk_site,
            trunk,
        }
    }
}

impl Plan {
    /// This plan with `id` read first (a country the ad names for the number).
    fn first(&self, id: Option<Id>) -> Plan {
        let mut ids = vec![id];
        ids.extend(self.ids.iter().copied().filter(|&r| r != id));
        ids.truncate(MAX_REGIONS + 1);
        let no_trunk_site = ids[0].is_some_and(|id| !has_trunk_prefix(id));
        let mut trunk = self.trunk.clone();
        if no_trunk_site && trunk.is_empty() {
            trunk.extend(TRUNK_NEIGHBOURS.iter().map(|r| region_id(r)));
        }
        if id.is_some_and(has_trunk_prefix) {
            trunk.retain(|&t| t != id);
            trunk.insert(0, id);
        }
        Plan {
            ids,
            no_trunk_site,
            trunk,
        }
    }
}

fn has_trunk_prefix(id: Id) -> bool {
    phonenumber::metadata::DATABASE
        .by_id(id.as_ref())
        .is_some_and(|m| m.national_prefix().is_some_and(|p| !p.is_empty()))
}

fn find_with(text: &str, field: AdField, plan: &Plan) -> Vec<PhoneMatch> {
    let text = cut(text, MAX_TEXT);
    let table: &NumberWordTable = &TABLE;
    let mut pieces = scan::scan(text, table);
    if pieces.is_empty() {
        return Vec::new();
    }
    combine_words(text, &mut pieces, table);
    scan::mark_quantities(text, &mut pieces, table);
    drop_lonely_weak(text, &mut pieces);
    scan::mark_glued(text, &mut pieces);
    // First without short words between digits, so "06/21 at 03-331 6005"
    // stays two things; then the pieces left over may be joined across a
    // short word ("20 og 12 og 34 og 56"), and last across one line break
    // ("20 12\n34 56"). In each, the site's region first.
    let mut out = Vec::new();
    for pass in [Pass::Tight, Pass::Words, Pass::Lines] {
        for run in runs(text, &pieces, pass) {
            let mut start = run.start;
            // A country word next to the run ("Thai number: 081 …") puts
            // that country's region first.
            let (from, to) = (pieces[run.start].start, pieces[run.end - 1].end);
            let hinted = hint::hinted_region(text, from, to)
                .map(region_id)
                .filter(|&id| id.is_some() && id != plan.ids[0])
                .map(|id| plan.first(id));
            let plan = hinted.as_ref().unwrap_or(plan);
            while start < run.end {
                let end = run.end.min(start + MAX_RUN);
                match_run(text, &pieces, start..end, field, plan, &mut out);
                start = end;
            }
        }
        for m in &out {
            for p in pieces.iter_mut() {
                if p.start < m.end && m.start < p.end {
                    p.used = true; // a boundary for the next pass
                }
            }
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

/// Finds numbers in `pieces[range]`, left to right; from each start the
/// number is chosen by [`choose`]. A number does not start at a piece glued
/// to the one before it ("22" in "10-22", "05" in "12/05") unless that piece
/// ended a number, nor inside a digit run whose trunk "0" no region read
/// ("23456722" in "0151 23456722").
fn match_run(
    text: &str,
    pieces: &[Piece],
    range: Range<usize>,
    field: AdField,
    plan: &Plan,
    out: &mut Vec<PhoneMatch>,
) {
    let run = &pieces[range.clone()];
    // Whether the piece before run[i] ended a number.
    let mut after_number = range.start > 0 && pieces[range.start - 1].used;
    let mut i = 0;
    while i < run.len() {
        if run[i].glued && !after_number {
            i += 1;
            continue;
        }
        match choose(&run[i..], plan) {
            Choice::Number(len, e164) => {
                let last = i + len - 1;
                let stretch = &run[i..=last];
                let start = open_paren(text, stretch, run[i].plus.unwrap_or(run[i].start));
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
                after_number = true;
            }
            Choice::Nothing => {
                i += 1;
                after_number = false;
            }
            Choice::SkipTight => {
                i += 1;
                while i < run.len() && tight(&text[run[i - 1].end..run[i].start]) {
                    i += 1;
                }
                after_number = false;
            }
        }
    }
}

enum Choice {
    /// A number of this many pieces.
    Number(usize, String),
    /// No number starts here.
    Nothing,
    /// No number starts here nor at the pieces tightly joined after it.
    SkipTight,
}

/// Whether a gap keeps two digit groups one written run: nothing, a space or
/// one separator ("0151 23456722", "070-123"), not " / " or a word.
fn tight(gap: &str) -> bool {
    gap.chars().count() <= 1
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '.' | '/'))
}

/// The number starting at `run[0]`, as (pieces, E.164):
/// - written with `+`: the longest valid stretch under its country code;
/// - else the longest stretch valid in the site's region, unless a fallback
///   region without a trunk prefix reads the *whole* run where the site's
///   reading leaves digits over ("5 1 2 3 4 5 6 1 6" is Polish, not Danish
///   "51234561" and a stray "6");
/// - else, for digits with a trunk "0" on a site whose region has none:
///   nothing when a group of one or two digits stands before a whole number
///   of the site's region ("09 20 12 34 56"); otherwise the
///   longest stretch valid in the first trunk region (the place's, the
///   language's, then [`TRUNK_NEIGHBOURS`]) that leaves no stray digits after it; if none
///   does, nothing starts in this written run;
/// - else the longest stretch valid in the first fallback that has one.
fn choose(run: &[Piece], plan: &Plan) -> Choice {
    let mut digits = String::with_capacity(20);
    // Total digits to each end, to skip hopeless stretches quickly.
    let mut ends = Vec::with_capacity(run.len());
    for p in run {
        digits.push_str(&p.digits);
        if digits.len() > MAX_DIGITS {
            break;
        }
        ends.push(digits.len());
    }
    let plus = run[0].plus.is_some();
    let longest = |region: Option<Id>| -> Option<(usize, String)> {
        for (j, &len) in ends.iter().enumerate().rev() {
            if len < MIN_DIGITS {
                break;
            }
            if let Some(e164) = validate(&digits[..len], plus, region) {
                return Some((j + 1, e164));
            }
        }
        None
    };
    let number = |(n, e): (usize, String)| Choice::Number(n, e);
    // With a `+` the country code is written: the region plays no part.
    let site = longest(plan.ids[0]);
    if plus {
        return site.map_or(Choice::Nothing, number);
    }
    if let Some((n, e164)) = site {
        for &region in &plan.ids[1..] {
            if region.is_none_or(has_trunk_prefix) {
                continue;
            }
            let Some((m, other)) = longest(region) else {
                continue;
            };
            if m > n && m == run.len() {
                return Choice::Number(m, other);
            }
        }
        return Choice::Number(n, e164);
    }
    let trunk = digits.starts_with('0') && !digits.starts_with("00");
    if trunk && plan.no_trunk_site {
        // "åbent 09 20 12 34 56", "ring 0 20 12 34 56": a short group before
        // a whole number of the site's region is an hour or a slip, not a
        // trunk prefix; the number starts at the next piece.
        if run.len() > 1 && run[0].digits.len() <= 2 {
            let rest: String = run[1..].iter().map(|p| p.digits.as_str()).collect();
            if validate(&rest, false, plan.ids[0]).is_some() {
                return Choice::Nothing;
            }
        }
        let total: usize = run.iter().map(|p| p.digits.len()).sum();
        for &region in &plan.trunk {
            if let Some((n, e164)) = longest(region) {
                // Digits left after it belong to it, unless they are enough
                // for a number of their own.
                let rest = total - ends[n - 1];
                if rest == 0 || rest >= MIN_DIGITS {
                    return Choice::Number(n, e164);
                }
            }
        }
        return Choice::SkipTight;
    }
    plan.ids[1..]
        .iter()
        .find_map(|&r| longest(r))
        .map_or(Choice::Nothing, number)
}

/// Widens a match to an opening parenthesis just before it when the number
/// closes it: "(201) 555-0123", "(0-312) 34567".
fn open_paren(text: &str, stretch: &[Piece], start: usize) -> usize {
    let Some(before) = text[..start].strip_suffix('(') else {
        return start;
    };
    let closes = stretch
        .windows(2)
        .any(|w| text[w[0].end..w[1].start].contains(')'));
    if closes {
        before.len()
    } else {
        start
    }
}

fn obfuscated(text: &str, stretch: &[Piece]) -> bool {
    let disguised_piece = stretch.iter().any(|p| p.written != Written::Plain);
    // A line break inside a number (read across it as a space) splits it.
    let odd_gap = stretch.windows(2).any(|w| {
        let gap = &text[w[0].end..w[1].start];
        gap.contains('\n') || gap_kind(gap, &w[0], &w[1]) != Some(Gap::Usual)
    });
    let single_digits = stretch.iter().filter(|p| p.digits.len() == 1).count();
    disguised_piece || odd_gap || single_digits >= 3
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
    fn an_aside_between_dashes_joins_a_disguised_number() {
        assert_eq!(
            e164s("ring 34 41 – spørg efter chefen – 23 45"),
            [("+4534412345".into(), true)]
        );
        assert_eq!(
            e164s("Ring 3441 - kun sms - 2345 i dag"),
            [("+4534412345".into(), true)]
        );
    }

    #[test]
    fn a_number_split_over_lines_is_disguised() {
        assert_eq!(e164s("Ring 3441\n2345 nu"), [("+4534412345".into(), true)]);
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
    fn span_takes_the_opening_parenthesis() {
        let t = "call (201) 555-0123 now";
        let m = &find_phones(t, AdField::Text, "US")[0];
        assert_eq!(
            (m.raw.as_str(), m.e164.as_str()),
            ("(201) 555-0123", "+12015550123")
        );
        // An unclosed "(" before the number stays outside it.
        let t = "(ring 20 12 34 56";
        assert_eq!(find_phones(t, AdField::Text, "DK")[0].raw, "20 12 34 56");
    }

    #[test]
    fn fallback_region_only_where_the_site_region_fails() {
        let got = |t: &str| -> Vec<String> {
            find_phones_in(t, AdField::Text, &["DK", "SE"])
                .into_iter()
                .map(|m| m.e164)
                .collect()
        };
        assert_eq!(got("ring 070-123 45 67"), ["+46701234567"]);
        assert_eq!(got("ring 20 12 34 56"), ["+4520123456"]);
        assert!(got("ring 070-123 45").is_empty());
        assert_eq!(language_region("nb"), Some("NO"));
        assert_eq!(language_region("xx"), None);
        assert_eq!(
            normalize_in("070-123 45 67", &["DK", "SE"]).as_deref(),
            Some("+46701234567")
        );
        assert_eq!(normalize_in("070-123 45 67", &["DK"]), None);
    }

    #[test]
    fn no_start_inside_a_tight_group() {
        // "22 20 12 34" is a valid Danish number, but "22" belongs to "10-22".
        assert_eq!(
            e164s("åbent 10-22 20 12 34 56"),
            [("+4520123456".into(), false)]
        );
        // Right after a number, a glued piece may start the next one.
        assert_eq!(
            e164s("20 12 34 56-32 12 34 56"),
            [("+4520123456".into(), false), ("+4532123456".into(), false)]
        );
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
