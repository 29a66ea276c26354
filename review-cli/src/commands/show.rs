//! `review show ID`: one ad with its evidence, phones, images, links and
//! history (or a network with `--network`).

use crate::cli::ShowArgs;
use crate::context::Context;
use crate::i18n::{labels, num, text};
use anyhow::{anyhow, Result};
use std::io::Write;
use store::prelude::*;

/// Runs `review show`.
pub fn run(ctx: &Context, args: &ShowArgs, out: &mut dyn Write) -> Result<()> {
    if args.network {
        let net = ctx
            .store
            .network(args.id)?
            .ok_or_else(|| anyhow!("{}", ctx.tr.f("err-no-network", &[("id", num(args.id))])))?;
        if args.json {
            serde_json::to_writer_pretty(&mut *out, &net)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{} — {}",
                ctx.tr.f("title-network", &[("id", num(net.id))]),
                ctx.tr
                    .f("net-ads", &[("count", num(net.ad_ids.len() as i64))])
            )?;
            writeln!(out, "{}", serde_json::to_string_pretty(&net.summary)?)?;
        }
        return Ok(());
    }
    let d = ctx
        .store
        .ad_detail(args.id)?
        .ok_or_else(|| anyhow!("{}", ctx.tr.f("err-no-ad", &[("id", num(args.id))])))?;
    if args.json {
        // The ad as stored, with who has it and the contact log of its
        // numbers (from every ad that carries them).
        #[derive(serde::Serialize)]
        struct WithTeamwork<'a> {
            #[serde(flatten)]
            detail: &'a store::query::AdDetail,
            teamwork: crate::tui::worker::TeamworkPanel,
        }
        let teamwork = panel_of(ctx, d.stored.id)?;
        serde_json::to_writer_pretty(
            &mut *out,
            &WithTeamwork {
                detail: &d,
                teamwork,
            },
        )?;
        writeln!(out)?;
        return Ok(());
    }
    let tr = &ctx.tr;
    let ad = &d.stored.ad;
    let dash = |o: Option<&str>| o.unwrap_or("-").to_string();
    writeln!(
        out,
        "{} — {}",
        tr.f("title-ad", &[("id", num(d.stored.id))]),
        ad.title
            .clone()
            .unwrap_or_else(|| format!("({})", tr.t("show-no-title")))
    )?;
    writeln!(out, "  {} {}  url {}", tr.t("col-site"), ad.site, ad.url)?;
    writeln!(
        out,
        "  {} {}  {} {}  {} {}  {} {}",
        tr.t("col-name"),
        dash(ad.name.as_deref()),
        tr.t("show-age"),
        dash(ad.age.map(|a| a.to_string()).as_deref()),
        tr.t("col-city"),
        dash(ad.location.as_deref()),
        tr.t("show-price"),
        dash(ad.price.as_deref())
    )?;
    writeln!(
        out,
        "  {} {}  {} {}{}",
        tr.t("first-seen"),
        d.stored.first_seen,
        tr.t("last-seen"),
        d.stored.last_seen,
        d.stored
            .removed_at
            .map(|t| format!("  {} {t}", tr.t("ad-removed")))
            .unwrap_or_default()
    )?;
    writeln!(
        out,
        "  {} {}  {} {}",
        tr.t("col-status"),
        labels::status(tr, d.status),
        tr.t("col-network"),
        d.network_id.map(|n| format!("#{n}")).unwrap_or("-".into())
    )?;
    writeln!(out, "\n{}\n", ad.text)?;
    if let Some(a) = &d.analysis {
        writeln!(
            out,
            "{}",
            tr.f(
                "show-score",
                &[
                    ("score", text(format!("{:.1}", a.score))),
                    ("rules", text(a.rules_version.clone())),
                    ("language", text(a.language.as_deref().unwrap_or("?"))),
                ]
            )
        )?;
        for h in a.all_hits() {
            writeln!(
                out,
                "  {:+.1} {} — {}",
                h.weight,
                h.code,
                labels::explanation(tr, h.code, &h.explanation)
            )?;
            for e in &h.evidence {
                writeln!(
                    out,
                    "      {} [{}..{}]: “{}”",
                    labels::field(tr, e.field),
                    e.start,
                    e.end,
                    e.excerpt
                )?;
            }
        }
    } else {
        writeln!(out, "{}", tr.t("show-not-analysed"))?;
    }
    if !d.phones.is_empty() {
        writeln!(out, "{}:", tr.t("ad-phones"))?;
        for p in &d.phones {
            writeln!(
                out,
                "  {}  {}{}",
                p.e164,
                tr.f("show-written", &[("raw", text(p.raw.clone()))]),
                if p.obfuscated {
                    format!("  ({})", tr.t("ad-disguised"))
                } else {
                    String::new()
                }
            )?;
        }
    }
    let panel = panel_of(ctx, d.stored.id)?;
    if panel.assignee.is_some() || !panel.contacts.is_empty() || !panel.blocked.is_empty() {
        writeln!(out, "{}:", tr.t("ad-contacts"))?;
        if let Some(a) = &panel.assignee {
            writeln!(
                out,
                "  {}",
                tr.f("ad-assignee", &[("name", text(a.clone()))])
            )?;
        }
        for b in &panel.blocked {
            let reason = crate::commands::contact::reason_word(tr, b.reason);
            writeln!(
                out,
                "  {}",
                tr.f(
                    "ad-dnc",
                    &[("number", text(b.e164.clone())), ("reason", text(reason))]
                )
            )?;
        }
        for c in &panel.contacts {
            writeln!(
                out,
                "  {} {} {} {}, {}{}",
                c.at,
                c.reviewer,
                c.e164,
                crate::commands::contact::channel_word(tr, c.channel),
                crate::commands::contact::outcome_word(tr, c.outcome),
                c.ad_id.map(|i| format!(" (#{i})")).unwrap_or_default()
            )?;
        }
    }
    if !d.images.is_empty() {
        writeln!(out, "{}:", tr.t("ad-images"))?;
        for i in &d.images {
            let hash = i
                .phash
                .clone()
                .or_else(|| i.error.clone())
                .unwrap_or_else(|| tr.t("ad-not-hashed-yet"));
            writeln!(out, "  {hash}  {}", i.url)?;
        }
    }
    if !d.links.is_empty() {
        writeln!(out, "{}:", tr.t("ad-linked"))?;
        for l in &d.links {
            let other = if l.a == d.stored.id { l.b } else { l.a };
            writeln!(
                out,
                "  {} → {}  ({})",
                labels::link_kind(tr, l.kind),
                labels::target(tr, store::review::Target::Ad(other)),
                l.evidence
            )?;
        }
    }
    if !d.versions.is_empty() {
        writeln!(
            out,
            "{}",
            tr.f("show-versions", &[("count", num(d.versions.len() as i64))])
        )?;
    }
    if !d.events.is_empty() {
        writeln!(out, "{}:", tr.t("ad-history"))?;
        for e in &d.events {
            writeln!(
                out,
                "  {} {} {}{}",
                e.at,
                e.reviewer,
                labels::event_what(tr, e),
                e.note
                    .as_deref()
                    .filter(|_| labels::event_has_free_note(e))
                    .map(|n| format!(": {n}"))
                    .unwrap_or_default()
            )?;
        }
    }
    Ok(())
}

/// The teamwork panel of ad `id`.
fn panel_of(ctx: &Context, id: i64) -> Result<crate::tui::worker::TeamworkPanel> {
    crate::tui::worker::teamwork_panel(&ctx.store, id)
}
