//! Site profiles: any text is a valid profile with working selectors, or an error naming the file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match crawler::profile::SiteProfile::parse(text, std::path::Path::new("f.toml")) {
        Ok(p) => {
            let _ = crawler::extract::Extractor::new(&p);
        }
        Err(e) => assert!(e.to_string().contains("f.toml")),
    }
});
