//! Human-readable account of how a sentence was coded (`kabar explain`).

use crate::kb::{EntryRef, Kb};
use crate::mentions::{Mention, Np, NpKind, SentenceView};
use crate::roles::SentenceEvents;
use kabar_text::Sentence;
use std::fmt::Write;

fn entry(kb: &Kb, e: EntryRef) -> String {
    match e {
        EntryRef::Country(i) => kb
            .countries
            .get(i as usize)
            .map(|c| format!("country {} ({})", c.code, c.name)),
        EntryRef::Region(i) => kb
            .regions
            .get(i as usize)
            .map(|c| format!("region {} ({})", c.code, c.name)),
        EntryRef::Org(i) => kb
            .orgs
            .get(i as usize)
            .map(|c| format!("organisation {} ({})", c.code, c.name)),
        EntryRef::Person(i) => kb.persons.get(i as usize).map(|p| {
            let roles: Vec<String> = p.roles.iter().map(|r| r.code.clone()).collect();
            format!("person {} [{}]", p.name, roles.join(", "))
        }),
        EntryRef::Agent(i) => kb
            .agents
            .get(i as usize)
            .map(|a| format!("agent {}", a.code)),
        EntryRef::City(i) => kb.cities.get(i as usize).map(|c| {
            format!(
                "{} {} ({}{})",
                if c.province { "province" } else { "city" },
                c.name,
                c.country,
                if c.capital { ", capital" } else { "" }
            )
        }),
        EntryRef::Verb(i) => kb.verbs.get(i as usize).map(|v| {
            let mut f = String::new();
            if v.flags.nominal {
                f.push_str(" noun");
            }
            if v.flags.topic {
                f.push_str(" topic");
            }
            if v.flags.passive {
                f.push_str(" passive");
            }
            if v.flags.stative {
                f.push_str(" stative");
            }
            format!("verb pattern {:?} → {}{}", v.pattern, v.cameo, f)
        }),
        EntryRef::Discard(i) => kb
            .discards
            .get(i as usize)
            .map(|d| format!("discard {:?} ({:?})", d.phrase, d.scope)),
        EntryRef::Issue(i) => kb
            .issues
            .get(i as usize)
            .map(|c| format!("issue {}", c.code)),
        EntryRef::Cue(i) => kb
            .cues
            .get(i as usize)
            .map(|c| format!("{:?} cue {:?}", c.kind, c.phrase)),
    }
    .unwrap_or_else(|| "?".to_string())
}

fn span_text(v: &SentenceView, r: &std::ops::Range<usize>) -> String {
    let (Some(a), Some(b)) = (
        v.seg.tokens.get(r.start),
        v.seg.tokens.get(r.end.saturating_sub(1)),
    ) else {
        return String::new();
    };
    v.doc.get(a.start..b.end).unwrap_or("").to_string()
}

/// Append the account of one sentence to `out`.
pub fn sentence(
    out: &mut String,
    v: &SentenceView,
    index: usize,
    s: &Sentence,
    nps: &[Np],
    triggers: &[Mention],
    found: &SentenceEvents,
) {
    let _ = writeln!(
        out,
        "sentence {}: {}",
        index + 1,
        v.doc.get(s.start..s.end).unwrap_or("")
    );
    let tokens: Vec<&str> = v.seg.tokens[v.range.clone()]
        .iter()
        .map(|t| t.text(v.doc))
        .collect();
    let _ = writeln!(out, "  tokens   {}", tokens.join(" | "));
    let in_range = |m: &&Mention| v.range.contains(&m.tokens.start);
    for m in v
        .layers
        .names
        .iter()
        .chain(&v.layers.agents)
        .chain(&v.layers.cues)
        .chain(&v.layers.discards)
        .chain(&v.layers.issues)
        .filter(in_range)
    {
        let _ = writeln!(
            out,
            "  mention  {:?}: {}",
            span_text(v, &m.tokens),
            entry(v.kb, m.entry)
        );
    }
    for t in triggers {
        let _ = writeln!(
            out,
            "  trigger  {:?}: {}",
            span_text(v, &t.tokens),
            entry(v.kb, t.entry)
        );
    }
    for n in nps {
        let kind = match &n.kind {
            NpKind::Actor(a) => format!(
                "actor {}{}",
                a.code,
                a.name
                    .as_ref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default()
            ),
            NpKind::Pronoun => "pronoun".into(),
            NpKind::Participants => "both parties".into(),
            NpKind::Place => "place".into(),
            NpKind::Name => "unknown name".into(),
        };
        let prep = n
            .prep
            .map(|p| format!(" governed by {p:?}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  phrase   {:?}: {kind}{prep}",
            span_text(v, &n.tokens)
        );
    }
    for e in &found.events {
        let pattern = e.cameo.as_str();
        let _ = writeln!(
            out,
            "  event    {} ({:?}) -{}-> {} [{:?}]{}{}",
            e.source.actor.code,
            e.source.via,
            pattern,
            e.target
                .as_ref()
                .map(|t| format!("{} ({:?})", t.actor.code, t.via))
                .unwrap_or_else(|| "-".into()),
            e.modality,
            if e.negated { " negated" } else { "" },
            if e.nominal { " (noun trigger)" } else { "" },
        );
    }
    for (r, why) in &found.dropped {
        let _ = writeln!(out, "  dropped  {:?}: {why}", span_text(v, r));
    }
    if !found.issues.is_empty() {
        let _ = writeln!(out, "  issues   {}", found.issues.join(", "));
    }
}
