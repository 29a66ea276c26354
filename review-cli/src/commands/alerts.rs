//! `review alerts [--peek]`: new ads that joined a followed network or
//! number since your last look. Reading them moves the last look to now,
//! unless `--peek`.

use crate::cli::AlertsArgs;
use crate::commands::list::clip;
use crate::context::Context;
use crate::i18n::{num, text};
use anyhow::Result;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;
use store::prelude::*;
use store::query::{AdSummary, ListFilter};
use store::review::WatchKind;

/// One alert as printed with `--json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    /// A network or a phone number.
    pub kind: WatchKind,
    /// Network id or number followed.
    pub target: String,
    /// The new ad.
    pub ad: AdSummary,
}

/// The new ads in what `reviewer` follows since the last look; with
/// `mark_seen` the last look moves to now (acknowledged).
pub fn collect(store: &mut impl QueueStore, reviewer: &str, mark_seen: bool) -> Result<Vec<Alert>> {
    let found = store.alerts(reviewer, mark_seen)?;
    let ids: Vec<i64> = found.iter().map(|(_, id)| *id).collect();
    let ads: HashMap<i64, AdSummary> = if ids.is_empty() {
        HashMap::new()
    } else {
        store
            .list_ads(&ListFilter {
                ids,
                include_removed: true,
                ..ListFilter::default()
            })?
            .into_iter()
            .map(|a| (a.id, a))
            .collect()
    };
    Ok(found
        .into_iter()
        .filter_map(|(w, id)| {
            ads.get(&id).map(|a| Alert {
                kind: w.kind,
                target: w.target,
                ad: a.clone(),
            })
        })
        .collect())
}

/// Runs `review alerts`.
pub fn run(ctx: &mut Context, args: &AlertsArgs, out: &mut dyn Write) -> Result<()> {
    let reviewer = ctx.reviewer.clone();
    let alerts = collect(&mut ctx.store, &reviewer, !args.peek)?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &alerts)?;
        writeln!(out)?;
        return Ok(());
    }
    let tr = &ctx.tr;
    if alerts.is_empty() {
        writeln!(
            out,
            "{}",
            tr.f("alerts-none", &[("reviewer", text(reviewer.clone()))])
        )?;
        return Ok(());
    }
    let mut last: Option<(WatchKind, String)> = None;
    for a in &alerts {
        let key = (a.kind, a.target.clone());
        if last.as_ref() != Some(&key) {
            let what = match a.target.parse::<i64>() {
                Ok(id) if a.kind == WatchKind::Network => {
                    tr.f("alerts-in-network", &[("id", num(id))])
                }
                _ => tr.f("alerts-in-number", &[("number", text(a.target.clone()))]),
            };
            writeln!(out, "{what}:")?;
            last = Some(key);
        }
        writeln!(
            out,
            "  #{:<6} {:>4.1}  {:<12} {:<12} {:<10} {} {}",
            a.ad.id,
            a.ad.score,
            clip(a.ad.name.as_deref().unwrap_or("-"), 12),
            clip(a.ad.location.as_deref().unwrap_or("-"), 12),
            clip(&a.ad.site, 10),
            tr.t("first-seen"),
            a.ad.first_seen.format("%Y-%m-%d %H:%M")
        )?;
    }
    if args.peek {
        writeln!(out, "{}", tr.t("alerts-peek"))?;
    }
    Ok(())
}
