//! Hostile input for the ad JSON Lines import (issue 8): no input makes
//! `parse_line` or `Lines` panic, every malformed line is reported with its
//! line number and skipped, good lines around it still come through, and
//! deep nesting or huge lines are refused without unbounded work.

use crawler::import::{parse_line, Lines, MAX_LINE_BYTES};
use proptest::prelude::*;
use serde_json::{json, Value};

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("url".to_string()),
                    Just("site".to_string()),
                    Just("text".to_string()),
                    Just("age".to_string()),
                    Just("phones".to_string()),
                    Just("images".to_string()),
                    Just("posted_at".to_string()),
                    Just("price".to_string()),
                    "[a-z_]{1,8}",
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn good_line(i: usize) -> String {
    json!({"url": format!("https://x.invalid/{i}"), "site": "x", "text": "hello"}).to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_line_never_panics_on_any_string(s in ".{0,300}") {
        let _ = parse_line(&s);
    }

    #[test]
    fn parse_line_on_any_json_accepts_only_complete_ads(v in arb_json()) {
        let text = v.to_string();
        match parse_line(&text) {
            Ok((ad, extra)) => {
                // Accepted only with the required fields as non-empty strings.
                prop_assert!(!ad.url.trim().is_empty());
                prop_assert!(!ad.site.trim().is_empty());
                prop_assert!(v.get("text").is_some_and(Value::is_string));
                if let Some(Value::Object(e)) = extra {
                    prop_assert!(!e.contains_key("url") && !e.contains_key("text"));
                }
            }
            Err(message) => prop_assert!(!message.is_empty()),
        }
    }

    #[test]
    fn lines_reports_every_bad_line_and_keeps_the_good_ones(
        junk in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..80), 1..20),
        good_every in 1usize..4,
    ) {
        // Interleave good lines with arbitrary byte lines (newlines removed so
        // line numbers are known).
        let mut input = Vec::new();
        let mut expected_good = Vec::new();
        let mut line = 0u64;
        for (i, j) in junk.iter().enumerate() {
            if i % good_every == 0 {
                input.extend_from_slice(good_line(i).as_bytes());
                input.push(b'\n');
                line += 1;
                expected_good.push((line, format!("https://x.invalid/{i}")));
            }
            input.extend(j.iter().copied().filter(|&b| b != b'\n'));
            input.push(b'\n');
            line += 1;
        }
        let items: Vec<_> = Lines::new(&input[..]).collect();
        let mut good = Vec::new();
        for item in &items {
            match item {
                Ok((ad, _)) => good.push(ad.url.clone()),
                Err(e) => {
                    prop_assert!(e.line >= 1 && e.line <= line, "line {} of {}", e.line, line);
                    prop_assert!(!e.message.is_empty());
                }
            }
        }
        for (_, url) in &expected_good {
            prop_assert!(good.contains(url), "good line {url} lost among junk");
        }
        prop_assert!(items.len() as u64 <= line);
    }
}

#[test]
fn deeply_nested_json_is_refused_not_a_stack_overflow() {
    for depth in [200usize, 10_000, 1_000_000] {
        let arr = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(parse_line(&arr).is_err());
        let obj = format!(
            "{{\"url\":\"u\",\"site\":\"s\",\"text\":\"t\",\"x\":{}{}}}",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        );
        let e = parse_line(&obj).unwrap_err();
        assert!(e.contains("invalid JSON"), "{e}");
    }
}

#[test]
fn a_line_without_end_is_cut_at_the_cap_and_reading_goes_on() {
    // One line of 3 x the cap without a newline, then a good line: memory
    // stays at about one cap, the long line is reported, the good one read.
    let mut input = vec![b'x'; 3 * MAX_LINE_BYTES];
    input.push(b'\n');
    input.extend_from_slice(good_line(1).as_bytes());
    let items: Vec<_> = Lines::new(std::io::BufReader::with_capacity(8192, &input[..])).collect();
    assert_eq!(items.len(), 2);
    let e = items[0].as_ref().unwrap_err();
    assert_eq!(e.line, 1);
    assert!(e.message.contains("longer than"), "{}", e.message);
    assert_eq!(items[1].as_ref().unwrap().0.url, "https://x.invalid/1");
}

#[test]
fn invalid_utf8_and_nul_bytes_are_reported_with_their_line() {
    let input = b"{\"url\":\"a\",\"site\":\"s\",\"text\":\"\xff\xfe\"}\n\0\0\0\n".to_vec();
    let items: Vec<_> = Lines::new(&input[..]).collect();
    assert_eq!(items.len(), 2);
    let e0 = items[0].as_ref().unwrap_err();
    assert_eq!(e0.line, 1);
    assert!(e0.message.contains("UTF-8"), "{}", e0.message);
    assert_eq!(items[1].as_ref().unwrap_err().line, 2);
}
