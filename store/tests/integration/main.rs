//! The store's integration tests, in one binary: ads and versions, the
//! network list, and the teamwork events.

mod ads;
mod network_list;
mod teamwork;
