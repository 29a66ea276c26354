//! The export to the national centre (CMM): a person chooses what goes out,
//! sees what personal data it carries, confirms, and the export is written
//! (streamed, one ad at a time, in ascending id order), hashed, audited and
//! only then moved into place.
//!
//! Defaults: the selection is ads with status `referred`; the format is one
//! JSON document (`--format jsonl` for large exports); the file is created
//! owner-only (0600). `--aggregate` writes counts only, `--pseudonymise`
//! replaces numbers and poster ids with keyed hashes, `--encrypt-to` encrypts
//! to `age` recipients. The whole export reads one snapshot of the database,
//! so a crawl running at the same time cannot tear it.
//!
//! # Layout
//! - [`model`]: the document types (the contract) and indicator meanings.
//! - [`schema`]: the JSON Schema generated from them.
//! - [`convert`]: store records to document types, pseudonymising when asked.
//! - [`pseudonym`]: keyed hashes and the number scrubber.
//! - [`aggregate`]: the counts-only export.
//! - [`output`]: temporary file, encryption, hashing, atomic rename.

pub mod aggregate;
pub mod convert;
pub mod model;
pub mod output;
pub mod pseudonym;
pub mod schema;

use crate::cli::ExportArgs;
use crate::context::Context;
use anyhow::{bail, Context as _, Result};
use convert::Pseudonymiser;
use model::{
    AggregateDocument, ExportQuery, Generator, JsonlEnd, JsonlHeader, JsonlLine, LinkCounts,
    SCHEMA_VERSION,
};
use output::{ExportFile, Written};
use pseudonym::{PseudonymKey, Scrubber};
use serde::Serialize;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use store::export::ExportCensus;
use store::prelude::*;
use store::query::ListFilter;
use store::review::ReviewStatus;
use store::Store;

/// The generator name written into every export.
pub const GENERATOR_NAME: &str = "adscreen review";

/// Cities with fewer ads than this are folded together in aggregate exports.
pub const DEFAULT_MIN_CELL: u64 = 3;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON document.
    Json,
    /// JSON Lines: header, one line per ad, networks, end line.
    Jsonl,
}

impl Format {
    /// Parses `json` or `jsonl`.
    pub fn parse(s: &str) -> Result<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            other => bail!("--format `{other}`: use json or jsonl"),
        }
    }

    /// `json` or `jsonl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
        }
    }
}

/// Everything an export needs, decided before anything is read.
pub struct ExportOptions {
    /// The store filter.
    pub filter: ListFilter,
    /// The selection as written into the document.
    pub query: ExportQuery,
    /// Whether the selection is everything (`--all`: every network too).
    pub all: bool,
    /// Output format.
    pub format: Format,
    /// Counts only.
    pub aggregate: bool,
    /// Small-city threshold for aggregate exports.
    pub min_cell: u64,
    /// Pseudonymise with this key.
    pub pseudonym_key: Option<PseudonymKey>,
    /// Encrypt to these recipients.
    pub recipients: Vec<age::x25519::Recipient>,
    /// The file to write.
    pub out: PathBuf,
}

/// What an export will contain, known before writing.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Ads, ascending.
    pub ad_ids: Vec<i64>,
    /// Networks, ascending.
    pub network_ids: Vec<i64>,
    /// Personal data carried.
    pub census: ExportCensus,
}

/// The result of a completed export.
#[derive(Debug, Clone)]
pub struct ExportOutcome {
    /// Ads written (or counted, in aggregate).
    pub ads: usize,
    /// Networks written.
    pub networks: usize,
    /// The file.
    pub written: Written,
}

/// Builds the options from `review export`'s arguments.
pub fn options_from_args(args: &ExportArgs) -> Result<ExportOptions> {
    let format = Format::parse(&args.format)?;
    let out = match &args.out {
        Some(p) => p.clone(),
        None => bail!(
            "--out FILE is required: an export is a file you hand over deliberately (it is never printed)"
        ),
    };
    if args.aggregate && args.pseudonymise {
        bail!("--aggregate carries no numbers or ids; drop --pseudonymise");
    }
    if args.aggregate && format == Format::Jsonl {
        bail!("--aggregate writes one small JSON document; drop --format jsonl");
    }
    let mut fa = args.filter.clone();
    let status_any = fa
        .status
        .as_deref()
        .is_some_and(|s| s.trim().eq_ignore_ascii_case("any"));
    if status_any {
        fa.status = None;
    }
    if args.all && (!fa.is_empty() || status_any || !args.ids.is_empty()) {
        bail!("--all exports everything: drop the filters (or drop --all to export a selection)");
    }
    let mut filter = fa.to_filter()?;
    let selection = if args.all {
        filter.include_removed = true;
        "all"
    } else if !args.ids.is_empty() {
        filter.ids = args.ids.clone();
        // Explicit ids are explicit: removed ads included, no default status.
        filter.include_removed = true;
        "ids"
    } else {
        if filter.status.is_none() && !status_any {
            filter.status = Some(ReviewStatus::Referred);
        }
        "filter"
    };
    let pseudonym_key = if args.pseudonymise {
        Some(PseudonymKey::load(args.key_file.as_deref())?)
    } else {
        None
    };
    let recipients = match &args.encrypt_to {
        Some(r) => output::parse_recipients(r)?,
        None => Vec::new(),
    };
    let mut query = ExportQuery {
        selection: selection.to_string(),
        status: if status_any {
            Some("any".into())
        } else {
            filter.status.map(|s| s.as_str().to_string())
        },
        site: filter.site.clone(),
        city: filter.location.clone(),
        language: filter.language.clone(),
        indicator: filter.indicator.clone(),
        network: filter.network,
        since: filter.since,
        until: filter.until,
        min_score: filter.min_score,
        search: filter.search.clone(),
        ids: filter.ids.clone(),
        include_removed: filter.include_removed,
        pseudonymised: pseudonym_key.is_some(),
        pseudonym_key_id: pseudonym_key.as_ref().map(|k| k.key_id()),
        aggregate: args.aggregate,
    };
    if args.aggregate && query.search.is_some() {
        // Search words may be a name or a number; the audit log keeps them.
        query.search = Some("(given; kept in the audit log)".into());
    }
    Ok(ExportOptions {
        filter,
        query,
        all: args.all,
        format,
        aggregate: args.aggregate,
        min_cell: args.min_cell,
        pseudonym_key,
        recipients,
        out,
    })
}

/// What `opts` selects, in the current state of `store`.
pub fn plan(store: &Store, opts: &ExportOptions) -> Result<Plan> {
    let ad_ids = store.export_ad_ids(&opts.filter)?;
    let network_ids = if opts.all {
        store.export_all_network_ids()?
    } else {
        store.export_network_ids(&ad_ids)?
    };
    let census = store.export_census(&ad_ids, &network_ids)?;
    Ok(Plan {
        ad_ids,
        network_ids,
        census,
    })
}

/// Writes the plain-words summary of what will be written.
pub fn describe(opts: &ExportOptions, plan: &Plan, out: &mut dyn Write) -> std::io::Result<()> {
    let c = &plan.census;
    let q = &opts.query;
    let mut sel = vec![format!("selection: {}", q.selection)];
    let mut add = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            sel.push(format!("{k} {v}"));
        }
    };
    add("status", q.status.clone());
    add("site", q.site.clone());
    add("city", q.city.clone());
    add("language", q.language.clone());
    add("indicator", q.indicator.clone());
    add("network", q.network.map(|n| n.to_string()));
    add("since", q.since.map(|t| store::to_text(&t)));
    add("until", q.until.map(|t| store::to_text(&t)));
    add("min score", q.min_score.map(|s| s.to_string()));
    add("search", opts.filter.search.clone());
    if !q.ids.is_empty() {
        sel.push(format!("{} explicit ids", q.ids.len()));
    }
    writeln!(
        out,
        "review export will write {} ({}{}{}):",
        opts.out.display(),
        if opts.aggregate { "aggregate " } else { "" },
        opts.format.as_str(),
        if opts.recipients.is_empty() {
            ", NOT encrypted".to_string()
        } else {
            format!(", encrypted to {} age recipient(s)", opts.recipients.len())
        }
    )?;
    writeln!(out, "  {}", sel.join(", "))?;
    writeln!(
        out,
        "  {} ads, {} possible networks{}",
        c.ads,
        c.networks,
        if c.other_network_ads > 0 && !opts.aggregate {
            format!(
                " (their summaries also name {} ads outside the selection)",
                c.other_network_ads
            )
        } else {
            String::new()
        }
    )?;
    if opts.aggregate {
        writeln!(
            out,
            "  counts only: no names, phone numbers, texts, URLs or images leave the machine"
        )?;
    } else {
        writeln!(
            out,
            "  people-related fields: {} names, {} phone numbers{}, {} texts, {} URLs, {} image URLs",
            c.names,
            c.phone_numbers,
            if opts.pseudonym_key.is_some() {
                " (as keyed hashes)"
            } else {
                ""
            },
            c.texts,
            c.urls,
            c.images
        )?;
    }
    Ok(())
}

/// Writes the export chosen by `plan` and returns the finished (not yet
/// moved into place) file.
pub fn write(store: &Store, opts: &ExportOptions, plan: &Plan) -> Result<output::Finished> {
    let mut file = ExportFile::create(&opts.out, &opts.recipients)?;
    let generator = Generator {
        name: GENERATOR_NAME.into(),
        version: env!("CARGO_PKG_VERSION").into(),
        rules_version: store.export_rules_version()?,
    };
    let generated_at = store::now();
    if opts.aggregate {
        let mut agg = aggregate::Aggregator::default();
        for &id in &plan.ad_ids {
            if let Some(rec) = store.export_record(id)? {
                agg.add(&rec);
            }
        }
        let t = agg.finish(opts.min_cell);
        let doc = AggregateDocument {
            schema_version: SCHEMA_VERSION,
            generated_at,
            generator,
            query: opts.query.clone(),
            aggregate: true,
            min_cell: opts.min_cell,
            totals: t.totals,
            per_week: t.per_week,
            per_site: t.per_site,
            per_city: t.per_city,
            per_language: t.per_language,
            per_indicator: t.per_indicator,
            per_status: t.per_status,
        };
        let w = file.writer();
        serde_json::to_writer_pretty(&mut *w, &doc)?;
        w.write_all(b"\n")?;
        return file.finish();
    }
    let pseudo = match &opts.pseudonym_key {
        Some(key) => Some(Pseudonymiser {
            scrubber: Scrubber::new(key, &store.export_phone_strings()?),
            key: key.clone(),
        }),
        None => None,
    };
    let mut query = opts.query.clone();
    if let (Some(p), Some(s)) = (&pseudo, &query.search) {
        query.search = Some(p.scrubber.scrub_str(s));
    }
    let header = JsonlHeader {
        schema_version: SCHEMA_VERSION,
        generated_at,
        generator,
        query,
    };
    let w = file.writer();
    let (mut ads, mut nets) = (0u64, 0u64);
    match opts.format {
        Format::Json => {
            // The header object, reopened to stream the two lists into it.
            let head = serde_json::to_string(&header)?;
            w.write_all(&head.as_bytes()[..head.len() - 1])?;
            w.write_all(b",\"ads\":[")?;
            for &id in &plan.ad_ids {
                if let Some(rec) = store.export_record(id)? {
                    w.write_all(if ads == 0 { b"\n" } else { b",\n" })?;
                    serde_json::to_writer(&mut *w, &convert::export_ad(&rec, pseudo.as_ref()))?;
                    ads += 1;
                }
            }
            w.write_all(b"\n],\"networks\":[")?;
            for &id in &plan.network_ids {
                if let Some(net) = network(store, id, pseudo.as_ref())? {
                    w.write_all(if nets == 0 { b"\n" } else { b",\n" })?;
                    serde_json::to_writer(&mut *w, &net)?;
                    nets += 1;
                }
            }
            w.write_all(b"\n]}\n")?;
        }
        Format::Jsonl => {
            line(w, &JsonlLine::Header(header))?;
            for &id in &plan.ad_ids {
                if let Some(rec) = store.export_record(id)? {
                    line(w, &JsonlLine::Ad(convert::export_ad(&rec, pseudo.as_ref())))?;
                    ads += 1;
                }
            }
            for &id in &plan.network_ids {
                if let Some(net) = network(store, id, pseudo.as_ref())? {
                    line(w, &JsonlLine::Network(net))?;
                    nets += 1;
                }
            }
            line(
                w,
                &JsonlLine::End(JsonlEnd {
                    ads,
                    networks: nets,
                }),
            )?;
        }
    }
    file.finish()
}

fn line(w: &mut impl Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer(&mut *w, value)?;
    w.write_all(b"\n")?;
    Ok(())
}

fn network(
    store: &Store,
    id: i64,
    pseudo: Option<&Pseudonymiser>,
) -> Result<Option<model::ExportNetwork>> {
    let Some(row) = store.network(id)? else {
        return Ok(None);
    };
    let mut counts_err = None;
    let net = convert::export_network(
        &row,
        || {
            let mut c = LinkCounts::default();
            match store.export_link_counts(&row.ad_ids) {
                Ok(rows) => {
                    for (kind, n) in rows {
                        match kind.as_str() {
                            "phone" => c.phone = n,
                            "text" => c.text = n,
                            "image" => c.image = n,
                            _ => {}
                        }
                    }
                }
                Err(e) => counts_err = Some(e),
            }
            c
        },
        pseudo,
    );
    if let Some(e) = counts_err {
        return Err(e.into());
    }
    Ok(Some(net))
}

/// The audit details of an export.
pub fn audit_details(opts: &ExportOptions, plan: &Plan, w: &Written) -> serde_json::Value {
    let file = std::path::absolute(&w.path).unwrap_or_else(|_| w.path.clone());
    serde_json::json!({
        "file": file.display().to_string(),
        "format": opts.format.as_str(),
        "aggregate": opts.aggregate,
        "pseudonymised": opts.pseudonym_key.is_some(),
        "pseudonym_key_id": opts.pseudonym_key.as_ref().map(|k| k.key_id()),
        "encrypted_to": opts.recipients.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
        "filter": opts.filter,
        "query": opts.query,
        "ads": plan.ad_ids.len(),
        "networks": plan.network_ids.len(),
        "census": plan.census,
        "bytes": w.bytes,
        "sha256": w.sha256,
        "plaintext_sha256": w.plaintext_sha256,
    })
}

/// Runs a whole export as `actor`: plan, describe to `log`, ask `confirm`,
/// write, audit, move into place. Returns `None` when not confirmed or when
/// nothing matches (nothing is written then).
pub fn export(
    store: &mut Store,
    actor: &str,
    opts: &ExportOptions,
    log: &mut dyn Write,
    confirm: &mut dyn FnMut(&Plan) -> Result<bool>,
) -> Result<Option<ExportOutcome>> {
    let (plan, finished) = {
        let _snapshot = store.read_snapshot()?;
        let plan = plan(store, opts)?;
        describe(opts, &plan, log)?;
        if store.is_encrypted() && opts.recipients.is_empty() && !opts.aggregate {
            writeln!(
                log,
                "WARNING: the database is encrypted, but this export is not: the file will hold \
                 personal data in plain text. Use --encrypt-to age1... (the recipient's public key) \
                 unless the file stays on an encrypted disk."
            )?;
        }
        if plan.ad_ids.is_empty() {
            writeln!(
                log,
                "nothing matches this selection; nothing written (see `review list` with the same filters)"
            )?;
            return Ok(None);
        }
        if !confirm(&plan)? {
            writeln!(log, "not confirmed; nothing written")?;
            return Ok(None);
        }
        let finished = write(store, opts, &plan)?;
        (plan, finished)
    };
    // Audited before the file appears: no export exists without its record.
    store
        .audit(
            actor,
            "export",
            &audit_details(opts, &plan, &finished.written),
        )
        .context("recording the export in the audit log (the file was not written)")?;
    let written = finished.persist()?;
    Ok(Some(ExportOutcome {
        ads: plan.ad_ids.len(),
        networks: plan.network_ids.len(),
        written,
    }))
}

/// Runs `review export`.
pub fn run(ctx: &mut Context, args: &ExportArgs) -> Result<()> {
    let opts = options_from_args(args)?;
    let stderr = std::io::stderr();
    let mut log = stderr.lock();
    let yes = args.yes;
    let mut confirm = |_: &Plan| -> Result<bool> {
        if yes {
            return Ok(true);
        }
        if !std::io::stdin().is_terminal() {
            bail!(
                "not confirmed: review export asks for confirmation on a terminal and none is attached; \
                 check the summary above and re-run with --yes"
            );
        }
        eprint!("Write this export? [y/N] ");
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        Ok(matches!(
            answer.trim().to_ascii_lowercase().as_str(),
            "y" | "yes"
        ))
    };
    let reviewer = ctx.reviewer.clone();
    match export(&mut ctx.store, &reviewer, &opts, &mut log, &mut confirm)? {
        Some(o) => {
            writeln!(
                log,
                "wrote {} ({} ads, {} networks, {} bytes, sha256 {}); recorded in the audit log",
                o.written.path.display(),
                o.ads,
                o.networks,
                o.written.bytes,
                o.written.sha256
            )?;
            Ok(())
        }
        None => Ok(()),
    }
}
