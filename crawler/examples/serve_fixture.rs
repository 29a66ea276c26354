//! Serves the large generated fixture site on loopback for benchmarks, until
//! SIGINT or SIGTERM; prints its base URL on the
//! first line of standard output, and on exit writes the request log
//! (`seconds_since_start<TAB>status<TAB>target`, one request a line) to `--log`.
//!
//! `cargo run --release -p crawler --example serve_fixture -- --ads 20000 --seed 7 --log /tmp/req.tsv`

use std::io::Write;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let ads: usize = arg(&args, "--ads")
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let seed: u64 = arg(&args, "--seed")
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let log = arg(&args, "--log");
    let server = fixtures::FixtureServer::start(
        fixtures::large_site(ads, seed),
        fixtures::FaultConfig::none(),
    )
    .await?;
    println!("{}", server.base_url());
    std::io::stdout().flush()?;
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
    if let Some(path) = log {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
        for r in server.requests() {
            writeln!(
                out,
                "{:.6}\t{}\t{}",
                r.since_start.as_secs_f64(),
                r.status,
                r.target
            )?;
        }
        out.flush()?;
    }
    eprintln!("serve_fixture: {} requests served", server.requests().len());
    server.shutdown().await;
    Ok(())
}
