//! A daemon's pass on a big store, timed: the first refresh builds the kept
//! linker (as the daemon's first pass after start does), then the new ads
//! of a JSON Lines file are stored and a second refresh brings the kept
//! linker up to date (as every later pass does). Prints one JSON line with
//! the seconds of each step and the peak RSS so far.
//!
//! The store is changed: run it on a copy.
//!
//! `cargo run --release -p crawler --example bench_pass -- --db COPY.db --new NEW.jsonl [--default-region DK]`

use crawler::engine::{self, RefreshOptions};
use crawler::pipeline::LinkCache;
use indicators::rules::Rules;
use std::time::Instant;
use store::prelude::*;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    crawler::logging::init(false, 0);
    let db = arg(&args, "--db").ok_or_else(|| anyhow::anyhow!("--db COPY.db is needed"))?;
    let new = arg(&args, "--new").ok_or_else(|| anyhow::anyhow!("--new NEW.jsonl is needed"))?;
    let region = arg(&args, "--default-region").unwrap_or_else(|| "DK".into());
    let rules = Rules::builtin();
    let mut store = store::Store::open(std::path::Path::new(&db))?;
    let mut cache = LinkCache::default();

    let t = Instant::now();
    let first = engine::refresh_cached(
        &mut store,
        &rules,
        RefreshOptions::default(),
        &mut cache,
        |_| {},
    )?;
    let first_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let file = std::fs::File::open(&new)?;
    let mut rows = Vec::new();
    for line in crawler::import::Lines::new(std::io::BufReader::new(file)) {
        rows.push(line.map_err(|e| anyhow::anyhow!("{new}: {e}"))?);
    }
    let stored = store.upsert_ads(&rows, &region, store::now())?.len();
    let store_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let pass = engine::refresh_cached(
        &mut store,
        &rules,
        RefreshOptions::default(),
        &mut cache,
        |_| {},
    )?;
    let pass_s = t.elapsed().as_secs_f64();
    println!(
        "{}",
        serde_json::json!({
            "ads_in_store": store.count_ads()?,
            "first_refresh_s": first_s,
            "first_analysed": first.analysis.analysed,
            "new_ads": stored,
            "store_new_s": store_s,
            "pass_s": pass_s,
            "pass_analysed": pass.analysis.analysed,
            "pass_incremental": pass.linking.incremental,
            "pass_fingerprinted": pass.linking.fingerprinted,
            "networks": pass.linking.networks,
            "peak_rss_mib": peak_rss_mib(),
        })
    );
    Ok(())
}
