//! The pass's work queue: due frontier entries waiting for a fetch slot,
//! listings ahead of ads, each URL at most once while it is queued or in
//! flight.
//!
//! Listing pages go first so that the next listing (and with it the next
//! batch of ads) is always being fetched while ads of the current one are:
//! the pass keeps `concurrency` requests in flight instead of draining to
//! one request between listing pages. Each fetch runs as its own task
//! ([`fetch_and_extract`]) that also hashes the page and extracts from it.

use crate::crawl::Crawler;
use crate::extract::{Extractor, ListingLinks};
use crate::fetch::{FetchError, PageOutcome, Validators};
use indicators::Ad;
use sha2::{Digest, Sha256};
use std::collections::{HashSet, VecDeque};
use std::sync::Arc;
use store::frontier::{FrontierEntry, FrontierState, PageKind};
use tracing::Instrument;
use url::Url;

/// Entries waiting for a fetch slot.
#[derive(Debug, Default)]
pub struct WorkQueue {
    listings: VecDeque<FrontierEntry>,
    ads: VecDeque<FrontierEntry>,
    /// URLs queued or in flight.
    taken: HashSet<String>,
}

impl WorkQueue {
    /// Queues a pending entry unless its URL is queued or in flight already.
    /// Returns whether it was queued.
    pub fn offer(&mut self, entry: FrontierEntry) -> bool {
        if entry.state != FrontierState::Pending || !self.taken.insert(entry.url.clone()) {
            return false;
        }
        match entry.kind {
            PageKind::Listing => self.listings.push_back(entry),
            PageKind::Ad => self.ads.push_back(entry),
        }
        true
    }

    /// The next entry to fetch: the oldest queued listing, else the oldest ad.
    /// Its URL stays taken until [`WorkQueue::done`].
    pub fn pop(&mut self) -> Option<FrontierEntry> {
        self.listings.pop_front().or_else(|| self.ads.pop_front())
    }

    /// A popped entry was handled (or refused): its URL may be queued again.
    pub fn done(&mut self, url: &str) {
        self.taken.remove(url);
    }

    /// Entries waiting (not counting those in flight).
    pub fn len(&self) -> usize {
        self.listings.len() + self.ads.len()
    }

    /// Whether nothing is waiting.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// URLs queued or in flight.
    pub fn taken(&self) -> usize {
        self.taken.len()
    }
}

/// The name of a page kind, for spans.
pub(crate) fn kind_name(kind: PageKind) -> &'static str {
    match kind {
        PageKind::Listing => "listing",
        PageKind::Ad => "ad",
    }
}

/// A fetched page with what was extracted from it (off the store's task).
pub(crate) struct Done {
    pub(crate) entry: FrontierEntry,
    pub(crate) result: Result<PageOutcome, FetchError>,
    pub(crate) extracted: Extracted,
    /// JSON on the page that did not parse.
    pub(crate) problems: Vec<String>,
}

/// A page's content hash and what was extracted from it.
pub(crate) struct Extracted {
    pub(crate) hash: String,
    pub(crate) what: What,
}

/// What a fetched page gave.
pub(crate) enum What {
    Listing(ListingLinks),
    Ad(Option<Box<Ad>>),
    /// The ad page's content hash is the stored one: nothing to extract.
    Unchanged,
}

/// Fetches one page and, when it has new content, hashes it and extracts
/// its links or its ad. Runs as its own task, so that parsing uses another
/// core while the pass writes to the store.
pub(crate) async fn fetch_and_extract(
    crawler: Crawler,
    extractor: Arc<Extractor>,
    entry: FrontierEntry,
    url: Url,
) -> Done {
    let validators = (entry.kind == PageKind::Ad).then(|| Validators {
        etag: entry.etag.clone(),
        last_modified: entry.last_modified.clone(),
    });
    let robots = Arc::clone(&crawler.robots);
    let guard = move |target: Url| {
        let robots = Arc::clone(&robots);
        async move {
            let v = robots.check(&target).await;
            if v.allowed {
                Ok(())
            } else {
                Err(format!("redirect target {target} {v}"))
            }
        }
    };
    let result = crawler
        .fetcher
        .fetch_page(&url, validators.as_ref(), guard)
        .instrument(tracing::debug_span!("fetch", kind = kind_name(entry.kind)))
        .await;
    let mut problems = Vec::new();
    let extracted = match &result {
        Ok(PageOutcome::Fetched(page)) => {
            let _span = tracing::debug_span!("extract", kind = kind_name(entry.kind)).entered();
            let hash = hex::encode(Sha256::digest(page.text.as_bytes()));
            let what = if entry.kind == PageKind::Ad && entry.content_hash.as_deref() == Some(&hash)
            {
                What::Unchanged
            } else {
                let doc = extractor.document(&page.text);
                problems = doc.problems.clone();
                match entry.kind {
                    PageKind::Listing => What::Listing(extractor.listing_in(&doc, &page.final_url)),
                    PageKind::Ad => {
                        let canonical = Url::parse(&entry.url).unwrap_or_else(|_| url.clone());
                        What::Ad(extractor.ad_in(&doc, &canonical).map(Box::new))
                    }
                }
            };
            Extracted { hash, what }
        }
        _ => Extracted {
            hash: String::new(),
            what: What::Unchanged,
        },
    };
    Done {
        entry,
        result,
        extracted,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn entry(url: &str, kind: PageKind) -> FrontierEntry {
        FrontierEntry {
            url: url.into(),
            site: "s".into(),
            kind,
            depth: 0,
            due_at: Utc::now(),
            state: FrontierState::Pending,
            failures: 0,
            last_error: None,
            etag: None,
            last_modified: None,
            content_hash: None,
            last_fetched: None,
        }
    }

    #[test]
    fn listings_go_first_and_urls_are_taken_once() {
        let mut q = WorkQueue::default();
        assert!(q.offer(entry("a1", PageKind::Ad)));
        assert!(q.offer(entry("a2", PageKind::Ad)));
        assert!(q.offer(entry("l2", PageKind::Listing)));
        assert!(!q.offer(entry("a1", PageKind::Ad)), "queued already");
        let mut failed = entry("x", PageKind::Ad);
        failed.state = FrontierState::Failed;
        assert!(!q.offer(failed));
        assert_eq!(q.pop().unwrap().url, "l2");
        assert_eq!(q.pop().unwrap().url, "a1");
        assert!(!q.offer(entry("a1", PageKind::Ad)), "in flight");
        q.done("a1");
        assert!(q.offer(entry("a1", PageKind::Ad)));
        assert_eq!(q.len(), 2);
        assert_eq!(q.taken(), 3, "l2 is still in flight");
    }
}
