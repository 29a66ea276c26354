//! `review audit`: the append-only audit log (exports, status changes, notes,
//! purges, backups, restores), newest first, as a table or JSON.

use crate::cli::AuditArgs;
use crate::context::Context;
use anyhow::Result;
use std::io::Write;
use store::prelude::*;

/// Runs `review audit`.
pub fn run(ctx: &Context, args: &AuditArgs, out: &mut dyn Write) -> Result<()> {
    let events = ctx.store.audit_log(args.action.as_deref(), args.limit)?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &events)?;
        writeln!(out)?;
        return Ok(());
    }
    let tr = &ctx.tr;
    if events.is_empty() {
        let msg = match &args.action {
            Some(a) => tr.f(
                "audit-none-for",
                &[("action", crate::i18n::text(a.clone()))],
            ),
            None => tr.t("audit-none"),
        };
        writeln!(out, "{msg}")?;
        return Ok(());
    }
    writeln!(
        out,
        "{:>6}  {:<20}  {:<14}  {:<16}  {}",
        tr.t("col-id"),
        tr.t("audit-when"),
        tr.t("audit-who"),
        tr.t("audit-action"),
        tr.t("audit-details")
    )?;
    for e in &events {
        writeln!(
            out,
            "{:>6}  {:<20}  {:<14}  {:<16}  {}",
            e.id,
            store::to_text(&e.at),
            e.actor,
            e.action,
            summary(&e.action, &e.details)
        )?;
    }
    Ok(())
}

/// The few details a person scanning the log needs; `--json` has them all.
fn summary(action: &str, d: &serde_json::Value) -> String {
    let s = |k: &str| {
        d.get(k).map(|v| match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    let parts: Vec<String> = match action {
        "export" => vec![
            format!(
                "{} ads, {} networks",
                s("ads").unwrap_or_default(),
                s("networks").unwrap_or_default()
            ),
            format!("to {}", s("file").unwrap_or_default()),
            format!("sha256 {}", s("sha256").unwrap_or_default()),
        ],
        "backup" | "restore" => ["file", "from", "bytes", "sha256"]
            .iter()
            .filter_map(|k| s(k).map(|v| format!("{k} {v}")))
            .collect(),
        _ => vec![d.to_string()],
    };
    parts.join(", ")
}
