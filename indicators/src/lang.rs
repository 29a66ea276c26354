//! Language identification: `whatlang` restricted to a site's allow-list,
//! with Danish, Norwegian (Bokmål) and Swedish told apart by their function
//! words when the detector is unsure between them. Codes are ISO 639-1
//! (`da`, `nb`, `sv`, `en`, ...); `no` and `nn` in an allow-list mean `nb`.
//!
//! A mixed-language ad gets its main language: the detector weighs the whole
//! text (up to [`MAX_TEXT`] bytes), so the language of most of the words wins.

use once_cell::sync::Lazy;
use std::collections::{HashMap, HashSet};
use whatlang::{Detector, Lang};

/// Longest text examined, in bytes: the main language is clear long before.
pub const MAX_TEXT: usize = 2048;

/// Below this whatlang confidence between Scandinavian languages, function
/// words decide.
const SCANDI_CONFIDENCE: f64 = 1.01;

/// ISO 639-1 codes and whatlang languages.
const CODES: &[(&str, Lang)] = &[
    ("da", Lang::Dan),
    ("sv", Lang::Swe),
    ("nb", Lang::Nob),
    ("en", Lang::Eng),
    ("de", Lang::Deu),
    ("ro", Lang::Ron),
    ("pl", Lang::Pol),
    ("es", Lang::Spa),
    ("th", Lang::Tha),
    ("pt", Lang::Por),
    ("ru", Lang::Rus),
    ("uk", Lang::Ukr),
    ("zh", Lang::Cmn),
    ("vi", Lang::Vie),
    ("tl", Lang::Tgl),
    ("fr", Lang::Fra),
    ("it", Lang::Ita),
    ("nl", Lang::Nld),
    ("fi", Lang::Fin),
    ("cs", Lang::Ces),
    ("sk", Lang::Slk),
    ("hu", Lang::Hun),
    ("bg", Lang::Bul),
    ("lt", Lang::Lit),
    ("lv", Lang::Lav),
    ("et", Lang::Est),
    ("sl", Lang::Slv),
    ("hr", Lang::Hrv),
    ("sr", Lang::Srp),
    ("tr", Lang::Tur),
    ("el", Lang::Ell),
    ("ar", Lang::Ara),
    ("he", Lang::Heb),
    ("hi", Lang::Hin),
    ("ja", Lang::Jpn),
    ("ko", Lang::Kor),
    ("id", Lang::Ind),
    ("fa", Lang::Pes),
    ("be", Lang::Bel),
    ("mk", Lang::Mkd),
    ("ka", Lang::Kat),
    ("hy", Lang::Hye),
    ("af", Lang::Afr),
    ("ca", Lang::Cat),
];

const SCANDI: [&str; 3] = ["da", "nb", "sv"];

/// The whatlang language for an ISO 639-1 code.
pub fn to_whatlang(code: &str) -> Option<Lang> {
    let code = code.trim().to_ascii_lowercase();
    let code = match code.as_str() {
        "no" | "nn" | "nob" | "nno" => "nb",
        c => c,
    };
    CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, l)| *l)
        .or_else(|| Lang::from_code(code))
}

/// The ISO 639-1 code for a whatlang language (ISO 639-3 when it has none here).
pub fn to_code(lang: Lang) -> String {
    CODES
        .iter()
        .find(|(_, l)| *l == lang)
        .map_or_else(|| lang.code().to_string(), |(c, _)| (*c).to_string())
}

/// Distinctive function words of da / nb / sv: words in exactly one of the
/// three lexicons' `function_words` lists.
static FUNCTION_WORDS: Lazy<HashMap<String, &'static str>> = Lazy::new(|| {
    let lex = crate::text::lexicon::builtin();
    let mut sets: Vec<(&'static str, HashSet<String>)> = Vec::new();
    for code in SCANDI {
        let words = lex
            .iter()
            .find(|l| l.language == code)
            .map(|l| {
                l.function_words
                    .iter()
                    .map(|w| crate::text::matcher::fold(w))
                    .collect()
            })
            .unwrap_or_default();
        sets.push((code, words));
    }
    let mut out = HashMap::new();
    for (i, (code, words)) in sets.iter().enumerate() {
        for w in words {
            let elsewhere = sets
                .iter()
                .enumerate()
                .any(|(j, (_, s))| j != i && s.contains(w));
            if !elsewhere {
                out.insert(w.clone(), *code);
            }
        }
    }
    out
});

/// Spelling that marks a word as Danish, Norwegian or Swedish: Swedish ä/ö,
/// Norwegian kj/gj/skj, øy, the infinitive marker "å" and -het nouns,
/// Danish øj and -hed nouns.
fn spelling_cue(w: &str) -> Option<&'static str> {
    if w.contains(['ä', 'ö']) {
        Some("sv")
    } else if w == "å"
        || w.starts_with("kj")
        || w.starts_with("gj")
        || w.starts_with("skj")
        || w.contains("øy")
        || (w.contains(['ø', 'æ']) && (w.ends_with("het") || w.ends_with("heten")))
    {
        Some("nb")
    } else if w.contains("øj")
        || w.ends_with("hed")
        || w.ends_with("heden")
        || w.ends_with("heder")
        || w.starts_with("aa")
    {
        Some("da")
    } else {
        None
    }
}

/// Counts distinctive function words per Scandinavian language.
pub fn scandinavian_votes(text: &str) -> [(&'static str, usize); 3] {
    let mut votes = [("da", 0), ("nb", 0), ("sv", 0)];
    // Not folded: å, ä, ø are what tell these languages apart ("på", "för").
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        let code = FUNCTION_WORDS.get(&w).copied().or_else(|| spelling_cue(&w));
        if let Some(code) = code {
            if let Some(v) = votes.iter_mut().find(|(c, _)| *c == code) {
                v.1 += 1;
            }
        }
    }
    votes
}

/// Detects the main language of `text` among `allow` (ISO 639-1 codes; empty
/// means any language whatlang knows). `None` when the text has too little
/// to go on.
pub fn detect(text: &str, allow: &[String]) -> Option<String> {
    let mut cut = text.len().min(MAX_TEXT);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let allowed: Vec<Lang> = allow.iter().filter_map(|c| to_whatlang(c)).collect();
    let detector = if allowed.is_empty() {
        Detector::new()
    } else {
        Detector::with_allowlist(allowed.clone())
    };
    let info = detector.detect(text)?;
    let code = to_code(info.lang());
    if SCANDI.contains(&code.as_str()) && info.confidence() < SCANDI_CONFIDENCE {
        let votes = scandinavian_votes(text);
        let allowed_scandi =
            |c: &str| allowed.is_empty() || to_whatlang(c).is_some_and(|l| allowed.contains(&l));
        let best = votes
            .iter()
            .filter(|(c, _)| allowed_scandi(c))
            .max_by_key(|(_, n)| *n)
            .copied();
        let detected_votes = votes.iter().find(|(c, _)| *c == code).map_or(0, |v| v.1);
        if let Some((c, n)) = best {
            // Function words overrule only with a clear lead.
            if n > detected_votes {
                return Some(c.to_string());
            }
        }
    }
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for (c, l) in CODES {
            assert_eq!(to_code(*l), *c);
            assert_eq!(to_whatlang(c), Some(*l));
        }
        assert_eq!(to_whatlang("no"), Some(Lang::Nob));
    }
}
