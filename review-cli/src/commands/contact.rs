//! `review contact ID --channel C --outcome O` and `review do-not-contact`:
//! the contact log is kept per number (one number can sit behind many ads),
//! a number on the do-not-contact list is never contacted, and a second
//! attempt within the minimum gap is refused unless `--yes` confirms it.

use crate::cli::{ContactArgs, DncArgs};
use crate::commands::print_json;
use crate::commands::watch::parse_target_in;
use crate::context::Context;
use crate::i18n::{labels, num, text, Tr};
use anyhow::{anyhow, bail, Result};
use std::io::Write;
use store::prelude::*;
use store::review::Target;
use store::teamwork::{Channel, ContactCheck, DncReason, NewContact, Outcome};

/// An outcome in words (`outcome-no_reply`).
pub fn outcome_word(tr: &Tr, o: Outcome) -> String {
    tr.t(&format!("outcome-{}", o.as_str()))
}

/// A channel in words (`channel-sms`).
pub fn channel_word(tr: &Tr, c: Channel) -> String {
    tr.t(&format!("channel-{}", c.as_str()))
}

/// A do-not-contact reason in words (`dnc-opted_out`).
pub fn reason_word(tr: &Tr, r: DncReason) -> String {
    tr.t(&format!("dnc-{}", r.as_str()))
}

fn codes<T: Copy>(all: &[T], f: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|v| f(*v)).collect::<Vec<_>>().join(", ")
}

fn phone_arg(tr: &Tr, s: &str) -> Result<String> {
    match parse_target_in(tr, s) {
        Ok((store::review::WatchKind::Phone, p)) => Ok(p),
        _ => bail!("{}", tr.f("err-phone-international", &[("given", text(s))])),
    }
}

/// `--channel x: use one of …` and the like, in `tr`'s language.
fn unknown_code(tr: &Tr, flag: &str, given: &str, codes: String) -> anyhow::Error {
    anyhow!(
        "{}",
        tr.f(
            "err-unknown-code",
            &[
                ("flag", text(flag)),
                ("given", text(given)),
                ("codes", text(codes))
            ]
        )
    )
}

/// Runs `review contact`.
pub fn run(ctx: &mut Context, args: &ContactArgs, out: &mut dyn Write) -> Result<()> {
    let tr = ctx.tr.clone();
    let channel = Channel::parse(&args.channel).ok_or_else(|| {
        unknown_code(
            &tr,
            "--channel",
            &args.channel,
            codes(Channel::ALL, Channel::as_str),
        )
    })?;
    let outcome = Outcome::parse(&args.outcome).ok_or_else(|| {
        unknown_code(
            &tr,
            "--outcome",
            &args.outcome,
            codes(Outcome::ALL, Outcome::as_str),
        )
    })?;
    let detail = ctx
        .store
        .ad_detail(args.id)?
        .ok_or_else(|| anyhow!("{}", tr.f("err-no-ad", &[("id", num(args.id))])))?;
    // A site's own number (support line) or one in implausibly many ads is
    // block-listed for linking; it is nobody to contact either.
    let blocked: Vec<String> = ctx
        .store
        .blocked_phones()?
        .into_iter()
        .map(|b| b.e164)
        .collect();
    let mut numbers: Vec<String> = detail
        .phones
        .iter()
        .map(|p| p.e164.clone())
        .filter(|n| !blocked.contains(n))
        .collect();
    numbers.sort();
    numbers.dedup();
    let e164 = match &args.phone {
        Some(p) => {
            let p = phone_arg(&tr, p)?;
            if !numbers.contains(&p) {
                bail!(
                    "{}",
                    tr.f(
                        "contact-not-in-ad",
                        &[("number", text(p.clone())), ("id", num(args.id))]
                    )
                );
            }
            p
        }
        None => match numbers.as_slice() {
            [] => bail!("{}", tr.f("contact-no-phone", &[("id", num(args.id))])),
            [one] => one.clone(),
            many => bail!(
                "{}",
                tr.f("contact-which", &[("numbers", text(many.join(", ")))])
            ),
        },
    };
    let mut warning = None;
    match ctx
        .store
        .contact_check(&e164, store::now(), args.min_gap_days)?
    {
        ContactCheck::Clear => {}
        ContactCheck::DoNotContact(d) => bail!(
            "{}",
            tr.f(
                "contact-dnc",
                &[
                    ("number", text(e164.clone())),
                    ("reason", text(reason_word(&tr, d.reason)))
                ]
            )
        ),
        ContactCheck::TooSoon(last) => {
            let days = (store::now() - last.at).num_days();
            let msg = tr.f(
                "contact-too-soon",
                &[
                    ("number", text(e164.clone())),
                    ("date", text(last.at.format("%Y-%m-%d").to_string())),
                    ("reviewer", text(last.reviewer.clone())),
                    ("days", num(days)),
                    ("gap", num(args.min_gap_days)),
                ],
            );
            if !args.yes {
                bail!("{msg} {}", tr.t("contact-confirm"));
            }
            warning = Some(msg);
        }
    }
    let reviewer = ctx.reviewer.clone();
    let new = NewContact {
        e164: &e164,
        ad_id: Some(args.id),
        channel,
        outcome,
        note: args
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty()),
    };
    let id = ctx.store.record_contact(&new, &reviewer)?;
    if args.json {
        return print_json(
            out,
            &serde_json::json!({
                "contact_id": id, "e164": e164, "ad_id": args.id, "channel": channel,
                "outcome": outcome, "reviewer": reviewer, "warning": warning,
                "do_not_contact": outcome.blocks(),
            }),
        );
    }
    if let Some(w) = warning {
        writeln!(out, "{}: {w}", tr.t("warning"))?;
    }
    writeln!(
        out,
        "{}",
        tr.f(
            "contact-recorded",
            &[
                ("number", text(e164.clone())),
                ("channel", text(channel_word(&tr, channel))),
                ("outcome", text(outcome_word(&tr, outcome))),
                ("target", text(labels::target(&tr, Target::Ad(args.id)))),
            ]
        )
    )?;
    if let Some(r) = outcome.blocks() {
        writeln!(out, "{}", now_on_list(&tr, e164, r))?;
    }
    Ok(())
}

/// "+45… is now on the do-not-contact list (reason)".
fn now_on_list(tr: &Tr, e164: String, reason: DncReason) -> String {
    tr.f(
        "contact-now-dnc",
        &[
            ("number", text(e164)),
            ("reason", text(reason_word(tr, reason))),
        ],
    )
}

/// Runs `review do-not-contact`.
pub fn dnc(ctx: &mut Context, args: &DncArgs, out: &mut dyn Write) -> Result<()> {
    let tr = ctx.tr.clone();
    let Some(number) = &args.number else {
        let list = ctx.store.do_not_contact_list()?;
        if args.json {
            print_json(out, &list)?;
        } else if list.is_empty() {
            writeln!(out, "{}", tr.t("dnc-empty"))?;
        } else {
            for d in list {
                writeln!(
                    out,
                    "{:<16} {:<24} {} {}",
                    d.e164,
                    reason_word(&tr, d.reason),
                    d.added_by,
                    d.added_at.format("%Y-%m-%d")
                )?;
            }
        }
        return Ok(());
    };
    let e164 = phone_arg(&tr, number)?;
    let reason = DncReason::parse(&args.reason).ok_or_else(|| {
        unknown_code(
            &tr,
            "--reason",
            &args.reason,
            codes(DncReason::ALL, DncReason::as_str),
        )
    })?;
    let by = ctx.reviewer.clone();
    ctx.store
        .set_do_not_contact(&e164, reason, &by, !args.off)?;
    if args.json {
        print_json(
            out,
            &serde_json::json!({"e164": e164, "reason": reason, "on_list": !args.off, "by": by}),
        )?;
    } else if args.off {
        writeln!(out, "{}", tr.f("dnc-removed", &[("number", text(e164))]))?;
    } else {
        writeln!(out, "{}", now_on_list(&tr, e164, reason))?;
    }
    Ok(())
}
