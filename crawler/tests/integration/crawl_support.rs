//! A small ad site the tests control ("mini"), served by the fixtures crate's
//! loopback server with its fault modes, plus a crawler with short timeouts
//! and quick backoff, and a temporary store: everything a crawl-pass test needs.
//!
//! The site: listing pages `/list?page=K` (ad links carry tracking
//! parameters, page 1 also links a robots-disallowed `/private/` page and an
//! over-long URL), ad pages `/ad/N` in UTF-8 with Danish text, one PNG per ad,
//! `/sitemap.xml` and `/sitemaps/index.xml`. Ads can be edited, unlisted
//! (still served) or deleted (404) between passes.

use crawler::crawl::{self, Crawler, PassReport};
use crawler::fetch::{FetchConfig, Fetcher};
use crawler::host::{HostConfig, HostPool};
use crawler::profile::SiteProfile;
use crawler::robots::cache::{RobotsCache, RobotsCacheConfig};
use fixtures::images::{ImageFormatKind, ImageSpec, Transform};
use fixtures::{FaultConfig, FixtureServer, Page, RenderContext, RequestRecord, Site, SiteSpec};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use store::prelude::*;
use store::Store;
use tokio_util::sync::CancellationToken;
use url::Url;

/// User-Agent of the test crawler.
pub const UA: &str = "adscreen-test/1 (+mailto:tests@example.org)";
/// Path of the long ad link on listing page 1.
pub fn long_path() -> String {
    format!("/ad/long-{}", "x".repeat(300))
}

/// One ad of the mini site.
#[derive(Debug, Clone)]
pub struct MiniAd {
    /// Number in the path `/ad/N`.
    pub id: u32,
    /// Name field.
    pub name: String,
    /// Body text.
    pub text: String,
    /// Shown on listing pages.
    pub listed: bool,
    /// Listed in the sitemap.
    pub in_sitemap: bool,
    /// Served at all (false: 404).
    pub exists: bool,
}

#[derive(Debug)]
struct MiniState {
    ads: Vec<MiniAd>,
    per_page: usize,
}

/// The controllable site. Clones share state with the server.
#[derive(Debug, Clone)]
pub struct MiniSite {
    state: Arc<Mutex<MiniState>>,
}

const NAMES: &[&str] = &["Åse", "Bodil", "Cæcilie", "Dorthe", "Ærtebjerg", "Søs"];

impl MiniSite {
    /// `n` ads, `per_page` per listing page, all listed and in the sitemap.
    pub fn new(n: u32, per_page: usize) -> MiniSite {
        let ads = (1..=n)
            .map(|id| MiniAd {
                id,
                name: format!("{} {id}", NAMES[id as usize % NAMES.len()]),
                text: format!(
                    "Hej, jeg hedder {} og giver afslappende massage på Østerbro. Rolig stue med blødt lys, ring på +45 20 12 {:02} {:02}. Annonce nummer {id}.",
                    NAMES[id as usize % NAMES.len()],
                    id / 100,
                    id % 100
                ),
                listed: true,
                in_sitemap: true,
                exists: true,
            })
            .collect();
        MiniSite {
            state: Arc::new(Mutex::new(MiniState { ads, per_page })),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut MiniState) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }

    /// Changes an ad's text.
    pub fn set_text(&self, id: u32, text: &str) {
        self.with(|s| s.ads[id as usize - 1].text = text.to_string());
    }

    /// Shows or hides an ad on the listing pages (its page stays served).
    pub fn set_listed(&self, id: u32, listed: bool) {
        self.with(|s| s.ads[id as usize - 1].listed = listed);
    }

    /// The current ads.
    pub fn ads(&self) -> Vec<MiniAd> {
        self.with(|s| s.ads.clone())
    }

    /// Number of listing pages.
    pub fn pages(&self) -> usize {
        self.with(|s| {
            let listed = s.ads.iter().filter(|a| a.listed).count();
            listed.div_ceil(s.per_page).max(1)
        })
    }

    /// A [`SiteSpec`] for the fixture server.
    pub fn spec(&self) -> SiteSpec {
        SiteSpec::new(self.clone())
    }

    fn listing(&self, k: usize, ctx: &RenderContext) -> Option<Page> {
        let (ads, pages) = self.with(|s| {
            let listed: Vec<MiniAd> = s.ads.iter().filter(|a| a.listed).cloned().collect();
            let pages = listed.len().div_ceil(s.per_page).max(1);
            // Endless pagination: pages past the last repeat the last one.
            let shown = k.min(pages);
            let start = (shown - 1) * s.per_page;
            let ads: Vec<MiniAd> = listed
                .iter()
                .skip(start)
                .take(s.per_page)
                .cloned()
                .collect();
            (ads, pages)
        });
        if k == 0 || (k > pages && !ctx.endless_pagination) {
            return None;
        }
        let mut html = String::from(
            "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n<title>Annoncer</title></head><body><ul>\n",
        );
        for a in &ads {
            // Tracking parameters the profile's allow-list drops.
            html.push_str(&format!(
                "<li><a class=\"ad\" href=\"/ad/{}?utm_source=liste&amp;ref=side{k}\">{}</a></li>\n",
                a.id, a.name
            ));
        }
        if k == 1 {
            html.push_str("<li><a class=\"ad\" href=\"/private/skjult\">privat</a></li>\n");
            html.push_str(&format!(
                "<li><a class=\"ad\" href=\"{}\">lang</a></li>\n",
                long_path()
            ));
        }
        html.push_str("</ul>\n");
        if k < pages || ctx.endless_pagination {
            html.push_str(&format!(
                "<a class=\"next\" href=\"/list?page={}&amp;utm_campaign=x\">Næste</a>\n",
                k + 1
            ));
        }
        html.push_str("</body></html>\n");
        Some(Page::html(html, chrono::Utc::now()))
    }

    fn ad_page(&self, id: u32) -> Option<Page> {
        let ad = self.with(|s| s.ads.get(id as usize - 1).cloned())?;
        if !ad.exists {
            return None;
        }
        let html = format!(
            "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n<title>{name}</title></head><body>\n<article>\n<h1>{name} – massage</h1>\n<div class=\"name\">{name}</div>\n<div class=\"text\">{text}</div>\n<div class=\"phone\">+45 20 12 {a:02} {b:02}</div>\n<img class=\"photo\" src=\"/img/{id}.png\">\n<time datetime=\"2025-05-01T12:00:00Z\">1. maj</time>\n</article>\n</body></html>\n",
            name = ad.name,
            text = ad.text,
            a = id / 100,
            b = id % 100,
        );
        let modified = chrono::DateTime::parse_from_rfc3339("2025-05-01T12:00:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc)
            + chrono::Duration::seconds((fnv(&ad.text) % 100_000) as i64);
        Some(Page::html(html, modified))
    }

    fn sitemap(&self, origin: &str) -> Page {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        xml.push_str(&format!(
            "<url><loc>{origin}/</loc></url>\n<url><loc>{origin}/list?page=1</loc></url>\n"
        ));
        for a in self.ads().iter().filter(|a| a.in_sitemap) {
            xml.push_str(&format!(
                "<url><loc>{origin}/ad/{}?utm_source=sitemap&amp;x=1</loc><lastmod>2025-05-01</lastmod></url>\n",
                a.id
            ));
        }
        xml.push_str("</urlset>\n");
        Page::new("application/xml", xml, chrono::Utc::now())
    }
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Site for MiniSite {
    fn name(&self) -> &str {
        "mini"
    }

    fn robots_txt(&self) -> String {
        "User-agent: *\nDisallow: /private/\n".into()
    }

    fn get(&self, path: &str, query: &str, ctx: &RenderContext) -> Option<Page> {
        match path {
            "/robots.txt" => {
                return Some(Page::text(
                    format!(
                        "{}Sitemap: {}/sitemaps/index.xml\n",
                        self.robots_txt(),
                        ctx.origin
                    ),
                    chrono::Utc::now(),
                ))
            }
            "/" => {
                return Some(Page::html(
                    "<html><body>mini</body></html>".into(),
                    chrono::Utc::now(),
                ))
            }
            "/list" => {
                let k = query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix("page="))
                    .map_or(Some(1), |v| v.parse().ok())?;
                return self.listing(k, ctx);
            }
            "/sitemap.xml" => return Some(self.sitemap(&ctx.origin)),
            "/sitemaps/index.xml" => {
                let xml = format!(
                    "<?xml version=\"1.0\"?>\n<sitemapindex><sitemap><loc>{}/sitemap.xml</loc></sitemap></sitemapindex>\n",
                    ctx.origin
                );
                return Some(Page::new("application/xml", xml, chrono::Utc::now()));
            }
            _ => {}
        }
        if path.starts_with("/private/") {
            return Some(Page::html(
                "<html><body><div class=\"text\">privat</div></body></html>".into(),
                chrono::Utc::now(),
            ));
        }
        if let Some(id) = path
            .strip_prefix("/img/")
            .and_then(|r| r.strip_suffix(".png"))
        {
            let id: u64 = id.parse().ok()?;
            let png = fixtures::images::render(&ImageSpec {
                seed: 0xC0FFEE + id,
                size: (32, 32),
                transform: Transform::None,
                format: ImageFormatKind::Png,
            });
            return Some(Page::new("image/png", png, chrono::Utc::now()));
        }
        let id: u32 = path.strip_prefix("/ad/")?.parse().ok()?;
        if id == 0 {
            return None;
        }
        self.ad_page(id)
    }
}

/// Politeness fast enough for tests: quick backoff, breaker after 3 failures.
pub fn quick_host() -> HostConfig {
    HostConfig {
        requests_per_second: 200.0,
        concurrency: 2,
        backoff_base: Duration::from_millis(20),
        backoff_max: Duration::from_millis(200),
        retry_after_cap: Duration::from_secs(10),
        breaker_threshold: 3,
        breaker_cooldown: Duration::from_secs(60),
    }
}

/// Fetch settings with short timeouts.
pub fn quick_fetch() -> FetchConfig {
    FetchConfig {
        connect_timeout: Duration::from_millis(500),
        read_timeout: Duration::from_millis(600),
        total_timeout: Duration::from_millis(800),
        max_page_bytes: 256 * 1024,
        ..FetchConfig::new(UA)
    }
}

/// A crawler for `base` whose host uses `host` (created up front, so the
/// pass's own profile-derived config does not replace it).
pub fn crawler(
    base: &str,
    fetch: FetchConfig,
    host: HostConfig,
    robots: RobotsCacheConfig,
) -> Crawler {
    let pool = Arc::new(HostPool::new(host.clone()));
    let url = Url::parse(base).unwrap();
    pool.configure(&url, host);
    let _ = pool.host(&url);
    let fetcher = Arc::new(Fetcher::new(fetch).unwrap().with_hosts(pool));
    let robots = Arc::new(RobotsCache::new(Arc::clone(&fetcher), robots));
    Crawler::new(fetcher, robots)
}

/// The mini site's profile for `base`.
pub fn profile(base: &str) -> SiteProfile {
    let toml = format!(
        r#"
name = "mini"
base_url = "{base}"
start_urls = ["/list?page=1"]
allowed_query_params = ["page"]
max_depth = 20
max_pages = 500
max_duration = "1m"
requests_per_second = 100.0
concurrency = 2
recrawl_interval = "12h"
removal_grace = "3d"

[selectors]
ad_links = "a.ad@href"
next_page = "a.next@href"
title = "h1"
text = ".text"
name = ".name"
phone = ".phone"
images = "img.photo@src"
posted_at = "time@datetime"
"#
    );
    SiteProfile::parse(&toml, std::path::Path::new("mini.toml")).unwrap()
}

/// A running mini site with a crawler, a profile and a store.
pub struct Env {
    pub site: MiniSite,
    pub server: FixtureServer,
    pub crawler: Crawler,
    pub profile: SiteProfile,
    pub store: Store,
    /// Keeps the store's folder alive for the test.
    pub _dir: tempfile::TempDir,
    pub shutdown: CancellationToken,
}

impl Env {
    /// `n` ads, 4 per page, the given faults, default quick settings.
    pub async fn start(n: u32, faults: FaultConfig) -> Env {
        Env::with(
            n,
            faults,
            quick_fetch(),
            quick_host(),
            RobotsCacheConfig::default(),
        )
        .await
    }

    /// Full control over the crawler's settings.
    pub async fn with(
        n: u32,
        faults: FaultConfig,
        fetch: FetchConfig,
        host: HostConfig,
        robots: RobotsCacheConfig,
    ) -> Env {
        let site = MiniSite::new(n, 4);
        let server = FixtureServer::start(site.spec(), faults).await.unwrap();
        let base = server.base_url();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.db")).unwrap();
        Env {
            site,
            crawler: crawler(&base, fetch, host, robots),
            profile: profile(&base),
            server,
            store,
            _dir: dir,
            shutdown: CancellationToken::new(),
        }
    }

    /// One crawl pass.
    pub async fn pass(&mut self) -> PassReport {
        crawl::crawl_pass(
            &self.crawler,
            &mut self.store,
            &self.profile,
            &self.shutdown,
            |_| {},
        )
        .await
        .unwrap()
    }

    /// The canonical URL of a path.
    pub fn url(&self, path: &str) -> String {
        Url::parse(&self.server.base_url())
            .unwrap()
            .join(path)
            .unwrap()
            .to_string()
    }

    /// Requests whose path is `path`.
    pub fn hits(&self, path: &str) -> Vec<RequestRecord> {
        self.server
            .requests()
            .into_iter()
            .filter(|r| r.path == path)
            .collect()
    }

    /// Requests whose path starts with `prefix`.
    pub fn hits_prefix(&self, prefix: &str) -> Vec<RequestRecord> {
        self.server
            .requests()
            .into_iter()
            .filter(|r| r.path.starts_with(prefix))
            .collect()
    }

    /// Simulates the passage of time: every pending URL is due now, and the
    /// next pass starts in a later second than anything stored so far
    /// (stored times have one-second resolution).
    pub async fn make_all_due(&self) {
        self.store
            .test_conn()
            .execute(
                "UPDATE frontier SET due_at = '2000-01-01T00:00:00Z' WHERE state = 'pending'",
                [],
            )
            .unwrap();
        next_second().await;
    }

    /// Number of ads stored.
    pub fn ad_count(&self) -> i64 {
        self.store.count_ads().unwrap()
    }
}

/// Sleeps until the wall clock enters the next second.
pub async fn next_second() {
    let now = chrono::Utc::now();
    let ms = 1000 - i64::from(now.timestamp_subsec_millis()) + 20;
    tokio::time::sleep(Duration::from_millis(ms as u64)).await;
}
