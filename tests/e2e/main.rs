//! End-to-end tests across crates, on loopback only.

mod crash_safety;
mod demo_crawl;
mod facts;
mod linking_store;
mod reliability_errors;
mod reliability_load;
