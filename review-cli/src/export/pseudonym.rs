//! Pseudonymisation: phone numbers and poster ids become keyed hashes
//! (HMAC-SHA256), so exports made with the same key can be matched over time
//! ("the same number again") without revealing the number.
//!
//! The key comes from `$ADSCREEN_PSEUDONYM_KEY` or `--key-file` and must be at
//! least 16 bytes; without one the export refuses. A plain hash would not do:
//! phone numbers are few enough to hash them all and look the hash up.
//!
//! Numbers are replaced wherever they occur — phone fields, the text and
//! title, evidence excerpts, notes, network summaries, even URLs — by
//! searching every string for every number the store holds (as normalised,
//! as written, and as bare digits with and without the country code).

use aho_corasick::{AhoCorasick, MatchKind};
use anyhow::{bail, Context as _, Result};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// The environment variable holding the key.
pub const KEY_ENV: &str = "ADSCREEN_PSEUDONYM_KEY";

/// The shortest key accepted, in bytes.
pub const MIN_KEY_LEN: usize = 16;

/// Needles shorter than this are not searched for (they would match ordinary words and years).
const MIN_NEEDLE_LEN: usize = 6;

/// A pseudonymisation key.
#[derive(Clone)]
pub struct PseudonymKey(Vec<u8>);

impl std::fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PseudonymKey({})", self.key_id())
    }
}

impl PseudonymKey {
    /// A key from bytes (at least [`MIN_KEY_LEN`]).
    pub fn new(bytes: &[u8]) -> Result<PseudonymKey> {
        if bytes.len() < MIN_KEY_LEN {
            bail!(
                "the pseudonymisation key is {} bytes; use at least {MIN_KEY_LEN} random bytes (e.g. `openssl rand -hex 32`)",
                bytes.len()
            );
        }
        Ok(PseudonymKey(bytes.to_vec()))
    }

    /// The key from `key_file` if given, else from `$ADSCREEN_PSEUDONYM_KEY`.
    /// Surrounding whitespace (a final newline) is ignored.
    pub fn load(key_file: Option<&Path>) -> Result<PseudonymKey> {
        PseudonymKey::load_in(&crate::i18n::Tr::default(), key_file)
    }

    /// [`PseudonymKey::load`] with the messages in `tr`'s language.
    pub fn load_in(tr: &crate::i18n::Tr, key_file: Option<&Path>) -> Result<PseudonymKey> {
        use crate::i18n::{num, text};
        let raw = match key_file {
            Some(p) => std::fs::read(p).with_context(|| {
                tr.f(
                    "export-reading-key",
                    &[("file", text(p.display().to_string()))],
                )
            })?,
            None => match std::env::var(KEY_ENV) {
                Ok(v) if !v.trim().is_empty() => v.into_bytes(),
                _ => bail!("{}", tr.t("export-needs-key")),
            },
        };
        let raw = raw.trim_ascii();
        if raw.len() < MIN_KEY_LEN {
            bail!(
                "{}",
                tr.f(
                    "export-key-short",
                    &[
                        ("bytes", num(raw.len() as i64)),
                        ("min", num(MIN_KEY_LEN as i64))
                    ]
                )
            );
        }
        PseudonymKey::new(raw)
    }

    /// A short public id of the key (not the key): equal ids mean comparable hashes.
    pub fn key_id(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"adscreen pseudonym key id\0");
        h.update(&self.0);
        hex::encode(&h.finalize()[..6])
    }

    fn mac(&self, domain: &str, value: &str) -> String {
        // HMAC accepts keys of any length; `new_from_slice` cannot fail for it.
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(domain.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }

    /// The pseudonym of a phone number (give the E.164 form so every way of
    /// writing one number gets one pseudonym).
    pub fn phone(&self, e164: &str) -> String {
        format!("ph_{}", self.mac("phone", e164))
    }

    /// The pseudonym of a poster id on a site.
    pub fn poster(&self, site: &str, poster_id: &str) -> String {
        format!("po_{}", self.mac("poster", &format!("{site}\0{poster_id}")))
    }
}

/// Replaces every known phone string in text by its pseudonym.
pub struct Scrubber {
    automaton: Option<AhoCorasick>,
    tokens: Vec<String>,
}

/// A string after scrubbing, with what was replaced where (to move offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scrubbed {
    /// The new text.
    pub text: String,
    /// (old start, old end, new start, new end) of each replacement, ascending.
    edits: Vec<(usize, usize, usize, usize)>,
}

impl Scrubbed {
    /// Where an old start offset lies in the new text.
    pub fn map_start(&self, old: usize) -> usize {
        self.map(old, true)
    }

    /// Where an old end offset lies in the new text.
    pub fn map_end(&self, old: usize) -> usize {
        self.map(old, false)
    }

    fn map(&self, old: usize, is_start: bool) -> usize {
        let mut shift: isize = 0;
        for &(os, oe, ns, ne) in &self.edits {
            if old >= oe {
                shift = ne as isize - oe as isize;
                continue;
            }
            if old > os {
                // Inside a replaced number: snap to the replacement's edge.
                return if is_start { ns } else { ne };
            }
            break;
        }
        (old as isize + shift).max(0) as usize
    }
}

impl Scrubber {
    /// A scrubber for `phones`: pairs of (a phone string as stored, its E.164
    /// form if known). Each string, its E.164 form and the E.164 digits with
    /// and without the country code are replaced by the E.164 pseudonym.
    pub fn new(key: &PseudonymKey, phones: &[(String, Option<String>)]) -> Scrubber {
        let mut needles: BTreeMap<String, String> = BTreeMap::new();
        let mut add = |needle: &str, token: &str| {
            let n = needle.trim();
            if n.chars().count() >= MIN_NEEDLE_LEN {
                needles
                    .entry(n.to_string())
                    .or_insert_with(|| token.to_string());
            }
        };
        // E.164 entries first so their tokens win for shared strings.
        let mut sorted: Vec<&(String, Option<String>)> = phones.iter().collect();
        sorted.sort_by_key(|(_, e)| e.is_none());
        for (s, e164) in sorted {
            let token = key.phone(e164.as_deref().unwrap_or(s));
            add(s, &token);
            if let Some(e) = e164 {
                add(e, &token);
                let digits: String = e.chars().filter(|c| c.is_ascii_digit()).collect();
                add(&digits, &token);
                // The number without its 1-3 digit country code, as written nationally.
                for cc in 1..=3 {
                    if digits.len() > cc + 6 {
                        add(&digits[cc..], &token);
                    }
                }
            }
        }
        let (patterns, tokens): (Vec<String>, Vec<String>) = needles.into_iter().unzip();
        let automaton = if patterns.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .ok()
        };
        Scrubber { automaton, tokens }
    }

    /// Replaces every known number in `text`.
    pub fn scrub(&self, text: &str) -> Scrubbed {
        let Some(ac) = &self.automaton else {
            return Scrubbed {
                text: text.to_string(),
                edits: Vec::new(),
            };
        };
        let mut out = String::with_capacity(text.len());
        let mut edits = Vec::new();
        let mut last = 0;
        for m in ac.find_iter(text) {
            out.push_str(&text[last..m.start()]);
            let token = &self.tokens[m.pattern().as_usize()];
            let ns = out.len();
            out.push_str(token);
            edits.push((m.start(), m.end(), ns, out.len()));
            last = m.end();
        }
        out.push_str(&text[last..]);
        Scrubbed { text: out, edits }
    }

    /// [`Scrubber::scrub`], keeping only the text.
    pub fn scrub_str(&self, text: &str) -> String {
        self.scrub(text).text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> PseudonymKey {
        PseudonymKey::new(b"0123456789abcdef-test-key").unwrap()
    }

    #[test]
    fn short_keys_are_refused() {
        assert!(PseudonymKey::new(b"short").is_err());
    }

    #[test]
    fn same_number_same_token_other_key_other_token() {
        let k = key();
        assert_eq!(k.phone("+4520123456"), k.phone("+4520123456"));
        assert_ne!(k.phone("+4520123456"), k.phone("+4520123457"));
        let other = PseudonymKey::new(b"another key of 16+ bytes").unwrap();
        assert_ne!(k.phone("+4520123456"), other.phone("+4520123456"));
        assert_ne!(k.key_id(), other.key_id());
    }

    #[test]
    fn scrub_replaces_all_forms_and_maps_offsets() {
        let k = key();
        let s = Scrubber::new(&k, &[("20 12 34 56".into(), Some("+4520123456".into()))]);
        let text = "Ring 20 12 34 56 or +4520123456 or 004520123456, sms 20123456 ok";
        let out = s.scrub(text);
        for form in ["20 12 34 56", "+4520123456", "4520123456", "20123456"] {
            assert!(!out.text.contains(form), "{form} left in {}", out.text);
        }
        let token = k.phone("+4520123456");
        assert_eq!(out.text.matches(&token).count(), 4);
        // "ok" moves with the replacements.
        let old = text.find("ok").unwrap();
        assert_eq!(&out.text[out.map_start(old)..out.map_end(old + 2)], "ok");
        // A span covering the first number maps onto its token.
        let (a, b) = (5, 16);
        assert_eq!(&out.text[out.map_start(a)..out.map_end(b)], token);
        assert_eq!(out.map_start(0), 0);
    }
}
