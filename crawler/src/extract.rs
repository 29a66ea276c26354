//! Extraction: applies a site profile's selectors to a page, giving the
//! links of a listing page or the fields of an ad page. A selector is CSS,
//! or a JSONPath when it starts with `json:` (see [`crate::jsonsel`]): read
//! against the body when the body is JSON, else against the JSON text of
//! the elements `selectors.json_source` names.
//!
//! Text is taken from every text node under the matched elements, with runs
//! of whitespace collapsed to one space, so that evidence offsets refer to
//! the same text reviewers see. A selector written `css@attr` reads that
//! attribute instead. Missing optional fields are `None`, never guessed.

use crate::jsonsel;
use crate::profile::{split_selector, Selectors, SiteProfile};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use indicators::Ad;
use scraper::{ElementRef, Html, Selector};
use serde_json_path::JsonPath;
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
#[error("selector `{key}` = `{selector}` is not valid: {message}")]
pub struct SelectorError {
    /// The profile key.
    pub key: String,
    /// The selector text.
    pub selector: String,
    /// What is wrong.
    pub message: String,
}

/// A compiled selector: CSS with its optional attribute, or a JSONPath.
#[derive(Debug, Clone)]
enum Field {
    Css { css: Selector, attr: Option<String> },
    Json(JsonPath),
}

impl Field {
    fn compile(key: &str, sel: &str) -> Result<Field, SelectorError> {
        let err = |message: String| SelectorError {
            key: key.to_string(),
            selector: sel.to_string(),
            message,
        };
        if let Some(path) = jsonsel::path_of(sel) {
            return jsonsel::compile(path).map(Field::Json).map_err(err);
        }
        let (css, attr) = split_selector(sel);
        let css = Selector::parse(css).map_err(|e| err(format!("bad CSS: {e}")))?;
        Ok(Field::Css {
            css,
            attr: attr.map(str::to_string),
        })
    }

    /// Values of every match: the attribute (or `default_attr` when the
    /// selector names none), or the collapsed text; JSON values as they are.
    fn values_with(&self, doc: &Document, default_attr: Option<&str>) -> Vec<String> {
        match self {
            Field::Json(path) => jsonsel::values(path, &doc.json)
                .into_iter()
                .map(|v| cap(collapse(&v)))
                .filter(|v| !v.is_empty())
                .collect(),
            Field::Css { css, attr } => {
                let Some(html) = &doc.html else {
                    return Vec::new();
                };
                let attr = attr.as_deref().or(default_attr);
                html.select(css)
                    .filter_map(|el| match attr {
                        Some(a) => el.value().attr(a).map(|v| cap(collapse(v))),
                        None => Some(element_text(el)),
                    })
                    .filter(|v| !v.is_empty())
                    .collect()
            }
        }
    }

    fn values(&self, doc: &Document) -> Vec<String> {
        self.values_with(doc, None)
    }

    /// Image URLs: a CSS selector without `@attr` reads each element's
    /// largest `srcset` / `data-srcset` candidate, else `data-src` (lazy
    /// loading), else `src`.
    fn image_values(&self, doc: &Document) -> Vec<String> {
        match (self, &doc.html) {
            (Field::Css { css, attr: None }, Some(html)) => {
                html.select(css).filter_map(image_url).collect()
            }
            _ => self.values_with(doc, Some("src")),
        }
    }

    fn first(&self, doc: &Document) -> Option<String> {
        self.values(doc).into_iter().next()
    }
}

/// The best URL of an image element (see [`Field::image_values`]).
fn image_url(el: ElementRef<'_>) -> Option<String> {
    let attr = |name: &str| {
        el.value()
            .attr(name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    attr("srcset")
        .and_then(largest_candidate)
        .or_else(|| attr("data-srcset").and_then(largest_candidate))
        .or_else(|| {
            attr("data-src")
                .or_else(|| attr("data-lazy-src"))
                .map(str::to_string)
        })
        .or_else(|| attr("src").map(str::to_string))
        .map(|v| cap(collapse(&v)))
}

/// The largest candidate of a `srcset` ("a.jpg 480w, b.jpg 1080w" or
/// "a.jpg 1x, b.jpg 2x"); a candidate without a descriptor counts as 1x.
pub fn largest_candidate(srcset: &str) -> Option<String> {
    srcset
        .split(',')
        .filter_map(|c| {
            let mut parts = c.split_whitespace();
            let url = parts.next()?;
            let size = parts
                .next()
                .and_then(|d| {
                    let (n, unit) = d.split_at(d.len().saturating_sub(1));
                    let n: f64 = n.parse().ok()?;
                    // Widths beat densities: 1x of an unknown width is taken as 1 px wide.
                    Some(if unit == "w" { n } else { n / 10_000.0 })
                })
                .unwrap_or(1.0 / 10_000.0);
            Some((url, size))
        })
        .fold(None, |best: Option<(&str, f64)>, (u, n)| match best {
            Some((_, b)) if b >= n => best,
            _ => Some((u, n)),
        })
        .map(|(u, _)| u.to_string())
}

fn element_text(el: ElementRef<'_>) -> String {
    cap(collapse(&el.text().collect::<Vec<_>>().join(" ")))
}

/// A page parsed for extraction: the HTML (unless the body is JSON) and the
/// JSON documents `json:` selectors read.
pub struct Document {
    html: Option<Html>,
    json: Vec<serde_json::Value>,
    /// JSON that did not parse, in words (with where it was); the caller
    /// logs these with the page's URL.
    pub problems: Vec<String>,
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
    json_source: Option<(String, Selector)>,
    uses_json: bool,
    site: String,
}

impl Extractor {
    /// Compiles a profile's selectors.
    pub fn new(profile: &SiteProfile) -> Result<Extractor, SelectorError> {
        let s: &Selectors = &profile.selectors;
        let opt = |key: &str, v: &Option<String>| {
            v.as_deref().map(|v| Field::compile(key, v)).transpose()
        };
        let json_source = s
            .json_source
            .as_deref()
            .map(|css| {
                Selector::parse(css.trim())
                    .map(|sel| (css.trim().to_string(), sel))
                    .map_err(|e| SelectorError {
                        key: "json_source".into(),
                        selector: css.to_string(),
                        message: format!("bad CSS: {e}"),
                    })
            })
            .transpose()?;
        let mut x = Extractor {
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
            json_source,
            uses_json: false,
            site: profile.name.clone(),
        };
        x.uses_json = x.fields().iter().any(|(_, f)| matches!(f, Field::Json(_)));
        Ok(x)
    }

    fn fields(&self) -> Vec<(&'static str, &Field)> {
        let mut out = vec![("ad_links", &self.ad_links), ("text", &self.text)];
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
        out.extend(
            opt.into_iter()
                .filter_map(|(k, f)| f.as_ref().map(|f| (k, f))),
        );
        out
    }

    /// Parses a page body: a JSON body as JSON, anything else as HTML, with
    /// the JSON of the `json_source` elements read when a selector needs it.
    pub fn document(&self, body: &str) -> Document {
        let mut doc = Document {
            html: None,
            json: Vec::new(),
            problems: Vec::new(),
        };
        if jsonsel::looks_like_json(body) {
            match serde_json::from_str(body.trim_start_matches('\u{feff}')) {
                Ok(v) => doc.json.push(v),
                Err(e) => doc
                    .problems
                    .push(format!("the response body is not valid JSON: {e}")),
            }
            return doc;
        }
        let html = Html::parse_document(body);
        if let (true, Some((css, sel))) = (self.uses_json, &self.json_source) {
            for (i, el) in html.select(sel).enumerate() {
                let text: String = el.text().collect();
                match serde_json::from_str(&text) {
                    Ok(v) => doc.json.push(v),
                    Err(e) => doc.problems.push(format!(
                        "the JSON in `{css}` (match {}) does not parse: {e}",
                        i + 1
                    )),
                }
            }
        }
        doc.html = Some(html);
        doc
    }

    /// Links of a listing page at `page_url`. Links that do not resolve, or
    /// are not http(s), are skipped.
    pub fn listing(&self, body: &str, page_url: &Url) -> ListingLinks {
        self.listing_in(&self.document(body), page_url)
    }

    /// Like [`Extractor::listing`], on a parsed page.
    pub fn listing_in(&self, doc: &Document, page_url: &Url) -> ListingLinks {
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
        for link in self.ad_links.values_with(doc, Some("href")) {
            if let Some(u) = resolve(&link) {
                if seen.insert(u.clone()) {
                    ads.push(u);
                }
            }
        }
        let next = self
            .next_page
            .as_ref()
            .and_then(|f| f.values_with(doc, Some("href")).into_iter().next())
            .and_then(|v| resolve(&v));
        ListingLinks { ads, next }
    }

    /// The ad on an ad page at `url` (the canonical URL). `None` when the page
    /// has no ad text (not an ad page, or the layout changed).
    pub fn ad(&self, body: &str, url: &Url) -> Option<Ad> {
        self.ad_in(&self.document(body), url)
    }

    /// Like [`Extractor::ad`], on a parsed page.
    pub fn ad_in(&self, doc: &Document, url: &Url) -> Option<Ad> {
        let text = self.text.values(doc).join("\n");
        if text.trim().is_empty() {
            return None;
        }
        let get = |f: &Option<Field>| f.as_ref().and_then(|f| f.first(doc));
        let images = self
            .images
            .as_ref()
            .map(|f| {
                let mut out: Vec<String> = Vec::new();
                for v in f.image_values(doc) {
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
                .map(|f| f.values(doc))
                .unwrap_or_default(),
            images,
            external_id: get(&self.external_id),
            poster_id: get(&self.poster_id),
            price: get(&self.price),
        })
    }

    /// What every selector extracts from a page, for `crawler check`.
    pub fn describe(&self, body: &str) -> Vec<(&'static str, Vec<String>)> {
        self.describe_in(&self.document(body))
    }

    /// Like [`Extractor::describe`], on a parsed page.
    pub fn describe_in(&self, doc: &Document) -> Vec<(&'static str, Vec<String>)> {
        self.fields()
            .into_iter()
            .map(|(k, f)| {
                let default_attr = match k {
                    "ad_links" | "next_page" => Some("href"),
                    _ => None,
                };
                if k == "images" {
                    return (k, f.image_values(doc));
                }
                (k, f.values_with(doc, default_attr))
            })
            .collect()
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

    fn json_profile(selectors: &str) -> Result<SiteProfile, crate::profile::ProfileError> {
        SiteProfile::parse(
            &format!(
                "name = \"j\"\nbase_url = \"http://127.0.0.1:1/\"\nstart_urls = [\"/api?page=1\"]\n[selectors]\n{selectors}"
            ),
            std::path::Path::new("j.toml"),
        )
    }

    #[test]
    fn json_listing_bodies_give_links_and_next() {
        let p = json_profile(
            "ad_links = \"json:$.items[*].href\"\nnext_page = \"json:$.next\"\ntext = \"p\"",
        )
        .unwrap();
        let x = Extractor::new(&p).unwrap();
        let page = Url::parse("http://127.0.0.1:1/api?page=1").unwrap();
        let l = x.listing(r#"{"items":[{"href":"/ad/1"},{"href":"/ad/2"},{"href":"/ad/1"}],"next":"/api?page=2"}"#, &page);
        assert_eq!(l.ads.len(), 2);
        assert_eq!(l.next.unwrap().as_str(), "http://127.0.0.1:1/api?page=2");
        let last = x.listing(r#"{"items":[],"next":null}"#, &page);
        assert!(last.ads.is_empty() && last.next.is_none());
        let doc = x.document("{\"items\": [");
        assert!(
            doc.problems[0].contains("not valid JSON"),
            "{:?}",
            doc.problems
        );
    }

    #[test]
    fn json_source_mixes_with_css_and_reads_every_match() {
        let p = json_profile(
            "ad_links = \"a\"\njson_source = 'script#__NEXT_DATA__, script[type=\"application/ld+json\"]'\ntitle = \"h1\"\ntext = \"json:$.props.ad.body\"\nposted_at = \"json:$.datePosted\"\nimages = \"json:$.props.ad.images\"",
        )
        .unwrap();
        let x = Extractor::new(&p).unwrap();
        let url = Url::parse("http://127.0.0.1:1/ad/1").unwrap();
        let html = r#"<h1>Mia</h1><div id="root"></div>
            <script type="application/ld+json">{"@type":"Offer","datePosted":"2026-11-01T10:00:00Z"}</script>
            <script id="__NEXT_DATA__" type="application/json">{"props":{"ad":{"body":"Hej \u003c3","images":["/i/1.jpg","/i/2.jpg"]}}}</script>"#;
        let ad = x.ad(html, &url).unwrap();
        assert_eq!(ad.title.as_deref(), Some("Mia"));
        assert_eq!(ad.text, "Hej <3");
        assert_eq!(ad.images.len(), 2);
        assert!(ad.posted_at.is_some());
        let bad = x.document(r#"<script id="__NEXT_DATA__">{"props":</script>"#);
        assert!(
            bad.problems[0].contains("does not parse"),
            "{:?}",
            bad.problems
        );
    }

    #[test]
    fn bad_json_selectors_are_named_at_load() {
        let e = json_profile("ad_links = \"a\"\ntext = \"json:$.props[\"").unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("selectors.text") && msg.contains("bad JSONPath"),
            "{msg}"
        );
        let e =
            json_profile("ad_links = \"a\"\ntext = \"p\"\njson_source = \"json:$.x\"").unwrap_err();
        assert!(e.to_string().contains("selectors.json_source"), "{e}");
    }

    #[test]
    fn lazy_images_take_data_src_and_the_largest_srcset_candidate() {
        let x = Extractor::new(&profile()).unwrap();
        let url = Url::parse("http://127.0.0.1:1/ad/1").unwrap();
        let html = r#"<div class="body">text</div>
            <img class="photo" src="data:image/gif;base64,R0lGOD" data-src="/lazy.jpg">
            <img class="photo" src="/small.jpg" srcset="/m.jpg 640w, /xl.jpg 1600w, /l.jpg 1080w">
            <img class="photo" srcset="/a.jpg, /b.jpg 2x">
            <img class="photo" src="/plain.jpg">"#;
        let ad = x.ad(html, &url).unwrap();
        let paths: Vec<&str> = ad
            .images
            .iter()
            .map(|u| &u["http://127.0.0.1:1".len()..])
            .collect();
        assert_eq!(paths, ["/lazy.jpg", "/xl.jpg", "/b.jpg", "/plain.jpg"]);
        assert_eq!(largest_candidate(""), None);
    }
}
