//! Signals of voice and of several persons that no phrase list holds: text
//! in quotation marks (a client's review quoted in the woman's own ad), and
//! lists of names with ages ("Anna 23 – Bella 25 – Carla 21", "Lilly (23)
//! und Nora (26)") or ages joined as a count ("Karen 41 og Lotte 44", "19 si
//! 21 de ani").

use crate::text::matcher::Token;
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// A word list as a set, built once: the lists are consulted for many
/// tokens of every ad.
fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

static NOT_NAMES_SET: Lazy<HashSet<&'static str>> = Lazy::new(|| set(NOT_NAMES));
static UNITS_SET: Lazy<HashSet<&'static str>> = Lazy::new(|| set(UNITS));
static RANGE_SET: Lazy<HashSet<&'static str>> = Lazy::new(|| set(RANGE_WORDS));
static SELF_INTRO_SET: Lazy<HashSet<&'static str>> = Lazy::new(|| set(SELF_INTRO));

/// Symbols that open or close a quotation. A lone apostrophe is a quote
/// mark here: apostrophes inside words stay in the word.
fn is_quote(norm: &str) -> bool {
    matches!(
        norm,
        "\"" | "'" | "“" | "”" | "„" | "‟" | "«" | "»" | "‹" | "›" | "‚"
    )
}

/// Longest quotation taken as one, in tokens: a lone mark further from its
/// partner is a stray symbol, not a quotation.
const MAX_QUOTE: usize = 80;

/// Per token, whether it lies inside quotation marks (the marks included).
pub fn quoted(tokens: &[Token]) -> Vec<bool> {
    let mut inside = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_word && is_quote(&tokens[i].norm) {
            let close = (i + 1..tokens.len().min(i + MAX_QUOTE))
                .find(|&j| !tokens[j].is_word && is_quote(&tokens[j].norm));
            if let Some(j) = close {
                inside[i..=j].iter_mut().for_each(|x| *x = true);
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    inside
}

/// Capitalised words that stand before a number without being a name.
const NOT_NAMES: &[&str] = &[
    "tlf",
    "tel",
    "ring",
    "call",
    "sms",
    "kl",
    "zi",
    "nr",
    "str",
    "ul",
    "pris",
    "price",
    "preis",
    "cena",
    "pret",
    "precio",
    "whatsapp",
    "telegram",
    "mobil",
    "handy",
    "mob",
    "tele",
    "telefon",
    "phone",
    "room",
    "rum",
    "zimmer",
    "pokoj",
    "camera",
    "habitacion",
    "plz",
    "cp",
    "kod",
    "postnr",
    "age",
    "alder",
    "ålder",
    "alter",
    "wiek",
    "varsta",
    "edad",
    "vaegt",
    "vekt",
    "vikt",
    "gewicht",
    "waga",
    "greutate",
    "peso",
    "hojde",
    "hoyde",
    "langd",
    "grosse",
    "wzrost",
    "inaltime",
    "altura",
    "size",
    "bh",
    "cup",
    "top",
    "vip",
    "nye",
    "new",
    "neu",
    "nowe",
    "noi",
    "nuevas",
    "kun",
    "only",
    "nur",
    "tylko",
    "doar",
    "solo",
    "bus",
    "linje",
    "linie",
    "tog",
    "train",
    "the",
    "und",
    "and",
    "og",
    "och",
    "oder",
    "eller",
    "or",
    "lub",
    "sau",
    "o",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "man",
    "tir",
    "ons",
    "tor",
    "fre",
    "lor",
    "son",
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
    "kbh",
    "cph",
    "dk",
    "zona",
    "sektor",
    "sector",
    "bloc",
    "etaj",
    "piso",
    "hotel",
    "suite",
    "studio",
    "club",
    "hace",
    "seit",
    "since",
    "siden",
    "sedan",
    "od",
    "desde",
];

/// Words before a name that make it the writer's own ("Jeg er Tanja, 37",
/// "I am Paula 28"): her introduction, not an item of a list.
const SELF_INTRO: &[&str] = &[
    "er", "hedder", "heter", "ar", "am", "i'm", "im", "bin", "heisse", "heiße", "jestem", "sunt",
    "soy", "llamo", "named", "called", "-",
];

/// Most tokens between the two items of a list of two: further apart, two
/// names with numbers are more likely a name and a signature.
const PAIR_WINDOW: usize = 8;

/// Words after a number that make it a quantity (a time, a price, a
/// measure), not an age.
const UNITS: &[&str] = &[
    "min", "minutes", "minutter", "minuter", "minutt", "minutos", "minute", "minuten", "mins", "h",
    "t", "timer", "time", "timme", "timmar", "hours", "hour", "stunden", "stunde", "std", "godz",
    "ore", "ora", "horas", "hora", "kr", "dkk", "sek", "nok", "eur", "euro", "€", "zl", "pln",
    "lei", "ron", "cm", "kg", "%", "uhr", "x", "stk", "nat", "nights", "pers", "euros",
];

/// Words before a number that make it a time or a range, not an age.
const RANGE_WORDS: &[&str] = &[
    "kl", "klokken", "klockan", "klokka", "um", "ab", "bis", "von", "godz", "od", "do", "ora",
    "orele", "de", "la", "las", "a", "at", "from", "to", "till", "til", "fra", "mellem", "between",
    "zwischen", "entre", "intre", "mellan", "mellom", "fran", "från", "after", "efter", "etter",
    "nach", "po", "dupa", "desde", "hasta", "until", "nr", "no", "nummer", "number",
];

fn age(t: &Token) -> bool {
    t.is_word
        && t.norm.len() == 2
        && t.norm.bytes().all(|b| b.is_ascii_digit())
        && (18..=69).contains(&t.norm.parse::<u32>().unwrap_or(0))
}

/// Whether the number at `i` is followed by something that makes it no age:
/// a unit, more digits (a phone number), a time or a date.
fn quantity_after(tokens: &[Token], i: usize) -> bool {
    let Some(n) = tokens.get(i + 1) else {
        return false;
    };
    if UNITS_SET.contains(n.norm.as_str()) {
        return true;
    }
    if n.is_word && n.norm.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if matches!(n.norm.as_str(), ":" | "/" | "." | "-" | "–" | "," | "h")
        && tokens
            .get(i + 2)
            .is_some_and(|m| m.is_word && m.norm.bytes().all(|b| b.is_ascii_digit()))
        && n.norm != "–"
        && n.norm != ","
    {
        return true;
    }
    false
}

fn range_before(tokens: &[Token], i: usize) -> bool {
    i > 0 && RANGE_SET.contains(tokens[i - 1].norm.as_str())
}

/// Whether token `t` of `text` is written like a name: a capital letter
/// first, letters only, at least three of them, not a known non-name.
fn name_like(text: &str, t: &Token) -> bool {
    t.is_word
        && text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && t.norm.chars().count() >= 3
        && t.norm.chars().all(char::is_alphabetic)
        && !NOT_NAMES_SET.contains(t.norm.as_str())
}

/// Words that make an offer of several women a pair of friends, sisters or
/// a duo: such a pair often runs itself, so its offer alone is no house
/// voice (see [`crate::text::ThirdPersonCounts::third_party`]).
const PAIR_WORDS: &[&str] = &[
    "to",
    "two",
    "tva",
    "zwei",
    "dwie",
    "doua",
    "dos",
    "2",
    "duo",
    "duet",
    "begge",
    "both",
    "beide",
    "obie",
    "amandoua",
    "ambas",
    "veninder",
    "venninner",
    "bestevenninner",
    "vaninnor",
    "friends",
    "freundinnen",
    "przyjaciolki",
    "prietene",
    "amigas",
    "sisters",
    "sostre",
    "systrar",
    "schwestern",
    "siostry",
    "surori",
    "hermanas",
    "kusiner",
    "cousins",
    "primas",
    "veninde",
    "venninne",
    "vaninna",
    "friend",
    "freundin",
    "przyjaciolka",
    "prietena",
    "amiga",
    "søstre",
    "kolezanka",
    "kolezanki",
];

/// Whether the folded words of `excerpt` name a pair (see [`PAIR_WORDS`]).
pub fn names_a_pair(excerpt: &str) -> bool {
    crate::text::matcher::tokenize(excerpt)
        .iter()
        .any(|t| PAIR_WORDS.contains(&t.norm.as_str()))
}

/// A list of several persons found in one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonList {
    /// First token of the list.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// Distinct names with an age, or the number of ages in a count of ages.
    pub names: usize,
}

/// Distinct names each followed by an age ("Anna 23", "Jessy (23)", "Ida,
/// 21"), two or more: a list of several persons. Ages joined as a count
/// ("23 og 25", "20 i 21 lat", "(27, 31, 34)") count as a list of two or
/// more without names.
pub fn person_list(text: &str, tokens: &[Token]) -> Option<PersonList> {
    let mut items: Vec<(usize, usize, &str)> = Vec::new();
    for i in 0..tokens.len() {
        // Name, then the age right after it or after "(" or ","; the age
        // (rare) is looked at first.
        let mut j = i + 1;
        if tokens
            .get(j)
            .is_some_and(|t| matches!(t.norm.as_str(), "(" | ","))
        {
            j += 1;
        }
        if !tokens.get(j).is_some_and(age) || !name_like(text, &tokens[i]) {
            continue;
        }
        let intro = i > 0 && SELF_INTRO_SET.contains(tokens[i - 1].norm.as_str());
        if !intro && !quantity_after(tokens, j) {
            let name = tokens[i].norm.as_str();
            if !items.iter().any(|(_, _, n)| *n == name) {
                items.push((i, j + 1, name));
            }
        }
    }
    if items.len() >= 3 || (items.len() == 2 && items[1].0 - items[0].1 <= PAIR_WINDOW) {
        return Some(PersonList {
            first: items[0].0,
            last: items[items.len() - 1].1,
            names: items.len(),
        });
    }
    // Ages as a count: "23 og 25", "19 si 21", "27, 31, 34".
    for i in 0..tokens.len().saturating_sub(2) {
        if !age(&tokens[i]) || range_before(tokens, i) {
            continue;
        }
        let joint = tokens[i + 1].norm.as_str();
        if matches!(
            joint,
            "og" | "och" | "and" | "und" | "i" | "si" | "y" | "e" | "&" | ","
        ) && age(&tokens[i + 2])
            && !quantity_after(tokens, i + 2)
            && (joint != ","
                || tokens
                    .get(i + 3)
                    .is_some_and(|t| t.norm == "," || t.norm == ")"))
        {
            // Count the ages of "27, 31, 34" or "20, 21 y 24".
            let mut last = i + 3;
            let mut ages = 2;
            while last + 1 < tokens.len()
                && matches!(
                    tokens[last].norm.as_str(),
                    "," | "og" | "och" | "and" | "und" | "i" | "si" | "y" | "e" | "&"
                )
                && age(&tokens[last + 1])
            {
                last += 2;
                ages += 1;
            }
            return Some(PersonList {
                first: i,
                last,
                names: ages,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::matcher::tokenize;

    fn list(text: &str) -> Option<usize> {
        person_list(text, &tokenize(text)).map(|l| l.names)
    }

    #[test]
    fn lists_of_names_with_ages() {
        assert_eq!(list("Anna 23 – Bella 25 – Carla 21 – Dora 28"), Some(4));
        assert_eq!(
            list("Zi. 3 – Jessy (23) – sportlich\nZi. 5 – Ramona (31)"),
            Some(2)
        );
        assert_eq!(list("Karen 41 og Lotte 44 tilbyder massage"), Some(2));
        assert_eq!(list("Angel and Candy, 23 and 24, Odense"), Some(2));
        assert_eq!(list("Wir sind drei Kolleginnen (27, 31, 34)"), Some(3));
    }

    #[test]
    fn one_person_times_and_phones_are_no_list() {
        assert_eq!(list("Sofie 27 i Valby 2500. Sofie 27 svarer selv."), None);
        assert_eq!(list("Anna 24. Ring 34 41 23 04 eller Tlf 34 41"), None);
        assert_eq!(list("Åbent mellem 18 og 22, 30 og 60 min"), None);
        assert_eq!(list("Mette 30, Odense 24/7"), None);
        // Her own introduction and a reviewer's signature are no list.
        assert_eq!(list("'Sød' – Henrik, 54\nJeg er Tanja, 37 år"), None);
        assert_eq!(
            list("Conchi, 58 años. Madura y divertida. Hace 18 años"),
            None
        );
    }

    #[test]
    fn quotations_are_marked() {
        let t = tokenize("Kunde: 'Hun er sød' – tak! Jeg er Lene");
        let q = quoted(&t);
        let inside: Vec<&str> = t
            .iter()
            .zip(&q)
            .filter(|(_, q)| **q)
            .map(|(t, _)| t.norm.as_str())
            .collect();
        assert_eq!(inside, ["'", "hun", "er", "sod", "'"]);
        // A lone mark is no quotation.
        assert!(quoted(&tokenize("Anna' er her")).iter().all(|q| !q));
    }
}
