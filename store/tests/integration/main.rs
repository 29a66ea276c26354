//! The store's integration tests, in one binary: ads and versions, the
//! network list, the teamwork events, and the PostgreSQL backend.

mod ads;
mod network_list;
mod pg;
mod teamwork;
