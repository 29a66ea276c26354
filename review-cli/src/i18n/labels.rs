//! Words for the tool's fixed vocabularies: review statuses, what a case is
//! ("ad #5"), ad fields, link kinds and the indicator explanations. The
//! stable codes behind them (`needs_outreach`, `third_person`) stay as they
//! are in `--json` and exports; only what a person reads changes.

use crate::i18n::{num, text, Lang, Tr};
use model::{AdField, IndicatorCode};
use store::review::{ReviewEvent, ReviewStatus, Target};

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

/// What a history entry did, in words: `→ status`, `note`, `assigned to
/// X`, `follow up on DATE`, `contact: +45… sms no_reply`.
pub fn event_what(tr: &Tr, e: &ReviewEvent) -> String {
    let note = e.note.clone().unwrap_or_default();
    match (e.kind.as_str(), e.status) {
        (_, Some(s)) => format!("→ {}", status(tr, s)),
        ("assign", None) => tr.f("event-assign", &[("name", text(note))]),
        ("remind", None) => tr.f("event-remind", &[("date", text(note))]),
        ("contact", None) => tr.f(
            "event-contact",
            &[("what", text(contact_summary(tr, &note)))],
        ),
        _ => tr.t("event-note"),
    }
}

/// Whether the event's note is its own text (a note or a status note),
/// not a value the event itself carries (an assignee, a date, a contact).
pub fn event_has_free_note(e: &ReviewEvent) -> bool {
    !matches!(e.kind.as_str(), "assign" | "remind" | "contact")
}

/// `+4520123456 sms no_reply` (as stored) in words.
fn contact_summary(tr: &Tr, stored: &str) -> String {
    let mut parts = stored.split_whitespace();
    let (Some(number), Some(ch), Some(out)) = (parts.next(), parts.next(), parts.next()) else {
        return stored.to_string();
    };
    let ch = store::teamwork::Channel::parse(ch)
        .map(|c| crate::commands::contact::channel_word(tr, c))
        .unwrap_or_else(|| ch.to_string());
    let out = store::teamwork::Outcome::parse(out)
        .map(|o| crate::commands::contact::outcome_word(tr, o))
        .unwrap_or_else(|| out.to_string());
    format!("{number} {ch}, {out}")
}

/// An ad field in words (`field-text`).
pub fn field(tr: &Tr, f: AdField) -> String {
    tr.t(&format!("field-{}", f.as_str()))
}

/// A link kind in words: `phone`, `text`, `image` (a photo).
pub fn link_kind(tr: &Tr, kind: model::LinkKind) -> String {
    tr.t(&format!("link-{}", kind.as_str()))
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
