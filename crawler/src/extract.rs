//! Extraction: applies a site profile's CSS selectors to a page, giving the
//! links of a listing page or the fields of an ad page.
//!
//! Text is taken from every text node under the matched elements, with runs
//! of whitespace collapsed to one space, so that evidence offsets refer to
//! the same text reviewers see. A selector written `css@attr` reads that
//! attribute instead. Missing optional fields are `None`, never guessed.

use crate::profile::{split_selector, Selectors, SiteProfile};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use indicators::Ad;
use scraper::{ElementRef, Html, Selector};
use url::Url;

/// Longest text kept from one field (bytes); longer text is cut at a char boundary.
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

/// Links found on a listing page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListingLinks {
    /// Absolute URLs of ad pages, in page order, duplicates removed.
    pub ads: Vec<Url>,
    /// The next listing page, if any.
    pub next: Option<Url>,
}

/// A selector that cannot be compiled (the profile check catches these first).
#[derive(Debug, thiserror::Error)]
#[error("selector `{key}` = `{selector}` is not valid CSS")]
pub struct SelectorError {
    /// The profile key.
    pub key: String,
    /// The selector text.
    pub selector: String,
}

/// A compiled selector with its optional attribute.
#[derive(Debug, Clone)]
struct Field {
    css: Selector,
    attr: Option<String>,
}

impl Field {
    fn compile(key: &str, sel: &str) -> Result<Field, SelectorError> {
        let (css, attr) = split_selector(sel);
        let css = Selector::parse(css).map_err(|_| SelectorError {
            key: key.to_string(),
            selector: sel.to_string(),
        })?;
        Ok(Field {
            css,
            attr: attr.map(str::to_string),
        })
    }

    /// Values of every match: the attribute, or the collapsed text.
    fn values(&self, doc: &Html) -> Vec<String> {
        doc.select(&self.css)
            .filter_map(|el| self.value(el))
            .filter(|v| !v.is_empty())
            .collect()
    }

    fn value(&self, el: ElementRef<'_>) -> Option<String> {
        match &self.attr {
            Some(a) => el.value().attr(a).map(|v| cap(collapse(v))),
            None => Some(cap(collapse(&el.text().collect::<Vec<_>>().join(" ")))),
        }
    }

    fn first(&self, doc: &Html) -> Option<String> {
        self.values(doc).into_iter().next()
    }
}

/// A profile's selectors, compiled once per site.
#[derive(Debug, Clone)]
pub struct Extractor {
    ad_links: Field,
    next_page: Option<Field>,
    title: Option<Field>,
    text: Field,
    name: Option<Field>,
    age: Option<Field>,
    location: Option<Field>,
    phone: Option<Field>,
    price: Option<Field>,
    images: Option<Field>,
    posted_at: Option<Field>,
    poster_id: Option<Field>,
    external_id: Option<Field>,
    site: String,
}

impl Extractor {
    /// Compiles a profile's selectors.
    pub fn new(profile: &SiteProfile) -> Result<Extractor, SelectorError> {
        let s: &Selectors = &profile.selectors;
        let opt = |key: &str, v: &Option<String>| {
            v.as_deref().map(|v| Field::compile(key, v)).transpose()
        };
        Ok(Extractor {
            ad_links: Field::compile("ad_links", &s.ad_links)?,
            next_page: opt("next_page", &s.next_page)?,
            title: opt("title", &s.title)?,
            text: Field::compile("text", &s.text)?,
            name: opt("name", &s.name)?,
            age: opt("age", &s.age)?,
            location: opt("location", &s.location)?,
            phone: opt("phone", &s.phone)?,
            price: opt("price", &s.price)?,
            images: opt("images", &s.images)?,
            posted_at: opt("posted_at", &s.posted_at)?,
            poster_id: opt("poster_id", &s.poster_id)?,
            external_id: opt("external_id", &s.external_id)?,
            site: profile.name.clone(),
        })
    }

    /// Links of a listing page at `page_url`. Links that do not resolve, or
    /// are not http(s), are skipped.
    pub fn listing(&self, html: &str, page_url: &Url) -> ListingLinks {
        let doc = Html::parse_document(html);
        let resolve = |v: &str| {
            page_url
                .join(v.trim())
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https"))
        };
        let mut ads: Vec<Url> = Vec::new();
        // A set, not `ads.contains`: a hostile listing with 100,000 links
        // would otherwise cost quadratic time.
        let mut seen = std::collections::HashSet::new();
        for link in self.link_values(&self.ad_links, &doc) {
            if let Some(u) = resolve(&link) {
                if seen.insert(u.clone()) {
                    ads.push(u);
                }
            }
        }
        let next = self
            .next_page
            .as_ref()
            .and_then(|f| self.link_values(f, &doc).into_iter().next())
            .and_then(|v| resolve(&v));
        ListingLinks { ads, next }
    }

    /// Link selectors default to `href` when no attribute is given.
    fn link_values(&self, f: &Field, doc: &Html) -> Vec<String> {
        if f.attr.is_some() {
            return f.values(doc);
        }
        doc.select(&f.css)
            .filter_map(|el| el.value().attr("href").map(str::to_string))
            .collect()
    }

    /// The ad on an ad page at `url` (the canonical URL). `None` when the page
    /// has no ad text (not an ad page, or the layout changed).
    pub fn ad(&self, html: &str, url: &Url) -> Option<Ad> {
        let doc = Html::parse_document(html);
        let text = self.text.values(&doc).join("\n");
        if text.trim().is_empty() {
            return None;
        }
        let get = |f: &Option<Field>| f.as_ref().and_then(|f| f.first(&doc));
        let images = self
            .images
            .as_ref()
            .map(|f| {
                let vals = if f.attr.is_some() {
                    f.values(&doc)
                } else {
                    doc.select(&f.css)
                        .filter_map(|el| el.value().attr("src").map(str::to_string))
                        .collect()
                };
                let mut out: Vec<String> = Vec::new();
                for v in vals {
                    if let Ok(u) = url.join(v.trim()) {
                        let s = u.to_string();
                        if matches!(u.scheme(), "http" | "https") && !out.contains(&s) {
                            out.push(s);
                        }
                    }
                }
                out
            })
            .unwrap_or_default();
        Some(Ad {
            url: url.to_string(),
            site: self.site.clone(),
            text,
            title: get(&self.title),
            name: get(&self.name),
            age: get(&self.age).and_then(|a| parse_age(&a)),
            location: get(&self.location),
            posted_at: get(&self.posted_at).and_then(|t| parse_posted(&t)),
            phones: self
                .phone
                .as_ref()
                .map(|f| f.values(&doc))
                .unwrap_or_default(),
            images,
            external_id: get(&self.external_id),
            poster_id: get(&self.poster_id),
            price: get(&self.price),
        })
    }

    /// What every selector extracts from a page, for `crawler check`.
    pub fn describe(&self, html: &str) -> Vec<(&'static str, Vec<String>)> {
        let doc = Html::parse_document(html);
        let mut out = vec![
            ("ad_links", self.link_values(&self.ad_links, &doc)),
            ("text", self.text.values(&doc)),
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
        for (k, f) in opt {
            if let Some(f) = f {
                let vals = if k == "next_page" {
                    self.link_values(f, &doc)
                } else {
                    f.values(&doc)
                };
                out.push((k, vals));
            }
        }
        out
    }
}

/// Collapses whitespace runs to one space and trims.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn cap(mut s: String) -> String {
    if s.len() > MAX_FIELD_BYTES {
        let mut end = MAX_FIELD_BYTES;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
}

/// The first number in 16..=99 in the text ("23 år", "Age: 24").
pub fn parse_age(s: &str) -> Option<u32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty() && t.len() <= 2)
        .filter_map(|t| t.parse::<u32>().ok())
        .find(|a| (16..=99).contains(a))
}

/// RFC 3339, `YYYY-MM-DD HH:MM[:SS]`, `YYYY-MM-DDTHH:MM[:SS]` (taken as UTC) or `YYYY-MM-DD`.
pub fn parse_posted(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t.and_utc());
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> SiteProfile {
        SiteProfile::parse(
            r#"
name = "t"
base_url = "http://127.0.0.1:1/"
start_urls = ["/"]
[selectors]
ad_links = "a.ad"
next_page = "a.next"
title = "h1"
text = ".body"
name = ".name"
age = ".age"
images = "img.photo"
posted_at = "time@datetime"
"#,
            std::path::Path::new("t.toml"),
        )
        .unwrap()
    }

    #[test]
    fn listing_links_resolve_and_dedupe() {
        let x = Extractor::new(&profile()).unwrap();
        let page = Url::parse("http://127.0.0.1:1/list?page=1").unwrap();
        let html = r#"<a class="ad" href="/ad/1">a</a><a class="ad" href="ad/2">b</a>
            <a class="ad" href="/ad/1">dup</a><a class="ad" href="mailto:x@y">m</a><a class="next" href="?page=2">next</a>"#;
        let l = x.listing(html, &page);
        assert_eq!(
            l.ads.iter().map(Url::as_str).collect::<Vec<_>>(),
            ["http://127.0.0.1:1/ad/1", "http://127.0.0.1:1/ad/2"]
        );
        assert_eq!(l.next.unwrap().as_str(), "http://127.0.0.1:1/list?page=2");
    }

    #[test]
    fn ad_fields_are_extracted() {
        let x = Extractor::new(&profile()).unwrap();
        let url = Url::parse("http://127.0.0.1:1/ad/1").unwrap();
        let html = r#"<h1> Hello
            there </h1><div class="body"><p>Line one.</p>
            <p>Line   two.</p></div><span class="name">Mia</span><span class="age">Alder: 24 år</span>
            <img class="photo" src="/img/1.png"><time datetime="2026-11-01T10:00:00Z">1 Nov</time>"#;
        let ad = x.ad(html, &url).unwrap();
        assert_eq!(ad.title.as_deref(), Some("Hello there"));
        assert_eq!(ad.text, "Line one. Line two.");
        assert_eq!(ad.age, Some(24));
        assert_eq!(ad.images, ["http://127.0.0.1:1/img/1.png"]);
        assert_eq!(
            ad.posted_at.unwrap().to_rfc3339(),
            "2026-11-01T10:00:00+00:00"
        );
        assert!(x.ad("<p>no ad here</p>", &url).is_none());
    }

    #[test]
    fn ages_outside_range_are_not_guessed() {
        assert_eq!(parse_age("Age 8"), None);
        assert_eq!(parse_age("2026"), None);
        assert_eq!(parse_age("19 years"), Some(19));
    }
}
