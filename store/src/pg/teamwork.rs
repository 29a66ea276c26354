//! [`TeamworkStore`](crate::TeamworkStore) on PostgreSQL: assignments,
//! reminders and the contact log of the reader's organisation (row-level
//! security, see [`super::orgs`]), the shared do-not-contact list, and the
//! gap between contacts checked against every organisation's last contact.

use super::{PgStore, PgTx};
use crate::review::Target;
use crate::teamwork::{
    name, target_from, target_parts, Channel, Contact, ContactCheck, DncReason, DoNotContact,
    NewContact, Outcome, Reminder,
};
use crate::{now, parse_time, to_text, Result, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use postgres::Row;

type PgResult<T> = std::result::Result<T, postgres::Error>;

/// Appends a review event on `target` and returns its id.
fn event(
    tx: &mut PgTx<'_>,
    target: Target,
    reviewer: &str,
    kind: &str,
    note: &str,
) -> PgResult<i64> {
    let (k, id) = target_parts(target);
    Ok(tx
        .query_one(
            "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, note)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            &[&k, &id, &to_text(&now()), &reviewer, &kind, &note],
        )?
        .get(0))
}

fn contact_from(r: &Row) -> Contact {
    Contact {
        id: r.get(0),
        e164: r.get(1),
        ad_id: r.get(2),
        at: parse_time(r.get(3)).unwrap_or_default(),
        reviewer: r.get(4),
        channel: Channel::parse(r.get(5)).unwrap_or(Channel::Other),
        outcome: Outcome::parse(r.get(6)).unwrap_or(Outcome::NoReply),
        note: r.get(7),
    }
}

fn dnc_from(r: &Row) -> DoNotContact {
    DoNotContact {
        e164: r.get(0),
        reason: DncReason::parse(r.get(1)).unwrap_or(DncReason::OptedOut),
        added_by: r.get(2),
        added_at: parse_time(r.get(3)).unwrap_or_default(),
    }
}

impl crate::roles::TeamworkStore for PgStore {
    fn assign(&mut self, target: Target, assignee: &str, by: &str) -> Result<i64> {
        self.check_target(target)?;
        let (kind, id) = target_parts(target);
        let assignee = name(assignee, crate::Required::Assignee)?;
        let by = name(by, crate::Required::Reviewer)?;
        let at = to_text(&now());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO assignments (target_kind, target_id, assignee, assigned_by, assigned_at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (org, target_kind, target_id) DO UPDATE
                 SET assignee = excluded.assignee, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at",
                &[&kind, &id, &assignee, &by, &at],
            )?;
            let ev = event(tx, target, &by, "assign", &assignee)?;
            super::links::audit(
                tx,
                &by,
                "review.assign",
                &serde_json::json!({"target": kind, "id": id, "assignee": assignee, "event": ev}),
            )?;
            Ok(ev)
        })
    }

    fn assignee_of(&self, target: Target) -> Result<Option<String>> {
        let (kind, id) = target_parts(target);
        Ok(self
            .query_opt(
                "SELECT assignee FROM assignments WHERE target_kind = $1 AND target_id = $2
                 ORDER BY (org = ''), assigned_at DESC LIMIT 1",
                &[&kind, &id],
            )?
            .map(|r| r.get(0)))
    }

    fn assigned_ids(&self, assignee: &str, networks: bool) -> Result<Vec<i64>> {
        let kind = if networks { "network" } else { "ad" };
        Ok(self
            .query(
                "SELECT DISTINCT target_id FROM assignments WHERE assignee = $1 AND target_kind = $2 ORDER BY target_id",
                &[&assignee.trim(), &kind],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn remind(&mut self, target: Target, due_on: NaiveDate, by: &str) -> Result<i64> {
        self.check_target(target)?;
        let (kind, id) = target_parts(target);
        let by = name(by, crate::Required::Reviewer)?;
        let day = due_on.format("%Y-%m-%d").to_string();
        let at = to_text(&now());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO reminders (target_kind, target_id, due_on, set_by, set_at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (org, target_kind, target_id) DO UPDATE
                 SET due_on = excluded.due_on, set_by = excluded.set_by, set_at = excluded.set_at",
                &[&kind, &id, &day, &by, &at],
            )?;
            let ev = event(tx, target, &by, "remind", &day)?;
            super::links::audit(
                tx,
                &by,
                "review.remind",
                &serde_json::json!({"target": kind, "id": id, "due_on": day, "event": ev}),
            )?;
            Ok(ev)
        })
    }

    fn due(&self, day: NaiveDate, assignee: Option<&str>) -> Result<Vec<Reminder>> {
        let day = day.format("%Y-%m-%d").to_string();
        Ok(self
            .query(
                "SELECT r.target_kind, r.target_id, r.due_on, r.set_by, a.assignee
                 FROM reminders r
                 LEFT JOIN assignments a ON a.target_kind = r.target_kind AND a.target_id = r.target_id AND a.org = r.org
                 WHERE r.due_on <= $1 AND ($2::TEXT IS NULL OR a.assignee = $2)
                 ORDER BY r.due_on, r.target_kind, r.target_id",
                &[&day, &assignee],
            )?
            .iter()
            .map(|r| Reminder {
                target: target_from(r.get(0), r.get(1)),
                due_on: NaiveDate::parse_from_str(r.get(2), "%Y-%m-%d").unwrap_or_default(),
                set_by: r.get(3),
                assignee: r.get(4),
            })
            .collect())
    }

    fn contact_check(&self, e164: &str, at: DateTime<Utc>, gap_days: i64) -> Result<ContactCheck> {
        if let Some(d) = self.do_not_contact_entry(e164)? {
            return Ok(ContactCheck::DoNotContact(d));
        }
        let gap = chrono::Duration::days(gap_days);
        if let Some(last) = self.contacts_of(e164)?.pop() {
            if at - last.at < gap {
                return Ok(ContactCheck::TooSoon(last));
            }
        }
        // Another organisation's contact counts too; only its time is shown.
        let any: Option<String> = self
            .query_one("SELECT adscreen_last_contact_at($1)", &[&e164])?
            .get(0);
        if let Some(t) = any.as_deref().and_then(parse_time) {
            if at - t < gap {
                return Ok(ContactCheck::TooSoon(Contact {
                    id: 0,
                    e164: e164.to_string(),
                    ad_id: None,
                    at: t,
                    reviewer: "(another organisation)".into(),
                    channel: Channel::Other,
                    outcome: Outcome::NoReply,
                    note: None,
                }));
            }
        }
        Ok(ContactCheck::Clear)
    }

    fn record_contact(&mut self, c: &NewContact<'_>, reviewer: &str) -> Result<i64> {
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
            let id: i64 = tx
                .query_one(
                    "INSERT INTO contacts (e164, ad_id, at, reviewer, channel, outcome, note)
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                    &[&c.e164, &c.ad_id, &at, &reviewer, &c.channel.as_str(), &c.outcome.as_str(), &c.note],
                )?
                .get(0);
            if let Some(ad) = c.ad_id {
                let summary = format!("{} {} {}", c.e164, c.channel.as_str(), c.outcome.as_str());
                event(tx, Target::Ad(ad), &reviewer, "contact", &summary)?;
            }
            if let Some(reason) = c.outcome.blocks() {
                tx.execute(
                    "INSERT INTO do_not_contact (e164, reason, added_by, added_at) VALUES ($1, $2, $3, $4)
                     ON CONFLICT DO NOTHING",
                    &[&c.e164, &reason.as_str(), &reviewer, &at],
                )?;
            }
            super::links::audit(
                tx,
                &reviewer,
                "contact",
                &serde_json::json!({
                    "contact": id, "ad": c.ad_id, "channel": c.channel.as_str(), "outcome": c.outcome.as_str(),
                }),
            )?;
            Ok(id)
        })
    }

    fn contacts_of(&self, e164: &str) -> Result<Vec<Contact>> {
        Ok(self
            .query(
                "SELECT id, e164, ad_id, at, reviewer, channel, outcome, note FROM contacts WHERE e164 = $1 ORDER BY at, id",
                &[&e164],
            )?
            .iter()
            .map(contact_from)
            .collect())
    }

    fn set_do_not_contact(
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
                    "INSERT INTO do_not_contact (e164, reason, added_by, added_at) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (e164) DO UPDATE SET reason = excluded.reason, added_by = excluded.added_by, added_at = excluded.added_at",
                    &[&e164, &reason.as_str(), &by, &at],
                )?;
            } else {
                tx.execute("DELETE FROM do_not_contact WHERE e164 = $1", &[&e164])?;
            }
            super::links::audit(
                tx,
                &by,
                if on { "dnc.add" } else { "dnc.remove" },
                &serde_json::json!({"reason": reason.as_str()}),
            )
        })
    }

    fn do_not_contact_entry(&self, e164: &str) -> Result<Option<DoNotContact>> {
        Ok(self
            .query_opt(
                "SELECT e164, reason, added_by, added_at FROM do_not_contact WHERE e164 = $1",
                &[&e164],
            )?
            .as_ref()
            .map(dnc_from))
    }

    fn do_not_contact_list(&self) -> Result<Vec<DoNotContact>> {
        Ok(self
            .query(
                "SELECT e164, reason, added_by, added_at FROM do_not_contact ORDER BY e164",
                &[],
            )?
            .iter()
            .map(dnc_from)
            .collect())
    }
}
