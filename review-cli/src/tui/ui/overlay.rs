//! Windows over the screen: the key help (`?`), the status picker, the
//! one-line prompts (search, note) and the filter form.

use crate::filters::FilterField;
use crate::i18n::{labels, text};
use crate::tui::app::{App, Overlay, PromptKind};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;
use store::review::ReviewStatus;

/// The key help, one entry per line: the keys and the message key of what
/// they do.
pub const HELP: &[(&str, &str)] = &[
    ("↑↓ j k", "help-move"),
    ("PgUp PgDn g G", "help-page"),
    ("Enter", "help-open"),
    ("n", "help-network"),
    ("Esc", "help-back"),
    ("/", "help-search"),
    ("f  c", "help-filters"),
    ("m  1-9", "help-mark"),
    ("a  A", "help-note-assign"),
    ("w  W", "help-follow"),
    ("o", "help-browser"),
    ("y  t", "help-copy"),
    ("r", "help-reload"),
    ("Tab  1-4", "help-tabs"),
    ("+  -", "help-weeks"),
    ("x", "help-acknowledge"),
    ("?  q", "help-help"),
];

/// Draws the overlay, if any.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let Some(overlay) = &app.overlay else {
        return;
    };
    let tr = &app.tr;
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
                        Span::raw(tr.t(v)),
                    ])
                })
                .collect();
            let h = lines.len() as u16 + 2;
            let title = format!(" {} ", tr.t("help-title"));
            popup(frame, area, 64, h, &title, lines);
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
                    Line::from(Span::styled(
                        format!(" {} {}", i + 1, labels::status(tr, *s)),
                        style,
                    ))
                })
                .collect();
            let title = format!(
                " {} ",
                tr.f(
                    "picker-title",
                    &[("target", text(labels::target(tr, *target)))]
                )
            );
            let h = lines.len() as u16 + 2;
            popup(frame, area, 44, h, &title, lines);
        }
        Overlay::Prompt { kind, input } => {
            let title = match kind {
                PromptKind::Search => format!(" {} ", tr.t("prompt-search")),
                PromptKind::Assign(t) => format!(
                    " {} ",
                    tr.f("prompt-assign", &[("target", text(labels::target(tr, *t)))])
                ),
                PromptKind::Note(t) => format!(
                    " {} ",
                    tr.f("prompt-note", &[("target", text(labels::target(tr, *t)))])
                ),
            };
            let lines = vec![Line::from(format!(" {input}▏"))];
            popup(frame, area, 70, 3, &title, lines);
        }
        Overlay::Filters {
            fields,
            focus,
            error,
        } => {
            let mut lines: Vec<Line<'static>> = FilterField::FORM
                .iter()
                .map(|f| f.label_key())
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
                        Span::styled(
                            format!(" {:<10} ", tr.t(label)),
                            Style::default().fg(Color::Cyan),
                        ),
                        Span::styled(format!("{value}{cursor}"), style),
                    ])
                })
                .collect();
            lines.push(Line::from(Span::styled(
                format!(" {}", tr.t("filters-hint")),
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
            let title = format!(" {} ", tr.t("filters-title"));
            popup(frame, area, 64, h, &title, lines);
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
