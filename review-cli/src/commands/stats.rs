//! `review stats`: trends for outreach planning — ads, flagged ads and
//! networks per week, and per site, city, language and indicator — as text
//! bar charts in the terminal or JSON with `--json`. Counts only, no
//! personal data.

use crate::cli::StatsArgs;
use crate::commands::list::clip;
use crate::context::Context;
use crate::i18n::{num, Tr};
use anyhow::Result;
use std::io::Write;
use store::prelude::*;
use store::stats::{Breakdown, Trends};
use store::teamwork::OutreachMonth;

/// Widest bar, in characters.
const BAR: usize = 30;
/// Rows shown per breakdown in the terminal (JSON has them all).
const TOP: usize = 10;

/// Runs `review stats`.
pub fn run(ctx: &Context, args: &StatsArgs, out: &mut dyn Write) -> Result<()> {
    let filter = args.filter.to_filter_in(&ctx.tr)?;
    let t = if args.recount {
        ctx.store.trends_recount(&filter, args.weeks)?
    } else {
        ctx.store.trends(&filter, args.weeks)?
    };
    let outreach = ctx.store.outreach_per_month()?;
    if args.json {
        // The trends' fields as before, with the outreach figures beside them.
        serde_json::to_writer_pretty(
            &mut *out,
            &WithOutreach {
                trends: &t,
                outreach: &outreach,
            },
        )?;
        writeln!(out)?;
        return Ok(());
    }
    render(&t, &ctx.tr, out)?;
    render_outreach(&outreach, &ctx.tr, out)
}

#[derive(serde::Serialize)]
struct WithOutreach<'a> {
    #[serde(flatten)]
    trends: &'a Trends,
    outreach: &'a [OutreachMonth],
}

/// Contacts → conversations → referrals per month (counts only).
pub fn render_outreach(months: &[OutreachMonth], tr: &Tr, out: &mut dyn Write) -> Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", tr.t("stats-outreach"))?;
    if months.is_empty() {
        writeln!(out, "  {}", tr.t("ad-none"))?;
        return Ok(());
    }
    writeln!(
        out,
        "  {:<8} {:>9} {:>13} {:>10}",
        tr.t("stats-month"),
        tr.t("stats-contacts"),
        tr.t("stats-conversations"),
        tr.t("stats-referrals")
    )?;
    for m in months {
        writeln!(
            out,
            "  {:<8} {:>9} {:>13} {:>10}",
            m.month, m.contacts, m.conversations, m.referrals
        )?;
    }
    Ok(())
}

/// A bar of `n` out of `max` in at most [`BAR`] characters (at least one
/// character for any non-zero count, so small numbers stay visible).
pub fn bar(n: i64, max: i64) -> String {
    if n <= 0 || max <= 0 {
        return String::new();
    }
    let len = ((n as f64 / max as f64) * BAR as f64).round().max(1.0) as usize;
    "█".repeat(len.min(BAR))
}

/// Eight-level sparkline of a series.
pub fn sparkline(v: &[i64]) -> String {
    const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = v.iter().copied().max().unwrap_or(0);
    v.iter()
        .map(|&n| {
            if n <= 0 || max <= 0 {
                ' '
            } else {
                LEVELS[((n as f64 / max as f64) * 7.0).round() as usize]
            }
        })
        .collect()
}

/// The text report, its labels in `tr`'s language.
pub fn render(t: &Trends, tr: &Tr, out: &mut dyn Write) -> Result<()> {
    if t.weeks.is_empty() {
        writeln!(out, "{}", tr.t("no-ads-match"))?;
        return Ok(());
    }
    let max = t.weeks.iter().map(|w| w.ads).max().unwrap_or(0);
    writeln!(
        out,
        "{}",
        tr.f("stats-heading", &[("weeks", num(t.weeks.len() as i64))])
    )?;
    writeln!(
        out,
        "{:<10} {:>6} {:>7} {:>8}",
        tr.t("stats-week-of"),
        tr.t("stats-ads"),
        tr.t("stats-flagged"),
        tr.t("stats-networks")
    )?;
    for w in &t.weeks {
        writeln!(
            out,
            "{:<10} {:>6} {:>7} {:>8}  {}",
            w.week,
            w.ads,
            w.flagged,
            w.networks,
            bar(w.ads, max)
        )?;
    }
    for (title, rows) in [
        ("stats-per-site", &t.by_site),
        ("stats-per-city", &t.by_city),
        ("stats-per-language", &t.by_language),
        ("stats-per-indicator", &t.by_indicator),
    ] {
        breakdown(&tr.t(title), rows, tr, out)?;
    }
    Ok(())
}

fn breakdown(title: &str, rows: &[Breakdown], tr: &Tr, out: &mut dyn Write) -> Result<()> {
    writeln!(out)?;
    writeln!(out, "{title}")?;
    if rows.is_empty() {
        writeln!(out, "  {}", tr.t("ad-none"))?;
        return Ok(());
    }
    let max = rows.iter().map(|r| r.ads).max().unwrap_or(0);
    for r in rows.iter().take(TOP) {
        writeln!(
            out,
            "  {:<18} {:>6} {:>7}  {:<w$}  {}",
            clip(&r.key, 18),
            r.ads,
            tr.f("stats-flagged-short", &[("count", num(r.flagged))]),
            bar(r.ads, max),
            sparkline(&r.per_week),
            w = BAR
        )?;
    }
    if rows.len() > TOP {
        writeln!(
            out,
            "  {}",
            tr.f("stats-more", &[("count", num((rows.len() - TOP) as i64))])
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_and_keep_small_counts_visible() {
        assert_eq!(bar(10, 10).chars().count(), BAR);
        assert_eq!(bar(5, 10).chars().count(), BAR / 2);
        assert_eq!(bar(1, 1000).chars().count(), 1);
        assert_eq!(bar(0, 10), "");
    }

    #[test]
    fn sparkline_has_one_cell_per_week() {
        assert_eq!(sparkline(&[0, 1, 7]), " ▂█");
    }
}
