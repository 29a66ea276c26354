//! The Alerts screen: new ads that joined a network or a number the
//! reviewer follows since the last look. Enter opens the ad; `x` marks them
//! all seen (acknowledged), as `review alerts` does.

use crate::i18n::labels;
use crate::tui::app::App;
use crate::tui::ui::{clip, header_row, selected_style, short_status, status_style};
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};
use ratatui::Frame;
use store::review::Target;

/// Draws the alert list into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let tr = &app.tr;
    let tab = &app.alerts;
    if tab.rows.is_empty() {
        let msg = if tab.loaded {
            tr.t("alerts-screen-none")
        } else {
            tr.t("loading")
        };
        frame.render_widget(
            Paragraph::new(Line::from(format!(" {msg}"))).wrap(Wrap { trim: false }),
            area,
        );
        return;
    }
    let height = area.height.saturating_sub(1).max(1) as usize;
    let start = tab.selected / height * height;
    let rows: Vec<Row<'_>> = tab
        .rows
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, a)| {
            let followed = match a.target.parse::<i64>() {
                Ok(id) if a.kind == store::review::WatchKind::Network => {
                    labels::target(tr, Target::Network(id))
                }
                _ => format!("{} {}", tr.t("watch-kind-phone"), a.target),
            };
            let mut row = Row::new(vec![
                Cell::from(followed),
                Cell::from(a.ad.id.to_string()),
                Cell::from(format!("{:.1}", a.ad.score)),
                Cell::from(short_status(tr, a.ad.status)).style(status_style(a.ad.status)),
                Cell::from(clip(a.ad.name.as_deref().unwrap_or("-"), 10)),
                Cell::from(clip(a.ad.location.as_deref().unwrap_or("-"), 10)),
                Cell::from(a.ad.first_seen.format("%m-%d %H:%M").to_string()),
            ]);
            if i == tab.selected {
                row = row.style(selected_style());
            }
            row
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Min(22),
            Constraint::Length(5),
            Constraint::Length(5),
            Constraint::Length(9),
            Constraint::Length(10),
            Constraint::Length(10),
            Constraint::Length(11),
        ],
    )
    .header(header_row(
        tr,
        &[
            "alerts-col-followed",
            "col-id",
            "col-score",
            "col-status",
            "col-name",
            "col-city",
            "first-seen",
        ],
    ));
    frame.render_widget(table, area);
}
