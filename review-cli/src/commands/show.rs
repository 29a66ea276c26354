//! `review show ID`: one ad with its evidence, phones, images, links and
//! history (or a network with `--network`).

use crate::cli::ShowArgs;
use crate::context::Context;
use anyhow::{anyhow, Result};
use std::io::Write;
use store::prelude::*;

/// Runs `review show`.
pub fn run(ctx: &Context, args: &ShowArgs, out: &mut dyn Write) -> Result<()> {
    if args.network {
        let net = ctx
            .store
            .network(args.id)?
            .ok_or_else(|| anyhow!("no network with id {}", args.id))?;
        if args.json {
            serde_json::to_writer_pretty(&mut *out, &net)?;
            writeln!(out)?;
        } else {
            writeln!(out, "Network #{} — {} ads", net.id, net.ad_ids.len())?;
            writeln!(out, "{}", serde_json::to_string_pretty(&net.summary)?)?;
        }
        return Ok(());
    }
    let d = ctx
        .store
        .ad_detail(args.id)?
        .ok_or_else(|| anyhow!("no ad with id {} (see `review list`)", args.id))?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &d)?;
        writeln!(out)?;
        return Ok(());
    }
    let ad = &d.stored.ad;
    writeln!(
        out,
        "Ad #{} — {}",
        d.stored.id,
        ad.title.as_deref().unwrap_or("(no title)")
    )?;
    writeln!(out, "  site {}  url {}", ad.site, ad.url)?;
    writeln!(
        out,
        "  name {}  age {}  city {}  price {}",
        ad.name.as_deref().unwrap_or("-"),
        ad.age.map(|a| a.to_string()).unwrap_or("-".into()),
        ad.location.as_deref().unwrap_or("-"),
        ad.price.as_deref().unwrap_or("-")
    )?;
    writeln!(
        out,
        "  first seen {}  last seen {}{}",
        d.stored.first_seen,
        d.stored.last_seen,
        d.stored
            .removed_at
            .map(|t| format!("  removed {t}"))
            .unwrap_or_default()
    )?;
    writeln!(
        out,
        "  status {}  network {}",
        d.status,
        d.network_id.map(|n| format!("#{n}")).unwrap_or("-".into())
    )?;
    writeln!(out, "\n{}\n", ad.text)?;
    if let Some(a) = &d.analysis {
        writeln!(
            out,
            "Score {:.1} (rules {}, language {})",
            a.score,
            a.rules_version,
            a.language.as_deref().unwrap_or("?")
        )?;
        for h in a.all_hits() {
            writeln!(out, "  {:+.1} {} — {}", h.weight, h.code, h.explanation)?;
            for e in &h.evidence {
                writeln!(
                    out,
                    "      {} [{}..{}]: “{}”",
                    e.field.as_str(),
                    e.start,
                    e.end,
                    e.excerpt
                )?;
            }
        }
    } else {
        writeln!(out, "Not analysed yet (run `crawler analyze`).")?;
    }
    if !d.phones.is_empty() {
        writeln!(out, "Phones:")?;
        for p in &d.phones {
            writeln!(
                out,
                "  {}  written “{}”{}",
                p.e164,
                p.raw,
                if p.obfuscated { "  (disguised)" } else { "" }
            )?;
        }
    }
    if !d.images.is_empty() {
        writeln!(out, "Images:")?;
        for i in &d.images {
            writeln!(
                out,
                "  {}  {}",
                i.phash
                    .as_deref()
                    .or(i.error.as_deref())
                    .unwrap_or("not hashed yet"),
                i.url
            )?;
        }
    }
    if !d.links.is_empty() {
        writeln!(out, "Links:")?;
        for l in &d.links {
            let other = if l.a == d.stored.id { l.b } else { l.a };
            writeln!(out, "  {} → ad #{}  ({})", l.kind, other, l.evidence)?;
        }
    }
    if !d.versions.is_empty() {
        writeln!(out, "Earlier versions: {}", d.versions.len())?;
    }
    if !d.events.is_empty() {
        writeln!(out, "History:")?;
        for e in &d.events {
            writeln!(
                out,
                "  {} {} {}{}",
                e.at,
                e.reviewer,
                e.status
                    .map(|s| format!("→ {s}"))
                    .unwrap_or_else(|| "note".into()),
                e.note
                    .as_deref()
                    .map(|n| format!(": {n}"))
                    .unwrap_or_default()
            )?;
        }
    }
    Ok(())
}
