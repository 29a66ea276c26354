//! The queue view: one row per ad in priority order (score, network size,
//! newness), drawn from the loaded page around the cursor.

use crate::tui::app::App;
use crate::tui::ui::{clip, short_status, status_style, visible_rows};
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table};
use ratatui::Frame;

/// Draws the queue into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let tr = &app.tr;
    if app.rows.is_empty() {
        let msg = if app.loading {
            tr.t("loading")
        } else if app.total == Some(0) && crate::tui::ui::filter_summary(app).is_empty() {
            tr.t("queue-empty-db")
        } else {
            tr.t("queue-no-match")
        };
        frame.render_widget(Paragraph::new(Line::from(format!(" {msg}"))), area);
        return;
    }
    let height = visible_rows(area);
    // Keep the cursor on screen: the window starts at a multiple of the
    // height so rows do not jump on every key press.
    let rel = app.selected.saturating_sub(app.offset);
    let start = rel.checked_div(height).unwrap_or(0) * height;
    let header = Row::new(
        [
            "col-id",
            "col-score",
            "col-status",
            "col-name",
            "col-city",
            "col-site",
            "col-network",
            "col-indicators",
        ]
        .map(|k| tr.t(k)),
    )
    .style(Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED));
    let rows: Vec<Row<'_>> = app
        .rows
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, r)| {
            let network = r
                .network_id
                .map(|n| format!("#{n}({})", r.network_size))
                .unwrap_or_else(|| "-".into());
            let mut row = Row::new(vec![
                Cell::from(r.id.to_string()),
                Cell::from(format!("{:.1}", r.score)),
                Cell::from(short_status(tr, r.status)).style(status_style(r.status)),
                Cell::from(clip(r.name.as_deref().unwrap_or("-"), 12)),
                Cell::from(clip(r.location.as_deref().unwrap_or("-"), 12)),
                Cell::from(clip(&r.site, 10)),
                Cell::from(network),
                Cell::from(r.indicators.join(" ")),
            ]);
            if app.offset + i == app.selected {
                row = row.style(
                    Style::default()
                        .bg(Color::Blue)
                        .fg(Color::White)
                        .add_modifier(Modifier::BOLD),
                );
            }
            row
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Length(6),
            Constraint::Length(5),
            Constraint::Length(9),
            Constraint::Length(10),
            Constraint::Length(10),
            Constraint::Length(10),
            Constraint::Length(7),
            Constraint::Min(10),
        ],
    )
    .header(header);
    frame.render_widget(table, area);
}
