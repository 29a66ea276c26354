//! Erasure and access on request (GDPR Art. 17 and 15): everything the store
//! holds about a phone number, an ad or a network, shown as a plan, then
//! deleted in one transaction.
//!
//! An erasure deletes the ads (with their versions, phones, images,
//! analysis, links, clusters, fingerprints and queue rows through the
//! schema's cascades), their frontier rows, the review statuses, notes,
//! assignments and reminders of the erased ads (and of the erased network),
//! and, for a number, its contacts, do-not-contact entry, watches and
//! block-list entry. Notes and audit entries elsewhere that mention the
//! number keep their place with the number replaced by `[erased]`. The
//! summaries of the affected networks are blanked (the linker writes them
//! again). The erasure runs with `secure_delete` on, so freed space is
//! zeroed, then VACUUM rewrites every page (free space inside pages still
//! held old cell contents from before) and a WAL checkpoint empties the
//! WAL, so no copy of the erased data stays in the file or the WAL. The audit entry it writes holds counts only.
//!
//! Both backends implement it through [`ErasureStore`]: this file is
//! SQLite's, `pg/erasure.rs` PostgreSQL's (the same plan and rows, run by
//! the store's owner only).

use crate::ads::{AdId, AdVersion, StoredAd};
use crate::analysis::{StoredAnalysis, StoredPhone};
use crate::links::{BlockedPhone, LinkRow};
use crate::review::{ReviewEvent, Target, Watch};
use crate::roles::{AdStore, AnalysisStore, ErasureStore, LinkStore, ReviewStore};
use crate::teamwork::{Contact, DoNotContact};
use crate::{Result, Store, StoreError};
use rusqlite::params_from_iter;
use serde::Serialize;
use std::collections::BTreeSet;

/// What replaces an erased number in notes and audit entries that stay.
pub const ERASED: &str = "[erased]";

/// The shortest written form of a number that is searched for in texts
/// (shorter strings would match unrelated digits).
const MIN_FORM_LEN: usize = 6;

/// How a phone number as written normalises to E.164, numbers without a
/// country code read in the region given (ISO 3166, e.g. `DK`); `None` when
/// it is no number. The caller passes the analysis's own normaliser
/// (`indicators::phone::normalize`), so the store finds the same forms the
/// analysis found without depending on the phone library itself.
pub type NormalizePhone = fn(&str, &str) -> Option<String>;

/// Whose data to erase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Subject {
    /// A phone number in E.164 form (`+4520123456`).
    Phone(String),
    /// One ad.
    Ad(AdId),
    /// One network and all its ads.
    Network(i64),
}

impl Subject {
    /// `phone`, `ad` or `network`.
    pub fn kind(&self) -> &'static str {
        match self {
            Subject::Phone(_) => "phone",
            Subject::Ad(_) => "ad",
            Subject::Network(_) => "network",
        }
    }
}

/// What an erasure removes (shown before it runs, and returned by it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErasurePlan {
    /// Whose data.
    pub subject: Subject,
    /// The ads to delete.
    pub ads: Vec<AdId>,
    /// Earlier versions of those ads.
    pub versions: u64,
    /// Analyses of those ads.
    pub analyses: u64,
    /// Phone matches in those ads.
    pub phones: u64,
    /// Links touching those ads.
    pub links: u64,
    /// Review events (status changes, notes, contacts) on the erased cases.
    pub notes: u64,
    /// Review statuses of the erased cases.
    pub statuses: u64,
    /// Assignments and reminders of the erased cases.
    pub teamwork: u64,
    /// Contact log rows (of the erased ads, or to the number).
    pub contacts: u64,
    /// Do-not-contact entries of the number.
    pub do_not_contact: u64,
    /// Reviewers' watches on the number or the network.
    pub watches: u64,
    /// Block-list entries of the number.
    pub blocked: u64,
    /// Networks that lose ads (rebuilt by the linker afterwards).
    pub networks: Vec<i64>,
    /// Notes, contact notes and audit entries that stay but mention the
    /// number: it is replaced there by `[erased]`.
    pub redactions: u64,
    /// Written forms of the number searched for (not serialised: the plan
    /// is printed and must not spread the forms further than needed).
    #[serde(skip)]
    pub(crate) forms: Vec<String>,
    /// Numbers (E.164) whose own rows go.
    #[serde(skip)]
    pub(crate) numbers: Vec<String>,
}

impl ErasurePlan {
    /// Whether nothing at all would be erased.
    pub fn is_empty(&self) -> bool {
        self.ads.is_empty()
            && self.contacts + self.do_not_contact + self.watches + self.blocked + self.redactions
                == 0
            && self.notes + self.statuses + self.teamwork == 0
    }
}

/// How an erasure ended, beside its plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErasureDone {
    /// What was erased.
    pub plan: ErasurePlan,
    /// SQLite: whether the file was rewritten (VACUUM) and the WAL
    /// checkpoint moved every frame into it and emptied the WAL (false while
    /// another process holds a read snapshot; run `review erase` again after
    /// closing the other tools). PostgreSQL: whether VACUUM ran on the
    /// tables that held the erased rows.
    pub wal_checkpointed: bool,
}

/// Everything held about a number, for an access request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubjectReport {
    /// The number (E.164).
    pub e164: String,
    /// The ads in which it appears, with what was derived from them.
    pub ads: Vec<SubjectAd>,
    /// The contact log to the number.
    pub contacts: Vec<Contact>,
    /// Its do-not-contact entry.
    pub do_not_contact: Option<DoNotContact>,
    /// Reviewers who follow the number.
    pub watches: Vec<Watch>,
    /// Its block-list entry (a site's own or a shared number).
    pub blocked: Option<BlockedPhone>,
    /// Audit entries that mention it: (id, time, actor, action).
    pub audit_mentions: Vec<(i64, String, String, String)>,
}

/// One ad of a [`SubjectReport`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubjectAd {
    /// The ad as stored now.
    pub ad: StoredAd,
    /// Its earlier versions.
    pub versions: Vec<AdVersion>,
    /// Its analysis.
    pub analysis: Option<StoredAnalysis>,
    /// Phone numbers found in it.
    pub phones: Vec<StoredPhone>,
    /// Links to other ads.
    pub links: Vec<LinkRow>,
    /// Its network.
    pub network: Option<i64>,
    /// Review history of the ad.
    pub events: Vec<ReviewEvent>,
}

/// The append-only triggers lifted inside an erasure's transaction (and
/// put back, from their stored SQL, before it commits).
const GUARDS: &[&str] = &[
    "review_events_no_update",
    "review_events_no_delete",
    "audit_no_update",
    "contacts_no_update",
];

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(",")
}

impl ErasureStore for Store {
    fn may_erase(&self) -> Result<bool> {
        Ok(true)
    }

    fn erasure_plan(&self, subject: &Subject, normalize: NormalizePhone) -> Result<ErasurePlan> {
        let (ads, numbers, forms) = self.subject_rows(subject, normalize)?;
        let network = match subject {
            Subject::Network(id) => Some(*id),
            _ => None,
        };
        let a = placeholders(ads.len());
        let n = placeholders(numbers.len());
        let count = |sql: &str, args: Vec<rusqlite::types::Value>| -> Result<u64> {
            self.conn
                .query_row(sql, params_from_iter(args), |r| r.get::<_, i64>(0))
                .map(|v| v as u64)
                .map_err(|e| self.err(e))
        };
        let ids = || -> Vec<rusqlite::types::Value> { ads.iter().map(|&i| i.into()).collect() };
        let nums = || -> Vec<rusqlite::types::Value> {
            numbers.iter().map(|s| s.clone().into()).collect()
        };
        let net = || -> Vec<rusqlite::types::Value> { vec![network.unwrap_or(-1).into()] };
        let both = |x: Vec<rusqlite::types::Value>| [ids(), x].concat();
        let case = format!(
            "(target_kind = 'ad' AND target_id IN ({a})) OR (target_kind = 'network' AND target_id = ?)"
        );
        let mut plan = ErasurePlan {
            subject: subject.clone(),
            versions: count(
                &format!("SELECT COUNT(*) FROM ad_versions WHERE ad_id IN ({a})"),
                ids(),
            )?,
            analyses: count(
                &format!("SELECT COUNT(*) FROM analysis WHERE ad_id IN ({a})"),
                ids(),
            )?,
            phones: count(
                &format!("SELECT COUNT(*) FROM phones WHERE ad_id IN ({a})"),
                ids(),
            )?,
            links: count(
                &format!("SELECT COUNT(*) FROM links WHERE a IN ({a}) OR b IN ({a})"),
                [ids(), ids()].concat(),
            )?,
            notes: count(
                &format!("SELECT COUNT(*) FROM review_events WHERE {case}"),
                both(net()),
            )?,
            statuses: count(
                &format!("SELECT COUNT(*) FROM reviews WHERE {case}"),
                both(net()),
            )?,
            teamwork: count(
                &format!("SELECT COUNT(*) FROM assignments WHERE {case}"),
                both(net()),
            )? + count(
                &format!("SELECT COUNT(*) FROM reminders WHERE {case}"),
                both(net()),
            )?,
            contacts: count(
                &format!("SELECT COUNT(*) FROM contacts WHERE ad_id IN ({a}) OR e164 IN ({n})"),
                both(nums()),
            )?,
            do_not_contact: count(
                &format!("SELECT COUNT(*) FROM do_not_contact WHERE e164 IN ({n})"),
                nums(),
            )?,
            watches: count(
                &format!(
                    "SELECT COUNT(*) FROM watch WHERE (target_kind = 'phone' AND target IN ({n}))
                     OR (target_kind = 'network' AND target = ?)"
                ),
                [
                    nums(),
                    vec![network.map(|i| i.to_string()).unwrap_or_default().into()],
                ]
                .concat(),
            )?,
            blocked: count(
                &format!("SELECT COUNT(*) FROM blocked_phones WHERE e164 IN ({n})"),
                nums(),
            )?,
            networks: {
                let mut nets: BTreeSet<i64> = network.into_iter().collect();
                let mut stmt = self
                    .conn
                    .prepare(&format!(
                        "SELECT DISTINCT network_id FROM network_members WHERE ad_id IN ({a})"
                    ))
                    .map_err(|e| self.err(e))?;
                let rows = stmt
                    .query_map(params_from_iter(ids()), |r| r.get::<_, i64>(0))
                    .map_err(|e| self.err(e))?;
                for r in rows {
                    nets.insert(r.map_err(|e| self.err(e))?);
                }
                nets.into_iter().collect()
            },
            redactions: 0,
            ads,
            forms,
            numbers,
        };
        plan.redactions = self.redaction_count(&plan)?;
        Ok(plan)
    }

    /// Erases what `plan` lists, in one transaction, as `actor`, and logs
    /// it in the audit log with counts only. Then checkpoints the WAL.
    fn erase(&mut self, plan: &ErasurePlan, actor: &str) -> Result<ErasureDone> {
        let prior: i64 = self
            .conn
            .query_row("PRAGMA secure_delete", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        self.conn
            .execute_batch("PRAGMA secure_delete = ON;")
            .map_err(|e| self.err(e))?;
        let result = self.write(|tx| erase_in(tx, plan, actor));
        let restore = self
            .conn
            .execute_batch(&format!("PRAGMA secure_delete = {prior};"))
            .map_err(|e| self.err(e));
        result?;
        restore?;
        // Pages keep old cell contents in their free space (from splits and
        // updates long before the erasure, when secure_delete was off):
        // VACUUM writes every page anew. It needs the database to itself
        // for a moment; another program's open read leaves it for later.
        let vacuumed = match self.conn.execute_batch("VACUUM;") {
            Ok(()) => true,
            Err(e) => {
                let e = self.err(e);
                if !e.is_busy() && !matches!(e, StoreError::Other { .. }) {
                    return Err(e);
                }
                tracing::warn!(db = %self.path.display(), error = %e, "erasure: VACUUM did not run");
                false
            }
        };
        let wal_checkpointed = self.checkpoint_truncate()?;
        Ok(ErasureDone {
            plan: plan.clone(),
            wal_checkpointed: wal_checkpointed && vacuumed,
        })
    }

    fn subject_report(&self, e164: &str, normalize: NormalizePhone) -> Result<SubjectReport> {
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
        let watches = {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT target_kind, target, reviewer, since, last_look FROM watch
                     WHERE target_kind = 'phone' AND target = ?1 ORDER BY reviewer",
                )
                .map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([e164], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                })
                .map_err(|e| self.err(e))?;
            let mut out = Vec::new();
            for r in rows {
                let (kind, target, reviewer, since, last) = r.map_err(|e| self.err(e))?;
                let Some(kind) = crate::review::WatchKind::parse(&kind) else {
                    continue;
                };
                out.push(Watch {
                    kind,
                    target,
                    reviewer,
                    since: crate::parse_time(&since).unwrap_or_default(),
                    last_look: crate::parse_time(&last).unwrap_or_default(),
                });
            }
            out
        };
        let audit_mentions = {
            let mut all = BTreeSet::new();
            for f in &forms {
                let mut stmt = self
                    .conn
                    .prepare("SELECT id, at, actor, action FROM audit WHERE instr(details, ?1) > 0")
                    .map_err(|e| self.err(e))?;
                let rows = stmt
                    .query_map([f], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                    .map_err(|e| self.err(e))?;
                for r in rows {
                    all.insert(r.map_err(|e| self.err(e))?);
                }
            }
            all.into_iter().collect()
        };
        Ok(SubjectReport {
            e164: e164.to_string(),
            ads,
            contacts: self.contacts_of(e164)?,
            do_not_contact: self.do_not_contact_entry(e164)?,
            watches,
            blocked: self.blocked_phones()?.into_iter().find(|b| b.e164 == e164),
            audit_mentions,
        })
    }
}

impl Store {
    /// Moves every WAL frame into the database file and truncates the WAL;
    /// false when another connection's read snapshot kept some frames.
    pub fn checkpoint_truncate(&self) -> Result<bool> {
        let (busy, log, done): (i64, i64, i64) = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .map_err(|e| self.err(e))?;
        Ok(busy == 0 && log == done)
    }

    /// Rows that stay but mention one of the plan's forms.
    fn redaction_count(&self, plan: &ErasurePlan) -> Result<u64> {
        let mut rows: BTreeSet<(&str, i64)> = BTreeSet::new();
        let a = placeholders(plan.ads.len());
        for f in &plan.forms {
            for (table, sql) in redaction_queries(&a) {
                let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
                let with_ads = table != "audit";
                let args: Vec<rusqlite::types::Value> = std::iter::once(f.clone().into())
                    .chain(plan.ads.iter().filter(|_| with_ads).map(|&i| i.into()))
                    .collect();
                let found = stmt
                    .query_map(params_from_iter(args), |r| r.get::<_, i64>(0))
                    .map_err(|e| self.err(e))?;
                for id in found {
                    rows.insert((table, id.map_err(|e| self.err(e))?));
                }
            }
        }
        Ok(rows.len() as u64)
    }
}

/// The written forms worth searching for (trimmed, at least
/// What finding an erasure's subject reads, on either backend: the number's
/// written forms, the ads that hold them, and the reviewers' own texts.
/// [`FindSubject::subject_rows`] is the one way both backends resolve it.
pub(crate) trait FindSubject: AdStore + LinkStore {
    /// The number and every way it is written in the store's ads, longest
    /// first (see [`tidy_forms`]).
    fn written_forms(&self, e164: &str, normalize: NormalizePhone) -> Result<Vec<String>>;

    /// Ads where the number was found, or any of its written forms occurs
    /// in the current content or an earlier version.
    fn ads_mentioning(&self, e164: &str, forms: &[String]) -> Result<Vec<AdId>>;

    /// Every text [`NOTE_TEXTS`] reads.
    fn note_texts(&self) -> Result<Vec<String>>;

    /// The ads, numbers and written forms an erasure of `subject` takes
    /// (the forms are redacted where rows stay); `NoSuchCase` when the ad
    /// or network is not there.
    fn subject_rows(
        &self,
        subject: &Subject,
        normalize: NormalizePhone,
    ) -> Result<(Vec<AdId>, Vec<String>, Vec<String>)> {
        Ok(match subject {
            Subject::Phone(e164) => {
                let forms = self.written_forms(e164, normalize)?;
                let ads = self.ads_mentioning(e164, &forms)?;
                // Notes write the number their own way ("20 12 34 56" for
                // "+45 20 12 34 56"): those forms are redacted too.
                let forms = with_note_forms(forms, &self.note_texts()?, e164);
                (ads, vec![e164.clone()], forms)
            }
            Subject::Ad(id) => {
                if self.ad(*id)?.is_none() {
                    return Err(StoreError::NoSuchCase {
                        kind: "ad".into(),
                        id: *id,
                    });
                }
                (vec![*id], vec![], vec![])
            }
            Subject::Network(id) => {
                let Some(net) = self.network(*id)? else {
                    return Err(StoreError::NoSuchCase {
                        kind: "network".into(),
                        id: *id,
                    });
                };
                (net.ad_ids, vec![], vec![])
            }
        })
    }
}

impl FindSubject for Store {
    fn written_forms(&self, e164: &str, normalize: NormalizePhone) -> Result<Vec<String>> {
        let mut forms: BTreeSet<String> = BTreeSet::from([e164.to_string()]);
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT raw FROM phones WHERE e164 = ?1")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([e164], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        for r in rows {
            forms.insert(r.map_err(|e| self.err(e))?);
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT DISTINCT j.value, ads.default_region FROM ads, json_each(ads.phones_json) j
                 WHERE j.type = 'text'",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(|e| self.err(e))?;
        for r in rows {
            let (raw, region) = r.map_err(|e| self.err(e))?;
            if normalize(&raw, &region).as_deref() == Some(e164) {
                forms.insert(raw);
            }
        }
        Ok(tidy_forms(forms))
    }

    fn ads_mentioning(&self, e164: &str, forms: &[String]) -> Result<Vec<AdId>> {
        let mut ids = BTreeSet::new();
        let mut collect = |sql: &str, arg: &str| -> Result<()> {
            let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([arg], |r| r.get::<_, i64>(0))
                .map_err(|e| self.err(e))?;
            for r in rows {
                ids.insert(r.map_err(|e| self.err(e))?);
            }
            Ok(())
        };
        collect("SELECT ad_id FROM phones WHERE e164 = ?1", e164)?;
        for f in forms {
            collect(
                "SELECT id FROM ads WHERE instr(text, ?1) > 0 OR instr(COALESCE(title, ''), ?1) > 0
                 OR instr(phones_json, ?1) > 0 OR instr(COALESCE(extra_json, ''), ?1) > 0",
                f,
            )?;
            collect(
                "SELECT ad_id FROM ad_versions WHERE instr(content_json, ?1) > 0",
                f,
            )?;
        }
        Ok(ids.into_iter().collect())
    }

    fn note_texts(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(NOTE_TEXTS).map_err(|e| self.err(e))?;
        let texts = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<Vec<String>>>()
            .map_err(|e| self.err(e))?;
        Ok(texts)
    }
}

/// Every text that may hold a number a reviewer wrote: notes on cases,
/// contact notes, audit details.
pub(crate) const NOTE_TEXTS: &str = "SELECT note FROM review_events WHERE note IS NOT NULL
     UNION ALL SELECT note FROM contacts WHERE note IS NOT NULL
     UNION ALL SELECT details FROM audit";

/// `forms` and the spans of `texts` that write the number `e164` in digits
/// (see [`number_spans`]), tidied as [`tidy_forms`] does.
pub(crate) fn with_note_forms(forms: Vec<String>, texts: &[String], e164: &str) -> Vec<String> {
    let mut all: BTreeSet<String> = forms.into_iter().collect();
    for t in texts {
        all.extend(number_spans(t, e164));
    }
    tidy_forms(all)
}

/// The spans of `text` that write the number `e164` in digits, with any of
/// the separators people type (spaces, dots, dashes, slashes, brackets):
/// the whole number (with `+` or `00`), or the number without its country
/// code, with or without a leading trunk `0` ("20 12 34 56" and "0151 2345
/// 6515" for +4520123456 and +4915123456515). A span that holds more
/// digits than the number is not one.
pub fn number_spans(text: &str, e164: &str) -> Vec<String> {
    let whole: String = e164.chars().filter(char::is_ascii_digit).collect();
    let is_sep = |c: char| matches!(c, ' ' | '.' | '-' | '/' | '(' | ')' | '\u{a0}');
    let matches = |digits: &str| {
        if digits == whole || digits.strip_prefix("00") == Some(whole.as_str()) {
            return true;
        }
        let national = digits.strip_prefix('0').unwrap_or(digits);
        national.len() >= MIN_FORM_LEN
            && whole.ends_with(national)
            && (1..=3).contains(&(whole.len() - national.len()))
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let plus = c == '+' && chars.get(i + 1).is_some_and(|(_, d)| d.is_ascii_digit());
        if !(c.is_ascii_digit() || plus) {
            i += 1;
            continue;
        }
        // A run of digits and separators, ending at its last digit.
        let mut j = i + usize::from(plus);
        let mut last = i;
        while j < chars.len() && (chars[j].1.is_ascii_digit() || is_sep(chars[j].1)) {
            if chars[j].1.is_ascii_digit() {
                last = j;
            }
            j += 1;
        }
        let end = chars.get(last + 1).map_or(text.len(), |(k, _)| *k);
        let span = &text[start..end];
        let digits: String = span.chars().filter(char::is_ascii_digit).collect();
        if matches(&digits) {
            out.push(span.to_string());
        }
        i = last + 1;
    }
    out
}

/// [`MIN_FORM_LEN`] characters), longest first so a replacement never
/// leaves a part of a longer form.
pub(crate) fn tidy_forms(forms: BTreeSet<String>) -> Vec<String> {
    let mut forms: Vec<String> = forms
        .into_iter()
        .map(|f| f.trim().to_string())
        .filter(|f| f.chars().count() >= MIN_FORM_LEN)
        .collect();
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    forms.dedup();
    forms
}

/// What the audit entry of an erasure holds: counts only.
pub(crate) fn audit_details(plan: &ErasurePlan) -> serde_json::Value {
    serde_json::json!({
        "subject": plan.subject.kind(),
        "ads": plan.ads.len(),
        "versions": plan.versions,
        "analyses": plan.analyses,
        "links": plan.links,
        "notes": plan.notes,
        "statuses": plan.statuses,
        "teamwork": plan.teamwork,
        "contacts": plan.contacts,
        "do_not_contact": plan.do_not_contact,
        "watches": plan.watches,
        "blocked": plan.blocked,
        "networks_rebuilt": plan.networks.len(),
        "redactions": plan.redactions,
    })
}

/// (table, query for the ids of its rows that stay and mention `?1`; the
/// erased ads follow as parameters, except for `audit`).
fn redaction_queries(ads: &str) -> [(&'static str, String); 3] {
    [
        (
            "review_events",
            format!(
                "SELECT id FROM review_events WHERE instr(COALESCE(note, ''), ?1) > 0
                 AND NOT (target_kind = 'ad' AND target_id IN ({ads}))"
            ),
        ),
        (
            "contacts",
            format!(
                "SELECT id FROM contacts WHERE instr(COALESCE(note, ''), ?1) > 0
                 AND COALESCE(ad_id, -1) NOT IN ({ads})"
            ),
        ),
        (
            "audit",
            "SELECT id FROM audit WHERE instr(details, ?1) > 0".to_string(),
        ),
    ]
}

fn erase_in(
    tx: &rusqlite::Transaction<'_>,
    plan: &ErasurePlan,
    actor: &str,
) -> rusqlite::Result<()> {
    let guards: Vec<(String, String)> = {
        let mut stmt = tx.prepare(&format!(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({})",
            placeholders(GUARDS.len())
        ))?;
        let rows = stmt.query_map(params_from_iter(GUARDS.iter()), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (name, _) in &guards {
        tx.execute_batch(&format!("DROP TRIGGER {name};"))?;
    }
    let a = placeholders(plan.ads.len());
    let n = placeholders(plan.numbers.len());
    let ids = || plan.ads.iter().map(|&i| rusqlite::types::Value::from(i));
    let nums = || {
        plan.numbers
            .iter()
            .map(|s| rusqlite::types::Value::from(s.clone()))
    };
    let network = match plan.subject {
        Subject::Network(id) => id,
        _ => -1,
    };
    // Redact first: the rows that stay lose the number.
    for f in &plan.forms {
        for (table, select) in redaction_queries(&a) {
            let column = if table == "audit" { "details" } else { "note" };
            let with_ads = table != "audit";
            let args: Vec<rusqlite::types::Value> = std::iter::once(f.clone().into())
                .chain(ids().filter(|_| with_ads))
                .collect();
            tx.execute(
                &format!(
                    "UPDATE {table} SET {column} = replace({column}, ?1, '{ERASED}') WHERE id IN ({select})"
                ),
                params_from_iter(args),
            )?;
        }
    }
    let case = format!(
        "(target_kind = 'ad' AND target_id IN ({a})) OR (target_kind = 'network' AND target_id = ?)"
    );
    for table in ["review_events", "reviews", "assignments", "reminders"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE {case}"),
            params_from_iter(ids().chain(std::iter::once(network.into()))),
        )?;
    }
    tx.execute(
        &format!("DELETE FROM contacts WHERE ad_id IN ({a}) OR e164 IN ({n})"),
        params_from_iter(ids().chain(nums())),
    )?;
    for table in ["do_not_contact", "blocked_phones"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE e164 IN ({n})"),
            params_from_iter(nums()),
        )?;
    }
    tx.execute(
        &format!(
            "DELETE FROM watch WHERE (target_kind = 'phone' AND target IN ({n}))
             OR (target_kind = 'network' AND target = ?)"
        ),
        params_from_iter(nums().chain(std::iter::once(network.to_string().into()))),
    )?;
    tx.execute(
        &format!("DELETE FROM frontier WHERE url IN (SELECT url FROM ads WHERE id IN ({a}))"),
        params_from_iter(ids()),
    )?;
    tx.execute(
        &format!("DELETE FROM ads WHERE id IN ({a})"),
        params_from_iter(ids()),
    )?;
    // The kept trend counts lose the erased ads (their place and language)
    // in the same transaction, before the file is rewritten.
    crate::tally::settle(tx)?;
    // The linker writes the affected networks again; until then their
    // summaries (numbers, names, cities) must not keep the erased data.
    let nets = placeholders(plan.networks.len());
    tx.execute(
        &format!("UPDATE networks SET summary_json = '{{}}' WHERE id IN ({nets})"),
        params_from_iter(plan.networks.iter()),
    )?;
    tx.execute(
        "DELETE FROM networks WHERE id NOT IN (SELECT network_id FROM network_members)",
        [],
    )?;
    for (_, sql) in &guards {
        tx.execute_batch(sql)?;
    }
    crate::audit::append(tx, actor, "erasure", &audit_details(plan))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::number_spans;

    /// The number is found however a note writes it, and nothing else is.
    #[test]
    fn a_note_writes_the_number_its_own_way() {
        let dk = "+4520123456";
        for (note, want) in [
            ("ring 20 12 34 56 i morgen", vec!["20 12 34 56"]),
            ("ring 20123456.", vec!["20123456"]),
            ("(+45) 20-12-34-56", vec!["+45) 20-12-34-56"]),
            (
                "0045 2012 3456 and +45 20 12 34 56",
                vec!["0045 2012 3456", "+45 20 12 34 56"],
            ),
            ("45 20 12 34 56", vec!["45 20 12 34 56"]),
            ("seen 2026-12-01, 20 12 34 57", vec![]),
            ("20 12 34 56 78", vec![]),
            ("12 34 56", vec![]),
        ] {
            assert_eq!(number_spans(note, dk), want, "{note}");
        }
        // A trunk 0 before the national number.
        assert_eq!(
            number_spans("Tel. 0151 2345 6515!", "+4915123456515"),
            vec!["0151 2345 6515"]
        );
    }
}
