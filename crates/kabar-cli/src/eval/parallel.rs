//! `kabar eval parallel`: do the Indonesian and English sides of a
//! sentence-aligned corpus give the same events?

use super::metric::{self, join, Agreement, Level, Triple};
use super::plover::event_brief;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use kabar_coder::Coder;
use kabar_core::{Document, Event, Lang};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// Read a text file as lines; invalid UTF-8 is reported with its line.
pub fn read_lines(path: &Path) -> Result<Vec<String>> {
    let name = path.display();
    let bytes = std::fs::read(path).with_context(|| format!("{name}: cannot read"))?;
    let mut out = Vec::new();
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        match std::str::from_utf8(line) {
            Ok(s) => out.push(s.to_string()),
            Err(e) => bail!(
                "{name}:{}: byte {}: not valid UTF-8",
                i + 1,
                e.valid_up_to() + 1
            ),
        }
    }
    if out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    Ok(out)
}

/// The events of one line, coded as its own document, and their triples
/// (source key, target key, CAMEO root). Negated events are left out.
fn code_line(
    coder: &Coder,
    id: String,
    text: &str,
    lang: Lang,
    date: Option<NaiveDate>,
) -> (Vec<Event>, BTreeSet<Triple>) {
    let doc = Document {
        id,
        text: text.to_string(),
        lang: Some(lang),
        date,
        ..Document::default()
    };
    let events: Vec<Event> = coder
        .extract(&doc)
        .events
        .into_iter()
        .filter(|e| !e.negated)
        .collect();
    let triples = events
        .iter()
        .map(|e| Triple {
            src: metric::pred_key(e.source.as_ref()),
            tgt: metric::pred_key(e.target.as_ref()),
            label: Some(e.root.clone()),
        })
        .collect();
    (events, triples)
}

struct Pair {
    line: usize,
    id_text: String,
    en_text: String,
    id_events: Vec<Event>,
    en_events: Vec<Event>,
    a: BTreeSet<Triple>,
    b: BTreeSet<Triple>,
}

/// Run the evaluation and return the report.
pub fn run(
    coder: &Coder,
    id_file: &Path,
    en_file: &Path,
    limit: Option<usize>,
    details: usize,
    date: Option<NaiveDate>,
) -> Result<String> {
    let id_lines = read_lines(id_file)?;
    let en_lines = read_lines(en_file)?;
    if id_lines.len() != en_lines.len() {
        bail!(
            "{} has {} lines but {} has {}: the files must be line-aligned",
            id_file.display(),
            id_lines.len(),
            en_file.display(),
            en_lines.len()
        );
    }
    let n = limit.map_or(id_lines.len(), |l| l.min(id_lines.len()));
    let mut agreements = [Agreement::default(); 3];
    let mut pairs = Vec::with_capacity(n);
    let (mut id_events, mut en_events) = (0, 0);
    for (i, (id_text, en_text)) in id_lines.iter().zip(&en_lines).take(n).enumerate() {
        let (ie, a) = code_line(coder, format!("id:{}", i + 1), id_text, Lang::Id, date);
        let (ee, b) = code_line(coder, format!("en:{}", i + 1), en_text, Lang::En, date);
        id_events += ie.len();
        en_events += ee.len();
        for (agg, level) in agreements.iter_mut().zip(Level::ALL) {
            agg.add(&level.project(&a), &level.project(&b));
        }
        if a != b {
            pairs.push(Pair {
                line: i + 1,
                id_text: id_text.clone(),
                en_text: en_text.clone(),
                id_events: ie,
                en_events: ee,
                a,
                b,
            });
        }
    }
    let full = agreements[0];
    let mut o = String::new();
    let _ = writeln!(
        o,
        "kabar eval parallel: {} / {}",
        id_file.display(),
        en_file.display()
    );
    let _ = writeln!(
        o,
        "sentence pairs {}, events id {id_events} / en {en_events}, \
         distinct (source, target, root) triples id {} / en {}",
        full.pairs, full.a, full.b
    );
    let _ = writeln!(
        o,
        "pairs with events in both {}, id only {}, en only {}, neither {}",
        full.in_both,
        full.only_a,
        full.only_b,
        full.pairs - full.in_both - full.only_a - full.only_b
    );
    let _ = writeln!(
        o,
        "\n  {:<24} {:>6} {:>9} {:>9} {:>6}",
        "level", "Dice", "id in en", "en in id", "shared"
    );
    for (agg, level) in agreements.iter().zip(Level::ALL) {
        let name = match level {
            Level::Full => "source+target+root",
            Level::Source => "source+root",
            Level::Label => "root only",
        };
        let _ = writeln!(
            o,
            "  {name:<24} {:>6.3} {:>9.3} {:>9.3} {:>6}",
            agg.dice(),
            agg.a_in_b(),
            agg.b_in_a(),
            agg.both
        );
    }
    // Most disagreement first, then file order.
    pairs.sort_by_key(|p| {
        let both = p.a.intersection(&p.b).count();
        (std::cmp::Reverse(p.a.len() + p.b.len() - 2 * both), p.line)
    });
    let shown: Vec<&Pair> = pairs.iter().take(details).collect();
    if !shown.is_empty() {
        let _ = writeln!(
            o,
            "\n{} disagreeing pairs (most disagreement first):",
            shown.len()
        );
    }
    for p in shown {
        let _ = writeln!(o, "\nline {}", p.line);
        let _ = writeln!(o, "  id: {}", p.id_text);
        let _ = writeln!(o, "  en: {}", p.en_text);
        let _ = writeln!(o, "  id triples: {}", join(&p.a));
        let _ = writeln!(o, "  en triples: {}", join(&p.b));
        for e in &p.id_events {
            let _ = writeln!(o, "    id {}", event_brief(e));
        }
        for e in &p.en_events {
            let _ = writeln!(o, "    en {}", event_brief(e));
        }
    }
    Ok(o)
}
