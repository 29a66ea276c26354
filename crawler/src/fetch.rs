//! Safe HTTP fetching: an honest User-Agent, connect/read/total timeouts,
//! redirects followed by hand (capped, loops detected, each hop shown to a
//! guard so the caller can robots-check it), a body-size cap enforced while
//! streaming, content-type checks, conditional requests and charset decoding.
//!
//! Every hop goes through the host's politeness ([`crate::host`]) when the
//! fetcher has a [`HostPool`], and its outcome feeds the host's backoff and
//! circuit breaker. Defaults: connect 10 s, read 30 s, total 60 s per fetch,
//! 5 redirects, pages up to 5 MiB, images up to 10 MiB, robots.txt cut at
//! 500 KiB. Sizes count decompressed bytes, so a gzip bomb stops at the cap.

use crate::charset::{self, CharsetSource};
use crate::host::{parse_retry_after, HostError, HostPool, Outcome};
use bytes::{Bytes, BytesMut};
use reqwest::header::{self, HeaderMap};
use std::collections::HashSet;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tokio::time::Instant;
use url::Url;

/// Fetcher settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchConfig {
    /// The User-Agent header, e.g. from [`user_agent`].
    pub user_agent: String,
    /// Time to establish a connection.
    pub connect_timeout: Duration,
    /// Longest silence while reading a response.
    pub read_timeout: Duration,
    /// Time for a whole fetch, redirects and body included.
    pub total_timeout: Duration,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// Largest page body (decompressed).
    pub max_page_bytes: usize,
    /// Largest image body.
    pub max_image_bytes: usize,
}

impl FetchConfig {
    /// Defaults with the given User-Agent.
    pub fn new(user_agent: impl Into<String>) -> FetchConfig {
        FetchConfig {
            user_agent: user_agent.into(),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            total_timeout: Duration::from_secs(60),
            max_redirects: 5,
            max_page_bytes: 5 * 1024 * 1024,
            max_image_bytes: 10 * 1024 * 1024,
        }
    }
}

/// The honest User-Agent: `adscreen/<version> (+<contact>)`, where `contact`
/// is a URL or `mailto:` address where site owners can reach the operator.
pub fn user_agent(contact: &str) -> String {
    format!(
        "adscreen/{} (+{})",
        env!("CARGO_PKG_VERSION"),
        contact.trim()
    )
}

/// Validators from an earlier fetch, for a conditional request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The stored `ETag`, sent as `If-None-Match`.
    pub etag: Option<String>,
    /// The stored `Last-Modified`, sent as `If-Modified-Since`.
    pub last_modified: Option<String>,
}

/// The response headers the crawler keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseMeta {
    /// HTTP status of the final response.
    pub status: u16,
    /// `Content-Type`.
    pub content_type: Option<String>,
    /// `ETag`.
    pub etag: Option<String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
    /// `Retry-After`, as sent.
    pub retry_after: Option<String>,
}

impl ResponseMeta {
    fn from_headers(status: u16, h: &HeaderMap) -> ResponseMeta {
        let get = |name: header::HeaderName| {
            h.get(name)
                .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string())
        };
        ResponseMeta {
            status,
            content_type: get(header::CONTENT_TYPE),
            etag: get(header::ETAG),
            last_modified: get(header::LAST_MODIFIED),
            retry_after: get(header::RETRY_AFTER),
        }
    }

    /// `Retry-After` as a duration from now, if present and parsable.
    pub fn retry_after_delay(&self) -> Option<Duration> {
        self.retry_after
            .as_deref()
            .and_then(|v| parse_retry_after(v, SystemTime::now()))
    }
}

/// A fetched and decoded HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The URL asked for.
    pub requested: Url,
    /// The URL the content came from, after redirects.
    pub final_url: Url,
    /// Each redirect target in order (empty without redirects).
    pub redirects: Vec<Url>,
    /// Status and headers of the final response.
    pub meta: ResponseMeta,
    /// The decoded body.
    pub text: String,
    /// Name of the encoding used (e.g. `windows-1252`).
    pub encoding: &'static str,
    /// Where the encoding came from.
    pub charset_source: CharsetSource,
    /// Body size in bytes (decompressed).
    pub body_bytes: usize,
}

/// Result of a page fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageOutcome {
    /// New content.
    Fetched(Page),
    /// 304: unchanged since the validators were stored.
    NotModified {
        /// The URL that answered 304.
        final_url: Url,
        /// Its headers (a server may send a fresh ETag).
        meta: ResponseMeta,
    },
}

/// A fetched image body (decoding and hashing happen elsewhere).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageBody {
    /// The URL the image came from, after redirects.
    pub final_url: Url,
    /// Status and headers.
    pub meta: ResponseMeta,
    /// The bytes, at most `max_image_bytes`.
    pub bytes: Bytes,
}

/// A robots.txt response: any status is a result here, since each one means
/// something under RFC 9309.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobotsResponse {
    /// The URL that answered, after redirects.
    pub final_url: Url,
    /// Final status.
    pub status: u16,
    /// The body for 2xx (cut at 500 KiB), empty otherwise.
    pub body: Bytes,
}

/// Why a fetch failed. Each variant names the URL concerned.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FetchError {
    /// The HTTP client could not be built.
    #[error("cannot build the HTTP client: {source}")]
    Client {
        /// reqwest's error.
        #[source]
        source: reqwest::Error,
    },
    /// A timeout expired.
    #[error("timed out ({phase}) fetching {url}")]
    Timeout {
        /// The URL being fetched.
        url: Url,
        /// `connect`, `headers`, `body` or `total`.
        phase: &'static str,
    },
    /// The body exceeded the size cap (detected while streaming).
    #[error("body of {url} exceeds the cap of {limit} bytes")]
    TooLarge {
        /// The URL.
        url: Url,
        /// The cap in bytes.
        limit: usize,
    },
    /// The content type is not one this fetch accepts.
    #[error("{url} has content type `{content_type}`, expected {expected}")]
    BadContentType {
        /// The URL.
        url: Url,
        /// The type the server declared.
        content_type: Box<str>,
        /// What was expected.
        expected: &'static str,
    },
    /// More redirects than allowed.
    #[error("more than {limit} redirects starting at {url}")]
    TooManyRedirects {
        /// The URL first asked for.
        url: Url,
        /// The cap.
        limit: usize,
    },
    /// A redirect leads back to a URL already visited.
    #[error("redirect loop at {url}")]
    RedirectLoop {
        /// The URL visited twice.
        url: Url,
    },
    /// A redirect without a usable `Location`, or to a non-http(s) URL.
    #[error("bad redirect from {url} to `{location}`")]
    BadRedirect {
        /// The redirecting URL.
        url: Url,
        /// The `Location` value.
        location: String,
    },
    /// The caller's guard refused a redirect target (e.g. robots.txt).
    #[error("redirect to {url} refused: {reason}")]
    RedirectRefused {
        /// The refused target.
        url: Url,
        /// The guard's reason.
        reason: String,
    },
    /// A non-success HTTP status.
    #[error("HTTP {status} from {url}")]
    Status {
        /// The URL.
        url: Url,
        /// The status code.
        status: u16,
        /// The server's `Retry-After`, if any.
        retry_after: Option<Duration>,
    },
    /// Could not connect (DNS, refused, TLS).
    #[error("cannot connect to {url}: {source}")]
    Connect {
        /// The URL.
        url: Url,
        /// reqwest's error.
        #[source]
        source: reqwest::Error,
    },
    /// The connection failed after it was made (reset, bad HTTP, bad gzip).
    #[error("transfer from {url} failed: {source}")]
    Transport {
        /// The URL.
        url: Url,
        /// reqwest's error.
        #[source]
        source: reqwest::Error,
    },
    /// The host is paused by its circuit breaker.
    #[error("not fetching {url}: {source}")]
    HostPaused {
        /// The URL.
        url: Url,
        /// Why the host is paused.
        #[source]
        source: Box<HostError>,
    },
}

impl FetchError {
    /// Whether trying the same URL later may succeed (timeouts, network
    /// errors, 429, 5xx, a paused host).
    pub fn is_transient(&self) -> bool {
        match self {
            FetchError::Timeout { .. }
            | FetchError::Connect { .. }
            | FetchError::Transport { .. }
            | FetchError::HostPaused { .. } => true,
            FetchError::Status { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }
}

/// A redirect guard that allows every target.
pub fn allow_all_redirects(_: Url) -> std::future::Ready<Result<(), String>> {
    std::future::ready(Ok(()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Page,
    Image,
    Robots,
}

impl Kind {
    fn accept(self) -> &'static str {
        match self {
            Kind::Page => "text/html,application/xhtml+xml;q=0.9,application/json;q=0.8,*/*;q=0.1",
            Kind::Image => "image/*",
            Kind::Robots => "text/plain,*/*;q=0.5",
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Kind::Page => "text/html, application/xhtml+xml or JSON",
            Kind::Image => "image/*",
            Kind::Robots => "any",
        }
    }

    fn accepts(self, content_type: Option<&str>) -> bool {
        // A missing Content-Type is let through: the body is still capped and
        // decoding or image parsing will reject nonsense.
        let Some(ct) = content_type else {
            return true;
        };
        let essence = ct
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match self {
            Kind::Page => {
                essence == "text/html"
                    || essence == "application/xhtml+xml"
                    || essence == "application/json"
                    || essence.ends_with("+json")
            }
            Kind::Image => essence.starts_with("image/"),
            Kind::Robots => true,
        }
    }
}

/// Robots bodies beyond this are cut (RFC 9309 asks for at least 500 KiB).
const ROBOTS_LIMIT: usize = crate::robots::MAX_ROBOTS_BYTES;

enum Hop {
    Redirect(String),
    Done { meta: ResponseMeta, body: Bytes },
}

struct Raw {
    final_url: Url,
    redirects: Vec<Url>,
    meta: ResponseMeta,
    body: Bytes,
}

/// The HTTP client with the crawler's safety rules.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    config: FetchConfig,
    hosts: Option<Arc<HostPool>>,
}

impl Fetcher {
    /// A fetcher without per-host politeness (tests, one-off fetches).
    pub fn new(config: FetchConfig) -> Result<Fetcher, FetchError> {
        let client = reqwest::Client::builder()
            .user_agent(config.user_agent.clone())
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            .gzip(true)
            .brotli(true)
            .build()
            .map_err(|source| FetchError::Client { source })?;
        Ok(Fetcher {
            client,
            config,
            hosts: None,
        })
    }

    /// Sends every request through `hosts` (rate limit, concurrency cap,
    /// backoff, circuit breaker).
    pub fn with_hosts(mut self, hosts: Arc<HostPool>) -> Fetcher {
        self.hosts = Some(hosts);
        self
    }

    /// The host pool, if any.
    pub fn hosts(&self) -> Option<&Arc<HostPool>> {
        self.hosts.as_ref()
    }

    /// The settings.
    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// Fetches an HTML page. `validators` makes the request conditional (a
    /// 304 gives [`PageOutcome::NotModified`]). `guard` sees every redirect
    /// target before it is requested; an `Err(reason)` stops the fetch.
    pub async fn fetch_page<G, Fut>(
        &self,
        url: &Url,
        validators: Option<&Validators>,
        guard: G,
    ) -> Result<PageOutcome, FetchError>
    where
        G: FnMut(Url) -> Fut,
        Fut: Future<Output = Result<(), String>>,
    {
        let raw = self.fetch_raw(url, Kind::Page, validators, guard).await?;
        if raw.meta.status == 304 {
            return Ok(PageOutcome::NotModified {
                final_url: raw.final_url,
                meta: raw.meta,
            });
        }
        let tld = charset::tld_hint(&raw.final_url);
        let decoded =
            charset::decode_html(&raw.body, raw.meta.content_type.as_deref(), tld.as_deref());
        Ok(PageOutcome::Fetched(Page {
            requested: url.clone(),
            final_url: raw.final_url,
            redirects: raw.redirects,
            meta: raw.meta,
            text: decoded.text,
            encoding: decoded.encoding.name(),
            charset_source: decoded.source,
            body_bytes: raw.body.len(),
        }))
    }

    /// Fetches an image body (content type `image/*`, at most `max_image_bytes`).
    pub async fn fetch_image<G, Fut>(&self, url: &Url, guard: G) -> Result<ImageBody, FetchError>
    where
        G: FnMut(Url) -> Fut,
        Fut: Future<Output = Result<(), String>>,
    {
        let raw = self.fetch_raw(url, Kind::Image, None, guard).await?;
        Ok(ImageBody {
            final_url: raw.final_url,
            meta: raw.meta,
            bytes: raw.body,
        })
    }

    /// Fetches a robots.txt, following up to `max_redirects` redirects. Any
    /// HTTP status is returned, not raised; errors are network-level only
    /// (and redirect trouble).
    pub async fn fetch_robots(&self, robots_url: &Url) -> Result<RobotsResponse, FetchError> {
        let raw = self
            .fetch_raw(robots_url, Kind::Robots, None, allow_all_redirects)
            .await?;
        Ok(RobotsResponse {
            final_url: raw.final_url,
            status: raw.meta.status,
            body: raw.body,
        })
    }

    async fn fetch_raw<G, Fut>(
        &self,
        url: &Url,
        kind: Kind,
        validators: Option<&Validators>,
        mut guard: G,
    ) -> Result<Raw, FetchError>
    where
        G: FnMut(Url) -> Fut,
        Fut: Future<Output = Result<(), String>>,
    {
        let deadline = Instant::now() + self.config.total_timeout;
        let mut current = url.clone();
        current.set_fragment(None);
        let mut seen = HashSet::from([current.to_string()]);
        let mut redirects = Vec::new();
        loop {
            match self.hop(&current, kind, validators, deadline).await? {
                Hop::Done { meta, body } => {
                    return Ok(Raw {
                        final_url: current,
                        redirects,
                        meta,
                        body,
                    })
                }
                Hop::Redirect(location) => {
                    if redirects.len() >= self.config.max_redirects {
                        return Err(FetchError::TooManyRedirects {
                            url: url.clone(),
                            limit: self.config.max_redirects,
                        });
                    }
                    let bad = || FetchError::BadRedirect {
                        url: current.clone(),
                        location: location.clone(),
                    };
                    let mut next = current.join(&location).map_err(|_| bad())?;
                    if !matches!(next.scheme(), "http" | "https") {
                        return Err(bad());
                    }
                    next.set_fragment(None);
                    if !seen.insert(next.to_string()) {
                        return Err(FetchError::RedirectLoop { url: next });
                    }
                    guard(next.clone())
                        .await
                        .map_err(|reason| FetchError::RedirectRefused {
                            url: next.clone(),
                            reason,
                        })?;
                    redirects.push(next.clone());
                    current = next;
                }
            }
        }
    }

    /// One request, under the host's politeness when there is a pool.
    async fn hop(
        &self,
        url: &Url,
        kind: Kind,
        validators: Option<&Validators>,
        deadline: Instant,
    ) -> Result<Hop, FetchError> {
        let Some(pool) = &self.hosts else {
            return self.send(url, kind, validators, deadline).await;
        };
        let host = pool.host(url);
        let permit = tokio::time::timeout_at(deadline, host.acquire())
            .await
            .map_err(|_| FetchError::Timeout {
                url: url.clone(),
                phase: "waiting for the host's rate limit",
            })?
            .map_err(|source| FetchError::HostPaused {
                url: url.clone(),
                source: Box::new(source),
            })?;
        let result = self.send(url, kind, validators, deadline).await;
        host.record(outcome_of(&result));
        drop(permit);
        result
    }

    async fn send(
        &self,
        url: &Url,
        kind: Kind,
        validators: Option<&Validators>,
        deadline: Instant,
    ) -> Result<Hop, FetchError> {
        let mut request = self
            .client
            .get(url.clone())
            .header(header::ACCEPT, kind.accept());
        if let Some(v) = validators {
            if let Some(etag) = &v.etag {
                request = request.header(header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = &v.last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, lm);
            }
        }
        let mut response = tokio::time::timeout_at(deadline, request.send())
            .await
            .map_err(|_| FetchError::Timeout {
                url: url.clone(),
                phase: "total",
            })?
            .map_err(|e| classify(url, e, "headers"))?;
        let status = response.status().as_u16();
        let meta = ResponseMeta::from_headers(status, response.headers());
        let empty = |meta| {
            Ok(Hop::Done {
                meta,
                body: Bytes::new(),
            })
        };
        if (300..400).contains(&status) && status != 304 {
            if let Some(location) = response.headers().get(header::LOCATION) {
                return Ok(Hop::Redirect(
                    String::from_utf8_lossy(location.as_bytes())
                        .trim()
                        .to_string(),
                ));
            }
        }
        if kind == Kind::Robots && !(200..300).contains(&status) {
            return empty(meta);
        }
        if status == 304 && validators.is_some() {
            return empty(meta);
        }
        if !(200..300).contains(&status) {
            return Err(FetchError::Status {
                url: url.clone(),
                status,
                retry_after: meta.retry_after_delay(),
            });
        }
        if !kind.accepts(meta.content_type.as_deref()) {
            return Err(FetchError::BadContentType {
                url: url.clone(),
                content_type: meta.content_type.clone().unwrap_or_default().into(),
                expected: kind.expected(),
            });
        }
        let (limit, truncate) = match kind {
            Kind::Page => (self.config.max_page_bytes, false),
            Kind::Image => (self.config.max_image_bytes, false),
            Kind::Robots => (ROBOTS_LIMIT, true),
        };
        let too_large = || FetchError::TooLarge {
            url: url.clone(),
            limit,
        };
        // Refuse early when the server says the body is too big (only when
        // not decompressing: reqwest drops Content-Length for gzip bodies).
        if !truncate && response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(too_large());
        }
        let mut body = BytesMut::new();
        loop {
            let chunk = tokio::time::timeout_at(deadline, response.chunk())
                .await
                .map_err(|_| FetchError::Timeout {
                    url: url.clone(),
                    phase: "total",
                })?
                .map_err(|e| classify(url, e, "body"))?;
            let Some(chunk) = chunk else { break };
            if body.len() + chunk.len() > limit {
                if truncate {
                    body.extend_from_slice(&chunk[..limit - body.len()]);
                    break;
                }
                // Dropping the response aborts the transfer.
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Hop::Done {
            meta,
            body: body.freeze(),
        })
    }
}

fn classify(url: &Url, e: reqwest::Error, phase: &'static str) -> FetchError {
    let url = url.clone();
    if e.is_timeout() {
        let phase = if e.is_connect() { "connect" } else { phase };
        FetchError::Timeout { url, phase }
    } else if e.is_connect() {
        FetchError::Connect { url, source: e }
    } else {
        FetchError::Transport { url, source: e }
    }
}

/// What a hop's result means for the host's health.
fn outcome_of(result: &Result<Hop, FetchError>) -> Outcome {
    match result {
        Ok(Hop::Done { meta, .. }) => Outcome::from_status(meta.status, meta.retry_after_delay()),
        Ok(Hop::Redirect(_)) => Outcome::Success,
        Err(FetchError::Status {
            status,
            retry_after,
            ..
        }) => Outcome::from_status(*status, *retry_after),
        Err(
            FetchError::Timeout { .. } | FetchError::Connect { .. } | FetchError::Transport { .. },
        ) => Outcome::Failure { retry_after: None },
        Err(_) => Outcome::Success,
    }
}
