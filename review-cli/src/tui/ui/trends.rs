//! The Trends screen: ads and flagged ads per week as a bar chart, networks
//! per week as a sparkline, and the largest sites, cities, languages and
//! indicators with their trend. The queue's filters apply (`f`, `c`); `+`
//! and `-` change the number of weeks. Counts only, no personal data.

use crate::commands::stats::sparkline;
use crate::tui::app::App;
use crate::tui::ui::clip;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph, Sparkline};
use ratatui::Frame;
use store::stats::{Breakdown, Trends};

/// Rows per breakdown.
const TOP: usize = 5;

/// Draws the Trends screen into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let tr = &app.tr;
    let Some(t) = &app.trends.data else {
        frame.render_widget(Paragraph::new(format!(" {}", tr.t("loading"))), area);
        return;
    };
    if t.weeks.is_empty() {
        frame.render_widget(Paragraph::new(format!(" {}", tr.t("no-ads-match"))), area);
        return;
    }
    let [head, chart, nets, parts] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(6),
        Constraint::Length(3),
        Constraint::Length(TOP as u16 + 2),
    ])
    .areas(area);
    let filters = crate::tui::ui::filter_summary(app);
    let mut line = vec![Span::styled(
        format!(" {}", tr.t("trends-keys")),
        Style::default().fg(Color::DarkGray),
    )];
    if !filters.is_empty() {
        line.push(Span::raw(format!(" · {filters}")));
    }
    frame.render_widget(Paragraph::new(Line::from(line)), head);
    let group = draw_chart(frame, chart, t, app);
    // One sparkline column per chart column, so the weeks line up.
    let per_week: Vec<u64> = t
        .weeks
        .iter()
        .flat_map(|w| std::iter::repeat_n(w.networks.max(0) as u64, group))
        .collect();
    frame.render_widget(
        Sparkline::default()
            .block(
                Block::default()
                    .borders(Borders::TOP)
                    .title(tr.t("trends-networks")),
            )
            .data(&per_week)
            .style(Style::default().fg(Color::Magenta)),
        nets,
    );
    let cols = if parts.width >= 120 { 4 } else { 2 };
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, cols); cols as usize]).split(parts);
    let all = [
        ("stats-per-site-short", &t.by_site),
        ("stats-per-indicator-short", &t.by_indicator),
        ("stats-per-city-short", &t.by_city),
        ("stats-per-language-short", &t.by_language),
    ];
    for (i, (title, rows)) in all.iter().take(cols as usize).enumerate() {
        frame.render_widget(breakdown(&tr.t(title), rows, areas[i].width), areas[i]);
    }
}

/// Draws the bar chart; returns the columns one week takes.
fn draw_chart(frame: &mut Frame<'_>, area: Rect, t: &Trends, app: &App) -> usize {
    let weeks = t.weeks.len().max(1) as u16;
    // Two bars per week and one column between weeks, as wide as fits.
    let bar = ((area.width.saturating_sub(2) / weeks).saturating_sub(1) / 2).max(1);
    let groups: Vec<BarGroup<'_>> = t
        .weeks
        .iter()
        .map(|w| {
            let label = chrono::NaiveDate::parse_from_str(&w.week, "%Y-%m-%d")
                .map(|d| d.format("%V").to_string())
                .unwrap_or_default();
            BarGroup::default().label(Line::from(label)).bars(&[
                Bar::default()
                    .value(w.ads.max(0) as u64)
                    .style(Style::default().fg(Color::Cyan)),
                Bar::default()
                    .value(w.flagged.max(0) as u64)
                    .style(Style::default().fg(Color::Red)),
            ])
        })
        .collect();
    let mut chart = BarChart::default()
        .block(
            Block::default()
                .borders(Borders::TOP)
                .title(app.tr.t("trends-chart")),
        )
        .bar_width(bar)
        .bar_gap(0)
        .group_gap(1)
        .value_style(Style::default().add_modifier(Modifier::BOLD));
    for g in groups {
        chart = chart.data(g);
    }
    frame.render_widget(chart, area);
    (bar * 2 + 1) as usize
}

fn breakdown<'a>(title: &str, rows: &[Breakdown], width: u16) -> Paragraph<'a> {
    let spark_w = rows.first().map(|r| r.per_week.len()).unwrap_or(0);
    let key_w = (width as usize).saturating_sub(spark_w + 9).clamp(4, 18);
    let lines: Vec<Line<'static>> = rows
        .iter()
        .take(TOP)
        .map(|r| {
            Line::from(format!(
                "{:<key_w$} {:>6} {}",
                clip(&r.key, key_w),
                r.ads,
                sparkline(&r.per_week)
            ))
        })
        .collect();
    Paragraph::new(lines).block(
        Block::default()
            .borders(Borders::TOP)
            .title(title.to_string()),
    )
}
