//! `review list`: the queue in priority order (score, network size, newness),
//! as a table or JSON. Reads one page through the store's priority index, so
//! it answers at once on a store of a million ads.

use crate::cli::ListArgs;
use crate::context::Context;
use crate::i18n::labels;
use anyhow::Result;
use std::io::Write;
use store::prelude::*;

/// Runs `review list`.
pub fn run(ctx: &Context, args: &ListArgs, out: &mut dyn Write) -> Result<()> {
    let mut filter = args.filter.to_filter_in(&ctx.tr)?;
    filter.limit = args.limit.max(1);
    filter.offset = args.offset;
    if let Some(who) = &args.assignee {
        filter.ids = ctx.store.assigned_ids(who, false)?;
        if filter.ids.is_empty() {
            // No ids would mean "no id filter": nothing is assigned, so nothing matches.
            filter.ids = vec![-1];
        }
    }
    let rows = ctx.store.queue_page(&filter)?;
    if args.json {
        return crate::commands::print_json(out, &rows);
    }
    let tr = &ctx.tr;
    if rows.is_empty() {
        writeln!(out, "{}", tr.t("no-ads-match"))?;
        return Ok(());
    }
    writeln!(
        out,
        "{:>6} {:>5} {:<15} {:<12} {:<12} {:<8} {:<9} {}",
        tr.t("col-id"),
        tr.t("col-score"),
        tr.t("col-status"),
        tr.t("col-name"),
        tr.t("col-city"),
        tr.t("col-network"),
        tr.t("col-site"),
        tr.t("col-indicators")
    )?;
    for r in rows {
        let network = r
            .network_id
            .map(|n| format!("#{n}({})", r.network_size))
            .unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "{:>6} {:>5.1} {:<15} {:<12} {:<12} {:<8} {:<9} {}",
            r.id,
            r.score,
            clip(&labels::status(tr, r.status), 15),
            clip(r.name.as_deref().unwrap_or("-"), 12),
            clip(r.location.as_deref().unwrap_or("-"), 12),
            network,
            clip(&r.site, 9),
            r.indicators.join(", ")
        )?;
    }
    Ok(())
}

/// Shortens `s` to `n` characters for a table cell.
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut c: String = s.chars().take(n.saturating_sub(1)).collect();
        c.push('…');
        c
    }
}
