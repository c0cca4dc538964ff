//! The evidence sentence cut into consecutive pieces, actor and trigger
//! pieces carrying their role, so a client highlights without offset math.

use kabar_core::Event;
use serde::Serialize;
use utoipa::ToSchema;

/// One piece of an evidence sentence.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Piece {
    /// The text of the piece.
    pub text: String,
    /// `source`, `target`, `trigger`, or null for plain text.
    pub role: Option<&'static str>,
}

/// The sentence of `record` as pieces whose concatenation is the sentence.
/// Spans come from the record's document offsets, made relative to the
/// sentence; a span outside it is looked up by its words instead, and one
/// that overlaps an earlier span is left plain.
pub fn pieces(record: &Event) -> Vec<Piece> {
    let sentence: Vec<char> = record.evidence.sentence.chars().collect();
    let base = record.evidence.start;
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut add = |start: usize, end: usize, words: &str, role: &'static str| {
        let rel = start
            .checked_sub(base)
            .zip(end.checked_sub(base))
            .filter(|(s, e)| s < e && *e <= sentence.len());
        let span = rel.or_else(|| find(&sentence, words));
        if let Some((s, e)) = span {
            spans.push((s, e, role));
        }
    };
    if let Some(a) = &record.source {
        add(a.start, a.end, &a.text, "source");
    }
    if let Some(a) = &record.target {
        add(a.start, a.end, &a.text, "target");
    }
    let ev = &record.evidence;
    add(ev.trigger_start, ev.trigger_end, &ev.trigger, "trigger");
    spans.sort_by_key(|&(s, e, _)| (s, e));
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e, role) in spans {
        if s < at {
            continue;
        }
        if s > at {
            out.push(plain(&sentence[at..s]));
        }
        out.push(Piece {
            text: sentence[s..e].iter().collect(),
            role: Some(role),
        });
        at = e;
    }
    if at < sentence.len() || out.is_empty() {
        out.push(plain(&sentence[at..]));
    }
    out
}

fn plain(chars: &[char]) -> Piece {
    Piece {
        text: chars.iter().collect(),
        role: None,
    }
}

/// The first occurrence of `words` in `sentence`, as a char range.
fn find(sentence: &[char], words: &str) -> Option<(usize, usize)> {
    let w: Vec<char> = words.chars().collect();
    if w.is_empty() || w.len() > sentence.len() {
        return None;
    }
    (0..=sentence.len() - w.len())
        .find(|&i| sentence[i..i + w.len()] == w[..])
        .map(|i| (i, i + w.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kabar_core::{ActorRef, DatePrecision, Evidence, Lang, Modality};

    fn actor(text: &str, start: usize) -> ActorRef {
        ActorRef {
            text: text.into(),
            code: "IRN".into(),
            country: None,
            sector: None,
            name: None,
            start,
            end: start + text.chars().count(),
        }
    }

    fn record(sentence: &str, base: usize) -> Event {
        Event {
            event_id: "e".into(),
            doc_id: "d".into(),
            date: None,
            date_precision: DatePrecision::Document,
            source: Some(actor("Iran", base)),
            target: Some(actor("Rusia", base + 14)),
            cameo: "040".into(),
            root: "04".into(),
            plover: None,
            quad_class: 1,
            goldstein: 1.0,
            location: None,
            issues: Vec::new(),
            negated: false,
            modality: Modality::Asserted,
            lang: Lang::Id,
            confidence: 1.0,
            evidence: Evidence {
                sentence: sentence.into(),
                start: base,
                end: base + sentence.chars().count(),
                trigger: "bertemu".into(),
                trigger_start: base + 5,
                trigger_end: base + 12,
            },
        }
    }

    #[test]
    fn pieces_rebuild_the_sentence_with_roles() {
        let r = record("Iran bertemu  Rusia di Moskwa.", 100);
        let p = pieces(&r);
        let joined: String = p.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(joined, r.evidence.sentence);
        let roles: Vec<_> = p
            .iter()
            .filter_map(|x| x.role.map(|r| (r, x.text.as_str())))
            .collect();
        assert_eq!(
            roles,
            [
                ("source", "Iran"),
                ("trigger", "bertemu"),
                ("target", "Rusia")
            ]
        );
    }

    #[test]
    fn offsets_outside_the_sentence_fall_back_to_the_words() {
        let mut r = record("Iran bertemu  Rusia di Moskwa.", 100);
        if let Some(t) = r.target.as_mut() {
            t.start = 5000;
            t.end = 5005;
        }
        let p = pieces(&r);
        assert!(p
            .iter()
            .any(|x| x.role == Some("target") && x.text == "Rusia"));
        let joined: String = p.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(joined, r.evidence.sentence);
    }
}
