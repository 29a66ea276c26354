//! Number words of every lexicon, merged into one table, for reading phone
//! numbers written in words ("tyve tolv fireogtredive", "two 0 six").
//!
//! All languages are merged because ads mix languages and the language of a
//! structured field is unknown. Words that are also everyday words in some
//! language ("to", "en", "fire") are weak: they count only next to another
//! number word.

use crate::text::lexicon::Lexicon;
use crate::text::matcher::fold;
use crate::text::matcher::WordHash;
use std::collections::{HashMap, HashSet};

/// A number word's value and whether it is weak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordValue {
    /// 0..=99, or whole hundreds 100..=900.
    pub value: u16,
    pub weak: bool,
}

/// The merged table.
#[derive(Debug, Default)]
pub(crate) struct NumberWordTable {
    words: HashMap<String, WordValue, WordHash>,
    connectors: HashSet<String, WordHash>,
    units: HashSet<String, WordHash>,
    before: HashSet<&'static str, WordHash>,
    ages: HashSet<String, WordHash>,
    /// The first and last three bytes of every number word (two for a
    /// two-letter word), packed: a word that neither starts nor ends like
    /// one is no glued number, decided without splitting it.
    heads: HashSet<u32, WordHash>,
    tails: HashSet<u32, WordHash>,
}

/// Up to three bytes packed into a `u32` (the length in the top byte).
fn pack(b: &[u8]) -> u32 {
    let n = b.len().min(3);
    let mut v = (n as u32) << 24;
    for (i, &x) in b[..n].iter().enumerate() {
        v |= u32::from(x) << (8 * i);
    }
    v
}

/// Words for years of age in any language (see [`NumberWordTable::is_strong_unit`]).
const AGES: &[&str] = &[
    "år", "årig", "årige", "aar", "åring", "years", "year", "yrs", "yo", "jahre", "jahren",
    "jahrig", "jährige", "años", "año", "anos", "lat", "lata", "latka", "ani",
];

/// Whether a value is a whole hundreds word ("trzysta", "hundrede").
pub(crate) fn is_hundreds(v: u16) -> bool {
    (100..=900).contains(&v) && v.is_multiple_of(100)
}

/// Currency words in any language; amounts next to them are prices.
const CURRENCIES: &[&str] = &[
    "kr", "dkk", "sek", "nok", "eur", "euro", "euros", "usd", "pln", "zl", "zlotych", "lei", "ron",
    "chf", "gbp", "thb", "baht", "kroner", "kronor", "dollars", "pounds", "pesos", "rs", "inr",
    "ft", "huf", "lv", "bgn", "grn", "uah", "czk", "yen", "円", "rub", "brl", "cop", "ngn",
    "naira",
];

/// Words before a number that make it a quantity, in any language: clock
/// times ("kl 10"), ages, heights, weights, sizes and prices ("age 24",
/// "alder 24", "pris 1500"). Currencies count too.
const BEFORE_QUANTITY: &[&str] = &[
    "kl",
    "klockan",
    "klokka",
    "klokken",
    "ore",
    "age",
    "aged",
    "alder",
    "alter",
    "edad",
    "varsta",
    "wiek",
    "height",
    "hojde",
    "hoyde",
    "langd",
    "grosse",
    "altura",
    "inaltime",
    "wzrost",
    "weight",
    "vaegt",
    "vekt",
    "vikt",
    "gewicht",
    "peso",
    "greutate",
    "waga",
    "size",
    "str",
    "konfektion",
    "groesse",
    "storrelse",
    "storlek",
    "talla",
    "marime",
    "rozmiar",
    "bh",
    "bust",
    "cup",
    "price",
    "pris",
    "preis",
    "precio",
    "pret",
    "cena",
    "koster",
    "kostar",
    "kostet",
    "tarif",
    "tarifa",
    // Postcodes: "PLZ 10115", "postnr. 2100", "kod pocztowy 00-950",
    // "CP 28013", "código postal 28013", "cod poștal 010011".
    "plz",
    "postleitzahl",
    "postnr",
    "postnummer",
    "postkode",
    "pocztowy",
    "cp",
    "postal",
    // Ad numbers, ids and measurements: "Annonce-id 34412399", "Hirdetés
    // száma: 4400-2026", "Medidas 95-62-96".
    "id",
    "ref",
    "szama",
    "medidas",
    "measurements",
    "wymiary",
    "masuri",
];

/// Digit words of languages without a lexicon that ads on the same sites
/// write numbers in (fi, hu, lt, pt, fr, bg, uk, ru, Hindi in Latin
/// letters), with whether each is weak (an everyday word somewhere).
const OTHER_DIGITS: &[(&str, u16, bool)] = &[
    // fi
    ("nolla", 0, false),
    ("yksi", 1, false),
    ("kaksi", 2, false),
    ("kolme", 3, false),
    ("neljä", 4, false),
    ("viisi", 5, false),
    ("kuusi", 6, false),
    ("seitsemän", 7, false),
    ("kahdeksan", 8, false),
    ("yhdeksän", 9, false),
    // hu
    ("nulla", 0, false),
    ("egy", 1, true),
    ("kettő", 2, false),
    ("három", 3, false),
    ("négy", 4, false),
    ("öt", 5, true),
    ("hat", 6, true),
    ("hét", 7, true),
    ("nyolc", 8, false),
    ("kilenc", 9, false),
    ("húsz", 20, false),
    ("harminc", 30, false),
    ("negyven", 40, false),
    ("ötven", 50, false),
    ("hatvan", 60, false),
    ("hetven", 70, false),
    ("nyolcvan", 80, false),
    ("kilencven", 90, false),
    // lt
    ("nulis", 0, false),
    ("vienas", 1, false),
    ("du", 2, true),
    ("trys", 3, false),
    ("keturi", 4, false),
    ("penki", 5, false),
    ("šeši", 6, false),
    ("septyni", 7, false),
    ("aštuoni", 8, false),
    ("devyni", 9, false),
    // pt
    ("um", 1, true),
    ("dois", 2, false),
    ("três", 3, false),
    ("quatro", 4, false),
    ("sete", 7, false),
    ("oito", 8, false),
    ("nove", 9, false),
    ("onze", 11, false),
    ("noventa", 90, false),
    ("meia", 6, true),
    // fr
    ("zéro", 0, false),
    ("un", 1, true),
    ("deux", 2, false),
    ("trois", 3, false),
    ("quatre", 4, false),
    ("cinq", 5, false),
    ("sept", 7, true),
    ("huit", 8, false),
    ("neuf", 9, false),
    // bg, uk, ru
    ("нула", 0, false),
    ("нуль", 0, false),
    ("ноль", 0, false),
    ("едно", 1, false),
    ("един", 1, false),
    ("один", 1, false),
    ("две", 2, false),
    ("два", 2, false),
    ("три", 3, false),
    ("четири", 4, false),
    ("чотири", 4, false),
    ("четыре", 4, false),
    ("пет", 5, false),
    ("пʼять", 5, false),
    ("п'ять", 5, false),
    ("пять", 5, false),
    ("шест", 6, false),
    ("шість", 6, false),
    ("шесть", 6, false),
    ("седем", 7, false),
    ("сім", 7, false),
    ("семь", 7, false),
    ("осем", 8, false),
    ("вісім", 8, false),
    ("восемь", 8, false),
    ("девет", 9, false),
    ("девʼять", 9, false),
    ("дев'ять", 9, false),
    ("девять", 9, false),
    ("пятьдесят", 50, false),
    ("сорок", 40, false),
    ("двадцать", 20, false),
    ("тридцать", 30, false),
    // Hindi in Latin letters
    ("ek", 1, true),
    ("teen", 3, true),
    ("chaar", 4, false),
    ("paanch", 5, false),
    ("chhe", 6, false),
    ("saat", 7, true),
    ("aath", 8, false),
    ("nau", 9, true),
];

/// Words that stand for a separator between digit groups ("20 punktum 12
/// punktum 34"), allowed in a run however long, unlike other words (see
/// [`crate::phone`] join rules, which allow only short words).
const SEPARATOR_WORDS: &[&str] = &[
    "punktum",
    "punkt",
    "komma",
    "dot",
    "comma",
    "kropka",
    "przecinek",
    "punto",
    "punct",
];

/// Words that repeat the digit after them: "double oh" = 00, "triple 5" =
/// 555, "dobbelt fem" = 55, "doppel eins" = 11.
const MULTIPLIERS: &[(&str, usize)] =
    &[("double", 2), ("triple", 3), ("dobbelt", 2), ("doppel", 2)];

/// Whether a folded word is a separator word ([`SEPARATOR_WORDS`]).
pub(crate) fn is_separator_word(folded: &str) -> bool {
    SEPARATOR_WORDS.contains(&folded)
}

/// How many times a folded multiplier word repeats the next digit.
pub(crate) fn multiplier(folded: &str) -> Option<usize> {
    MULTIPLIERS
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, n)| n)
}

impl NumberWordTable {
    pub(crate) fn build(lexicons: &[Lexicon]) -> NumberWordTable {
        let mut t = NumberWordTable::default();
        // A word that is a number in two languages with different values
        // ("tres": 60 in Danish, 3 in Spanish) keeps the value of the
        // language where it is not an everyday word.
        let put = |t: &mut NumberWordTable, w: String, v: WordValue| match t.words.get_mut(&w) {
            Some(old) if old.value == v.value => old.weak |= v.weak,
            Some(old) if old.weak && !v.weak => *old = v,
            Some(_) => {}
            None => {
                t.words.insert(w, v);
            }
        };
        for lex in lexicons {
            let n = &lex.numbers;
            let weak: HashSet<String> = n.weak.iter().map(|w| fold(w)).collect();
            for (w, &v) in &n.words {
                let f = fold(w);
                let is_weak = weak.contains(&f);
                put(
                    &mut t,
                    f,
                    WordValue {
                        value: v,
                        weak: is_weak,
                    },
                );
            }
            let units: Vec<(&String, u16)> = n
                .words
                .iter()
                .filter(|(_, v)| (1..=9).contains(*v))
                .map(|(w, v)| (w, *v))
                .collect();
            let tens: Vec<(&String, u16)> = n
                .words
                .iter()
                .filter(|(_, v)| (20..=90).contains(*v) && **v % 10 == 0)
                .map(|(w, v)| (w, *v))
                .collect();
            for tpl in &n.compounds {
                for (tw, tv) in &tens {
                    for (uw, uv) in &units {
                        let word = tpl.replace("{t}", tw).replace("{u}", uw);
                        put(
                            &mut t,
                            fold(&word),
                            WordValue {
                                value: tv + uv,
                                weak: false,
                            },
                        );
                    }
                }
            }
            t.connectors.extend(n.connectors.iter().map(|w| fold(w)));
            t.units.extend(n.units.iter().map(|w| fold(w)));
        }
        for &(w, value, weak) in OTHER_DIGITS {
            put(&mut t, fold(w), WordValue { value, weak });
        }
        t.units.extend(CURRENCIES.iter().map(|s| s.to_string()));
        t.before.extend(CURRENCIES.iter().chain(BEFORE_QUANTITY));
        t.ages.extend(AGES.iter().map(|w| fold(w)));
        for w in t.words.keys() {
            let b = w.as_bytes();
            let n = b.len().min(3);
            t.heads.insert(pack(&b[..n]));
            t.tails.insert(pack(&b[b.len() - n..]));
        }
        t
    }

    /// Whether `folded` starts and ends as number words do (see `heads`).
    fn may_be_glued(&self, folded: &str) -> bool {
        let b = folded.as_bytes();
        let head = |n: usize| self.heads.contains(&pack(&b[..n]));
        let tail = |n: usize| self.tails.contains(&pack(&b[b.len() - n..]));
        (head(3) || head(2)) && (tail(3) || tail(2))
    }

    /// The value of a folded word.
    pub(crate) fn value(&self, folded: &str) -> Option<WordValue> {
        self.words.get(folded).copied()
    }

    /// A folded word glued together from number words ("twotwoeight",
    /// "fouronenine", "sixfour", "dwadziesciajeden", "tjugotvatre"): the
    /// digits of its parts in order. Every part must be a number word, at
    /// least two parts, not all of them weak ("entre" is no number); tens
    /// before a unit make one number ("twentyone" = 21). The longest part is
    /// taken first, with backtracking.
    pub(crate) fn glued(&self, folded: &str) -> Option<String> {
        if !(6..=64).contains(&folded.len())
            || !self.may_be_glued(folded)
            || !folded.chars().all(char::is_alphabetic)
        {
            return None;
        }
        let mut parts: Vec<WordValue> = Vec::new();
        if !self.split_into(folded, &mut parts) || parts.len() < 2 || parts.iter().all(|p| p.weak) {
            return None;
        }
        let mut digits = String::with_capacity(parts.len() * 2);
        let mut i = 0;
        while i < parts.len() {
            let mut v = parts[i].value;
            if v >= 100 {
                return None;
            }
            // Tens then a unit make one number: "twentytwo", "dwadzieściadwa" = 22.
            let tens = (20..=90).contains(&v) && v.is_multiple_of(10);
            if let Some(next) = parts
                .get(i + 1)
                .filter(|n| tens && (1..=9).contains(&n.value))
            {
                v += next.value;
                i += 1;
            }
            digits.push_str(&v.to_string());
            i += 1;
        }
        Some(digits)
    }

    fn split_into(&self, rest: &str, parts: &mut Vec<WordValue>) -> bool {
        if rest.is_empty() {
            return true;
        }
        let ends: Vec<usize> = rest
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .filter(|&e| e >= 2)
            .collect();
        for &end in ends.iter().rev() {
            if let Some(v) = self.words.get(&rest[..end]) {
                parts.push(*v);
                if self.split_into(&rest[end..], parts) {
                    return true;
                }
                parts.pop();
            }
        }
        false
    }

    /// Whether a folded word joins tens and units ("og", "und").
    pub(crate) fn is_connector(&self, folded: &str) -> bool {
        self.connectors.contains(folded)
    }

    /// Whether a folded word after a number makes it a quantity.
    pub(crate) fn is_unit(&self, folded: &str) -> bool {
        self.units.contains(folded)
    }

    /// Whether a folded word after a number makes it a quantity however
    /// long it is: a currency ("20 000 000 kr") or years of age ("20 21 22
    /// 23 år"). Other units ("y", "am", "an", "la", "min") only make short
    /// amounts quantities.
    pub(crate) fn is_strong_unit(&self, folded: &str) -> bool {
        CURRENCIES.contains(&folded) || self.ages.contains(folded)
    }

    /// Whether a folded word before a number makes it a quantity (a price,
    /// an age, a height, a clock time).
    pub(crate) fn is_before_quantity(&self, folded: &str) -> bool {
        self.before.contains(folded)
    }
}
