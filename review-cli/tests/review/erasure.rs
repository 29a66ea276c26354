//! `review erase` and `review subject` through the binary: the number in
//! any written form, confirmation, what is left in the database file and
//! in an export made afterwards.

use crate::support::{fixture, LINA_TEXT};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use store::prelude::*;

fn review(db: &Path, argv: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_review"))
        .arg("--db")
        .arg(db)
        .args(["--reviewer", "dora", "--lang", "en"])
        .args(argv)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn count_in(bytes: &[u8], needle: &str) -> usize {
    bytes
        .windows(needle.len())
        .filter(|w| *w == needle.as_bytes())
        .count()
}

#[test]
fn subject_lists_what_is_held_about_a_number_in_any_written_form() {
    let f = fixture();
    let o = review(&f.path, &["subject", "--phone", "20 12 34 56", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["e164"], "+4520123456");
    let ids: Vec<i64> = v["ads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["ad"]["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [1, 2]);
    assert!(v["ads"][0]["versions"].as_array().unwrap().len() == 1);
    let o = review(&f.path, &["subject", "--phone", "not a number"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("is not a phone number"), "{}", text(&o));
}

#[test]
fn erase_asks_then_leaves_no_trace_in_the_file_or_a_new_export() {
    let f = fixture();
    // No terminal and no --yes: nothing happens.
    let o = review(&f.path, &["erase", "--phone", "0045 2012 3456"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("--yes"), "{}", text(&o));
    assert!(text(&o).contains("ads"), "the plan is shown: {}", text(&o));
    assert_eq!(f.store().count_ads().unwrap(), 5);
    // Two subjects at once are refused by the parser.
    let o = review(&f.path, &["erase", "--phone", "+4520123456", "--ad", "1"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));

    let o = review(&f.path, &["erase", "--phone", "+45 20 12 34 56", "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Erased +4520123456: 2 ads"),
        "{}",
        text(&o)
    );
    let s = f.store();
    assert_eq!(s.count_ads().unwrap(), 3);
    let log = s.audit_log(Some("erasure"), 5).unwrap();
    assert_eq!(log.len(), 1);
    assert!(!log[0].details.to_string().contains("4520123456"));
    // The networks were linked again without the erased ads.
    for id in s.network_ids().unwrap() {
        let n = s.network(id).unwrap().unwrap();
        assert!(!n.ad_ids.contains(&1) && !n.ad_ids.contains(&2), "{n:?}");
    }
    drop(s);

    let out = f._dir.path().join("after.json");
    let o = review(
        &f.path,
        &["export", "--all", "--yes", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    let export = std::fs::read(&out).unwrap();
    let mut db = std::fs::read(&f.path).unwrap();
    db.extend(std::fs::read(f.path.with_extension("db-wal")).unwrap_or_default());
    for needle in ["+4520123456", "20 12 34 56", "Lina", "Sofia", LINA_TEXT] {
        assert_eq!(count_in(&export, needle), 0, "`{needle}` in the export");
        assert_eq!(count_in(&db, needle), 0, "`{needle}` in the database file");
    }
    // Erasing it again finds nothing.
    let o = review(&f.path, &["erase", "--phone", "+4520123456", "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("Nothing is held"), "{}", text(&o));
}
