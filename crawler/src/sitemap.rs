//! Sitemaps (the sitemaps.org protocol): a small streaming parser that pulls
//! the `<loc>` values out of a `<urlset>` or a `<sitemapindex>`, or the lines
//! of a plain-text sitemap, without building a document tree.
//!
//! Input is untrusted: the parser never allocates more than the URLs it
//! returns (at most `max_urls`, each at most [`MAX_LOC_BYTES`]), tolerates a
//! body cut off mid-element (the fetcher truncates large files) and skips
//! anything it does not understand instead of failing.

/// Longest `<loc>` value kept; longer ones are skipped (no real URL is this long).
pub const MAX_LOC_BYTES: usize = 4096;

/// What kind of sitemap file was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitemapKind {
    /// `<urlset>`: page URLs.
    UrlSet,
    /// `<sitemapindex>`: URLs of further sitemap files.
    Index,
    /// One URL per line (the protocol's text format).
    Text,
}

/// The URLs found in one sitemap file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sitemap {
    /// Urlset, index or text.
    pub kind: SitemapKind,
    /// The `<loc>` values (or lines), entity-decoded and trimmed, in file order.
    pub locs: Vec<String>,
    /// Whether more than `max_urls` URLs were present (the rest were ignored).
    pub capped: bool,
}

/// Whether `bytes` start like a gzip file (a `.xml.gz` sitemap served as is).
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Unpacks a gzip sitemap (`.xml.gz`), keeping at most `limit` bytes of
/// the unpacked file (a gzip bomb is cut there, not unpacked in full).
pub fn gunzip(bytes: &[u8], limit: usize) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .take(limit as u64)
        .read_to_end(&mut out)
        .map_err(|e| format!("not a readable gzip file: {e}"))?;
    Ok(out)
}

/// Parses a sitemap body, keeping at most `max_urls` URLs.
pub fn parse(bytes: &[u8], max_urls: usize) -> Sitemap {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'<') {
        return parse_text(body, max_urls);
    }
    let mut out = Sitemap {
        kind: SitemapKind::UrlSet,
        locs: Vec::new(),
        capped: false,
    };
    let mut i = 0;
    while let Some(off) = find(&body[i..], b"<") {
        i += off;
        let rest = &body[i..];
        if rest.starts_with(b"<!--") {
            match find(rest, b"-->") {
                Some(end) => i += end + 3,
                None => break,
            }
            continue;
        }
        if rest.starts_with(b"<?") || rest.starts_with(b"<!") || rest.starts_with(b"</") {
            match find(rest, b">") {
                Some(end) => i += end + 1,
                None => break,
            }
            continue;
        }
        let Some(end) = find(rest, b">") else { break };
        let tag = &rest[1..end];
        let name_end = tag
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/')
            .unwrap_or(tag.len());
        let name = local_name(&tag[..name_end]);
        i += end + 1;
        if name.eq_ignore_ascii_case(b"sitemapindex") {
            out.kind = SitemapKind::Index;
        } else if name.eq_ignore_ascii_case(b"loc") && !tag.ends_with(b"/") {
            // The value runs to the next `</`; a body cut off inside it ends the parse.
            let Some(close) = find(&body[i..], b"</") else {
                break;
            };
            let raw = &body[i..i + close];
            i += close;
            if out.locs.len() >= max_urls {
                out.capped = true;
                break;
            }
            if let Some(loc) = loc_value(raw) {
                out.locs.push(loc);
            }
        }
    }
    out
}

fn parse_text(body: &[u8], max_urls: usize) -> Sitemap {
    let text = String::from_utf8_lossy(body);
    let mut out = Sitemap {
        kind: SitemapKind::Text,
        locs: Vec::new(),
        capped: false,
    };
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.len() > MAX_LOC_BYTES {
            continue;
        }
        if out.locs.len() >= max_urls {
            out.capped = true;
            break;
        }
        out.locs.push(line.to_string());
    }
    out
}

/// `ns:loc` → `loc`.
fn local_name(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|b| *b == b':') {
        Some(p) => &name[p + 1..],
        None => name,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The text of a `<loc>` element: CDATA unwrapped, entities decoded, trimmed.
fn loc_value(raw: &[u8]) -> Option<String> {
    if raw.len() > MAX_LOC_BYTES {
        return None;
    }
    let text = String::from_utf8_lossy(raw);
    let text = text.trim();
    let text = text
        .strip_prefix("<![CDATA[")
        .and_then(|t| t.strip_suffix("]]>"))
        .map_or_else(|| decode_entities(text), |t| t.to_string());
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e => e
                .strip_prefix("#x")
                .or_else(|| e.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlset_with_entities_cdata_comments_and_prefixes() {
        let xml = br#"<?xml version="1.0" encoding="UTF-8"?>
<!-- <loc>http://x/commented</loc> -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc> http://h/annonce/1?a=1&amp;b=2 </loc><lastmod>2025-01-01</lastmod></url>
  <url><loc><![CDATA[http://h/annonce/2]]></loc></url>
  <sm:url><sm:loc>http://h/annonce/3</sm:loc></sm:url>
  <url><loc></loc></url>
</urlset>"#;
        let s = parse(xml, 100);
        assert_eq!(s.kind, SitemapKind::UrlSet);
        assert_eq!(
            s.locs,
            [
                "http://h/annonce/1?a=1&b=2",
                "http://h/annonce/2",
                "http://h/annonce/3"
            ]
        );
        assert!(!s.capped);
    }

    #[test]
    fn index_is_recognised() {
        let xml = b"<sitemapindex><sitemap><loc>http://h/s1.xml</loc></sitemap><sitemap><loc>http://h/s2.xml</loc></sitemap></sitemapindex>";
        let s = parse(xml, 100);
        assert_eq!(s.kind, SitemapKind::Index);
        assert_eq!(s.locs, ["http://h/s1.xml", "http://h/s2.xml"]);
    }

    #[test]
    fn truncated_body_keeps_complete_locs() {
        let xml = b"<urlset><url><loc>http://h/1</loc></url><url><loc>http://h/2";
        assert_eq!(parse(xml, 100).locs, ["http://h/1"]);
    }

    #[test]
    fn cap_is_applied_and_reported() {
        let mut xml = String::from("<urlset>");
        for i in 0..10 {
            xml.push_str(&format!("<url><loc>http://h/{i}</loc></url>"));
        }
        let s = parse(xml.as_bytes(), 4);
        assert_eq!(s.locs.len(), 4);
        assert!(s.capped);
    }

    #[test]
    fn text_sitemap_and_garbage() {
        let s = parse(b"http://h/1\n\n http://h/2 \n", 10);
        assert_eq!(s.kind, SitemapKind::Text);
        assert_eq!(s.locs, ["http://h/1", "http://h/2"]);
        // Garbage never panics and yields nothing useful.
        for junk in [
            &b"<<<<>>>"[..],
            b"<loc>",
            b"<",
            b"\xff\xfe<loc>\xc3(</loc>",
            b"",
        ] {
            let _ = parse(junk, 10);
        }
        assert!(is_gzip(&[0x1f, 0x8b, 8, 0]));
    }

    #[test]
    fn gzip_sitemaps_unpack_within_the_cap() {
        use std::io::Write;
        let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(b"<urlset><url><loc>http://h/a</loc></url></urlset>")
            .unwrap();
        let packed = z.finish().unwrap();
        assert!(is_gzip(&packed));
        let body = gunzip(&packed, 1 << 20).unwrap();
        assert_eq!(parse(&body, 10).locs, ["http://h/a"]);
        assert_eq!(gunzip(&packed, 8).unwrap().len(), 8);
        assert!(gunzip(&[0x1f, 0x8b, 1, 2, 3], 100).is_err());
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a&amp;b&#38;c&#x26;d&bogus;e&"),
            "a&b&c&d&bogus;e&"
        );
    }
}
