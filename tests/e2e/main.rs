//! End-to-end tests across crates, on loopback only.

mod demo_crawl;
