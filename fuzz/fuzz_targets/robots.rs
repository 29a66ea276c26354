//! robots.txt parsing and matching on arbitrary bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first line is the path to check, the rest the file.
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(0);
    let path = String::from_utf8_lossy(&data[..split]);
    let r = crawler::robots::RobotsTxt::parse_bytes(&data[split..]);
    let _ = r.check("adscreen", &format!("/{path}"));
    let _ = r.crawl_delay("adscreen");
    let _ = crawler::robots::pattern_matches(&path, &String::from_utf8_lossy(&data[split..]));
});
