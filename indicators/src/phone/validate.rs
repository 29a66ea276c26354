//! Whether a digit string is a valid phone number, by the `phonenumber`
//! crate's real metadata, and its E.164 form; cached per thread.
//!
//! One correction to the crate: it strips the national prefix from a number
//! that itself begins with those digits (Russian `+7 800 …`, Lithuanian
//! `+370 800 …`, where the prefix is `8`), leaving an invalid number. When a
//! parse fails that way, the prefix is written once more so that the crate's
//! extra strip leaves the number as written; the result is accepted only if it
//! is valid and its E.164 digits are exactly the digits written (without a
//! national prefix).

use phonenumber::country::{Id, Source};
use phonenumber::metadata::DATABASE;
use phonenumber::{Mode, PhoneNumber};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static CACHE: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
}
const CACHE_CAP: usize = 16_384;
/// A region whose metadata has no national prefix: parsing `+CC …` in its
/// context strips nothing from the national number.
const NO_PREFIX_REGION: Id = Id::DK;

/// The region id for an ISO 3166 code ("DK", " se "), if the crate knows it.
pub(crate) fn region_id(region: &str) -> Option<Id> {
    region.trim().to_ascii_uppercase().parse().ok()
}

/// Whether `digits` (with a `+` before them if `plus`) is a valid number in
/// `region`; its E.164 form if so. Cached per thread.
pub(crate) fn validate(digits: &str, plus: bool, region: Option<Id>) -> Option<String> {
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

/// Regexes `phonenumber` keeps compiled. The crate's own cache holds 100,
/// fewer than the patterns of a few dozen regions, so ads with numbers from
/// many countries recompiled regexes on almost every parse (about a third of
/// the analysis time on a corpus with ~40 regions).
const REGEX_CACHE: usize = 8_192;

/// Enlarges the crate's regex cache once (its compiled regexes refer to the
/// cache through a shared handle, so replacing its contents is enough).
fn enlarge_regex_cache() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if let Ok(mut c) = DATABASE.cache().lock() {
            *c = regex_cache::RegexCache::new(REGEX_CACHE);
        }
    });
}

fn validate_uncached(digits: &str, plus: bool, region: Option<Id>) -> Option<String> {
    enlarge_regex_cache();
    if plus {
        if digits.len() < 7 || digits.len() > 15 {
            return None;
        }
        let n = phonenumber::parse(None, format!("+{digits}")).ok()?;
        return e164(&n).or_else(|| international_reprefixed(&n, digits));
    }
    if let Some(r) = region {
        let n = phonenumber::parse(Some(r), digits).ok()?;
        let own = DATABASE.by_id(r.as_ref()).map(|m| m.country_code());
        if own.is_some_and(|cc| cc != n.code().value()) {
            // Dialled with an international prefix ("00 49 …", "011 49 …"):
            // the crate would strip the site region's national prefix from
            // the foreign number, so read what follows the prefix instead.
            return after_international_prefix(digits, n.code().value());
        }
        return e164(&n)
            .or_else(|| national_reprefixed(r, digits))
            .or_else(|| own_code_written(&n, digits));
    }
    let intl = digits.strip_prefix("00")?;
    validate_uncached(intl, true, None)
}

/// The E.164 form of a parsed number if it is valid and has no extension.
fn e164(n: &PhoneNumber) -> Option<String> {
    (n.is_valid() && n.extension().is_none()).then(|| n.format().mode(Mode::E164).to_string())
}

/// `+CC NSN` whose NSN begins with the country's national prefix: parsed
/// again in the context of a region without a national prefix, so nothing is
/// stripped, and kept only if it gives exactly `+CC NSN`.
fn international_reprefixed(n: &PhoneNumber, digits: &str) -> Option<String> {
    let cc = n.code().value();
    let nsn = digits.strip_prefix(cc.to_string().as_str())?;
    let metas = DATABASE.by_code(&cc)?;
    let strips = metas.iter().any(|m| {
        m.national_prefix().is_some_and(|p| nsn.starts_with(p))
            || m.national_prefix_for_parsing().is_some()
    });
    if !strips {
        return None;
    }
    let again = phonenumber::parse(Some(NO_PREFIX_REGION), format!("+{digits}")).ok()?;
    e164(&again).filter(|e| e[1..] == *digits)
}

/// The number after an international prefix of 1 to 4 digits, read as
/// `+CC …` with the country code the crate found.
fn after_international_prefix(digits: &str, cc: u16) -> Option<String> {
    let cc = cc.to_string();
    (1..=4)
        .filter_map(|k| digits.get(k..))
        .filter(|rest| rest.starts_with(cc.as_str()))
        .find_map(|rest| validate_uncached(rest, true, None))
}

/// Digits that begin with the region's own country code ("7 800 …" in
/// Russia): read as `+CC …`, kept only if the E.164 digits are the written ones.
fn own_code_written(n: &PhoneNumber, digits: &str) -> Option<String> {
    if n.code().source() != Source::Number {
        return None;
    }
    validate_uncached(digits, true, None).filter(|e| e[1..] == *digits)
}

/// `PREFIX NSN` whose NSN begins with the prefix digits again: parse it with
/// one more prefix and keep it only if the E.164 digits are `CC NSN`.
fn national_reprefixed(region: Id, digits: &str) -> Option<String> {
    let meta = DATABASE.by_id(region.as_ref())?;
    let prefix = meta.national_prefix()?;
    let nsn = digits.strip_prefix(prefix)?;
    if prefix.is_empty() || !nsn.starts_with(prefix) {
        return None;
    }
    let again = phonenumber::parse(Some(region), format!("{prefix}{digits}")).ok()?;
    let e = e164(&again)?;
    let cc = meta.country_code().to_string();
    (e[1..].strip_prefix(cc.as_str()) == Some(nsn)).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_prefix_digits_inside_the_number() {
        let ru = region_id("RU");
        assert_eq!(
            validate("78001234567", true, None).as_deref(),
            Some("+78001234567")
        );
        assert_eq!(
            validate("88001234567", false, ru).as_deref(),
            Some("+78001234567")
        );
        assert_eq!(
            validate("37080012345", true, None).as_deref(),
            Some("+37080012345")
        );
        // Still nothing for digits that are no number in any reading.
        assert_eq!(validate("78001234", true, None), None);
        assert_eq!(validate("8800123", false, ru), None);
    }

    #[test]
    fn region_and_international_forms() {
        let dk = region_id("dk");
        assert_eq!(
            validate("20123456", false, dk).as_deref(),
            Some("+4520123456")
        );
        assert_eq!(
            validate("004520123456", false, None).as_deref(),
            Some("+4520123456")
        );
        assert_eq!(validate("20123456", false, None), None);
        // From a region with a national prefix, the foreign number after the
        // international prefix is kept whole.
        let us = region_id("US");
        assert_eq!(
            validate("0114915123456789", false, us).as_deref(),
            Some("+4915123456789")
        );
        let se = region_id("SE");
        assert_eq!(
            validate("004520123456", false, se).as_deref(),
            Some("+4520123456")
        );
        assert_eq!(validate("0701234567", false, dk), None);
        assert_eq!(region_id("XX"), None);
        let dk = DATABASE.by_id(NO_PREFIX_REGION.as_ref()).unwrap();
        assert!(dk.national_prefix().is_none() && dk.national_prefix_for_parsing().is_none());
    }
}
