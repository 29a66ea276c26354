//! The two schemas as the copy ([`super::copy`]) reads them at run time:
//! tables and columns of a SQLite store (`sqlite_master`, `PRAGMA
//! table_info`) and of a PostgreSQL one (`information_schema`), the
//! PostgreSQL tables in foreign-key order, and each SQLite value turned
//! into the array element its PostgreSQL column takes.

use super::PgStore;
use crate::{Result, StoreError};
use rusqlite::types::ValueRef;
use std::collections::{BTreeMap, BTreeSet};

/// How a column's values travel: as a typed array of one of these, cast
/// to the column's own type on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Transfer {
    /// `int2`, `int4`, `int8`: sent as `int8[]`.
    Int,
    /// `float4`, `float8`, `numeric`: sent as `float8[]`.
    Float,
    /// `bool`: sent as `bool[]` (SQLite stores 0 / 1).
    Bool,
    /// `bytea`.
    Bytes,
    /// Everything else (`text`, `timestamptz`, `jsonb`, enums, ...): sent as
    /// `text[]` and cast, so the server parses the SQLite text.
    Text,
}

/// A PostgreSQL column.
#[derive(Debug, Clone)]
pub(crate) struct PgColumn {
    pub name: String,
    /// The type to cast to, quoted (`"pg_catalog"."int8"`).
    pub cast: String,
    pub transfer: Transfer,
    /// An identity column, or one whose default is a sequence.
    pub sequenced: bool,
}

/// One table of the PostgreSQL schema.
#[derive(Debug, Clone)]
pub(crate) struct PgTable {
    pub columns: Vec<PgColumn>,
    pub primary_key: Vec<String>,
}

/// A column value on its way to PostgreSQL.
#[derive(Debug, Clone)]
pub(crate) enum Cell {
    Int(Option<i64>),
    Float(Option<f64>),
    Bool(Option<bool>),
    Bytes(Option<Vec<u8>>),
    Text(Option<String>),
}

/// `name` quoted as a SQL identifier (both dialects).
pub(crate) fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The tables of a SQLite store (without SQLite's own and
/// `schema_migrations`), each with its columns in order.
pub(crate) fn sqlite_tables(
    conn: &rusqlite::Connection,
    err: impl Fn(rusqlite::Error) -> StoreError,
) -> Result<BTreeMap<String, Vec<String>>> {
    let names: Vec<String> = conn
        .prepare(
            // Plain tables only: the text index (a virtual table and its
            // shadow tables) is SQLite's own; PostgreSQL builds its own.
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
             AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'",
        )
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .map_err(&err)?;
    let mut out = BTreeMap::new();
    for name in names {
        let cols: Vec<String> = conn
            .prepare(&format!("PRAGMA table_info({})", quote(&name)))
            .and_then(|mut st| st.query_map([], |r| r.get(1))?.collect())
            .map_err(&err)?;
        out.insert(name, cols);
    }
    Ok(out)
}

/// The base tables of the PostgreSQL schema in use (without
/// `schema_migrations`), with their columns and primary keys.
pub(crate) fn pg_tables(pg: &PgStore) -> Result<BTreeMap<String, PgTable>> {
    let rows = pg.query(
        "SELECT c.table_name::text, c.column_name::text, c.udt_schema::text, c.udt_name::text,
                (c.is_identity = 'YES' OR COALESCE(c.column_default, '') LIKE 'nextval(%') AS seq
         FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
           AND c.table_name <> 'schema_migrations'
         ORDER BY c.table_name, c.ordinal_position",
        &[],
    )?;
    let mut out: BTreeMap<String, PgTable> = BTreeMap::new();
    for r in rows {
        let (table, name, schema, udt): (String, String, String, String) =
            (r.get(0), r.get(1), r.get(2), r.get(3));
        let transfer = match udt.as_str() {
            "int2" | "int4" | "int8" => Transfer::Int,
            "float4" | "float8" | "numeric" => Transfer::Float,
            "bool" => Transfer::Bool,
            "bytea" => Transfer::Bytes,
            _ => Transfer::Text,
        };
        out.entry(table)
            .or_insert_with(|| PgTable {
                columns: Vec::new(),
                primary_key: Vec::new(),
            })
            .columns
            .push(PgColumn {
                name,
                cast: format!("{}.{}", quote(&schema), quote(&udt)),
                transfer,
                sequenced: r.get(4),
            });
    }
    let keys = pg.query(
        "SELECT k.table_name::text, k.column_name::text
         FROM information_schema.table_constraints c
         JOIN information_schema.key_column_usage k
           ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
          AND k.table_name = c.table_name
         WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema()
         ORDER BY k.table_name, k.ordinal_position",
        &[],
    )?;
    for r in keys {
        let table: String = r.get(0);
        if let Some(t) = out.get_mut(&table) {
            t.primary_key.push(r.get(1));
        }
    }
    Ok(out)
}

/// `tables` ordered so that a table comes after every table its foreign
/// keys point at (PostgreSQL's constraints); ties by name.
pub(crate) fn dependency_order(pg: &PgStore, tables: &BTreeSet<String>) -> Result<Vec<String>> {
    let rows = pg.query(
        "SELECT child.relname::text, parent.relname::text
         FROM pg_constraint f
         JOIN pg_class child ON child.oid = f.conrelid
         JOIN pg_class parent ON parent.oid = f.confrelid
         JOIN pg_namespace n ON n.oid = child.relnamespace
         WHERE f.contype = 'f' AND n.nspname = current_schema()",
        &[],
    )?;
    let mut needs: BTreeMap<&str, BTreeSet<String>> = tables
        .iter()
        .map(|t| (t.as_str(), BTreeSet::new()))
        .collect();
    for r in rows {
        let (child, parent): (String, String) = (r.get(0), r.get(1));
        if child != parent && tables.contains(&parent) {
            if let Some(n) = needs.get_mut(child.as_str()) {
                n.insert(parent);
            }
        }
    }
    let mut order: Vec<String> = Vec::new();
    while order.len() < tables.len() {
        let ready: Vec<&str> = needs
            .iter()
            .filter(|(t, n)| !order.iter().any(|o| o == *t) && n.iter().all(|p| order.contains(p)))
            .map(|(t, _)| *t)
            .collect();
        if ready.is_empty() {
            return Err(StoreError::Invalid(format!(
                "the PostgreSQL schema's foreign keys form a cycle among {:?}",
                tables
                    .iter()
                    .filter(|t| !order.contains(t))
                    .collect::<Vec<_>>()
            )));
        }
        order.extend(ready.into_iter().map(String::from));
    }
    Ok(order)
}

/// An empty cell of `transfer`'s kind.
pub(crate) fn null_of(transfer: Transfer) -> Cell {
    match transfer {
        Transfer::Int => Cell::Int(None),
        Transfer::Float => Cell::Float(None),
        Transfer::Bool => Cell::Bool(None),
        Transfer::Bytes => Cell::Bytes(None),
        Transfer::Text => Cell::Text(None),
    }
}

/// A SQLite value as a cell of `transfer`'s kind; `Err` says why it does
/// not fit (a text that is no number for an integer column, ...).
pub(crate) fn cell(v: ValueRef<'_>, transfer: Transfer) -> std::result::Result<Cell, String> {
    let text =
        |b: &[u8]| String::from_utf8(b.to_vec()).map_err(|_| "text is not UTF-8".to_string());
    Ok(match (transfer, v) {
        (t, ValueRef::Null) => null_of(t),
        (Transfer::Int, ValueRef::Integer(i)) => Cell::Int(Some(i)),
        (Transfer::Int, ValueRef::Real(f)) if f.fract() == 0.0 && f.abs() < 9.0e18 => {
            Cell::Int(Some(f as i64))
        }
        (Transfer::Int, ValueRef::Text(t)) => {
            Cell::Int(Some(text(t)?.trim().parse().map_err(|_| {
                format!("{:?} is not an integer", String::from_utf8_lossy(t))
            })?))
        }
        (Transfer::Float, ValueRef::Integer(i)) => Cell::Float(Some(i as f64)),
        (Transfer::Float, ValueRef::Real(f)) => Cell::Float(Some(f)),
        (Transfer::Float, ValueRef::Text(t)) => {
            Cell::Float(Some(text(t)?.trim().parse().map_err(|_| {
                format!("{:?} is not a number", String::from_utf8_lossy(t))
            })?))
        }
        (Transfer::Bool, ValueRef::Integer(i)) => Cell::Bool(Some(i != 0)),
        (Transfer::Bool, ValueRef::Real(f)) => Cell::Bool(Some(f != 0.0)),
        (Transfer::Bool, ValueRef::Text(t)) => {
            Cell::Bool(Some(match text(t)?.trim().to_ascii_lowercase().as_str() {
                "1" | "t" | "true" => true,
                "0" | "f" | "false" => false,
                other => return Err(format!("{other:?} is not a truth value")),
            }))
        }
        (Transfer::Bytes, ValueRef::Blob(b) | ValueRef::Text(b)) => Cell::Bytes(Some(b.to_vec())),
        (Transfer::Text, ValueRef::Text(t)) => Cell::Text(Some(text(t)?)),
        (Transfer::Text, ValueRef::Integer(i)) => Cell::Text(Some(i.to_string())),
        (Transfer::Text, ValueRef::Real(f)) => Cell::Text(Some(f.to_string())),
        (t, v) => {
            return Err(format!(
                "a SQLite {:?} value does not fit a {t:?} column",
                v.data_type()
            ))
        }
    })
}

/// A column's cells as one array parameter.
pub(crate) fn array(
    cells: Vec<Cell>,
    transfer: Transfer,
) -> Box<dyn postgres::types::ToSql + Sync> {
    macro_rules! collect {
        ($variant:ident) => {
            Box::new(
                cells
                    .into_iter()
                    .map(|c| match c {
                        Cell::$variant(v) => v,
                        _ => None,
                    })
                    .collect::<Vec<_>>(),
            )
        };
    }
    match transfer {
        Transfer::Int => collect!(Int),
        Transfer::Float => collect!(Float),
        Transfer::Bool => collect!(Bool),
        Transfer::Bytes => collect!(Bytes),
        Transfer::Text => collect!(Text),
    }
}

/// The array type a column's parameter is sent as.
pub(crate) fn array_type(transfer: Transfer) -> &'static str {
    match transfer {
        Transfer::Int => "int8[]",
        Transfer::Float => "float8[]",
        Transfer::Bool => "bool[]",
        Transfer::Bytes => "bytea[]",
        Transfer::Text => "text[]",
    }
}
