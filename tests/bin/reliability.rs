//! `adscreen-reliability`: the helper the reliability tests and scripts run
//! as a separate process (so it can be killed with SIGKILL).
//!
//! - `crawler ARGS...`: exactly the `crawler` binary (same library calls as
//!   crawler/src/main.rs: `crawler::cli::run`), reachable from tests via `CARGO_BIN_EXE_`.
//! - `serve --dir DIR [--ads N] [--seed S] [--rps R] [--concurrency C]
//!   [--oversized BYTES] [--seconds T]`: serves the large generated site on
//!   loopback, writes `DIR/profiles/largeboard.toml` pointing at it and
//!   `DIR/server.url`, appends the request log to `DIR/requests.log`
//!   (`status path` per line) and stops by itself after T seconds (default 600).
//! - `gen-jsonl --out FILE --lines N [--seed S] [--bad-every K] [--text-bytes B]`:
//!   writes a big ad import file and prints `good bad bytes`.

use adscreen_tests::reliability::{write_jsonl, write_profile};
use clap::Parser;
use fixtures::{BlockingFixtureServer, Fault, FaultConfig, PathPattern};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let result = match args.get(1).map(String::as_str) {
        Some("crawler") => return run_crawler(&args[1..]),
        Some("serve") => serve(&args[2..]),
        Some("gen-jsonl") => gen_jsonl(&args[2..]),
        _ => Err("usage: adscreen-reliability crawler ARGS... | serve --dir DIR [...] | gen-jsonl --out FILE --lines N [...]".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("adscreen-reliability: error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The crawler binary itself ([`crawler::cli::run`]), on `args`.
fn run_crawler(args: &[String]) -> ExitCode {
    crawler::cli::run(<crawler::cli::Cli as Parser>::parse_from(args))
}

/// `--key value` pairs.
fn opts(args: &[String]) -> Result<std::collections::BTreeMap<String, String>, String> {
    let mut m = std::collections::BTreeMap::new();
    let mut it = args.iter();
    while let Some(k) = it.next() {
        let key = k
            .strip_prefix("--")
            .ok_or_else(|| format!("unexpected argument `{k}`"))?;
        let v = it.next().ok_or_else(|| format!("--{key} needs a value"))?;
        m.insert(key.to_string(), v.clone());
    }
    Ok(m)
}

fn num<T: std::str::FromStr>(
    m: &std::collections::BTreeMap<String, String>,
    key: &str,
    default: T,
) -> Result<T, String> {
    match m.get(key) {
        None => Ok(default),
        Some(v) => v
            .parse()
            .map_err(|_| format!("--{key} `{v}` is not a number")),
    }
}

fn serve(args: &[String]) -> Result<(), String> {
    let m = opts(args)?;
    let dir = PathBuf::from(m.get("dir").ok_or("serve needs --dir")?);
    let ads: usize = num(&m, "ads", 2000)?;
    let seed: u64 = num(&m, "seed", 7)?;
    let rps: f64 = num(&m, "rps", 100.0)?;
    let concurrency: u32 = num(&m, "concurrency", 8)?;
    let oversized: u64 = num(&m, "oversized", 0)?;
    let seconds: u64 = num(&m, "seconds", 600)?;
    let mut faults = FaultConfig::none();
    if oversized > 0 {
        // Every ad page (paths `/ad...`; listings are `/escorts/page/N/`)
        // becomes a huge streamed body: the fetcher's cap must hold.
        faults = faults.with(
            PathPattern::Prefix("/ad".into()),
            Fault::Oversized {
                bytes: oversized,
                declare_length: false,
            },
        );
    }
    let server = BlockingFixtureServer::start(fixtures::large_site(ads, seed), faults)
        .map_err(|e| format!("cannot start the fixture server: {e}"))?;
    let base = server.base_url();
    let rps_s = format!("{rps:.1}");
    let conc_s = concurrency.to_string();
    write_profile(
        &dir.join("profiles"),
        "largeboard",
        &base,
        &[
            ("requests_per_second", rps_s.as_str()),
            ("concurrency", conc_s.as_str()),
        ],
    )
    .map_err(|e| format!("cannot write the profile in {}: {e}", dir.display()))?;
    std::fs::write(dir.join("server.url"), &base)
        .map_err(|e| format!("cannot write {}: {e}", dir.join("server.url").display()))?;
    println!("{base}");
    let log_path = dir.join("requests.log");
    let mut log = std::fs::File::create(&log_path)
        .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
    let end = Instant::now() + Duration::from_secs(seconds);
    let mut written = 0;
    while Instant::now() < end {
        std::thread::sleep(Duration::from_millis(100));
        let reqs = server.requests();
        for r in &reqs[written.min(reqs.len())..] {
            writeln!(log, "{} {}", r.status, r.target)
                .map_err(|e| format!("cannot write {}: {e}", log_path.display()))?;
        }
        written = reqs.len();
        let _ = log.flush();
        if dir.join("stop").exists() {
            break;
        }
    }
    server.shutdown();
    Ok(())
}

fn gen_jsonl(args: &[String]) -> Result<(), String> {
    let m = opts(args)?;
    let out = PathBuf::from(m.get("out").ok_or("gen-jsonl needs --out")?);
    let lines: u64 = num(&m, "lines", 100_000)?;
    let seed: u64 = num(&m, "seed", 1)?;
    let bad_every: u64 = num(&m, "bad-every", 1000)?;
    let text_bytes: usize = num(&m, "text-bytes", 0)?;
    let f =
        std::fs::File::create(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
    let s = write_jsonl(&mut w, lines, seed, bad_every, text_bytes)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("{} {} {}", s.good, s.bad, s.bytes);
    Ok(())
}
