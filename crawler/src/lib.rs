//! crawler (skeleton).
