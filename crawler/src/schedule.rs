//! The pass's work queue: due frontier entries waiting for a fetch slot,
//! listings ahead of ads, each URL at most once while it is queued or in
//! flight.
//!
//! Listing pages go first so that the next listing (and with it the next
//! batch of ads) is always being fetched while ads of the current one are:
//! the pass keeps `concurrency` requests in flight instead of draining to
//! one request between listing pages.

use std::collections::{HashSet, VecDeque};
use store::frontier::{FrontierEntry, PageKind};

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
        if entry.state != "pending" || !self.taken.insert(entry.url.clone()) {
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
            state: "pending".into(),
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
        failed.state = "failed".into();
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
