//! Language identification: `whatlang` restricted to a site's allow-list
//! proposes a language; where it is one of the languages with a bundled
//! lingua model ([`ngram::MODELS`]), lingua's n-gram models decide among the
//! allowed ones. whatlang's small trigram profiles
//! confuse Danish, Norwegian and Swedish on short texts (0.77 / 0.73 on the
//! Leipzig sentences, even with a function-word tie-break); lingua's models
//! tell them apart (0.98). Codes are ISO 639-1 (`da`, `nb`, `sv`, `en`, ...);
//! `no` and `nn` in an allow-list mean `nb`, and Nynorsk is reported as `nb`.
//!
//! Layout: [`ngram`] is the fast trigram scorer for texts of 120 letters or
//! more (most ads); `short` runs lingua itself on shorter texts.
//!
//! A mixed-language ad gets its main language: the models weigh the whole
//! text (up to [`MAX_TEXT`] bytes), so the language of most of the words wins.

mod ad;
pub mod ngram;
mod short;

pub use ad::{
    country_language, detect_ad, detect_ad_with, function_word_choice, without_footer, AdSteps,
    FEW_LETTERS, MAIN_LANGUAGES,
};

use crate::cut;
use once_cell::sync::Lazy;
use whatlang::{Detector, Lang};

/// Longest text examined, in bytes: the main language is clear long before.
pub const MAX_TEXT: usize = 1024;

/// Longest text whatlang examines to propose a language, in bytes.
const PROPOSAL_TEXT: usize = 400;

/// Candidates when a site has no allow-list (as for ads imported without a
/// profile): every language below except Afrikaans and Catalan, which do not
/// appear in Nordic ads but which whatlang, given every language it knows,
/// mistakes German, English, Spanish and Romanian for. Latin and Esperanto
/// are left out for the same reason.
pub const DEFAULT_ALLOW: &[&str] = &[
    "da", "sv", "nb", "en", "de", "ro", "pl", "es", "th", "pt", "ru", "uk", "zh", "vi", "tl", "fr",
    "it", "nl", "fi", "cs", "sk", "hu", "bg", "lt", "lv", "et", "sl", "hr", "sr", "tr", "el", "ar",
    "he", "hi", "ja", "ko", "id", "fa", "be", "mk", "ka", "hy",
];

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

/// Detects the main language of `text` among `allow` (ISO 639-1 codes; empty
/// means [`DEFAULT_ALLOW`]). `None` when the text has too little to go on.
///
/// A Latin-script text of [`ngram::MIN_CHARS`] letters or more whose allowed
/// Latin-script languages all have a bundled model (every one of
/// [`DEFAULT_ALLOW`] does) is scored by the trigram scorer over all of
/// them; when a core model ([`ngram::CORE_MODELS`]: da, nb, nn, sv, en, de,
/// ro, pl, es, pt, fr, it) wins, that is the answer and whatlang is not
/// run. Otherwise, as for shorter texts: where the allowed Latin-script
/// languages are all covered by the core models, those decide alone;
/// else whatlang proposes, and when its answer is a core-modelled language
/// or an unsure answer in the Latin script, and the allow-list leaves more
/// than one of them, the core models decide among the allowed ones (the
/// trigram scorer for long texts, lingua itself for shorter ones). whatlang
/// alone confuses Danish and Norwegian on short texts; lingua's models do
/// not.
pub fn detect(text: &str, allow: &[String]) -> Option<String> {
    let text = cut(text, MAX_TEXT);
    let mut allowed: Vec<Lang> = allow.iter().filter_map(|c| to_whatlang(c)).collect();
    if allowed.is_empty() {
        allowed.clone_from(&DEFAULT_LANGS);
    }
    let long = ngram::letters(text) >= ngram::MIN_CHARS;
    let proposal = cut(text, PROPOSAL_TEXT);
    let latin = whatlang::detect_script(proposal) == Some(whatlang::Script::Latin);
    // Scores of a long text, kept for the core models if all of them are
    // scored here and a core model does not win.
    let mut sums = None;
    if long && latin {
        let all = model_columns(&allowed, ngram::MODELS.len());
        if models_cover(&allowed, &all) {
            let s = score(text, &all);
            if let Some(c) = ngram::argmax(&s, &all).filter(|c| *c < ngram::CORE_MODELS) {
                return Some(ngram::MODELS[c].0.to_string());
            }
            sums = Some(s);
        }
    }
    let columns = model_columns(&allowed, ngram::CORE_MODELS);
    let whatlang = || {
        Detector::with_allowlist(allowed.clone())
            .detect(proposal)
            .map(|info| (to_code(info.lang()), info))
    };
    // With a Latin-script text and every allowed Latin-script language
    // modelled, whatlang has nothing to add: the models decide alone.
    if !(latin && models_cover(&allowed, &columns)) {
        // whatlang proposes (the script, or a language without a model):
        // the start of the text is enough, and its cost grows with the
        // candidates (about 90 µs per KB for the default list).
        let (code, info) = whatlang()?;
        let modelled = columns.iter().any(|c| ngram::MODELS[*c].0 == code);
        // A confident whatlang answer outside the models stands (Thai,
        // Russian, or Dutch when the allow-list admits it); an unsure
        // Latin-script one (short English read as Dutch or Czech) is left to
        // the models.
        let unsure_latin = !info.is_reliable() && info.script() == whatlang::Script::Latin;
        if columns.len() < 2 || !(modelled || unsure_latin) {
            return Some(code);
        }
    }
    let decided = if long {
        let sums = sums.unwrap_or_else(|| score(text, &columns));
        ngram::argmax(&sums, &columns).map(|c| ngram::MODELS[c].0)
    } else {
        short::detect(text, masked(text).as_deref(), &columns)
    };
    match decided {
        Some(c) => Some(c.to_string()),
        None => whatlang().map(|(code, _)| code),
    }
}

/// Whether `columns` (at least two) cover every allowed Latin-script
/// language.
fn models_cover(allowed: &[Lang], columns: &[usize]) -> bool {
    columns.len() >= 2
        && allowed
            .iter()
            .filter(|l| whatlang::Script::Latin.langs().contains(l))
            .all(|l| columns.iter().any(|c| MODEL_LANGS[*c] == Some(*l)))
}

/// The trigram scorer's sums for `columns`, names counting half: scored
/// with and without them, the two averaged.
fn score(text: &str, columns: &[usize]) -> [f64; ngram::MODELS.len()] {
    ngram::sums_names_half(text, MIN_UNMASKED, columns)
}

/// `text` without its names ([`without_names`]), if enough letters remain.
fn masked(text: &str) -> Option<String> {
    let masked = without_names(text);
    (ngram::letters(&masked) >= MIN_UNMASKED).then_some(masked)
}

/// Letters that must remain after [`without_names`] for the masked text to
/// be scored too; a shorter remainder is too little to go on.
const MIN_UNMASKED: usize = 12;

/// `text` with capitalised words inside a sentence blanked out: place and
/// person names ("Frederiksberg", "Drammen") and shouted words ("SMS") say
/// more about where an ad is than what language it is written in, and in a
/// short ad one Danish place name outweighs an English sentence. They still
/// count half (see [`detect`]): names and exonyms ("Frankrike") do carry some
/// of the language, and German nouns are capitalised too.
pub fn without_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for_each_word(text, |start, word, name| {
        out.push_str(&text[at..start]);
        if name {
            out.extend(std::iter::repeat_n(' ', word.chars().count()));
        } else {
            out.push_str(word);
        }
        at = start + word.len();
    });
    out.push_str(&text[at..]);
    out
}

/// Calls `f` with the byte start of each word of `text` (a run of
/// letters), the word, and whether it is a name as [`without_names`] sees
/// it: capitalised, and not the first word of a sentence.
pub(crate) fn for_each_word(text: &str, mut f: impl FnMut(usize, &str, bool)) {
    let mut sentence_start = true;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let start = text.len() - rest.len();
        if c.is_alphabetic() {
            let end = rest
                .char_indices()
                .find(|(_, c)| !c.is_alphabetic())
                .map_or(rest.len(), |(i, _)| i);
            f(start, &rest[..end], c.is_uppercase() && !sentence_start);
            sentence_start = false;
            rest = &rest[end..];
        } else {
            if matches!(c, '.' | '!' | '?' | '\n' | ':' | '•' | '|') {
                sentence_start = true;
            }
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// [`DEFAULT_ALLOW`] as whatlang languages.
static DEFAULT_LANGS: Lazy<Vec<Lang>> = Lazy::new(|| {
    DEFAULT_ALLOW
        .iter()
        .filter_map(|c| to_whatlang(c))
        .collect()
});

/// The whatlang language of each [`ngram::MODELS`] column.
static MODEL_LANGS: Lazy<Vec<Option<Lang>>> = Lazy::new(|| {
    ngram::MODELS
        .iter()
        .map(|(code, _)| to_whatlang(code))
        .collect()
});

/// Indexes below `end` into [`ngram::MODELS`] of the allowed languages.
fn model_columns(allowed: &[Lang], end: usize) -> Vec<usize> {
    (0..end)
        .filter(|c| MODEL_LANGS[*c].is_some_and(|l| allowed.contains(&l)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_candidates_are_known() {
        for c in DEFAULT_ALLOW {
            assert!(to_whatlang(c).is_some(), "{c}");
        }
    }

    #[test]
    fn allow_list_is_obeyed() {
        let text = "Jeg er en sød og glad pige, som elsker at møde nye mennesker. \
                    Skriv til mig, hvis du har lyst til en hyggelig aften i min lejlighed.";
        assert_eq!(detect(text, &[]).as_deref(), Some("da"));
        let no_danish = ["nb".to_string(), "en".to_string()];
        assert_eq!(detect(text, &no_danish).as_deref(), Some("nb"));
        assert_eq!(detect("", &[]), None);
    }

    #[test]
    fn names_inside_sentences_are_blanked() {
        assert_eq!(
            without_names("Sweet redhead in Frederiksberg. Call SMS now"),
            "Sweet redhead in              . Call     now"
        );
        assert_eq!(without_names("Hej! Jeg er Anna"), "Hej! Jeg er     ");
    }

    #[test]
    fn codes_round_trip() {
        for (c, l) in CODES {
            assert_eq!(to_code(*l), *c);
            assert_eq!(to_whatlang(c), Some(*l));
        }
        assert_eq!(to_whatlang("no"), Some(Lang::Nob));
    }
}
