//! Per-host politeness: one [`Host`] per `host:port` holds a rate limiter, a
//! concurrency cap, exponential backoff and a circuit breaker, applied in one
//! order for every request: permit → backoff wait → limiter → send.
//!
//! Guarantee: a host never sees more than `requests_per_second` requests in
//! any one-second window. The limiter has no burst (GCRA with burst 1), so
//! requests leave at least one interval apart, and the interval carries a
//! small safety margin ([`SAFETY_FRACTION`] + [`SAFETY_FLOOR`]) so that
//! scheduling jitter between the limiter and the socket cannot squeeze one
//! extra request into a window at the server.
//!
//! Defaults: backoff starts at 2 s and doubles per consecutive failure up to
//! 10 min (with jitter: 50–100 % of the step); `Retry-After` is honoured up to
//! 1 h; after 5 consecutive failures the host is paused for 10 min (circuit
//! open), then one request probes it and a further failure re-opens it.

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use rand::Rng;
use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use url::Url;

/// Fraction added to the request interval as a safety margin.
pub const SAFETY_FRACTION: f64 = 0.02;
/// Fixed time added to the request interval as a safety margin (at most a
/// fifth of the interval, for the fast rates loopback sites may use).
pub const SAFETY_FLOOR: Duration = Duration::from_millis(2);

/// Politeness settings for one host.
#[derive(Debug, Clone, PartialEq)]
pub struct HostConfig {
    /// Sustained request rate (requests per second), before any Crawl-delay.
    pub requests_per_second: f64,
    /// Requests in flight at once.
    pub concurrency: u32,
    /// First backoff step after a failure.
    pub backoff_base: Duration,
    /// Largest backoff step.
    pub backoff_max: Duration,
    /// Longest `Retry-After` honoured (longer values are clamped to it).
    pub retry_after_cap: Duration,
    /// Consecutive failures that open the circuit.
    pub breaker_threshold: u32,
    /// How long an open circuit pauses the host.
    pub breaker_cooldown: Duration,
}

impl Default for HostConfig {
    fn default() -> Self {
        HostConfig {
            requests_per_second: 0.5,
            concurrency: 1,
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(600),
            retry_after_cap: Duration::from_secs(3600),
            breaker_threshold: 5,
            breaker_cooldown: Duration::from_secs(600),
        }
    }
}

impl HostConfig {
    /// The given rate and concurrency (a site profile's `requests_per_second`
    /// and `concurrency`), other settings default.
    pub fn with_rate(requests_per_second: f64, concurrency: u32) -> HostConfig {
        HostConfig {
            requests_per_second,
            concurrency,
            ..HostConfig::default()
        }
    }

    /// The interval between requests for this rate (without safety margin).
    fn base_interval(&self) -> Duration {
        let rps = if self.requests_per_second.is_finite() && self.requests_per_second > 0.0 {
            self.requests_per_second
        } else {
            HostConfig::default().requests_per_second
        };
        Duration::from_secs_f64(1.0 / rps)
    }
}

/// How a request to the host ended, for backoff and the circuit breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The server answered normally (any status that is not overload or a
    /// server error, including 404).
    Success,
    /// 429, 503, other 5xx, a timeout or a network error. `retry_after` is the
    /// server's `Retry-After`, if it sent one.
    Failure {
        /// The server's requested wait, already parsed.
        retry_after: Option<Duration>,
    },
}

impl Outcome {
    /// The outcome for an HTTP status (and its `Retry-After` header value).
    pub fn from_status(status: u16, retry_after: Option<Duration>) -> Outcome {
        if status == 429 || (500..600).contains(&status) {
            Outcome::Failure { retry_after }
        } else {
            Outcome::Success
        }
    }
}

/// Why a request may not be sent now.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HostError {
    /// Too many consecutive failures: the host is paused.
    #[error("host {host} paused after {failures} consecutive failures; retry in {}", humantime::format_duration(*.retry_in))]
    CircuitOpen {
        /// `host:port`.
        host: String,
        /// Consecutive failures so far.
        failures: u32,
        /// Time until the pause ends (rounded to seconds).
        retry_in: Duration,
    },
}

/// A snapshot of a host's politeness state, for reports and logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostStatus {
    /// `host:port`.
    pub host: String,
    /// Current interval between requests (with margin and Crawl-delay).
    pub interval: Duration,
    /// Consecutive failures.
    pub consecutive_failures: u32,
    /// Failures since the host was created.
    pub total_failures: u64,
    /// Remaining backoff wait, if any.
    pub backoff_remaining: Option<Duration>,
    /// Remaining circuit-open pause, if the circuit is open.
    pub circuit_open_remaining: Option<Duration>,
    /// How often the circuit has opened.
    pub circuit_opened: u32,
}

#[derive(Debug, Default)]
struct Health {
    consecutive_failures: u32,
    total_failures: u64,
    backoff_until: Option<Instant>,
    circuit_until: Option<Instant>,
    circuit_opened: u32,
}

/// Politeness state for one `host:port`.
#[derive(Debug)]
pub struct Host {
    key: String,
    config: Mutex<HostConfig>,
    /// Permits to retire as they come back (the concurrency was lowered
    /// while they were in use).
    shrink: Arc<AtomicUsize>,
    crawl_delay: Mutex<Option<Duration>>,
    limiter: Mutex<(Duration, Arc<DefaultDirectRateLimiter>)>,
    semaphore: Arc<Semaphore>,
    /// Requests pass the rate limiter one at a time, in the order they
    /// asked (tokio's mutex is fair): the limiter's own waiters race, which
    /// could keep a listing page waiting behind ads that asked later.
    turn: tokio::sync::Mutex<()>,
    health: Mutex<Health>,
}

/// Held while a request is in flight; releases the concurrency slot on drop.
#[derive(Debug)]
pub struct HostPermit {
    permit: Option<OwnedSemaphorePermit>,
    shrink: Arc<AtomicUsize>,
}

impl Drop for HostPermit {
    fn drop(&mut self) {
        if let Some(p) = self.permit.take() {
            let retire = self
                .shrink
                .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1))
                .is_ok();
            if retire {
                p.forget();
            }
        }
    }
}

fn limiter_for(interval: Duration) -> Arc<DefaultDirectRateLimiter> {
    // Burst 1: never two requests closer than one interval.
    let quota = Quota::with_period(interval.max(Duration::from_micros(1)))
        .expect("interval is non-zero")
        .allow_burst(NonZeroU32::MIN);
    Arc::new(RateLimiter::direct(quota))
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding these short locks cannot leave torn state worth
    // refusing to read, so poisoning is ignored.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Host {
    /// A host with its own limiter, semaphore and health state.
    pub fn new(key: impl Into<String>, config: HostConfig) -> Host {
        let interval = with_margin(config.base_interval());
        let concurrency = config.concurrency.max(1) as usize;
        Host {
            key: key.into(),
            crawl_delay: Mutex::new(None),
            limiter: Mutex::new((interval, limiter_for(interval))),
            semaphore: Arc::new(Semaphore::new(concurrency)),
            turn: tokio::sync::Mutex::new(()),
            health: Mutex::new(Health::default()),
            config: Mutex::new(config),
            shrink: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// Applies new settings to a host already in use: the rate (with any
    /// Crawl-delay kept) and the concurrency cap take effect for the next
    /// request; when the cap is lowered, slots in use are retired as their
    /// requests end, so the new cap is never exceeded after that.
    pub fn reconfigure(&self, config: HostConfig) {
        let old = std::mem::replace(&mut *lock(&self.config), config.clone());
        let (was, now) = (
            old.concurrency.max(1) as usize,
            config.concurrency.max(1) as usize,
        );
        if now > was {
            let mut grow = now - was;
            // Cancel retirements still owed first.
            while grow > 0
                && self
                    .shrink
                    .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1))
                    .is_ok()
            {
                grow -= 1;
            }
            self.semaphore.add_permits(grow);
        } else if now < was {
            let cut = was - now;
            let forgotten = self.semaphore.forget_permits(cut);
            self.shrink.fetch_add(cut - forgotten, Ordering::AcqRel);
        }
        let delay = *lock(&self.crawl_delay);
        self.set_interval(config.base_interval().max(delay.unwrap_or_default()));
    }

    fn set_interval(&self, base: Duration) {
        let interval = with_margin(base);
        let mut limiter = lock(&self.limiter);
        if limiter.0 != interval {
            // A fresh limiter would let a request out at once, right after the
            // last one; spending its first cell makes the next request wait a
            // full new interval, which is never less polite.
            let fresh = limiter_for(interval);
            let _ = fresh.check();
            *limiter = (interval, fresh);
        }
    }

    /// `host:port`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The settings in force.
    pub fn config(&self) -> HostConfig {
        lock(&self.config).clone()
    }

    /// Honours a robots.txt `Crawl-delay`: the interval becomes the longer of
    /// the configured rate's interval and the delay (`None` restores the rate).
    pub fn set_crawl_delay(&self, delay: Option<Duration>) {
        let mut current = lock(&self.crawl_delay);
        if *current == delay {
            return;
        }
        *current = delay;
        drop(current);
        let base = self.config().base_interval().max(delay.unwrap_or_default());
        self.set_interval(base);
    }

    /// Waits for the right to send one request: a concurrency slot, then any
    /// backoff, then the rate limiter. Fails at once when the circuit is open.
    pub async fn acquire(&self) -> Result<HostPermit, HostError> {
        let permit = Arc::clone(&self.semaphore)
            .acquire_owned()
            .await
            .expect("host semaphore is never closed");
        loop {
            let wait = {
                let mut h = lock(&self.health);
                let now = Instant::now();
                if let Some(until) = h.circuit_until {
                    if now < until {
                        return Err(HostError::CircuitOpen {
                            host: self.key.clone(),
                            failures: h.consecutive_failures,
                            retry_in: round_up_secs(until - now),
                        });
                    }
                    // Half-open: let one request probe; one more failure re-opens.
                    h.circuit_until = None;
                    h.consecutive_failures = self.config().breaker_threshold.saturating_sub(1);
                    tracing::info!(host = %self.key, "circuit half-open: probing host");
                }
                match h.backoff_until {
                    Some(until) if now < until => until - now,
                    _ => break,
                }
            };
            tokio::time::sleep(wait).await;
        }
        let _turn = self.turn.lock().await;
        let limiter = Arc::clone(&lock(&self.limiter).1);
        limiter.until_ready().await;
        Ok(HostPermit {
            permit: Some(permit),
            shrink: Arc::clone(&self.shrink),
        })
    }

    /// Records how a request ended: success clears the failure count; a
    /// failure sets a backoff (honouring `Retry-After`) and may open the circuit.
    pub fn record(&self, outcome: Outcome) {
        let config = self.config();
        let mut h = lock(&self.health);
        match outcome {
            Outcome::Success => {
                h.consecutive_failures = 0;
                h.backoff_until = None;
            }
            Outcome::Failure { retry_after } => {
                h.consecutive_failures = h.consecutive_failures.saturating_add(1);
                h.total_failures += 1;
                let wait = backoff_delay(&config, h.consecutive_failures, retry_after);
                let now = Instant::now();
                h.backoff_until = Some(now + wait);
                if h.consecutive_failures >= config.breaker_threshold {
                    let pause = config.breaker_cooldown.max(wait);
                    h.circuit_until = Some(now + pause);
                    h.circuit_opened += 1;
                    tracing::warn!(
                        host = %self.key,
                        failures = h.consecutive_failures,
                        pause = %humantime::format_duration(round_up_secs(pause)),
                        "circuit open: pausing host after consecutive failures"
                    );
                } else {
                    tracing::debug!(
                        host = %self.key,
                        failures = h.consecutive_failures,
                        wait_ms = wait.as_millis() as u64,
                        "backing off host"
                    );
                }
            }
        }
    }

    /// A snapshot for reports.
    pub fn status(&self) -> HostStatus {
        let h = lock(&self.health);
        let now = Instant::now();
        let remaining = |t: Option<Instant>| t.filter(|t| *t > now).map(|t| t - now);
        HostStatus {
            host: self.key.clone(),
            interval: lock(&self.limiter).0,
            consecutive_failures: h.consecutive_failures,
            total_failures: h.total_failures,
            backoff_remaining: remaining(h.backoff_until),
            circuit_open_remaining: remaining(h.circuit_until),
            circuit_opened: h.circuit_opened,
        }
    }
}

fn with_margin(base: Duration) -> Duration {
    // The floor is at most a fifth of the interval, so that it changes
    // nothing up to 100 requests/s and does not cap loopback rates at ~500/s.
    base.mul_f64(1.0 + SAFETY_FRACTION) + SAFETY_FLOOR.min(base / 5)
}

fn round_up_secs(d: Duration) -> Duration {
    Duration::from_secs(d.as_secs() + u64::from(d.subsec_nanos() > 0))
}

/// The wait after the `failures`-th consecutive failure: `base · 2^(n-1)`
/// capped at `backoff_max`, times a random 50–100 % (jitter), and never less
/// than the server's `Retry-After` (itself capped at `retry_after_cap`).
pub fn backoff_delay(
    config: &HostConfig,
    failures: u32,
    retry_after: Option<Duration>,
) -> Duration {
    let exp = failures.saturating_sub(1).min(30);
    let step = config
        .backoff_base
        .saturating_mul(1u32 << exp)
        .min(config.backoff_max);
    let jittered = step.mul_f64(rand::thread_rng().gen_range(0.5..=1.0));
    match retry_after {
        Some(ra) => jittered.max(ra.min(config.retry_after_cap)),
        None => jittered,
    }
}

/// Parses a `Retry-After` value: delay seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`), relative to `now`. Dates in the past
/// give zero; unparsable values give `None`.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let at: SystemTime = date.with_timezone(&chrono::Utc).into();
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The pool key of a URL: `host:port` (default port filled in).
pub fn host_key(url: &Url) -> String {
    format!(
        "{}:{}",
        url.host_str().unwrap_or_default(),
        url.port_or_known_default().unwrap_or(0)
    )
}

/// All hosts, keyed by `host:port`, created on first use.
#[derive(Debug, Default)]
pub struct HostPool {
    default: HostConfig,
    configs: Mutex<HashMap<String, HostConfig>>,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
}

impl HostPool {
    /// A pool whose hosts use `default` unless configured otherwise.
    pub fn new(default: HostConfig) -> HostPool {
        HostPool {
            default,
            ..HostPool::default()
        }
    }

    /// Sets the config for the host of `url` (e.g. from its site profile),
    /// for a host not used yet and for one already in use alike (see
    /// [`Host::reconfigure`]).
    pub fn configure(&self, url: &Url, config: HostConfig) {
        let key = host_key(url);
        lock(&self.configs).insert(key.clone(), config.clone());
        let existing = lock(&self.hosts).get(&key).cloned();
        if let Some(host) = existing {
            if host.config() != config {
                host.reconfigure(config);
            }
        }
    }

    /// The host of `url`, created on first use.
    pub fn host(&self, url: &Url) -> Arc<Host> {
        let key = host_key(url);
        let mut hosts = lock(&self.hosts);
        Arc::clone(hosts.entry(key.clone()).or_insert_with(|| {
            let config = lock(&self.configs)
                .get(&key)
                .cloned()
                .unwrap_or_else(|| self.default.clone());
            Arc::new(Host::new(key, config))
        }))
    }

    /// Snapshots of every host, sorted by key.
    pub fn statuses(&self) -> Vec<HostStatus> {
        let mut v: Vec<HostStatus> = lock(&self.hosts).values().map(|h| h.status()).collect();
        v.sort_by(|a, b| a.host.cmp(&b.host));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quick() -> HostConfig {
        HostConfig {
            requests_per_second: 100.0,
            concurrency: 2,
            backoff_base: Duration::from_millis(50),
            backoff_max: Duration::from_millis(400),
            retry_after_cap: Duration::from_secs(2),
            breaker_threshold: 3,
            breaker_cooldown: Duration::from_millis(300),
        }
    }

    #[test]
    fn retry_after_seconds_and_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_400);
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        // 2015-10-21T07:28:00Z is 80 s after `now` (07:26:40).
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now),
            Some(Duration::from_secs(80))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn backoff_grows_is_capped_and_honours_retry_after() {
        let c = quick();
        for n in 1..10 {
            let d = backoff_delay(&c, n, None);
            let step = c
                .backoff_base
                .saturating_mul(1 << (n - 1))
                .min(c.backoff_max);
            assert!(d >= step / 2 && d <= step, "n={n} d={d:?}");
        }
        assert_eq!(
            backoff_delay(&c, 1, Some(Duration::from_secs(3600))),
            c.retry_after_cap
        );
    }

    #[tokio::test]
    async fn circuit_opens_then_half_opens() {
        let host = Host::new("h:80", quick());
        for _ in 0..3 {
            host.record(Outcome::Failure { retry_after: None });
        }
        let err = host.acquire().await.unwrap_err();
        assert!(err.to_string().contains("paused after 3"), "{err}");
        assert_eq!(host.status().circuit_opened, 1);
        tokio::time::sleep(Duration::from_millis(450)).await;
        // Cool-down over: one probe is let through.
        let permit = host.acquire().await.expect("half-open probe");
        drop(permit);
        host.record(Outcome::Failure { retry_after: None });
        assert!(host.acquire().await.is_err(), "one failed probe re-opens");
        assert_eq!(host.status().circuit_opened, 2);
    }

    #[tokio::test]
    async fn backoff_delays_next_request() {
        let host = Host::new("h:80", quick());
        host.record(Outcome::Failure {
            retry_after: Some(Duration::from_millis(250)),
        });
        let start = Instant::now();
        drop(host.acquire().await.unwrap());
        assert!(start.elapsed() >= Duration::from_millis(240));
        host.record(Outcome::Success);
        assert_eq!(host.status().consecutive_failures, 0);
    }

    #[test]
    fn crawl_delay_slows_the_interval() {
        let host = Host::new("h:80", quick());
        let before = host.status().interval;
        host.set_crawl_delay(Some(Duration::from_secs(3)));
        assert!(host.status().interval > Duration::from_secs(3));
        host.set_crawl_delay(None);
        assert_eq!(host.status().interval, before);
    }

    #[tokio::test]
    async fn configure_takes_effect_for_a_host_in_use() {
        let url = Url::parse("http://h:80/").unwrap();
        let pool = HostPool::new(quick());
        let host = pool.host(&url);
        let held: Vec<HostPermit> =
            vec![host.acquire().await.unwrap(), host.acquire().await.unwrap()];
        let slower = HostConfig {
            requests_per_second: 1.0,
            concurrency: 1,
            ..quick()
        };
        pool.configure(&url, slower.clone());
        assert_eq!(host.config(), slower);
        assert!(host.status().interval >= Duration::from_secs(1));
        drop(held);
        // Both slots came back, but only one may be used now.
        assert_eq!(host.semaphore.available_permits(), 1);
        pool.configure(
            &url,
            HostConfig {
                concurrency: 3,
                ..slower
            },
        );
        assert_eq!(host.semaphore.available_permits(), 3);
    }
}
