//! `review assign ID NAME`, `review remind ID DATE` and `review due`: who
//! has a case and when to look at it again. Each is an event in the case's
//! history; `due --json` is the list for scripts (codes and ISO dates).

use crate::cli::{AssignArgs, DueArgs, RemindArgs};
use crate::context::Context;
use crate::i18n::{labels, num, text};
use anyhow::{bail, Result};
use chrono::NaiveDate;
use std::io::Write;
use store::prelude::*;
use store::review::Target;

fn target(id: i64, network: bool) -> Target {
    if network {
        Target::Network(id)
    } else {
        Target::Ad(id)
    }
}

/// Parses a `YYYY-MM-DD` day.
pub fn parse_day(s: &str, what: &str) -> Result<NaiveDate> {
    match NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
        Ok(d) => Ok(d),
        Err(_) => bail!("{what} `{s}`: expected a day like 2026-11-22"),
    }
}

/// Runs `review assign`.
pub fn assign(ctx: &mut Context, args: &AssignArgs, out: &mut dyn Write) -> Result<()> {
    let t = target(args.id, args.network);
    let by = ctx.reviewer.clone();
    let event = ctx.store.assign(t, &args.name, &by)?;
    if args.json {
        return crate::commands::print_json(
            out,
            &serde_json::json!({"target": t, "assignee": args.name.trim(), "by": by, "event_id": event}),
        );
    }
    let tr = &ctx.tr;
    writeln!(
        out,
        "{}",
        tr.f(
            "cmd-assigned",
            &[
                ("target", text(labels::target(tr, t))),
                ("assignee", text(args.name.trim())),
                ("reviewer", text(by.clone())),
                ("event", num(event)),
            ]
        )
    )?;
    Ok(())
}

/// Runs `review remind`.
pub fn remind(ctx: &mut Context, args: &RemindArgs, out: &mut dyn Write) -> Result<()> {
    let t = target(args.id, args.network);
    let day = parse_day(&args.date, "DATE")?;
    let by = ctx.reviewer.clone();
    let event = ctx.store.remind(t, day, &by)?;
    if args.json {
        return crate::commands::print_json(
            out,
            &serde_json::json!({"target": t, "due_on": day, "by": by, "event_id": event}),
        );
    }
    let tr = &ctx.tr;
    writeln!(
        out,
        "{}",
        tr.f(
            "cmd-reminded",
            &[
                ("target", text(labels::target(tr, t))),
                ("date", text(day.to_string())),
                ("event", num(event)),
            ]
        )
    )?;
    Ok(())
}

/// Runs `review due`.
pub fn due(ctx: &Context, args: &DueArgs, out: &mut dyn Write) -> Result<()> {
    let day = match &args.date {
        Some(d) => parse_day(d, "--date")?,
        None => chrono::Utc::now().date_naive(),
    };
    let rows = ctx.store.due(day, args.assignee.as_deref())?;
    if args.json {
        return crate::commands::print_json(out, &rows);
    }
    let tr = &ctx.tr;
    if rows.is_empty() {
        writeln!(
            out,
            "{}",
            tr.f("due-none", &[("date", text(day.to_string()))])
        )?;
        return Ok(());
    }
    for r in rows {
        let who = r.assignee.clone().unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "{}  {:<14} {} {:<12} ({} {})",
            r.due_on,
            labels::target(tr, r.target),
            tr.t("col-assignee"),
            who,
            tr.t("due-set-by"),
            r.set_by
        )?;
    }
    Ok(())
}
