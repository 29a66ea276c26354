//! Structured logs (tracing) to stderr: human-readable by default, JSON with
//! `--log-json`; `RUST_LOG` overrides the level.
//!
//! Where a crawl's time goes: with `ADSCREEN_SPAN_TIMES=1` and
//! `RUST_LOG=crawler=debug`, every closing span (`fetch`, `extract`,
//! `store`, `frontier_claim`) logs its `time.busy` and `time.idle`;
//! `bench/crawler/spans.py` sums them per span name.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber. Default level: warnings, or info with `-v`.
pub fn init(json: bool, verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let spans = if std::env::var_os("ADSCREEN_SPAN_TIMES").is_some_and(|v| v != "0") {
        tracing_subscriber::fmt::format::FmtSpan::CLOSE
    } else {
        tracing_subscriber::fmt::format::FmtSpan::NONE
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_span_events(spans)
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
