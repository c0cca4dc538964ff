//! `kabar eval plover`: kabar against the PLOVER gold-standard records.

use super::metric::{self, join, Counts, Level, Score, Triple};
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use kabar_coder::Coder;
use kabar_core::{Document, Event, Lang};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// One gold record, reduced to what is scored.
#[derive(Debug, Clone)]
pub struct GoldRecord {
    /// The record's `id`.
    pub id: String,
    /// The sentence kabar codes.
    pub text: String,
    /// `language` (default English).
    pub lang: Lang,
    /// `date`, when it is a day.
    pub date: Option<NaiveDate>,
    /// `eventText`, shown in details.
    pub event_text: String,
    /// The gold category was renamed to its PLOVER 2021 name.
    pub renamed: bool,
    /// Gold triples (compound actors expanded).
    pub triples: BTreeSet<Triple>,
}

/// Read the gold JSON array; errors name the file and the record.
pub fn read_gold(path: &Path) -> Result<Vec<GoldRecord>> {
    let name = path.display();
    let bytes = std::fs::read(path).with_context(|| format!("{name}: cannot read"))?;
    let v: Value = serde_json::from_slice(&bytes)
        .map_err(|e| anyhow::anyhow!("{name}:{}:{}: not JSON: {e}", e.line(), e.column()))?;
    let Value::Array(items) = v else {
        bail!("{name}: expected a JSON array of PLOVER records");
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, r) in items.iter().enumerate() {
        let rec = gold_record(r).map_err(|msg| {
            let id = r.get("id").and_then(Value::as_str).unwrap_or("?");
            anyhow::anyhow!("{name}: record {} (id {id}): {msg}", i + 1)
        })?;
        out.push(rec);
    }
    Ok(out)
}

fn gold_record(r: &Value) -> Result<GoldRecord, String> {
    let id = match r.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err("missing \"id\"".into()),
    };
    let text = r
        .get("text")
        .and_then(Value::as_str)
        .ok_or("missing \"text\"")?
        .to_string();
    let raw_event = r
        .get("event")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or("missing \"event\" (the PLOVER category)")?;
    let event = metric::gold_category(raw_event);
    let renamed = event != raw_event.to_ascii_uppercase();
    let lang = match r.get("language").and_then(Value::as_str).map(str::trim) {
        None | Some("") => Lang::En,
        Some(l) => l.parse::<Lang>()?,
    };
    let date = r
        .get("date")
        .and_then(Value::as_str)
        .and_then(|s| s.get(..10))
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let sources = actor_keys(r.get("source"), "source")?;
    let targets = actor_keys(r.get("target"), "target")?;
    let event_text = r
        .get("eventText")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    Ok(GoldRecord {
        triples: metric::expand(&sources, &targets, Some(&event)),
        id,
        text,
        lang,
        date,
        event_text,
        renamed,
    })
}

/// Keys of a gold `source`/`target`: a list of `{actorText, code}`; a
/// string, null or missing field means no actor.
fn actor_keys(v: Option<&Value>, field: &str) -> Result<Vec<String>, String> {
    let Some(Value::Array(list)) = v else {
        return Ok(Vec::new());
    };
    let mut keys = Vec::new();
    for (j, a) in list.iter().enumerate() {
        let code = a
            .get("code")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{field}[{j}] has no \"code\""))?;
        let k = metric::gold_key(code);
        if k != metric::NO_ACTOR && !keys.contains(&k) {
            keys.push(k);
        }
    }
    Ok(keys)
}

/// What kabar predicted for one record.
#[derive(Debug, Clone)]
pub struct Predicted {
    /// All reported events that are not negated.
    pub events: Vec<Event>,
    /// Their triples, events without a PLOVER category included (label `None`).
    pub triples: BTreeSet<Triple>,
    /// Negated events left out.
    pub negated: usize,
}

/// Code one record's text and reduce its events to triples. Negated events
/// ("did not attack") are not predictions of their category.
pub fn predict(coder: &Coder, rec: &GoldRecord) -> Predicted {
    let doc = Document {
        id: rec.id.clone(),
        text: rec.text.clone(),
        lang: Some(rec.lang),
        date: rec.date,
        ..Document::default()
    };
    let all = coder.extract(&doc).events;
    let negated = all.iter().filter(|e| e.negated).count();
    let events: Vec<Event> = all.into_iter().filter(|e| !e.negated).collect();
    let triples = events
        .iter()
        .map(|e| Triple {
            src: metric::pred_key(e.source.as_ref()),
            tgt: metric::pred_key(e.target.as_ref()),
            label: e.plover.clone(),
        })
        .collect();
    Predicted {
        events,
        triples,
        negated,
    }
}

/// The two treatments of events with no PLOVER category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Treatment {
    /// Left out: PLOVER has no category for statements, the gold never codes them.
    Skip,
    /// Kept as predictions with a null category, so they are always wrong.
    Count,
}

impl Treatment {
    fn name(self) -> &'static str {
        match self {
            Treatment::Skip => "skip",
            Treatment::Count => "count",
        }
    }

    fn apply(self, t: &BTreeSet<Triple>) -> BTreeSet<Triple> {
        match self {
            Treatment::Skip => metric::labelled(t),
            Treatment::Count => t.clone(),
        }
    }
}

struct Scored {
    rec: GoldRecord,
    pred: Predicted,
    counts: Counts,
}

/// Run the evaluation and print it (text or JSON).
pub fn run(coder: &Coder, file: &Path, details: usize, as_json: bool) -> Result<String> {
    let gold = read_gold(file)?;
    let mut scores: BTreeMap<(&str, &str), Score> = BTreeMap::new();
    let mut scored = Vec::with_capacity(gold.len());
    let (mut events, mut unlabelled, mut negated, mut gold_triples) = (0, 0, 0, 0);
    for rec in gold {
        let pred = predict(coder, &rec);
        events += pred.events.len();
        unlabelled += pred.events.iter().filter(|e| e.plover.is_none()).count();
        negated += pred.negated;
        gold_triples += rec.triples.len();
        let mut counts = Counts::default();
        for t in [Treatment::Skip, Treatment::Count] {
            let p = t.apply(&pred.triples);
            for level in Level::ALL {
                let c = scores
                    .entry((t.name(), level.name()))
                    .or_default()
                    .add(&level.project(&rec.triples), &level.project(&p));
                if t == Treatment::Skip && level == Level::Full {
                    counts = c;
                }
            }
        }
        scored.push(Scored { rec, pred, counts });
    }
    let records = scored.len();
    let renamed = scored.iter().filter(|s| s.rec.renamed).count();
    // Worst first: most errors, then fewest hits, then file order.
    let mut order: Vec<usize> = (0..scored.len()).collect();
    order.sort_by_key(|&i| {
        let c = scored[i].counts;
        (std::cmp::Reverse(c.fp + c.fn_), c.tp)
    });
    let worst: Vec<&Scored> = order
        .iter()
        .map(|&i| &scored[i])
        .filter(|s| s.counts.fp + s.counts.fn_ > 0)
        .take(details)
        .collect();
    let get = |t: Treatment, l: Level| {
        scores
            .get(&(t.name(), l.name()))
            .cloned()
            .unwrap_or_default()
    };

    if as_json {
        let mut by_treatment = serde_json::Map::new();
        for t in [Treatment::Skip, Treatment::Count] {
            let mut levels = serde_json::Map::new();
            for l in Level::ALL {
                levels.insert(l.name().into(), counts_json(&get(t, l).overall));
            }
            let per: serde_json::Map<String, Value> = get(t, Level::Full)
                .per_label
                .iter()
                .map(|(k, c)| (k.clone(), counts_json(c)))
                .collect();
            by_treatment.insert(
                t.name().into(),
                json!({"levels": levels, "per_category": per}),
            );
        }
        let worst: Vec<Value> = worst
            .iter()
            .map(|s| {
                json!({
                    "id": s.rec.id, "text": s.rec.text,
                    "gold": s.rec.triples.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    "predicted": s.pred.triples.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    "events": s.pred.events.iter().map(event_brief).collect::<Vec<_>>(),
                    "tp": s.counts.tp, "fp": s.counts.fp, "fn": s.counts.fn_,
                })
            })
            .collect();
        let v = json!({
            "file": file.display().to_string(),
            "records": records, "gold_triples": gold_triples,
            "gold_categories_renamed": renamed,
            "events": events, "events_without_plover": unlabelled, "negated_skipped": negated,
            "statements": by_treatment, "worst": worst,
        });
        return Ok(format!("{v:#}\n"));
    }

    let mut o = String::new();
    let _ = writeln!(o, "kabar eval plover: {}", file.display());
    let _ = writeln!(
        o,
        "records {records}, gold triples {gold_triples}, kabar events {events} \
         ({unlabelled} with no PLOVER category; {negated} negated events left out)"
    );
    if renamed > 0 {
        let names: Vec<String> = metric::CATEGORY_RENAMES
            .iter()
            .map(|(a, b)| format!("{a}→{b}"))
            .collect();
        let _ = writeln!(
            o,
            "{renamed} gold categories renamed to kabar's PLOVER 2021 names ({})",
            names.join(", ")
        );
    }
    for (t, title) in [
        (
            Treatment::Skip,
            "events with no PLOVER category skipped (headline)",
        ),
        (
            Treatment::Count,
            "events with no PLOVER category counted as wrong predictions",
        ),
    ] {
        let _ = writeln!(o, "\n{title}:");
        let _ = writeln!(
            o,
            "  {:<24} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}",
            "level", "P", "R", "F1", "tp", "fp", "fn"
        );
        for l in Level::ALL {
            let _ = writeln!(o, "  {:<24} {}", l.name(), counts_row(&get(t, l).overall));
        }
    }
    for t in [Treatment::Skip, Treatment::Count] {
        let _ = writeln!(
            o,
            "\nper category (source+target+category, no-category events {}):",
            if t == Treatment::Skip {
                "skipped"
            } else {
                "counted"
            }
        );
        let _ = writeln!(
            o,
            "  {:<24} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}",
            "category", "P", "R", "F1", "tp", "fp", "fn"
        );
        for (k, c) in &get(t, Level::Full).per_label {
            let _ = writeln!(o, "  {k:<24} {}", counts_row(c));
        }
    }
    if !worst.is_empty() {
        let _ = writeln!(
            o,
            "\n{} worst records (source+target+category, no-category events skipped):",
            worst.len()
        );
        for s in worst {
            let c = s.counts;
            let _ = writeln!(o, "\n{}  tp {} fp {} fn {}", s.rec.id, c.tp, c.fp, c.fn_);
            let _ = writeln!(o, "  text:  {}", s.rec.text);
            let _ = writeln!(
                o,
                "  gold:  {}   (eventText {:?})",
                join(&s.rec.triples),
                s.rec.event_text
            );
            let _ = writeln!(o, "  kabar: {}", join(&s.pred.triples));
            for e in &s.pred.events {
                let _ = writeln!(o, "         {}", event_brief(e));
            }
        }
    }
    Ok(o)
}

/// One line per predicted event: codes, trigger and actor texts.
pub fn event_brief(e: &Event) -> String {
    let actor = |a: &Option<kabar_core::ActorRef>| match a {
        Some(a) => format!("{} {:?}", a.code, a.text),
        None => "-".into(),
    };
    format!(
        "{} {} trigger {:?}: {} → {}",
        e.cameo,
        e.plover.as_deref().unwrap_or(metric::NO_CATEGORY),
        e.evidence.trigger,
        actor(&e.source),
        actor(&e.target)
    )
}

fn counts_row(c: &Counts) -> String {
    format!(
        "{:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    )
}

fn counts_json(c: &Counts) -> Value {
    json!({"precision": round3(c.precision()), "recall": round3(c.recall()), "f1": round3(c.f1()),
           "tp": c.tp, "fp": c.fp, "fn": c.fn_})
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
