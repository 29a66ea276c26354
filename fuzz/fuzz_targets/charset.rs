//! Charset detection and decoding on arbitrary bytes and headers.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let header = String::from_utf8_lossy(&data[..split]);
    let body = data.get(split + 1..).unwrap_or(&[]);
    let _ = crawler::charset::decode_html(body, Some(&header), Some("dk"));
    let _ = crawler::charset::decode_html(data, None, None);
});
