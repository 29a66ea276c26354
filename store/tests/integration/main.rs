//! The store's integration tests, in one binary: ads and versions, the
//! network list, the teamwork events, and erasure.

mod ads;
mod erasure;
mod network_list;
mod teamwork;
