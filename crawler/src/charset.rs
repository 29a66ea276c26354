//! Decoding fetched HTML bytes to text, choosing the character encoding in
//! this order: byte order mark, the `Content-Type` header's `charset`, a
//! `<meta charset>` / `<meta http-equiv>` in the first 1024 bytes, then
//! statistical detection (chardetng, hinted by the site's top-level domain).
//!
//! A declared UTF-8 that the bytes contradict (invalid UTF-8) is ignored in
//! favour of detection: legacy Danish sites often claim UTF-8 and send
//! windows-1252. Labels follow the WHATWG Encoding Standard, so `ISO-8859-1`
//! and `latin1` decode as windows-1252, as browsers do.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use std::fmt;

/// How many leading bytes are searched for a `<meta>` declaration.
pub const META_PRESCAN_BYTES: usize = 1024;

/// Where the encoding came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    /// A byte order mark.
    Bom,
    /// The `Content-Type` header.
    Header,
    /// A `<meta>` element.
    Meta,
    /// Statistical detection.
    Detected,
}

impl fmt::Display for CharsetSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CharsetSource::Bom => "byte order mark",
            CharsetSource::Header => "Content-Type header",
            CharsetSource::Meta => "<meta> declaration",
            CharsetSource::Detected => "detection",
        })
    }
}

/// Decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text (malformed sequences replaced by U+FFFD).
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// Where the encoding came from.
    pub source: CharsetSource,
    /// Whether malformed sequences were replaced.
    pub had_errors: bool,
}

/// Decodes an HTML document. `content_type` is the raw header value, if any;
/// `tld` is the host's top-level domain (e.g. `"dk"`), a hint for detection.
pub fn decode_html(bytes: &[u8], content_type: Option<&str>, tld: Option<&str>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(&bytes[bom_len..], encoding, CharsetSource::Bom);
    }
    let declared = content_type
        .and_then(charset_from_content_type)
        .map(|e| (e, CharsetSource::Header))
        .or_else(|| sniff_meta_charset(bytes).map(|e| (e, CharsetSource::Meta)));
    if let Some((encoding, source)) = declared {
        // A UTF-8 claim the bytes contradict is wrong more often than the bytes.
        if encoding != UTF_8 || std::str::from_utf8(bytes).is_ok() {
            return finish(bytes, encoding, source);
        }
    }
    finish(bytes, detect(bytes, tld), CharsetSource::Detected)
}

/// Guesses the encoding of undeclared bytes.
pub fn detect(bytes: &[u8], tld: Option<&str>) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    // chardetng wants a lower-case ASCII label; anything else is no hint.
    let tld = tld
        .map(str::to_ascii_lowercase)
        .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase()));
    detector.guess(tld.as_deref().map(str::as_bytes), true)
}

fn finish(bytes: &[u8], encoding: &'static Encoding, source: CharsetSource) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding,
        source,
        had_errors,
    }
}

/// The encoding named by a `Content-Type` value's `charset` parameter.
pub fn charset_from_content_type(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let label = value.trim().trim_matches(|c| c == '"' || c == '\'');
        Encoding::for_label(label.as_bytes())
    })
}

/// The encoding declared by a `<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">` within the
/// first [`META_PRESCAN_BYTES`] bytes. UTF-16 labels mean UTF-8 here (bytes
/// that can carry an ASCII `<meta>` are not UTF-16), as in the HTML standard.
pub fn sniff_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(found) = find(&lower[from..], b"<meta") {
        let start = from + found + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        if let Some(encoding) = charset_in_tag(&lower[start..end]) {
            return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                UTF_8
            } else {
                encoding
            });
        }
        from = end;
    }
    None
}

/// Finds `charset` `=` label inside one (lower-cased) `<meta ...` tag.
fn charset_in_tag(tag: &[u8]) -> Option<&'static Encoding> {
    let mut from = 0;
    while let Some(found) = find(&tag[from..], b"charset") {
        let mut i = from + found + b"charset".len();
        from = i;
        while tag.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if tag.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while tag
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            i += 1;
        }
        let label_end = tag[i..]
            .iter()
            .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
            .map_or(tag.len(), |e| i + e);
        if let Some(encoding) = Encoding::for_label(&tag[i..label_end]) {
            return Some(encoding);
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The top-level domain of a URL's host as a detection hint (`dk` for
/// `www.annoncer.dk`); `None` for IP addresses.
pub fn tld_hint(url: &url::Url) -> Option<String> {
    match url.host()? {
        url::Host::Domain(d) => d
            .trim_end_matches('.')
            .rsplit('.')
            .next()
            .filter(|t| t.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_lowercase),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Rødgrød med fløde på Ærø" and more Danish prose, in windows-1252.
    fn danish_1252() -> Vec<u8> {
        let text = "<html><body><p>Hej! Jeg er ny i byen og bor tæt på stationen. \
            Rødgrød med fløde på Ærø, søde drømme og blå øjne. Kærlig hilsen fra Århus, \
            hvor vi går tur ved åen hver søndag.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        bytes.into_owned()
    }

    #[test]
    fn bom_wins_over_header() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("blå".as_bytes());
        let d = decode_html(&bytes, Some("text/html; charset=windows-1252"), None);
        assert_eq!(d.text, "blå");
        assert_eq!(d.source, CharsetSource::Bom);
    }

    #[test]
    fn header_charset_iso_8859_1_is_windows_1252() {
        let d = decode_html(
            &danish_1252(),
            Some("text/html; charset=\"ISO-8859-1\""),
            Some("dk"),
        );
        assert!(d.text.contains("Rødgrød med fløde på Ærø"), "{}", d.text);
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1252);
        assert_eq!(d.source, CharsetSource::Header);
        assert!(!d.had_errors);
    }

    #[test]
    fn meta_charset_and_http_equiv() {
        let mut page = b"<html><head><meta charset='windows-1252'></head>".to_vec();
        page.extend_from_slice(&danish_1252());
        let d = decode_html(&page, Some("text/html"), None);
        assert_eq!(d.source, CharsetSource::Meta);
        assert!(d.text.contains("Ærø"));

        let mut page =
            b"<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-1\">"
                .to_vec();
        page.extend_from_slice(&danish_1252());
        let d = decode_html(&page, None, None);
        assert_eq!(d.source, CharsetSource::Meta);
        assert!(d.text.contains("søndag"));
    }

    #[test]
    fn false_utf8_claim_falls_back_to_detection() {
        let d = decode_html(&danish_1252(), Some("text/html; charset=utf-8"), Some("dk"));
        assert_eq!(d.source, CharsetSource::Detected);
        assert!(d.text.contains("Rødgrød med fløde på Ærø"), "{}", d.text);
        assert!(!d.had_errors);
    }

    #[test]
    fn undeclared_legacy_bytes_are_detected() {
        let d = decode_html(&danish_1252(), None, Some("dk"));
        assert_eq!(d.source, CharsetSource::Detected);
        assert!(d.text.contains("hvor vi går tur ved åen"), "{}", d.text);
    }

    #[test]
    fn undeclared_utf8_stays_utf8() {
        let d = decode_html("<p>Rødgrød på Ærø</p>".as_bytes(), None, Some("dk"));
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.text, "<p>Rødgrød på Ærø</p>");
    }

    #[test]
    fn meta_beyond_prescan_is_ignored() {
        let mut page = vec![b' '; META_PRESCAN_BYTES];
        page.extend_from_slice(b"<meta charset=koi8-r>");
        assert_eq!(sniff_meta_charset(&page), None);
    }

    #[test]
    fn tld_of_hosts() {
        let u = |s: &str| url::Url::parse(s).unwrap();
        assert_eq!(
            tld_hint(&u("https://www.annoncer.dk/x")).as_deref(),
            Some("dk")
        );
        assert_eq!(tld_hint(&u("http://127.0.0.1:8080/")), None);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..3000),
                                           ct in proptest::option::of("[ -~]{0,40}"),
                                           tld in proptest::option::of("[ -~]{0,4}")) {
                let d = decode_html(&bytes, ct.as_deref(), tld.as_deref());
                prop_assert!(!d.text.is_empty() || bytes.len() <= 4);
            }

            #[test]
            fn meta_prescan_never_panics(prefix in "[ -~]{0,200}", label in "[ -~]{0,20}") {
                let page = format!("{prefix}<meta charset={label}><meta http-equiv=x content='a;charset={label}'>");
                let _ = sniff_meta_charset(page.as_bytes());
            }

            #[test]
            fn declared_utf8_round_trips(text in "\\PC{0,200}") {
                let d = decode_html(text.as_bytes(), Some("text/html; charset=utf-8"), Some("dk"));
                prop_assert_eq!(d.text, text);
            }

            #[test]
            fn declared_latin1_round_trips(text in "[ -~\\u{a0}-\\u{ff}]{0,200}") {
                let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
                let d = decode_html(&bytes, Some("text/html; charset=iso-8859-1"), Some("dk"));
                prop_assert_eq!(d.text, text);
            }
        }
    }
}
