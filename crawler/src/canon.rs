//! Canonical URLs, so one page has one frontier key: the fragment is dropped,
//! scheme and host are lower-case, the default port and a trailing dot on the
//! host are removed, an empty path becomes `/`, query parameters are filtered
//! to the site profile's allow-list and sorted, and percent-encoding is
//! normalised (hex digits upper-case, escaped unreserved characters decoded).

use url::Url;

/// Why a URL will not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CanonError {
    /// The URL is longer than the profile allows.
    #[error("URL is {len} bytes long, over the limit of {max}: {prefix}...")]
    TooLong {
        /// Its length in bytes.
        len: usize,
        /// The limit.
        max: usize,
        /// Its first 80 characters, for the message.
        prefix: String,
    },
    /// Not an http(s) URL.
    #[error("not an http(s) URL: {0}")]
    NotHttp(String),
}

/// The canonical form of `url`, keeping only the query parameters named in
/// `allowed_query` (by exact, case-sensitive name, as sites treat them).
pub fn canonicalize(url: &Url, allowed_query: &[String]) -> Url {
    let mut out = url.clone();
    out.set_fragment(None);
    // The url crate already lower-cases scheme and domain, drops the default
    // port and resolves dot segments; a trailing dot names the same host.
    if let Some(url::Host::Domain(d)) = out.host() {
        if d.ends_with('.') && d.len() > 1 {
            let trimmed = d.trim_end_matches('.').to_string();
            let _ = out.set_host(Some(&trimmed));
        }
    }
    let path = normalise_percent(out.path());
    let path = if path.is_empty() {
        "/".to_string()
    } else {
        path
    };
    out.set_path(&path);

    let mut kept: Vec<(String, String)> = out
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let pair = normalise_percent(pair);
            let raw_name = pair.split('=').next().unwrap_or_default();
            let name: String = url::form_urlencoded::parse(raw_name.as_bytes())
                .next()
                .map(|(k, _)| k.into_owned())
                .unwrap_or_default();
            allowed_query.contains(&name).then_some((name, pair))
        })
        .collect();
    kept.sort();
    if kept.is_empty() {
        out.set_query(None);
    } else {
        let query: Vec<&str> = kept.iter().map(|(_, pair)| pair.as_str()).collect();
        out.set_query(Some(&query.join("&")));
    }
    out
}

/// Upper-cases the hex digits of `%xx` escapes and decodes escapes of
/// unreserved characters (`A-Z a-z 0-9 - . _ ~`), which mean the same
/// unescaped (RFC 3986 §6.2.2).
pub fn normalise_percent(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if let (Some(h), Some(l)) = (
                b.get(i + 1).and_then(|c| (*c as char).to_digit(16)),
                b.get(i + 2).and_then(|c| (*c as char).to_digit(16)),
            ) {
                let byte = (h * 16 + l) as u8;
                if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                    out.push(byte as char);
                } else {
                    out.push('%');
                    out.push(b[i + 1].to_ascii_uppercase() as char);
                    out.push(b[i + 2].to_ascii_uppercase() as char);
                }
                i += 3;
                continue;
            }
        }
        // `s` is a URL component, so it is ASCII; copy any other byte safely.
        let ch = s[i..].chars().next().unwrap_or('\u{FFFD}');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// Checks that `url` is http(s) and at most `max` bytes long.
pub fn check_url(url: &Url, max: usize) -> Result<(), CanonError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(CanonError::NotHttp(url.as_str().chars().take(80).collect()));
    }
    let len = url.as_str().len();
    if len > max {
        return Err(CanonError::TooLong {
            len,
            max,
            prefix: url.as_str().chars().take(80).collect(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(s: &str, allowed: &[&str]) -> String {
        let allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
        canonicalize(&Url::parse(s).unwrap(), &allowed).to_string()
    }

    #[test]
    fn drops_fragment_default_port_and_case() {
        assert_eq!(
            canon("HTTPS://Annoncer.Example:443/Side#top", &[]),
            "https://annoncer.example/Side"
        );
        assert_eq!(canon("http://h.example:80", &[]), "http://h.example/");
        assert_eq!(
            canon("http://h.example:8080/a", &[]),
            "http://h.example:8080/a"
        );
        assert_eq!(canon("http://h.example./a", &[]), "http://h.example/a");
    }

    #[test]
    fn filters_and_sorts_query() {
        assert_eq!(
            canon(
                "http://h.example/l?utm_source=x&side=2&by=k%c3%b8ge&sid=9",
                &["side", "by"]
            ),
            "http://h.example/l?by=k%C3%B8ge&side=2"
        );
        assert_eq!(
            canon("http://h.example/l?utm=1", &["side"]),
            "http://h.example/l"
        );
        assert_eq!(
            canon("http://h.example/l?", &["side"]),
            "http://h.example/l"
        );
    }

    #[test]
    fn percent_normalisation() {
        assert_eq!(
            canon("http://h.example/%7euser/%41b%2f", &[]),
            "http://h.example/~user/Ab%2F"
        );
        // Same page, same key.
        assert_eq!(
            canon("http://h.example/a%62", &[]),
            canon("http://h.example/ab", &[])
        );
    }

    #[test]
    fn length_and_scheme_checks() {
        let long = Url::parse(&format!("http://h.example/{}", "a".repeat(3000))).unwrap();
        let err = check_url(&long, 2048).unwrap_err();
        assert!(err.to_string().contains("over the limit of 2048"), "{err}");
        assert!(check_url(&Url::parse("http://h.example/").unwrap(), 2048).is_ok());
        assert!(check_url(&Url::parse("ftp://h.example/").unwrap(), 2048).is_err());
    }
}
