//! Re-crawling: conditional requests and 304s, changed ads keeping their
//! history, ads missing from listings marked removed (never deleted), and
//! ad URLs from sitemaps; a JSON-rendered site read with `json:` selectors.

use crate::crawl_support::*;
use crawler::crawl::PassEnd;
use fixtures::FaultConfig;
use std::time::Duration;
use store::prelude::*;

#[tokio::test]
async fn conditional_requests_send_stored_validators_and_304_is_handled() {
    let mut env = Env::start(6, FaultConfig::none()).await;
    let first = env.pass().await;
    assert_eq!(first.stats.new_ads, 6);
    let url = env.url("/ad/3");
    let stored = env.store.frontier_entry(&url).unwrap().unwrap();
    let etag = stored.etag.clone().expect("ETag stored");
    let lm = stored.last_modified.clone().expect("Last-Modified stored");
    let first_fetch = env.hits("/ad/3");
    assert!(first_fetch[0].if_none_match.is_none());

    env.server.clear_requests();
    env.make_all_due().await;
    let second = env.pass().await;
    assert_eq!(second.end, PassEnd::Complete);
    assert_eq!(second.stats.new_ads, 0);
    assert_eq!(second.stats.changed_ads, 0);
    assert_eq!(second.unchanged_ads, 6);
    let again = env.hits("/ad/3");
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].if_none_match.as_deref(), Some(etag.as_str()));
    assert_eq!(again[0].if_modified_since.as_deref(), Some(lm.as_str()));
    assert_eq!(again[0].status, 304);
    // Every ad answered 304; listings are fetched in full (no validators).
    let ads = env.hits_prefix("/ad/");
    assert!(ads
        .iter()
        .filter(|r| r.path != long_path())
        .all(|r| r.status == 304));
    assert!(env.hits("/list").iter().all(|r| r.if_none_match.is_none()));
    // A 304 keeps the ad seen and its stored content.
    let after = env.store.ad_by_url(&url).unwrap().unwrap();
    assert!(after.removed_at.is_none());
    assert_eq!(env.store.ad_versions(after.id).unwrap().len(), 0);
    let e = env.store.frontier_entry(&url).unwrap().unwrap();
    assert_eq!(e.etag.as_deref(), Some(etag.as_str()));
    assert!(e.due_at > store::now());
}

#[tokio::test]
async fn a_changed_ad_keeps_its_previous_version() {
    let mut env = Env::start(5, FaultConfig::none()).await;
    env.pass().await;
    let url = env.url("/ad/2");
    let old = env.store.ad_by_url(&url).unwrap().unwrap();
    env.site
        .set_text(2, "Ny tekst: jeg er flyttet til Århus og har nyt nummer.");
    env.make_all_due().await;
    let r = env.pass().await;
    assert_eq!(r.stats.changed_ads, 1, "{:?}", r.error_samples);
    assert_eq!(r.stats.new_ads, 0);
    let now = env.store.ad_by_url(&url).unwrap().unwrap();
    assert_eq!(now.id, old.id);
    assert!(now.ad.text.contains("flyttet til Århus"));
    let versions = env.store.ad_versions(now.id).unwrap();
    assert_eq!(versions.len(), 1);
    let previous = serde_json::to_string(&versions[0].content).unwrap();
    assert!(previous.contains("Østerbro"), "{previous}");
    assert_eq!(versions[0].content_hash, old.content_hash);
    // The changed page was fetched in full (its ETag no longer matched).
    assert_eq!(env.hits("/ad/2").last().unwrap().status, 200);
}

#[tokio::test]
async fn ads_missing_from_listings_are_marked_removed_after_the_grace_period_never_deleted() {
    let mut env = Env::start(8, FaultConfig::none()).await;
    // A grace long enough that a loaded machine finishes the quick pass
    // inside it.
    env.profile.removal_grace = Duration::from_secs(4);
    env.pass().await;
    assert_eq!(env.ad_count(), 8);
    env.site.set_listed(3, false);
    // Within the grace period nothing is removed.
    env.make_all_due().await;
    let quick = env.pass().await;
    assert_eq!(quick.removed, 0);
    // Past it, the unlisted ad is marked removed; nothing is deleted.
    tokio::time::sleep(Duration::from_millis(4100)).await;
    env.make_all_due().await;
    let r = env.pass().await;
    assert_eq!(r.end, PassEnd::Complete);
    assert_eq!(r.removed, 1);
    // Its page is still online and was re-fetched (304): that is no sighting.
    assert!(env.hits("/ad/3").len() >= 2);
    assert_eq!(env.ad_count(), 8);
    for id in 1..=8 {
        let ad = env
            .store
            .ad_by_url(&env.url(&format!("/ad/{id}")))
            .unwrap()
            .unwrap();
        assert_eq!(ad.removed_at.is_some(), id == 3, "ad {id}");
    }
    // Listed again: no longer removed.
    env.site.set_listed(3, true);
    env.make_all_due().await;
    env.pass().await;
    let back = env.store.ad_by_url(&env.url("/ad/3")).unwrap().unwrap();
    assert!(back.removed_at.is_none());
}

#[tokio::test]
async fn removal_is_not_marked_after_an_unfinished_pass() {
    let mut env = Env::start(8, FaultConfig::none()).await;
    // A grace long enough that a loaded machine finishes the quick pass
    // inside it.
    env.profile.removal_grace = Duration::from_secs(4);
    env.pass().await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    env.make_all_due().await;
    // A pass cut short by its page budget has not seen every listing.
    env.profile.max_pages = 1;
    let r = env.pass().await;
    assert_eq!(r.end, PassEnd::PageBudget);
    assert_eq!(r.removed, 0);
    let removed: i64 = env
        .store
        .test_conn()
        .query_row(
            "SELECT COUNT(*) FROM ads WHERE removed_at IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(removed, 0);
}

#[tokio::test]
async fn sitemap_adds_unlisted_ads_and_skips_non_ad_urls() {
    let mut env = Env::start(6, FaultConfig::none()).await;
    // Ads 5 and 6 are only in the sitemap; ad 2 is in neither list's way.
    env.site.set_listed(5, false);
    env.site.set_listed(6, false);
    env.profile.sitemap = true;
    env.profile.sitemap_ad_paths = vec!["/ad/".into()];
    let r = env.pass().await;
    assert_eq!(r.end, PassEnd::Complete);
    assert_eq!(r.sitemap_ads, 6, "{:?}", r.error_samples);
    assert_eq!(r.stats.new_ads, 6);
    // robots.txt's Sitemap: line (an index) leads to /sitemap.xml, read once.
    assert_eq!(env.hits("/sitemaps/index.xml").len(), 1);
    assert_eq!(env.hits("/sitemap.xml").len(), 1);
    // Each ad fetched once, without the sitemap's tracking parameters.
    for id in 1..=6 {
        let hits = env.hits(&format!("/ad/{id}"));
        assert_eq!(hits.len(), 1, "ad {id}");
        assert_eq!(hits[0].query, "");
    }
    // The front page in the sitemap is no ad.
    assert!(env.hits("/").is_empty());
    assert!(env.store.frontier_entry(&env.url("/")).unwrap().is_none());
}

#[tokio::test]
async fn sitemap_off_reads_no_sitemap() {
    let mut env = Env::start(4, FaultConfig::none()).await;
    env.site.set_listed(4, false);
    let r = env.pass().await;
    assert_eq!(r.sitemap_ads, 0);
    assert!(env.hits_prefix("/sitemap").is_empty());
    assert_eq!(env.ad_count(), 3);
}

/// A site whose data is only in JSON (a JSON listing endpoint, ads in
/// `__NEXT_DATA__` and JSON-LD) is crawled completely with the fixture's
/// profile: every ad and field, nothing robots.txt disallows, and a page
/// whose JSON does not parse is logged with its URL while the rest goes on.
#[tokio::test]
async fn json_rendered_site_is_crawled_completely() {
    use fixtures::nextjs::{BROKEN_AD_PATH, DECOY_PATHS};
    let site = fixtures::NextBoard::new(23, 10);
    let server = fixtures::FixtureServer::start(fixtures::next_site(23, 10), FaultConfig::none())
        .await
        .unwrap();
    let base = server.base_url();
    let text = fixtures::profile_toml("nextboard")
        .unwrap()
        .replace("http://127.0.0.1:9/", &base);
    let profile =
        crawler::profile::SiteProfile::parse(&text, std::path::Path::new("nextboard.toml"))
            .unwrap();
    let c = crawler(&base, quick_fetch(), quick_host(), Default::default());
    let dir = tempfile::tempdir().unwrap();
    let mut store = store::Store::open(&dir.path().join("t.db")).unwrap();
    let report = crawler::crawl::crawl_pass(
        &c,
        &mut store,
        &profile,
        &tokio_util::sync::CancellationToken::new(),
        |_| {},
    )
    .await
    .unwrap();
    assert_eq!(report.end, PassEnd::Complete, "{report:?}");
    assert_eq!(report.stats.new_ads, 23, "{report:?}");
    assert_eq!(report.disallowed, DECOY_PATHS.len() as u64);
    let broken = format!("{base}{}", &BROKEN_AD_PATH[1..]);
    assert!(
        report
            .error_samples
            .iter()
            .any(|e| e.starts_with(&broken) && e.contains("does not parse")),
        "{:?}",
        report.error_samples
    );
    let base_url = url::Url::parse(&base).unwrap();
    let abs = |p: &str| base_url.join(p).unwrap().to_string();
    for want in site.ads() {
        let got = store
            .ad_by_url(&abs(&want.path))
            .unwrap()
            .expect("ad stored")
            .ad;
        assert_eq!(got.site, "nextboard");
        assert_eq!(got.title.as_deref(), Some(want.title.as_str()));
        assert_eq!(got.text, want.body);
        assert_eq!(got.name.as_deref(), Some(want.name.as_str()));
        assert_eq!(got.age, Some(want.age));
        assert_eq!(got.location.as_deref(), Some(want.city.as_str()));
        assert_eq!(got.phones, want.phones);
        assert_eq!(got.price.as_deref(), Some(want.price.as_str()));
        let images: Vec<String> = want.images.iter().map(|p| abs(p)).collect();
        assert_eq!(got.images, images);
        assert_eq!(
            got.posted_at.unwrap().to_rfc3339(),
            want.posted_at.replace('Z', "+00:00")
        );
        assert_eq!(got.poster_id.as_deref(), Some(want.poster_id.as_str()));
        assert_eq!(got.external_id, Some(want.external_id.to_string()));
    }
    let requests = server.requests();
    for decoy in DECOY_PATHS {
        assert!(requests.iter().all(|r| r.path != decoy), "{decoy} fetched");
    }
    let listings = requests.iter().filter(|r| r.path == "/api/ads").count();
    assert_eq!(listings, site.pages());
    server.shutdown().await;
}

/// Listings go ahead of ads: the next listing page is requested as soon as
/// the previous one is read, not after all of its ads (which would leave one
/// request in flight between listing pages).
#[tokio::test]
async fn next_listing_is_fetched_before_the_ads_of_the_previous_one_finish() {
    let mut env = Env::start(12, FaultConfig::none()).await;
    let report = env.pass().await;
    assert_eq!(report.stats.new_ads, 12, "{report:?}");
    let mut requests = env.server.requests();
    requests.sort_by_key(|r| r.at);
    let order: Vec<String> = requests
        .into_iter()
        .filter(|r| r.path != "/robots.txt")
        .map(|r| r.target)
        .collect();
    let at = |prefix: &str| {
        order
            .iter()
            .position(|t| t.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix} not requested: {order:?}"))
    };
    // Page 1 shows ads 1-4; at concurrency 2, page 3 must not wait for all four.
    assert!(at("/list?page=3") < at("/ad/4"), "{order:?}");
}
