//! The store's integration tests, in one binary: ads and versions, the
//! network list, the teamwork events, erasure (on both backends),
//! encryption and the PostgreSQL backend.

mod ads;
mod cipher;
mod erasure;
mod network_list;
mod pg;
mod pg_copy;
mod pg_erasure;
mod pg_frontier;
mod pg_orgs;
mod pg_roles;
mod search;
mod teamwork;
