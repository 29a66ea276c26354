//! The words of `review` in Danish, English, Swedish and Norwegian Bokmål,
//! with Project Fluent (`fluent-bundle`). One `.ftl` file per language sits in
//! `review-cli/locales/` and is compiled into the binary, so the tool needs no
//! files at run time. Plurals follow CLDR rules per language.
//!
//! The language is chosen by `--lang`, then `$ADSCREEN_LANG`, then the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order), then English
//! ([`choose`]). Only the tool's own words are translated: ad text, notes and
//! names stay as written, and machine output (`--json`, exports, indicator
//! codes, status codes) never changes with the language.
//!
//! A key missing in one language falls back to English, then to the key
//! itself; the tests fail long before that shows on a screen.

pub mod errors;
pub mod labels;

pub use errors::error_text;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::Arc;

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the fallback).
    En,
    /// Danish.
    Da,
    /// Swedish.
    Sv,
    /// Norwegian Bokmål.
    Nb,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Da, Lang::Sv, Lang::Nb];

    /// The BCP 47 code (`en`, `da`, `sv`, `nb`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Da => "da",
            Lang::Sv => "sv",
            Lang::Nb => "nb",
        }
    }

    /// Reads a language code or a locale name (`da`, `da_DK.UTF-8`, `sv-SE`,
    /// `no`, `nn_NO`); `None` for languages the tool does not speak.
    pub fn parse(s: &str) -> Option<Lang> {
        let base = s
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(Lang::En),
            "da" => Some(Lang::Da),
            "sv" => Some(Lang::Sv),
            // Nynorsk readers read Bokmål; there is no Nynorsk file.
            "nb" | "no" | "nn" => Some(Lang::Nb),
            _ => None,
        }
    }

    /// The Fluent source for this language.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../locales/en.ftl"),
            Lang::Da => include_str!("../../locales/da.ftl"),
            Lang::Sv => include_str!("../../locales/sv.ftl"),
            Lang::Nb => include_str!("../../locales/nb.ftl"),
        }
    }
}

/// The language for this run: `flag`, then `$ADSCREEN_LANG`, then the
/// locale variables, then English. `env` reads a variable (so tests need not
/// change the process environment). A `--lang` the tool does not speak is
/// an error; an unknown locale simply falls through.
pub fn choose(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Result<Lang, String> {
    if let Some(f) = flag {
        return Lang::parse(f).ok_or_else(|| {
            format!("--lang `{f}`: use one of en, da, sv, nb (English, Danish, Swedish, Norwegian)")
        });
    }
    for var in ["ADSCREEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = env(var).filter(|v| !v.trim().is_empty()) {
            // POSIX: the first set variable decides, even when it is "C".
            return Ok(Lang::parse(&v).unwrap_or(Lang::En));
        }
    }
    Ok(Lang::En)
}

/// `--lang X` or `--lang=X` from raw arguments, before clap parses them (the
/// help text itself is translated, so the language must be known first).
pub fn lang_arg(args: &[String]) -> Option<String> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().cloned();
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

struct Bundles {
    lang: Lang,
    main: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

/// A translator: looks up messages for one language (English as fallback).
/// Cheap to clone.
#[derive(Clone)]
pub struct Tr(Arc<Bundles>);

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Tr").field(&self.0.lang).finish()
    }
}

impl Default for Tr {
    fn default() -> Tr {
        Tr::new(Lang::En)
    }
}

/// Builds the bundle of one language. The `.ftl` files are compiled in and
/// checked by the tests, so a parse error here is a bug, not a user error.
pub fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let res = FluentResource::try_new(lang.source().to_string())
        .unwrap_or_else(|(_, errors)| panic!("locales/{}.ftl: {errors:?}", lang.code()));
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("valid language tag");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around arguments confuse terminals.
    b.set_use_isolating(false);
    b.add_resource(res)
        .unwrap_or_else(|errors| panic!("locales/{}.ftl: {errors:?}", lang.code()));
    b
}

impl Tr {
    /// A translator for `lang`.
    pub fn new(lang: Lang) -> Tr {
        Tr(Arc::new(Bundles {
            lang,
            main: bundle(lang),
            english: bundle(Lang::En),
        }))
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.0.lang
    }

    /// The message `key` with no arguments.
    pub fn t(&self, key: &str) -> String {
        self.f(key, &[])
    }

    /// The message `key` with named arguments (`$name` in the `.ftl` file).
    pub fn f(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        for b in [&self.0.main, &self.0.english] {
            if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let s = b.format_pattern(pattern, Some(&fa), &mut errors);
                return s.into_owned();
            }
        }
        key.to_string()
    }

    /// Whether this language has `key` (for tests and fallbacks).
    pub fn has(&self, key: &str) -> bool {
        self.0.main.has_message(key)
    }
}

/// A whole-number argument (counts, ids).
pub fn num(n: i64) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// A text argument.
pub fn text(s: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(s.into())
}

#[cfg(test)]
mod tests;
