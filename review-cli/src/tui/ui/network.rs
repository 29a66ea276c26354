//! The network view: what joins the ads (names, phones, cities, the cities
//! over time), then the member ads with why each one is linked (a shared
//! number, text similarity, a reused photo), and the network's history.

use crate::tui::app::{App, NetView};
use crate::tui::ui::{clip, short_status, status_style};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

/// Draws the network view into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, view: &NetView, app: &App) {
    let Some(d) = &view.data else {
        frame.render_widget(Paragraph::new(" Loading…"), area);
        return;
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let dim = Style::default().fg(Color::DarkGray);
    let mut head: Vec<Line<'static>> = Vec::new();
    let follow = if app.follows("network", &d.id.to_string()) {
        " · followed"
    } else {
        ""
    };
    let mut first = vec![
        Span::styled(format!(" {} ads", d.members.len()), bold),
        Span::raw(" · status "),
        Span::styled(d.status.as_str().to_string(), status_style(d.status)),
        Span::raw(follow.to_string()),
    ];
    if let Some(s) = &d.summary {
        first.push(Span::raw(format!(
            " · {} → {} · links: {} phone, {} text, {} photo",
            s.first_seen.format("%Y-%m-%d"),
            s.last_seen.format("%Y-%m-%d"),
            s.link_counts.phone,
            s.link_counts.text,
            s.link_counts.image
        )));
    }
    head.push(Line::from(first));
    if let Some(s) = &d.summary {
        let row = |label: &str, v: String| {
            Line::from(vec![
                Span::styled(format!(" {label:<9}"), dim),
                Span::raw(v),
            ])
        };
        head.push(row("names", s.names.join(", ")));
        head.push(row("phones", s.phones.join(", ")));
        head.push(row("cities", s.locations.join(", ")));
        let timeline: Vec<String> = s
            .timeline
            .iter()
            .map(|(t, c)| format!("{} {c}", t.format("%m-%d")))
            .collect();
        head.push(row("timeline", timeline.join(" → ")));
    }
    if let Some(e) = d.events.last() {
        head.push(Line::from(Span::styled(
            format!(
                " last decision {} by {}: {}{}",
                e.at.format("%Y-%m-%d %H:%M"),
                e.reviewer,
                e.status.map(|s| s.as_str()).unwrap_or("note"),
                e.note
                    .as_deref()
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
                Cell::from(short_status(r.status)).style(status_style(r.status)),
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
        Row::new(vec![
            "id",
            "score",
            "status",
            "name",
            "city",
            "seen",
            "why linked",
        ])
        .style(Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)),
    );
    frame.render_widget(table, members);
}
