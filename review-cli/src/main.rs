//! review (skeleton).
fn main() {}
