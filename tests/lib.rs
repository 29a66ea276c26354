//! Shared helpers for the workspace integration tests and the reliability
//! helper binary (`adscreen-reliability`).

pub mod reliability;
