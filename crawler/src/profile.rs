//! Site profiles: one TOML file per site, saying where to start, how to find
//! ads and their fields, and how politely to crawl.
//!
//! Defaults are deliberately gentle: one request every two seconds, one
//! connection per host, 500 pages per pass, re-crawl every 12 hours, ads
//! marked removed after 3 days unseen.
//!
//! ```toml
//! name = "nordlys"                       # site name stored with every ad
//! base_url = "https://nordlys.example/"  # start URLs may be relative to it
//! start_urls = ["/annoncer?side=1"]
//! default_region = "DK"                  # for numbers without +CC
//! languages = ["da", "en"]               # language allow-list
//! allowed_query_params = ["side"]        # all other query parameters dropped
//! max_depth = 50                         # listing pages followed from a start URL
//! max_pages = 5000                       # pages per pass
//! max_duration = "2h"                    # time budget per pass
//! requests_per_second = 0.5
//! concurrency = 1
//! recrawl_interval = "12h"
//! removal_grace = "3d"
//! sitemap = false                       # true: also read Sitemap: files for ad URLs
//! sitemap_ad_paths = ["/annonce/"]       # which sitemap URLs are ad pages (path prefixes)
//! site_phones = ["+4570707070"]          # the site's own numbers: never link ads
//!
//! [selectors]                            # CSS; `sel@attr` reads an attribute
//! ad_links = "a.annonce-link@href"
//! next_page = "a[rel=next]@href"
//! title = "h1"
//! text = ".beskrivelse"
//! name = ".navn"
//! age = ".alder"
//! location = ".by"
//! phone = ".telefon"
//! price = ".pris"
//! images = "img.foto@src"
//! posted_at = "time@datetime"
//! poster_id = ".bruger@data-id"
//! external_id = "article@data-annonce-id"
//! ```

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A site profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteProfile {
    /// Site name, stored as the ad's `site`.
    pub name: String,
    /// Base URL; relative start URLs resolve against it.
    pub base_url: String,
    /// Where each pass starts (listing pages).
    pub start_urls: Vec<String>,
    /// ISO 3166 region for numbers written without a country code.
    #[serde(default = "default_region")]
    pub default_region: String,
    /// Languages expected on the site (ISO 639-1; empty: any supported).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Query parameters kept in canonical URLs; all others are dropped.
    #[serde(default)]
    pub allowed_query_params: Vec<String>,
    /// How many listing pages deep to follow pagination.
    #[serde(default = "default_max_depth")]
    pub max_depth: u32,
    /// Page budget per pass.
    #[serde(default = "default_max_pages")]
    pub max_pages: u32,
    /// Time budget per pass.
    #[serde(default = "default_max_duration", with = "humantime_serde")]
    pub max_duration: Duration,
    /// Sustained request rate per host.
    #[serde(default = "default_rps")]
    pub requests_per_second: f64,
    /// Requests in flight per host.
    #[serde(default = "default_concurrency")]
    pub concurrency: u32,
    /// How often the daemon crawls the site.
    #[serde(default = "default_recrawl", with = "humantime_serde")]
    pub recrawl_interval: Duration,
    /// How long an ad may be missing from its listings before it is marked removed.
    #[serde(default = "default_grace", with = "humantime_serde")]
    pub removal_grace: Duration,
    /// Whether to read the site's sitemaps (robots.txt `Sitemap:` lines and
    /// `/sitemap.xml`) for ad URLs.
    #[serde(default)]
    pub sitemap: bool,
    /// Path prefixes of ad pages: a sitemap URL is taken as an ad only when
    /// its path starts with one of them. Empty: no sitemap URL is taken
    /// (sitemaps list front pages and listings too, which are not ads).
    #[serde(default)]
    pub sitemap_ad_paths: Vec<String>,
    /// The site's own phone numbers (support lines): never used to link ads.
    #[serde(default)]
    pub site_phones: Vec<String>,
    /// Longest URL the crawler will fetch.
    #[serde(default = "default_max_url_len")]
    pub max_url_length: usize,
    /// CSS selectors.
    pub selectors: Selectors,
}

/// CSS selectors for a site. Each is a CSS selector, optionally followed by
/// `@attr` to read an attribute instead of the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selectors {
    /// Links from a listing page to ad pages.
    pub ad_links: String,
    /// Link from a listing page to the next listing page.
    #[serde(default)]
    pub next_page: Option<String>,
    /// Ad headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Ad body text (required).
    pub text: String,
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// Age.
    #[serde(default)]
    pub age: Option<String>,
    /// City or area.
    #[serde(default)]
    pub location: Option<String>,
    /// Structured phone field.
    #[serde(default)]
    pub phone: Option<String>,
    /// Price.
    #[serde(default)]
    pub price: Option<String>,
    /// Images (normally `img...@src`).
    #[serde(default)]
    pub images: Option<String>,
    /// Posting time.
    #[serde(default)]
    pub posted_at: Option<String>,
    /// Poster account id.
    #[serde(default)]
    pub poster_id: Option<String>,
    /// The site's id for the ad.
    #[serde(default)]
    pub external_id: Option<String>,
}

fn default_region() -> String {
    "DK".into()
}
fn default_max_depth() -> u32 {
    50
}
fn default_max_pages() -> u32 {
    500
}
fn default_max_duration() -> Duration {
    Duration::from_secs(2 * 3600)
}
fn default_rps() -> f64 {
    0.5
}
fn default_concurrency() -> u32 {
    1
}
fn default_recrawl() -> Duration {
    Duration::from_secs(12 * 3600)
}
fn default_grace() -> Duration {
    Duration::from_secs(3 * 24 * 3600)
}
fn default_max_url_len() -> usize {
    2048
}

/// Errors loading or validating a profile. Every message names the file and the key.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProfileError {
    /// The file could not be read.
    #[error("cannot read profile {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// TOML syntax or a wrong/unknown key.
    #[error("profile {path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What toml said, with line and column.
        message: String,
    },
    /// A value that parses but cannot work.
    #[error("profile {path}: key `{key}`: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// The offending key.
        key: String,
        /// What is wrong.
        message: String,
    },
}

impl SiteProfile {
    /// Reads and validates a profile file.
    pub fn load(path: &Path) -> Result<SiteProfile, ProfileError> {
        let text = std::fs::read_to_string(path).map_err(|source| ProfileError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        SiteProfile::parse(&text, path)
    }

    /// Parses and validates profile text; `path` is used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<SiteProfile, ProfileError> {
        let profile: SiteProfile = toml::from_str(text).map_err(|e| ProfileError::Parse {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        profile.validate(path)?;
        Ok(profile)
    }

    /// Checks values that parse but cannot work.
    pub fn validate(&self, path: &Path) -> Result<(), ProfileError> {
        let bad = |key: &str, message: String| ProfileError::Invalid {
            path: path.to_path_buf(),
            key: key.to_string(),
            message,
        };
        if self.name.trim().is_empty() {
            return Err(bad("name", "must not be empty".into()));
        }
        let base = url::Url::parse(&self.base_url)
            .map_err(|e| bad("base_url", format!("not an absolute URL: {e}")))?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(bad("base_url", "must be http or https".into()));
        }
        if self.start_urls.is_empty() {
            return Err(bad("start_urls", "needs at least one URL".into()));
        }
        for u in &self.start_urls {
            base.join(u)
                .map_err(|e| bad("start_urls", format!("`{u}` is not a URL: {e}")))?;
        }
        if self.default_region.len() != 2
            || !self.default_region.chars().all(|c| c.is_ascii_uppercase())
        {
            return Err(bad(
                "default_region",
                format!(
                    "`{}` is not a two-letter ISO 3166 region such as DK",
                    self.default_region
                ),
            ));
        }
        if !(self.requests_per_second > 0.0 && self.requests_per_second <= 100.0) {
            return Err(bad(
                "requests_per_second",
                "must be greater than 0 and at most 100".into(),
            ));
        }
        if self.concurrency == 0 || self.concurrency > 16 {
            return Err(bad("concurrency", "must be between 1 and 16".into()));
        }
        if self.sitemap && self.sitemap_ad_paths.is_empty() {
            return Err(bad(
                "sitemap_ad_paths",
                "`sitemap = true` needs the path prefixes of ad pages, e.g. [\"/annonce/\"]".into(),
            ));
        }
        if let Some(p) = self.sitemap_ad_paths.iter().find(|p| !p.starts_with('/')) {
            return Err(bad(
                "sitemap_ad_paths",
                format!("`{p}` must be a path starting with /"),
            ));
        }
        if self.max_pages == 0 {
            return Err(bad("max_pages", "must be at least 1".into()));
        }
        for (key, sel) in self.selectors.all() {
            let css = split_selector(sel).0;
            scraper::Selector::parse(css)
                .map_err(|e| bad(&format!("selectors.{key}"), format!("bad CSS `{css}`: {e}")))?;
        }
        Ok(())
    }

    /// The start URLs resolved against `base_url`.
    pub fn resolved_start_urls(&self) -> Vec<url::Url> {
        let base = url::Url::parse(&self.base_url).expect("validated base_url");
        self.start_urls
            .iter()
            .filter_map(|u| base.join(u).ok())
            .collect()
    }
}

impl Selectors {
    /// Every configured selector with its key name.
    pub fn all(&self) -> Vec<(&'static str, &str)> {
        let mut v = vec![
            ("ad_links", self.ad_links.as_str()),
            ("text", self.text.as_str()),
        ];
        let opt = [
            ("next_page", &self.next_page),
            ("title", &self.title),
            ("name", &self.name),
            ("age", &self.age),
            ("location", &self.location),
            ("phone", &self.phone),
            ("price", &self.price),
            ("images", &self.images),
            ("posted_at", &self.posted_at),
            ("poster_id", &self.poster_id),
            ("external_id", &self.external_id),
        ];
        for (k, s) in opt {
            if let Some(s) = s {
                v.push((k, s.as_str()));
            }
        }
        v
    }
}

/// Splits `css@attr` into the CSS part and the optional attribute name.
pub fn split_selector(sel: &str) -> (&str, Option<&str>) {
    match sel.rsplit_once('@') {
        Some((css, attr)) if !attr.is_empty() && !attr.contains([' ', ']', '"', '\'']) => {
            (css.trim(), Some(attr.trim()))
        }
        _ => (sel.trim(), None),
    }
}
