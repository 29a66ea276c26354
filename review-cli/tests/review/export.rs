//! Exports end to end: a store built with the real analysis and linking, then
//! exported as a person would (the CLI contract parsed by clap), validated by
//! an independent JSON Schema validator against the committed schema, and
//! searched for personal data that must not be there.

use chrono::{Duration as CDuration, Utc};
use clap::Parser;
use model::Ad;
use review_cli::cli::{Cli, Command, ExportArgs};
use review_cli::export::{self, schema, ExportOutcome};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use store::prelude::*;
use store::review::{ReviewStatus, Target};
use store::Store;

const KEY: &str = "test-pseudonym-key-0123456789";

fn schema_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/export.schema.json")
}

fn committed_schema() -> Value {
    serde_json::from_str(&std::fs::read_to_string(schema_path()).expect("docs/export.schema.json"))
        .expect("schema is JSON")
}

/// Validates `doc` against the committed schema, or against `$defs/<def>` of it.
fn validate(doc: &Value, def: Option<&str>) {
    let mut schema = committed_schema();
    if let Some(def) = def {
        schema = serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$defs": schema["$defs"].clone(),
            "$ref": format!("#/$defs/{def}"),
        });
    }
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the committed schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "schema violations: {errors:#?}");
}

fn ad(n: u32, site: &str, name: &str, city: &str, text: &str) -> Ad {
    Ad {
        url: format!("https://{site}.invalid/annonce/{n}"),
        site: site.into(),
        text: text.into(),
        title: Some(format!("{name} i {city}")),
        name: Some(name.into()),
        age: Some(20 + n % 10),
        location: Some(city.into()),
        posted_at: Some(Utc::now() - CDuration::days(i64::from(n))),
        images: vec![format!("https://{site}.invalid/img/{n}.jpg")],
        external_id: Some(format!("x{n}")),
        poster_id: Some(format!("user{n}")),
        ..Ad::default()
    }
}

/// A store with analysed and linked ads: a shared number across cities
/// (a network), an obfuscated number, a structured phone field, notes with
/// numbers in them, and reviewed cases.
fn build_store(dir: &Path) -> Store {
    let mut store = Store::open(&dir.join("case.db")).unwrap();
    let now = Utc::now();
    let ads = [
        ad(
            1,
            "nattergal",
            "Anna",
            "København",
            "Hun er ny og sød. Ring 20 12 34 56 for en tid.",
        ),
        ad(
            2,
            "nattergal",
            "Bella",
            "Aarhus",
            "Hun er ung og frisk. Ring 20 12 34 56, 24/7.",
        ),
        ad(
            3,
            "nattergal",
            "Clara",
            "Odense",
            "Jeg er Clara, skriv sms til to nul et to tre fire fem syv.",
        ),
        {
            let mut a = ad(
                4,
                "citylights",
                "Dina",
                "Aalborg",
                "Two girls available, call +45 20 12 34 58 now.",
            );
            a.phones = vec!["+45 20 12 34 58".into()];
            a
        },
        ad(
            5,
            "citylights",
            "Eva",
            "Vejle",
            "Relaxing massage by appointment. No phone, message me here.",
        ),
    ];
    let mut ids = Vec::new();
    for a in &ads {
        ids.push(store.upsert_ad(a, "DK", None, now).unwrap().ad_id);
    }
    for (i, id) in ids.iter().enumerate() {
        let url = &ads[i].images[0];
        store
            .set_image_hash(*id, url, Ok(0x5de4_5e9e_b499_b6e4 ^ (i as u64) << 40))
            .unwrap();
    }
    let rules = indicators::rules::Rules::builtin();
    crawler::engine::refresh(&mut store, &rules, Default::default(), |_| {}).unwrap();
    store
        .set_status(
            Target::Ad(ids[0]),
            ReviewStatus::Referred,
            "anna",
            Some("ringede til 20 12 34 56"),
        )
        .unwrap();
    store
        .set_status(Target::Ad(ids[2]), ReviewStatus::NeedsOutreach, "ben", None)
        .unwrap();
    store
        .add_note(Target::Ad(ids[3]), "ben", "same as +4520123458?")
        .unwrap();
    store
}

fn args(cmd: &[&str]) -> ExportArgs {
    let mut argv = vec!["review", "export"];
    argv.extend_from_slice(cmd);
    match Cli::try_parse_from(argv).unwrap().command {
        Some(Command::Export(a)) => a,
        other => panic!("not an export: {other:?}"),
    }
}

fn run_export(store: &mut Store, a: &ExportArgs) -> (Option<ExportOutcome>, String) {
    let opts = export::options_from_args(a).unwrap();
    let mut log = Vec::new();
    let outcome = export::export(store, "tester", &opts, &mut log, &mut |_| Ok(true)).unwrap();
    (outcome, String::from_utf8(log).unwrap())
}

/// Every phone string in the store, in every form a reader could search for.
fn store_numbers(store: &Store) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stmt = store
        .test_conn()
        .prepare("SELECT e164, raw FROM phones")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap();
    for row in rows {
        let (e164, raw) = row.unwrap();
        out.insert(e164.trim_start_matches('+').to_string());
        out.insert(e164[3..].to_string()); // the Danish national number
        out.insert(e164);
        out.insert(raw);
    }
    assert!(out.len() >= 8, "the fixture must hold numbers: {out:?}");
    out
}

fn store_strings(store: &Store, sql: &str) -> BTreeSet<String> {
    let mut stmt = store.test_conn().prepare(sql).unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

fn sha256_file(p: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(p).unwrap()))
}

#[test]
fn committed_schema_matches_the_types() {
    let generated = schema::export_schema_text();
    if std::env::var_os("UPDATE_EXPORT_SCHEMA").is_some() {
        std::fs::write(schema_path(), &generated).unwrap();
    }
    let committed = std::fs::read_to_string(schema_path()).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/export.schema.json is out of date: run `UPDATE_EXPORT_SCHEMA=1 cargo test -p review-cli --test review export::committed_schema` and commit it"
    );
    // Every indicator code is described.
    let s = committed_schema();
    let codes = &s["$defs"]["IndicatorCode"]["oneOf"];
    assert_eq!(
        codes.as_array().unwrap().len(),
        model::IndicatorCode::ALL.len()
    );
    for c in codes.as_array().unwrap() {
        assert!(c["description"].as_str().unwrap().len() > 20, "{c}");
    }
}

#[test]
fn every_field_has_a_description() {
    fn walk(v: &Value, path: &str, missing: &mut Vec<String>) {
        if let Some(props) = v.get("properties").and_then(Value::as_object) {
            for (k, p) in props {
                if p.get("description").is_none() {
                    missing.push(format!("{path}.{k}"));
                }
            }
        }
        match v {
            Value::Object(m) => m
                .iter()
                .for_each(|(k, c)| walk(c, &format!("{path}/{k}"), missing)),
            Value::Array(a) => a.iter().for_each(|c| walk(c, path, missing)),
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&schema::export_schema(), "", &mut missing);
    assert!(
        missing.is_empty(),
        "fields without a description: {missing:?}"
    );
}

#[test]
fn full_export_validates_is_complete_ordered_and_audited() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = build_store(dir.path());
    let out = dir.path().join("all.json");
    let (outcome, log) = run_export(
        &mut store,
        &args(&["--all", "--yes", "--out", out.to_str().unwrap()]),
    );
    let outcome = outcome.expect("written");
    assert!(log.contains("5 ads"), "{log}");
    assert!(log.contains("phone numbers"), "{log}");
    let doc: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    validate(&doc, None);
    // Also a typed read.
    let typed: export::model::ExportDocument = serde_json::from_value(doc.clone()).unwrap();
    let ids: Vec<i64> = typed.ads.iter().map(|a| a.ad_id).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "ads in id order");
    assert_eq!(ids.len() as i64, store.count_ads().unwrap());
    assert!(
        !typed.networks.is_empty(),
        "the shared number makes a network"
    );
    let net = &typed.networks[0];
    assert!(net.phones.contains(&"+4520123456".to_string()), "{net:?}");
    let shared: Vec<_> = typed
        .ads
        .iter()
        .filter(|a| {
            a.indicators
                .iter()
                .any(|i| i.code.0 == model::IndicatorCode::SharedPhone)
        })
        .collect();
    assert_eq!(shared.len(), 2);
    // Evidence that quotes the ad is the ad's own words at those offsets.
    for a in &typed.ads {
        for i in &a.indicators {
            for e in &i.evidence {
                if e.field == "text" && a.text.get(e.start..e.end) == Some(e.excerpt.as_str()) {
                    continue;
                }
                assert!(e.field != "text" || !e.excerpt.is_empty(), "{e:?}");
            }
        }
    }
    assert_eq!(typed.ads[0].review.status, "referred");
    assert_eq!(typed.ads[0].review.events.len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let audit = store.audit_log(Some("export"), 10).unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].actor, "tester");
    assert_eq!(audit[0].details["sha256"], sha256_file(&out));
    assert_eq!(audit[0].details["sha256"], outcome.written.sha256);
    assert_eq!(audit[0].details["ads"], 5);
    assert_eq!(audit[0].details["query"]["selection"], "all");
    // No temporary file is left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".partial"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn jsonl_has_header_ads_networks_end_and_matches_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = build_store(dir.path());
    let json = dir.path().join("a.json");
    let jsonl = dir.path().join("a.jsonl");
    run_export(
        &mut store,
        &args(&["--all", "--yes", "--out", json.to_str().unwrap()]),
    );
    run_export(
        &mut store,
        &args(&[
            "--all",
            "--yes",
            "--format",
            "jsonl",
            "--out",
            jsonl.to_str().unwrap(),
        ]),
    );
    let doc: Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let text = std::fs::read_to_string(&jsonl).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for l in &lines {
        validate(l, Some("JsonlLine"));
    }
    let kinds: Vec<&str> = lines
        .iter()
        .map(|l| l["record"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"header"));
    assert_eq!(kinds.last(), Some(&"end"));
    let ads: Vec<Value> = lines
        .iter()
        .filter(|l| l["record"] == "ad")
        .map(|l| {
            let mut l = l.clone();
            l.as_object_mut().unwrap().remove("record");
            l
        })
        .collect();
    assert_eq!(
        Value::Array(ads),
        doc["ads"],
        "the same ads, in the same order"
    );
    let nets = lines.iter().filter(|l| l["record"] == "network").count();
    assert_eq!(nets, doc["networks"].as_array().unwrap().len());
    assert_eq!(lines.last().unwrap()["ads"], 5);
}

#[test]
fn aggregate_contains_no_number_name_or_url() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = build_store(dir.path());
    let out = dir.path().join("agg.json");
    let (o, _) = run_export(
        &mut store,
        &args(&[
            "--all",
            "--aggregate",
            "--min-cell",
            "1",
            "--yes",
            "--out",
            out.to_str().unwrap(),
        ]),
    );
    assert!(o.is_some());
    let text = std::fs::read_to_string(&out).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    validate(&doc, None);
    assert_eq!(doc["totals"]["ads"], 5);
    assert!(doc["per_indicator"]["shared_phone"].as_u64().unwrap() >= 2);
    let mut forbidden = store_numbers(&store);
    forbidden.extend(store_strings(
        &store,
        "SELECT name FROM ads WHERE name IS NOT NULL",
    ));
    forbidden.extend(store_strings(&store, "SELECT url FROM ads"));
    forbidden.extend(store_strings(&store, "SELECT url FROM images"));
    forbidden.extend(store_strings(
        &store,
        "SELECT poster_id FROM ads WHERE poster_id IS NOT NULL",
    ));
    forbidden.extend(store_strings(&store, "SELECT text FROM ads"));
    for f in &forbidden {
        assert!(
            !text.contains(f.as_str()),
            "aggregate export contains `{f}`"
        );
    }
    // With the default threshold, single-ad cities are folded together.
    let out3 = dir.path().join("agg3.json");
    run_export(
        &mut store,
        &args(&[
            "--all",
            "--aggregate",
            "--yes",
            "--out",
            out3.to_str().unwrap(),
        ]),
    );
    let doc3: Value = serde_json::from_slice(&std::fs::read(&out3).unwrap()).unwrap();
    assert_eq!(doc3["per_city"]["(other)"], 5, "{}", doc3["per_city"]);
}

#[test]
fn pseudonymised_export_contains_no_number_and_is_stable() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = build_store(dir.path());
    let key = dir.path().join("key");
    std::fs::write(&key, format!("{KEY}\n")).unwrap();
    let export_once = |store: &mut Store, name: &str| {
        let out = dir.path().join(name);
        run_export(
            store,
            &args(&[
                "--all",
                "--pseudonymise",
                "--key-file",
                key.to_str().unwrap(),
                "--yes",
                "--out",
                out.to_str().unwrap(),
            ]),
        );
        std::fs::read_to_string(out).unwrap()
    };
    let text = export_once(&mut store, "p1.json");
    let doc: Value = serde_json::from_str(&text).unwrap();
    validate(&doc, None);
    for n in store_numbers(&store) {
        assert!(
            !text.contains(n.as_str()),
            "pseudonymised export contains the number `{n}`"
        );
    }
    for p in store_strings(
        &store,
        "SELECT poster_id FROM ads WHERE poster_id IS NOT NULL",
    ) {
        assert!(!text.contains(&format!("\"{p}\"")), "poster id {p} left");
    }
    // One number, one pseudonym: the two ads sharing a number still share it.
    let ads = doc["ads"].as_array().unwrap();
    let first = ads[0]["phones"][0]["e164"].as_str().unwrap().to_string();
    assert!(first.starts_with("ph_"));
    assert_eq!(ads[1]["phones"][0]["e164"], first.as_str());
    assert!(
        ads[0]["text"].as_str().unwrap().contains(&first),
        "number in text replaced by its pseudonym"
    );
    assert!(doc["networks"][0]["phones"]
        .as_array()
        .unwrap()
        .contains(&Value::from(first.clone())));
    // Evidence re-cut from the scrubbed text.
    for a in ads {
        for i in a["indicators"].as_array().unwrap() {
            for e in i["evidence"].as_array().unwrap() {
                if e["field"] == "text" {
                    let t = a["text"].as_str().unwrap();
                    let (s, en) = (
                        e["start"].as_u64().unwrap() as usize,
                        e["end"].as_u64().unwrap() as usize,
                    );
                    if let Some(slice) = t.get(s..en) {
                        if slice != e["excerpt"] {
                            // Cross-ad descriptions are not slices; they still hold no number.
                            assert!(i["code"] != "third_person", "{e} vs {slice}");
                        }
                    }
                }
            }
        }
    }
    // Same key, same pseudonyms across exports.
    let again = export_once(&mut store, "p2.json");
    assert!(again.contains(&first));
    assert_eq!(
        doc["query"]["pseudonym_key_id"].as_str().map(str::len),
        Some(12)
    );
}

#[test]
fn pseudonymise_refuses_without_a_key() {
    let a = args(&[
        "--all",
        "--pseudonymise",
        "--yes",
        "--out",
        "/tmp/never.json",
    ]);
    if std::env::var_os(review_cli::export::pseudonym::KEY_ENV).is_none() {
        let err = export::options_from_args(&a).err().expect("refused");
        assert!(err.to_string().contains("needs a key"), "{err}");
    }
    let dir = tempfile::tempdir().unwrap();
    let short = dir.path().join("k");
    std::fs::write(&short, "short").unwrap();
    let a = args(&[
        "--all",
        "--pseudonymise",
        "--key-file",
        short.to_str().unwrap(),
        "--out",
        "x.json",
    ]);
    assert!(export::options_from_args(&a).is_err());
}

#[test]
fn encrypted_export_decrypts_with_the_identity_and_validates() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let mut store = build_store(dir.path());
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let out = dir.path().join("sealed.json.age");
    let (o, log) = run_export(
        &mut store,
        &args(&[
            "--all",
            "--encrypt-to",
            &recipient,
            "--yes",
            "--out",
            out.to_str().unwrap(),
        ]),
    );
    assert!(log.contains("encrypted to 1 age recipient"), "{log}");
    let o = o.unwrap();
    let sealed = std::fs::read(&out).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1"));
    assert!(
        !String::from_utf8_lossy(&sealed).contains("ad_id"),
        "no plaintext"
    );
    let decryptor = age::Decryptor::new(&sealed[..]).unwrap();
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap();
    let mut plain = Vec::new();
    reader.read_to_end(&mut plain).unwrap();
    let doc: Value = serde_json::from_slice(&plain).unwrap();
    validate(&doc, None);
    assert_eq!(doc["ads"].as_array().unwrap().len(), 5);
    let audit = &store.audit_log(Some("export"), 1).unwrap()[0];
    assert_eq!(audit.details["sha256"], sha256_file(&out));
    assert_eq!(
        audit.details["plaintext_sha256"],
        hex::encode(Sha256::digest(&plain))
    );
    assert_eq!(audit.details["encrypted_to"][0], recipient.as_str());
    assert_eq!(
        o.written.plaintext_sha256.as_deref(),
        audit.details["plaintext_sha256"].as_str()
    );
    // A wrong identity cannot read it.
    let other = age::x25519::Identity::generate();
    assert!(age::Decryptor::new(&sealed[..])
        .unwrap()
        .decrypt(std::iter::once(&other as &dyn age::Identity))
        .is_err());
    // Bad recipients are refused before anything is read.
    assert!(
        export::options_from_args(&args(&["--all", "--encrypt-to", "age1nope", "--out", "x"]))
            .is_err()
    );
}

#[test]
fn selection_defaults_to_referred_and_honours_ids_and_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = build_store(dir.path());
    let out = dir.path().join("sel.json");
    let o = out.to_str().unwrap();
    let (r, _) = run_export(&mut store, &args(&["--yes", "--out", o]));
    let doc: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(r.unwrap().ads, 1);
    assert_eq!(doc["query"]["status"], "referred");
    assert_eq!(doc["ads"][0]["review"]["status"], "referred");
    // The referred ad's network comes along, whole.
    assert_eq!(doc["networks"].as_array().unwrap().len(), 1);

    let (r, _) = run_export(&mut store, &args(&["--ids", "5,3", "--yes", "--out", o]));
    assert_eq!(r.unwrap().ads, 2);
    let doc: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let ids: Vec<i64> = doc["ads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["ad_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![3, 5]);

    let (r, _) = run_export(
        &mut store,
        &args(&[
            "--status",
            "any",
            "--site",
            "citylights",
            "--yes",
            "--out",
            o,
        ]),
    );
    assert_eq!(r.unwrap().ads, 2);
    let (r, _) = run_export(
        &mut store,
        &args(&["--status", "needs_outreach", "--yes", "--out", o]),
    );
    assert_eq!(r.unwrap().ads, 1);

    // Nothing matches: nothing written.
    std::fs::remove_file(&out).unwrap();
    let (r, log) = run_export(
        &mut store,
        &args(&["--status", "contacted", "--yes", "--out", o]),
    );
    assert!(r.is_none() && !out.exists(), "{log}");

    // Not confirmed: nothing written, nothing audited.
    let before = store.audit_log(Some("export"), 100).unwrap().len();
    let opts = export::options_from_args(&args(&["--all", "--out", o])).unwrap();
    let mut log = Vec::new();
    let r = export::export(&mut store, "t", &opts, &mut log, &mut |_| Ok(false)).unwrap();
    assert!(r.is_none() && !out.exists());
    assert_eq!(store.audit_log(Some("export"), 100).unwrap().len(), before);

    assert!(export::options_from_args(&args(&["--all", "--site", "x", "--out", o])).is_err());
    assert!(
        export::options_from_args(&args(&["--all"])).is_err(),
        "--out is required"
    );
    assert!(export::options_from_args(&args(&["--all", "--format", "xml", "--out", o])).is_err());
}

/// The binary: with no terminal and no --yes it refuses and writes nothing;
/// then a sequence of actions reads back from `review audit --json`.
#[test]
fn cli_refuses_without_terminal_and_audit_reads_back() {
    use std::process::{Command as Proc, Stdio};
    let dir = tempfile::tempdir().unwrap();
    drop(build_store(dir.path()));
    let db = dir.path().join("case.db");
    let review = |argv: &[&str]| {
        Proc::new(env!("CARGO_BIN_EXE_review"))
            .arg("--db")
            .arg(&db)
            .args(["--reviewer", "carla"])
            .args(argv)
            .stdin(Stdio::null())
            .env_remove(review_cli::export::pseudonym::KEY_ENV)
            .output()
            .unwrap()
    };
    let out = dir.path().join("cli.json");
    let o = out.to_str().unwrap();
    let r = review(&["export", "--all", "--out", o]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("5 ads") && err.contains("--yes"), "{err}");
    assert!(!out.exists());

    assert!(review(&["mark", "2", "contacted"]).status.success());
    assert!(review(&["note", "2", "talked to her"]).status.success());
    assert!(review(&["export", "--all", "--yes", "--out", o])
        .status
        .success());
    let backup = dir.path().join("copy.db");
    let b = review(&["backup", backup.to_str().unwrap()]);
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let a = review(&["audit", "--json"]);
    assert!(a.status.success());
    let log: Vec<Value> = serde_json::from_slice(&a.stdout).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e["action"].as_str().unwrap()).collect();
    // Newest first: backup, export, note, status, then the fixture's own.
    assert_eq!(
        &actions[..4],
        &["backup", "export", "review.note", "review.status"],
        "{actions:?}"
    );
    assert!(log[..4].iter().all(|e| e["actor"] == "carla"));
    assert_eq!(log[1]["details"]["sha256"], sha256_file(&out));
    assert_eq!(log[0]["details"]["sha256"], sha256_file(&backup));
    let only = review(&["audit", "--action", "export", "--json"]);
    let only: Vec<Value> = serde_json::from_slice(&only.stdout).unwrap();
    assert_eq!(only.len(), 1);
    let table = String::from_utf8(review(&["audit"]).stdout).unwrap();
    assert!(
        table.contains("export") && table.contains("carla"),
        "{table}"
    );
}

/// The demo crawl, exported and validated, when the crawler binary is built
/// (`cargo build --bin crawler`); skipped with a message otherwise.
#[test]
fn demo_export_validates_when_the_crawler_is_built() {
    let exe = std::env::current_exe().unwrap();
    let crawler = exe
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("crawler"))
        .filter(|p| p.is_file());
    let Some(crawler) = crawler else {
        println!("skipped: the crawler binary is not built (cargo build --bin crawler)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let st = std::process::Command::new(crawler)
        .args(["demo", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    let mut store = Store::open_existing_writable(&db).unwrap();
    let out = dir.path().join("demo.json");
    run_export(
        &mut store,
        &args(&["--all", "--yes", "--out", out.to_str().unwrap()]),
    );
    let doc: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    validate(&doc, None);
    assert!(doc["ads"].as_array().unwrap().len() > 20);
    let p = dir.path().join("demo-p.json");
    let key = dir.path().join("key");
    std::fs::write(&key, KEY).unwrap();
    run_export(
        &mut store,
        &args(&[
            "--all",
            "--pseudonymise",
            "--key-file",
            key.to_str().unwrap(),
            "--yes",
            "--out",
            p.to_str().unwrap(),
        ]),
    );
    let text = std::fs::read_to_string(&p).unwrap();
    validate(&serde_json::from_str(&text).unwrap(), None);
    for n in store_numbers(&store) {
        assert!(
            !text.contains(n.as_str()),
            "demo pseudonymised export contains `{n}`"
        );
    }
}

/// The export's selection query agrees with the review queue's for every filter.
#[test]
fn export_selection_matches_the_queue() {
    use store::query::ListFilter;
    let dir = tempfile::tempdir().unwrap();
    let store = build_store(dir.path());
    let filters = [
        ListFilter::default(),
        ListFilter {
            site: Some("citylights".into()),
            ..ListFilter::default()
        },
        ListFilter {
            location: Some("aarhus".into()),
            ..ListFilter::default()
        },
        ListFilter {
            status: Some(ReviewStatus::Referred),
            ..ListFilter::default()
        },
        ListFilter {
            indicator: Some("shared_phone".into()),
            ..ListFilter::default()
        },
        ListFilter {
            min_score: Some(2.0),
            ..ListFilter::default()
        },
        ListFilter {
            search: Some("ring HUN".into()),
            ..ListFilter::default()
        },
        ListFilter {
            ids: vec![2, 4, 99],
            ..ListFilter::default()
        },
        ListFilter {
            since: Some(Utc::now() - CDuration::days(1)),
            language: Some("da".into()),
            ..ListFilter::default()
        },
    ];
    let mut nonempty = 0;
    for f in &filters {
        let mut queue: Vec<i64> = store.list_ads(f).unwrap().iter().map(|a| a.id).collect();
        queue.sort();
        let export = store.export_ad_ids(f).unwrap();
        assert_eq!(export, queue, "filter {f:?}");
        nonempty += usize::from(!export.is_empty());
    }
    assert!(nonempty >= 7, "the filters must select something");
}

/// `review stats` and the aggregate export count the same ads the same way:
/// one week for an ad posted before its first sighting, one city however it
/// is spelled, one definition of flagged (store::counting).
#[test]
fn stats_and_the_aggregate_export_count_alike() {
    use chrono::Datelike;
    use std::collections::BTreeMap;
    let dir = tempfile::tempdir().unwrap();
    let mut store = build_store(dir.path());
    let now = Utc::now();
    // Spellings of one city, a place the gazetteer does not know, none at
    // all, and an ad posted weeks before it was first seen.
    let extra = [
        (6, "  kbh ", 0),
        (7, "Copenhagen", 0),
        (8, "lille  landsby", 0),
        (9, "", 30),
    ];
    for (n, city, days_back) in extra {
        let mut a = ad(
            n,
            "nattergal",
            "Fie",
            city,
            "Ring 20 12 34 59, jeg er her i weekenden.",
        );
        if city.is_empty() {
            a.location = None;
        }
        a.posted_at = Some(now - CDuration::days(days_back + 1));
        store.upsert_ad(&a, "DK", None, now).unwrap();
    }
    let rules = indicators::rules::Rules::builtin();
    crawler::engine::refresh(&mut store, &rules, Default::default(), |_| {}).unwrap();

    let out = dir.path().join("agg.json");
    run_export(
        &mut store,
        &args(&[
            "--all",
            "--aggregate",
            "--min-cell",
            "1",
            "--yes",
            "--out",
            out.to_str().unwrap(),
        ]),
    );
    let doc: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let trends = store
        .trends(&store::query::ListFilter::default(), 12)
        .unwrap();

    // Per week: stats labels weeks by their Monday, the export by ISO week.
    let mut stats_weeks = BTreeMap::new();
    for w in trends.weeks.iter().filter(|w| w.ads > 0) {
        let monday = chrono::NaiveDate::parse_from_str(&w.week, "%Y-%m-%d").unwrap();
        let iso = monday.iso_week();
        let label = format!("{}-W{:02}", iso.year(), iso.week());
        stats_weeks.insert(label, (w.ads as u64, w.flagged as u64));
    }
    let export_weeks: BTreeMap<String, (u64, u64)> = doc["per_week"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["week"].as_str().unwrap().to_string(),
                (
                    w["new_ads"].as_u64().unwrap(),
                    w["flagged"].as_u64().unwrap(),
                ),
            )
        })
        .collect();
    assert_eq!(stats_weeks, export_weeks);
    assert!(
        stats_weeks.len() >= 2,
        "the old posting is in its own week: {stats_weeks:?}"
    );
    let flagged: u64 = stats_weeks.values().map(|v| v.1).sum();
    assert_eq!(doc["totals"]["flagged"].as_u64().unwrap(), flagged);

    let breakdown = |b: &[store::stats::Breakdown]| -> BTreeMap<String, u64> {
        b.iter().map(|r| (r.key.clone(), r.ads as u64)).collect()
    };
    let export_map = |key: &str| -> BTreeMap<String, u64> {
        doc[key]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
            .collect()
    };
    let cities = breakdown(&trends.by_city);
    assert_eq!(cities, export_map("per_city"));
    assert_eq!(cities.get("Copenhagen"), Some(&3), "{cities:?}");
    assert_eq!(cities.get("Lille Landsby"), Some(&1), "{cities:?}");
    assert_eq!(cities.get(store::counting::UNKNOWN), Some(&1), "{cities:?}");
    assert_eq!(breakdown(&trends.by_language), export_map("per_language"));
    assert_eq!(breakdown(&trends.by_site), export_map("per_site"));
    assert_eq!(breakdown(&trends.by_indicator), export_map("per_indicator"));
}

/// The kept trend counts give what counting every ad gives, after imports,
/// re-analysis, edits, removals and purges, with removed ads in and out.
#[test]
fn kept_trend_counts_equal_a_recount_through_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = build_store(dir.path());
    let rules = indicators::rules::Rules::builtin();
    let all = store::query::ListFilter::default();
    let with_removed = store::query::ListFilter {
        include_removed: true,
        ..Default::default()
    };
    let check = |store: &Store, when: &str| -> i64 {
        let mut ads = 0;
        assert!(
            store.tallies_settled().unwrap(),
            "{when}: the engine settles"
        );
        for f in [&all, &with_removed] {
            let kept = store.trends(f, 20).unwrap();
            let counted = store.trends_recount(f, 20).unwrap();
            assert_eq!(kept, counted, "{when}, removed in: {}", f.include_removed);
            ads = kept.weeks.iter().map(|w| w.ads).sum();
        }
        // The filters answered from the kept per-ad contributions, each
        // value the store holds, and values it does not.
        let plain = store.trends(&with_removed, 20).unwrap();
        let mut filters = vec![store::query::ListFilter {
            site: Some("no-such-site".into()),
            ..Default::default()
        }];
        for include_removed in [false, true] {
            let base = store::query::ListFilter {
                include_removed,
                ..Default::default()
            };
            for b in &plain.by_site {
                filters.push(store::query::ListFilter {
                    site: Some(b.key.clone()),
                    ..base.clone()
                });
            }
            for b in &plain.by_language {
                filters.push(store::query::ListFilter {
                    language: Some(b.key.clone()),
                    ..base.clone()
                });
            }
            for b in &plain.by_indicator {
                filters.push(store::query::ListFilter {
                    indicator: Some(b.key.clone()),
                    site: Some("nattergal".into()),
                    ..base.clone()
                });
            }
            // Filters the kept contributions have no column for: their
            // ads are selected from the ads first.
            let since = Utc::now() - CDuration::days(3);
            for status in [
                store::review::ReviewStatus::New,
                store::review::ReviewStatus::NeedsOutreach,
                store::review::ReviewStatus::Dismissed,
            ] {
                filters.push(store::query::ListFilter {
                    status: Some(status),
                    ..base.clone()
                });
            }
            for f in [
                store::query::ListFilter {
                    since: Some(since),
                    ..base.clone()
                },
                store::query::ListFilter {
                    min_score: Some(0.5),
                    status: Some(store::review::ReviewStatus::New),
                    ..base.clone()
                },
                store::query::ListFilter {
                    location: Some("Kbh".into()),
                    ..base.clone()
                },
                store::query::ListFilter {
                    status: Some(store::review::ReviewStatus::New),
                    language: Some("da".into()),
                    ..base.clone()
                },
                store::query::ListFilter {
                    min_score: Some(1.0),
                    ..base.clone()
                },
                store::query::ListFilter {
                    since: Some(since),
                    until: Some(Utc::now()),
                    ..base.clone()
                },
                store::query::ListFilter {
                    search: Some("ring".into()),
                    site: Some("nattergal".into()),
                    ..base.clone()
                },
            ] {
                filters.push(f);
            }
            let networks = store
                .network_list(&store::network_list::NetworkFilter::default())
                .unwrap();
            assert!(!networks.is_empty(), "{when}: the fixture has networks");
            for n in networks {
                filters.push(store::query::ListFilter {
                    network: Some(n.network_id),
                    ..base.clone()
                });
            }
        }
        // Windows shorter than the data too: the selected ads of older
        // weeks are left out alike.
        for f in &filters {
            for weeks in [1, 3, 20] {
                let kept = store.trends(f, weeks).unwrap();
                let counted = store.trends_recount(f, weeks).unwrap();
                assert_eq!(kept, counted, "{when}, {weeks} weeks, filter {f:?}");
            }
        }
        ads
    };
    assert_eq!(check(&store, "after the first import"), 5);
    let now = Utc::now();
    // New ads, one an edited copy that moves city and joins a network.
    for n in 10..16 {
        let mut a = ad(
            n,
            "citylights",
            "Gry",
            "Odense",
            "Ring 20 12 34 56, ny pige i byen.",
        );
        a.posted_at = Some(now - CDuration::days(i64::from(n) * 3));
        // Seen three days ago: the purge below takes these.
        store
            .upsert_ad(&a, "DK", None, now - CDuration::days(3))
            .unwrap();
    }
    let mut edited = ad(
        1,
        "nattergal",
        "Anna",
        "Kbh",
        "Hun er ny. Ring 20 12 34 57 i dag.",
    );
    edited.posted_at = None;
    store.upsert_ad(&edited, "DK", None, now).unwrap();
    crawler::engine::refresh(&mut store, &rules, Default::default(), |_| {}).unwrap();
    // Cases looked at: a status of its own, and one set back to new.
    let ids: Vec<i64> = store
        .list_ads(&store::query::ListFilter::default())
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect();
    assert!(ids.len() >= 3, "{ids:?}");
    for (id, s) in [
        (ids[0], ReviewStatus::NeedsOutreach),
        (ids[1], ReviewStatus::Dismissed),
        (ids[2], ReviewStatus::Dismissed),
        (ids[2], ReviewStatus::New),
    ] {
        store.set_status(Target::Ad(id), s, "anna", None).unwrap();
    }
    assert_eq!(check(&store, "after new and edited ads"), 11);
    // A site's ads gone, then purged.
    assert!(
        store
            .mark_removed("citylights", now + CDuration::seconds(1))
            .unwrap()
            > 0
    );
    crawler::engine::refresh(&mut store, &rules, Default::default(), |_| {}).unwrap();
    assert_eq!(check(&store, "after removals"), 11);
    let purged = store
        .purge(std::time::Duration::from_secs(86_400), "tester", false)
        .unwrap();
    assert!(!purged.ad_ids.is_empty());
    let left = check(&store, "after a purge");
    assert_eq!(left, 11 - purged.ad_ids.len() as i64);
    // A store from before the per-site counts (migration 11) gets them
    // filled from the kept contributions when it is opened.
    store
        .test_conn()
        .execute_batch(
            "DROP TABLE tally_site_counts; DROP TABLE tally_site_networks;
             DROP INDEX ad_tally_site; DROP INDEX ad_tally_language;
             DROP INDEX ad_tally_network; DROP INDEX ad_tally_code_code;
             DELETE FROM schema_migrations WHERE version = 11;",
        )
        .unwrap();
    drop(store);
    let store = Store::open(&dir.path().join("case.db")).unwrap();
    assert_eq!(check(&store, "after migration 11 on an older store"), left);
}
