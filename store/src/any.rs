//! [`AnyStore`]: the store a [`Location`] names, SQLite or PostgreSQL,
//! behind the engine's roles ([`crate::EngineStore`]), so a command that
//! runs the analysis engine works on either backend unchanged, and the
//! frontier's role ([`crate::FrontierStore`]) for crawling.

use crate::ads::{AdId, AdVersion, StoredAd, Upserted};
use crate::analysis::{NewAnalysis, StoredAnalysis, StoredPhone};
use crate::audit::AuditEvent;
use crate::export::{ExportCensus, ExportRecord};
use crate::filter::ListFilter;
use crate::frontier::{
    Discovered, FetchRecord, FrontierEntry, FrontierState, Lease, PassEnd, RunStats,
};
use crate::hostlease::HostGrant;
use crate::links::{BlockedPhone, LinkRow, LinkingChanges, LinkingResult, NetworkRow};
use crate::location::Location;
use crate::pg::PgStore;
use crate::prints::{LinkMeta, StoredPrint};
use crate::query::{AdSummary, StoredImage};
use crate::review::{ReviewEvent, ReviewStatus, Target, Watch, WatchKind};
use crate::roles::*;
use crate::sites::SiteSettings;
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use model::{Ad, AdAnalysis, IndicatorHit};
use std::collections::{BTreeMap, HashMap};

/// An open store of either backend.
#[derive(Debug)]
pub enum AnyStore {
    /// A SQLite file.
    Sqlite(Store),
    /// A PostgreSQL database.
    Postgres(Box<PgStore>),
}

impl AnyStore {
    /// Opens (creating a SQLite file if needed; creating the tables in an
    /// empty PostgreSQL database) and brings the schema up to date.
    pub fn open(location: &Location) -> Result<AnyStore> {
        Ok(match location {
            Location::Sqlite(p) => AnyStore::Sqlite(Store::open(p)?),
            Location::Postgres(u) => AnyStore::Postgres(Box::new(PgStore::open(u)?)),
        })
    }

    /// Opens an existing store and brings its schema up to date: a missing
    /// SQLite file is [`crate::StoreError::NotFound`]. (A PostgreSQL
    /// database must exist to be connected to; its tables are created on
    /// the first open.)
    pub fn open_existing_writable(location: &Location) -> Result<AnyStore> {
        Ok(match location {
            Location::Sqlite(p) => AnyStore::Sqlite(Store::open_existing_writable(p)?),
            Location::Postgres(u) => AnyStore::Postgres(Box::new(PgStore::open(u)?)),
        })
    }

    /// The SQLite store, when this is one.
    pub fn as_sqlite(&mut self) -> Option<&mut Store> {
        match self {
            AnyStore::Sqlite(s) => Some(s),
            AnyStore::Postgres(_) => None,
        }
    }
}

/// Calls the same method on whichever store this is.
macro_rules! both {
    ($self:ident, $s:ident => $call:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $call,
            AnyStore::Postgres($s) => $call,
        }
    };
}

impl AdStore for AnyStore {
    fn upsert_ad(
        &mut self,
        ad: &Ad,
        region: &str,
        extra: Option<&serde_json::Value>,
        seen_at: DateTime<Utc>,
    ) -> Result<Upserted> {
        both!(self, s => s.upsert_ad(ad, region, extra, seen_at))
    }
    fn upsert_ads(
        &mut self,
        ads: &[(Ad, Option<serde_json::Value>)],
        region: &str,
        seen_at: DateTime<Utc>,
    ) -> Result<Vec<Upserted>> {
        both!(self, s => s.upsert_ads(ads, region, seen_at))
    }
    fn touch_ad(&mut self, url: &str, seen_at: DateTime<Utc>) -> Result<bool> {
        both!(self, s => s.touch_ad(url, seen_at))
    }
    fn mark_removed(&mut self, site: &str, cutoff: DateTime<Utc>) -> Result<usize> {
        both!(self, s => s.mark_removed(site, cutoff))
    }
    fn ad(&self, id: AdId) -> Result<Option<StoredAd>> {
        both!(self, s => s.ad(id))
    }
    fn ad_by_url(&self, url: &str) -> Result<Option<StoredAd>> {
        both!(self, s => s.ad_by_url(url))
    }
    fn ads_by_ids(&self, ids: &[AdId]) -> Result<Vec<StoredAd>> {
        both!(self, s => s.ads_by_ids(ids))
    }
    fn ad_versions(&self, id: AdId) -> Result<Vec<AdVersion>> {
        both!(self, s => s.ad_versions(id))
    }
    fn count_ads(&self) -> Result<i64> {
        both!(self, s => s.count_ads())
    }
    fn current_prices(&self) -> Result<Vec<(String, String)>> {
        both!(self, s => s.current_prices())
    }
    fn images_to_hash(&self, limit: usize) -> Result<Vec<(AdId, String)>> {
        both!(self, s => s.images_to_hash(limit))
    }
    fn set_image_hash(
        &mut self,
        ad_id: AdId,
        url: &str,
        hash: std::result::Result<u64, String>,
    ) -> Result<()> {
        both!(self, s => s.set_image_hash(ad_id, url, hash))
    }
}

impl AnalysisStore for AnyStore {
    fn save_analysis(
        &mut self,
        ad_id: AdId,
        analysis: &AdAnalysis,
        content_hash: &str,
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        both!(self, s => s.save_analysis(ad_id, analysis, content_hash, score))
    }
    fn save_analyses(
        &mut self,
        items: &[NewAnalysis],
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        both!(self, s => s.save_analyses(items, score))
    }
    fn replace_link_hits(
        &mut self,
        hits: &BTreeMap<AdId, Vec<IndicatorHit>>,
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        both!(self, s => s.replace_link_hits(hits, score))
    }
    fn update_link_hits(
        &mut self,
        hits: &[(AdId, &[IndicatorHit])],
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        both!(self, s => s.update_link_hits(hits, score))
    }
    fn analysis(&self, ad_id: AdId) -> Result<Option<StoredAnalysis>> {
        both!(self, s => s.analysis(ad_id))
    }
    fn phones_of(&self, ad_id: AdId) -> Result<Vec<StoredPhone>> {
        both!(self, s => s.phones_of(ad_id))
    }
    fn ads_needing_analysis(&self, rules_version: &str) -> Result<Vec<AdId>> {
        both!(self, s => s.ads_needing_analysis(rules_version))
    }
}

impl LinkStore for AnyStore {
    fn replace_linking(&mut self, result: &LinkingResult) -> Result<LinkingChanges> {
        both!(self, s => s.replace_linking(result))
    }
    fn links_of(&self, ad: AdId) -> Result<Vec<LinkRow>> {
        both!(self, s => s.links_of(ad))
    }
    fn clusters_of(&self, ad: AdId) -> Result<(Option<i64>, Option<i64>)> {
        both!(self, s => s.clusters_of(ad))
    }
    fn network_of(&self, ad: AdId) -> Result<Option<i64>> {
        both!(self, s => s.network_of(ad))
    }
    fn network(&self, id: i64) -> Result<Option<NetworkRow>> {
        both!(self, s => s.network(id))
    }
    fn network_ids(&self) -> Result<Vec<i64>> {
        both!(self, s => s.network_ids())
    }
    fn blocked_phones(&self) -> Result<Vec<BlockedPhone>> {
        both!(self, s => s.blocked_phones())
    }
}

impl FingerprintStore for AnyStore {
    fn link_metas(&self) -> Result<Vec<LinkMeta>> {
        both!(self, s => s.link_metas())
    }
    fn link_texts(&self, ids: &[AdId]) -> Result<HashMap<AdId, String>> {
        both!(self, s => s.link_texts(ids))
    }
    fn link_prints(&self, version: &str) -> Result<Vec<StoredPrint>> {
        both!(self, s => s.link_prints(version))
    }
    fn save_link_prints(
        &mut self,
        version: &str,
        prints: &[(AdId, String, Option<Vec<u8>>)],
    ) -> Result<()> {
        both!(self, s => s.save_link_prints(version, prints))
    }
    fn clear_link_prints(&mut self) -> Result<()> {
        both!(self, s => s.clear_link_prints())
    }
}

impl ChangeStore for AnyStore {
    fn link_change_seq(&self) -> Result<i64> {
        both!(self, s => s.link_change_seq())
    }
    fn link_changes_since(&self, seq: i64) -> Result<(Vec<AdId>, i64)> {
        both!(self, s => s.link_changes_since(seq))
    }
    fn prune_link_changes(&mut self, seq: i64) -> Result<()> {
        both!(self, s => s.prune_link_changes(seq))
    }
    fn link_generation(&self) -> Result<Option<String>> {
        both!(self, s => s.link_generation())
    }
    fn set_link_generation(&mut self, generation: &str) -> Result<()> {
        both!(self, s => s.set_link_generation(generation))
    }
    fn link_metas_of(&self, ids: &[AdId]) -> Result<Vec<LinkMeta>> {
        both!(self, s => s.link_metas_of(ids))
    }
    fn link_prints_of(&self, version: &str, ids: &[AdId]) -> Result<Vec<StoredPrint>> {
        both!(self, s => s.link_prints_of(version, ids))
    }
}

impl SiteStore for AnyStore {
    fn save_sites(&mut self, sites: &[SiteSettings]) -> Result<Vec<String>> {
        both!(self, s => s.save_sites(sites))
    }
    fn sites(&self) -> Result<Vec<SiteSettings>> {
        both!(self, s => s.sites())
    }
}

impl TallyStore for AnyStore {
    fn settle_tallies(&mut self) -> Result<usize> {
        both!(self, s => s.settle_tallies())
    }
}

impl FrontierStore for AnyStore {
    fn frontier_add(
        &mut self,
        site: &str,
        found: &[Discovered],
        pass_start: DateTime<Utc>,
    ) -> Result<usize> {
        both!(self, s => s.frontier_add(site, found, pass_start))
    }
    fn frontier_due(
        &self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<FrontierEntry>> {
        both!(self, s => s.frontier_due(site, at, limit))
    }
    fn frontier_claim(
        &mut self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
        lease: &Lease,
    ) -> Result<Vec<FrontierEntry>> {
        both!(self, s => s.frontier_claim(site, at, limit, lease))
    }
    fn frontier_entry(&self, url: &str) -> Result<Option<FrontierEntry>> {
        both!(self, s => s.frontier_entry(url))
    }
    fn frontier_fetched(&mut self, url: &str, rec: &FetchRecord) -> Result<()> {
        both!(self, s => s.frontier_fetched(url, rec))
    }
    fn frontier_failed(
        &mut self,
        url: &str,
        status: Option<u16>,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
        final_state: FrontierState,
    ) -> Result<()> {
        both!(self, s => s.frontier_failed(url, status, error, retry_at, final_state))
    }
    fn frontier_in_state(
        &self,
        site: &str,
        state: FrontierState,
        limit: usize,
    ) -> Result<Vec<FrontierEntry>> {
        both!(self, s => s.frontier_in_state(site, state, limit))
    }
    fn frontier_reopen(&mut self, url: &str, due: DateTime<Utc>) -> Result<()> {
        both!(self, s => s.frontier_reopen(url, due))
    }
    fn frontier_counts(&self, site: Option<&str>) -> Result<Vec<(FrontierState, i64)>> {
        both!(self, s => s.frontier_counts(site))
    }
    fn host_lease(
        &mut self,
        site: &str,
        hosts: &[String],
        lease: &Lease,
        at: DateTime<Utc>,
    ) -> Result<HostGrant> {
        both!(self, s => s.host_lease(site, hosts, lease, at))
    }
    fn host_release(&mut self, hosts: &[String], worker: &str, at: DateTime<Utc>) -> Result<()> {
        both!(self, s => s.host_release(hosts, worker, at))
    }
    fn begin_run(&mut self, site: &str) -> Result<i64> {
        both!(self, s => s.begin_run(site))
    }
    fn finish_run(&mut self, run: i64, stats: &RunStats, outcome: PassEnd) -> Result<()> {
        both!(self, s => s.finish_run(run, stats, outcome))
    }
    fn last_runs(&self) -> Result<Vec<crate::frontier::LastRun>> {
        both!(self, s => s.last_runs())
    }
}

impl ReviewStore for AnyStore {
    fn set_status(
        &mut self,
        target: Target,
        status: ReviewStatus,
        reviewer: &str,
        note: Option<&str>,
    ) -> Result<i64> {
        both!(self, s => s.set_status(target, status, reviewer, note))
    }
    fn set_status_if(
        &mut self,
        target: Target,
        status: ReviewStatus,
        reviewer: &str,
        note: Option<&str>,
        seen: Option<i64>,
    ) -> Result<i64> {
        both!(self, s => s.set_status_if(target, status, reviewer, note, seen))
    }
    fn last_status_event(&self, target: Target) -> Result<Option<ReviewEvent>> {
        both!(self, s => s.last_status_event(target))
    }
    fn add_note(&mut self, target: Target, reviewer: &str, note: &str) -> Result<i64> {
        both!(self, s => s.add_note(target, reviewer, note))
    }
    fn status_of(&self, target: Target) -> Result<ReviewStatus> {
        both!(self, s => s.status_of(target))
    }
    fn events_of(&self, target: Target) -> Result<Vec<ReviewEvent>> {
        both!(self, s => s.events_of(target))
    }
    fn set_watch(&mut self, kind: WatchKind, target: &str, reviewer: &str, on: bool) -> Result<()> {
        both!(self, s => s.set_watch(kind, target, reviewer, on))
    }
    fn watches(&self, reviewer: &str) -> Result<Vec<Watch>> {
        both!(self, s => s.watches(reviewer))
    }
    fn alerts(&mut self, reviewer: &str, mark_seen: bool) -> Result<Vec<(Watch, i64)>> {
        both!(self, s => s.alerts(reviewer, mark_seen))
    }
}

impl QueueStore for AnyStore {
    fn list_ads(&self, f: &ListFilter) -> Result<Vec<AdSummary>> {
        both!(self, s => s.list_ads(f))
    }
    fn queue_page(&self, f: &ListFilter) -> Result<Vec<AdSummary>> {
        both!(self, s => s.queue_page(f))
    }
    fn queue_count(&self, f: &ListFilter) -> Result<i64> {
        both!(self, s => s.queue_count(f))
    }
    fn status_counts(&self) -> Result<Vec<(ReviewStatus, i64)>> {
        both!(self, s => s.status_counts())
    }
    fn images_of(&self, ad: AdId) -> Result<Vec<StoredImage>> {
        both!(self, s => s.images_of(ad))
    }
    fn network_list(
        &self,
        f: &crate::network_list::NetworkFilter,
    ) -> Result<Vec<crate::network_list::NetworkListItem>> {
        both!(self, s => s.network_list(f))
    }
}

/// A read snapshot of either backend (see [`ExportStore::read_snapshot`]).
pub enum AnySnapshot<'a> {
    /// SQLite's.
    Sqlite(crate::export::Snapshot<'a>),
    /// PostgreSQL's.
    Postgres(crate::pg::PgSnapshot<'a>),
}

impl ExportStore for AnyStore {
    type Snapshot<'a> = AnySnapshot<'a>;

    fn read_snapshot(&self) -> Result<AnySnapshot<'_>> {
        Ok(match self {
            AnyStore::Sqlite(s) => AnySnapshot::Sqlite(s.read_snapshot()?),
            AnyStore::Postgres(s) => AnySnapshot::Postgres(s.read_snapshot()?),
        })
    }
    fn encrypted_at_rest(&self) -> bool {
        both!(self, s => s.encrypted_at_rest())
    }
    fn export_ad_ids(&self, f: &ListFilter) -> Result<Vec<AdId>> {
        both!(self, s => s.export_ad_ids(f))
    }
    fn export_record(&self, id: AdId) -> Result<Option<ExportRecord>> {
        both!(self, s => s.export_record(id))
    }
    fn export_network_ids(&self, ids: &[AdId]) -> Result<Vec<i64>> {
        both!(self, s => s.export_network_ids(ids))
    }
    fn export_all_network_ids(&self) -> Result<Vec<i64>> {
        both!(self, s => s.export_all_network_ids())
    }
    fn export_census(&self, ids: &[AdId], networks: &[i64]) -> Result<ExportCensus> {
        both!(self, s => s.export_census(ids, networks))
    }
    fn export_phone_strings(&self) -> Result<Vec<(String, Option<String>)>> {
        both!(self, s => s.export_phone_strings())
    }
    fn export_link_counts(&self, members: &[AdId]) -> Result<Vec<(String, u64)>> {
        both!(self, s => s.export_link_counts(members))
    }
    fn export_rules_version(&self) -> Result<Option<String>> {
        both!(self, s => s.export_rules_version())
    }
}

impl AuditStore for AnyStore {
    fn audit(&mut self, actor: &str, action: &str, details: &serde_json::Value) -> Result<()> {
        match self {
            AnyStore::Sqlite(s) => AuditStore::audit(s, actor, action, details),
            AnyStore::Postgres(s) => AuditStore::audit(s.as_mut(), actor, action, details),
        }
    }
    fn audit_log(&self, action: Option<&str>, limit: usize) -> Result<Vec<AuditEvent>> {
        match self {
            AnyStore::Sqlite(s) => AuditStore::audit_log(s, action, limit),
            AnyStore::Postgres(s) => AuditStore::audit_log(s.as_ref(), action, limit),
        }
    }
}

impl TrendStore for AnyStore {
    fn trends(&self, f: &ListFilter, weeks: usize) -> Result<crate::stats::Trends> {
        both!(self, s => s.trends(f, weeks))
    }
    fn trends_recount(&self, f: &ListFilter, weeks: usize) -> Result<crate::stats::Trends> {
        both!(self, s => s.trends_recount(f, weeks))
    }
    fn outreach_per_month(&self) -> Result<Vec<crate::teamwork::OutreachMonth>> {
        both!(self, s => s.outreach_per_month())
    }
}

impl TeamworkStore for AnyStore {
    fn assign(&mut self, target: Target, assignee: &str, by: &str) -> Result<i64> {
        both!(self, s => s.assign(target, assignee, by))
    }
    fn assignee_of(&self, target: Target) -> Result<Option<String>> {
        both!(self, s => s.assignee_of(target))
    }
    fn assigned_ids(&self, assignee: &str, networks: bool) -> Result<Vec<i64>> {
        both!(self, s => s.assigned_ids(assignee, networks))
    }
    fn remind(&mut self, target: Target, due_on: chrono::NaiveDate, by: &str) -> Result<i64> {
        both!(self, s => s.remind(target, due_on, by))
    }
    fn due(
        &self,
        day: chrono::NaiveDate,
        assignee: Option<&str>,
    ) -> Result<Vec<crate::teamwork::Reminder>> {
        both!(self, s => s.due(day, assignee))
    }
    fn contact_check(
        &self,
        e164: &str,
        at: DateTime<Utc>,
        gap_days: i64,
    ) -> Result<crate::teamwork::ContactCheck> {
        both!(self, s => s.contact_check(e164, at, gap_days))
    }
    fn record_contact(
        &mut self,
        c: &crate::teamwork::NewContact<'_>,
        reviewer: &str,
    ) -> Result<i64> {
        both!(self, s => s.record_contact(c, reviewer))
    }
    fn contacts_of(&self, e164: &str) -> Result<Vec<crate::teamwork::Contact>> {
        both!(self, s => s.contacts_of(e164))
    }
    fn set_do_not_contact(
        &mut self,
        e164: &str,
        reason: crate::teamwork::DncReason,
        by: &str,
        on: bool,
    ) -> Result<()> {
        both!(self, s => s.set_do_not_contact(e164, reason, by, on))
    }
    fn do_not_contact_entry(&self, e164: &str) -> Result<Option<crate::teamwork::DoNotContact>> {
        both!(self, s => s.do_not_contact_entry(e164))
    }
    fn do_not_contact_list(&self) -> Result<Vec<crate::teamwork::DoNotContact>> {
        both!(self, s => s.do_not_contact_list())
    }
}

impl RetentionStore for AnyStore {
    fn may_purge(&self) -> Result<bool> {
        both!(self, s => s.may_purge())
    }
    fn purge(
        &mut self,
        retention: std::time::Duration,
        actor: &str,
        dry_run: bool,
    ) -> Result<crate::retention::PurgeReport> {
        match self {
            AnyStore::Sqlite(s) => RetentionStore::purge(s, retention, actor, dry_run),
            AnyStore::Postgres(s) => RetentionStore::purge(s.as_mut(), retention, actor, dry_run),
        }
    }
}

impl ErasureStore for AnyStore {
    fn may_erase(&self) -> Result<bool> {
        both!(self, s => s.may_erase())
    }
    fn erasure_plan(
        &self,
        subject: &crate::erasure::Subject,
        normalize: crate::erasure::NormalizePhone,
    ) -> Result<crate::erasure::ErasurePlan> {
        both!(self, s => s.erasure_plan(subject, normalize))
    }
    fn erase(
        &mut self,
        plan: &crate::erasure::ErasurePlan,
        actor: &str,
    ) -> Result<crate::erasure::ErasureDone> {
        match self {
            AnyStore::Sqlite(s) => ErasureStore::erase(s, plan, actor),
            AnyStore::Postgres(s) => ErasureStore::erase(s.as_mut(), plan, actor),
        }
    }
    fn subject_report(
        &self,
        e164: &str,
        normalize: crate::erasure::NormalizePhone,
    ) -> Result<crate::erasure::SubjectReport> {
        both!(self, s => s.subject_report(e164, normalize))
    }
}
