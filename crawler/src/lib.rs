//! adscreen's crawler: site profiles, polite fetching, extraction, the
//! frontier-driven crawl, import, the analysis pipeline, the daemon and the
//! offline demo.
//!
//! # Layout
//! - [`profile`]: site profiles (TOML) and their validation.
//! - [`canon`]: canonical URLs.
//! - [`robots`]: robots.txt (RFC 9309) parsing, matching and the per-host cache.
//! - [`host`]: per-host politeness: rate limit, concurrency cap, backoff, circuit breaker.
//! - [`fetch`]: safe HTTP fetching: timeouts, size caps, redirects, content types.
//! - [`charset`]: decoding pages: BOM, header, `<meta>`, detection.
//! - [`extract`]: CSS and JSON extraction of listing links and ad fields.
//! - [`jsonsel`]: `json:` selectors (RFC 9535 JSONPath).
//! - [`crawl`]: one crawl pass over one site.
//! - [`hosthold`]: holding a host lease while fetching (several workers on one store).
//! - [`schedule`]: the pass's work queue (listings ahead of ads).
//! - [`sitemap`]: a small streaming sitemap parser (profiles with `sitemap = true`).
//! - [`import`]: the JSON Lines ad input format.
//! - [`pipeline`]: analysis and linking over the store.
//! - [`engine`]: the one sequence after new data (site settings, analysis, linking).
//! - [`daemon`]: scheduled crawling until stopped.
//! - `demo`: the offline demo on loopback fixture sites (cargo feature
//!   `demo`, on by default; without it the crate does not depend on
//!   `fixtures` and `crawler demo` does not exist).
//! - [`cli`], [`commands`], [`config`], [`logging`], [`explain`]: the binary's parts.

pub mod canon;
pub mod charset;
pub mod cli;
pub mod commands;
pub mod config;
pub mod crawl;
pub mod daemon;
pub mod dbkey;
#[cfg(feature = "demo")]
pub mod demo;
pub mod engine;
pub mod explain;
pub mod extract;
pub mod fetch;
pub mod host;
pub mod hosthold;
pub mod import;
pub mod jsonsel;
pub mod logging;
pub mod pipeline;
pub mod profile;
pub mod robots;
pub mod schedule;
pub mod sitemap;
