//! Word tokens and a compiled phrase index over a lexicon.
//!
//! Text is split into word tokens (letters and digits, with inner
//! apostrophes) and one-character tokens for everything else that is not
//! space (punctuation, emoji), each keeping its byte span. Tokens are folded
//! (lower case, diacritics removed) so that lexicons match ads written without
//! diacritics. The phrases of every lexicon go into one index, each tagged
//! with its lexicon, so one pass over the tokens finds every term of every
//! indicator in every lexicon asked for.

use crate::model::IndicatorCode;
use crate::text::lexicon::{Lexicon, TermSet};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// One token of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the start in the original text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// Folded form (lower case, no diacritics).
    pub norm: String,
    /// Whether this is a word (letters/digits) rather than a symbol.
    pub is_word: bool,
    /// Whether the token opens a sentence: first in the text, or after a
    /// line break or `.`, `!`, `?`, `;`, `:` (emoji and other symbols in
    /// between do not end the opening).
    pub sentence_start: bool,
    /// Whether folding removed a diacritic or replaced a letter (`här` →
    /// `har`), beyond lower-casing.
    pub folded: bool,
}

/// Symbols after which a new sentence starts.
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | ':' | '¡' | '¿')
}

/// Characters that only modify the previous one (emoji variation selectors,
/// joiners, skin tones); they are not tokens of their own.
fn ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{FE0E}' | '\u{FE0F}' | '\u{200D}' | '\u{200B}' | '\u{00AD}'
    ) || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

/// Appends the folded form of `c` to `out`.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'ł' | 'Ł' => out.push('l'),
        'ø' | 'Ø' => out.push('o'),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        'đ' | 'Đ' => out.push('d'),
        'ı' => out.push('i'),
        '’' | '‘' | 'ʼ' => out.push('\''),
        _ => {
            for l in c.to_lowercase() {
                decompose_canonical(l, |d| {
                    if !is_combining_mark(d) {
                        out.push(d);
                    }
                });
            }
        }
    }
}

/// Folds a whole string (see [`fold_char`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Whether folding `c` gives something other than its lower case: a letter
/// with a diacritic (`ä`, `ă`) or a replaced letter (`ø`, `ß`).
/// `scratch` is working space, cleared first.
fn changes_when_folded(c: char, scratch: &mut String) -> bool {
    if is_combining_mark(c) {
        return true;
    }
    scratch.clear();
    fold_char(c, scratch);
    !c.to_lowercase().eq(scratch.chars())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    let mut at_start = true;
    let mut scratch = String::new();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            at_start = true;
            continue;
        }
        if c.is_whitespace() || ignorable(c) {
            continue;
        }
        if c.is_alphanumeric() {
            let mut norm = String::with_capacity(16);
            fold_char(c, &mut norm);
            let mut folded = !c.is_ascii() && changes_when_folded(c, &mut scratch);
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() || is_combining_mark(d) {
                    folded |= !d.is_ascii() && changes_when_folded(d, &mut scratch);
                    fold_char(d, &mut norm);
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_apostrophe(d) {
                    // Keep an apostrophe only between letters: "i'm", "she's".
                    let mut look = chars.clone();
                    look.next();
                    match look.peek() {
                        Some(&(_, e)) if e.is_alphabetic() => {
                            norm.push('\'');
                            chars.next();
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start: i,
                end,
                norm,
                is_word: true,
                sentence_start: at_start,
                folded,
            });
            at_start = false;
        } else {
            let mut norm = String::new();
            fold_char(c, &mut norm);
            tokens.push(Token {
                start: i,
                end: i + c.len_utf8(),
                norm,
                is_word: false,
                sentence_start: at_start,
                folded: false,
            });
            if ends_sentence(c) {
                at_start = true;
            } else if c == ',' {
                at_start = false;
            }
        }
    }
    tokens
}

/// One word of a compiled phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum PatWord {
    Exact(String),
    Prefix(String),
    Any,
    /// `#`: any number written in digits.
    Number,
}

impl PatWord {
    fn matches(&self, t: &str) -> bool {
        match self {
            PatWord::Exact(w) => w == t,
            PatWord::Prefix(p) => t.starts_with(p.as_str()),
            PatWord::Any => true,
            PatWord::Number => !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()),
        }
    }
}

/// What a phrase in the index stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Counts as a match on its own.
    Phrase,
    /// Left side of pair number `n` of the indicator.
    PairLeft(u32),
    /// Right side of pair number `n`.
    PairRight(u32),
    /// Cancels matches inside it.
    Exclude,
    /// Cancels matches shortly after it.
    ExcludeBefore,
    /// Cancels a match it directly follows.
    ExcludeAfter,
    /// First-person marker (third_person).
    FirstPerson,
    /// Verb after the ad's name (third_person).
    NameVerb,
    /// House, agency or controller voice (third_person).
    House,
    /// Several women speaking for themselves (third_person).
    SelfPlural,
}

/// A phrase occurrence found in a token list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Which lexicon of the index the phrase comes from (its position in
    /// the list given to [`PhraseIndex::compile_all`]).
    pub lexicon: u16,
    /// Indicator the phrase belongs to.
    pub code: IndicatorCode,
    /// What the phrase does.
    pub role: Role,
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub last: usize,
}

/// One compiled phrase.
#[derive(Debug, Clone)]
struct Compiled {
    lexicon: u16,
    words: Vec<PatWord>,
    code: IndicatorCode,
    role: Role,
    /// Written with a leading `^`: matches only at a sentence start.
    anchored: bool,
    /// Per word: written in plain ASCII where the role asks for the written
    /// form (see [`strict_role`]), so it does not match a word that had
    /// diacritics.
    plain: Vec<bool>,
}

/// Roles whose words must not match a word that only folds into them:
/// Swedish "här" ("here") folds to "har" ("has"), so "Lina här" is not
/// "Lina har", and "hon här" is not "hon har". A lexicon word written with
/// diacritics still matches the word written without them.
fn strict_role(code: IndicatorCode, role: Role) -> bool {
    role == Role::NameVerb
        || (code == IndicatorCode::ThirdPerson && matches!(role, Role::PairRight(_)))
}

/// FNV-1a over a word's bytes: words are short, and SipHash would cost
/// more than the rest of a lookup.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hasher for short words (FNV-1a): for maps keyed by words.
pub(crate) type WordHash = BuildHasherDefault<WordHasher>;

type WordMap<V> = HashMap<String, V, WordHash>;

/// A set of lexicons of one index, as a bit per lexicon number.
pub type LexiconSet = u64;

/// Most lexicons one index holds (the bits of a [`LexiconSet`]).
pub const MAX_LEXICONS: usize = 64;

/// The phrases of one or more lexicons, indexed by their first word.
#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    phrases: Vec<Compiled>,
    /// Phrases by their first word, as (lexicon, phrase number).
    exact: WordMap<Vec<(u16, u32)>>,
    /// Prefix phrases of two or three characters, keyed by them.
    prefix: WordMap<Vec<(u16, u32)>>,
    /// Prefix phrases of [`LONG_PREFIX`] characters or more, keyed by their
    /// first [`LONG_PREFIX`] characters: the generated nationality stems
    /// (`brasiliansk*`) would otherwise crowd the two-character buckets.
    prefix_long: WordMap<Vec<(u16, u32)>>,
    /// Phrases starting with `#` (a number).
    number: Vec<(u16, u32)>,
    /// Max gap per (lexicon, indicator, pair index).
    pair_gaps: HashMap<(u16, IndicatorCode, u32), usize>,
}

fn first_two(s: &str) -> &str {
    first_n(s, 2)
}

/// Characters of a prefix from which it is indexed by its first four.
const LONG_PREFIX: usize = 4;

fn first_n(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

impl PhraseIndex {
    /// Compiles every term of `lex` (as lexicon 0).
    pub fn compile(lex: &Lexicon) -> PhraseIndex {
        Self::compile_all([lex])
    }

    /// Compiles every term of each lexicon, numbered in order from 0; past
    /// [`MAX_LEXICONS`] lexicons are left out.
    pub fn compile_all<'a>(lexicons: impl IntoIterator<Item = &'a Lexicon>) -> PhraseIndex {
        let mut idx = PhraseIndex::default();
        for (n, lex) in lexicons.into_iter().take(MAX_LEXICONS).enumerate() {
            let n = u16::try_from(n).unwrap_or(u16::MAX);
            for (key, set) in &lex.indicators {
                if let Some(code) = IndicatorCode::parse(key) {
                    idx.add_set(n, code, set);
                }
            }
        }
        idx
    }

    fn add_set(&mut self, lexicon: u16, code: IndicatorCode, set: &TermSet) {
        let mut add = |p: &String, role| self.add(p, lexicon, code, role);
        for p in &set.phrases {
            add(p, Role::Phrase);
        }
        for (n, pair) in set.pairs.iter().enumerate() {
            let n = u32::try_from(n).unwrap_or(u32::MAX);
            for l in &pair.left {
                add(l, Role::PairLeft(n));
            }
            for r in &pair.right {
                add(r, Role::PairRight(n));
            }
        }
        for p in &set.exclude {
            add(p, Role::Exclude);
        }
        for p in &set.exclude_before {
            add(p, Role::ExcludeBefore);
        }
        for p in &set.exclude_after {
            add(p, Role::ExcludeAfter);
        }
        for p in &set.first_person {
            add(p, Role::FirstPerson);
        }
        for p in &set.name_verbs {
            add(p, Role::NameVerb);
        }
        for p in &set.house {
            add(p, Role::House);
        }
        for p in &set.self_plural {
            add(p, Role::SelfPlural);
        }
        for (n, pair) in set.pairs.iter().enumerate() {
            let n = u32::try_from(n).unwrap_or(u32::MAX);
            self.pair_gaps.insert((lexicon, code, n), pair.max_gap);
        }
    }

    /// The most words allowed between the sides of pair `n` of `code` in
    /// lexicon `lexicon`.
    pub fn pair_gap(&self, lexicon: u16, code: IndicatorCode, n: u32) -> usize {
        self.pair_gaps
            .get(&(lexicon, code, n))
            .copied()
            .unwrap_or(0)
    }

    fn add(&mut self, phrase: &str, lexicon: u16, code: IndicatorCode, role: Role) {
        let trimmed = phrase.trim_start();
        let anchored = trimmed.starts_with('^');
        let phrase = trimmed.trim_start_matches('^');
        let strict = strict_role(code, role);
        let tokens = tokenize(phrase);
        // One flag per pattern word (a `*` joins the word before it).
        let mut plain: Vec<bool> = tokens
            .iter()
            .filter(|t| t.norm != "*")
            .map(|t| strict && !t.folded && t.norm != "?" && t.norm != "#")
            .collect();
        let words: Vec<PatWord> = tokens
            .into_iter()
            .map(|t| match t.norm.as_str() {
                "?" => PatWord::Any,
                "#" => PatWord::Number,
                _ => PatWord::Exact(t.norm),
            })
            .collect();
        // A trailing `*` is tokenised as its own symbol token: fold it into the
        // word before it as a prefix marker.
        let mut pat: Vec<PatWord> = Vec::with_capacity(words.len());
        for w in words {
            match (&w, pat.last_mut()) {
                (PatWord::Exact(s), Some(PatWord::Exact(prev))) if s == "*" => {
                    let p = std::mem::take(prev);
                    *pat.last_mut().expect("just matched") = PatWord::Prefix(p);
                }
                _ => pat.push(w),
            }
        }
        let id = u32::try_from(self.phrases.len()).unwrap_or(u32::MAX);
        match pat.first() {
            Some(PatWord::Exact(w)) => self.exact.entry(w.clone()).or_default().push((lexicon, id)),
            Some(PatWord::Prefix(p)) if p.chars().count() >= LONG_PREFIX => self
                .prefix_long
                .entry(first_n(p, LONG_PREFIX).to_string())
                .or_default()
                .push((lexicon, id)),
            Some(PatWord::Prefix(p)) if p.chars().count() >= 2 => self
                .prefix
                .entry(first_two(p).to_string())
                .or_default()
                .push((lexicon, id)),
            // A lone `#` only as a pair side ("1🌹"), never a match of its own.
            Some(PatWord::Number) if pat.len() > 1 || role != Role::Phrase => {
                self.number.push((lexicon, id))
            }
            // Empty phrases, phrases starting with `?`, a lone `#` phrase and one-letter prefixes
            // would match nearly everything: ignored.
            _ => return,
        }
        plain.truncate(pat.len());
        self.phrases.push(Compiled {
            lexicon,
            words: pat,
            code,
            role,
            anchored,
            plain,
        });
    }

    /// Finds every phrase occurrence in `tokens`.
    pub fn find(&self, tokens: &[Token], out: &mut Vec<Found>) {
        self.find_in(tokens, LexiconSet::MAX, out);
    }

    /// Finds every occurrence in `tokens` of a phrase of the `lexicons`
    /// asked for, in order of their first token.
    pub fn find_in(&self, tokens: &[Token], lexicons: LexiconSet, out: &mut Vec<Found>) {
        for i in 0..tokens.len() {
            let t = tokens[i].norm.as_str();
            let exact = self.exact.get(t).map(Vec::as_slice).unwrap_or(&[]);
            let pre = self
                .prefix
                .get(first_two(t))
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let long = if t.len() >= LONG_PREFIX {
                self.prefix_long
                    .get(first_n(t, LONG_PREFIX))
                    .map(Vec::as_slice)
                    .unwrap_or(&[])
            } else {
                &[]
            };
            let number: &[(u16, u32)] = if PatWord::Number.matches(t) {
                &self.number
            } else {
                &[]
            };
            for &(lexicon, id) in exact.iter().chain(pre).chain(long).chain(number) {
                if lexicons & (1 << lexicon) == 0 {
                    continue;
                }
                let c = &self.phrases[id as usize];
                let n = c.words.len();
                if i + n > tokens.len() || (c.anchored && !tokens[i].sentence_start) {
                    continue;
                }
                if c.words
                    .iter()
                    .zip(&tokens[i..i + n])
                    .zip(&c.plain)
                    .all(|((p, t), plain)| p.matches(&t.norm) && !(*plain && t.folded))
                {
                    out.push(Found {
                        lexicon: c.lexicon,
                        code: c.code,
                        role: c.role,
                        first: i,
                        last: i + n,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_spans_and_fold() {
        let t = tokenize("Hun er FRISK, fată! I'm 24/7 🍒\u{FE0F}");
        let norms: Vec<_> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            ["hun", "er", "frisk", ",", "fata", "!", "i'm", "24", "/", "7", "🍒"]
        );
        let text = "Hun er FRISK, fată!";
        let t = tokenize(text);
        assert_eq!(&text[t[4].start..t[4].end], "fată");
    }

    #[test]
    fn sentence_starts() {
        let t = tokenize("Es rubia, es alta. 🌹 Tiene 22\nvive aquí");
        let starts: Vec<_> = t
            .iter()
            .filter(|t| t.sentence_start && t.is_word)
            .map(|t| t.norm.as_str())
            .collect();
        assert_eq!(starts, ["es", "tiene", "vive"]);
    }

    #[test]
    fn a_hash_matches_a_number_only() {
        use crate::text::lexicon::Lexicon;
        let lex = Lexicon::from_toml_str(
            "language = \"xx\"\n[indicators.youth_terms]\nphrases = [\"ung\"]\nexclude = [\"# år ung\"]\n",
            "xx.toml",
        )
        .unwrap();
        let idx = PhraseIndex::compile(&lex);
        let roles = |text: &str| {
            let mut out = Vec::new();
            idx.find(&tokenize(text), &mut out);
            out.iter().map(|f| f.role).collect::<Vec<_>>()
        };
        // Swedish "är" folds into "år": only a number before "år" excludes.
        assert_eq!(roles("Hon är ung"), [Role::Phrase]);
        assert_eq!(roles("45 år ung"), [Role::Exclude, Role::Phrase]);
    }

    #[test]
    fn anchored_phrases_match_only_at_sentence_start() {
        use crate::text::lexicon::Lexicon;
        let lex = Lexicon::from_toml_str(
            "language = \"xx\"\n[indicators.third_person]\nphrases = [\"^ es\"]\n",
            "xx.toml",
        )
        .unwrap();
        let idx = PhraseIndex::compile(&lex);
        let mut out = Vec::new();
        idx.find(&tokenize("Es rubia. Mi piso es bonito"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].first, 0);
    }
}
