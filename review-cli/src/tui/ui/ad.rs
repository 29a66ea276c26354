//! The ad view: a header with who, where and the case status, then one
//! scrollable page with the text (evidence highlighted and numbered), each
//! indicator with its explanation and evidence, the phones as written, the
//! images as hashes, the linked ads, earlier versions and the review history.

use crate::i18n::{labels, num, text, Tr};
use crate::tui::app::AdView;
use crate::tui::ui::highlight::highlighted;
use crate::tui::ui::status_style;
use crate::tui::worker::TeamworkPanel;
use model::AdField;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;
use store::query::AdDetail;

/// Draws the ad view into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, view: &AdView, tr: &Tr) {
    let Some(d) = &view.detail else {
        frame.render_widget(Paragraph::new(format!(" {}", tr.t("loading"))), area);
        return;
    };
    let [head, body] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(header(d, tr)).block(Block::default().borders(Borders::BOTTOM)),
        head,
    );
    frame.render_widget(
        Paragraph::new(body_lines(d, view.teamwork.as_deref(), tr))
            .wrap(Wrap { trim: false })
            .scroll((view.scroll, 0)),
        body,
    );
}

fn header(d: &AdDetail, tr: &Tr) -> Vec<Line<'static>> {
    let ad = &d.stored.ad;
    let dash = |o: Option<String>| o.unwrap_or_else(|| "-".into());
    let score = d.analysis.as_ref().map(|a| a.score).unwrap_or(0.0);
    let mut first = vec![
        Span::styled(
            format!(" {}", dash(ad.name.clone())),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Span::raw(format!(
            " · {} · {} · {} · {} {score:.1} · ",
            dash(ad.age.map(|a| a.to_string())),
            dash(ad.location.clone()),
            ad.site,
            tr.t("col-score"),
        )),
        Span::styled(labels::status(tr, d.status), status_style(d.status)),
    ];
    if let Some(n) = d.network_id {
        first.push(Span::raw(format!(
            " · {}",
            labels::target(tr, store::review::Target::Network(n))
        )));
    }
    if d.stored.removed_at.is_some() {
        first.push(Span::styled(
            format!(" · {}", tr.t("ad-removed")),
            Style::default().fg(Color::DarkGray),
        ));
    }
    vec![
        Line::from(first),
        Line::from(format!(
            " {}",
            tr.f(
                "ad-seen-price",
                &[
                    (
                        "first",
                        text(d.stored.first_seen.format("%Y-%m-%d %H:%M").to_string())
                    ),
                    (
                        "last",
                        text(d.stored.last_seen.format("%Y-%m-%d %H:%M").to_string())
                    ),
                    ("price", text(dash(ad.price.clone()))),
                ]
            )
        )),
    ]
}

/// The contacts section: who has the ad, numbers not to contact (in red),
/// and every contact to the ad's numbers, from whichever ad it was made.
fn teamwork_lines(t: &TeamworkPanel, tr: &Tr) -> Vec<Line<'static>> {
    let mut out = vec![section(&tr.t("ad-contacts"))];
    if let Some(a) = &t.assignee {
        out.push(Line::from(
            tr.f("ad-assignee", &[("name", text(a.clone()))]),
        ));
    }
    for b in &t.blocked {
        out.push(Line::from(Span::styled(
            tr.f(
                "ad-dnc",
                &[
                    ("number", text(b.e164.clone())),
                    (
                        "reason",
                        text(crate::commands::contact::reason_word(tr, b.reason)),
                    ),
                ],
            ),
            Style::default().fg(Color::White).bg(Color::Red),
        )));
    }
    if t.contacts.is_empty() {
        out.push(Line::from(tr.t("ad-no-contacts")));
    }
    for c in &t.contacts {
        let from = c
            .ad_id
            .map(|id| format!(" ({})", labels::target(tr, store::review::Target::Ad(id))))
            .unwrap_or_default();
        out.push(Line::from(format!(
            "{} {} {} {}, {}{from}{}",
            c.at.format("%Y-%m-%d %H:%M"),
            c.reviewer,
            c.e164,
            crate::commands::contact::channel_word(tr, c.channel),
            crate::commands::contact::outcome_word(tr, c.outcome),
            c.note
                .as_deref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default()
        )));
    }
    out
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
pub fn body_lines(d: &AdDetail, teamwork: Option<&TeamworkPanel>, tr: &Tr) -> Vec<Line<'static>> {
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
        out.push(section(&tr.t("ad-title")));
        out.extend(highlighted(t, AdField::Title, &hits));
    }
    out.push(section(&tr.t("ad-text")));
    out.extend(highlighted(&ad.text, AdField::Text, &hits));

    match &d.analysis {
        Some(a) => {
            out.push(section(&tr.f(
                "ad-indicators-of",
                &[
                    ("score", text(format!("{:.1}", a.score))),
                    ("language", text(a.language.as_deref().unwrap_or("?"))),
                    ("rules", text(a.rules_version.clone())),
                ],
            )));
            if hits.is_empty() {
                out.push(Line::from(tr.t("ad-none-fired")));
            }
            for (i, h) in hits.iter().enumerate() {
                out.push(Line::from(vec![
                    Span::styled(format!("[{}] ", i + 1), Style::default().fg(Color::Yellow)),
                    Span::styled(
                        format!("{:+.1} {}", h.weight, h.code.as_str()),
                        Style::default().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw(format!(
                        " — {}",
                        labels::explanation(tr, h.code, &h.explanation)
                    )),
                ]));
                for e in &h.evidence {
                    let field = labels::field(tr, e.field);
                    let place = if e.start < e.end {
                        format!("{field} {}..{}", e.start, e.end)
                    } else {
                        field
                    };
                    out.push(Line::from(vec![
                        Span::styled(format!("     {place}: "), dim),
                        Span::raw(format!("“{}”", e.excerpt)),
                    ]));
                }
            }
        }
        None => {
            out.push(section(&tr.t("ad-indicators")));
            out.push(Line::from(tr.t("ad-not-analysed")));
        }
    }

    out.push(section(&tr.t("ad-phones")));
    if d.phones.is_empty() {
        out.push(Line::from(tr.t("ad-none-found")));
    }
    for p in &d.phones {
        out.push(Line::from(vec![
            Span::styled(
                p.e164.clone(),
                Style::default().add_modifier(Modifier::BOLD),
            ),
            Span::raw(format!(
                "  {}",
                tr.f(
                    "ad-written-in",
                    &[
                        ("raw", text(p.raw.clone())),
                        ("field", text(labels::field(tr, p.field))),
                    ]
                )
            )),
            Span::styled(
                if p.obfuscated {
                    format!("  ({})", tr.t("ad-disguised"))
                } else {
                    String::new()
                },
                Style::default().fg(Color::Red),
            ),
        ]));
    }

    if let Some(t) = teamwork {
        out.extend(teamwork_lines(t, tr));
    }

    out.push(section(&tr.t("ad-images")));
    if d.images.is_empty() {
        out.push(Line::from(tr.t("ad-none")));
    }
    for i in &d.images {
        let hash = i
            .phash
            .clone()
            .or_else(|| {
                i.error
                    .as_ref()
                    .map(|e| tr.f("ad-not-hashed", &[("error", text(e.clone()))]))
            })
            .unwrap_or_else(|| tr.t("ad-not-hashed-yet"));
        out.push(Line::from(format!("{hash}  {}", i.url)));
    }

    out.push(section(&tr.t("ad-linked")));
    if d.links.is_empty() {
        out.push(Line::from(tr.t("ad-none")));
    }
    for l in &d.links {
        let other = if l.a == d.stored.id { l.b } else { l.a };
        let kind = labels::link_kind(tr, l.kind);
        out.push(Line::from(format!(
            "#{other:<6} {kind:<6} {}  ({})",
            l.evidence,
            tr.f("ad-strength", &[("score", text(format!("{:.2}", l.score)))])
        )));
    }
    if let Some(n) = d.network_id {
        out.push(Line::from(Span::styled(
            tr.f("ad-in-network", &[("id", num(n))]),
            dim,
        )));
    }

    out.push(section(&tr.t("ad-versions")));
    if d.versions.is_empty() {
        out.push(Line::from(tr.t("ad-unchanged")));
    }
    for v in &d.versions {
        let c = &v.content;
        let s = |k: &str| c.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let body = s("text");
        let short: String = body.chars().take(60).collect();
        out.push(Line::from(format!(
            "{}: {} · {} · “{}{}”",
            tr.f(
                "ad-until",
                &[(
                    "at",
                    text(v.replaced_at.format("%Y-%m-%d %H:%M").to_string())
                )]
            ),
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
            if body.chars().count() > 60 { "…" } else { "" }
        )));
    }

    out.push(section(&tr.t("ad-history")));
    if d.events.is_empty() {
        out.push(Line::from(tr.t("ad-no-decisions")));
    }
    for e in &d.events {
        let what = labels::event_what(tr, e);
        let note = e
            .note
            .as_deref()
            .filter(|_| labels::event_has_free_note(e))
            .map(|n| format!(": {n}"))
            .unwrap_or_default();
        out.push(Line::from(format!(
            "{} {} {what}{note}",
            e.at.format("%Y-%m-%d %H:%M"),
            e.reviewer,
        )));
    }
    out
}
