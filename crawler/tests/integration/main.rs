//! The crawler's integration tests, in one binary (one link step and one
//! copy of the dependencies on disk, instead of one per file).

mod crawl_support;
mod fetch_support;

mod cli;
mod daemon;
mod faults;
mod fetch;
mod fetch_politeness;
mod fetch_robots;
mod pg_daemon;
mod pg_engine;
mod pg_workers;
mod prop_extract;
mod prop_import;
mod prop_robots_charset;
mod recrawl;
mod robots_conformance;
