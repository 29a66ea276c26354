//! The ad JSON Lines import: a whole file of arbitrary bytes, line by line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n').count() as u64;
    for item in crawler::import::Lines::new(data) {
        if let Err(e) = item {
            assert!(e.line >= 1 && e.line <= lines);
        }
    }
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = crawler::import::parse_line(s);
    }
});
