//! The analysis pipeline over the store: per-ad analysis of what is new or
//! changed (or analysed under other rules), image hashing of local files, and
//! linking into clusters and networks with the cross-ad indicators.
//!
//! Used after every crawl pass, by `crawler import` and by `crawler analyze`.

use crate::profile::SiteProfile;
use anyhow::{Context as _, Result};
use indicators::linking::{self, LinkAd, LinkConfig, SiteNumber};
use indicators::rules::Rules;
use indicators::{IndicatorHit, SiteContext};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use store::analysis::NewAnalysis;
use store::links::{BlockedPhone, LinkRow, LinkingResult, NetworkRow};
use store::EngineStore;

/// The stored settings of every site ([`store::sites`]), as analysis and
/// linking read them. A site without stored settings (ads imported from a
/// file for a site never crawled) is analysed with no language allow-list
/// and its ads' own default region.
#[derive(Debug, Clone, Default)]
pub struct SiteSettings {
    by_name: HashMap<String, (store::sites::SiteSettings, String)>,
}

impl SiteSettings {
    /// The settings stored in `store`.
    pub fn load(store: &impl EngineStore) -> Result<SiteSettings> {
        let by_name = store
            .sites()
            .context("reading the stored site settings")?
            .into_iter()
            .map(|s| {
                let v = s.version();
                (s.name.clone(), (s, v))
            })
            .collect();
        Ok(SiteSettings { by_name })
    }

    /// The language allow-list of `site` (empty: every language).
    pub fn languages(&self, site: &str) -> &[String] {
        self.by_name
            .get(site)
            .map_or(&[][..], |(s, _)| s.languages.as_slice())
    }

    /// The version of `site`'s settings ("" when it has none stored).
    pub fn version(&self, site: &str) -> &str {
        self.by_name.get(site).map_or("", |(_, v)| v.as_str())
    }

    /// Every configured site-wide number: (as written, site, region).
    pub fn site_phones(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.by_name.values().flat_map(|(s, _)| {
            s.site_phones
                .iter()
                .map(|n| (n.as_str(), s.name.as_str(), s.default_region.as_str()))
        })
    }
}

/// The settings each profile gives its site, for [`SiteStore::save_sites`](store::SiteStore::save_sites).
pub fn profile_settings(profiles: &[SiteProfile]) -> Vec<store::sites::SiteSettings> {
    profiles
        .iter()
        .map(|p| store::sites::SiteSettings {
            name: p.name.clone(),
            default_region: p.default_region.clone(),
            languages: p.languages.clone(),
            site_phones: p.site_phones.clone(),
        })
        .collect()
}

/// What [`analyze_pending`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AnalyzeReport {
    /// Ads analysed.
    pub analysed: usize,
    /// Ads with at least one hit.
    pub flagged: usize,
}

/// The score of an ad's own hits plus its link hits.
pub fn combined_score(rules: &Rules) -> impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64 + '_ {
    move |own: &[IndicatorHit], links: &[IndicatorHit]| {
        let all: Vec<IndicatorHit> = own.iter().chain(links).cloned().collect();
        rules.score(&all)
    }
}

/// Median of the prices on each site (for `low_price`).
fn median_prices(store: &impl EngineStore) -> Result<HashMap<String, f64>> {
    let mut by_site: HashMap<String, Vec<f64>> = HashMap::new();
    for (site, price) in store.current_prices()? {
        if let Some(p) = indicators::text::parse_price(&price) {
            by_site.entry(site).or_default().push(p);
        }
    }
    Ok(by_site
        .into_iter()
        .filter(|(_, v)| v.len() >= 5)
        .map(|(site, mut v)| {
            v.sort_by(|a, b| a.total_cmp(b));
            let mid = v.len() / 2;
            let m = if v.len() % 2 == 0 {
                (v[mid - 1] + v[mid]) / 2.0
            } else {
                v[mid]
            };
            (site, m)
        })
        .collect())
}

/// Analyses every ad whose analysis is missing, stale or from other rules.
/// `progress` is called with (done, total) now and then.
pub fn analyze_pending(
    store: &mut impl EngineStore,
    rules: &Rules,
    sites: &SiteSettings,
    mut progress: impl FnMut(usize, usize),
) -> Result<AnalyzeReport> {
    let ids = {
        let _s = tracing::debug_span!("pending_ads").entered();
        store.ads_needing_analysis(&rules.version)?
    };
    let medians = {
        let _s = tracing::debug_span!("median_prices").entered();
        median_prices(store)?
    };
    let mut report = AnalyzeReport::default();
    let score = combined_score(rules);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let mut done = 0;
    // Read a chunk, analyse it on every core (analysis is pure) and, while
    // it runs, write the chunk before it in one transaction: the store is
    // touched by this thread only, and the writes no longer leave the other
    // cores idle.
    let mut unsaved: Vec<NewAnalysis> = Vec::new();
    for chunk in ids.chunks(ANALYZE_CHUNK) {
        let _s = tracing::debug_span!("analyse_chunk", ads = chunk.len()).entered();
        let stored = {
            let _s = tracing::debug_span!("read").entered();
            store.ads_by_ids(chunk)?
        };
        let per_thread = stored.len().div_ceil(threads).max(1);
        let results: Vec<NewAnalysis> = std::thread::scope(|scope| -> Result<_> {
            let handles: Vec<_> = stored
                .chunks(per_thread)
                .map(|part| {
                    let medians = &medians;
                    scope.spawn(move || {
                        part.iter()
                            .map(|s| {
                                let ctx = SiteContext {
                                    default_region: s.default_region.clone(),
                                    languages: sites.languages(&s.ad.site).to_vec(),
                                    median_price: medians.get(&s.ad.site).copied(),
                                };
                                NewAnalysis {
                                    ad_id: s.id,
                                    analysis: indicators::analyze::analyze(&s.ad, &ctx, rules),
                                    content_hash: s.content_hash.clone(),
                                    site_version: sites.version(&s.ad.site).to_string(),
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            if !unsaved.is_empty() {
                let _save = tracing::debug_span!("save").entered();
                store.save_analyses(&unsaved, &score)?;
                done += unsaved.len();
                progress(done, ids.len());
            }
            let _wait = tracing::debug_span!("analyse").entered();
            Ok(handles
                .into_iter()
                .flat_map(|h| h.join().expect("analysis thread panicked"))
                .collect())
        })?;
        report.flagged += results
            .iter()
            .filter(|n| !n.analysis.hits.is_empty())
            .count();
        report.analysed += results.len();
        unsaved = results;
    }
    if !unsaved.is_empty() {
        let _save = tracing::debug_span!("save").entered();
        store.save_analyses(&unsaved, &score)?;
    }
    progress(ids.len(), ids.len());
    Ok(report)
}

/// Ads read, analysed and written per step.
const ANALYZE_CHUNK: usize = 2000;

/// Hashes images given as local file paths (relative ones against `base`),
/// with the same byte and pixel caps as fetched images.
pub fn hash_local_images(store: &mut impl EngineStore, base: &Path) -> Result<usize> {
    let mut done = 0;
    let limits = linking::ImageLimits::default();
    for (ad_id, url) in store.images_to_hash(usize::MAX >> 1)? {
        if url.starts_with("http://") || url.starts_with("https://") {
            continue;
        }
        let path = base.join(&url);
        let result = read_capped(&path, limits.max_bytes)
            .and_then(|bytes| linking::hash_image(&bytes, &limits).map_err(|e| e.to_string()))
            .map_err(|e| format!("{}: {e}", path.display()));
        store.set_image_hash(ad_id, &url, result)?;
        done += 1;
    }
    Ok(done)
}

fn read_capped(path: &Path, max: usize) -> std::result::Result<Vec<u8>, String> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    f.take(max as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| e.to_string())?;
    if buf.len() > max {
        return Err(format!("image larger than {max} bytes"));
    }
    Ok(buf)
}

/// What [`link_store`] found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkReport {
    /// Links of each kind.
    pub links: BTreeMap<String, usize>,
    /// Networks of two or more ads.
    pub networks: usize,
    /// Numbers on the block-list.
    pub blocked: usize,
    /// Ads whose text was fingerprinted in this run (new or changed); the
    /// others came from stored fingerprints.
    pub fingerprinted: usize,
    /// What changed in the store (links, networks, merges and splits).
    pub changes: store::links::LinkingChanges,
    /// Whether a kept linker ([`LinkCache`]) was brought up to date, rather
    /// than one built from the stored data.
    pub incremental: bool,
}

/// The fingerprint format and settings a stored print must match.
fn print_version(cfg: &LinkConfig) -> String {
    format!(
        "v{}:k{}:m{}",
        linking::text::PRINT_FORMAT,
        cfg.shingle_words,
        cfg.min_text_words
    )
}

/// Ads fingerprinted (texts read) per step.
const PRINT_CHUNK: usize = 20_000;

/// The linker of a long-running process (the daemon), kept between passes
/// so that a pass reads, fingerprints and re-indexes only the ads that
/// changed since the last one ([`store::changes`]) instead of rebuilding the
/// index of every ad. An empty cache (the default) links from stored data.
///
/// It holds the whole linker in memory: about as much as one full linking
/// run needs (see BENCHMARKS.md), for as long as the process runs.
#[derive(Default)]
pub struct LinkCache {
    warm: Option<Warm>,
}

impl std::fmt::Debug for LinkCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkCache")
            .field("ads", &self.warm.as_ref().map_or(0, |w| w.linker.len()))
            .finish()
    }
}

impl LinkCache {
    /// Whether the next pass can start from the kept linker.
    pub fn is_warm(&self) -> bool {
        self.warm.is_some()
    }
}

/// What a warm [`LinkCache`] keeps.
struct Warm {
    linker: linking::Linker,
    /// The rules and settings the linker was built with.
    key: String,
    /// The link generation this process wrote last.
    generation: String,
    /// The last change consumed.
    seq: i64,
    /// A hash of each linked ad's linking metadata.
    metas: HashMap<i64, u64>,
    /// The cross-ad hits written last.
    hits: BTreeMap<i64, Vec<IndicatorHit>>,
}

/// A hash of what linking reads of an ad.
fn meta_hash(m: &store::prints::LinkMeta) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (
        &m.site,
        &m.name,
        m.age,
        &m.location,
        m.seen_at,
        &m.phones,
        &m.image_hashes,
        &m.content_hash,
    )
        .hash(&mut h);
    h.finish()
}

/// The linking configuration of `rules` with the sites' own numbers.
fn link_config(rules: &Rules, sites: &SiteSettings) -> LinkConfig {
    let mut cfg = LinkConfig::from_rules(rules);
    for (raw, site, region) in sites.site_phones() {
        if let Some(e164) = indicators::phone::normalize(raw, region) {
            cfg.site_numbers.push(SiteNumber {
                e164,
                site: Some(site.to_string()),
                note: "listed in the profile's site_phones".to_string(),
            });
        }
    }
    cfg
}

/// Links every ad in the store and stores links, clusters, networks, the
/// block-list and the cross-ad hits, writing only what changed.
///
/// Only new and changed ads are read and fingerprinted; every other ad's
/// fingerprint comes from the store (`link_prints`), so the linker's index
/// is rebuilt from stored data. `relink` forgets the stored fingerprints
/// first (after a change to the normalisation or the rules).
pub fn link_store(
    store: &mut impl EngineStore,
    rules: &Rules,
    sites: &SiteSettings,
    relink: bool,
    progress: impl FnMut(&str),
) -> Result<LinkReport> {
    link_store_cached(
        store,
        rules,
        sites,
        relink,
        &mut LinkCache::default(),
        progress,
    )
}

/// [`link_store`] starting from `cache` when it is still current (same
/// rules and settings, and no other process linked the store since), and
/// leaving the linker in it for the next pass. The outcome is the same as
/// [`link_store`]'s on the same store.
pub fn link_store_cached(
    store: &mut impl EngineStore,
    rules: &Rules,
    sites: &SiteSettings,
    relink: bool,
    cache: &mut LinkCache,
    mut progress: impl FnMut(&str),
) -> Result<LinkReport> {
    let cfg = link_config(rules, sites);
    let version = print_version(&cfg);
    let key = format!("{version}|{}|{:?}", rules.version, cfg.site_numbers);
    let stored_generation = store.link_generation()?;
    let warm = cache.warm.take().filter(|w| {
        !relink && w.key == key && stored_generation.as_deref() == Some(w.generation.as_str())
    });
    let incremental = warm.is_some();
    let (linker, seq, metas, prev_hits, fingerprinted) = match warm {
        Some(w) => update_linker(store, w, &version, &mut progress)?,
        None => build_linker(store, cfg, &version, relink, &mut progress)?,
    };
    let outcome_span = tracing::debug_span!("link_outcome").entered();
    let mut out = linker.outcome(rules);
    // Quote the shared passages: only the texts of ads with a template hit.
    let quoted: Vec<i64> = out
        .hits
        .iter()
        .filter(|(_, hs)| {
            hs.iter()
                .any(|h| h.code == indicators::IndicatorCode::TextTemplate)
        })
        .map(|(&id, _)| id)
        .collect();
    let texts = store.link_texts(&quoted)?;
    linking::fill_passages(&mut out.hits, |id| texts.get(&id).map(String::as_str));
    let mut report = LinkReport {
        networks: out.networks.len(),
        blocked: out.blocked_phones.len(),
        fingerprinted,
        incremental,
        ..LinkReport::default()
    };
    for l in &out.links {
        *report.links.entry(l.kind.as_str().to_string()).or_default() += 1;
    }
    drop(outcome_span);
    progress("saving links and networks");
    let _save = tracing::debug_span!("link_save").entered();
    let result = LinkingResult {
        links: out
            .links
            .iter()
            .map(|l| LinkRow {
                a: l.a,
                b: l.b,
                kind: l.kind,
                evidence: l.evidence.clone(),
                score: l.score,
            })
            .collect(),
        clusters: out
            .text_cluster
            .iter()
            .map(|(ad, c)| (*ad, "text".to_string(), *c))
            .chain(
                out.image_cluster
                    .iter()
                    .map(|(ad, c)| (*ad, "image".to_string(), *c)),
            )
            .collect(),
        networks: out
            .networks
            .iter()
            .map(|n| NetworkRow {
                id: n.network_id,
                ad_ids: n.ad_ids.clone(),
                first_seen: Some(n.first_seen),
                last_seen: Some(n.last_seen),
                summary: serde_json::to_value(n).unwrap_or_default(),
            })
            .collect(),
        blocked: out
            .blocked_phones
            .iter()
            .map(|b| BlockedPhone {
                e164: b.e164.clone(),
                reason: b.reason.clone(),
                source: b.source.as_str().to_string(),
            })
            .collect(),
    };
    report.changes = {
        let _s = tracing::debug_span!("replace_linking").entered();
        store.replace_linking(&result)?
    };
    {
        let _s = tracing::debug_span!("replace_link_hits").entered();
        match &prev_hits {
            // Only the ads whose cross-ad hits differ from those written last.
            Some(prev) => {
                let none: &[IndicatorHit] = &[];
                let changed: Vec<(i64, &[IndicatorHit])> = out
                    .hits
                    .iter()
                    .filter(|(id, h)| prev.get(id) != Some(h))
                    .map(|(&id, h)| (id, h.as_slice()))
                    .chain(
                        prev.keys()
                            .filter(|id| !out.hits.contains_key(id))
                            .map(|&id| (id, none)),
                    )
                    .collect();
                store.update_link_hits(&changed, combined_score(rules))?;
            }
            None => store.replace_link_hits(&out.hits, combined_score(rules))?,
        }
    }
    let generation = format!("{:016x}", rand::random::<u64>());
    store.set_link_generation(&generation)?;
    store.prune_link_changes(seq)?;
    cache.warm = Some(Warm {
        linker,
        key,
        generation,
        seq,
        metas,
        hits: out.hits,
    });
    Ok(report)
}

/// What a linker build or update hands on: the linker, the last change it
/// read, its ads' metadata hashes, the hits written last (when known) and
/// how many texts were fingerprinted.
type Built = (
    linking::Linker,
    i64,
    HashMap<i64, u64>,
    Option<BTreeMap<i64, Vec<IndicatorHit>>>,
    usize,
);

/// The [`linking::LinkAd`] of stored metadata (without its text).
fn ad_of(m: &store::prints::LinkMeta) -> LinkAd {
    into_ad(m.clone())
}

/// The [`linking::LinkAd`] of stored metadata (without its text), taking
/// the metadata's strings instead of copying them.
fn into_ad(m: store::prints::LinkMeta) -> LinkAd {
    LinkAd {
        ad_id: m.ad_id,
        site: m.site,
        name: m.name,
        age: m.age,
        location: m.location,
        seen_at: m.seen_at,
        phones: m.phones,
        text: String::new(),
        image_hashes: m.image_hashes,
    }
}

/// Fingerprints the ads of `metas` that are not in `prints` (reading their
/// texts in chunks), stores the prints made and adds them to `prints`.
/// Returns how many were made.
fn fingerprint_missing(
    store: &mut impl EngineStore,
    linker: &linking::Linker,
    version: &str,
    metas: &[&store::prints::LinkMeta],
    prints: &mut HashMap<i64, Option<linking::TextFingerprint>>,
    progress: &mut impl FnMut(&str),
) -> Result<usize> {
    let missing: Vec<&store::prints::LinkMeta> = metas
        .iter()
        .copied()
        .filter(|m| !prints.contains_key(&m.ad_id))
        .collect();
    let _s = tracing::debug_span!("link_fingerprint", ads = missing.len()).entered();
    for (i, chunk) in missing.chunks(PRINT_CHUNK).enumerate() {
        progress(&format!(
            "fingerprinting {}/{} new or changed ads",
            (i * PRINT_CHUNK + chunk.len()).min(missing.len()),
            missing.len()
        ));
        let ids: Vec<i64> = chunk.iter().map(|m| m.ad_id).collect();
        let mut texts = store.link_texts(&ids)?;
        let ads: Vec<LinkAd> = chunk
            .iter()
            .map(|m| LinkAd {
                text: texts.remove(&m.ad_id).unwrap_or_default(),
                ..ad_of(m)
            })
            .collect();
        let made = linker.fingerprints(&ads);
        let rows: Vec<(i64, String, Option<Vec<u8>>)> = chunk
            .iter()
            .zip(&made)
            .map(|(m, fp)| {
                (
                    m.ad_id,
                    m.content_hash.clone(),
                    fp.as_ref().map(|f| f.to_bytes()),
                )
            })
            .collect();
        store.save_link_prints(version, &rows)?;
        prints.extend(ids.into_iter().zip(made));
    }
    Ok(missing.len())
}

/// Decodes stored prints; an unreadable one is left out (and made again).
fn decode_prints(
    stored: Vec<store::prints::StoredPrint>,
) -> HashMap<i64, Option<linking::TextFingerprint>> {
    let mut prints = HashMap::with_capacity(stored.len());
    let mut unreadable = 0usize;
    for p in stored {
        match p.print.map(|b| linking::TextFingerprint::from_bytes(&b)) {
            Some(None) => unreadable += 1,
            fp => {
                prints.insert(p.ad_id, fp.flatten());
            }
        }
    }
    if unreadable > 0 {
        tracing::warn!(
            ads = unreadable,
            "unreadable stored fingerprints; they are made again"
        );
    }
    prints
}

/// A linker of every ad in the store, from stored fingerprints where they
/// are current.
fn build_linker(
    store: &mut impl EngineStore,
    cfg: LinkConfig,
    version: &str,
    relink: bool,
    progress: &mut impl FnMut(&str),
) -> Result<Built> {
    if relink {
        store.clear_link_prints()?;
    }
    let read = tracing::debug_span!("link_read").entered();
    // Changes logged from here on are read again by the next warm pass.
    let seq = store.link_change_seq()?;
    let metas = store.link_metas().context("reading ads for linking")?;
    let mut prints = decode_prints(store.link_prints(version)?);
    drop(read);
    let mut linker = linking::Linker::new(cfg);
    let all: Vec<&store::prints::LinkMeta> = metas.iter().collect();
    let fingerprinted = fingerprint_missing(store, &linker, version, &all, &mut prints, progress)?;
    progress(&format!("linking {} ads", metas.len()));
    let _s = tracing::debug_span!("link_index", ads = metas.len()).entered();
    let hashes = metas.iter().map(|m| (m.ad_id, meta_hash(m))).collect();
    drop(all);
    // The metadata moves into the linker's input rather than being copied:
    // at a million ads each copy is hundreds of MiB.
    let prepared = metas
        .into_iter()
        .map(|m| linking::PreparedAd {
            text: prints.remove(&m.ad_id).flatten(),
            ad: into_ad(m),
        })
        .collect();
    drop(prints);
    linker
        .add_prepared_batch(prepared)
        .context("linking: duplicate ad ids in the store")?;
    Ok((linker, seq, hashes, None, fingerprinted))
}

/// Adds the ads of `metas` to `linker` with their fingerprints from `prints`.
fn add_with_prints(
    linker: &mut linking::Linker,
    metas: &[&store::prints::LinkMeta],
    mut prints: HashMap<i64, Option<linking::TextFingerprint>>,
) -> Result<()> {
    let prepared = metas
        .iter()
        .map(|m| linking::PreparedAd {
            ad: ad_of(m),
            text: prints.remove(&m.ad_id).flatten(),
        })
        .collect();
    linker
        .add_prepared_batch(prepared)
        .context("linking: duplicate ad ids in the store")?;
    Ok(())
}

/// The kept linker brought up to date with the ads changed since its last
/// pass: removed ads go, changed ones are linked again, new ones added.
fn update_linker(
    store: &mut impl EngineStore,
    warm: Warm,
    version: &str,
    progress: &mut impl FnMut(&str),
) -> Result<Built> {
    let Warm {
        mut linker,
        seq,
        mut metas,
        hits,
        ..
    } = warm;
    let read = tracing::debug_span!("link_read_changes").entered();
    let (ids, seq) = store.link_changes_since(seq)?;
    let now: Vec<store::prints::LinkMeta> = store.link_metas_of(&ids)?;
    drop(read);
    let present: HashMap<i64, &store::prints::LinkMeta> =
        now.iter().map(|m| (m.ad_id, m)).collect();
    let mut gone = Vec::new();
    let mut fresh: Vec<&store::prints::LinkMeta> = Vec::new();
    for id in &ids {
        match present.get(id) {
            None => {
                metas.remove(id);
                gone.push(*id);
            }
            Some(m) => {
                let h = meta_hash(m);
                if metas.insert(*id, h) != Some(h) || !linker.contains(*id) {
                    gone.push(*id);
                    fresh.push(m);
                }
            }
        }
    }
    let fresh_ids: Vec<i64> = fresh.iter().map(|m| m.ad_id).collect();
    let mut prints = decode_prints(store.link_prints_of(version, &fresh_ids)?);
    let fingerprinted =
        fingerprint_missing(store, &linker, version, &fresh, &mut prints, progress)?;
    progress(&format!(
        "linking {} new or changed ads into {}",
        fresh.len(),
        linker.len()
    ));
    let _s = tracing::debug_span!("link_update", changed = ids.len()).entered();
    linker.remove_many(&gone);
    add_with_prints(&mut linker, &fresh, prints)?;
    Ok((linker, seq, metas, Some(hits), fingerprinted))
}
