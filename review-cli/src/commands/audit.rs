//! `review audit`: the append-only audit log (exports, status changes, notes,
//! purges, backups, restores), newest first, as a table or JSON.

use crate::cli::AuditArgs;
use crate::context::Context;
use anyhow::Result;
use std::io::Write;

/// Runs `review audit`.
pub fn run(ctx: &Context, args: &AuditArgs, out: &mut dyn Write) -> Result<()> {
    let events = ctx.store.audit_log(args.action.as_deref(), args.limit)?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &events)?;
        writeln!(out)?;
        return Ok(());
    }
    if events.is_empty() {
        writeln!(
            out,
            "no audit entries{}",
            match &args.action {
                Some(a) => format!(" for action `{a}`"),
                None => String::new(),
            }
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{:>6}  {:<20}  {:<14}  {:<16}  details",
        "id", "when (UTC)", "who", "action"
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
