//! `review networks`: possible networks in priority order — largest first,
//! then the strongest member score, then the most recent activity — with
//! status, assignee, normalised cities and first and last seen; a table in
//! the chosen language, or JSON with `--json` (field names and codes fixed).

use crate::cli::NetworksArgs;
use crate::commands::list::clip;
use crate::context::{parse_status_in, Context};
use crate::i18n::labels;
use anyhow::Result;
use std::io::Write;
use store::network_list::NetworkFilter;
use store::prelude::*;

/// Runs `review networks`.
pub fn run(ctx: &Context, args: &NetworksArgs, out: &mut dyn Write) -> Result<()> {
    let filter = NetworkFilter {
        assignee: args.assignee.clone(),
        status: args
            .status
            .as_deref()
            .map(|s| parse_status_in(&ctx.tr, s))
            .transpose()?,
        limit: args.limit.max(1),
        offset: args.offset,
    };
    let rows = ctx.store.network_list(&filter)?;
    if args.json {
        return crate::commands::print_json(out, &rows);
    }
    let tr = &ctx.tr;
    if rows.is_empty() {
        writeln!(out, "{}", tr.t("networks-none"))?;
        return Ok(());
    }
    writeln!(
        out,
        "{:>7} {:>6} {:>5} {:<15} {:<12} {:<24} {:<10} {:<10} {}",
        tr.t("col-network"),
        tr.t("col-ads"),
        tr.t("col-score"),
        tr.t("col-status"),
        tr.t("col-assignee"),
        tr.t("col-cities"),
        clip(&tr.t("first-seen"), 10),
        clip(&tr.t("last-seen"), 10),
        tr.t("col-indicators")
    )?;
    let day = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map(|t| t.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "-".into())
    };
    for n in rows {
        writeln!(
            out,
            "{:>7} {:>6} {:>5.1} {:<15} {:<12} {:<24} {:<10} {:<10} {}",
            format!("#{}", n.network_id),
            n.size,
            n.max_score,
            clip(&labels::status(tr, n.status), 15),
            clip(n.assignee.as_deref().unwrap_or("-"), 12),
            clip(&n.cities.join(", "), 24),
            day(n.first_seen),
            day(n.last_seen),
            n.indicators.join(", ")
        )?;
    }
    Ok(())
}
