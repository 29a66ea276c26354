//! One crawl pass of the large fixture site (profile `largeboard`) for the
//! benchmark: fetch, politeness, robots.txt, extraction and storing into
//! SQLite, without image hashing or analysis. Prints one line of figures.
//!
//! `--rps 0` runs without a per-host rate limiter (only the concurrency cap),
//! like Scrapy with `DOWNLOAD_DELAY = 0`; `--rps R` limits the host to R
//! requests per second (the politeness-precision run).
//!
//! `--profile FILE` crawls that site profile instead, exactly as `crawler
//! crawl` would (its own rate and concurrency through the host pool, so a
//! fast rate needs a loopback `base_url`); `--base` is then not needed.
//!
//! `cargo run --release -p crawler --example bench_crawl -- --base http://127.0.0.1:PORT/ --db /tmp/b.db --concurrency 8 --rps 0`

use crawler::crawl::{self, Crawler};
use crawler::fetch::{user_agent, FetchConfig, Fetcher};
use crawler::host::{HostConfig, HostPool};
use crawler::profile::SiteProfile;
use crawler::robots::cache::{RobotsCache, RobotsCacheConfig};
use std::sync::Arc;
use std::time::Instant;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    // Warnings only, unless RUST_LOG says otherwise (ADSCREEN_SPAN_TIMES=1
    // with RUST_LOG=crawler=debug logs span times for bench/crawler/spans.py).
    crawler::logging::init(false, 0);
    let db = arg(&args, "--db").unwrap_or_else(|| "/tmp/bench-crawl.db".into());
    if let Some(file) = arg(&args, "--profile") {
        let profile = SiteProfile::load(std::path::Path::new(&file))?;
        let fetcher = Fetcher::new(FetchConfig::new(user_agent("mailto:bench@example.org")))?
            .with_hosts(Arc::new(HostPool::new(HostConfig::default())));
        let _ = std::fs::remove_file(&db);
        return run(fetcher, &profile, &db).await;
    }
    let base = arg(&args, "--base").ok_or_else(|| anyhow::anyhow!("--base URL is required"))?;
    let rps: f64 = arg(&args, "--rps")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    let concurrency: u32 = arg(&args, "--concurrency")
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let max_pages: u32 = arg(&args, "--max-pages")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let _ = std::fs::remove_file(&db);
    let text = fixtures::profile_toml("largeboard").expect("largeboard profile");
    let mut profile = SiteProfile::parse(text, std::path::Path::new("largeboard.toml"))?;
    profile.base_url = base.clone();
    profile.concurrency = concurrency;
    profile.max_pages = max_pages;
    // Politeness raised past the profile's validated range for the benchmark only.
    profile.requests_per_second = if rps > 0.0 { rps } else { 1e6 };
    let mut fetcher = Fetcher::new(FetchConfig::new(user_agent("mailto:bench@example.org")))?;
    if rps > 0.0 {
        let host = HostConfig::with_rate(rps, concurrency);
        let pool = Arc::new(HostPool::new(host.clone()));
        let url = url::Url::parse(&base)?;
        pool.configure(&url, host);
        let _ = pool.host(&url);
        fetcher = fetcher.with_hosts(pool);
    }
    run(fetcher, &profile, &db).await
}

async fn run(fetcher: Fetcher, profile: &SiteProfile, db: &str) -> anyhow::Result<()> {
    let fetcher = Arc::new(fetcher);
    let robots = Arc::new(RobotsCache::new(
        Arc::clone(&fetcher),
        RobotsCacheConfig::default(),
    ));
    let crawler = Crawler::new(fetcher, robots);
    let mut store = store::Store::open(std::path::Path::new(db))?;
    let shutdown = tokio_util::sync::CancellationToken::new();
    let t = Instant::now();
    let r = crawl::crawl_pass(&crawler, &mut store, profile, &shutdown, |_| {}).await?;
    let secs = t.elapsed().as_secs_f64();
    println!(
        "pages={} new_ads={} errors={} disallowed={} end={} seconds={:.2} pages_per_second={:.1}",
        r.stats.pages,
        r.stats.new_ads,
        r.stats.errors,
        r.disallowed,
        r.end.as_str(),
        secs,
        r.stats.pages as f64 / secs
    );
    Ok(())
}
