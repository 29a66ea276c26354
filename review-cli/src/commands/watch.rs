//! `review watch [NETWORK|PHONE] [--off]`: follow (or stop following) a
//! network id or a phone number; with no target, list what you follow.
//! `review alerts` then reports new ads joining what you follow.

use crate::cli::WatchArgs;
use crate::context::Context;
use crate::i18n::{num, text, Tr};
use anyhow::{bail, Result};
use std::io::Write;
use store::prelude::*;
use store::review::WatchKind;

/// What a watch target is: `(Network, "12")` or `(Phone, "+4520123456")`.
pub fn parse_target(s: &str) -> Result<(WatchKind, String)> {
    parse_target_in(&Tr::default(), s)
}

/// [`parse_target`] with the message in `tr`'s language.
pub fn parse_target_in(tr: &Tr, s: &str) -> Result<(WatchKind, String)> {
    let t = s.trim().trim_start_matches('#');
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
        return Ok((WatchKind::Network, t.parse::<i64>()?.to_string()));
    }
    let compact: String = t
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')' | '.'))
        .collect();
    if let Some(digits) = compact.strip_prefix('+') {
        if (6..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
            return Ok((WatchKind::Phone, compact));
        }
    }
    bail!("{}", tr.f("err-watch-target", &[("given", text(s))]))
}

/// Runs `review watch`.
pub fn run(ctx: &mut Context, args: &WatchArgs, out: &mut dyn Write) -> Result<()> {
    let Some(target) = &args.target else {
        let watches = ctx.store.watches(&ctx.reviewer)?;
        if args.json {
            serde_json::to_writer_pretty(&mut *out, &watches)?;
            writeln!(out)?;
        } else if watches.is_empty() {
            writeln!(
                out,
                "{}",
                ctx.tr
                    .f("watch-none", &[("reviewer", text(ctx.reviewer.clone()))])
            )?;
        } else {
            for w in watches {
                let kind = ctx.tr.t(&format!("watch-kind-{}", w.kind.as_str()));
                writeln!(
                    out,
                    "{:<8} {:<16} {}",
                    kind,
                    w.target,
                    ctx.tr.f(
                        "watch-since",
                        &[
                            ("since", text(w.since.format("%Y-%m-%d %H:%M").to_string())),
                            (
                                "look",
                                text(w.last_look.format("%Y-%m-%d %H:%M").to_string())
                            ),
                        ]
                    )
                )?;
            }
        }
        return Ok(());
    };
    let (kind, target) = parse_target_in(&ctx.tr, target)?;
    if kind == WatchKind::Network && !args.off {
        let id: i64 = target.parse()?;
        if ctx.store.network(id)?.is_none() {
            bail!("{}", ctx.tr.f("err-no-network", &[("id", num(id))]));
        }
    }
    let on = !args.off;
    let reviewer = ctx.reviewer.clone();
    ctx.store.set_watch(kind, &target, &reviewer, on)?;
    if args.json {
        serde_json::to_writer_pretty(
            &mut *out,
            &serde_json::json!({"kind": kind, "target": target, "reviewer": reviewer, "following": on}),
        )?;
        writeln!(out)?;
    } else {
        let key = if on { "watch-on" } else { "watch-off" };
        let what = ctx.tr.t(&format!("watch-kind-{}", kind.as_str()));
        writeln!(
            out,
            "{}",
            ctx.tr.f(
                key,
                &[
                    ("reviewer", text(reviewer.clone())),
                    ("kind", text(what)),
                    ("target", text(target.clone())),
                ]
            )
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_target;
    use store::review::WatchKind;

    #[test]
    fn targets_are_networks_or_international_numbers() {
        assert_eq!(
            parse_target("12").unwrap(),
            (WatchKind::Network, "12".into())
        );
        assert_eq!(
            parse_target("#7").unwrap(),
            (WatchKind::Network, "7".into())
        );
        assert_eq!(
            parse_target("+45 20 12 34 56").unwrap(),
            (WatchKind::Phone, "+4520123456".into())
        );
        assert!(parse_target("20123456").is_ok()); // digits: a network id
        assert!(parse_target("Bella").is_err());
        assert!(parse_target("+45 12").is_err());
    }
}
