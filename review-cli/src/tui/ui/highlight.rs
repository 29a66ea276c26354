//! Evidence highlighting: an ad field's text split into styled spans, with
//! every indicator's evidence (a byte span in that field) highlighted and
//! tagged with the indicator's number in the list below the text, so the
//! highlight is readable on a monochrome terminal too.
//!
//! Spans come from the stored analysis, which may be older than the text (a
//! changed ad not re-analysed yet): spans past the end or not on character
//! boundaries are skipped rather than trusted.

use model::{AdField, IndicatorHit};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

/// The style of highlighted evidence.
pub fn evidence_style() -> Style {
    Style::default()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD)
}

/// A highlighted range of a field and the indicator numbers (1-based) behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Indicator numbers, ascending.
    pub tags: Vec<usize>,
}

/// The merged evidence ranges of `field` in `text` from `hits` (numbered in
/// order, from 1). Overlapping or touching ranges are merged.
pub fn marks(text: &str, field: AdField, hits: &[IndicatorHit]) -> Vec<Mark> {
    let mut raw: Vec<(usize, usize, usize)> = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        for e in &h.evidence {
            let valid = e.field == field
                && e.start < e.end
                && e.end <= text.len()
                && text.is_char_boundary(e.start)
                && text.is_char_boundary(e.end);
            if valid {
                raw.push((e.start, e.end, i + 1));
            }
        }
    }
    raw.sort();
    let mut out: Vec<Mark> = Vec::new();
    for (s, e, tag) in raw {
        match out.last_mut() {
            Some(m) if s <= m.end => {
                m.end = m.end.max(e);
                if !m.tags.contains(&tag) {
                    m.tags.push(tag);
                    m.tags.sort_unstable();
                }
            }
            _ => out.push(Mark {
                start: s,
                end: e,
                tags: vec![tag],
            }),
        }
    }
    out
}

/// `text` as lines (split on newlines) with the evidence of `field`
/// highlighted and tagged `[n]`.
pub fn highlighted(text: &str, field: AdField, hits: &[IndicatorHit]) -> Vec<Line<'static>> {
    let marks = marks(text, field, hits);
    let tag_style = Style::default()
        .fg(Color::Yellow)
        .add_modifier(Modifier::DIM);
    // Pieces of (text, style), then split into lines at '\n'.
    let mut pieces: Vec<(String, Style)> = Vec::new();
    let mut at = 0;
    for m in &marks {
        if m.start > at {
            pieces.push((text[at..m.start].to_string(), Style::default()));
        }
        pieces.push((text[m.start..m.end].to_string(), evidence_style()));
        let tags: Vec<String> = m.tags.iter().map(|t| t.to_string()).collect();
        pieces.push((format!("[{}]", tags.join(",")), tag_style));
        at = m.end;
    }
    if at < text.len() {
        pieces.push((text[at..].to_string(), Style::default()));
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    for (piece, style) in pieces {
        let mut parts = piece.split('\n').peekable();
        while let Some(part) = parts.next() {
            if !part.is_empty() {
                current.push(Span::styled(part.replace('\r', ""), style));
            }
            if parts.peek().is_some() {
                lines.push(Line::from(std::mem::take(&mut current)));
            }
        }
    }
    lines.push(Line::from(current));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Evidence, IndicatorCode};

    fn hit(code: IndicatorCode, spans: &[(AdField, usize, usize)]) -> IndicatorHit {
        IndicatorHit {
            code,
            weight: 1.0,
            explanation: String::new(),
            evidence: spans
                .iter()
                .map(|&(field, start, end)| Evidence {
                    field,
                    start,
                    end,
                    excerpt: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn overlapping_spans_merge_and_keep_both_tags() {
        let hits = [
            hit(IndicatorCode::ThirdPerson, &[(AdField::Text, 0, 6)]),
            hit(IndicatorCode::YouthTerms, &[(AdField::Text, 4, 10)]),
            hit(IndicatorCode::LowPrice, &[(AdField::Title, 0, 3)]),
        ];
        let m = marks("She is young and new", AdField::Text, &hits);
        assert_eq!(
            m,
            vec![Mark {
                start: 0,
                end: 10,
                tags: vec![1, 2]
            }]
        );
    }

    #[test]
    fn spans_off_the_text_or_inside_a_character_are_skipped() {
        let text = "Hun er sød";
        let hits = [hit(
            IndicatorCode::ThirdPerson,
            &[
                (AdField::Text, 8, 9),
                (AdField::Text, 5, 99),
                (AdField::Text, 0, 3),
            ],
        )];
        let m = marks(text, AdField::Text, &hits);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].start, m[0].end), (0, 3));
    }

    #[test]
    fn highlighted_text_keeps_every_character_and_tags_the_evidence() {
        let text = "Hi.\nShe is new here";
        let hits = [hit(IndicatorCode::ThirdPerson, &[(AdField::Text, 4, 10)])];
        let lines = highlighted(text, AdField::Text, &hits);
        let plain: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(plain, vec!["Hi.", "She is[1] new here"]);
        let ev = &lines[1].spans[0];
        assert_eq!(ev.content, "She is");
        assert_eq!(ev.style, evidence_style());
    }
}
