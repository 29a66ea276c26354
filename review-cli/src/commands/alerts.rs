//! `review alerts [--peek]`: new ads that joined a followed network or
//! number since your last look. Reading them moves the last look to now,
//! unless `--peek`.

use crate::cli::AlertsArgs;
use crate::commands::list::clip;
use crate::context::Context;
use anyhow::Result;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;
use store::prelude::*;
use store::query::{AdSummary, ListFilter};

/// One alert as printed with `--json`.
#[derive(Debug, Serialize)]
pub struct Alert {
    /// `network` or `phone`.
    pub kind: String,
    /// Network id or number followed.
    pub target: String,
    /// The new ad.
    pub ad: AdSummary,
}

/// Runs `review alerts`.
pub fn run(ctx: &mut Context, args: &AlertsArgs, out: &mut dyn Write) -> Result<()> {
    let reviewer = ctx.reviewer.clone();
    let found = ctx.store.alerts(&reviewer, !args.peek)?;
    let ids: Vec<i64> = found.iter().map(|(_, id)| *id).collect();
    let ads: HashMap<i64, AdSummary> = if ids.is_empty() {
        HashMap::new()
    } else {
        ctx.store
            .list_ads(&ListFilter {
                ids,
                include_removed: true,
                ..ListFilter::default()
            })?
            .into_iter()
            .map(|a| (a.id, a))
            .collect()
    };
    let alerts: Vec<Alert> = found
        .into_iter()
        .filter_map(|(w, id)| {
            ads.get(&id).map(|a| Alert {
                kind: w.kind,
                target: w.target,
                ad: a.clone(),
            })
        })
        .collect();
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &alerts)?;
        writeln!(out)?;
        return Ok(());
    }
    if alerts.is_empty() {
        writeln!(
            out,
            "No new ads in what {reviewer} follows since the last look (`review watch` lists it)."
        )?;
        return Ok(());
    }
    let mut last: Option<(String, String)> = None;
    for a in &alerts {
        let key = (a.kind.clone(), a.target.clone());
        if last.as_ref() != Some(&key) {
            let what = if a.kind == "network" {
                format!("network #{}", a.target)
            } else {
                format!("number {}", a.target)
            };
            writeln!(out, "New in {what}:")?;
            last = Some(key);
        }
        writeln!(
            out,
            "  #{:<6} {:>4.1}  {:<12} {:<12} {:<10} first seen {}",
            a.ad.id,
            a.ad.score,
            clip(a.ad.name.as_deref().unwrap_or("-"), 12),
            clip(a.ad.location.as_deref().unwrap_or("-"), 12),
            clip(&a.ad.site, 10),
            a.ad.first_seen.format("%Y-%m-%d %H:%M")
        )?;
    }
    if args.peek {
        writeln!(out, "(peek: these will show again next time)")?;
    }
    Ok(())
}
