//! store crate (skeleton).
