//! The `crawler` binary as a user runs it: import with bad lines, explain,
//! profile checks, and the errors people can act on.

use std::path::Path;
use std::process::{Command, Output};
use store::prelude::*;

fn crawler(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crawler"))
        .args(args)
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_CONFIG")
        .env_remove("ADSCREEN_DB_KEY_FILE")
        .output()
        .expect("run crawler")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn import_reports_bad_lines_by_number_and_imports_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ads.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"url":"https://one.invalid/ad/1","site":"one","text":"Hun er sød og ny i byen. Ring 20 12 34 56","name":"Mia","location":"Odense"}"#, "\n",
            "{\"url\": \"https://one.invalid/ad/2\", \"site\": \"one\"\n",
            r#"{"url":"https://one.invalid/ad/3","site":"one","text":"Hun er her kun i dag. Ring 20 12 34 56","name":"Lea","location":"Aarhus","mood":"unknown field kept"}"#, "\n",
        ),
    )
    .unwrap();
    let db = dir.path().join("x.db");
    let out = crawler(&[
        "import",
        file.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    let (stdout, stderr) = text(&out);
    assert_eq!(
        out.status.code(),
        Some(3),
        "partial import exits 3\n{stdout}\n{stderr}"
    );
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stdout.contains("imported 2 ads"), "{stdout}");
    let store = store::Store::open(&db).unwrap();
    assert_eq!(store.count_ads().unwrap(), 2);
    let ad = store
        .ad_by_url("https://one.invalid/ad/3")
        .unwrap()
        .unwrap();
    assert_eq!(ad.extra.unwrap()["mood"], "unknown field kept");
    let phones = store.phones_of(ad.id).unwrap();
    assert_eq!(phones.first().map(|p| p.e164.as_str()), Some("+4520123456"));
}

#[test]
fn import_of_a_missing_file_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = crawler(&[
        "import",
        "/nonexistent/ads.jsonl",
        "--db",
        dir.path().join("x.db").to_str().unwrap(),
    ]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("/nonexistent/ads.jsonl"), "{stderr}");
}

#[test]
fn explain_starts_with_the_verdict_and_gives_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let robots = dir.path().join("robots.txt");
    std::fs::write(&robots, "User-agent: *\nDisallow: /private/\n").unwrap();
    let r = robots.to_str().unwrap();
    let out = crawler(&["explain", "https://site.invalid/private/x", "--robots", r]);
    let (stdout, _) = text(&out);
    assert!(stdout.starts_with("disallowed"), "{stdout}");
    assert!(stdout.contains("/private/"), "{stdout}");
    let out = crawler(&[
        "explain",
        "https://site.invalid/ads/1",
        "--robots",
        r,
        "--user-agent",
        "adscreen/0.1",
    ]);
    assert!(text(&out).0.starts_with("allowed"), "{:?}", text(&out));
}

#[test]
fn check_names_the_file_and_key_of_a_bad_profile() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "name = \"x\"\nbase_url = \"https://x.invalid/\"\nstart_urls = [\"/\"]\nrequests_per_second = 0\n[selectors]\nad_links = \"a\"\ntext = \"p\"\n",
    )
    .unwrap();
    let out = crawler(&["check", bad.to_str().unwrap()]);
    let (stdout, _) = text(&out);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stdout.contains("bad.toml") && stdout.contains("requests_per_second"),
        "{stdout}"
    );
}

#[test]
fn fixture_profiles_pass_check() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/profiles");
    let out = crawler(&["check", dir.to_str().unwrap()]);
    let (stdout, _) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("ok: profile `nattergal`"), "{stdout}");
}

#[test]
fn check_shows_what_json_selectors_extract() {
    let site = fixtures::NextBoard::new(3, 2);
    let ctx = fixtures::RenderContext::default();
    let dir = tempfile::tempdir().unwrap();
    let profile = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/profiles/nextboard.toml");
    let ad = &site.ads()[0];
    for (name, path, query, want) in [
        (
            "listing.json",
            "/api/ads",
            "page=1",
            format!("ad_links     5 match(es): {}", ad.path),
        ),
        (
            "ad.html",
            ad.path.as_str(),
            "",
            format!("text         1 match(es): {}", &ad.body[..40]),
        ),
    ] {
        let file = dir.path().join(name);
        let page = fixtures::SiteSpec::new(site.clone())
            .get(path, query, &ctx)
            .unwrap();
        std::fs::write(&file, &page.body).unwrap();
        let out = crawler(&[
            "check",
            profile.to_str().unwrap(),
            "--page",
            file.to_str().unwrap(),
        ]);
        let (stdout, _) = text(&out);
        assert!(stdout.contains(&want), "{want}\n{stdout}");
    }
    let broken = dir.path().join("broken.html");
    std::fs::write(&broken, "<script id=\"__NEXT_DATA__\">{\"props\":</script>").unwrap();
    let out = crawler(&[
        "check",
        profile.to_str().unwrap(),
        "--page",
        broken.to_str().unwrap(),
    ]);
    assert!(text(&out).0.contains("does not parse"), "{:?}", text(&out));
}

#[test]
fn check_notes_fast_loopback_rates_and_refuses_them_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let write = |base: &str| {
        let p = dir.path().join("fast.toml");
        std::fs::write(
            &p,
            format!("name = \"fast\"\nbase_url = \"{base}\"\nstart_urls = [\"/\"]\nrequests_per_second = 5000.0\n[selectors]\nad_links = \"a\"\ntext = \"p\"\n"),
        )
        .unwrap();
        p
    };
    let out = crawler(&["check", write("http://127.0.0.1:8080/").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out).0.contains("note: profile `fast` runs at 5000"),
        "{:?}",
        text(&out)
    );
    let out = crawler(&["check", write("https://site.example/").to_str().unwrap()]);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        text(&out).0.contains("only when base_url"),
        "{:?}",
        text(&out)
    );
}

#[test]
fn crawl_without_a_contact_address_says_how_to_set_one() {
    let out = crawler(&["crawl", "--profiles", "/nonexistent"]);
    let (_, stderr) = text(&out);
    assert!(stderr.contains("contact"), "{stderr}");
}

#[test]
fn output_into_a_closed_pipe_exits_zero_without_a_panic() {
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let robots = dir.path().join("robots.txt");
    std::fs::write(&robots, "User-agent: *\nDisallow: /private/\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_crawler"))
        .args(["explain", "https://site.invalid/private/x", "--robots"])
        .arg(&robots)
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_CONFIG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader (`head`) is gone before the command writes its verdict.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
}

#[test]
fn import_into_an_encrypted_store_with_a_key_file_and_a_wrong_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ads.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"url":"https://one.invalid/ad/1","site":"one","text":"Hun hedder Zorbalina og er ny i byen. Ring 20 12 34 56","name":"Zorbalina"}"#,
            "\n"
        ),
    )
    .unwrap();
    let key = dir.path().join("db.key");
    std::fs::write(&key, "a passphrase for the crawler test\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let db = dir.path().join("enc.db");
    let (f, d, k) = (
        file.to_str().unwrap(),
        db.to_str().unwrap(),
        key.to_str().unwrap(),
    );
    let out = crawler(&["--db", d, "--db-key-file", k, "import", f]);
    let (stdout, stderr) = text(&out);
    if !store::cipher::AVAILABLE {
        assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
        assert!(stderr.contains("built without encryption"), "{stderr}");
        return;
    }
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(!stderr.contains("not encrypted"), "{stderr}");
    let bytes = std::fs::read(&db).unwrap();
    assert!(!bytes.windows(9).any(|w| w == b"Zorbalina"));
    // The old spelling of the flag works too.
    let out = crawler(&["--db", d, "--key-file", k, "import", f]);
    assert!(out.status.success(), "{:?}", text(&out));
    let wrong = dir.path().join("wrong.key");
    std::fs::write(&wrong, "not it").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrong, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let out = crawler(&[
        "--db",
        d,
        "--db-key-file",
        wrong.to_str().unwrap(),
        "import",
        f,
    ]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("wrong key"), "{stderr}");
    assert!(
        !stderr.contains("malformed") && !stderr.contains("panicked"),
        "{stderr}"
    );
    let out = crawler(&["--db", d, "import", f]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is encrypted"), "{stderr}");
}
