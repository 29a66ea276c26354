//! `review migrate --from sqlite:PATH --to postgres://…`: parses the two
//! locations, opens both stores and hands over to
//! [`store::pg::copy::copy_from_sqlite`] (all the SQL is there), printing
//! each table's rows on both sides as it is checked. The SQLite store's
//! audit log records the copy.

use crate::cli::MigrateArgs;
use crate::i18n::{num, text, Tr};
use anyhow::{bail, Context as _, Result};
use std::io::Write;
use std::path::PathBuf;
use store::pg::copy::{copy_from_sqlite, CopyEvent, BATCH_ROWS};
use store::{Location, PgStore, Store};

/// The SQLite file `--from` names; anything else is refused.
pub fn source_path(tr: &Tr, from: &str) -> Result<PathBuf> {
    match Location::parse(from)? {
        Location::Sqlite(p) if p.is_file() => Ok(p),
        Location::Sqlite(p) => bail!(
            "{}",
            tr.f(
                "migrate-from-missing",
                &[("db", text(p.display().to_string()))]
            )
        ),
        Location::Postgres(u) => bail!(
            "{}",
            tr.f("migrate-from-not-sqlite", &[("db", text(u.to_string()))])
        ),
    }
}

/// Runs `review migrate` as `reviewer` (the key of an encrypted `--from`
/// is installed by the caller, as for every command).
pub fn run(tr: &Tr, reviewer: &str, args: &MigrateArgs, out: &mut dyn Write) -> Result<()> {
    let from = source_path(tr, &args.from)?;
    let to = match Location::parse(&args.to)? {
        Location::Postgres(u) => u,
        Location::Sqlite(p) => bail!(
            "{}",
            tr.f(
                "migrate-to-not-postgres",
                &[("db", text(p.display().to_string()))]
            )
        ),
    };
    let shown_from = text(from.display().to_string());
    let shown_to = text(to.to_string());
    let mut src = Store::open_existing_writable(&from)
        .with_context(|| tr.f("err-opening-db", &[("db", shown_from.clone())]))?;
    let mut dst =
        PgStore::open(&to).with_context(|| tr.f("err-opening-db", &[("db", shown_to.clone())]))?;
    let started = std::time::Instant::now();
    let json = args.json;
    let mut progress = |e: CopyEvent<'_>| match e {
        CopyEvent::Batch { table, read, rows }
            if rows > (BATCH_ROWS * 10) as i64 && read % (BATCH_ROWS as u64 * 25) == 0 =>
        {
            eprintln!(
                "{}",
                tr.f(
                    "migrate-progress",
                    &[
                        ("table", text(table)),
                        ("read", num(read as i64)),
                        ("rows", num(rows))
                    ]
                )
            );
        }
        CopyEvent::Checked(c) if !json => {
            let _ = writeln!(
                out,
                "{}",
                tr.f(
                    "migrate-table",
                    &[
                        ("table", text(c.table.clone())),
                        ("source", num(c.source)),
                        ("target", num(c.target)),
                        ("copied", num(c.copied as i64)),
                    ]
                )
            );
        }
        _ => {}
    };
    let report = copy_from_sqlite(&src, &mut dst, &mut progress).with_context(|| {
        tr.f(
            "migrate-failed",
            &[("from", shown_from.clone()), ("to", shown_to.clone())],
        )
    })?;
    let seconds = started.elapsed().as_secs_f64();
    let rows: i64 = report.tables.iter().map(|c| c.source).sum();
    let copied: u64 = report.tables.iter().map(|c| c.copied).sum();
    src.audit(
        reviewer,
        "migrate",
        &serde_json::json!({
            "to": to.to_string(),
            "tables": report.tables.len(),
            "rows": rows,
            "copied": copied,
            "seconds": (seconds * 10.0).round() / 10.0,
        }),
    )?;
    if json {
        let tables: Vec<_> = report
            .tables
            .iter()
            .map(|c| {
                serde_json::json!({
                    "table": c.table, "source": c.source, "target": c.target, "copied": c.copied,
                })
            })
            .collect();
        serde_json::to_writer_pretty(
            &mut *out,
            &serde_json::json!({
                "from": from.display().to_string(),
                "to": to.to_string(),
                "tables": tables,
                "sqlite_only_tables": report.sqlite_only,
                "sqlite_only_columns": report.sqlite_only_columns,
                "postgres_only_tables": report.postgres_only,
                "sequences": report.sequences,
                "seconds": seconds,
            }),
        )?;
        writeln!(out)?;
        return Ok(());
    }
    if !report.sqlite_only.is_empty() {
        writeln!(
            out,
            "{}",
            tr.f(
                "migrate-sqlite-only",
                &[("tables", text(report.sqlite_only.join(", ")))]
            )
        )?;
    }
    if !report.sqlite_only_columns.is_empty() {
        writeln!(
            out,
            "{}",
            tr.f(
                "migrate-sqlite-only-columns",
                &[("columns", text(report.sqlite_only_columns.join(", ")))]
            )
        )?;
    }
    writeln!(
        out,
        "{}",
        tr.f(
            "migrate-done",
            &[
                ("tables", num(report.tables.len() as i64)),
                ("rows", num(rows)),
                ("copied", num(copied as i64)),
                ("from", shown_from),
                ("to", shown_to),
                ("seconds", text(format!("{seconds:.1}"))),
            ]
        )
    )?;
    Ok(())
}
