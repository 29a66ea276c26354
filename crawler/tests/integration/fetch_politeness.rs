//! Politeness at the server: with a rate of R requests per second, no window
//! of one second ever holds more than R requests, even with many tasks
//! fetching at once and a concurrency cap above one.

use crate::fetch_support::{max_in_window, Reply, Server};
use crawler::fetch::{allow_all_redirects, FetchConfig, Fetcher};
use crawler::host::{HostConfig, HostPool};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Result of hammering one host for `duration` at `rate`.
struct Run {
    requests: usize,
    max_per_second: usize,
    /// Shortest gap between two consecutive arrivals.
    min_gap: Duration,
    /// First to last arrival.
    span: Duration,
    elapsed: Duration,
}

async fn hammer(rate: f64, concurrency: u32, tasks: usize, duration: Duration) -> Run {
    let server = Server::start(|_| Reply::html("<p>ok</p>")).await;
    let hosts = Arc::new(HostPool::new(HostConfig::with_rate(rate, concurrency)));
    let fetcher = Arc::new(
        Fetcher::new(FetchConfig::new("adscreen/0.1.0 (+mailto:ops@ngo.example)"))
            .unwrap()
            .with_hosts(hosts),
    );
    let start = Instant::now();
    let deadline = start + duration;
    let mut handles = Vec::new();
    for t in 0..tasks {
        let (fetcher, url) = (Arc::clone(&fetcher), server.url(&format!("/side/{t}")));
        handles.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                fetcher
                    .fetch_page(&url, None, allow_all_redirects)
                    .await
                    .expect("loopback fetch");
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let mut times: Vec<Instant> = server.seen().iter().map(|s| s.at).collect();
    times.sort();
    let min_gap = times
        .windows(2)
        .map(|w| w[1] - w[0])
        .min()
        .unwrap_or_default();
    let span = match (times.first(), times.last()) {
        (Some(a), Some(b)) => *b - *a,
        _ => Duration::ZERO,
    };
    Run {
        min_gap,
        span,
        requests: times.len(),
        max_per_second: max_in_window(&times, Duration::from_secs(1)),
        elapsed: start.elapsed(),
    }
}

/// Timing tolerance: the crawler may run up to this much slower than the
/// configured rate (safety margin plus scheduling on a busy machine), but
/// never faster.
const SLOWNESS_TOLERANCE: f64 = 0.25;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_more_than_rate_in_any_second() {
    for (rate, concurrency) in [(5.0, 4), (20.0, 2)] {
        let run = hammer(rate, concurrency, 8, Duration::from_millis(2500)).await;
        println!(
            "R={rate}: {} requests in {:.2?}, max {} in any 1 s window",
            run.requests, run.elapsed, run.max_per_second
        );
        assert!(
            run.max_per_second <= rate as usize,
            "R={rate}: {} requests within one second",
            run.max_per_second
        );
        let expected = rate * run.elapsed.as_secs_f64();
        assert!(
            run.requests as f64 >= expected * (1.0 - SLOWNESS_TOLERANCE),
            "R={rate}: only {} requests in {:.2?} (expected about {expected:.0})",
            run.requests,
            run.elapsed
        );
    }
}

/// The measurement behind bench/results/crawler-edge.md (about 30 s):
/// `cargo test -p crawler --test integration fetch_politeness -- --ignored --nocapture`
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "takes about 30 seconds; run for the politeness report"]
async fn politeness_precision_report() {
    println!("| R (req/s) | concurrency | tasks | duration | requests | sustained req/s (gaps / first-to-last) | shortest gap (ideal 1/R) | max in any 1 s window |");
    println!("|---|---|---|---|---|---|---|---|");
    for rate in [2.0, 5.0, 20.0] {
        let run = hammer(rate, 4, 8, Duration::from_secs(10)).await;
        println!(
            "| {rate} | 4 | 8 | {:.2} s | {} | {:.2} | {:.1} ms ({:.0} ms) | {} |",
            run.elapsed.as_secs_f64(),
            run.requests,
            (run.requests.saturating_sub(1)) as f64 / run.span.as_secs_f64(),
            run.min_gap.as_secs_f64() * 1000.0,
            1000.0 / rate,
            run.max_per_second
        );
        assert!(run.max_per_second <= rate as usize);
    }
}
