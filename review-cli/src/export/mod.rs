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
use crate::i18n::{num, text, Tr};
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

/// What the export reads: the export's role and the networks (either
/// backend).
pub trait ExportReads: ExportStore + LinkStore {}

impl<S: ExportStore + LinkStore> ExportReads for S {}

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
        Format::parse_in(&Tr::default(), s)
    }

    /// [`Format::parse`] with the message in `tr`'s language.
    pub fn parse_in(tr: &Tr, s: &str) -> Result<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            other => bail!("{}", tr.f("export-format", &[("given", text(other))])),
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
    /// The language of the messages (never of the file).
    pub tr: Tr,
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
    options_from_args_in(&Tr::default(), args)
}

/// [`options_from_args`] with the messages in `tr`'s language.
pub fn options_from_args_in(tr: &Tr, args: &ExportArgs) -> Result<ExportOptions> {
    let format = Format::parse_in(tr, &args.format)?;
    let out = match &args.out {
        Some(p) => p.clone(),
        None => bail!("{}", tr.t("export-needs-out")),
    };
    if args.aggregate && args.pseudonymise {
        bail!("{}", tr.t("export-aggregate-pseudonymise"));
    }
    if args.aggregate && format == Format::Jsonl {
        bail!("{}", tr.t("export-aggregate-jsonl"));
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
        bail!("{}", tr.t("export-all-filters"));
    }
    let mut filter = fa.to_filter_in(tr)?;
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
        Some(PseudonymKey::load_in(tr, args.key_file.as_deref())?)
    } else {
        None
    };
    let recipients = match &args.encrypt_to {
        Some(r) => output::parse_recipients_in(tr, r)?,
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
        tr: tr.clone(),
    })
}

/// What `opts` selects, in the current state of `store`.
pub fn plan(store: &impl ExportReads, opts: &ExportOptions) -> Result<Plan> {
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

/// Writes the plain-words summary of what will be written (in the
/// options' language; the codes and values of the selection as given).
pub fn describe(opts: &ExportOptions, plan: &Plan, out: &mut dyn Write) -> std::io::Result<()> {
    let tr = &opts.tr;
    let c = &plan.census;
    let q = &opts.query;
    let mut sel = vec![tr.t(match q.selection.as_str() {
        "all" => "export-selection-all",
        "ids" => "export-selection-ids",
        _ => "export-selection-filter",
    })];
    let mut add = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            sel.push(format!("{} {v}", tr.t(k)));
        }
    };
    add("filter-status", q.status.clone());
    add("filter-site", q.site.clone());
    add("filter-city", q.city.clone());
    add("filter-language", q.language.clone());
    add("filter-indicator", q.indicator.clone());
    add("col-network", q.network.map(|n| n.to_string()));
    add("filter-since", q.since.map(|t| store::to_text(&t)));
    add("filter-until", q.until.map(|t| store::to_text(&t)));
    add("filter-min-score", q.min_score.map(|s| s.to_string()));
    add("filter-search", opts.filter.search.clone());
    if !q.ids.is_empty() {
        sel.push(tr.f("export-explicit-ids", &[("count", num(q.ids.len() as i64))]));
    }
    let format = if opts.aggregate {
        tr.f(
            "export-aggregate-format",
            &[("format", text(opts.format.as_str()))],
        )
    } else {
        opts.format.as_str().to_string()
    };
    let file = text(opts.out.display().to_string());
    let head = if opts.recipients.is_empty() {
        tr.f(
            "export-plan-plain",
            &[("file", file), ("format", text(format))],
        )
    } else {
        tr.f(
            "export-plan-encrypted",
            &[
                ("file", file),
                ("format", text(format)),
                ("count", num(opts.recipients.len() as i64)),
            ],
        )
    };
    writeln!(out, "{head}")?;
    writeln!(out, "  {}", sel.join(", "))?;
    let mut counts = tr.f(
        "export-counts",
        &[
            ("ads", num(c.ads as i64)),
            ("networks", num(c.networks as i64)),
        ],
    );
    if c.other_network_ads > 0 && !opts.aggregate {
        counts.push(' ');
        counts.push_str(&tr.f(
            "export-counts-outside",
            &[("count", num(c.other_network_ads as i64))],
        ));
    }
    writeln!(out, "  {counts}")?;
    if opts.aggregate {
        writeln!(out, "  {}", tr.t("export-counts-only"))?;
    } else {
        let key = if opts.pseudonym_key.is_some() {
            "export-people-hashed"
        } else {
            "export-people"
        };
        writeln!(
            out,
            "  {}",
            tr.f(
                key,
                &[
                    ("names", num(c.names as i64)),
                    ("phones", num(c.phone_numbers as i64)),
                    ("texts", num(c.texts as i64)),
                    ("urls", num(c.urls as i64)),
                    ("images", num(c.images as i64)),
                ]
            )
        )?;
    }
    Ok(())
}

/// Writes the export chosen by `plan` and returns the finished (not yet
/// moved into place) file.
pub fn write(
    store: &impl ExportReads,
    opts: &ExportOptions,
    plan: &Plan,
) -> Result<output::Finished> {
    let mut file = ExportFile::create_in(&opts.tr, &opts.out, &opts.recipients)?;
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
    store: &impl ExportReads,
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
    store: &mut (impl ExportReads + AuditStore),
    actor: &str,
    opts: &ExportOptions,
    log: &mut dyn Write,
    confirm: &mut dyn FnMut(&Plan) -> Result<bool>,
) -> Result<Option<ExportOutcome>> {
    let (plan, finished) = {
        let _snapshot = store.read_snapshot()?;
        let plan = plan(store, opts)?;
        describe(opts, &plan, log)?;
        if store.encrypted_at_rest() && opts.recipients.is_empty() && !opts.aggregate {
            writeln!(log, "{}", opts.tr.t("export-warning-plain"))?;
        }
        if plan.ad_ids.is_empty() {
            writeln!(log, "{}", opts.tr.t("export-nothing"))?;
            return Ok(None);
        }
        if !confirm(&plan)? {
            writeln!(log, "{}", opts.tr.t("export-not-confirmed"))?;
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
        .with_context(|| opts.tr.t("export-audit-failed"))?;
    let written = finished.persist()?;
    Ok(Some(ExportOutcome {
        ads: plan.ad_ids.len(),
        networks: plan.network_ids.len(),
        written,
    }))
}

/// Runs `review export`.
pub fn run(ctx: &mut Context, args: &ExportArgs) -> Result<()> {
    let tr = ctx.tr.clone();
    let opts = options_from_args_in(&tr, args)?;
    let stderr = std::io::stderr();
    let mut log = stderr.lock();
    let yes = args.yes;
    let mut confirm = |_: &Plan| -> Result<bool> {
        if yes {
            return Ok(true);
        }
        if !std::io::stdin().is_terminal() {
            bail!("{}", tr.t("export-needs-yes"));
        }
        eprint!("{} ", tr.t("export-confirm"));
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        Ok(matches!(
            answer.trim().to_lowercase().as_str(),
            "y" | "yes" | "j" | "ja"
        ))
    };
    let reviewer = ctx.reviewer.clone();
    match export(&mut ctx.store, &reviewer, &opts, &mut log, &mut confirm)? {
        Some(o) => {
            writeln!(
                log,
                "{}",
                tr.f(
                    "export-done",
                    &[
                        ("file", text(o.written.path.display().to_string())),
                        ("ads", num(o.ads as i64)),
                        ("networks", num(o.networks as i64)),
                        ("bytes", num(o.written.bytes as i64)),
                        ("sha256", text(o.written.sha256.clone())),
                    ]
                )
            )?;
            Ok(())
        }
        None => Ok(()),
    }
}
