//! `review mark ID STATUS [--note TEXT]`: set the status of an ad or (with
//! `--network`) a network. The store records it as an event with the
//! reviewer and the time.

use crate::cli::MarkArgs;
use crate::context::{parse_status_in, Context};
use crate::i18n::{labels, num, text};
use anyhow::Result;
use serde::Serialize;
use std::io::Write;
use store::prelude::*;
use store::review::{ReviewStatus, Target};

/// What `mark` did, as printed with `--json`.
#[derive(Debug, Serialize)]
pub struct Marked {
    /// Ad or network.
    pub target: Target,
    /// Status before.
    pub previous: ReviewStatus,
    /// Status now.
    pub status: ReviewStatus,
    /// Who.
    pub reviewer: String,
    /// The event id in the case history.
    pub event_id: i64,
}

/// Runs `review mark`.
pub fn run(ctx: &mut Context, args: &MarkArgs, out: &mut dyn Write) -> Result<()> {
    let status = parse_status_in(&ctx.tr, &args.status)?;
    let target = if args.network {
        Target::Network(args.id)
    } else {
        Target::Ad(args.id)
    };
    let previous = ctx.store.status_of(target)?;
    let note = args
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let reviewer = ctx.reviewer.clone();
    // From the status just read: a colleague's change in between is refused
    // as stale, not overwritten.
    let seen = ctx.store.last_status_event(target)?.map(|e| e.id);
    let event_id = ctx
        .store
        .set_status_if(target, status, &reviewer, note, seen)?;
    let m = Marked {
        target,
        previous,
        status,
        reviewer,
        event_id,
    };
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &m)?;
        writeln!(out)?;
    } else {
        let tr = &ctx.tr;
        writeln!(
            out,
            "{}",
            tr.f(
                "cmd-marked",
                &[
                    ("target", text(labels::target(tr, target))),
                    ("previous", text(labels::status(tr, previous))),
                    ("status", text(labels::status(tr, status))),
                    ("reviewer", text(m.reviewer.clone())),
                    ("event", num(event_id)),
                ]
            )
        )?;
    }
    Ok(())
}
