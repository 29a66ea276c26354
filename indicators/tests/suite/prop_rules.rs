//! Hostile input for rules files (issue 8): any text gives rules or an error
//! naming the file, never a panic; accepted rules have finite weights and
//! linking parameters small enough that linking cannot exhaust memory.

use indicators::rules::Rules;
use proptest::prelude::*;

const DEFAULT: &str = include_str!("../../rules/default.toml");

fn with_value(key: &str, value: &str) -> String {
    DEFAULT
        .lines()
        .map(|l| {
            if l.split('=').next().map(str::trim) == Some(key) {
                format!("{key} = {value}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check_accepted(r: &Rules) -> Result<(), TestCaseError> {
    for rule in r.rules.values() {
        prop_assert!(rule.weight.is_finite() && rule.threshold.is_finite());
    }
    let l = &r.linking;
    prop_assert!(l.text_minhash_permutations >= 1 && l.text_minhash_permutations <= 4096);
    let c = indicators::linking::LinkConfig::from_rules(r);
    prop_assert!(c.lsh_bands >= 1 && c.lsh_rows >= 1);
    prop_assert!(c.num_perm() <= l.text_minhash_permutations as usize);
    prop_assert!((0.0..=1.0).contains(&l.text_boilerplate_share));
    prop_assert!(l.image_hamming_threshold <= 64);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_gives_rules_or_an_error_naming_the_file(text in ".{0,500}") {
        match Rules::from_toml_str(&text, "hostile.toml") {
            Ok(r) => check_accepted(&r)?,
            Err(e) => prop_assert!(e.to_string().contains("hostile.toml"), "{e}"),
        }
    }

    #[test]
    fn mutated_values_are_accepted_only_when_usable(
        key in prop::sample::select(vec![
            "version", "weight", "threshold", "explanation", "citation", "enabled",
            "shared_phone_min_names", "phone_multi_city_window_days", "text_shingle_words",
            "text_minhash_permutations", "text_lsh_bands", "text_jaccard_threshold",
            "text_min_words", "image_hamming_threshold", "blocklist_max_ads",
            "text_boilerplate_share", "text_boilerplate_site_share", "text_boilerplate_min_texts", "text_boilerplate_max_texts",
        ]),
        value in prop_oneof![
            Just("nan".to_string()),
            Just("inf".to_string()),
            Just("-inf".to_string()),
            Just("-1".to_string()),
            Just("0".to_string()),
            Just("1e308".to_string()),
            Just("4294967295".to_string()),
            Just("4294967296".to_string()),
            Just("\"\"".to_string()),
            Just("[]".to_string()),
            Just("{}".to_string()),
            "[0-9]{1,12}",
            "-?[0-9]{1,3}\\.[0-9]{1,3}",
            "\"[ -~]{0,20}\"",
        ],
    ) {
        let text = with_value(key, &value);
        match Rules::from_toml_str(&text, "mutated.toml") {
            Ok(r) => check_accepted(&r)?,
            Err(e) => prop_assert!(e.to_string().contains("mutated.toml"), "{e}"),
        }
    }
}

#[test]
fn a_huge_minhash_signature_is_refused_with_the_key_named() {
    // 4,294,967,295 = 3 x 5 x 17 x 257 x 65537: divisible by 5 bands, so only
    // a size cap stops a signature of 4 billion values per ad.
    let text = with_value("text_minhash_permutations", "4294967295");
    let text = text.replace("text_lsh_bands = 32", "text_lsh_bands = 5");
    let e = Rules::from_toml_str(&text, "big.toml")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("big.toml") && e.contains("text_minhash_permutations"),
        "{e}"
    );
}
