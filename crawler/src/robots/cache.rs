//! The per-origin robots.txt cache. Each origin (`scheme://host:port`) is
//! fetched once and kept for 24 h; what a response means follows RFC 9309:
//! - 2xx: the rules in the body (at most 500 KiB parsed);
//! - 3xx: followed up to five hops, and if that does not end, allow all;
//! - 4xx (except 429): no robots.txt, everything allowed;
//! - 429, 5xx, other statuses, timeouts and network errors: unreachable,
//!   so nothing is allowed; retried after `error_retry` (10 min). If an
//!   earlier copy was fetched, it stays in force meanwhile (RFC 9309 §2.4).
//!
//! A robots.txt `Crawl-delay` for the crawler is passed on to the host's
//! rate limiter when the fetcher has a host pool.

use super::{product_token, RobotsTxt, RobotsVerdict};
use crate::fetch::{FetchError, Fetcher};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use url::Url;

/// Cache lifetimes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobotsCacheConfig {
    /// How long a fetched robots.txt (or a 4xx) is trusted.
    pub ttl: Duration,
    /// How soon an unreachable robots.txt is tried again.
    pub error_retry: Duration,
}

impl Default for RobotsCacheConfig {
    fn default() -> Self {
        RobotsCacheConfig {
            ttl: Duration::from_secs(24 * 3600),
            error_retry: Duration::from_secs(600),
        }
    }
}

/// What applies to an origin.
#[derive(Debug, Clone)]
pub enum RobotsPolicy {
    /// Rules from a fetched robots.txt.
    Rules {
        /// The parsed file.
        robots: Arc<RobotsTxt>,
        /// Where it came from (after redirects).
        source: Url,
    },
    /// No usable robots.txt (4xx, endless redirects): everything allowed.
    AllowAll {
        /// Why, e.g. `https://h/robots.txt returned HTTP 404`.
        reason: String,
    },
    /// Unreachable robots.txt: nothing allowed for now.
    DisallowAll {
        /// Why, e.g. `https://h/robots.txt returned HTTP 503`.
        reason: String,
    },
}

impl RobotsPolicy {
    /// The verdict for `url` under this policy for product token `token`.
    pub fn verdict(&self, token: &str, url: &Url) -> RobotsVerdict {
        match self {
            RobotsPolicy::Rules { robots, source } => {
                let m = robots.check_url(token, url);
                RobotsVerdict {
                    allowed: m.allowed,
                    reason: format!("{m} of {source}"),
                }
            }
            RobotsPolicy::AllowAll { reason } => RobotsVerdict {
                allowed: true,
                reason: format!("{reason}: everything allowed"),
            },
            RobotsPolicy::DisallowAll { reason } => RobotsVerdict {
                allowed: false,
                reason: format!(
                    "{reason}: robots.txt unreachable, nothing allowed until it is retried"
                ),
            },
        }
    }
}

#[derive(Debug, Clone)]
struct Entry {
    policy: RobotsPolicy,
    expires: Instant,
}

/// robots.txt per origin, fetched on demand through a [`Fetcher`].
#[derive(Debug)]
pub struct RobotsCache {
    fetcher: Arc<Fetcher>,
    token: String,
    config: RobotsCacheConfig,
    // One async lock per origin so that concurrent requests wait for a single
    // fetch instead of each fetching robots.txt.
    entries: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<Entry>>>>>,
}

/// The origin key of a URL: `scheme://host:port`.
pub fn origin_key(url: &Url) -> String {
    format!(
        "{}://{}:{}",
        url.scheme(),
        url.host_str().unwrap_or_default(),
        url.port_or_known_default().unwrap_or(0)
    )
}

/// The robots.txt URL for a page URL's origin.
pub fn robots_url(url: &Url) -> Url {
    let mut r = url.clone();
    r.set_path("/robots.txt");
    r.set_query(None);
    r.set_fragment(None);
    r
}

impl RobotsCache {
    /// A cache fetching with `fetcher`; the product token matched against
    /// robots.txt groups comes from the fetcher's User-Agent.
    pub fn new(fetcher: Arc<Fetcher>, config: RobotsCacheConfig) -> RobotsCache {
        let token = product_token(&fetcher.config().user_agent).to_string();
        RobotsCache {
            fetcher,
            token,
            config,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The product token matched against groups.
    pub fn token(&self) -> &str {
        &self.token
    }

    fn slot(&self, url: &Url) -> Arc<tokio::sync::Mutex<Option<Entry>>> {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(entries.entry(origin_key(url)).or_default())
    }

    /// Whether `url` may be fetched, and why (fetching robots.txt if needed).
    pub async fn check(&self, url: &Url) -> RobotsVerdict {
        self.policy(url).await.verdict(&self.token, url)
    }

    /// The `Crawl-delay` for the crawler on `url`'s origin, if any.
    pub async fn crawl_delay(&self, url: &Url) -> Option<Duration> {
        match self.policy(url).await {
            RobotsPolicy::Rules { robots, .. } => robots.crawl_delay(&self.token),
            _ => None,
        }
    }

    /// The `Sitemap:` URLs of `url`'s origin.
    pub async fn sitemaps(&self, url: &Url) -> Vec<String> {
        match self.policy(url).await {
            RobotsPolicy::Rules { robots, .. } => robots.sitemaps().to_vec(),
            _ => Vec::new(),
        }
    }

    /// Sets the policy for `url`'s origin for `ttl` (e.g. from a local file).
    pub async fn insert(&self, url: &Url, policy: RobotsPolicy, ttl: Duration) {
        let slot = self.slot(url);
        *slot.lock().await = Some(Entry {
            policy,
            expires: Instant::now() + ttl,
        });
    }

    /// The policy for `url`'s origin, fetched if absent or expired.
    pub async fn policy(&self, url: &Url) -> RobotsPolicy {
        let slot = self.slot(url);
        let mut entry = slot.lock().await;
        if let Some(e) = entry.as_ref() {
            if Instant::now() < e.expires {
                return e.policy.clone();
            }
        }
        let previous = entry.take().map(|e| e.policy);
        let (policy, ttl) = self.fetch_policy(url, previous).await;
        if let (RobotsPolicy::Rules { robots, .. }, Some(pool)) = (&policy, self.fetcher.hosts()) {
            pool.host(url)
                .set_crawl_delay(robots.crawl_delay(&self.token));
        }
        *entry = Some(Entry {
            policy: policy.clone(),
            expires: Instant::now() + ttl,
        });
        policy
    }

    async fn fetch_policy(
        &self,
        url: &Url,
        previous: Option<RobotsPolicy>,
    ) -> (RobotsPolicy, Duration) {
        let target = robots_url(url);
        let unreachable = |reason: String| {
            tracing::warn!(robots = %target, %reason, "robots.txt unreachable");
            match previous.clone() {
                // Keep the last good copy while the file is unreachable.
                Some(p @ RobotsPolicy::Rules { .. }) => (p, self.config.error_retry),
                _ => (
                    RobotsPolicy::DisallowAll { reason },
                    self.config.error_retry,
                ),
            }
        };
        match self.fetcher.fetch_robots(&target).await {
            Ok(r) if (200..300).contains(&r.status) => (
                RobotsPolicy::Rules {
                    robots: Arc::new(RobotsTxt::parse_bytes(&r.body)),
                    source: r.final_url,
                },
                self.config.ttl,
            ),
            Ok(r) if (400..500).contains(&r.status) && r.status != 429 => (
                RobotsPolicy::AllowAll {
                    reason: format!("{} returned HTTP {}", r.final_url, r.status),
                },
                self.config.ttl,
            ),
            Ok(r) => unreachable(format!("{} returned HTTP {}", r.final_url, r.status)),
            Err(e @ (FetchError::TooManyRedirects { .. } | FetchError::RedirectLoop { .. })) => (
                RobotsPolicy::AllowAll {
                    reason: format!("robots.txt redirects do not end ({e})"),
                },
                self.config.ttl,
            ),
            Err(e) => unreachable(e.to_string()),
        }
    }
}
