//! Teamwork: who has a case (assignments), when to look again (reminders),
//! and the contact log, kept per phone number because outreach texts a
//! number and one number can sit behind many ads. A do-not-contact list
//! (opted out, wrong number, landline, or asked by a partner) is enforced
//! here, and so is the minimum gap between two contacts to one number.
//!
//! Every change is also a review event on the case (`assign`, `remind`,
//! `contact`), so it shows in the case history, and an audit entry.
//! Defaults: [`DEFAULT_CONTACT_GAP_DAYS`] days between contacts.

use crate::review::Target;
use crate::{now, parse_time, to_text, Result, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// Migration 7: assignments, reminders, the contact log and do-not-contact.
pub(crate) const MIGRATION_TEAMWORK: &str = r#"
CREATE TABLE assignments (
    target_kind TEXT NOT NULL,
    target_id   INTEGER NOT NULL,
    assignee    TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
CREATE INDEX assignments_assignee ON assignments(assignee);

CREATE TABLE reminders (
    target_kind TEXT NOT NULL,
    target_id   INTEGER NOT NULL,
    due_on      TEXT NOT NULL,
    set_by      TEXT NOT NULL,
    set_at      TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
CREATE INDEX reminders_due ON reminders(due_on);

CREATE TABLE contacts (
    id       INTEGER PRIMARY KEY,
    e164     TEXT NOT NULL,
    ad_id    INTEGER,
    at       TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    channel  TEXT NOT NULL,
    outcome  TEXT NOT NULL,
    note     TEXT
);
CREATE INDEX contacts_e164 ON contacts(e164, at);
CREATE TRIGGER contacts_no_update BEFORE UPDATE ON contacts
BEGIN SELECT RAISE(ABORT, 'contacts is append-only'); END;

CREATE TABLE do_not_contact (
    e164     TEXT PRIMARY KEY,
    reason   TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
"#;

/// Days between two contacts to one number unless configured otherwise.
pub const DEFAULT_CONTACT_GAP_DAYS: i64 = 14;

/// How a contact was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A text message.
    Sms,
    /// A phone call.
    Call,
    /// A visit in person.
    Visit,
    /// Anything else (a chat app, a letter).
    Other,
}

/// What came of a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// No answer.
    NoReply,
    /// The person answered.
    Replied,
    /// The number is not the person's.
    WrongNumber,
    /// The number is a landline (no texts).
    Landline,
    /// The person asked not to be contacted again.
    OptedOut,
    /// Referred to a health clinic.
    ReferredClinic,
    /// Referred to the national centre (CMM).
    ReferredCmm,
    /// Referred to a shelter.
    ReferredShelter,
    /// Referred to the police.
    ReferredPolice,
}

/// Why a number is on the do-not-contact list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DncReason {
    /// The person asked not to be contacted.
    OptedOut,
    /// Not the person's number.
    WrongNumber,
    /// A landline.
    Landline,
    /// A partner organisation asked (the person is in their care).
    PartnerRequest,
}

macro_rules! codes {
    ($t:ty { $($v:ident => $s:literal),+ $(,)? }) => {
        impl $t {
            /// Every value, in documentation order.
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];
            /// The stable code.
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),+ }
            }
            /// Parses a stable code (also accepts `-` for `_`).
            pub fn parse(s: &str) -> Option<$t> {
                let s = s.trim().to_ascii_lowercase().replace('-', "_");
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }
    };
}

codes!(Channel { Sms => "sms", Call => "call", Visit => "visit", Other => "other" });
codes!(Outcome {
    NoReply => "no_reply", Replied => "replied", WrongNumber => "wrong_number",
    Landline => "landline", OptedOut => "opted_out", ReferredClinic => "referred_clinic",
    ReferredCmm => "referred_cmm", ReferredShelter => "referred_shelter",
    ReferredPolice => "referred_police",
});
codes!(DncReason {
    OptedOut => "opted_out", WrongNumber => "wrong_number", Landline => "landline",
    PartnerRequest => "partner_request",
});

impl Outcome {
    /// The do-not-contact reason this outcome implies, if any.
    pub fn blocks(self) -> Option<DncReason> {
        match self {
            Outcome::OptedOut => Some(DncReason::OptedOut),
            Outcome::WrongNumber => Some(DncReason::WrongNumber),
            Outcome::Landline => Some(DncReason::Landline),
            _ => None,
        }
    }

    /// Whether the contact became a conversation.
    pub fn is_conversation(self) -> bool {
        matches!(self, Outcome::Replied) || self.is_referral()
    }

    /// Whether the contact ended in a referral.
    pub fn is_referral(self) -> bool {
        matches!(
            self,
            Outcome::ReferredClinic
                | Outcome::ReferredCmm
                | Outcome::ReferredShelter
                | Outcome::ReferredPolice
        )
    }
}

/// Who has a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    /// Ad or network.
    pub target: Target,
    /// The reviewer who has it.
    pub assignee: String,
    /// Who assigned it.
    pub assigned_by: String,
    /// When.
    pub assigned_at: DateTime<Utc>,
}

/// A follow-up date on a case (the JSON of `review due --json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// Ad or network.
    pub target: Target,
    /// The day to look again.
    pub due_on: NaiveDate,
    /// Who set it.
    pub set_by: String,
    /// Who has the case, if anyone.
    pub assignee: Option<String>,
}

/// One contact attempt to a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Increasing id.
    pub id: i64,
    /// The number contacted (E.164).
    pub e164: String,
    /// The ad it was made from, if any.
    pub ad_id: Option<i64>,
    /// When.
    pub at: DateTime<Utc>,
    /// Who.
    pub reviewer: String,
    /// How.
    pub channel: Channel,
    /// What came of it.
    pub outcome: Outcome,
    /// A note, as written.
    pub note: Option<String>,
}

/// Contacts, conversations and referrals in one month: the figures funders
/// ask for (`review stats`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutreachMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// Contact attempts.
    pub contacts: i64,
    /// Attempts that became a conversation (replied or referred).
    pub conversations: i64,
    /// Attempts that ended in a referral.
    pub referrals: i64,
}

/// A number not to contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DoNotContact {
    /// E.164 number.
    pub e164: String,
    /// Why.
    pub reason: DncReason,
    /// Who put it there.
    pub added_by: String,
    /// When.
    pub added_at: DateTime<Utc>,
}

/// A contact to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewContact<'a> {
    /// The number.
    pub e164: &'a str,
    /// The ad it is made from.
    pub ad_id: Option<i64>,
    /// How.
    pub channel: Channel,
    /// What came of it.
    pub outcome: Outcome,
    /// A note.
    pub note: Option<&'a str>,
}

/// Why a contact was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactCheck {
    /// The number may be contacted.
    Clear,
    /// The number is on the do-not-contact list.
    DoNotContact(DoNotContact),
    /// The number was contacted within the gap (the last contact).
    TooSoon(Contact),
}

pub(crate) fn target_parts(t: Target) -> (&'static str, i64) {
    match t {
        Target::Ad(id) => ("ad", id),
        Target::Network(id) => ("network", id),
    }
}

pub(crate) fn target_from(kind: &str, id: i64) -> Target {
    if kind == "network" {
        Target::Network(id)
    } else {
        Target::Ad(id)
    }
}

fn event(
    tx: &rusqlite::Transaction<'_>,
    target: Target,
    reviewer: &str,
    kind: &str,
    note: &str,
) -> rusqlite::Result<i64> {
    let (k, id) = target_parts(target);
    tx.execute(
        "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![k, id, to_text(&now()), reviewer, kind, note],
    )?;
    Ok(tx.last_insert_rowid())
}

pub(crate) fn name(s: &str, what: crate::Required) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(StoreError::Empty(what));
    }
    Ok(t.to_string())
}

impl Store {
    /// Assigns a case to `assignee` (replacing any earlier assignee).
    /// Returns the event id.
    pub fn assign(&mut self, target: Target, assignee: &str, by: &str) -> Result<i64> {
        self.check_target(target)?;
        let (kind, id) = target_parts(target);
        let assignee = name(assignee, crate::Required::Assignee)?;
        let by = name(by, crate::Required::Reviewer)?;
        let at = to_text(&now());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO assignments (target_kind, target_id, assignee, assigned_by, assigned_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(target_kind, target_id) DO UPDATE SET assignee = excluded.assignee, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at",
                params![kind, id, assignee, by, at],
            )?;
            let ev = event(tx, target, &by, "assign", &assignee)?;
            crate::audit::append(tx, &by, "review.assign", &serde_json::json!({
                "target": kind, "id": id, "assignee": assignee, "event": ev,
            }))?;
            Ok(ev)
        })
    }

    /// Who has a case, if anyone.
    pub fn assignee_of(&self, target: Target) -> Result<Option<String>> {
        let (kind, id) = target_parts(target);
        self.conn
            .query_row(
                "SELECT assignee FROM assignments WHERE target_kind = ?1 AND target_id = ?2",
                params![kind, id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Ids of the ads (or with `networks`, the networks) assigned to `assignee`.
    pub fn assigned_ids(&self, assignee: &str, networks: bool) -> Result<Vec<i64>> {
        let kind = if networks { "network" } else { "ad" };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT target_id FROM assignments WHERE assignee = ?1 AND target_kind = ?2 ORDER BY target_id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![assignee.trim(), kind], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// Sets the follow-up date of a case. Returns the event id.
    pub fn remind(&mut self, target: Target, due_on: NaiveDate, by: &str) -> Result<i64> {
        self.check_target(target)?;
        let (kind, id) = target_parts(target);
        let by = name(by, crate::Required::Reviewer)?;
        let day = due_on.format("%Y-%m-%d").to_string();
        let at = to_text(&now());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO reminders (target_kind, target_id, due_on, set_by, set_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(target_kind, target_id) DO UPDATE SET due_on = excluded.due_on, set_by = excluded.set_by, set_at = excluded.set_at",
                params![kind, id, day, by, at],
            )?;
            let ev = event(tx, target, &by, "remind", &day)?;
            crate::audit::append(tx, &by, "review.remind", &serde_json::json!({
                "target": kind, "id": id, "due_on": day, "event": ev,
            }))?;
            Ok(ev)
        })
    }

    /// Follow-ups due on or before `day`, earliest first; with `assignee`,
    /// only the cases that reviewer has.
    pub fn due(&self, day: NaiveDate, assignee: Option<&str>) -> Result<Vec<Reminder>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT r.target_kind, r.target_id, r.due_on, r.set_by, a.assignee
                 FROM reminders r
                 LEFT JOIN assignments a ON a.target_kind = r.target_kind AND a.target_id = r.target_id
                 WHERE r.due_on <= ?1 AND (?2 IS NULL OR a.assignee = ?2)
                 ORDER BY r.due_on, r.target_kind, r.target_id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![day.format("%Y-%m-%d").to_string(), assignee], |r| {
                let kind: String = r.get(0)?;
                let due: String = r.get(2)?;
                Ok(Reminder {
                    target: target_from(&kind, r.get(1)?),
                    due_on: NaiveDate::parse_from_str(&due, "%Y-%m-%d").unwrap_or_default(),
                    set_by: r.get(3)?,
                    assignee: r.get(4)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// Whether `e164` may be contacted at `at`, given a minimum gap of
    /// `gap_days` since the last contact.
    pub fn contact_check(
        &self,
        e164: &str,
        at: DateTime<Utc>,
        gap_days: i64,
    ) -> Result<ContactCheck> {
        if let Some(d) = self.do_not_contact_entry(e164)? {
            return Ok(ContactCheck::DoNotContact(d));
        }
        if let Some(last) = self.contacts_of(e164)?.pop() {
            if at - last.at < chrono::Duration::days(gap_days) {
                return Ok(ContactCheck::TooSoon(last));
            }
        }
        Ok(ContactCheck::Clear)
    }

    /// Records a contact attempt (as `reviewer`), as a review event on its
    /// ad; an outcome that closes the number (opted out, wrong number,
    /// landline) puts it on the do-not-contact list. Checks are the
    /// caller's ([`Store::contact_check`]); a number on the list is refused
    /// here all the same. Returns the contact id.
    pub fn record_contact(&mut self, c: &NewContact<'_>, reviewer: &str) -> Result<i64> {
        if let Some(d) = self.do_not_contact_entry(c.e164)? {
            return Err(StoreError::Invalid(format!(
                "{} is on the do-not-contact list ({})",
                d.e164,
                d.reason.as_str()
            )));
        }
        if let Some(ad) = c.ad_id {
            self.check_target(Target::Ad(ad))?;
        }
        let reviewer = name(reviewer, crate::Required::Reviewer)?;
        let at = to_text(&now());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO contacts (e164, ad_id, at, reviewer, channel, outcome, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![c.e164, c.ad_id, at, reviewer, c.channel.as_str(), c.outcome.as_str(), c.note],
            )?;
            let id = tx.last_insert_rowid();
            if let Some(ad) = c.ad_id {
                let summary = format!("{} {} {}", c.e164, c.channel.as_str(), c.outcome.as_str());
                event(tx, Target::Ad(ad), &reviewer, "contact", &summary)?;
            }
            if let Some(reason) = c.outcome.blocks() {
                tx.execute(
                    "INSERT OR IGNORE INTO do_not_contact (e164, reason, added_by, added_at) VALUES (?1, ?2, ?3, ?4)",
                    params![c.e164, reason.as_str(), reviewer, at],
                )?;
            }
            crate::audit::append(tx, &reviewer, "contact", &serde_json::json!({
                "contact": id, "ad": c.ad_id, "channel": c.channel.as_str(), "outcome": c.outcome.as_str(),
            }))?;
            Ok(id)
        })
    }

    /// Every contact to a number, oldest first.
    pub fn contacts_of(&self, e164: &str) -> Result<Vec<Contact>> {
        self.contacts_where("e164 = ?1", e164)
    }

    /// Every contact, oldest first (for the monthly figures).
    pub fn all_contacts(&self) -> Result<Vec<Contact>> {
        self.contacts_where("?1 IS NOT NULL", "")
    }

    fn contacts_where(&self, cond: &str, arg: &str) -> Result<Vec<Contact>> {
        let sql = format!(
            "SELECT id, e164, ad_id, at, reviewer, channel, outcome, note FROM contacts WHERE {cond} ORDER BY at, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([arg], |r| {
                let at: String = r.get(3)?;
                let ch: String = r.get(5)?;
                let out: String = r.get(6)?;
                Ok(Contact {
                    id: r.get(0)?,
                    e164: r.get(1)?,
                    ad_id: r.get(2)?,
                    at: parse_time(&at).unwrap_or_default(),
                    reviewer: r.get(4)?,
                    channel: Channel::parse(&ch).unwrap_or(Channel::Other),
                    outcome: Outcome::parse(&out).unwrap_or(Outcome::NoReply),
                    note: r.get(7)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// Contacts → conversations → referrals per month, oldest month first.
    pub fn outreach_per_month(&self) -> Result<Vec<OutreachMonth>> {
        Ok(months_of(
            self.all_contacts()?.into_iter().map(|c| (c.at, c.outcome)),
        ))
    }

    /// Puts a number on (`on`) or takes it off the do-not-contact list.
    pub fn set_do_not_contact(
        &mut self,
        e164: &str,
        reason: DncReason,
        by: &str,
        on: bool,
    ) -> Result<()> {
        let by = name(by, crate::Required::Reviewer)?;
        let at = to_text(&now());
        self.write(|tx| {
            if on {
                tx.execute(
                    "INSERT INTO do_not_contact (e164, reason, added_by, added_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT(e164) DO UPDATE SET reason = excluded.reason, added_by = excluded.added_by, added_at = excluded.added_at",
                    params![e164, reason.as_str(), by, at],
                )?;
            } else {
                tx.execute("DELETE FROM do_not_contact WHERE e164 = ?1", [e164])?;
            }
            crate::audit::append(tx, &by, if on { "dnc.add" } else { "dnc.remove" },
                &serde_json::json!({"reason": reason.as_str()}))?;
            Ok(())
        })
    }

    /// The do-not-contact entry of a number, if any.
    pub fn do_not_contact_entry(&self, e164: &str) -> Result<Option<DoNotContact>> {
        Ok(self.dnc_where("e164 = ?1", e164)?.pop())
    }

    /// The whole do-not-contact list, by number.
    pub fn do_not_contact_list(&self) -> Result<Vec<DoNotContact>> {
        self.dnc_where("?1 IS NOT NULL", "")
    }

    fn dnc_where(&self, cond: &str, arg: &str) -> Result<Vec<DoNotContact>> {
        let sql = format!(
            "SELECT e164, reason, added_by, added_at FROM do_not_contact WHERE {cond} ORDER BY e164"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([arg], |r| {
                let reason: String = r.get(1)?;
                let at: String = r.get(3)?;
                Ok(DoNotContact {
                    e164: r.get(0)?,
                    reason: DncReason::parse(&reason).unwrap_or(DncReason::OptedOut),
                    added_by: r.get(2)?,
                    added_at: parse_time(&at).unwrap_or_default(),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

/// Contact attempts `(when, outcome)`, oldest first, counted per month.
pub(crate) fn months_of(
    contacts: impl Iterator<Item = (chrono::DateTime<chrono::Utc>, Outcome)>,
) -> Vec<OutreachMonth> {
    let mut months: Vec<OutreachMonth> = Vec::new();
    for (at, outcome) in contacts {
        let month = at.format("%Y-%m").to_string();
        if months.last().is_none_or(|m| m.month != month) {
            months.push(OutreachMonth {
                month,
                contacts: 0,
                conversations: 0,
                referrals: 0,
            });
        }
        let m = months.last_mut().expect("pushed above");
        m.contacts += 1;
        m.conversations += i64::from(outcome.is_conversation());
        m.referrals += i64::from(outcome.is_referral());
    }
    months
}

impl crate::roles::TeamworkStore for Store {
    fn assign(&mut self, target: Target, assignee: &str, by: &str) -> Result<i64> {
        Store::assign(self, target, assignee, by)
    }
    fn assignee_of(&self, target: Target) -> Result<Option<String>> {
        Store::assignee_of(self, target)
    }
    fn assigned_ids(&self, assignee: &str, networks: bool) -> Result<Vec<i64>> {
        Store::assigned_ids(self, assignee, networks)
    }
    fn remind(&mut self, target: Target, due_on: NaiveDate, by: &str) -> Result<i64> {
        Store::remind(self, target, due_on, by)
    }
    fn due(&self, day: NaiveDate, assignee: Option<&str>) -> Result<Vec<Reminder>> {
        Store::due(self, day, assignee)
    }
    fn contact_check(&self, e164: &str, at: DateTime<Utc>, gap_days: i64) -> Result<ContactCheck> {
        Store::contact_check(self, e164, at, gap_days)
    }
    fn record_contact(&mut self, c: &NewContact<'_>, reviewer: &str) -> Result<i64> {
        Store::record_contact(self, c, reviewer)
    }
    fn contacts_of(&self, e164: &str) -> Result<Vec<Contact>> {
        Store::contacts_of(self, e164)
    }
    fn set_do_not_contact(
        &mut self,
        e164: &str,
        reason: DncReason,
        by: &str,
        on: bool,
    ) -> Result<()> {
        Store::set_do_not_contact(self, e164, reason, by, on)
    }
    fn do_not_contact_entry(&self, e164: &str) -> Result<Option<DoNotContact>> {
        Store::do_not_contact_entry(self, e164)
    }
    fn do_not_contact_list(&self) -> Result<Vec<DoNotContact>> {
        Store::do_not_contact_list(self)
    }
}
