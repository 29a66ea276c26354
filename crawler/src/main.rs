//! crawler binary (skeleton).
fn main() {}
