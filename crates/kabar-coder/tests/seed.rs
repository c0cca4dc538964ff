//! The reference article, `samples/000_835c4cdb98e1286e.txt`: what a reader of
//! the page expects kabar to find, in Indonesian and in its English translation.

use kabar_coder::{Coder, Options};
use kabar_core::{Document, Event, Lang};
use std::collections::BTreeSet;

const SEED: &str = include_str!("../../../samples/000_835c4cdb98e1286e.txt");
const SEED_EN: &str = include_str!("../../../tests/fixtures/seed-en.txt");

fn extract(text: &str, date: Option<&str>, lang: Option<Lang>) -> Vec<Event> {
    let coder = match Coder::embedded() {
        Ok(c) => c.with_options(Options {
            keep_hypothetical: false,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default(),
        }),
        Err(e) => panic!("built-in knowledge base: {e}"),
    };
    let doc = Document {
        id: "000_835c4cdb98e1286e".into(),
        text: text.into(),
        date: date.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        lang,
        ..Document::default()
    };
    coder.extract(&doc).events
}

fn country(a: &Option<kabar_core::ActorRef>) -> &str {
    a.as_ref().and_then(|a| a.country.as_deref()).unwrap_or("-")
}

fn meeting<'a>(events: &'a [Event], evidence: &str) -> Vec<&'a Event> {
    events
        .iter()
        .filter(|e| {
            e.root == "04"
                && country(&e.source) == "IRN"
                && country(&e.target) == "RUS"
                && e.evidence.sentence.contains(evidence)
        })
        .collect()
}

fn check_reference_expectations(events: &[Event]) {
    for (evidence, name) in [
        ("bertemu dengan Mikhail Bogdanov", "Mikhail Bogdanov"),
        (
            "bertemu dengan Wakil Menteri Luar Negeri Rusia Sergey Vershinin",
            "Sergey Vershinin",
        ),
    ] {
        let found = meeting(events, evidence);
        assert!(
            !found.is_empty(),
            "no Iran–Russia consultation with evidence {evidence:?}"
        );
        let e = found[0];
        assert_eq!(
            e.date.map(|d| d.to_string()).as_deref(),
            Some("2023-02-01"),
            "{evidence}"
        );
        assert_eq!(
            e.location.as_ref().map(|l| l.name.as_str()),
            Some("Moscow"),
            "{evidence}"
        );
        assert!(
            found
                .iter()
                .any(|e| e.target.as_ref().and_then(|t| t.name.as_deref()) == Some(name)),
            "the meeting with {name} names him as target"
        );
    }
    let first = meeting(events, "bertemu dengan Mikhail Bogdanov");
    let issues = &first[0].issues;
    for c in ["SYR", "YEM", "LBY"] {
        assert!(
            issues.iter().any(|i| i == c),
            "issue {c} missing from {issues:?}"
        );
    }
    // Iran and Russia endorse the Syria–Turkey talks.
    for src in ["IRN", "RUS"] {
        assert!(
            events.iter().any(|e| e.root == "05"
                && country(&e.source) == src
                && matches!(country(&e.target), "SYR" | "TUR")),
            "{src} endorsing Syria–Turkey talks is missing"
        );
    }
    // They agree to widen cooperation.
    assert!(
        events.iter().any(|e| matches!(e.root.as_str(), "03" | "05")
            && matches!(
                (country(&e.source), country(&e.target)),
                ("IRN", "RUS") | ("RUS", "IRN")
            )
            && e.evidence.sentence.contains("memperluas kerja sama")),
        "Iran and Russia agreeing to widen cooperation is missing"
    );
    // Nothing from the "Baca Juga" headlines.
    for e in events {
        assert_ne!(
            country(&e.source),
            "ARE",
            "UAE event: {:?}",
            e.evidence.sentence
        );
        assert_ne!(
            country(&e.target),
            "ARE",
            "UAE event: {:?}",
            e.evidence.sentence
        );
        assert_ne!(
            country(&e.source),
            "TUR",
            "Turkey as source: {:?}",
            e.evidence.sentence
        );
        assert!(
            !matches!(e.root.as_str(), "14" | "15" | "17" | "18" | "19" | "20"),
            "violence coded: {} in {:?}",
            e.cameo,
            e.evidence.sentence
        );
        assert!(!e.evidence.sentence.contains("Baca Juga"));
        assert!(!e.evidence.sentence.contains("Penjarahan"));
    }
}

#[test]
fn reference_article_with_publication_date() {
    let events = extract(SEED, Some("2023-02-02"), None);
    check_reference_expectations(&events);
    insta::assert_json_snapshot!("seed_with_date", events);
}

#[test]
fn reference_article_without_date_infers_2023() {
    let events = extract(SEED, None, None);
    check_reference_expectations(&events);
}

#[test]
fn evidence_offsets_index_the_cleaned_text() {
    let coder = Coder::embedded().unwrap_or_else(|e| panic!("{e}"));
    let doc = Document {
        id: "seed".into(),
        text: SEED.into(),
        ..Document::default()
    };
    let x = coder.extract(&doc);
    let chars: Vec<char> = x.text.chars().collect();
    assert!(!x.events.is_empty());
    for e in &x.events {
        let s: String = chars[e.evidence.start..e.evidence.end].iter().collect();
        assert_eq!(s, e.evidence.sentence);
        let t: String = chars[e.evidence.trigger_start..e.evidence.trigger_end]
            .iter()
            .collect();
        assert_eq!(t, e.evidence.trigger);
        for a in [&e.source, &e.target].into_iter().flatten() {
            let s: String = chars[a.start..a.end].iter().collect();
            assert_eq!(s, a.text);
        }
    }
    assert!(
        !x.text.contains("Baca Juga"),
        "related links are cleaned away"
    );
    assert!(
        !x.text.contains("Leave a Reply"),
        "the comment form is cleaned away"
    );
    assert_eq!(
        x.text.matches("Perundingan Iran dengan Rusia").count(),
        1,
        "the doubled title is dropped"
    );
}

fn dyads(events: &[Event]) -> BTreeSet<(String, String, String)> {
    events
        .iter()
        .map(|e| {
            (
                country(&e.source).to_string(),
                country(&e.target).to_string(),
                e.root.clone(),
            )
        })
        .collect()
}

#[test]
fn english_translation_yields_the_same_dyads_and_roots() {
    let id = extract(SEED, Some("2023-02-02"), None);
    let en = extract(SEED_EN, Some("2023-02-02"), None);
    assert!(
        en.iter().all(|e| e.lang == Lang::En),
        "the translation is detected as English"
    );
    assert_eq!(
        dyads(&id),
        dyads(&en),
        "Indonesian vs English (source, target, root)"
    );
}
