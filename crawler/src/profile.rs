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
//! requests_per_second = 0.5             # at most 100 (above only for loopback sites)
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
//! # json_source = "script#__NEXT_DATA__"  # JSON for `json:` selectors on HTML pages
//! # text = "json:$.props.pageProps.ad.body" # a `json:` selector is an RFC 9535 JSONPath
//! ```

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Highest `requests_per_second` for a real host.
pub const MAX_RPS: f64 = 100.0;
/// Highest `requests_per_second` for a loopback site (benchmarks, local mirrors).
pub const MAX_LOOPBACK_RPS: f64 = 100_000.0;

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

/// Selectors for a site. Each is a CSS selector, optionally followed by
/// `@attr` to read an attribute instead of the text, or `json:` and an RFC
/// 9535 JSONPath read against a JSON body or the `json_source` elements.
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
    /// CSS selector of the elements whose text is the JSON that `json:`
    /// selectors read on HTML pages (`script#__NEXT_DATA__`,
    /// `script[type="application/ld+json"]`); every match is read.
    #[serde(default)]
    pub json_source: Option<String>,
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
        let rps = self.requests_per_second;
        if !(rps > 0.0 && rps <= MAX_LOOPBACK_RPS) {
            return Err(bad(
                "requests_per_second",
                format!("must be greater than 0 and at most {MAX_RPS} (up to {MAX_LOOPBACK_RPS} for loopback sites)"),
            ));
        }
        if rps > MAX_RPS && !self.loopback_only() {
            return Err(bad(
                "requests_per_second",
                format!(
                    "{rps} is above {MAX_RPS}, which is allowed only when base_url and every start URL are on loopback (127.0.0.1, ::1, localhost); real hosts keep the cap"
                ),
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
            let key = format!("selectors.{key}");
            if let Some(path) = crate::jsonsel::path_of(sel) {
                crate::jsonsel::compile(path).map_err(|e| bad(&key, e))?;
                continue;
            }
            let css = split_selector(sel).0;
            scraper::Selector::parse(css)
                .map_err(|e| bad(&key, format!("bad CSS `{css}`: {e}")))?;
        }
        if let Some(src) = &self.selectors.json_source {
            let key = "selectors.json_source";
            if crate::jsonsel::path_of(src).is_some() {
                return Err(bad(
                    key,
                    "must be a CSS selector of the elements holding the JSON, e.g. `script#__NEXT_DATA__`".into(),
                ));
            }
            scraper::Selector::parse(src.trim())
                .map_err(|e| bad(key, format!("bad CSS `{src}`: {e}")))?;
        }
        Ok(())
    }

    /// Whether `base_url` and every start URL are on loopback (127.0.0.0/8,
    /// `::1`, `localhost`): only such sites may go above [`MAX_RPS`].
    pub fn loopback_only(&self) -> bool {
        let Ok(base) = url::Url::parse(&self.base_url) else {
            return false;
        };
        std::iter::once(base.clone())
            .chain(self.start_urls.iter().filter_map(|u| base.join(u).ok()))
            .all(|u| is_loopback(&u))
    }

    /// A note for `crawler check` when the profile uses the loopback allowance.
    pub fn rate_note(&self) -> Option<String> {
        (self.requests_per_second > MAX_RPS).then(|| {
            format!(
                "note: profile `{}` runs at {} requests/s, above the cap of {MAX_RPS}: allowed because it only reaches loopback (benchmarks, local mirrors)",
                self.name, self.requests_per_second
            )
        })
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

/// Whether a URL's host is loopback: 127.0.0.0/8, `::1` or `localhost`.
pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.trim_end_matches('.').eq_ignore_ascii_case("localhost"),
        None => false,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with(base: &str, rps: f64) -> Result<SiteProfile, ProfileError> {
        SiteProfile::parse(
            &format!("name = \"t\"\nbase_url = \"{base}\"\nstart_urls = [\"/\"]\nrequests_per_second = {rps:?}\n[selectors]\nad_links = \"a\"\ntext = \"p\"\n"),
            Path::new("t.toml"),
        )
    }

    #[test]
    fn fast_rates_only_on_loopback() {
        for base in [
            "http://127.0.0.1:8080/",
            "http://[::1]:8080/",
            "http://localhost/",
            "http://127.9.0.1/",
        ] {
            let p = with(base, 5000.0).unwrap_or_else(|e| panic!("{base}: {e}"));
            assert!(p.rate_note().unwrap().contains("loopback"));
        }
        let e = with("https://site.example/", 101.0)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("requests_per_second") && e.contains("loopback"),
            "{e}"
        );
        assert!(with("https://site.example/", 100.0)
            .unwrap()
            .rate_note()
            .is_none());
        assert!(with("http://127.0.0.1/", 1e9).is_err());
        assert!(with("http://localhost.site.example/", 500.0).is_err());
    }
}
