//! [`ErasureStore`] on PostgreSQL: the same plan, erasure and access
//! report as SQLite's ([`crate::erasure`]), over every organisation's rows.
//!
//! Only the store's owner (a member of the owning role, or a superuser)
//! may run them: row-level security hides other organisations' notes,
//! contacts, watches and audit entries from every other role, and the
//! redaction of the rows that stay must lift the append-only guards
//! (`ALTER TABLE … DISABLE TRIGGER`, inside the erasure's transaction, so
//! the lock it takes keeps every other writer of those tables out until the
//! guards are back). After the commit, VACUUM removes the erased rows'
//! dead versions from the tables and their indexes (the text search index
//! too); copies in the write-ahead log, its archive and backups stay until
//! those are rotated (`docs/deploy-postgres.md`).

use super::{PgStore, PgTx};
use crate::ads::AdId;
use crate::erasure::{
    audit_details, tidy_forms, ErasureDone, ErasurePlan, FindSubject, Subject, SubjectAd,
    SubjectReport, ERASED, NOTE_TEXTS,
};
use crate::review::Target;
use crate::roles::{AdStore, AnalysisStore, ErasureStore, LinkStore, ReviewStore, TeamworkStore};
use crate::{Result, StoreError};
use postgres::types::ToSql;
use std::collections::BTreeSet;

/// The append-only triggers lifted inside an erasure's transaction:
/// (table, trigger).
const GUARDS: &[(&str, &str)] = &[
    ("review_events", "review_events_no_update"),
    ("review_events", "review_events_no_delete"),
    ("audit", "audit_no_update"),
    ("contacts", "contacts_no_update"),
];

/// The tables an erasure deletes from or rewrites rows of (directly or by
/// cascade), vacuumed after it.
const TOUCHED: &str = "ads, ad_versions, phones, images, analysis, ad_indicators, link_state, \
    links, clusters, networks, network_members, link_prints, review_queue, frontier, reviews, \
    review_events, watch, assignments, reminders, contacts, do_not_contact, blocked_phones, audit";

/// Cases of the erased ads (`$1`) or network (`$2`).
const CASE: &str =
    "(target_kind = 'ad' AND target_id = ANY($1)) OR (target_kind = 'network' AND target_id = $2)";

/// Watches on the erased numbers (`$1`) or network (`$2`, as text).
const WATCHES: &str =
    "(target_kind = 'phone' AND target = ANY($1)) OR (target_kind = 'network' AND target = $2)";

/// (table, column, query for the ids of its rows that stay and mention
/// `$1`; the erased ads are `$2`, except for `audit`).
const REDACTIONS: [(&str, &str, &str); 3] = [
    (
        "review_events",
        "note",
        "SELECT id FROM review_events WHERE strpos(COALESCE(note, ''), $1) > 0
         AND NOT (target_kind = 'ad' AND target_id = ANY($2))",
    ),
    (
        "contacts",
        "note",
        "SELECT id FROM contacts WHERE strpos(COALESCE(note, ''), $1) > 0
         AND COALESCE(ad_id, -1) <> ALL($2)",
    ),
    (
        "audit",
        "details",
        "SELECT id FROM audit WHERE strpos(details, $1) > 0",
    ),
];

impl PgStore {
    /// Refuses unless [`ErasureStore::may_erase`].
    fn owner_only(&self, what: &str) -> Result<()> {
        if self.may_erase()? {
            return Ok(());
        }
        Err(StoreError::Invalid(format!(
            "database {}: {what} on PostgreSQL must run as the store's owner, which reaches every \
             organisation's rows (row-level security hides them from other roles)",
            self.url()
        )))
    }

    fn count(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        Ok(self.query_one(sql, params)?.get::<_, i64>(0) as u64)
    }

    /// Rows that stay but mention one of the plan's forms.
    fn redaction_count(&self, plan: &ErasurePlan) -> Result<u64> {
        let mut rows: BTreeSet<(&str, i64)> = BTreeSet::new();
        for f in &plan.forms {
            for (table, _, sql) in REDACTIONS {
                let found = if table == "audit" {
                    self.query(sql, &[f])?
                } else {
                    self.query(sql, &[f, &plan.ads])?
                };
                rows.extend(found.iter().map(|r| (table, r.get::<_, i64>(0))));
            }
        }
        Ok(rows.len() as u64)
    }
}

impl FindSubject for PgStore {
    fn written_forms(
        &self,
        e164: &str,
        normalize: crate::erasure::NormalizePhone,
    ) -> Result<Vec<String>> {
        let mut forms: BTreeSet<String> = BTreeSet::from([e164.to_string()]);
        for r in self.query("SELECT DISTINCT raw FROM phones WHERE e164 = $1", &[&e164])? {
            forms.insert(r.get(0));
        }
        let fields = self.query(
            "SELECT DISTINCT j #>> '{}', ads.default_region FROM ads,
                 jsonb_array_elements(CASE WHEN jsonb_typeof(ads.phones_json::jsonb) = 'array'
                                      THEN ads.phones_json::jsonb ELSE '[]'::jsonb END) j
             WHERE jsonb_typeof(j) = 'string'",
            &[],
        )?;
        for r in fields {
            let (raw, region): (String, String) = (r.get(0), r.get(1));
            if normalize(&raw, &region).as_deref() == Some(e164) {
                forms.insert(raw);
            }
        }
        Ok(tidy_forms(forms))
    }

    fn ads_mentioning(&self, e164: &str, forms: &[String]) -> Result<Vec<AdId>> {
        let mut ids = BTreeSet::new();
        let mut collect = |sql: &str, arg: &str| -> Result<()> {
            ids.extend(self.query(sql, &[&arg])?.iter().map(|r| r.get::<_, i64>(0)));
            Ok(())
        };
        collect("SELECT ad_id FROM phones WHERE e164 = $1", e164)?;
        for f in forms {
            collect(
                "SELECT id FROM ads WHERE strpos(text, $1) > 0 OR strpos(COALESCE(title, ''), $1) > 0
                 OR strpos(phones_json, $1) > 0 OR strpos(COALESCE(extra_json, ''), $1) > 0",
                f,
            )?;
            collect(
                "SELECT ad_id FROM ad_versions WHERE strpos(content_json, $1) > 0",
                f,
            )?;
        }
        Ok(ids.into_iter().collect())
    }

    fn note_texts(&self) -> Result<Vec<String>> {
        Ok(self
            .query(NOTE_TEXTS, &[])?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }
}

impl ErasureStore for PgStore {
    fn may_erase(&self) -> Result<bool> {
        Ok(self
            .query_one(
                "SELECT bool_and(pg_has_role(current_user, c.relowner, 'USAGE'))
                        OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
                 FROM pg_class c
                 WHERE c.oid IN ('reviews'::regclass, 'review_events'::regclass,
                                 'contacts'::regclass, 'audit'::regclass)",
                &[],
            )?
            .get(0))
    }

    fn erasure_plan(
        &self,
        subject: &Subject,
        normalize: crate::erasure::NormalizePhone,
    ) -> Result<ErasurePlan> {
        self.owner_only("an erasure")?;
        let (ads, numbers, forms) = self.subject_rows(subject, normalize)?;
        let network = match subject {
            Subject::Network(id) => Some(*id),
            _ => None,
        };
        let net = network.unwrap_or(-1);
        let net_text = network.map(|i| i.to_string()).unwrap_or_default();
        let case = |table: &str| format!("SELECT COUNT(*) FROM {table} WHERE {CASE}");
        let mut networks: BTreeSet<i64> = network.into_iter().collect();
        networks.extend(
            self.query(
                "SELECT DISTINCT network_id FROM network_members WHERE ad_id = ANY($1)",
                &[&ads],
            )?
            .iter()
            .map(|r| r.get::<_, i64>(0)),
        );
        let mut plan = ErasurePlan {
            subject: subject.clone(),
            versions: self.count(
                "SELECT COUNT(*) FROM ad_versions WHERE ad_id = ANY($1)",
                &[&ads],
            )?,
            analyses: self.count(
                "SELECT COUNT(*) FROM analysis WHERE ad_id = ANY($1)",
                &[&ads],
            )?,
            phones: self.count("SELECT COUNT(*) FROM phones WHERE ad_id = ANY($1)", &[&ads])?,
            links: self.count(
                "SELECT COUNT(*) FROM links WHERE a = ANY($1) OR b = ANY($1)",
                &[&ads],
            )?,
            notes: self.count(&case("review_events"), &[&ads, &net])?,
            statuses: self.count(&case("reviews"), &[&ads, &net])?,
            teamwork: self.count(&case("assignments"), &[&ads, &net])?
                + self.count(&case("reminders"), &[&ads, &net])?,
            contacts: self.count(
                "SELECT COUNT(*) FROM contacts WHERE ad_id = ANY($1) OR e164 = ANY($2)",
                &[&ads, &numbers],
            )?,
            do_not_contact: self.count(
                "SELECT COUNT(*) FROM do_not_contact WHERE e164 = ANY($1)",
                &[&numbers],
            )?,
            watches: self.count(
                &format!("SELECT COUNT(*) FROM watch WHERE {WATCHES}"),
                &[&numbers, &net_text],
            )?,
            blocked: self.count(
                "SELECT COUNT(*) FROM blocked_phones WHERE e164 = ANY($1)",
                &[&numbers],
            )?,
            networks: networks.into_iter().collect(),
            redactions: 0,
            ads,
            forms,
            numbers,
        };
        plan.redactions = self.redaction_count(&plan)?;
        Ok(plan)
    }

    fn erase(&mut self, plan: &ErasurePlan, actor: &str) -> Result<ErasureDone> {
        self.owner_only("an erasure")?;
        self.write(|tx| erase_in(tx, plan, actor))?;
        let vacuumed = match self
            .client
            .get_mut()
            .batch_execute(&format!("VACUUM {TOUCHED}"))
        {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!(db = %self.url, error = %e, "erasure: VACUUM did not run");
                false
            }
        };
        Ok(ErasureDone {
            plan: plan.clone(),
            wal_checkpointed: vacuumed,
        })
    }

    fn subject_report(
        &self,
        e164: &str,
        normalize: crate::erasure::NormalizePhone,
    ) -> Result<SubjectReport> {
        self.owner_only("an access report")?;
        let forms = self.written_forms(e164, normalize)?;
        let mut ads = Vec::new();
        for id in self.ads_mentioning(e164, &forms)? {
            let Some(ad) = self.ad(id)? else { continue };
            ads.push(SubjectAd {
                versions: self.ad_versions(id)?,
                analysis: self.analysis(id)?,
                phones: self.phones_of(id)?,
                links: self.links_of(id)?,
                network: self.network_of(id)?,
                events: self.events_of(Target::Ad(id))?,
                ad,
            });
        }
        let watches = self
            .query(
                "SELECT target_kind, target, reviewer, since, last_look FROM watch
                 WHERE target_kind = 'phone' AND target = $1 ORDER BY reviewer",
                &[&e164],
            )?
            .iter()
            .filter_map(super::review::watch_from)
            .collect();
        let mut mentions = BTreeSet::new();
        for f in &forms {
            for r in self.query(
                "SELECT id, at, actor, action FROM audit WHERE strpos(details, $1) > 0",
                &[f],
            )? {
                mentions.insert((r.get(0), r.get(1), r.get(2), r.get(3)));
            }
        }
        Ok(SubjectReport {
            e164: e164.to_string(),
            ads,
            contacts: self.contacts_of(e164)?,
            do_not_contact: self.do_not_contact_entry(e164)?,
            watches,
            blocked: self.blocked_phones()?.into_iter().find(|b| b.e164 == e164),
            audit_mentions: mentions.into_iter().collect(),
        })
    }
}

fn erase_in(
    tx: &mut PgTx<'_>,
    plan: &ErasurePlan,
    actor: &str,
) -> std::result::Result<(), postgres::Error> {
    for (table, trigger) in GUARDS {
        tx.batch_execute(&format!("ALTER TABLE {table} DISABLE TRIGGER {trigger}"))?;
    }
    let ads = &plan.ads;
    let numbers = &plan.numbers;
    let net = match plan.subject {
        Subject::Network(id) => id,
        _ => -1,
    };
    // Redact first: the rows that stay lose the number.
    for f in &plan.forms {
        for (table, column, select) in REDACTIONS {
            let sql = format!(
                "UPDATE {table} SET {column} = replace({column}, $1, '{ERASED}') WHERE id IN ({select})"
            );
            if table == "audit" {
                tx.execute(&sql, &[f])?;
            } else {
                tx.execute(&sql, &[f, ads])?;
            }
        }
    }
    for table in ["review_events", "reviews", "assignments", "reminders"] {
        tx.execute(&format!("DELETE FROM {table} WHERE {CASE}"), &[ads, &net])?;
    }
    tx.execute(
        "DELETE FROM contacts WHERE ad_id = ANY($1) OR e164 = ANY($2)",
        &[ads, numbers],
    )?;
    for table in ["do_not_contact", "blocked_phones"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE e164 = ANY($1)"),
            &[numbers],
        )?;
    }
    tx.execute(
        &format!("DELETE FROM watch WHERE {WATCHES}"),
        &[numbers, &net.to_string()],
    )?;
    tx.execute(
        "DELETE FROM frontier WHERE url IN (SELECT url FROM ads WHERE id = ANY($1))",
        &[ads],
    )?;
    tx.execute("DELETE FROM ads WHERE id = ANY($1)", &[ads])?;
    // The linker writes the affected networks again; until then their
    // summaries (numbers, names, cities) must not keep the erased data.
    tx.execute(
        "UPDATE networks SET summary_json = '{}' WHERE id = ANY($1)",
        &[&plan.networks],
    )?;
    tx.execute(
        "DELETE FROM networks WHERE id NOT IN (SELECT network_id FROM network_members)",
        &[],
    )?;
    for (table, trigger) in GUARDS {
        tx.batch_execute(&format!("ALTER TABLE {table} ENABLE TRIGGER {trigger}"))?;
    }
    super::links::audit(tx, actor, "erasure", &audit_details(plan))
}
