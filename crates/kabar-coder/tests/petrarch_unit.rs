//! PETRARCH's own unit tests (`tests/fixtures/petrarch/PETR.UnitTest.records.xml`,
//! MIT, Open Event Data Alliance) coded by kabar with a knowledge base built
//! only from the `PETR.Validate.*` dictionaries through the PETRARCH importer.
//!
//! PETRARCH codes from a full parse tree; kabar from a flat clause model, so
//! not every coding can be reproduced. The test prints how many are, why the
//! others are missed, and fails if the count drops below a floor.

use kabar_coder::petrarch::{Import, Kind};
use kabar_coder::{Coder, Kb};
use kabar_core::{CodeTables, Document, Lang};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The number of reproduced codings reached when this test was written, minus
/// a small margin: raise it when the coder gets better.
const FLOOR: usize = 128;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/petrarch")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn knowledge_base() -> Kb {
    let mut import = Import::default();
    for (file, kind) in [
        ("PETR.Validate.actors.txt", Kind::Actors),
        ("PETR.Validate.agents.txt", Kind::Agents),
        ("PETR.Validate.verbs.txt", Kind::Verbs),
        ("PETR.Validate.discards.txt", Kind::Discards),
    ] {
        import.add(kind, file, &read(file));
    }
    let mut kb = Kb::default();
    for kind in [Kind::Actors, Kind::Agents, Kind::Verbs, Kind::Discards] {
        kb.add_file(kind.output(), &import.tsv(kind))
            .unwrap_or_else(|e| panic!("converted {}: {e}", kind.name()));
    }
    kb
}

/// One `<EventCoding>` of a record.
#[derive(Debug, Clone)]
enum Expected {
    Event {
        source: String,
        target: String,
        code: String,
    },
    NoEvents,
    Error,
}

#[derive(Debug)]
struct Record {
    id: String,
    date: Option<chrono::NaiveDate>,
    text: String,
    expected: Vec<Expected>,
}

/// The value of attribute `name` in a tag's text (`name = "v"` or `name='v'`).
fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(k) = rest.find(name) {
        let before_ok = k == 0 || rest[..k].ends_with(char::is_whitespace);
        let after = rest[k + name.len()..].trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next()?;
                if q == '"' || q == '\'' {
                    let end = v[1..].find(q)?;
                    return Some(v[1..1 + end].to_string());
                }
            }
        }
        rest = &rest[k + name.len()..];
    }
    None
}

fn strip_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(a) = rest.find("<!--") {
        out.push_str(&rest[..a]);
        match rest[a..].find("-->") {
            Some(b) => rest = &rest[a + b + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn records(xml: &str) -> Vec<Record> {
    let xml = strip_comments(xml);
    let mut out = Vec::new();
    for block in xml.split("<Sentence ").skip(1) {
        let Some(head_end) = block.find('>') else {
            continue;
        };
        let head = &block[..head_end];
        let body = block.split("</Sentence>").next().unwrap_or("");
        let text = body
            .split("<Text>")
            .nth(1)
            .and_then(|t| t.split("</Text>").next())
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let expected = body
            .split("<EventCoding")
            .skip(1)
            .filter_map(|t| t.split('>').next())
            .map(|tag| {
                if attr(tag, "noevents").is_some() {
                    Expected::NoEvents
                } else if attr(tag, "error").is_some() {
                    Expected::Error
                } else {
                    Expected::Event {
                        source: attr(tag, "sourcecode").unwrap_or_default(),
                        target: attr(tag, "targetcode").unwrap_or_default(),
                        code: attr(tag, "eventcode").unwrap_or_default(),
                    }
                }
            })
            .collect();
        out.push(Record {
            id: attr(head, "id").unwrap_or_default(),
            date: attr(head, "date")
                .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y%m%d").ok()),
            text,
            expected,
        });
    }
    out
}

#[test]
fn petrarch_unit_records_coded_with_the_validation_dictionaries() {
    let records = records(&read("PETR.UnitTest.records.xml"));
    let coder = Coder::new(knowledge_base());
    let tables = CodeTables::get();
    let mut total = 0;
    let mut coded = 0;
    let mut reproduced = 0;
    let mut no_events = (0, 0);
    let mut errors = (0, 0);
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    let mut examples: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for r in &records {
        let doc = Document {
            id: r.id.clone(),
            text: r.text.clone(),
            date: r.date,
            lang: Some(Lang::En),
            ..Document::default()
        };
        let events = coder.extract(&doc).events;
        let got: Vec<(String, String, String)> = events
            .iter()
            .map(|e| {
                (
                    e.source
                        .as_ref()
                        .map(|a| a.code.clone())
                        .unwrap_or_default(),
                    e.target
                        .as_ref()
                        .map(|a| a.code.clone())
                        .unwrap_or_default(),
                    e.cameo.clone(),
                )
            })
            .collect();
        let same_code = |c: &str| {
            r.expected
                .iter()
                .filter(|x| matches!(x, Expected::Event { code, .. } if code == c))
                .count()
        };
        for x in &r.expected {
            total += 1;
            match x {
                Expected::NoEvents => {
                    no_events.0 += 1;
                    if got.is_empty() {
                        no_events.1 += 1;
                    }
                }
                Expected::Error => {
                    errors.0 += 1;
                    if got.is_empty() {
                        errors.1 += 1;
                    }
                }
                Expected::Event {
                    source,
                    target,
                    code,
                } => {
                    coded += 1;
                    if got
                        .iter()
                        .any(|(s, t, c)| s == source && t == target && c == code)
                    {
                        reproduced += 1;
                        continue;
                    }
                    let reason = if !tables.is_known(code) {
                        "event code outside CAMEO (WEIS/test codes; the importer skips them)"
                    } else if source.contains(' ') || target.contains(' ') {
                        "new-actor text instead of a code (new_actor_length)"
                    } else if same_code(code) > 1 {
                        "compound actors (one event per member)"
                    } else if got.is_empty() {
                        "no event found (verb pattern or clause structure)"
                    } else if got
                        .iter()
                        .any(|(s, t, c)| s == target && t == source && c == code)
                    {
                        "source and target swapped (passive/paired events)"
                    } else if got.iter().any(|(_, _, c)| c == code) {
                        "right event, other actors (actor composition or roles)"
                    } else if got.iter().any(|(s, t, _)| s == source && t == target) {
                        "right actors, other event code (verb-pattern approximation)"
                    } else {
                        "other events found"
                    };
                    *reasons.entry(reason).or_default() += 1;
                    let ex = examples.entry(reason).or_default();
                    if ex.len() < 3 {
                        ex.push(format!(
                            "{}: want {source}-{code}-{target}, got {got:?}",
                            r.id
                        ));
                    }
                }
            }
        }
    }
    println!(
        "PETRARCH unit records: {} sentences, {total} expected codings \
         ({coded} events, {} no-event, {} error records)",
        records.len(),
        no_events.0,
        errors.0
    );
    println!("reproduced {reproduced}/{coded} events (source, target and event code equal)");
    println!(
        "no-event records with no event: {}/{}; error records with no event: {}/{}",
        no_events.1, no_events.0, errors.1, errors.0
    );
    let mut by_count: Vec<(&&str, &usize)> = reasons.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1));
    for (reason, n) in by_count {
        println!("  missed {n:>3}: {reason}");
        for e in examples.get(reason).into_iter().flatten() {
            println!("        e.g. {e}");
        }
    }
    assert_eq!(records.len(), 284, "the fixture has 284 sentences");
    assert_eq!(total, 385, "the fixture has 385 expected codings");
    assert!(
        reproduced >= FLOOR,
        "reproduced {reproduced} PETRARCH unit codings, fewer than the floor {FLOOR}"
    );
}
