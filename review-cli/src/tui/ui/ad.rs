//! The ad view: a header with who, where and the case status, then one
//! scrollable page with the text (evidence highlighted and numbered), each
//! indicator with its explanation and evidence, the phones as written, the
//! images as hashes, the linked ads, earlier versions and the review history.

use crate::tui::app::AdView;
use crate::tui::ui::highlight::highlighted;
use crate::tui::ui::status_style;
use indicators::AdField;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;
use store::query::AdDetail;

/// Draws the ad view into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, view: &AdView) {
    let Some(d) = &view.detail else {
        frame.render_widget(Paragraph::new(" Loading…"), area);
        return;
    };
    let [head, body] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(header(d)).block(Block::default().borders(Borders::BOTTOM)),
        head,
    );
    frame.render_widget(
        Paragraph::new(body_lines(d))
            .wrap(Wrap { trim: false })
            .scroll((view.scroll, 0)),
        body,
    );
}

fn header(d: &AdDetail) -> Vec<Line<'static>> {
    let ad = &d.stored.ad;
    let dash = |o: Option<String>| o.unwrap_or_else(|| "-".into());
    let score = d.analysis.as_ref().map(|a| a.score).unwrap_or(0.0);
    let mut first = vec![
        Span::styled(
            format!(" {}", dash(ad.name.clone())),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Span::raw(format!(
            " · {} · {} · {} · score {score:.1} · ",
            dash(ad.age.map(|a| a.to_string())),
            dash(ad.location.clone()),
            ad.site,
        )),
        Span::styled(d.status.as_str().to_string(), status_style(d.status)),
    ];
    if let Some(n) = d.network_id {
        first.push(Span::raw(format!(" · network #{n}")));
    }
    if d.stored.removed_at.is_some() {
        first.push(Span::styled(
            " · removed",
            Style::default().fg(Color::DarkGray),
        ));
    }
    vec![
        Line::from(first),
        Line::from(format!(
            " first seen {} · last seen {} · price {}",
            d.stored.first_seen.format("%Y-%m-%d %H:%M"),
            d.stored.last_seen.format("%Y-%m-%d %H:%M"),
            dash(ad.price.clone())
        )),
    ]
}

fn section(title: &str) -> Line<'static> {
    Line::from(Span::styled(
        format!("── {title} "),
        Style::default()
            .fg(Color::Cyan)
            .add_modifier(Modifier::BOLD),
    ))
}

/// Every line of the scrollable part.
pub fn body_lines(d: &AdDetail) -> Vec<Line<'static>> {
    let ad = &d.stored.ad;
    let hits = d
        .analysis
        .as_ref()
        .map(|a| a.all_hits())
        .unwrap_or_default();
    let dim = Style::default().fg(Color::DarkGray);
    let mut out: Vec<Line<'static>> = vec![Line::from(vec![
        Span::styled("url ", dim),
        Span::raw(ad.url.clone()),
    ])];
    if let Some(t) = &ad.title {
        out.push(section("Title"));
        out.extend(highlighted(t, AdField::Title, &hits));
    }
    out.push(section("Text"));
    out.extend(highlighted(&ad.text, AdField::Text, &hits));

    match &d.analysis {
        Some(a) => {
            out.push(section(&format!(
                "Indicators (score {:.1}, language {}, rules {})",
                a.score,
                a.language.as_deref().unwrap_or("?"),
                a.rules_version
            )));
            if hits.is_empty() {
                out.push(Line::from("none fired"));
            }
            for (i, h) in hits.iter().enumerate() {
                out.push(Line::from(vec![
                    Span::styled(format!("[{}] ", i + 1), Style::default().fg(Color::Yellow)),
                    Span::styled(
                        format!("{:+.1} {}", h.weight, h.code.as_str()),
                        Style::default().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw(format!(" — {}", h.explanation)),
                ]));
                for e in &h.evidence {
                    let place = if e.start < e.end {
                        format!("{} {}..{}", e.field.as_str(), e.start, e.end)
                    } else {
                        e.field.as_str().to_string()
                    };
                    out.push(Line::from(vec![
                        Span::styled(format!("     {place}: "), dim),
                        Span::raw(format!("“{}”", e.excerpt)),
                    ]));
                }
            }
        }
        None => {
            out.push(section("Indicators"));
            out.push(Line::from("not analysed yet (run `crawler analyze`)"));
        }
    }

    out.push(section("Phones"));
    if d.phones.is_empty() {
        out.push(Line::from("none found"));
    }
    for p in &d.phones {
        out.push(Line::from(vec![
            Span::styled(
                p.e164.clone(),
                Style::default().add_modifier(Modifier::BOLD),
            ),
            Span::raw(format!("  written “{}” in {}", p.raw, p.field.as_str())),
            Span::styled(
                if p.obfuscated { "  (disguised)" } else { "" }.to_string(),
                Style::default().fg(Color::Red),
            ),
        ]));
    }

    out.push(section("Images"));
    if d.images.is_empty() {
        out.push(Line::from("none"));
    }
    for i in &d.images {
        let hash = i
            .phash
            .clone()
            .or_else(|| i.error.as_ref().map(|e| format!("not hashed: {e}")))
            .unwrap_or_else(|| "not hashed yet".into());
        out.push(Line::from(format!("{hash}  {}", i.url)));
    }

    out.push(section("Linked ads"));
    if d.links.is_empty() {
        out.push(Line::from("none"));
    }
    for l in &d.links {
        let other = if l.a == d.stored.id { l.b } else { l.a };
        let kind = if l.kind == "image" {
            "photo"
        } else {
            l.kind.as_str()
        };
        out.push(Line::from(format!(
            "#{other:<6} {kind:<6} {}  (strength {:.2})",
            l.evidence, l.score
        )));
    }
    if let Some(n) = d.network_id {
        out.push(Line::from(Span::styled(
            format!("in network #{n} — press n to open it"),
            dim,
        )));
    }

    out.push(section("Versions"));
    if d.versions.is_empty() {
        out.push(Line::from("unchanged since first seen"));
    }
    for v in &d.versions {
        let c = &v.content;
        let s = |k: &str| c.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let text = s("text");
        let short: String = text.chars().take(60).collect();
        out.push(Line::from(format!(
            "until {}: {} · {} · “{}{}”",
            v.replaced_at.format("%Y-%m-%d %H:%M"),
            if s("name").is_empty() {
                "-".into()
            } else {
                s("name")
            },
            if s("location").is_empty() {
                "-".into()
            } else {
                s("location")
            },
            short,
            if text.chars().count() > 60 { "…" } else { "" }
        )));
    }

    out.push(section("History"));
    if d.events.is_empty() {
        out.push(Line::from("no decisions yet"));
    }
    for e in &d.events {
        let what = match e.status {
            Some(s) => format!("→ {s}"),
            None => "note".into(),
        };
        out.push(Line::from(format!(
            "{} {} {what}{}",
            e.at.format("%Y-%m-%d %H:%M"),
            e.reviewer,
            e.note
                .as_deref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default()
        )));
    }
    out
}
