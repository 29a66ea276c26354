//! The application layer: what happens after new data arrives, the same
//! for every path (`crawler crawl`, the daemon, `crawler import`,
//! `crawler analyze` and the demo).
//!
//! [`register_profiles`] records the sites' settings in the store, and
//! [`refresh`] analyses every ad that needs it (new, changed, or analysed
//! under other rules or other site settings) with the *stored* settings, then
//! links the store incrementally. Image hashing comes before it and depends
//! on where the images are (fetched by the crawler, or local files of an
//! import), so each path does that itself.

use crate::pipeline::{self, AnalyzeReport, LinkCache, LinkReport, SiteSettings};
use crate::profile::SiteProfile;
use anyhow::{Context as _, Result};
use indicators::rules::Rules;
use store::EngineStore;

/// A step of [`refresh`], for progress reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// Analysing: ads done of ads to do.
    Analysing {
        /// Ads analysed so far.
        done: usize,
        /// Ads to analyse in this run.
        total: usize,
    },
    /// Linking, with what it is doing in words.
    Linking(&'a str),
}

/// What [`refresh`] did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RefreshReport {
    /// The analysis of new and changed ads.
    pub analysis: AnalyzeReport,
    /// The linking.
    pub linking: LinkReport,
}

/// How [`refresh`] links.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RefreshOptions {
    /// Forget the stored fingerprints and link every ad afresh (after a
    /// change of the normalisation or of the linking rules).
    pub relink: bool,
}

/// Records the settings of `profiles` as their sites' stored settings.
/// Returns the sites whose settings changed (their ads are analysed again).
pub fn register_profiles(
    store: &mut impl EngineStore,
    profiles: &[SiteProfile],
) -> Result<Vec<String>> {
    let changed = store
        .save_sites(&pipeline::profile_settings(profiles))
        .context("recording the site settings")?;
    for site in &changed {
        tracing::info!(%site, "site settings recorded; its ads are analysed with them");
    }
    Ok(changed)
}

/// Analyses what needs it and links the store, with the stored site settings.
pub fn refresh(
    store: &mut impl EngineStore,
    rules: &Rules,
    options: RefreshOptions,
    progress: impl FnMut(Step<'_>),
) -> Result<RefreshReport> {
    let mut cache = LinkCache::default();
    let report = analyse_and_link(store, rules, options, &mut cache, progress)?;
    // Nothing links again in this run: the linker (GiBs at a million ads)
    // goes before the settle, which holds every settled ad's contribution.
    drop(cache);
    settle(store)?;
    Ok(report)
}

/// [`refresh`] for a long-running process: the linker stays in `cache`, so
/// the next call re-links only what changed in between (same outcome).
pub fn refresh_cached(
    store: &mut impl EngineStore,
    rules: &Rules,
    options: RefreshOptions,
    cache: &mut LinkCache,
    progress: impl FnMut(Step<'_>),
) -> Result<RefreshReport> {
    let report = analyse_and_link(store, rules, options, cache, progress)?;
    settle(store)?;
    Ok(report)
}

/// Analysis and linking of [`refresh_cached`], without the settle.
fn analyse_and_link(
    store: &mut impl EngineStore,
    rules: &Rules,
    options: RefreshOptions,
    cache: &mut LinkCache,
    mut progress: impl FnMut(Step<'_>),
) -> Result<RefreshReport> {
    let sites = SiteSettings::load(store)?;
    let analysis = pipeline::analyze_pending(store, rules, &sites, |done, total| {
        progress(Step::Analysing { done, total })
    })?;
    let linking = pipeline::link_store_cached(store, rules, &sites, options.relink, cache, |m| {
        progress(Step::Linking(m))
    })?;
    Ok(RefreshReport { analysis, linking })
}

/// The trend counts follow what analysis and linking changed.
fn settle(store: &mut impl EngineStore) -> Result<()> {
    let settled = {
        let _s = tracing::debug_span!("settle_tallies").entered();
        store
            .settle_tallies()
            .context("updating the trend counts")?
    };
    tracing::debug!(settled, "trend counts settled");
    Ok(())
}
