//! Windows over the screen: the key help (`?`), the status picker, the
//! one-line prompts (search, note) and the filter form.

use crate::tui::app::{App, Overlay, PromptKind, FILTER_FIELDS};
use crate::tui::worker::describe;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;
use store::review::ReviewStatus;

/// The key help, one entry per line.
pub const HELP: &[(&str, &str)] = &[
    ("↑↓ j k", "move / scroll"),
    ("PgUp PgDn g G", "page, top, bottom"),
    ("Enter", "open the ad"),
    ("n", "open the ad's network"),
    ("Esc", "back"),
    ("/", "search the ad text"),
    ("f  c", "filters (site, city, language, …)  clear"),
    ("m  1-5", "set status: new, needs_outreach, …"),
    ("a", "write a note"),
    ("w  W", "follow/unfollow network  number"),
    ("o", "open the ad in a browser"),
    ("y", "copy the phone number"),
    ("r", "reload from the database"),
    ("?  q", "this help  quit"),
];

/// Draws the overlay, if any.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let Some(overlay) = &app.overlay else {
        return;
    };
    match overlay {
        Overlay::Help => {
            let lines: Vec<Line<'static>> = HELP
                .iter()
                .map(|(k, v)| {
                    Line::from(vec![
                        Span::styled(
                            format!(" {k:<14}"),
                            Style::default()
                                .fg(Color::Yellow)
                                .add_modifier(Modifier::BOLD),
                        ),
                        Span::raw(v.to_string()),
                    ])
                })
                .collect();
            let h = lines.len() as u16 + 2;
            popup(frame, area, 60, h, " Keys — any key closes ", lines);
        }
        Overlay::StatusPicker { target, selected } => {
            let lines: Vec<Line<'static>> = ReviewStatus::ALL
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let style = if i == *selected {
                        Style::default().bg(Color::Blue).fg(Color::White)
                    } else {
                        Style::default()
                    };
                    Line::from(Span::styled(format!(" {} {}", i + 1, s.as_str()), style))
                })
                .collect();
            let title = format!(" Status of {} ", describe(*target));
            popup(frame, area, 40, 7, &title, lines);
        }
        Overlay::Prompt { kind, input } => {
            let title = match kind {
                PromptKind::Search => " Search ad text (Enter applies, empty clears) ".to_string(),
                PromptKind::Note(t) => format!(" Note on {} (Enter saves) ", describe(*t)),
            };
            let lines = vec![Line::from(format!(" {input}▏"))];
            popup(frame, area, 70, 3, &title, lines);
        }
        Overlay::Filters {
            fields,
            focus,
            error,
        } => {
            let mut lines: Vec<Line<'static>> = FILTER_FIELDS
                .iter()
                .zip(fields)
                .enumerate()
                .map(|(i, (label, value))| {
                    let cursor = if i == *focus { "▏" } else { "" };
                    let style = if i == *focus {
                        Style::default().add_modifier(Modifier::BOLD)
                    } else {
                        Style::default()
                    };
                    Line::from(vec![
                        Span::styled(format!(" {label:<10} "), Style::default().fg(Color::Cyan)),
                        Span::styled(format!("{value}{cursor}"), style),
                    ])
                })
                .collect();
            lines.push(Line::from(Span::styled(
                " Tab next · Enter apply · Esc cancel · dates 2026-11-22",
                Style::default().fg(Color::DarkGray),
            )));
            if let Some(e) = error {
                lines.push(Line::from(Span::styled(
                    format!(" {e}"),
                    Style::default().fg(Color::Red),
                )));
            }
            // Long errors (the list of indicator codes) wrap inside the box.
            let extra = error.as_ref().map(|e| e.chars().count() / 60).unwrap_or(0);
            let h = (lines.len() + extra) as u16 + 2;
            popup(frame, area, 64, h, " Filters ", lines);
        }
    }
}

/// A bordered window of at most `w`×`h`, centred in `area`.
fn popup(
    frame: &mut Frame<'_>,
    area: Rect,
    w: u16,
    h: u16,
    title: &str,
    lines: Vec<Line<'static>>,
) {
    let w = w.min(area.width);
    let h = h.min(area.height);
    let rect = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .title(title.to_string()),
        ),
        rect,
    );
}
