//! `review note ID TEXT`: add a note to an ad or (with `--network`) a
//! network's history, with the reviewer and the time.

use crate::cli::NoteArgs;
use crate::context::Context;
use crate::i18n::{labels, num, text};
use anyhow::Result;
use std::io::Write;
use store::prelude::*;
use store::review::Target;

/// Runs `review note`.
pub fn run(ctx: &mut Context, args: &NoteArgs, out: &mut dyn Write) -> Result<()> {
    let target = if args.network {
        Target::Network(args.id)
    } else {
        Target::Ad(args.id)
    };
    let reviewer = ctx.reviewer.clone();
    let event_id = ctx.store.add_note(target, &reviewer, &args.text)?;
    if args.json {
        serde_json::to_writer_pretty(
            &mut *out,
            &serde_json::json!({"target": target, "reviewer": reviewer, "event_id": event_id}),
        )?;
        writeln!(out)?;
    } else {
        let tr = &ctx.tr;
        writeln!(
            out,
            "{}",
            tr.f(
                "cmd-noted",
                &[
                    ("target", text(labels::target(tr, target))),
                    ("reviewer", text(reviewer.clone())),
                    ("event", num(event_id)),
                ]
            )
        )?;
    }
    Ok(())
}
