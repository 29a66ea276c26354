//! HTML extraction with the fixture profiles' selectors on arbitrary bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn extractors() -> &'static Vec<crawler::extract::Extractor> {
    static X: OnceLock<Vec<crawler::extract::Extractor>> = OnceLock::new();
    X.get_or_init(|| {
        ["nattergal", "citylights", "largeboard"]
            .iter()
            .map(|n| {
                let p = crawler::profile::SiteProfile::parse(
                    fixtures::demo_profile_toml(n),
                    std::path::Path::new(n),
                )
                .unwrap();
                crawler::extract::Extractor::new(&p).unwrap()
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let html = crawler::charset::decode_html(data, None, None).text;
    let url = url::Url::parse("http://127.0.0.1:8080/l/").unwrap();
    for x in extractors() {
        let links = x.listing(&html, &url);
        assert!(links
            .ads
            .iter()
            .all(|u| matches!(u.scheme(), "http" | "https")));
        let _ = x.ad(&html, &url);
    }
});
