//! The store's roles: one trait per job the rest of adscreen asks of a
//! store, implemented by the SQLite [`Store`](crate::Store), so that a
//! PostgreSQL backend (issue 16) implements the same traits and the crawler,
//! the engine and the review tool work on either.
//!
//! The traits are the API: the methods exist only on them, so callers bring
//! them into scope (`use store::prelude::*;`).

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
use crate::network_list::{NetworkFilter, NetworkListItem};
use crate::prints::{LinkMeta, StoredPrint};
use crate::query::{AdDetail, AdSummary, StoredImage};
use crate::review::{ReviewEvent, ReviewStatus, Target, Watch, WatchKind};
use crate::sites::SiteSettings;
use crate::stats::Trends;
use crate::teamwork::{
    Contact, ContactCheck, DncReason, DoNotContact, NewContact, OutreachMonth, Reminder,
};
use crate::Result;
use chrono::{DateTime, NaiveDate, Utc};
use model::{Ad, AdAnalysis, IndicatorHit};
use std::collections::HashMap;

/// The crawl frontier: URLs to fetch, claimed with a lease so several crawler
/// workers can share one store (each host owned by one worker), their fetch
/// state, and crawl runs.
pub trait FrontierStore {
    /// Adds URLs found during a pass that started at `pass_start`. New URLs
    /// are due now. A known listing page not fetched in this pass is made due
    /// now too (listings are walked every pass); known ads keep their due time.
    /// Returns how many URLs were new.
    fn frontier_add(
        &mut self,
        site: &str,
        found: &[Discovered],
        pass_start: DateTime<Utc>,
    ) -> Result<usize>;

    /// Up to `limit` URLs of `site` that are due at `at`: listings first
    /// (shallowest first), then ads, oldest due first.
    fn frontier_due(
        &self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<FrontierEntry>>;

    /// Claims up to `limit` URLs of `site` that are due at `at`, in the
    /// order of [`FrontierStore::frontier_due`], for `lease.worker` until
    /// `lease.until`: rows another worker holds on a live lease are left
    /// out. Recording a fetch or a failure ends the claim.
    fn frontier_claim(
        &mut self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
        lease: &Lease,
    ) -> Result<Vec<FrontierEntry>>;

    /// One frontier row.
    fn frontier_entry(&self, url: &str) -> Result<Option<FrontierEntry>>;

    /// Records a successful fetch (2xx or 304).
    fn frontier_fetched(&mut self, url: &str, rec: &FetchRecord) -> Result<()>;

    /// Records a failure. `retry_at` is when to try again; `None` gives up
    /// on the URL with `final_state` (gone, disallowed or failed).
    fn frontier_failed(
        &mut self,
        url: &str,
        status: Option<u16>,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
        final_state: FrontierState,
    ) -> Result<()>;

    /// Up to `limit` URLs of `site` in a final `state` (disallowed, ...),
    /// oldest fetched first.
    fn frontier_in_state(
        &self,
        site: &str,
        state: FrontierState,
        limit: usize,
    ) -> Result<Vec<FrontierEntry>>;

    /// Makes a URL in a final state pending again, due at `due` (e.g. a URL
    /// robots.txt disallowed once and allows now).
    fn frontier_reopen(&mut self, url: &str, due: DateTime<Utc>) -> Result<()>;

    /// Counts of frontier rows by state for a site (`None`: all sites).
    fn frontier_counts(&self, site: Option<&str>) -> Result<Vec<(FrontierState, i64)>>;

    /// Leases `hosts` (the hosts of `site`) to `lease.worker` until
    /// `lease.until`, or renews its lease, unless another worker holds one
    /// of them on a lease still live at `at` ([`crate::hostlease`]): then
    /// nothing is granted. Taking hosts over (not a renewal) frees the
    /// frontier rows of `site` that other workers had claimed.
    fn host_lease(
        &mut self,
        site: &str,
        hosts: &[String],
        lease: &Lease,
        at: DateTime<Utc>,
    ) -> Result<HostGrant>;

    /// Ends `worker`'s lease on `hosts` at `at` (hosts it does not hold are
    /// left alone).
    fn host_release(&mut self, hosts: &[String], worker: &str, at: DateTime<Utc>) -> Result<()>;

    /// Starts a crawl run record; returns its id.
    fn begin_run(&mut self, site: &str) -> Result<i64>;

    /// Finishes a crawl run record with its counts.
    fn finish_run(&mut self, run: i64, stats: &RunStats, outcome: PassEnd) -> Result<()>;

    /// The latest run per site.
    fn last_runs(&self) -> Result<Vec<crate::frontier::LastRun>>;
}

/// Ads: writing what the crawler and the import found, and reading ads back.
pub trait AdStore {
    /// Stores an ad seen at `seen_at`: inserts it, or updates `last_seen`
    /// (and un-removes it), keeping the previous content as a version when
    /// the content changed. Image URLs are registered for hashing.
    fn upsert_ad(
        &mut self,
        ad: &Ad,
        default_region: &str,
        extra: Option<&serde_json::Value>,
        seen_at: DateTime<Utc>,
    ) -> Result<Upserted>;

    /// Stores many ads in one transaction (much faster for imports); the
    /// outcome of each, in order.
    fn upsert_ads(
        &mut self,
        ads: &[(Ad, Option<serde_json::Value>)],
        default_region: &str,
        seen_at: DateTime<Utc>,
    ) -> Result<Vec<Upserted>>;

    /// Marks `ad_id` as seen now without changing its content (a listing
    /// showed it, or a conditional request said it is unchanged).
    fn touch_ad(&mut self, url: &str, seen_at: DateTime<Utc>) -> Result<bool>;

    /// Marks ads of `site` not seen since `cutoff` as removed (never deletes).
    /// Returns how many were newly marked.
    fn mark_removed(&mut self, site: &str, cutoff: DateTime<Utc>) -> Result<usize>;

    /// One ad by id.
    fn ad(&self, id: AdId) -> Result<Option<StoredAd>>;

    /// One ad by canonical URL.
    fn ad_by_url(&self, url: &str) -> Result<Option<StoredAd>>;

    /// Many ads by id, in id order (missing ids are left out).
    fn ads_by_ids(&self, ids: &[AdId]) -> Result<Vec<StoredAd>>;

    /// Earlier versions of an ad, oldest first.
    fn ad_versions(&self, id: AdId) -> Result<Vec<AdVersion>>;

    /// Number of ads in the store.
    fn count_ads(&self) -> Result<i64>;

    /// The price as written of every ad not marked removed, with its site
    /// (for the site medians of `low_price`).
    fn current_prices(&self) -> Result<Vec<(String, String)>>;

    /// Images of an ad still lacking a hash (and not failed).
    fn images_to_hash(&self, limit: usize) -> Result<Vec<(AdId, String)>>;

    /// Records an image's perceptual hash, or why it could not be hashed.
    fn set_image_hash(
        &mut self,
        ad_id: AdId,
        url: &str,
        hash: std::result::Result<u64, String>,
    ) -> Result<()>;
}

/// Per-ad analysis results: what needs analysing, the hits and scores, the
/// phones found.
pub trait AnalysisStore {
    /// Stores per-ad analysis (replacing any earlier one) and the phones it
    /// found; keeps existing link hits and adds their weight to the score.
    fn save_analysis(
        &mut self,
        ad_id: AdId,
        analysis: &AdAnalysis,
        content_hash: &str,
        score_with_links: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()>;

    /// Stores many analyses in one transaction.
    fn save_analyses(
        &mut self,
        items: &[NewAnalysis],
        score_with_links: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()>;

    /// Replaces the link hits of many ads at once (ads absent from `hits`
    /// lose their link hits), re-scoring each with `score`.
    fn replace_link_hits(
        &mut self,
        hits: &std::collections::BTreeMap<AdId, Vec<IndicatorHit>>,
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()>;

    /// Sets the link hits of some ads (an empty list: none), re-scoring
    /// each with `score`; ads without an analysis are skipped. The other
    /// ads keep theirs: for a linker that knows what changed.
    fn update_link_hits(
        &mut self,
        hits: &[(AdId, &[IndicatorHit])],
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()>;

    /// The stored analysis of an ad.
    fn analysis(&self, ad_id: AdId) -> Result<Option<StoredAnalysis>>;

    /// The phones found in an ad.
    fn phones_of(&self, ad_id: AdId) -> Result<Vec<StoredPhone>>;

    /// Ids of ads whose analysis is missing, stale (content changed), made
    /// with other rules than `rules_version`, or made with other settings of
    /// the ad's site than the stored ones ([`crate::sites`]).
    fn ads_needing_analysis(&self, rules_version: &str) -> Result<Vec<AdId>>;
}

/// Linking results: links, clusters, networks and the phone block-list,
/// replaced as a whole by a linking run.
pub trait LinkStore {
    /// Replaces all links, clusters, networks and the block-list with
    /// `result`, in one transaction, writing only what changed. Networks
    /// keep their ids as they grow (an id is the smallest member ad, so the
    /// oldest). When a network disappears into another (two merged, or its
    /// first ad went), reviewers' watches and its review status follow it to
    /// the network holding most of its ads, and both networks get a `merged`
    /// event; a network whose ads now lie in several networks gets a `split`
    /// event. Every merge and split is also in the audit log.
    fn replace_linking(&mut self, result: &LinkingResult) -> Result<LinkingChanges>;

    /// Links touching an ad.
    fn links_of(&self, ad: AdId) -> Result<Vec<LinkRow>>;

    /// The (text, image) cluster ids of an ad.
    fn clusters_of(&self, ad: AdId) -> Result<(Option<i64>, Option<i64>)>;

    /// The network an ad belongs to.
    fn network_of(&self, ad: AdId) -> Result<Option<i64>>;

    /// One network with its members.
    fn network(&self, id: i64) -> Result<Option<NetworkRow>>;

    /// Ids of all networks, largest first.
    fn network_ids(&self) -> Result<Vec<i64>>;

    /// The phone block-list with reasons.
    fn blocked_phones(&self) -> Result<Vec<BlockedPhone>>;
}

/// Text fingerprints kept between linking runs, so linking is incremental.
pub trait FingerprintStore {
    /// Linking metadata of every ad, in id order.
    fn link_metas(&self) -> Result<Vec<LinkMeta>>;

    /// The linked text (title and body) of some ads.
    fn link_texts(&self, ids: &[AdId]) -> Result<HashMap<AdId, String>>;

    /// The fingerprints that are current: made by format `version` from the
    /// ad's present content.
    fn link_prints(&self, version: &str) -> Result<Vec<StoredPrint>>;

    /// Stores fingerprints: (ad, the content hash they were made from, the
    /// encoded print), in one transaction.
    fn save_link_prints(
        &mut self,
        version: &str,
        prints: &[(AdId, String, Option<Vec<u8>>)],
    ) -> Result<()>;

    /// Forgets every fingerprint (a full re-link makes them again).
    fn clear_link_prints(&mut self) -> Result<()>;
}

/// What changed for linking since a linker last read the store
/// ([`crate::changes`]), for a linker kept between passes.
pub trait ChangeStore {
    /// The newest change's sequence number (0 when none was logged).
    fn link_change_seq(&self) -> Result<i64>;

    /// The ads changed after sequence number `seq` (distinct, in id order),
    /// and the newest sequence number among them (`seq` when there are none).
    fn link_changes_since(&self, seq: i64) -> Result<(Vec<AdId>, i64)>;

    /// Forgets the changes up to and including `seq` (a linker has them).
    fn prune_link_changes(&mut self, seq: i64) -> Result<()>;

    /// The link generation written last ([`ChangeStore::set_link_generation`]).
    fn link_generation(&self) -> Result<Option<String>>;

    /// Records that links were written by a linker of generation `generation`.
    fn set_link_generation(&mut self, generation: &str) -> Result<()>;

    /// Linking metadata of some ads (those that exist), in id order.
    fn link_metas_of(&self, ids: &[AdId]) -> Result<Vec<LinkMeta>>;

    /// The current fingerprints of some ads.
    fn link_prints_of(&self, version: &str, ids: &[AdId]) -> Result<Vec<StoredPrint>>;
}

/// The persisted settings of each site (phone region, languages, site-wide
/// numbers) that analysis depends on.
pub trait SiteStore {
    /// Records the settings of `sites` (inserting new sites, updating changed
    /// ones). Returns the names of the sites whose settings changed: their ads
    /// are analysed again on the next analysis run.
    fn save_sites(&mut self, sites: &[SiteSettings]) -> Result<Vec<String>>;

    /// The stored settings of every site, by name.
    fn sites(&self) -> Result<Vec<SiteSettings>>;
}

/// The kept trend counts ([`crate::tally`]): brought up to date by the
/// writer after it changed ads, analysis or networks.
pub trait TallyStore {
    /// Settles the counts of every ad changed since the last settling, in
    /// one transaction. Returns how many ads were settled.
    fn settle_tallies(&mut self) -> Result<usize>;
}

/// Review: statuses, notes (append-only events) and watches.
pub trait ReviewStore {
    /// Sets a case's status (with an optional note) as `reviewer`. Returns the event id.
    fn set_status(
        &mut self,
        target: Target,
        status: ReviewStatus,
        reviewer: &str,
        note: Option<&str>,
    ) -> Result<i64>;

    /// [`ReviewStore::set_status`], refused with [`StoreError::Stale`](crate::StoreError::Stale)
    /// unless the case's newest status event is still the one the caller
    /// read (`seen`: its id, `None` when the case had none): two reviewers
    /// changing one case from the same view cannot overwrite each other.
    fn set_status_if(
        &mut self,
        target: Target,
        status: ReviewStatus,
        reviewer: &str,
        note: Option<&str>,
        seen: Option<i64>,
    ) -> Result<i64>;

    /// The case's newest status event (what [`ReviewStore::set_status_if`]
    /// compares with), `None` when its status was never set.
    fn last_status_event(&self, target: Target) -> Result<Option<ReviewEvent>>;

    /// Adds a note to a case as `reviewer`. Returns the event id.
    fn add_note(&mut self, target: Target, reviewer: &str, note: &str) -> Result<i64>;

    /// A case's current status (`new` when never reviewed).
    fn status_of(&self, target: Target) -> Result<ReviewStatus>;

    /// A case's history, oldest first.
    fn events_of(&self, target: Target) -> Result<Vec<ReviewEvent>>;

    /// Follows (`on = true`) or unfollows a network id or a phone number.
    fn set_watch(&mut self, kind: WatchKind, target: &str, reviewer: &str, on: bool) -> Result<()>;

    /// What a reviewer follows.
    fn watches(&self, reviewer: &str) -> Result<Vec<Watch>>;

    /// Ads that joined a followed network or number since the reviewer's last
    /// look: (watch, ad id). With `mark_seen`, moves the last look to now.
    fn alerts(&mut self, reviewer: &str, mark_seen: bool) -> Result<Vec<(Watch, i64)>>;
}

/// The review queue's reads: filtered pages in priority order, counts, and
/// everything known about one ad (on PostgreSQL, review statuses are the
/// reader's organisation's).
pub trait QueueStore: AdStore + AnalysisStore + LinkStore + ReviewStore {
    /// The ads `f` selects, in priority order (score, network size, newness,
    /// id), with `f.limit` / `f.offset`.
    fn list_ads(&self, f: &ListFilter) -> Result<Vec<AdSummary>>;

    /// One page of the queue: the rows of [`QueueStore::list_ads`] for the
    /// same filter, the fastest way the backend has.
    fn queue_page(&self, f: &ListFilter) -> Result<Vec<AdSummary>>;

    /// How many ads `f` selects (limit and offset ignored).
    fn queue_count(&self, f: &ListFilter) -> Result<i64>;

    /// Ads (not removed) per review status, every status present (0 when none).
    fn status_counts(&self) -> Result<Vec<(ReviewStatus, i64)>>;

    /// The images of ad `ad`.
    fn images_of(&self, ad: AdId) -> Result<Vec<StoredImage>>;

    /// Networks in priority order (size, strongest member score, last
    /// seen), with status, assignee, cities and indicators.
    fn network_list(&self, f: &NetworkFilter) -> Result<Vec<NetworkListItem>>;

    /// Everything known about ad `id`.
    fn ad_detail(&self, id: AdId) -> Result<Option<AdDetail>> {
        let Some(stored) = self.ad(id)? else {
            return Ok(None);
        };
        let (text_cluster, image_cluster) = self.clusters_of(id)?;
        Ok(Some(AdDetail {
            analysis: self.analysis(id)?,
            phones: self.phones_of(id)?,
            images: self.images_of(id)?,
            versions: self.ad_versions(id)?,
            links: self.links_of(id)?,
            text_cluster,
            image_cluster,
            network_id: self.network_of(id)?,
            status: self.status_of(Target::Ad(id))?,
            events: self.events_of(Target::Ad(id))?,
            stored,
        }))
    }
}

/// The export's reads: a consistent snapshot, the selection, each ad's
/// record, networks, the census and phone strings.
pub trait ExportStore {
    /// A read snapshot: while it lives, every read sees one state of the store.
    type Snapshot<'a>
    where
        Self: 'a;

    /// Starts a read snapshot (see [`Snapshot`]). Do not write through this
    /// store while it lives.
    fn read_snapshot(&self) -> Result<Self::Snapshot<'_>>;

    /// Whether the store is encrypted at rest by adscreen (an export
    /// written in plain text then gets a warning).
    fn encrypted_at_rest(&self) -> bool;

    /// Ids of the ads matching `f` (same meaning as [`Store::list_ads`](crate::Store::list_ads)),
    /// in ascending id order; `limit`/`offset` are ignored.
    fn export_ad_ids(&self, f: &ListFilter) -> Result<Vec<AdId>>;

    /// Everything the export writes about ad `id`.
    fn export_record(&self, id: AdId) -> Result<Option<ExportRecord>>;

    /// Networks that any of `ids` belongs to, ascending.
    fn export_network_ids(&self, ids: &[AdId]) -> Result<Vec<i64>>;

    /// Ids of every network, ascending.
    fn export_all_network_ids(&self) -> Result<Vec<i64>>;

    /// The personal data a selection of ads (and the given networks) carries.
    fn export_census(&self, ids: &[AdId], networks: &[i64]) -> Result<ExportCensus>;

    /// Every phone string the store holds, with its E.164 form when known:
    /// normalised numbers, numbers as written in ads, block-listed numbers,
    /// and the raw strings of structured phone fields. The pseudonymising
    /// export replaces each of them wherever it occurs.
    fn export_phone_strings(&self) -> Result<Vec<(String, Option<String>)>>;

    /// Links of each kind (`phone`, `text`, `image`) among `members`.
    fn export_link_counts(&self, members: &[AdId]) -> Result<Vec<(String, u64)>>;

    /// The rules version of the most recent analysis, if any.
    fn export_rules_version(&self) -> Result<Option<String>>;
}

/// Teamwork: assignments, reminders, the contact log and the
/// do-not-contact list ([`crate::teamwork`]). On PostgreSQL assignments,
/// reminders and the log are the reader's organisation's; the
/// do-not-contact list is shared, and so is the gap between two contacts
/// to one number (another organisation's contact counts, without its
/// details).
pub trait TeamworkStore {
    /// Assigns a case to `assignee` (replacing any earlier one). Returns the event id.
    fn assign(&mut self, target: Target, assignee: &str, by: &str) -> Result<i64>;

    /// Who has a case, if anyone.
    fn assignee_of(&self, target: Target) -> Result<Option<String>>;

    /// Ids of the ads (or with `networks`, the networks) assigned to `assignee`.
    fn assigned_ids(&self, assignee: &str, networks: bool) -> Result<Vec<i64>>;

    /// Sets the follow-up date of a case. Returns the event id.
    fn remind(&mut self, target: Target, due_on: NaiveDate, by: &str) -> Result<i64>;

    /// Follow-ups due on or before `day`, earliest first; with `assignee`,
    /// only that reviewer's.
    fn due(&self, day: NaiveDate, assignee: Option<&str>) -> Result<Vec<Reminder>>;

    /// Whether `e164` may be contacted at `at`, given a minimum gap of
    /// `gap_days` since the last contact.
    fn contact_check(&self, e164: &str, at: DateTime<Utc>, gap_days: i64) -> Result<ContactCheck>;

    /// Records a contact attempt as `reviewer` (refused for a number on the
    /// do-not-contact list). Returns the contact id.
    fn record_contact(&mut self, c: &NewContact<'_>, reviewer: &str) -> Result<i64>;

    /// Every contact to a number, oldest first.
    fn contacts_of(&self, e164: &str) -> Result<Vec<Contact>>;

    /// Puts a number on (`on`) or takes it off the do-not-contact list.
    fn set_do_not_contact(
        &mut self,
        e164: &str,
        reason: DncReason,
        by: &str,
        on: bool,
    ) -> Result<()>;

    /// The do-not-contact entry of a number, if any.
    fn do_not_contact_entry(&self, e164: &str) -> Result<Option<DoNotContact>>;

    /// The whole do-not-contact list, by number.
    fn do_not_contact_list(&self) -> Result<Vec<DoNotContact>>;
}

/// Retention ([`crate::retention`]): purging ads not seen for a period,
/// with what derives from them, unless an open case keeps them.
pub trait RetentionStore {
    /// Whether this connection may purge: always on SQLite; on PostgreSQL
    /// the store's owner, or a role that sees every organisation's rows.
    fn may_purge(&self) -> Result<bool>;

    /// Purges ads not seen for `retention` as `actor`. With `dry_run`, only
    /// reports. On PostgreSQL only the store's owner may purge (it must see
    /// every organisation's open cases).
    fn purge(
        &mut self,
        retention: std::time::Duration,
        actor: &str,
        dry_run: bool,
    ) -> Result<crate::retention::PurgeReport>;
}

/// Erasure and access on request ([`crate::erasure`]): what a phone
/// number, an ad or a network leaves in the store, deleting it, and the
/// access report of a number. On PostgreSQL all three run as the store's
/// owner only (or a superuser): they must reach every organisation's rows,
/// which row-level security hides from other roles, and lift the
/// append-only guards for the redactions.
pub trait ErasureStore {
    /// Whether this connection may run an erasure or an access report
    /// (always on SQLite; on PostgreSQL, the owner or a superuser).
    fn may_erase(&self) -> Result<bool>;

    /// What erasing `subject` would remove. An ad or network that does not
    /// exist is [`StoreError::NoSuchCase`](crate::StoreError::NoSuchCase); a
    /// number with no data gives an empty plan. `normalize` reads
    /// structured phone fields (see [`crate::erasure::NormalizePhone`]).
    fn erasure_plan(
        &self,
        subject: &crate::erasure::Subject,
        normalize: crate::erasure::NormalizePhone,
    ) -> Result<crate::erasure::ErasurePlan>;

    /// Erases what `plan` lists, in one transaction, as `actor`, and logs
    /// it in the audit log with counts only; then frees the space the
    /// erased rows held (SQLite: VACUUM and a WAL checkpoint; PostgreSQL:
    /// VACUUM of the tables concerned).
    fn erase(
        &mut self,
        plan: &crate::erasure::ErasurePlan,
        actor: &str,
    ) -> Result<crate::erasure::ErasureDone>;

    /// Everything held about a number (E.164), for an access request;
    /// `normalize` reads structured phone fields.
    fn subject_report(
        &self,
        e164: &str,
        normalize: crate::erasure::NormalizePhone,
    ) -> Result<crate::erasure::SubjectReport>;
}

/// Trend statistics (`review stats`, the Trends screen) and outreach per
/// month.
pub trait TrendStore {
    /// Trends over `weeks` weeks for the ads `f` selects, the fastest way
    /// the backend has (SQLite's kept counts where they answer `f`).
    fn trends(&self, f: &ListFilter, weeks: usize) -> Result<Trends>;

    /// [`TrendStore::trends`] counted from the ads.
    fn trends_recount(&self, f: &ListFilter, weeks: usize) -> Result<Trends>;

    /// Contact attempts, conversations and referrals per month, oldest first.
    fn outreach_per_month(&self) -> Result<Vec<OutreachMonth>>;
}

/// The append-only audit log: who did what, when (on PostgreSQL, within the
/// reader's organisation).
pub trait AuditStore {
    /// Appends an entry in its own transaction.
    fn audit(&mut self, actor: &str, action: &str, details: &serde_json::Value) -> Result<()>;

    /// Entries, newest first, optionally of one action only, at most `limit`.
    fn audit_log(&self, action: Option<&str>, limit: usize) -> Result<Vec<AuditEvent>>;
}

/// Everything the analysis engine (`crawler::engine`) asks of a store: ads,
/// their analysis, linking, fingerprints, changes, site settings and the
/// kept counts. Implemented by every store that implements those roles.
pub trait EngineStore:
    AdStore + AnalysisStore + LinkStore + FingerprintStore + ChangeStore + SiteStore + TallyStore
{
}

impl<
        S: AdStore
            + AnalysisStore
            + LinkStore
            + FingerprintStore
            + ChangeStore
            + SiteStore
            + TallyStore,
    > EngineStore for S
{
}
