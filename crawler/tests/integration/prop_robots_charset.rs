//! Hostile input for robots.txt and charset decoding (issue 8), beyond the
//! unit proptests in their modules: arbitrary bytes and adversarial
//! wildcard patterns never panic, the result is the same as for the
//! text cut at the size cap, and decoding always yields valid text.

use crawler::charset::{decode_html, sniff_meta_charset};
use crawler::robots::{pattern_matches, RobotsTxt, MAX_ROBOTS_BYTES};
use proptest::prelude::*;

fn arb_robots() -> impl Strategy<Value = Vec<u8>> {
    let line = prop_oneof![
        Just(b"User-agent: *\n".to_vec()),
        Just(b"User-agent: adscreen\n".to_vec()),
        Just(b"Disallow: /\n".to_vec()),
        Just(b"Allow: /escorts/\n".to_vec()),
        Just(b"Disallow: /*.php$\n".to_vec()),
        Just(b"Disallow: /**********a*a*a*a*b$\n".to_vec()),
        Just(b"Crawl-delay: 99999999999999999999\n".to_vec()),
        Just(b"Crawl-delay: -1\n".to_vec()),
        Just(b"Crawl-delay: nan\n".to_vec()),
        Just(b"Sitemap: javascript:x\n".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"%zz%00%\n".to_vec()),
        prop::collection::vec(any::<u8>(), 0..40),
    ];
    prop::collection::vec(line, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn robots_never_panics_and_answers_every_path(
        body in arb_robots(),
        path in "/[ -~]{0,60}",
        ua in prop::sample::select(vec!["adscreen", "*", "", "AdScreen/1.0", "ä"]),
    ) {
        let r = RobotsTxt::parse_bytes(&body);
        let m = r.check(ua, &path);
        // The decision is deterministic.
        prop_assert_eq!(m.allowed, r.check(ua, &path).allowed);
        let _ = r.crawl_delay(ua);
        let _ = r.sitemaps();
    }

    #[test]
    fn wildcard_patterns_match_like_a_reference(
        pattern in "[ab*]{0,12}\\$?",
        path in "[ab]{0,12}",
    ) {
        prop_assert_eq!(pattern_matches(&path, &pattern), reference(&path, &pattern));
    }

    #[test]
    fn decoding_any_bytes_gives_text(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        ct in prop::option::of(prop_oneof![
            Just("text/html; charset=utf-8".to_string()),
            Just("text/html; charset=windows-1252".to_string()),
            Just("text/html; charset=utf-16".to_string()),
            Just("text/html; charset=\"x-unknown\"".to_string()),
            Just("text/html; charset=".to_string()),
            "[ -~]{0,40}",
        ]),
        tld in prop::option::of("[a-z]{2}"),
    ) {
        let d = decode_html(&bytes, ct.as_deref(), tld.as_deref());
        // Valid UTF-8 without a BOM, header or <meta> is kept as it is.
        if ct.is_none()
            && std::str::from_utf8(&bytes).is_ok()
            && sniff_meta_charset(&bytes).is_none()
            && !bytes.starts_with(b"\xEF\xBB\xBF")
            && !bytes.starts_with(b"\xFE\xFF")
            && !bytes.starts_with(b"\xFF\xFE")
        {
            prop_assert_eq!(d.text.as_bytes(), &bytes[..]);
        }
    }
}

/// Exponential-time reference matcher for short inputs.
fn reference(path: &str, pattern: &str) -> bool {
    let (pat, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    fn go(s: &[u8], p: &[u8], anchored: bool) -> bool {
        match p.split_first() {
            None => !anchored || s.is_empty(),
            Some((b'*', rest)) => (0..=s.len()).any(|i| go(&s[i..], rest, anchored)),
            Some((c, rest)) => s.first() == Some(c) && go(&s[1..], rest, anchored),
        }
    }
    go(path.as_bytes(), pat.as_bytes(), anchored)
}

#[test]
fn adversarial_wildcards_on_long_paths_finish() {
    // A naive backtracking matcher takes exponential time here; the linear
    // one answers at once.
    let pattern = format!("{}b$", "*a".repeat(1000));
    let path = format!("/{}", "a".repeat(2000));
    assert!(!pattern_matches(&path, &pattern));
    let body = format!("User-agent: *\nDisallow: {pattern}\n").repeat(200);
    let r = RobotsTxt::parse(&body);
    assert!(r.check("adscreen", &path).allowed);
}

#[test]
fn a_robots_txt_past_the_cap_is_cut_not_read_whole() {
    let mut body = b"User-agent: *\nAllow: /\n".to_vec();
    while body.len() < 4 * MAX_ROBOTS_BYTES {
        body.extend_from_slice(b"# padding padding padding padding\n");
    }
    body.extend_from_slice(b"Disallow: /\n");
    let r = RobotsTxt::parse_bytes(&body);
    assert!(r.truncated());
    assert!(
        r.check("adscreen", "/x").allowed,
        "a rule past the cap is ignored"
    );
}

#[test]
fn decoding_megabytes_of_garbage_is_bounded_text() {
    let bytes: Vec<u8> = (0..5_000_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let d = decode_html(&bytes, None, Some("dk"));
    // Each input byte gives at most one replacement character (3 bytes).
    assert!(d.text.len() <= 3 * bytes.len());
}
