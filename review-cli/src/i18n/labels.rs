//! Words for the tool's fixed vocabularies: review statuses, what a case is
//! ("ad #5"), ad fields, link kinds and the indicator explanations. The
//! stable codes behind them (`needs_outreach`, `third_person`) stay as they
//! are in `--json` and exports; only what a person reads changes.

use crate::i18n::{num, Lang, Tr};
use indicators::{AdField, IndicatorCode};
use store::review::{ReviewStatus, Target};

/// A status in words (`status-needs_outreach`).
pub fn status(tr: &Tr, s: ReviewStatus) -> String {
    tr.t(&format!("status-{}", s.as_str()))
}

/// "ad #5" or "network #4".
pub fn target(tr: &Tr, t: Target) -> String {
    match t {
        Target::Ad(id) => tr.f("target-ad", &[("id", num(id))]),
        Target::Network(id) => tr.f("target-network", &[("id", num(id))]),
    }
}

/// An ad field in words (`field-text`).
pub fn field(tr: &Tr, f: AdField) -> String {
    tr.t(&format!("field-{}", f.as_str()))
}

/// A link kind in words: `phone`, `text`, `image` (a photo).
pub fn link_kind(tr: &Tr, kind: &str) -> String {
    let key = format!("link-{kind}");
    if tr.has(&key) {
        tr.t(&key)
    } else {
        kind.to_string()
    }
}

/// The explanation a reviewer reads for an indicator. In English it is the
/// stored one (the rules file's words, which an organisation may have
/// rewritten); in the other languages the translation of the default
/// explanation of that code.
pub fn explanation(tr: &Tr, code: IndicatorCode, stored: &str) -> String {
    match tr.lang() {
        Lang::En => stored.to_string(),
        _ => tr.t(&format!("ind-{}", code.as_str())),
    }
}
