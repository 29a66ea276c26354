//! `crawler demo`: the whole job offline. Serves the bundled synthetic sites
//! on loopback, crawls them politely but quickly, analyses and links, writes
//! a database and prints what a reviewer would look at first.
//!
//! The demo never touches a real site: the profiles' base URLs are replaced
//! by the loopback servers it starts. It refuses to write into a database
//! that is not a demo database, so it cannot mix synthetic ads into real work.

use crate::cli::args::{Cli, DemoArgs};
use crate::commands::{build_crawler, crawl_and_analyze, Settings};
use crate::profile::SiteProfile;
use anyhow::{bail, Context as _, Result};
use std::path::Path;
use std::process::ExitCode;
use store::prelude::*;
use store::query::ListFilter;
use store::Store;
use tokio_util::sync::CancellationToken;

/// Default database of the demo.
pub const DEFAULT_DEMO_DB: &str = "adscreen-demo.db";

/// Politeness for the demo: fast, since the server is our own, but still limited.
const DEMO_RATE: f64 = 50.0;
const DEMO_CONCURRENCY: u32 = 4;

/// `crawler demo`: resolves the settings (the demo's own default database)
/// and runs the demo.
pub async fn command(cli: &Cli, args: &DemoArgs) -> Result<ExitCode> {
    // The demo's ads are synthetic: no "not encrypted" notice in its output.
    store::cipher::set_plain_notice(false);
    let s = Settings::resolve(cli, DEFAULT_DEMO_DB)?;
    run(&s, args.top).await
}

/// Runs the demo.
pub async fn run(s: &Settings, top: usize) -> Result<ExitCode> {
    let db = s.sqlite_path("demo")?;
    prepare_db(&db)?;
    let mut store = s.open_store("demo")?;
    store.mark_demo().context("marking the demo database")?;
    let mut servers = Vec::new();
    let mut profiles = Vec::new();
    for site in fixtures::demo_sites() {
        let name = site.name().to_string();
        let server = fixtures::FixtureServer::start(site, fixtures::FaultConfig::default())
            .await
            .with_context(|| format!("starting the loopback server for {name}"))?;
        let mut p = SiteProfile::parse(
            fixtures::demo_profile_toml(&name),
            Path::new(&format!("fixtures/profiles/{name}.toml")),
        )?;
        p.base_url = server.base_url();
        p.requests_per_second = DEMO_RATE;
        p.concurrency = DEMO_CONCURRENCY;
        p.validate(Path::new(&name))?;
        profiles.push(p);
        servers.push(server);
    }
    let crawler = build_crawler("adscreen-demo@example.invalid")?;
    let shutdown = CancellationToken::new();
    let started = std::time::Instant::now();
    let reports = crawl_and_analyze(&crawler, &mut store, &profiles, &s.rules, &shutdown).await?;
    let seen_requests: usize = servers.iter().map(|s| s.requests().len()).sum();
    for server in servers {
        server.shutdown().await;
    }
    print_summary(&store, &reports, seen_requests, started.elapsed(), top, &db)?;
    Ok(ExitCode::SUCCESS)
}

/// Refuses to overwrite a database that is not a demo database; starts a
/// demo database afresh.
fn prepare_db(db: &Path) -> Result<()> {
    if !db.exists() {
        return Ok(());
    }
    let is_demo = Store::is_demo_file(db).unwrap_or(false);
    if !is_demo {
        bail!(
            "{} exists and is not a demo database; the demo will not write synthetic ads into it. Pass another --db",
            db.display()
        );
    }
    for suffix in ["", "-wal", "-shm"] {
        let p = format!("{}{suffix}", db.display());
        if Path::new(&p).exists() {
            std::fs::remove_file(&p)
                .with_context(|| format!("removing the old demo database {p}"))?;
        }
    }
    Ok(())
}

fn print_summary(
    store: &Store,
    reports: &[crate::crawl::PassReport],
    requests: usize,
    took: std::time::Duration,
    top: usize,
    db: &Path,
) -> Result<()> {
    let pages: u64 = reports.iter().map(|r| r.stats.pages).sum();
    let disallowed: u64 = reports.iter().map(|r| r.disallowed).sum();
    let errors: u64 = reports.iter().map(|r| r.stats.errors).sum();
    let ads = store.count_ads()?;
    let flagged = store.list_ads(&ListFilter {
        min_score: Some(0.01),
        ..ListFilter::default()
    })?;
    crate::outln!("adscreen demo — synthetic sites on loopback, nothing left this machine\n")?;
    for r in reports {
        crate::outln!(
            "  {:<12} {:>4} pages fetched, {:>3} ads stored, {} URLs skipped by robots.txt, {} errors ({})",
            r.site, r.stats.pages, r.stats.new_ads + r.stats.changed_ads, r.disallowed, r.stats.errors, r.end.as_str()
        )?;
    }
    crate::outln!(
        "\n{pages} pages fetched ({requests} requests incl. robots.txt and images) in {:.1}s; {ads} ads stored, {} flagged; {disallowed} disallowed URLs never requested; {errors} errors.",
        took.as_secs_f64(),
        flagged.len()
    )?;
    crate::outln!("\nTop flagged ads (a flag is a reason to look, never a finding):")?;
    for a in flagged.iter().take(top) {
        crate::outln!(
            "  #{:<4} score {:>4.1}  {} ({}, {})",
            a.id,
            a.score,
            a.name.as_deref().unwrap_or("-"),
            a.location.as_deref().unwrap_or("-"),
            a.site
        )?;
        if let Some(an) = store.analysis(a.id)? {
            for h in an.all_hits().iter().take(4) {
                let ev = h
                    .evidence
                    .first()
                    .map(|e| format!(" — “{}”", e.excerpt))
                    .unwrap_or_default();
                crate::outln!("        {:+.1} {}{ev}", h.weight, h.code)?;
            }
        }
    }
    let nets = store.network_ids()?;
    crate::outln!("\nLinked groups (possible networks): {}", nets.len())?;
    for id in nets.iter().take(top) {
        if let Some(n) = store.network(*id)? {
            let list = |k: &str| -> String {
                n.summary[k]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default()
            };
            let counts = &n.summary["link_counts"];
            crate::outln!(
                "  network #{:<4} {} ads; names: {}; cities: {}; phones: {}; links: {} phone, {} text, {} image",
                n.id,
                n.ad_ids.len(),
                list("names"),
                list("locations"),
                list("phones"),
                counts["phone"], counts["text"], counts["image"]
            )?;
        }
    }
    let blocked = store.blocked_phones()?;
    for b in &blocked {
        crate::outln!("  not used for linking: {} — {}", b.e164, b.reason)?;
    }
    crate::outln!("\nOpen the results for review:")?;
    crate::outln!(
        "  cargo run --release --bin review -- --db {} list",
        db.display()
    )?;
    crate::outln!(
        "  cargo run --release --bin review -- --db {}          (full-screen)",
        db.display()
    )?;
    Ok(())
}
