//! Google's robots.txt reference suite (`robots_test.cc`, RFC 9309) run
//! against our parser and matcher. Every case not marked `google_specific`
//! must pass; the pass rates over all cases are printed for the record.

use crawler::robots::{
    escape_pattern, explain, is_valid_user_agent_to_obey, path_params_query, RobotsTxt,
};
use serde_json::Value;
use std::path::PathBuf;

fn suite(name: &str) -> Option<Vec<Value>> {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/conformance"
    ))
    .join(name);
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!(
            "SKIP: conformance suite {} not found (shared/ absent)",
            path.display()
        );
        return None;
    };
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("suite line is JSON"))
            .collect(),
    )
}

#[test]
fn google_robotstxt_cases() {
    let Some(cases) = suite("robotstxt_cases.jsonl") else {
        return;
    };
    let (mut total, mut passed, mut core_total, mut core_passed) = (0, 0, 0, 0);
    let mut core_failures = Vec::new();
    // The same cases through `explain` (a parsed `Url`, as the crawler uses
    // it): the url crate percent-encodes raw non-ASCII paths, so cases that
    // hinge on an *unescaped* URL differ by design.
    let (mut via_url_total, mut via_url_passed) = (0, 0);
    for case in &cases {
        let robots = case["robotstxt"].as_str().expect("robotstxt");
        let agent = case["user_agent"].as_str().expect("user_agent");
        let url = case["url"].as_str().expect("url");
        let expected = case["expected_allowed"]
            .as_bool()
            .expect("expected_allowed");
        let google_specific = case["google_specific"].as_bool().unwrap_or(false);
        let got = RobotsTxt::parse(robots).check(agent, &path_params_query(url));
        if let (Ok(parsed), true) = (url::Url::parse(url), is_valid_user_agent_to_obey(agent)) {
            via_url_total += 1;
            via_url_passed += usize::from(explain(robots, agent, &parsed).allowed == expected);
        }
        let ok = got.allowed == expected;
        total += 1;
        passed += usize::from(ok);
        if !google_specific {
            core_total += 1;
            core_passed += usize::from(ok);
            if !ok {
                core_failures.push(format!(
                    "{}: expected allowed={expected}, got {:?}",
                    case["id"], got
                ));
            } else if !got.allowed {
                // A disallow must always name the rule that decided it.
                assert!(
                    got.rule.is_some(),
                    "{}: disallowed without a rule",
                    case["id"]
                );
            }
        } else if !ok {
            println!("google-specific case differs: {}", case["id"]);
        }
    }
    println!(
        "robotstxt_cases: {passed}/{total} passed over all cases ({:.1}%), {core_passed}/{core_total} over non-google-specific cases ({:.1}%)",
        100.0 * passed as f64 / total as f64,
        100.0 * core_passed as f64 / core_total as f64
    );
    println!("robotstxt_cases via explain(&Url): {via_url_passed}/{via_url_total} (cases with a parsable URL and a valid agent)");
    assert!(core_total > 0, "suite has no non-google-specific cases");
    assert!(
        core_failures.is_empty(),
        "failures:\n{}",
        core_failures.join("\n")
    );
}

#[test]
fn google_robotstxt_aux_cases() {
    let Some(cases) = suite("robotstxt_aux_cases.jsonl") else {
        return;
    };
    let (mut total, mut passed) = (0, 0);
    let mut failures = Vec::new();
    for case in &cases {
        let input = case["input"].as_str().expect("input");
        let ok = match case["kind"].as_str().expect("kind") {
            "valid_user_agent_to_obey" => {
                is_valid_user_agent_to_obey(input) == case["expected"].as_bool().expect("bool")
            }
            "path_params_query" => {
                path_params_query(input) == case["expected"].as_str().expect("str")
            }
            "escape_pattern" => escape_pattern(input) == case["expected"].as_str().expect("str"),
            other => {
                println!("aux kind `{other}` not applicable, skipped");
                continue;
            }
        };
        total += 1;
        passed += usize::from(ok);
        if !ok {
            failures.push(format!("{case}"));
        }
    }
    println!("robotstxt_aux_cases: {passed}/{total} passed");
    assert!(total > 0);
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}
