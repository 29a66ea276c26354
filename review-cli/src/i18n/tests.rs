//! The `.ftl` files are a contract between the code and the translators:
//! these tests fail when a key is missing (or extra) in any language, when a
//! translation drops or invents a `{ $variable }`, when a message does not
//! format, when the code asks for a key English does not have, and when the
//! English indicator explanations drift from the built-in rules.

use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// Message id → the `$variables` its pattern uses, read from the file.
fn messages(src: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in src.lines() {
        let is_id = line
            .split_once(" =")
            .map(|(id, _)| {
                !id.is_empty()
                    && id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .unwrap_or(false);
        if is_id {
            let id = line.split_once(" =").unwrap().0.to_string();
            assert!(!out.contains_key(&id), "`{id}` is defined twice");
            out.insert(id.clone(), BTreeSet::new());
            current = Some(id);
        } else if line.starts_with('#') {
            current = None;
        }
        if let Some(id) = &current {
            let vars = out.get_mut(id).unwrap();
            let mut rest = line;
            while let Some(i) = rest.find("{ $").or_else(|| rest.find("{$")) {
                let after = rest[i..].trim_start_matches('{').trim_start();
                let name: String = after[1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                vars.insert(name);
                rest = &rest[i + 2..];
            }
        }
    }
    out
}

#[test]
fn every_language_has_exactly_the_english_keys_and_variables() {
    let english = messages(Lang::En.source());
    assert!(english.len() > 150, "English has {} keys", english.len());
    for lang in Lang::ALL {
        let other = messages(lang.source());
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl: missing {missing:?}, not in English {extra:?}",
            lang.code()
        );
        for (k, vars) in &english {
            assert_eq!(
                &other[k],
                vars,
                "{}.ftl `{k}` uses other variables than English",
                lang.code()
            );
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let english = messages(Lang::En.source());
    for lang in Lang::ALL {
        let b = bundle(lang);
        for (k, vars) in &english {
            for n in [1, 2, 5] {
                let mut args = FluentArgs::new();
                for v in vars {
                    args.set(v.as_str(), FluentValue::from(n));
                }
                let msg = b
                    .get_message(k)
                    .unwrap_or_else(|| panic!("{}: no `{k}`", lang.code()));
                let mut errors = Vec::new();
                let s = b.format_pattern(msg.value().expect("a value"), Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} `{k}`: {errors:?}", lang.code());
                assert!(!s.trim().is_empty(), "{} `{k}` is empty", lang.code());
            }
        }
    }
}

/// Keys the code asks for literally: `.t("key")`, `.f("key", …)` and the
/// tables of keys (help, filter fields, columns).
fn keys_in_source() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") || p.ends_with("i18n/tests.rs") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            for pat in [".t(\"", ".f(\""] {
                for (i, _) in src.match_indices(pat) {
                    let rest = &src[i + pat.len()..];
                    keys.insert(rest[..rest.find('"').unwrap()].to_string());
                }
            }
            // `.f(\n    "key",` after rustfmt wrapped the call.
            for (i, _) in src.match_indices(".f(\n") {
                let rest = src[i + 4..].trim_start();
                if let Some(r) = rest.strip_prefix('"') {
                    keys.insert(r[..r.find('"').unwrap()].to_string());
                }
            }
            // Quoted keys of the known families anywhere (tables of keys).
            for family in [
                "\"help-",
                "\"col-",
                "\"filter-",
                "\"net-",
                "\"stats-",
                "\"msg-",
                "\"err-",
                "\"backup-",
                "\"restore-",
                "\"export-",
                "\"encrypt-",
                "\"erase-",
            ] {
                for (i, _) in src.match_indices(family) {
                    let rest = &src[i + 1..];
                    let k = &rest[..rest.find('"').unwrap()];
                    if k.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                        && !k.ends_with('-')
                    {
                        keys.insert(k.to_string());
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_exists() {
    let english = messages(Lang::En.source());
    let used = keys_in_source();
    assert!(
        used.len() > 100,
        "found only {} keys in the code",
        used.len()
    );
    let missing: Vec<&String> = used.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used but not in en.ftl: {missing:?}"
    );
    // Keys built at run time from codes.
    let mut dynamic: Vec<String> = Vec::new();
    for s in store::review::ReviewStatus::ALL {
        dynamic.push(format!("status-{}", s.as_str()));
        dynamic.push(format!("status-short-{}", s.as_str()));
    }
    for c in model::IndicatorCode::ALL {
        dynamic.push(format!("ind-{}", c.as_str()));
    }
    for f in [
        model::AdField::Title,
        model::AdField::Text,
        model::AdField::Name,
        model::AdField::Age,
        model::AdField::Location,
        model::AdField::Phone,
        model::AdField::Price,
        model::AdField::Images,
    ] {
        dynamic.push(format!("field-{}", f.as_str()));
    }
    use clap::CommandFactory;
    for c in crate::cli::Cli::command().get_subcommands() {
        dynamic.push(format!("cli-cmd-{}", c.get_name()));
    }
    for k in ["link-phone", "link-text", "link-image"] {
        dynamic.push(k.into());
    }
    for o in store::teamwork::Outcome::ALL {
        dynamic.push(format!("outcome-{}", o.as_str()));
    }
    for c in store::teamwork::Channel::ALL {
        dynamic.push(format!("channel-{}", c.as_str()));
    }
    for r in store::teamwork::DncReason::ALL {
        dynamic.push(format!("dnc-{}", r.as_str()));
    }
    for k in ["event-assign", "event-remind", "event-contact"] {
        dynamic.push(k.into());
    }
    for k in ["watch-kind-network", "watch-kind-phone"] {
        dynamic.push(k.into());
    }
    let missing: Vec<&String> = dynamic
        .iter()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(
        missing.is_empty(),
        "keys built from codes but not in en.ftl: {missing:?}"
    );
}

#[test]
fn short_statuses_fit_the_table_column() {
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        for s in store::review::ReviewStatus::ALL {
            let short = crate::tui::ui::short_status(&tr, s);
            assert!(
                short.chars().count() <= 9,
                "{} short status `{short}` is wider than the 9-column cell",
                lang.code()
            );
        }
    }
}

#[test]
fn english_explanations_are_the_built_in_rules_words() {
    let rules = indicators::rules::Rules::builtin();
    let tr = Tr::new(Lang::En);
    for code in model::IndicatorCode::ALL {
        let rule = rules.rule(code).expect("a built-in rule per code");
        assert_eq!(
            tr.t(&format!("ind-{}", code.as_str())),
            rule.explanation,
            "en.ftl ind-{} differs from rules/default.toml",
            code.as_str()
        );
    }
    // The other languages translate, they do not copy.
    let da = Tr::new(Lang::Da);
    let stored = &rules
        .rule(model::IndicatorCode::ThirdPerson)
        .unwrap()
        .explanation;
    let shown = labels::explanation(&da, model::IndicatorCode::ThirdPerson, stored);
    assert!(shown.contains("skrevet om hende"), "{shown}");
    assert_eq!(
        labels::explanation(&tr, model::IndicatorCode::ThirdPerson, "custom words"),
        "custom words"
    );
}

#[test]
fn each_file_carries_a_native_speaker_review_note() {
    for (lang, marker) in [
        (Lang::Da, "AFVENTER GENNEMLÆSNING"),
        (Lang::Sv, "VÄNTAR PÅ GRANSKNING"),
        (Lang::Nb, "VENTER PÅ GJENNOMLESING"),
        (Lang::En, "Native-speaker review"),
    ] {
        let head: String = lang
            .source()
            .lines()
            .take(12)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(head.contains(marker), "{}.ftl header: {head}", lang.code());
        assert!(
            head.contains("review"),
            "{}.ftl names no reviewer",
            lang.code()
        );
    }
}

#[test]
fn plurals_follow_each_language() {
    let da = Tr::new(Lang::Da);
    assert_eq!(da.f("net-ads", &[("count", num(1))]), "1 annonce");
    assert_eq!(da.f("net-ads", &[("count", num(3))]), "3 annoncer");
    let sv = Tr::new(Lang::Sv);
    assert_eq!(sv.f("net-ads", &[("count", num(1))]), "1 annons");
    assert_eq!(sv.f("net-ads", &[("count", num(0))]), "0 annonser");
    let en = Tr::new(Lang::En);
    assert_eq!(en.f("net-ads", &[("count", num(1))]), "1 ad");
    assert_eq!(
        en.f("target-ad", &[("id", num(5))]),
        "ad #5",
        "no Unicode isolation marks around arguments"
    );
}

#[test]
fn the_language_comes_from_flag_then_env_then_locale_then_english() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    let all: &[(&str, &str)] = &[
        ("ADSCREEN_LANG", "sv"),
        ("LC_ALL", "nb_NO.UTF-8"),
        ("LANG", "da_DK.UTF-8"),
    ];
    assert_eq!(choose(Some("da"), env(all)), Ok(Lang::Da));
    assert_eq!(choose(None, env(all)), Ok(Lang::Sv));
    assert_eq!(choose(None, env(&all[1..])), Ok(Lang::Nb));
    assert_eq!(choose(None, env(&all[2..])), Ok(Lang::Da));
    assert_eq!(choose(None, env(&[("LANG", "de_DE.UTF-8")])), Ok(Lang::En));
    assert_eq!(
        choose(None, env(&[("LC_ALL", "C"), ("LANG", "da_DK")])),
        Ok(Lang::En)
    );
    assert_eq!(choose(None, env(&[])), Ok(Lang::En));
    assert!(choose(Some("fr"), env(&[])).is_err());
    assert_eq!(Lang::parse("no"), Some(Lang::Nb));
    assert_eq!(
        lang_arg(&["review".into(), "--lang=sv".into(), "list".into()]),
        Some("sv".into())
    );
    assert_eq!(
        lang_arg(&["review".into(), "list".into(), "--lang".into(), "nb".into()]),
        Some("nb".into())
    );
    assert_eq!(lang_arg(&["review".into(), "list".into()]), None);
}

#[test]
fn help_summaries_are_translated() {
    let mut cmd = crate::cli::localized_command(&Tr::new(Lang::Da));
    let help = cmd.render_help().to_string();
    assert!(help.contains("Vis annoncer efter prioritet"), "{help}");
    assert!(help.contains("Databasefil"), "{help}");
}
