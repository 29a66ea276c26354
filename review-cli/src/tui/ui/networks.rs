//! The Networks screen: one row per possible network in priority order
//! (size, strongest member score, last seen) with its status, assignee,
//! cities and first and last seen. Enter opens the network view.

use crate::tui::app::App;
use crate::tui::ui::{clip, header_row, selected_style, short_status, status_style};
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table};
use ratatui::Frame;

/// Draws the network list into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let tr = &app.tr;
    let tab = &app.networks;
    if tab.rows.is_empty() {
        let msg = if tab.loaded {
            tr.t("networks-none")
        } else {
            tr.t("loading")
        };
        frame.render_widget(Paragraph::new(Line::from(format!(" {msg}"))), area);
        return;
    }
    let height = area.height.saturating_sub(1).max(1) as usize;
    let start = tab.selected / height * height;
    let wide = area.width >= 120;
    let day = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map(|t| {
            t.format(if wide { "%Y-%m-%d" } else { "%m-%d" })
                .to_string()
        })
        .unwrap_or_else(|| "-".into())
    };
    let rows: Vec<Row<'_>> = tab
        .rows
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, n)| {
            let mut row = Row::new(vec![
                Cell::from(format!("#{}", n.network_id)),
                Cell::from(n.size.to_string()),
                Cell::from(format!("{:.1}", n.max_score)),
                Cell::from(short_status(tr, n.status)).style(status_style(n.status)),
                Cell::from(clip(n.assignee.as_deref().unwrap_or("-"), 10)),
                Cell::from(n.cities.join(", ")),
                Cell::from(day(n.first_seen)),
                Cell::from(day(n.last_seen)),
                Cell::from(n.indicators.join(" ")),
            ]);
            if i == tab.selected {
                row = row.style(selected_style());
            }
            row
        })
        .collect();
    let date = if wide { 10 } else { 5 };
    let table = Table::new(
        rows,
        [
            Constraint::Length(7),
            Constraint::Length(6),
            Constraint::Length(5),
            Constraint::Length(9),
            Constraint::Length(10),
            // Cities matter more than the codes when the screen is narrow.
            Constraint::Fill(3),
            Constraint::Length(date),
            Constraint::Length(date),
            Constraint::Fill(2),
        ],
    )
    .header(header_row(
        tr,
        &[
            "col-network",
            "col-ads",
            "col-score",
            "col-status",
            "col-assignee",
            "col-cities",
            "first-seen",
            "last-seen",
            "col-indicators",
        ],
    ));
    frame.render_widget(table, area);
}
