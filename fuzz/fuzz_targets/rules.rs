//! Rules files: any text gives usable rules or an error naming the file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match indicators::rules::Rules::from_toml_str(text, "f.toml") {
        Ok(r) => assert!(r.linking.text_minhash_permutations <= 4096),
        Err(e) => assert!(e.to_string().contains("f.toml")),
    }
});
