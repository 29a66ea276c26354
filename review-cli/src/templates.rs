//! Outreach message templates: the organisation's own first messages, one
//! file per message and language in a folder (`--templates DIR` or
//! `$ADSCREEN_TEMPLATES`), named `LABEL.LANG.txt` ("hello.da.txt",
//! "hello.en.txt"). In the full-screen tool `t` fills the one for the ad's
//! language with the ad's name, copies it, shows the number, and records a
//! contact attempt. Nothing is sent from the tool. See docs/templates.md.

use crate::i18n::{num, text, Tr};
use anyhow::{bail, Context as _, Result};
use std::path::{Path, PathBuf};

/// Longest template accepted, in characters (several SMS at most).
pub const MAX_CHARS: usize = 1_000;

/// One message in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The label (the file name before the language).
    pub label: String,
    /// ISO 639-1 code of its language.
    pub lang: String,
    /// The text, with `{name}` where the ad's name goes.
    pub body: String,
    /// The file it came from.
    pub path: PathBuf,
}

/// Reads every `LABEL.LANG.txt` in `dir`, sorted by label and language.
/// A file named otherwise, an empty or over-long one, or one that is not
/// UTF-8 is an error naming the file: a message is not sent half-read.
pub fn load(dir: &Path) -> Result<Vec<Template>> {
    load_in(&Tr::default(), dir)
}

/// [`load`] with the messages in `tr`'s language.
pub fn load_in(tr: &Tr, dir: &Path) -> Result<Vec<Template>> {
    let folder = || {
        tr.f(
            "msg-template-folder",
            &[("folder", text(dir.display().to_string()))],
        )
    };
    let entries = std::fs::read_dir(dir).with_context(folder)?;
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.with_context(folder)?.path();
        let file = || text(path.display().to_string());
        if !path.is_file() || path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some((label, lang)) = stem.rsplit_once('.') else {
            bail!("{}", tr.f("msg-template-name", &[("file", file())]));
        };
        let lang = lang.to_ascii_lowercase();
        if label.is_empty() || !(2..=3).contains(&lang.len()) {
            bail!("{}", tr.f("msg-template-lang", &[("file", file())]));
        }
        let body = std::fs::read_to_string(&path)
            .with_context(|| tr.f("msg-template-utf8", &[("file", file())]))?;
        let body = body.trim().to_string();
        if body.is_empty() {
            bail!("{}", tr.f("msg-template-empty", &[("file", file())]));
        }
        if body.chars().count() > MAX_CHARS {
            bail!(
                "{}",
                tr.f(
                    "msg-template-long",
                    &[("file", file()), ("max", num(MAX_CHARS as i64))]
                )
            );
        }
        out.push(Template {
            label: label.to_string(),
            lang,
            body,
            path,
        });
    }
    out.sort_by(|a, b| (&a.label, &a.lang).cmp(&(&b.label, &b.lang)));
    Ok(out)
}

/// The template for an ad in `lang`: one in that language (Norwegian `no`
/// and `nn` count as `nb`), else in English, else none. With several, the
/// first label wins.
pub fn pick<'a>(templates: &'a [Template], lang: Option<&str>) -> Option<&'a Template> {
    let norm = |l: &str| match l {
        "no" | "nn" => "nb".to_string(),
        l => l.to_string(),
    };
    let want = lang.map(|l| norm(&l.to_ascii_lowercase()));
    want.and_then(|w| templates.iter().find(|t| norm(&t.lang) == w))
        .or_else(|| templates.iter().find(|t| t.lang == "en"))
}

/// The message with the ad's name in place of `{name}` (the name left out,
/// and the space before it, when the ad gives none).
pub fn fill(body: &str, name: Option<&str>) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => body.replace("{name}", n),
        None => body
            .replace(" {name}", "")
            .replace("{name} ", "")
            .replace("{name}", ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
    }

    #[test]
    fn loads_picks_by_language_and_fills_the_name() {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "hello.da.txt",
            "Hej {name}, vi er fra en gratis sundhedstjeneste.\n",
        );
        write(
            d.path(),
            "hello.en.txt",
            "Hi {name}, we run a free health service.",
        );
        write(d.path(), "notes.md", "not a template");
        let ts = load(d.path()).unwrap();
        assert_eq!(ts.len(), 2);
        assert_eq!(pick(&ts, Some("da")).unwrap().lang, "da");
        // No Swedish one: English.
        assert_eq!(pick(&ts, Some("sv")).unwrap().lang, "en");
        assert_eq!(pick(&ts, None).unwrap().lang, "en");
        let t = pick(&ts, Some("da")).unwrap();
        assert_eq!(
            fill(&t.body, Some("Mia")),
            "Hej Mia, vi er fra en gratis sundhedstjeneste."
        );
        assert_eq!(
            fill(&t.body, None),
            "Hej, vi er fra en gratis sundhedstjeneste."
        );
        assert_eq!(fill("{name}, hej", Some("  ")), ", hej");
    }

    #[test]
    fn norwegian_codes_meet_and_nothing_is_picked_without_a_match() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "hei.nb.txt", "Hei {name}!");
        let ts = load(d.path()).unwrap();
        assert_eq!(pick(&ts, Some("no")).unwrap().lang, "nb");
        assert!(pick(&ts, Some("pl")).is_none());
    }

    #[test]
    fn bad_files_are_named() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "hello.txt", "Hi");
        let e = load(d.path()).unwrap_err().to_string();
        assert!(
            e.contains("hello.txt") && e.contains("LABEL.LANG.txt"),
            "{e}"
        );
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "hello.da.txt", "   \n");
        let e = load(d.path()).unwrap_err().to_string();
        assert!(e.contains("empty"), "{e}");
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "long.en.txt", &"x".repeat(MAX_CHARS + 1));
        assert!(load(d.path())
            .unwrap_err()
            .to_string()
            .contains("characters"));
        let e = load(Path::new("/nonexistent/templates")).unwrap_err();
        assert!(format!("{e:#}").contains("/nonexistent/templates"), "{e:#}");
    }
}
