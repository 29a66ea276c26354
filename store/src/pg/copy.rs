//! Copying a whole SQLite store into PostgreSQL (`review migrate`).
//!
//! The column lists come from both schemas at run time
//! ([`super::columns`]): every table both sides have is copied, with the
//! columns both sides have, so a later migration that adds a table or a
//! column on both sides needs no change here (a column only PostgreSQL has
//! gets its default; tables and columns only one side has are named in the
//! [`CopyReport`]). A PostgreSQL primary key column the SQLite table lacks
//! (`phones.id`) is filled from SQLite's `rowid`, so ids are preserved
//! everywhere.
//!
//! How:
//! - The SQLite side is read in one read transaction: one consistent
//!   snapshot, even while a crawler writes to the file.
//! - Before writing, the ads already in the target must be the source's
//!   (same id, same URL); a target holding other ads is refused
//!   ([`StoreError::TargetDiffers`]) before anything is written.
//! - Tables go in foreign-key order, in batches of [`BATCH_ROWS`] rows, one
//!   PostgreSQL transaction per batch, each one `INSERT … SELECT FROM
//!   unnest(…)` with typed arrays cast to the column types on the server
//!   (times stay RFC 3339 text on both sides; a `timestamptz` or `jsonb`
//!   column would be parsed from the same text). The tables' own triggers
//!   (review queue, link change log) are disabled inside each batch's
//!   transaction only, so the rows arrive as they are in SQLite, derived
//!   tables included; the role must own the tables (the role that created
//!   them).
//! - Rows already there are skipped (`ON CONFLICT DO NOTHING`); `meta` is
//!   merged instead (the source's keys overwrite), since opening a store
//!   writes keys of its own. Running the copy again is therefore safe.
//! - Then every sequence is set past the largest id, and every table's
//!   rows are counted on both sides; a difference is
//!   [`StoreError::CopyMismatch`] naming the table.

use super::columns::{self, quote, Cell, PgColumn, PgTable, Transfer};
use super::PgStore;
use crate::{Result, Store, StoreError};
use postgres::types::ToSql;
use std::collections::{BTreeMap, BTreeSet};

/// Rows per batch (and per PostgreSQL transaction).
pub const BATCH_ROWS: usize = 2_000;

/// Tables merged rather than skipped on conflict: the source's values win.
const MERGED: &[&str] = &["meta"];

/// One table's rows on both sides after the copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCount {
    /// The table.
    pub table: String,
    /// Rows in the SQLite store.
    pub source: i64,
    /// Rows in PostgreSQL after the copy.
    pub target: i64,
    /// Rows this run wrote (0 for a second run of the same copy).
    pub copied: u64,
}

/// What a copy did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CopyReport {
    /// Every copied table, in the order copied.
    pub tables: Vec<TableCount>,
    /// Tables only the SQLite store has (not copied: e.g. the kept trend
    /// counts, which PostgreSQL does not have yet).
    pub sqlite_only: Vec<String>,
    /// Tables only PostgreSQL has (left as they are).
    pub postgres_only: Vec<String>,
    /// Columns (`table.column`) only the SQLite side has (not copied).
    pub sqlite_only_columns: Vec<String>,
    /// Sequences set past the largest copied id.
    pub sequences: usize,
}

/// Progress of a copy, for the caller to show.
#[derive(Debug, Clone, Copy)]
pub enum CopyEvent<'a> {
    /// A table starts: `rows` rows in the source.
    Table {
        /// The table.
        table: &'a str,
        /// Its rows in the SQLite store.
        rows: i64,
    },
    /// A batch was committed: `read` of `rows` source rows handled so far.
    Batch {
        /// The table.
        table: &'a str,
        /// Source rows handled so far.
        read: u64,
        /// Its rows in the SQLite store.
        rows: i64,
    },
    /// A table's counts after the copy (equal unless the copy failed).
    Checked(&'a TableCount),
}

/// What to copy of one table.
struct Plan<'a> {
    table: &'a str,
    /// Target columns, with the SQLite expression read for each.
    columns: Vec<(&'a PgColumn, String)>,
    merged_key: Option<&'a [String]>,
}

/// Copies every table of `src` that `dst`'s schema also has into `dst`
/// (see the module doc), reporting progress to `progress`, and checks the
/// row counts. `dst` must have been opened with [`PgStore::open`] (its
/// schema is then current).
pub fn copy_from_sqlite(
    src: &Store,
    dst: &mut PgStore,
    progress: &mut dyn FnMut(CopyEvent<'_>),
) -> Result<CopyReport> {
    let serr = |e| src.err(e);
    // One snapshot of the source for the whole copy.
    let snapshot = src.conn.unchecked_transaction().map_err(serr)?;
    let lite = columns::sqlite_tables(&snapshot, serr)?;
    let pg = columns::pg_tables(dst)?;
    let common: BTreeSet<String> = lite
        .keys()
        .filter(|t| pg.contains_key(*t))
        .cloned()
        .collect();
    let mut report = CopyReport {
        sqlite_only: lite
            .keys()
            .filter(|t| !pg.contains_key(*t))
            .cloned()
            .collect(),
        postgres_only: pg
            .keys()
            .filter(|t| !lite.contains_key(*t))
            .cloned()
            .collect(),
        ..CopyReport::default()
    };
    if common.contains("ads") {
        check_target_ads(src, &snapshot, dst)?;
    }
    let order = columns::dependency_order(dst, &common)?;
    let mut copied = BTreeMap::new();
    for table in &order {
        let plan = plan(table, &lite[table], &pg[table], &mut report);
        let n = copy_table(src, &snapshot, dst, &plan, progress)?;
        copied.insert(table.clone(), n);
    }
    report.sequences = reset_sequences(dst, &order, &pg)?;
    let mut mismatch = None;
    for table in &order {
        let q = quote(table);
        let source: i64 = snapshot
            .query_row(&format!("SELECT COUNT(*) FROM {q}"), [], |r| r.get(0))
            .map_err(serr)?;
        let target: i64 = dst
            .query_one(&format!("SELECT COUNT(*) FROM {q}"), &[])?
            .get(0);
        let count = TableCount {
            table: table.clone(),
            source,
            target,
            copied: copied[table],
        };
        progress(CopyEvent::Checked(&count));
        let fits = if MERGED.contains(&table.as_str()) {
            target >= source
        } else {
            target == source
        };
        if !fits && mismatch.is_none() {
            mismatch = Some(StoreError::CopyMismatch {
                table: table.clone(),
                source_rows: source,
                target_rows: target,
            });
        }
        report.tables.push(count);
    }
    drop(snapshot);
    match mismatch {
        Some(e) => Err(e),
        None => Ok(report),
    }
}

fn plan<'a>(table: &'a str, lite: &[String], pg: &'a PgTable, report: &mut CopyReport) -> Plan<'a> {
    let mut cols = Vec::new();
    for c in &pg.columns {
        if lite.iter().any(|l| l == &c.name) {
            cols.push((c, quote(&c.name)));
        } else if pg.primary_key.len() == 1
            && pg.primary_key[0] == c.name
            && c.transfer == Transfer::Int
        {
            // An id PostgreSQL has and SQLite keeps as its rowid.
            cols.push((c, "rowid".to_string()));
        }
    }
    for l in lite {
        if !pg.columns.iter().any(|c| &c.name == l) {
            report.sqlite_only_columns.push(format!("{table}.{l}"));
        }
    }
    Plan {
        table,
        columns: cols,
        merged_key: MERGED
            .contains(&table)
            .then_some(pg.primary_key.as_slice())
            .filter(|k| !k.is_empty()),
    }
}

/// Refuses a target whose ads are not the source's (same id and URL).
fn check_target_ads(src: &Store, snapshot: &rusqlite::Connection, dst: &PgStore) -> Result<()> {
    let rows = dst.query("SELECT id, url FROM ads ORDER BY id", &[])?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut st = snapshot
        .prepare("SELECT url FROM ads WHERE id = ?1")
        .map_err(|e| src.err(e))?;
    for r in rows {
        let (id, url): (i64, String) = (r.get(0), r.get(1));
        let there: Option<String> = st
            .query_row([id], |r| r.get(0))
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })
            .map_err(|e| src.err(e))?;
        if there.as_deref() != Some(url.as_str()) {
            return Err(StoreError::TargetDiffers {
                table: "ads".into(),
                id,
            });
        }
    }
    Ok(())
}

fn copy_table(
    src: &Store,
    snapshot: &rusqlite::Connection,
    dst: &mut PgStore,
    plan: &Plan<'_>,
    progress: &mut dyn FnMut(CopyEvent<'_>),
) -> Result<u64> {
    let table = plan.table;
    let q = quote(table);
    let rows: i64 = snapshot
        .query_row(&format!("SELECT COUNT(*) FROM {q}"), [], |r| r.get(0))
        .map_err(|e| src.err(e))?;
    progress(CopyEvent::Table { table, rows });
    if plan.columns.is_empty() || rows == 0 {
        return Ok(0);
    }
    let select: Vec<&str> = plan.columns.iter().map(|(_, e)| e.as_str()).collect();
    let mut st = snapshot
        .prepare(&format!("SELECT {} FROM {q}", select.join(", ")))
        .map_err(|e| src.err(e))?;
    let mut cursor = st.query([]).map_err(|e| src.err(e))?;
    let sql = insert_sql(plan);
    let width = plan.columns.len();
    let (mut read, mut written) = (0u64, 0u64);
    loop {
        let mut batch: Vec<Vec<Cell>> = vec![Vec::with_capacity(BATCH_ROWS); width];
        let mut n = 0;
        while n < BATCH_ROWS {
            let Some(row) = cursor.next().map_err(|e| src.err(e))? else {
                break;
            };
            for (i, (col, _)) in plan.columns.iter().enumerate() {
                let v = row.get_ref(i).map_err(|e| src.err(e))?;
                let c = columns::cell(v, col.transfer).map_err(|why| {
                    StoreError::Invalid(format!(
                        "table {table}, column {}, row {}: {why}",
                        col.name,
                        read + n as u64 + 1
                    ))
                })?;
                batch[i].push(c);
            }
            n += 1;
        }
        if n == 0 {
            break;
        }
        let params: Vec<Box<dyn ToSql + Sync>> = batch
            .into_iter()
            .zip(&plan.columns)
            .map(|(cells, (col, _))| columns::array(cells, col.transfer))
            .collect();
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|b| b.as_ref()).collect();
        let trigger = |on: bool| {
            format!(
                "ALTER TABLE {q} {} TRIGGER USER",
                if on { "ENABLE" } else { "DISABLE" }
            )
        };
        let done = dst
            .write(|tx| {
                tx.batch_execute(&trigger(false))?;
                let st = tx.prepare_cached(&sql)?;
                let done = tx.execute(&st, &refs)?;
                tx.batch_execute(&trigger(true))?;
                Ok(done)
            })
            .map_err(|e| in_table(e, table))?;
        read += n as u64;
        written += done;
        progress(CopyEvent::Batch { table, read, rows });
        if n < BATCH_ROWS {
            break;
        }
    }
    Ok(written)
}

/// `INSERT … SELECT … FROM unnest($1::int8[], …) … ON CONFLICT …`.
fn insert_sql(plan: &Plan<'_>) -> String {
    let names: Vec<String> = plan.columns.iter().map(|(c, _)| quote(&c.name)).collect();
    let casts: Vec<String> = plan
        .columns
        .iter()
        .enumerate()
        .map(|(i, (c, _))| format!("u.c{i}::{}", c.cast))
        .collect();
    let arrays: Vec<String> = plan
        .columns
        .iter()
        .enumerate()
        .map(|(i, (c, _))| format!("${}::{}", i + 1, columns::array_type(c.transfer)))
        .collect();
    let aliases: Vec<String> = (0..plan.columns.len()).map(|i| format!("c{i}")).collect();
    let conflict = match plan.merged_key {
        Some(key) => {
            let set: Vec<String> = names
                .iter()
                .filter(|n| !key.iter().any(|k| &quote(k) == *n))
                .map(|n| format!("{n} = excluded.{n}"))
                .collect();
            let keys: Vec<String> = key.iter().map(|k| quote(k)).collect();
            if set.is_empty() {
                format!("ON CONFLICT ({}) DO NOTHING", keys.join(", "))
            } else {
                format!(
                    "ON CONFLICT ({}) DO UPDATE SET {}",
                    keys.join(", "),
                    set.join(", ")
                )
            }
        }
        None => "ON CONFLICT DO NOTHING".to_string(),
    };
    format!(
        "INSERT INTO {} ({}) OVERRIDING SYSTEM VALUE SELECT {} FROM unnest({}) AS u({}) {conflict}",
        quote(plan.table),
        names.join(", "),
        casts.join(", "),
        arrays.join(", "),
        aliases.join(", ")
    )
}

/// Sets every sequence of the copied tables past the largest value there.
fn reset_sequences(
    dst: &mut PgStore,
    order: &[String],
    pg: &BTreeMap<String, PgTable>,
) -> Result<usize> {
    let cols: Vec<(String, String)> = order
        .iter()
        .flat_map(|t| {
            pg[t]
                .columns
                .iter()
                .filter(|c| c.sequenced)
                .map(move |c| (t.clone(), c.name.clone()))
        })
        .collect();
    let n = cols.len();
    dst.write(|tx| {
        for (t, c) in &cols {
            tx.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence($1, $2),
                                   COALESCE((SELECT MAX({}) FROM {}), 0) + 1, false)",
                    quote(c),
                    quote(t)
                ),
                &[&quote(t), c],
            )?;
        }
        Ok(())
    })?;
    Ok(n)
}

/// A PostgreSQL error while copying `table`, naming it.
fn in_table(e: StoreError, table: &str) -> StoreError {
    match e {
        StoreError::Other { path, message } => StoreError::Other {
            path,
            message: format!("copying table {table}: {message}"),
        },
        other => other,
    }
}
