//! `review erase` and `review subject`: erasure and access on request
//! (GDPR Art. 17 and 15) for a phone number, an ad or a network.
//!
//! `erase` shows what will go, asks for confirmation (`--yes` for scripts),
//! deletes in one transaction (the store's [`ErasureStore::erase`], on
//! SQLite or PostgreSQL; on PostgreSQL only the store's owner may erase or
//! report, since only it reaches every organisation's rows), then
//! links the store again so the affected networks are rebuilt without the
//! erased ads. `subject --phone N --json` prints everything held about a
//! number.

use crate::cli::{EraseArgs, SubjectArgs};
use crate::context::Context;
use crate::i18n::{num, text, Tr};
use anyhow::{anyhow, bail, Context as _, Result};
use std::io::{BufRead, IsTerminal, Write};
use store::erasure::{ErasurePlan, Subject};
use store::prelude::ErasureStore;

/// A number in any written form as E.164, read as the store reads numbers
/// (`indicators::phone`, numbers without a country code in `region`).
pub fn e164_of(tr: &Tr, written: &str, region: &str) -> Result<String> {
    indicators::phone::normalize(written, region).ok_or_else(|| {
        anyhow!(
            "{}",
            tr.f(
                "err-phone-number",
                &[("given", text(written)), ("region", text(region))]
            )
        )
    })
}

fn subject_of(tr: &Tr, args: &EraseArgs) -> Result<Subject> {
    match (&args.phone, args.ad, args.network) {
        (Some(p), None, None) => Ok(Subject::Phone(e164_of(tr, p, &args.region)?)),
        (None, Some(id), None) => Ok(Subject::Ad(id)),
        (None, None, Some(id)) => Ok(Subject::Network(id)),
        _ => bail!("{}", tr.t("err-erase-one-subject")),
    }
}

/// The plan as lines for people: one count per line.
pub fn describe(tr: &Tr, plan: &ErasurePlan, out: &mut dyn Write) -> Result<()> {
    let rows: [(&str, u64); 14] = [
        ("msg-erase-ads", plan.ads.len() as u64),
        ("msg-erase-versions", plan.versions),
        ("msg-erase-analyses", plan.analyses),
        ("msg-erase-phones", plan.phones),
        ("msg-erase-links", plan.links),
        ("msg-erase-notes", plan.notes),
        ("msg-erase-statuses", plan.statuses),
        ("msg-erase-teamwork", plan.teamwork),
        ("msg-erase-contacts", plan.contacts),
        ("msg-erase-dnc", plan.do_not_contact),
        ("msg-erase-watches", plan.watches),
        ("msg-erase-blocked", plan.blocked),
        ("msg-erase-networks", plan.networks.len() as u64),
        ("msg-erase-redactions", plan.redactions),
    ];
    for (key, n) in rows {
        writeln!(out, "  {:>6}  {}", n, tr.t(key))?;
    }
    if !plan.ads.is_empty() {
        let ids: Vec<String> = plan.ads.iter().map(|i| format!("#{i}")).collect();
        writeln!(
            out,
            "{}",
            tr.f("erase-ad-ids", &[("ids", text(ids.join(", ")))])
        )?;
    }
    Ok(())
}

/// Runs `review erase`.
pub fn run(ctx: &mut Context, args: &EraseArgs, out: &mut dyn Write) -> Result<()> {
    let tr = ctx.tr.clone();
    let subject = subject_of(&tr, args)?;
    owner_only(ctx, "erase")?;
    let plan = ctx
        .store
        .erasure_plan(&subject, indicators::phone::normalize)?;
    let what = match &subject {
        Subject::Phone(n) => n.clone(),
        Subject::Ad(id) => tr.f("target-ad", &[("id", num(*id))]),
        Subject::Network(id) => tr.f("target-network", &[("id", num(*id))]),
    };
    if plan.is_empty() {
        writeln!(out, "{}", tr.f("erase-nothing", &[("subject", text(what))]))?;
        return Ok(());
    }
    let stderr = std::io::stderr();
    let mut log = stderr.lock();
    writeln!(log, "{}", tr.f("erase-plan", &[("subject", text(&what))]))?;
    describe(&tr, &plan, &mut log)?;
    if args.dry_run {
        if args.json {
            super::print_json(out, &plan)?;
        }
        writeln!(log, "{}", tr.t("erase-dry-run"))?;
        return Ok(());
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            bail!("{}", tr.t("erase-needs-yes"));
        }
        write!(log, "{} ", tr.t("erase-confirm"))?;
        log.flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(
            answer.trim().to_lowercase().as_str(),
            "y" | "yes" | "j" | "ja"
        ) {
            writeln!(log, "{}", tr.t("erase-not-confirmed"))?;
            return Ok(());
        }
    }
    let reviewer = ctx.reviewer.clone();
    let done = ctx
        .store
        .erase(&plan, &reviewer)
        .with_context(|| tr.t("erase-failed"))?;
    let relinked = relink(ctx, args);
    if args.json {
        super::print_json(out, &done)?;
    } else {
        writeln!(
            out,
            "{}",
            tr.f(
                "erase-done",
                &[
                    ("subject", text(&what)),
                    ("ads", num(plan.ads.len() as i64)),
                    ("networks", num(plan.networks.len() as i64)),
                ]
            )
        )?;
    }
    if let Err(e) = relinked {
        writeln!(
            log,
            "{}",
            tr.f(
                "erase-relink-failed",
                &[("error", text(crate::i18n::error_text(&tr, &e)))]
            )
        )?;
    }
    let on_pg = matches!(ctx.store, store::AnyStore::Postgres(_));
    if !done.wal_checkpointed {
        let key = if on_pg {
            "erase-vacuum-failed"
        } else {
            "erase-wal-busy"
        };
        writeln!(log, "{}", tr.t(key))?;
    }
    if on_pg {
        writeln!(log, "{}", tr.t("erase-pg-copies"))?;
    }
    Ok(())
}

/// Links the store again (the crawler's own linking, with `--rules` or the
/// built-in rules), so networks that lost ads are rebuilt now.
fn relink(ctx: &mut Context, args: &EraseArgs) -> Result<()> {
    let rules = match &args.rules {
        Some(p) => indicators::rules::Rules::load(p).with_context(|| {
            ctx.tr.f(
                "err-reading-rules",
                &[("file", text(p.display().to_string()))],
            )
        })?,
        None => indicators::rules::Rules::builtin(),
    };
    let store = &mut ctx.store;
    let sites = crawler::pipeline::SiteSettings::load(store)?;
    crawler::pipeline::link_store(store, &rules, &sites, false, |_| {})?;
    Ok(())
}

/// Refuses, in the reviewer's language, a role that may not erase or
/// report (on PostgreSQL, any but the store's owner).
fn owner_only(ctx: &Context, command: &str) -> Result<()> {
    if !ctx.store.may_erase()? {
        bail!(
            "{}",
            ctx.tr.f(
                "err-erase-owner",
                &[
                    ("command", text(command)),
                    ("role", text(ctx.reviewer.clone()))
                ]
            )
        );
    }
    Ok(())
}

/// Runs `review subject`.
pub fn subject(ctx: &Context, args: &SubjectArgs, out: &mut dyn Write) -> Result<()> {
    let e164 = e164_of(&ctx.tr, &args.phone, &args.region)?;
    owner_only(ctx, "subject")?;
    let report = ctx
        .store
        .subject_report(&e164, indicators::phone::normalize)?;
    if args.json {
        return super::print_json(out, &report);
    }
    let tr = &ctx.tr;
    writeln!(
        out,
        "{}",
        tr.f(
            "subject-summary",
            &[
                ("number", text(&e164)),
                ("ads", num(report.ads.len() as i64)),
                ("contacts", num(report.contacts.len() as i64)),
                ("watches", num(report.watches.len() as i64)),
                ("audit", num(report.audit_mentions.len() as i64)),
            ]
        )
    )?;
    for a in &report.ads {
        writeln!(
            out,
            "  #{}  {}  {}",
            a.ad.id,
            a.ad.ad.site,
            a.ad.ad.title.as_deref().unwrap_or("")
        )?;
    }
    if report.do_not_contact.is_some() {
        writeln!(out, "{}", tr.t("subject-on-dnc"))?;
    }
    writeln!(out, "{}", tr.t("subject-json-hint"))?;
    Ok(())
}
