//! The robots.txt cache against a loopback server: what each HTTP answer
//! means under RFC 9309, caching, retries, redirects and Crawl-delay.

use crate::fetch_support::{Reply, Server};
use crawler::fetch::{FetchConfig, Fetcher};
use crawler::host::{HostConfig, HostPool};
use crawler::robots::cache::{RobotsCache, RobotsCacheConfig};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::Arc;
use std::time::Duration;

const UA: &str = "adscreen/0.1.0 (+mailto:ops@ngo.example)";

fn cache(config: RobotsCacheConfig) -> (RobotsCache, Arc<HostPool>) {
    let mut fc = FetchConfig::new(UA);
    fc.total_timeout = Duration::from_secs(2);
    let hosts = Arc::new(HostPool::new(HostConfig::with_rate(50.0, 2)));
    let fetcher = Fetcher::new(fc).unwrap().with_hosts(Arc::clone(&hosts));
    (RobotsCache::new(Arc::new(fetcher), config), hosts)
}

const ROBOTS: &str = "User-agent: *\nDisallow: /\n\nUser-agent: adscreen\nCrawl-delay: 1.5\nAllow: /annoncer/\nDisallow: /annoncer/privat/\nSitemap: /sitemap.xml\n";

#[tokio::test]
async fn rules_are_fetched_once_and_explained() {
    let server = Server::start(|s| match s.path.as_str() {
        "/robots.txt" => Reply::new(200)
            .header("Content-Type", "text/plain")
            .body(ROBOTS.as_bytes()),
        _ => Reply::new(404),
    })
    .await;
    let (robots, hosts) = cache(RobotsCacheConfig::default());
    assert_eq!(robots.token(), "adscreen");
    let ok = robots.check(&server.url("/annoncer/42")).await;
    assert!(ok.allowed, "{}", ok.reason);
    assert!(ok.reason.contains("line 6"), "{}", ok.reason);
    let no = robots.check(&server.url("/annoncer/privat/1")).await;
    assert!(!no.allowed);
    assert!(
        no.reason.contains("line 7: `Disallow: /annoncer/privat/`"),
        "{}",
        no.reason
    );
    assert!(no.to_string().starts_with("disallowed"));
    assert_eq!(
        robots.crawl_delay(&server.url("/")).await,
        Some(Duration::from_millis(1500))
    );
    assert_eq!(robots.sitemaps(&server.url("/")).await, ["/sitemap.xml"]);
    assert_eq!(
        server.hits("/robots.txt"),
        1,
        "cached after the first fetch"
    );
    // The Crawl-delay (slower than 50 req/s) now paces the host.
    let interval = hosts.host(&server.url("/")).status().interval;
    assert!(interval >= Duration::from_millis(1500), "{interval:?}");
}

#[tokio::test]
async fn missing_robots_allows_all_and_server_errors_disallow_all_until_retry() {
    let status = Arc::new(AtomicU16::new(503));
    let s2 = Arc::clone(&status);
    let server = Server::start(move |s| match s.path.as_str() {
        "/robots.txt" => match s2.load(Ordering::SeqCst) {
            200 => Reply::new(200).body(b"User-agent: *\nDisallow: /privat\n"),
            code => Reply::new(code),
        },
        _ => Reply::new(404),
    })
    .await;
    let (robots, _) = cache(RobotsCacheConfig {
        ttl: Duration::from_secs(3600),
        error_retry: Duration::from_millis(300),
    });
    let v = robots.check(&server.url("/a")).await;
    assert!(!v.allowed, "503 means disallow all: {}", v.reason);
    assert!(v.reason.contains("HTTP 503"), "{}", v.reason);
    status.store(200, Ordering::SeqCst);
    // Still within error_retry: the cached verdict stands.
    assert!(!robots.check(&server.url("/a")).await.allowed);
    tokio::time::sleep(Duration::from_millis(400)).await;
    let v = robots.check(&server.url("/a")).await;
    assert!(v.allowed, "{}", v.reason);
    assert!(!robots.check(&server.url("/privat/1")).await.allowed);

    let gone = Server::start(|_| Reply::new(404)).await;
    let v = robots.check(&gone.url("/x")).await;
    assert!(v.allowed);
    assert!(v.reason.contains("HTTP 404"), "{}", v.reason);
}

#[tokio::test]
async fn redirects_are_followed_up_to_five_hops() {
    let server = Server::start(|s| {
        if s.path == "/robots.txt" {
            return Reply::redirect(301, "/r/1");
        }
        if s.path == "/r/2" {
            return Reply::new(200).body(b"User-agent: *\nDisallow: /x\n");
        }
        if let Some(n) = s.path.strip_prefix("/r/") {
            return Reply::redirect(302, &format!("/r/{}", n.parse::<u32>().unwrap_or(0) + 1));
        }
        Reply::new(404)
    })
    .await;
    let (robots, _) = cache(RobotsCacheConfig::default());
    let v = robots.check(&server.url("/x")).await;
    assert!(!v.allowed, "{}", v.reason);
    assert!(
        v.reason.contains("/r/2"),
        "names the final source: {}",
        v.reason
    );

    let endless = Server::start(|s| {
        let n: u32 = s.path.trim_start_matches("/r/").parse().unwrap_or(0);
        Reply::redirect(302, &format!("/r/{}", n + 1))
    })
    .await;
    let v = robots.check(&endless.url("/x")).await;
    assert!(
        v.allowed,
        "endless redirects count as no robots.txt: {}",
        v.reason
    );
    assert_eq!(endless.seen().len(), 6, "first request plus five redirects");
}

#[tokio::test]
async fn unreachable_host_disallows_all() {
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let (robots, _) = cache(RobotsCacheConfig::default());
    let url = url::Url::parse(&format!("http://{closed}/annoncer")).unwrap();
    let v = robots.check(&url).await;
    assert!(!v.allowed);
    assert!(v.reason.contains("unreachable"), "{}", v.reason);
}
