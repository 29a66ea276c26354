//! The network view: what joins the ads (names, phones, cities, the cities
//! over time), then the member ads with why each one is linked (a shared
//! number, text similarity, a reused photo), and the network's history.

use crate::i18n::{labels, num, text};
use crate::tui::app::{App, NetView};
use crate::tui::ui::{clip, short_status, status_style};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

/// Draws the network view into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, view: &NetView, app: &App) {
    let tr = &app.tr;
    let Some(d) = &view.data else {
        frame.render_widget(Paragraph::new(format!(" {}", tr.t("loading"))), area);
        return;
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let dim = Style::default().fg(Color::DarkGray);
    let mut head: Vec<Line<'static>> = Vec::new();
    let follow = if app.follows(store::review::WatchKind::Network, &d.id.to_string()) {
        format!(" · {}", tr.t("net-followed"))
    } else {
        String::new()
    };
    let mut first = vec![
        Span::styled(
            format!(
                " {}",
                tr.f("net-ads", &[("count", num(d.members.len() as i64))])
            ),
            bold,
        ),
        Span::raw(format!(" · {} ", tr.t("col-status"))),
        Span::styled(labels::status(tr, d.status), status_style(d.status)),
        Span::raw(follow),
    ];
    if let Some(s) = &d.summary {
        first.push(Span::raw(format!(
            " · {} → {} · {}",
            s.first_seen.format("%Y-%m-%d"),
            s.last_seen.format("%Y-%m-%d"),
            tr.f(
                "net-links",
                &[
                    ("phone", num(s.link_counts.phone as i64)),
                    ("text", num(s.link_counts.text as i64)),
                    ("photo", num(s.link_counts.image as i64)),
                ]
            )
        )));
    }
    head.push(Line::from(first));
    if let Some(s) = &d.summary {
        let row = |label: &str, v: String| {
            Line::from(vec![
                // At least one space after the label, whatever its length.
                Span::styled(format!(" {:<8} ", tr.t(label)), dim),
                Span::raw(v),
            ])
        };
        head.push(row("net-names", s.names.join(", ")));
        head.push(row("net-phones", s.phones.join(", ")));
        head.push(row("net-cities", s.locations.join(", ")));
        let timeline: Vec<String> = s
            .timeline
            .iter()
            .map(|(t, c)| format!("{} {c}", t.format("%m-%d")))
            .collect();
        head.push(row("net-timeline", timeline.join(" → ")));
    }
    if let Some(e) = d.events.last() {
        head.push(Line::from(Span::styled(
            format!(
                " {}{}",
                tr.f(
                    "net-last-decision",
                    &[
                        ("at", text(e.at.format("%Y-%m-%d %H:%M").to_string())),
                        ("reviewer", text(e.reviewer.clone())),
                        ("what", text(labels::event_what(tr, e))),
                    ]
                ),
                e.note
                    .as_deref()
                    .filter(|_| labels::event_has_free_note(e))
                    .map(|n| format!(" — {n}"))
                    .unwrap_or_default()
            ),
            dim,
        )));
    }
    // Wrapped lines take more rows than `head.len()`: estimate them.
    let width = area.width.max(1) as usize;
    let rows: usize = head.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
    let head_height = (rows as u16 + 1).min(area.height / 2);
    let [top, members] =
        Layout::vertical([Constraint::Length(head_height), Constraint::Min(3)]).areas(area);
    frame.render_widget(
        Paragraph::new(head)
            .wrap(Wrap { trim: false })
            .block(Block::default().borders(Borders::BOTTOM)),
        top,
    );

    let height = members.height.saturating_sub(1).max(1) as usize;
    let start = view.selected / height * height;
    let rows: Vec<Row<'_>> = d
        .members
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, r)| {
            let why = d.why.get(&r.id).map(|w| w.join("; ")).unwrap_or_default();
            let mut row = Row::new(vec![
                Cell::from(r.id.to_string()),
                Cell::from(format!("{:.1}", r.score)),
                Cell::from(short_status(tr, r.status)).style(status_style(r.status)),
                Cell::from(clip(r.name.as_deref().unwrap_or("-"), 10)),
                Cell::from(clip(r.location.as_deref().unwrap_or("-"), 10)),
                Cell::from(r.first_seen.format("%m-%d").to_string()),
                Cell::from(if why.is_empty() { "-".to_string() } else { why }),
            ]);
            if i == view.selected {
                row = row.style(Style::default().bg(Color::Blue).fg(Color::White));
            }
            row
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Length(5),
            Constraint::Length(5),
            Constraint::Length(9),
            Constraint::Length(10),
            Constraint::Length(10),
            Constraint::Length(5),
            Constraint::Min(20),
        ],
    )
    .header(
        Row::new(
            [
                "col-id",
                "col-score",
                "col-status",
                "col-name",
                "col-city",
                "col-seen",
                "col-why",
            ]
            .map(|k| tr.t(k)),
        )
        .style(Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)),
    );
    frame.render_widget(table, members);
}
