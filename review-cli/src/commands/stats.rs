//! `review stats`: trends for outreach planning — ads, flagged ads and
//! networks per week, and per site, city, language and indicator — as text
//! bar charts in the terminal or JSON with `--json`. Counts only, no
//! personal data.

use crate::cli::StatsArgs;
use crate::commands::list::clip;
use crate::context::Context;
use anyhow::Result;
use std::io::Write;
use store::stats::{Breakdown, Trends};

/// Widest bar, in characters.
const BAR: usize = 30;
/// Rows shown per breakdown in the terminal (JSON has them all).
const TOP: usize = 10;

/// Runs `review stats`.
pub fn run(ctx: &Context, args: &StatsArgs, out: &mut dyn Write) -> Result<()> {
    let filter = args.filter.to_filter()?;
    let t = ctx.store.trends(&filter, args.weeks)?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &t)?;
        writeln!(out)?;
        return Ok(());
    }
    render(&t, out)
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

/// The text report.
pub fn render(t: &Trends, out: &mut dyn Write) -> Result<()> {
    if t.weeks.is_empty() {
        writeln!(out, "No ads match these filters.")?;
        return Ok(());
    }
    let max = t.weeks.iter().map(|w| w.ads).max().unwrap_or(0);
    writeln!(
        out,
        "Ads first seen per week ({} weeks; █ ads, flagged = at least one positive indicator)",
        t.weeks.len()
    )?;
    writeln!(
        out,
        "{:<10} {:>6} {:>7} {:>8}",
        "week of", "ads", "flagged", "networks"
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
        ("site", &t.by_site),
        ("city", &t.by_city),
        ("language", &t.by_language),
        ("indicator", &t.by_indicator),
    ] {
        breakdown(title, rows, out)?;
    }
    Ok(())
}

fn breakdown(title: &str, rows: &[Breakdown], out: &mut dyn Write) -> Result<()> {
    writeln!(out)?;
    writeln!(out, "Per {title} (ads in the window; trend per week)")?;
    if rows.is_empty() {
        writeln!(out, "  none")?;
        return Ok(());
    }
    let max = rows.iter().map(|r| r.ads).max().unwrap_or(0);
    for r in rows.iter().take(TOP) {
        writeln!(
            out,
            "  {:<18} {:>6} {:>7}  {:<w$}  {}",
            clip(&r.key, 18),
            r.ads,
            format!("({} fl)", r.flagged),
            bar(r.ads, max),
            sparkline(&r.per_week),
            w = BAR
        )?;
    }
    if rows.len() > TOP {
        writeln!(out, "  … and {} more (see --json)", rows.len() - TOP)?;
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
