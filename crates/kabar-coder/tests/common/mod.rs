//! Shared by the sentence-level tests: one coder with a fixed "today", and a
//! way to code a sentence published on Wednesday 15 May 2024.

use kabar_coder::{Coder, Options};
use kabar_core::{Document, Event, Lang};
use std::sync::OnceLock;

/// The built-in coder, with "today" fixed at 2026-11-29.
pub fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| match Coder::embedded() {
        Ok(c) => c.with_options(Options {
            keep_hypothetical: false,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default(),
        }),
        Err(e) => panic!("built-in knowledge base: {e}"),
    })
}

/// Code `text` as a document published on 2024-05-15.
pub fn code(lang: Lang, text: &str) -> Vec<Event> {
    let doc = Document {
        id: "t".into(),
        text: text.into(),
        lang: Some(lang),
        date: chrono::NaiveDate::from_ymd_opt(2024, 5, 15),
        ..Document::default()
    };
    coder().extract(&doc).events
}

/// `SRC -CAMEO-> TGT` for each event, for failure messages.
pub fn show(events: &[Event]) -> String {
    if events.is_empty() {
        return "no event".into();
    }
    events
        .iter()
        .map(|e| {
            format!(
                "{} -{}-> {}{}",
                e.source.as_ref().map(|a| a.code.as_str()).unwrap_or("-"),
                e.cameo,
                e.target.as_ref().map(|a| a.code.as_str()).unwrap_or("-"),
                if e.negated { " (negated)" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
