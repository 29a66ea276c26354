//! Drawing: pure functions from the [`App`] state to a frame. One module per
//! view; this one lays out the title line, the current screen, the status bar
//! (counts, the database in use, the last message) and any overlay.
//! Everything fits an 80×24 terminal and grows with larger ones.

pub mod ad;
pub mod alerts;
pub mod highlight;
pub mod network;
pub mod networks;
pub mod overlay;
pub mod queue;
pub mod trends;

use crate::i18n::{num, text, Tr};
use crate::tui::app::{App, Screen};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use store::review::ReviewStatus;

/// Draws the whole interface.
pub fn draw(frame: &mut Frame<'_>, app: &App) {
    if app.idle.locked {
        // Nothing of the store on screen: no ad text, names or numbers.
        let area = frame.area();
        let lines = vec![
            Line::from(""),
            Line::from(app.tr.t("idle-locked")),
            Line::from(""),
            Line::from(app.tr.t("idle-press-key")),
        ];
        frame.render_widget(
            Paragraph::new(lines).alignment(ratatui::layout::Alignment::Center),
            area,
        );
        return;
    }
    let [title, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    frame.render_widget(
        Paragraph::new(title_line(app)).style(Style::default().add_modifier(Modifier::REVERSED)),
        title,
    );
    match app.screen() {
        Screen::Queue => queue::draw(frame, body, app),
        Screen::Networks => networks::draw(frame, body, app),
        Screen::Trends => trends::draw(frame, body, app),
        Screen::Alerts => alerts::draw(frame, body, app),
        Screen::Ad(v) => ad::draw(frame, body, v, &app.tr),
        Screen::Network(v) => network::draw(frame, body, v, app),
    }
    frame.render_widget(Paragraph::new(status_line(app, status.width)), status);
    overlay::draw(frame, frame.area(), app);
}

/// The queue rows that fit in `body` (the table header takes one line).
pub fn visible_rows(body: Rect) -> usize {
    body.height.saturating_sub(1) as usize
}

fn title_line(app: &App) -> Line<'static> {
    let tr = &app.tr;
    let what = match app.screen() {
        Screen::Queue => {
            let f = filter_summary(app);
            if f.is_empty() {
                tr.t("title-queue-all")
            } else {
                tr.f("title-queue-filtered", &[("filters", text(f))])
            }
        }
        Screen::Networks => tr.t("title-networks"),
        Screen::Trends => tr.f("title-trends", &[("weeks", num(app.trends.weeks as i64))]),
        Screen::Alerts => tr.t("title-alerts"),
        Screen::Ad(v) => tr.f("title-ad", &[("id", num(v.id))]),
        Screen::Network(v) => tr.f("title-network", &[("id", num(v.id))]),
    };
    let mut spans = vec![Span::raw(format!(" adscreen review · {what}"))];
    if let Some(m) = &app.message {
        let style = if is_error(tr, m) {
            Style::default().fg(Color::White).bg(Color::Red)
        } else {
            Style::default().fg(Color::Black).bg(Color::Green)
        };
        spans.push(Span::raw("  "));
        spans.push(Span::styled(format!(" {m} "), style));
    }
    Line::from(spans)
}

/// A table header: the column names (message keys) in `tr`'s language.
pub fn header_row(tr: &Tr, keys: &[&str]) -> ratatui::widgets::Row<'static> {
    ratatui::widgets::Row::new(keys.iter().map(|k| tr.t(k)).collect::<Vec<_>>())
        .style(Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED))
}

/// The style of the row under the cursor.
pub fn selected_style() -> Style {
    Style::default()
        .bg(Color::Blue)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD)
}

/// Whether a status-bar message reports a failure (drawn in red).
pub fn is_error(tr: &Tr, message: &str) -> bool {
    message.starts_with(&tr.t("error-prefix")) || message.starts_with("error")
}

/// The active filters in words, e.g. `city=Odense search="ring"` (the
/// names in the interface's language, the values as typed).
pub fn filter_summary(app: &App) -> String {
    use crate::filters::FilterField;
    let tr = &app.tr;
    FilterField::ALL
        .iter()
        .filter_map(|f| {
            let v = app.filter_args.get(*f)?;
            Some(match f {
                FilterField::MinScore => format!("{}≥{v}", tr.t("col-score")),
                FilterField::Network => format!("{}=#{v}", tr.t(f.label_key())),
                FilterField::Search => format!("{}=\"{v}\"", tr.t(f.label_key())),
                _ => format!("{}={v}", tr.t(f.label_key())),
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Short status names for tables and the status bar (`status-short-*`).
pub fn short_status(tr: &Tr, s: ReviewStatus) -> String {
    tr.t(&format!("status-short-{}", s.as_str()))
}

/// Colour of a status.
pub fn status_style(s: ReviewStatus) -> Style {
    match s {
        ReviewStatus::New => Style::default(),
        ReviewStatus::NeedsOutreach => Style::default().fg(Color::Red),
        ReviewStatus::Contacted => Style::default().fg(Color::Yellow),
        ReviewStatus::Referred => Style::default().fg(Color::Magenta),
        ReviewStatus::Dismissed | ReviewStatus::SpamOrScam | ReviewStatus::Duplicate => {
            Style::default().fg(Color::DarkGray)
        }
        ReviewStatus::Independent => Style::default().fg(Color::Green),
        ReviewStatus::Agency => Style::default().fg(Color::Cyan),
    }
}

fn status_line(app: &App, width: u16) -> Line<'static> {
    let tr = &app.tr;
    let matching = match app.total {
        Some(t) => tr.f("bar-ads", &[("count", num(t)), ("n", text(group(t)))]),
        None => tr.t("bar-counting"),
    };
    let counts: Vec<String> = app
        .status_counts
        .iter()
        .filter(|(s, n)| *n > 0 || *s == ReviewStatus::New)
        .map(|(s, n)| format!("{} {}", short_status(tr, *s), group(*n)))
        .collect();
    let db = shorten_left(&app.db, 30);
    let text = format!(
        " {matching} │ {} │ db {db} │ {} │ {}",
        counts.join(" · "),
        app.reviewer,
        tr.t("bar-keys")
    );
    let style = Style::default().fg(Color::Black).bg(Color::Cyan);
    let padded = format!("{text:<w$}", w = width as usize);
    Line::from(Span::styled(padded, style))
}

/// `…tail` of `s` in at most `n` characters.
pub fn shorten_left(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        return s.to_string();
    }
    let tail: String = s.chars().skip(count - n + 1).collect();
    format!("…{tail}")
}

/// `s` cut to `n` characters with `…`.
pub fn clip(s: &str, n: usize) -> String {
    crate::commands::list::clip(s, n)
}

/// 1234567 → `1,234,567`.
pub fn group(n: i64) -> String {
    let digits: Vec<char> = n.unsigned_abs().to_string().chars().rev().collect();
    let mut out: Vec<String> = digits
        .chunks(3)
        .map(|c| c.iter().rev().collect::<String>())
        .collect();
    out.reverse();
    let s = out.join(",");
    if n < 0 {
        format!("-{s}")
    } else {
        s
    }
}
