//! The messages of `review backup`, `restore`, `export` and the store's
//! errors follow `--lang`, while what they write (the backup, the export
//! file, the audit log) stays as it is in every language.

use crate::support::fixture;
use review_cli::i18n::{error_text, errors::store_error, Lang, Tr};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use store::StoreError;

fn review(lang: &str, db: &Path, argv: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_review"))
        .arg("--db")
        .arg(db)
        .args(["--reviewer", "dora", "--lang", lang])
        .args(argv)
        .env_remove("ADSCREEN_DB_KEY_FILE")
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

#[test]
fn backup_and_restore_speak_danish_and_refuse_in_danish() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("kopi.db");
    let c = copy.to_str().unwrap();
    let o = review("da", &f.path, &["backup", c]);
    assert!(o.status.success(), "{}", text(&o));
    let said = text(&o);
    assert!(said.contains("sikkerhedskopi af "), "{said}");
    assert!(said.contains("integritet ok"), "{said}");
    assert!(said.contains("noteret i revisionsloggen"), "{said}");
    // The audit entry is data: its action and fields stay in English codes.
    let audit = f.store().audit_log(Some("backup"), 10).unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].details["integrity"], "ok");

    // A second backup to the same file is refused, in Danish.
    let o = review("da", &f.path, &["backup", c]);
    assert!(!o.status.success());
    assert!(
        text(&o).contains("findes allerede; vælg et nyt filnavn"),
        "{}",
        text(&o)
    );

    // Restoring over an existing database needs --yes.
    let o = review("da", &f.path, &["restore", c]);
    assert!(!o.status.success());
    let said = text(&o);
    assert!(said.contains("review: fejl: "), "{said}");
    assert!(
        said.contains("en gendannelse ville erstatte den. Kør igen med --yes"),
        "{said}"
    );
    // The same refusal in Swedish and Norwegian, and in English as before.
    let o = review("sv", &f.path, &["restore", c]);
    assert!(
        text(&o).contains("en återställning skulle ersätta den"),
        "{}",
        text(&o)
    );
    let o = review("nb", &f.path, &["restore", c]);
    assert!(
        text(&o).contains("en gjenoppretting ville erstatte den"),
        "{}",
        text(&o)
    );
    let o = review("en", &f.path, &["restore", c]);
    assert!(
        text(&o).contains("exists; restoring would replace it. Re-run with --yes"),
        "{}",
        text(&o)
    );

    // Into a new file it works, and says so in Danish.
    let fresh = dir.path().join("ny.db");
    let o = review("da", &fresh, &["restore", c]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("gendannet fra"), "{}", text(&o));
}

#[test]
fn a_missing_database_is_reported_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let none = dir.path().join("findes-ikke.db");
    let o = review("da", &none, &["list"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("ingen database i"), "{}", text(&o));
    assert!(!none.exists(), "no empty database is made by mistake");
    let o = review("en", &none, &["list"]);
    assert!(text(&o).contains("no database at"), "{}", text(&o));
}

#[test]
fn export_messages_are_danish_and_the_file_is_the_same() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut docs = Vec::new();
    for lang in ["da", "en"] {
        let out = dir.path().join(format!("eksport-{lang}.json"));
        let o = review(
            lang,
            &f.path,
            &["export", "--all", "--yes", "--out", out.to_str().unwrap()],
        );
        assert!(o.status.success(), "{}", text(&o));
        let said = text(&o);
        if lang == "da" {
            assert!(said.contains("review export vil skrive"), "{said}");
            assert!(said.contains("IKKE krypteret"), "{said}");
            assert!(said.contains("udvalg: alt"), "{said}");
            assert!(said.contains("personrelaterede felter"), "{said}");
            assert!(said.contains("noteret i revisionsloggen"), "{said}");
        } else {
            assert!(said.contains("review export will write"), "{said}");
            assert!(said.contains("recorded in the audit log"), "{said}");
        }
        let mut v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("generated_at");
        docs.push(v);
    }
    assert_eq!(docs[0], docs[1], "the export does not change with --lang");
    assert_eq!(docs[0]["query"]["selection"], "all");
    // Refusals before anything is read are translated too.
    let o = review("da", &f.path, &["export", "--all", "--yes"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("--out FIL er påkrævet"), "{}", text(&o));
}

#[test]
fn typed_store_errors_are_translated_at_the_boundary() {
    let da = Tr::new(Lang::Da);
    let e = StoreError::TooNew {
        path: "x.db".into(),
        found: 99,
        known: 11,
    };
    let s = store_error(&da, &e).unwrap();
    assert!(
        s.contains("skemaversion 99") && s.contains("opgradér adscreen"),
        "{s}"
    );
    let wrapped = anyhow::Error::from(StoreError::WrongKey("x.db".into())).context("outer");
    assert_eq!(
        error_text(&da, &wrapped),
        "outer: databasen x.db: forkert nøgle (nøglefilen eller adgangsfrasen åbner ikke denne database; intet blev læst eller ændret)"
    );
    // English reads as the store's own words; untyped texts stay as written.
    let en = Tr::new(Lang::En);
    let e = StoreError::Encrypted("x.db".into());
    assert_eq!(store_error(&en, &e).unwrap(), e.to_string());
    assert!(store_error(&da, &StoreError::Invalid("as written".into())).is_none());
}

#[test]
fn the_stores_own_refusals_and_notice_speak_danish() {
    let f = fixture();
    // A case that does not exist, and an empty note: typed store errors.
    let o = review("da", &f.path, &["show", "99999"]);
    assert!(!o.status.success());
    assert!(
        text(&o).contains("ingen annonce med id 99999"),
        "{}",
        text(&o)
    );
    let o = review("da", &f.path, &["note", "1", "   "]);
    assert!(!o.status.success());
    assert!(
        text(&o).contains("en note må ikke være tom"),
        "{}",
        text(&o)
    );
    // The notice that the file is not encrypted, once, in Danish.
    let o = review("da", &f.path, &["list", "--limit", "1"]);
    assert!(o.status.success(), "{}", text(&o));
    let said = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(said.matches("bemærk: databasen").count(), 1, "{said}");
    assert!(!said.contains("is not encrypted"), "{said}");
    // In English the keys read as the store's own words.
    let en = Tr::new(Lang::En);
    for e in [
        StoreError::NoSuchCase {
            kind: "network".into(),
            id: 7,
        },
        StoreError::Empty(store::Required::Assignee),
        StoreError::NoDatabase("x.db".into()),
    ] {
        assert_eq!(store_error(&en, &e).unwrap(), e.to_string());
    }
}
