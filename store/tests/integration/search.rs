//! The text index behind `--search` (migration 13): what a search matches,
//! that the index follows every write, and that an older store gets it.

use model::Ad;
use store::prelude::*;
use store::query::ListFilter;
use store::Store;

fn ad(n: usize, title: Option<&str>, text: &str) -> Ad {
    Ad {
        url: format!("https://site.invalid/ad/{n}"),
        site: "site".into(),
        title: title.map(str::to_string),
        text: text.into(),
        ..Ad::default()
    }
}

fn found(s: &Store, words: &str) -> Vec<String> {
    let f = ListFilter {
        search: Some(words.into()),
        include_removed: true,
        limit: 100,
        ..ListFilter::default()
    };
    let mut urls: Vec<String> = s.list_ads(&f).unwrap().into_iter().map(|a| a.url).collect();
    urls.sort();
    // The queue's pages and count agree with the list.
    let mut page: Vec<String> = s
        .queue_page(&f)
        .unwrap()
        .into_iter()
        .map(|a| a.url)
        .collect();
    page.sort();
    assert_eq!(page, urls, "queue page for {words:?}");
    assert_eq!(s.queue_count(&f).unwrap(), urls.len() as i64, "{words:?}");
    urls.into_iter()
        .map(|u| u.rsplit('/').next().unwrap().to_string())
        .collect()
}

/// When the ads were seen: two days ago, so a purge of one day takes them.
fn seen() -> chrono::DateTime<chrono::Utc> {
    store::now() - chrono::Duration::days(2)
}

fn store_with_ads() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    let ads = [
        ad(
            1,
            Some("Ny i byen"),
            "Hyggelig massage i KØBENHAVN, skriv en e-mail.",
        ),
        ad(2, None, "Gardens and a quiet evening. Price 100+ per hour."),
        ad(3, Some("Thaimassage"), "Københavnerpige i Århus."),
        ad(4, Some("GARDEN party"), "Mail me here."),
    ];
    for a in &ads {
        s.upsert_ad(a, "DK", None, seen()).unwrap();
    }
    (dir, s)
}

#[test]
fn a_search_finds_words_by_their_beginning_in_any_case() {
    let (_d, s) = store_with_ads();
    assert_eq!(found(&s, "garden"), ["2", "4"]);
    assert_eq!(found(&s, "GARDEN quiet"), ["2"]);
    // Unicode case: "københavn" begins "KØBENHAVN" and "Københavnerpige".
    assert_eq!(found(&s, "københavn"), ["1", "3"]);
    assert_eq!(found(&s, "ÅRHUS"), ["3"]);
    // Accents are letters of their own.
    assert!(found(&s, "arhus").is_empty());
    // A word begins a word: "massage" is not inside "Thaimassage".
    assert_eq!(found(&s, "massage"), ["1"]);
    assert_eq!(found(&s, "thaimas"), ["3"]);
    // Punctuation splits a word into words, all required.
    assert_eq!(found(&s, "e-mail"), ["1"]);
    assert_eq!(found(&s, "mail"), ["1", "4"]);
    // A word of symbols only is looked for as written.
    assert_eq!(found(&s, "+"), ["2"]);
    assert_eq!(found(&s, "100+"), ["2"]);
    assert!(found(&s, "nowhere").is_empty());
}

#[test]
fn the_index_follows_edits_and_deletions() {
    let (_d, mut s) = store_with_ads();
    assert_eq!(found(&s, "quiet"), ["2"]);
    // The same URL with a new text: the old words go, the new ones come.
    s.upsert_ad(
        &ad(2, Some("Fresh title"), "Loud morning now."),
        "DK",
        None,
        seen(),
    )
    .unwrap();
    assert!(found(&s, "quiet").is_empty());
    assert_eq!(found(&s, "loud"), ["2"]);
    assert_eq!(found(&s, "fresh"), ["2"]);
    // FTS5's own check compares the index with the ads it was built from.
    let fts_check = |s: &Store| {
        s.test_conn()
            .execute_batch("INSERT INTO ads_fts(ads_fts, rank) VALUES ('integrity-check', 1)")
            .map_err(|e| e.to_string())
    };
    fts_check(&s).unwrap();
    // A purge deletes the ads, and their words leave the index.
    let report = s
        .purge(std::time::Duration::from_secs(86_400), "test", false)
        .unwrap();
    assert_eq!(report.ad_ids.len(), 4);
    assert!(found(&s, "loud").is_empty());
    assert!(found(&s, "garden").is_empty());
    fts_check(&s).unwrap();
    assert_eq!(s.integrity_check().unwrap(), "ok");
}

/// A store from before migration 13 gets the index of the ads it holds.
#[test]
fn an_older_store_gets_the_index_of_its_ads() {
    let (dir, s) = store_with_ads();
    s.test_conn()
        .execute_batch(
            "DROP TRIGGER ads_fts_insert; DROP TRIGGER ads_fts_delete; DROP TRIGGER ads_fts_update;
             DROP TABLE ads_fts; DELETE FROM schema_migrations WHERE version = 13;",
        )
        .unwrap();
    let mut s = s;
    // Written while there was no index: migration 13 indexes it too.
    s.upsert_ad(&ad(7, None, "Seven gardens."), "DK", None, seen())
        .unwrap();
    drop(s);
    let s = Store::open(&dir.path().join("s.db")).unwrap();
    assert_eq!(found(&s, "garden"), ["2", "4", "7"]);
}
