//! Lexicon-driven text indicators, one lexicon file per language, and price
//! parsing.
//!
//! For each ad the lexicons of its main language, English (ads mix it in
//! everywhere) and the language-free `common` lexicon are applied to the title
//! and text; when the language is unknown or has no lexicon file, all of
//! them. Each indicator keeps the field, byte span and exact words that
//! triggered it. `third_person` is decided by counting: third-person patterns
//! (pronoun + verb, "her services", the ad's name + verb) must outnumber
//! first-person markers, so a first-person ad that mentions a friend ("she is
//! lovely too") does not fire. First-person markers count in the ad's own
//! language, and in another lexicon's language only where that lexicon also
//! found third-person words (an English passage in a Danish ad).

#[cfg(test)]
mod available_tests;
#[cfg(test)]
mod emoji_tests;
pub mod lexicon;
pub mod matcher;
pub mod persons;
mod price;
#[cfg(test)]
mod youth_tests;

pub use price::{find_text_price, parse_price};

use crate::model::{AdField, Evidence, IndicatorCode};
use lexicon::Lexicon;
use matcher::{Found, LexiconSet, PhraseIndex, Role, Token};
use once_cell::sync::Lazy;
use std::collections::HashMap;

/// A lexicon ready for matching.
#[derive(Debug)]
pub struct CompiledLexicon {
    /// The lexicon as read.
    pub lexicon: Lexicon,
    /// Its number in the shared [`PhraseIndex`] of its [`Lexicons`].
    pub id: u16,
    /// Its `third_person` `name_verbs` entries that start with an
    /// apostrophe, folded and kept whole ("'s"): glued to the ad's name
    /// ("Anna's photos").
    pub name_suffixes: Vec<String>,
}

/// A set of lexicons compiled together: one phrase index holds the phrases
/// of all of them, so an ad's tokens are looked up once, not once per
/// lexicon.
pub struct Lexicons {
    lexicons: Vec<CompiledLexicon>,
    by_lang: HashMap<String, usize>,
    index: PhraseIndex,
}

static BUILTIN: Lazy<Lexicons> = Lazy::new(|| Lexicons::new(lexicon::builtin()));

impl Lexicons {
    /// Compiles a set of lexicons (at most [`matcher::MAX_LEXICONS`]; any
    /// further ones are left out). Of two with the same language, the later
    /// one is used.
    pub fn new(lexicons: Vec<Lexicon>) -> Lexicons {
        let lexicons: Vec<CompiledLexicon> = lexicons
            .into_iter()
            .take(matcher::MAX_LEXICONS)
            .enumerate()
            .map(|(id, lexicon)| {
                let name_suffixes = lexicon
                    .terms(IndicatorCode::ThirdPerson)
                    .into_iter()
                    .flat_map(|t| t.name_verbs.iter())
                    .filter(|v| v.starts_with(['\'', '’']))
                    .map(|v| matcher::fold(v))
                    .collect();
                CompiledLexicon {
                    lexicon,
                    id: u16::try_from(id).unwrap_or(u16::MAX),
                    name_suffixes,
                }
            })
            .collect();
        let index = PhraseIndex::compile_all(lexicons.iter().map(|c| &c.lexicon));
        let by_lang = lexicons
            .iter()
            .enumerate()
            .map(|(i, c)| (c.lexicon.language.clone(), i))
            .collect();
        Lexicons {
            lexicons,
            by_lang,
            index,
        }
    }

    /// The built-in lexicons (`indicators/lexicons/*.toml`).
    pub fn builtin() -> &'static Lexicons {
        &BUILTIN
    }

    /// The lexicon for an ISO 639-1 code (`*` for the language-free one).
    pub fn get(&self, lang: &str) -> Option<&CompiledLexicon> {
        self.by_lang.get(lang).map(|i| &self.lexicons[*i])
    }

    /// Every lexicon.
    pub fn all(&self) -> impl Iterator<Item = &CompiledLexicon> {
        self.by_lang.values().map(|i| &self.lexicons[*i])
    }

    /// The lexicons of `codes` that exist, in that order, each once.
    pub fn select(&self, codes: &[&str]) -> Selection<'_> {
        let mut lexicons: Vec<&CompiledLexicon> = Vec::with_capacity(codes.len());
        for code in codes {
            if let Some(c) = self.get(code) {
                if !lexicons.iter().any(|x| x.id == c.id) {
                    lexicons.push(c);
                }
            }
        }
        Selection {
            index: &self.index,
            lexicons,
        }
    }

    /// The lexicons to apply to an ad in `lang`: its own, English, and the
    /// language-free one. When the language is unknown, or has no lexicon
    /// (the detector may name a neighbour such as Catalan for a short Spanish
    /// ad), every lexicon, with English and the language-free one last.
    pub fn for_language(&self, lang: Option<&str>) -> Selection<'_> {
        match lang.filter(|l| self.by_lang.contains_key(*l)) {
            Some(l) => {
                // Danish, Norwegian and Swedish are close and often confused
                // by the detector: an ad in one gets all three.
                let scandi = ["da", "nb", "sv"];
                let mut codes = vec![l];
                if scandi.contains(&l) {
                    codes.extend(scandi.iter().copied().filter(|c| *c != l));
                }
                codes.extend(["en", "*"]);
                self.select(&codes)
            }
            None => {
                let mut v: Vec<_> = self.all().collect();
                let rank = |c: &CompiledLexicon| match c.lexicon.language.as_str() {
                    "*" => 2,
                    "en" => 1,
                    _ => 0,
                };
                v.sort_by(|a, b| {
                    (rank(a), &a.lexicon.language).cmp(&(rank(b), &b.lexicon.language))
                });
                Selection {
                    index: &self.index,
                    lexicons: v,
                }
            }
        }
    }
}

/// Lexicons of one [`Lexicons`] to apply to an ad, in order of weight: the
/// ad's own language first. Derefs to the list of lexicons.
pub struct Selection<'a> {
    index: &'a PhraseIndex,
    lexicons: Vec<&'a CompiledLexicon>,
}

impl<'a> std::ops::Deref for Selection<'a> {
    type Target = [&'a CompiledLexicon];
    fn deref(&self) -> &Self::Target {
        &self.lexicons
    }
}

impl Selection<'_> {
    /// The lexicons as a set of index numbers.
    fn set(&self) -> LexiconSet {
        self.lexicons.iter().fold(0, |s, l| s | (1 << l.id))
    }

    /// The position in the selection of lexicon number `id`.
    fn rank(&self, id: u16) -> usize {
        self.lexicons
            .iter()
            .position(|l| l.id == id)
            .unwrap_or(usize::MAX)
    }
}

/// One text field to examine.
#[derive(Debug, Clone, Copy)]
pub struct FieldText<'a> {
    /// Which field.
    pub field: AdField,
    /// Its text.
    pub text: &'a str,
}

/// How many tokens before a match an `exclude_before` word may stand (within
/// the same sentence): "I speak English, French, Italian and Russian".
const EXCLUDE_BEFORE_WINDOW: usize = 8;

/// Counts behind a `third_person` decision, kept for explanations and tests.
/// Words in quotation marks (a client's review quoted in her own ad) are
/// not counted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThirdPersonCounts {
    /// Third-person patterns found (house words included).
    pub third: usize,
    /// First-person markers found.
    pub first: usize,
    /// Of `third`, words of a house, agency or controller voice.
    pub house: usize,
    /// Phrases of several women speaking for themselves ("vi er to").
    pub self_plural: usize,
    /// Most distinct names with ages in one list of one field (see
    /// [`persons::person_list`]), or of ages in a count of ages.
    pub listed: usize,
    /// Whether the several women offered are a pair (two friends, sisters,
    /// a duo: [`persons::names_a_pair`]).
    pub pair: bool,
}

impl ThirdPersonCounts {
    /// Whether the ad is voiced by someone other than the woman: the
    /// balance of third-party reference (third-person patterns, house
    /// words counted twice, a list of three or more names with ages counted
    /// twice, and
    /// several women offered in an ad without any own voice) against the
    /// ad's own voice (first-person markers, and group self-reference
    /// counted twice). `several` says whether `multiple_persons` fires.
    pub fn third_party(&self, several: bool) -> bool {
        let own = self.first + 2 * self.self_plural;
        // The list itself is also one piece of third-person evidence.
        let menu = usize::from(self.listed >= 3);
        let house_offer = usize::from(several && own == 0 && self.listed != 2 && !self.pair);
        let third = self.third + self.house + menu + house_offer;
        third > 0 && third > own
    }
}

/// Raw findings for the lexicon indicators: evidence per code, plus the
/// third-person counts. Thresholds are applied by the caller.
#[derive(Debug, Clone, Default)]
pub struct TextFindings {
    /// Evidence per indicator code.
    pub evidence: HashMap<IndicatorCode, Vec<Evidence>>,
    /// Third-person / first-person counts.
    pub third_person: ThirdPersonCounts,
}

/// Examines `fields` with `lexicons`. `name` is the ad's advertised name.
pub fn find_terms(
    fields: &[FieldText<'_>],
    name: Option<&str>,
    lexicons: &Selection<'_>,
) -> TextFindings {
    let mut out = TextFindings::default();
    let name_tokens: Vec<String> = name
        .map(|n| {
            matcher::tokenize(n)
                .into_iter()
                .filter(|t| t.is_word)
                .map(|t| t.norm)
                .collect()
        })
        .unwrap_or_default();
    let mut found = Vec::new();
    let set = lexicons.set();
    // First-person markers count only in the ad's own language (and its
    // Scandinavian siblings): English "i" is Polish "and".
    let main = lexicons
        .iter()
        .take_while(|l| l.lexicon.language != "en" && l.lexicon.language != "*")
        .count();
    // Position in the selection by lexicon number.
    let rank: Vec<usize> = (0..matcher::MAX_LEXICONS)
        .map(|id| lexicons.rank(u16::try_from(id).unwrap_or(u16::MAX)))
        .collect();
    for f in fields {
        let tokens = matcher::tokenize(f.text);
        if tokens.is_empty() {
            continue;
        }
        found.clear();
        lexicons.index.find_in(&tokens, set, &mut found);
        // Another lexicon's first-person markers count only when the same
        // lexicon also found third-person words: an English passage in a
        // Danish ad is weighed in English, while English "i" in Polish text
        // (where it means "and") is not counted. A pair's right side alone
        // (English "do" is Polish "to") is no third-person word.
        if main > 0 {
            let mut own_third: LexiconSet = 0;
            for f in &found {
                if f.code == IndicatorCode::ThirdPerson
                    && matches!(f.role, Role::Phrase | Role::PairLeft(_))
                {
                    own_third |= 1 << f.lexicon;
                }
            }
            found.retain(|f| {
                f.role != Role::FirstPerson
                    || rank[usize::from(f.lexicon)] < main
                    || own_third & (1 << f.lexicon) != 0
            });
        }
        // The same word matched by several lexicons is one marker.
        // `find_in` gives them in order of their first token: only each
        // token's few need sorting.
        for group in found.chunk_by_mut(|a, b| a.first == b.first) {
            group.sort_unstable_by_key(|f| {
                let lexicon_rank = rank[usize::from(f.lexicon)];
                (
                    f.last,
                    f.code,
                    role_rank(f.role, lexicon_rank),
                    lexicon_rank,
                )
            });
        }
        // The same phrase found by several lexicons (Danish, Norwegian and
        // Swedish share many words) is one match; only pair sides, which
        // join within their own lexicon, are kept per lexicon.
        found.dedup_by(|a, b| {
            a.role == b.role
                && a.first == b.first
                && match a.role {
                    Role::FirstPerson | Role::House | Role::SelfPlural => true,
                    Role::PairLeft(_) | Role::PairRight(_) => false,
                    _ => a.last == b.last && a.code == b.code,
                }
        });
        // A quotation (a client's review) is someone else speaking: its
        // voice is not the ad's.
        let quoted = persons::quoted(&tokens);
        if quoted.iter().any(|q| *q) {
            found.retain(|m| {
                m.code != IndicatorCode::ThirdPerson || !quoted[m.first..m.last].iter().all(|q| *q)
            });
        }
        if let Some(list) = persons::person_list(f.text, &tokens) {
            let listed = list.names;
            out.third_person.listed = out.third_person.listed.max(listed);
            let ev = evidence(f, &tokens, list.first, list.last);
            out.evidence
                .entry(IndicatorCode::MultiplePersons)
                .or_default()
                .push(ev.clone());
            if listed >= 3 {
                out.evidence
                    .entry(IndicatorCode::ThirdPerson)
                    .or_default()
                    .push(ev);
            }
        }
        collect_field(f, &tokens, &found, &name_tokens, lexicons, &mut out);
    }
    for ev in out.evidence.values_mut() {
        // Overlapping matches ("she is" and "she is new") are one piece of
        // evidence: keep the longest of each overlapping group.
        ev.sort_by_key(|e| (e.field, e.start, std::cmp::Reverse(e.end)));
        let mut kept: Vec<Evidence> = Vec::with_capacity(ev.len());
        for e in ev.drain(..) {
            match kept.last() {
                Some(k) if k.field == e.field && e.start < k.end => {}
                _ => kept.push(e),
            }
        }
        *ev = kept;
    }
    out.third_person.pair = out
        .evidence
        .get(&IndicatorCode::MultiplePersons)
        .is_some_and(|ev| ev.iter().any(|e| persons::names_a_pair(&e.excerpt)));
    out.third_person.third = out
        .evidence
        .get(&IndicatorCode::ThirdPerson)
        .map_or(0, Vec::len);
    out
}

/// Sort rank of a found phrase's role; pairs by the rank of their lexicon in
/// the selection, then by number.
fn role_rank(r: Role, lexicon_rank: usize) -> (u8, usize, u32) {
    match r {
        Role::Phrase => (0, 0, 0),
        Role::PairLeft(n) => (1, lexicon_rank, n),
        Role::PairRight(n) => (2, lexicon_rank, n),
        Role::Exclude => (3, 0, 0),
        Role::ExcludeBefore => (4, 0, 0),
        Role::FirstPerson => (5, 0, 0),
        Role::NameVerb => (6, 0, 0),
        Role::House => (7, 0, 0),
        Role::SelfPlural => (8, 0, 0),
        Role::ExcludeAfter => (9, 0, 0),
    }
}

fn evidence(f: &FieldText<'_>, tokens: &[Token], first: usize, last: usize) -> Evidence {
    let start = tokens[first].start;
    let end = tokens[last - 1].end;
    Evidence {
        field: f.field,
        start,
        end,
        excerpt: f.text[start..end].to_string(),
    }
}

fn collect_field(
    f: &FieldText<'_>,
    tokens: &[Token],
    found: &[Found],
    name: &[String],
    lexicons: &Selection<'_>,
    out: &mut TextFindings,
) {
    let excludes: Vec<&Found> = found
        .iter()
        .filter(|x| {
            matches!(
                x.role,
                Role::Exclude | Role::ExcludeBefore | Role::ExcludeAfter
            )
        })
        .collect();
    let cancelled = |m: &Found| {
        excludes.iter().any(|x| {
            x.code == m.code
                && match x.role {
                    Role::Exclude => x.first <= m.first && m.last <= x.last,
                    Role::ExcludeBefore => {
                        x.last <= m.first
                            && m.first - x.last < EXCLUDE_BEFORE_WINDOW
                            // Not across a sentence end: "she speaks English. Thai girl".
                            && !tokens[x.last..m.first]
                                .iter()
                                .any(|t| matches!(t.norm.as_str(), "." | "!" | "?" | ";"))
                    }
                    Role::ExcludeAfter => x.first == m.last,
                    _ => false,
                }
        })
    };
    let push = |code: IndicatorCode, first: usize, last: usize, out: &mut TextFindings| {
        out.evidence
            .entry(code)
            .or_default()
            .push(evidence(f, tokens, first, last));
    };
    let mut first_person: Vec<(usize, usize)> = Vec::new();
    for m in found {
        match m.role {
            Role::Phrase if !cancelled(m) => push(m.code, m.first, m.last, out),
            Role::PairLeft(n) => {
                let gap = lexicons.index.pair_gap(m.lexicon, m.code, n);
                // The right side must follow within `gap` words, and belong
                // to the same pair.
                // Only words in the gap: a pair does not reach across
                // punctuation ("call her, she" is not "her she").
                if let Some(r) = found.iter().find(|r| {
                    r.code == m.code
                        && r.role == Role::PairRight(n)
                        && r.lexicon == m.lexicon
                        && r.first >= m.last
                        && r.first - m.last <= gap
                        && tokens[m.last..r.first].iter().all(|t| t.is_word)
                }) {
                    let joined = Found {
                        lexicon: m.lexicon,
                        code: m.code,
                        role: Role::Phrase,
                        first: m.first,
                        last: r.last,
                    };
                    if !cancelled(&joined) {
                        push(m.code, m.first, r.last, out);
                    }
                }
            }
            Role::FirstPerson => first_person.push((m.first, m.last)),
            Role::House if !cancelled(m) => {
                out.third_person.house += 1;
                push(m.code, m.first, m.last, out);
            }
            // Not cancelled by the exclusions, which are about third-person
            // words ("we ? girls ?" holds "we two").
            Role::SelfPlural => out.third_person.self_plural += 1,
            _ => {}
        }
    }
    // The ad's own name followed by a third-person verb ("Anna is new
    // here"), or with a `name_verbs` entry starting with an apostrophe glued
    // to it ("Anna's photos"). Not across a gap: "Jeg hedder Anna og er 25"
    // is her own voice.
    if !name.is_empty() {
        let (last, head) = name.split_last().expect("name is not empty");
        for i in 0..tokens.len() {
            if i + name.len() > tokens.len()
                || !tokens[i..i + head.len()]
                    .iter()
                    .zip(head)
                    .all(|(t, n)| &t.norm == n)
            {
                continue;
            }
            let t = &tokens[i + head.len()];
            if &t.norm == last {
                let after = i + name.len();
                if let Some(v) = found.iter().find(|v| {
                    v.role == Role::NameVerb
                        && v.code == IndicatorCode::ThirdPerson
                        && v.first == after
                }) {
                    push(IndicatorCode::ThirdPerson, i, v.last, out);
                }
            } else if t.norm.strip_prefix(last.as_str()).is_some_and(|rest| {
                lexicons
                    .iter()
                    .any(|l| l.name_suffixes.iter().any(|s| s == rest))
            }) {
                push(IndicatorCode::ThirdPerson, i, i + name.len(), out);
            }
        }
    }
    // A first-person marker inside a third-person match is part of it, not
    // the ad's own voice (Romanian "sunt" is "I am" and "they are":
    // "fetele noastre sunt").
    let third: &[Evidence] = out
        .evidence
        .get(&IndicatorCode::ThirdPerson)
        .map_or(&[], Vec::as_slice);
    out.third_person.first += first_person
        .iter()
        .filter(|(a, b)| {
            let (start, end) = (tokens[*a].start, tokens[*b - 1].end);
            !third
                .iter()
                .any(|e| e.field == f.field && e.start <= start && end <= e.end)
        })
        .count();
}

/// Finds the emoji and words behind each lexicon indicator of `code` in a
/// single text (a convenience for tests and tools).
pub fn find_in_text(text: &str, lang: Option<&str>, code: IndicatorCode) -> Vec<Evidence> {
    let lex = Lexicons::builtin().for_language(lang);
    let mut f = find_terms(
        &[FieldText {
            field: AdField::Text,
            text,
        }],
        None,
        &lex,
    );
    f.evidence.remove(&code).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_without_a_lexicon_gets_every_lexicon_english_last() {
        let lex = Lexicons::builtin();
        let all = lex.for_language(Some("ca"));
        assert_eq!(all.len(), lex.all().count());
        let langs: Vec<&str> = all.iter().map(|l| l.lexicon.language.as_str()).collect();
        assert_eq!(&langs[langs.len() - 2..], ["en", "*"]);
        let da: Vec<&str> = lex
            .for_language(Some("da"))
            .iter()
            .map(|l| l.lexicon.language.as_str())
            .collect();
        assert_eq!(da, ["da", "nb", "sv", "en", "*"]);
    }

    #[test]
    fn pairs_do_not_reach_across_punctuation() {
        let got = find_in_text(
            "She really loves dancing.",
            Some("en"),
            IndicatorCode::ThirdPerson,
        );
        assert_eq!(got[0].excerpt, "She really loves");
        let none = find_in_text(
            "Ring os, er du klar?",
            Some("da"),
            IndicatorCode::ThirdPerson,
        );
        assert!(none.is_empty(), "{none:?}");
    }

    #[test]
    fn pairs_join_only_their_own_lexicon() {
        let lex = |code: &str, l: &str, r: &str| {
            Lexicon::from_toml_str(
                &format!(
                    "language = \"{code}\"\n[indicators.third_person]\n\
                     pairs = [{{ left = [\"{l}\"], right = [\"{r}\"], max_gap = 1 }}]\n"
                ),
                "x.toml",
            )
            .unwrap()
        };
        let all = Lexicons::new(vec![lex("xx", "aa", "bb"), lex("yy", "cc", "dd")]);
        let lexicons = all.select(&["xx", "yy"]);
        let find = |text: &str| {
            find_terms(
                &[FieldText {
                    field: AdField::Text,
                    text,
                }],
                None,
                &lexicons,
            )
            .third_person
            .third
        };
        assert_eq!(find("aa bb. cc x dd"), 2);
        assert_eq!(find("aa dd. cc bb"), 0);
    }

    #[test]
    fn first_person_words_inside_a_third_person_match_do_not_count() {
        // Romanian "sunt" is "I am" and "they are".
        let lex = Lexicons::builtin().for_language(Some("ro"));
        let f = find_terms(
            &[FieldText {
                field: AdField::Text,
                text: "Fetele noastre sunt discrete. Sunt Ioana.",
            }],
            None,
            &lex,
        );
        assert_eq!((f.third_person.third, f.third_person.first), (1, 1));
    }
}
