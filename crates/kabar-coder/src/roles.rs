//! Role assignment: for every trigger of a sentence, who is the source, who
//! the target, what the event is about, and whether it is denied, planned or
//! hypothetical.
//!
//! The clause model is deliberately shallow and shared by both languages:
//! the subject is the nearest free noun phrase before the verb (phrases
//! governed by a preposition, and earlier targets, are not free); the target
//! is the first phrase after it, skipping prepositions that mark a partner or
//! goal; passives swap the two and take the agent after "oleh"/"by". Nouns
//! naming events take their participants from "antara X dan Y", "X-Y",
//! "X dengan Y" or the clause subject.

use crate::grammar::{Prep, Word};
use crate::kb::{CueKind, DiscardScope, EntryRef, Kb, VerbPattern};
use crate::mentions::{self, cues_before, Actor, Mention, Np, NpKind, SentenceView};
use kabar_core::{Lang, Modality};
use std::ops::Range;

/// How an actor of an event was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// Named in the clause.
    Direct,
    /// A pronoun resolved to an earlier subject.
    Pronoun,
    /// "para pihak"/"both sides" resolved to a meeting's participants.
    Participants,
    /// Not in the clause: the partner of the current meeting.
    Context,
}

/// One side of an event.
#[derive(Debug, Clone)]
pub struct Party {
    /// The actor.
    pub actor: Actor,
    /// The tokens that name it in this sentence.
    pub tokens: Range<usize>,
    /// How it was found.
    pub via: Via,
}

/// An event found in a sentence, before dates, places and ids are attached.
#[derive(Debug, Clone)]
pub struct Coded {
    /// Index into `Kb::verbs`.
    pub verb: u32,
    /// CAMEO code: the pattern's, or what the conventions made of it.
    pub cameo: String,
    /// Trigger tokens.
    pub trigger: Range<usize>,
    /// Who acted.
    pub source: Party,
    /// Who was acted upon.
    pub target: Option<Party>,
    /// Denied.
    pub negated: bool,
    /// Asserted, planned or hypothetical.
    pub modality: Modality,
    /// Triggered by a noun.
    pub nominal: bool,
    /// Called for ("harus", "must") rather than done.
    pub obligation: bool,
    /// Refused ("menolak untuk", "would not").
    pub refusal: bool,
}

/// What the words around a trigger say about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mood {
    /// Denied.
    pub negated: bool,
    /// Asserted, planned or hypothetical.
    pub modality: Modality,
    /// Called for.
    pub obligation: bool,
    /// Refused.
    pub refusal: bool,
}

/// Document context carried from sentence to sentence.
#[derive(Debug, Default, Clone)]
pub struct Context {
    /// Participants of the latest meeting (source, target), with the words
    /// that named them.
    pub meeting: Option<(Party, Party)>,
    /// The latest explicitly named subject.
    pub last_subject: Option<Actor>,
}

/// What role assignment found in one sentence.
#[derive(Debug, Default)]
pub struct SentenceEvents {
    /// The events.
    pub events: Vec<Coded>,
    /// Topics of the sentence (country/organisation codes).
    pub issues: Vec<String>,
    /// Token ranges that are topics, not settings (no location there).
    pub topic_spans: Vec<Range<usize>>,
    /// Triggers that produced no event, with the reason (for `kabar explain`).
    pub dropped: Vec<(Range<usize>, &'static str)>,
}

fn verb<'a>(kb: &'a Kb, m: &Mention) -> Option<(u32, &'a VerbPattern)> {
    match m.entry {
        EntryRef::Verb(i) => kb.verbs.get(i as usize).map(|v| (i, v)),
        _ => None,
    }
}

fn root(code: &str) -> u8 {
    code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0)
}

/// Code one sentence.
pub fn code_sentence(
    v: &SentenceView,
    nps: &[Np],
    triggers: &[Mention],
    ctx: &mut Context,
) -> SentenceEvents {
    let mut out = SentenceEvents::default();
    let mut used_targets: Vec<usize> = Vec::new();
    let mut verbal_seen: Vec<Range<usize>> = Vec::new();
    let topic_actor = sentence_topic(v, nps);
    let mut prev_nominal_end: Option<usize> = None;
    let mut last_passive: Option<usize> = None;
    let mut last_participle: Option<usize> = None;
    for (ti, t) in triggers.iter().enumerate() {
        let Some((vi, pat)) = verb(v.kb, t) else {
            continue;
        };
        let agreed_act;
        let pat = if agrees_to_act(v, triggers, ti) {
            agreed_act = VerbPattern {
                cameo: AGREE_TO_ACT.to_string(),
                ..pat.clone()
            };
            &agreed_act
        } else {
            pat
        };
        // Armed violence: assault, fight, mass violence (roots 18–20).
        let violent = matches!(root(&pat.cameo), 18..=20);
        let clause_start = clause_start(v, t.tokens.start);
        let english = v.grammar.lang() == Lang::En;
        let prev_word = t
            .tokens
            .start
            .checked_sub(1)
            .filter(|&j| j >= v.range.start)
            .and_then(|j| v.word(j));
        let gerund = english && v.key.token(t.tokens.start).ends_with("ing");
        // "accused X of attacking Y", "suspected of blowing up": the act is
        // what the sentence talks about, not an event. "responded by
        // launching five rockets": a 'by' gerund says how the subject acted.
        if gerund
            && matches!(prev_word, Some(Word::Prep(_)))
            && prev_word != Some(Word::Prep(Prep::Agentive))
            && !pat.flags.nominal
        {
            out.dropped.push((
                t.tokens.clone(),
                "a gerund after a preposition names an act talked about",
            ));
            continue;
        }
        // "menuduh Hamas menyerang…", "dituduh membunuh…", "atas tuduhan
        // menculik…": what someone is accused of is talked about, not done
        // (as English "accused Hamas of attacking", a gerund after "of").
        if !english && alleged_act(v, nps, triggers, ti) {
            out.dropped.push((
                t.tokens.clone(),
                "an act someone is accused of is talked about, not an event",
            ));
            continue;
        }
        // "setelah bertemu…", "sejak invasi…", "sebelum kunjungan…": an act
        // named right after a time linker, with no subject of its own, is
        // the background of the clause (as English "after meeting", "since
        // the invasion").
        if v.grammar.time_linker(
            t.tokens
                .start
                .checked_sub(1)
                .filter(|&j| j >= v.range.start)
                .map_or("", |j| v.key.token(j)),
        ) {
            out.dropped.push((
                t.tokens.clone(),
                "an act right after a time linker is the background of the clause",
            ));
            continue;
        }
        // English: after an article the word is a noun ("a U.S. request",
        // "the besieged town"); a bare gerund is a verb ("denied shelling").
        let after_verb = (ti > 0 && triggers[ti - 1].tokens.end == t.tokens.start)
            || v.layers.cues.iter().any(|c| c.tokens.end == t.tokens.start);
        // "lack of proper support": after a preposition (but "to") comes a noun.
        let after_prep = english && {
            let mut j = t.tokens.start;
            let mut hops = 0;
            loop {
                if j <= v.range.start || hops > 2 {
                    break false;
                }
                j -= 1;
                match v.word(j) {
                    // "gunmen armed with dynamite invaded": a past form after
                    // a prepositional phrase is the clause's verb (after a
                    // clause linker, "as the opposition threatened", it stays
                    // in the background as before).
                    Some(Word::Prep(_)) => {
                        break v.key.token(j) != "to"
                            && !(hops > 0
                                && v.key.token(t.tokens.start).ends_with("ed")
                                && !v.grammar.clause_preposition(v.key.token(j)))
                    }
                    Some(Word::Determiner) | None if v.lowercase_word(j) && !v.in_trigger(j) => {
                        hops += 1
                    }
                    _ => break false,
                }
            }
        };
        // "did not demand", "will attack": after a modal or "do" comes a verb.
        let after_modal = {
            let mut j = t.tokens.start;
            loop {
                if j <= v.range.start {
                    break false;
                }
                j -= 1;
                let w = v.key.token(j);
                if !v.grammar.preverbal_adverb(w) {
                    break v.grammar.modal(w);
                }
            }
        };
        // "a bombing that killed three people": "that" before a past-tense
        // verb is the relative pronoun, not a determiner of a noun.
        let relative_that = t.tokens.start > v.range.start
            && v.grammar
                .relative_complementizer(v.key.token(t.tokens.start - 1))
            && v.key.token(t.tokens.start).ends_with("ed");
        // "the full support of Syria", "a new military offensive": an article
        // and an adjective or two before the word make it a noun too; so
        // does a name that is no plural ("the Tiger raid", not "the
        // Israelis raid").
        let after_article_adjective = english && !v.key.token(t.tokens.start).ends_with("ed") && {
            let mut j = t.tokens.start;
            let mut adjectives = 0;
            let mut named = false;
            loop {
                if j <= v.range.start || adjectives > 2 {
                    break false;
                }
                j -= 1;
                let w = v.key.token(j);
                // (One word, with no object after it: "the West Bank set
                // fire to" has a verb.)
                let name_before = (!named
                    && adjectives == 0
                    && t.tokens.len() == 1
                    && !has_object(v, nps, t.tokens.end))
                .then(|| {
                    nps.iter()
                        .find(|n| n.tokens.end == j + 1 && n.tokens.start < j + 1)
                })
                .flatten()
                .filter(|n| {
                    n.tokens.start > v.range.start
                        && !w.ends_with('s')
                        && !v.key.token(t.tokens.start).ends_with('s')
                        && n.tokens.clone().all(|i| !v.lowercase_word(i))
                        && !v.possessive.get(j).copied().unwrap_or(false)
                        && v.word(n.tokens.start - 1) == Some(Word::Determiner)
                });
                if let Some(n) = name_before {
                    named = true;
                    adjectives += 1;
                    j = n.tokens.start;
                    continue;
                }
                match v.grammar.word(w) {
                    Some(Word::Determiner) => {
                        break adjectives > 0 && !v.grammar.relative_complementizer(w)
                    }
                    None if !w.ends_with("ly")
                        && !nps.iter().any(|n| n.tokens.contains(&j))
                        && !v.in_trigger(j)
                        && v.lowercase_word(j) =>
                    {
                        adjectives += 1
                    }
                    _ => break false,
                }
            }
        };
        // "Rafiq Hariri's murder", "Solana's visit", "last week's arrest": a
        // word right after a possessive is a noun.
        let after_possessive = english
            && !v.key.token(t.tokens.start).ends_with("ed")
            && t.tokens.start > v.range.start
            && v.possessive
                .get(t.tokens.start - 1)
                .copied()
                .unwrap_or(false);
        // "US support for its allies", "Arab support for the demand": a bare
        // stance verb right after a country or organisation's name (or its
        // possessive) is a noun that name owns (a singular name would take
        // "supports" as its verb); with no actor it is for, it reports no
        // event.
        if english
            && !after_modal
            && !pat.flags.nominal
            && root(&pat.cameo) == 5
            && t.tokens.len() == 1
            && owned_noun(v, nps, t)
            && !stance_has_beneficiary(v, nps, t)
        {
            out.dropped.push((
                t.tokens.clone(),
                "a stance noun owned by a name, with no actor it is for",
            ));
            continue;
        }
        // "should end their aid boycott", "mengakhiri boikot", "decided to
        // stop its strike and blockade of roads": a sustained act that is
        // ended is not reported (meetings and visits that end did take place).
        if root(&pat.cameo) > 5 && ended_event(v, t) {
            out.dropped.push((
                t.tokens.clone(),
                "an act that is ended (end their boycott, mengakhiri boikot)",
            ));
            continue;
        }
        let nominal = if english {
            !after_modal
                && ((matches!(prev_word, Some(Word::Determiner | Word::Anaphor)) && !relative_that)
                    || after_article_adjective
                    || after_possessive
                    || (after_prep && !gerund)
                    || (pat.flags.nominal && !(gerund && after_verb)))
        } else {
            pat.flags.nominal
        };
        // "consultation meeting", "pertemuan perundingan": one event, not two.
        if ti > 0 && triggers[ti - 1].tokens.end == t.tokens.start {
            if let Some((_, prev)) = verb(v.kb, &triggers[ti - 1]) {
                if root(&prev.cameo) == root(&pat.cameo) {
                    out.dropped.push((
                        t.tokens.clone(),
                        "same event as the trigger right before it",
                    ));
                    continue;
                }
            }
        }
        // "the murdered officers' hometown", "18 kidnapped employees": a
        // participle of a transitive act between a determiner or a count and
        // its noun describes people, it reports no event.
        if english
            && t.tokens.len() == 1
            && v.grammar.transitive_participle(v.key.token(t.tokens.start))
        {
            let before_ok = t.tokens.start > v.range.start && {
                let b = t.tokens.start - 1;
                matches!(v.word(b), Some(Word::Determiner))
                    || v.key.token(b) == "the"
                    || v.number_token(b)
            };
            let noun_after = t.tokens.end < v.range.end
                && v.seg.tokens.get(t.tokens.end).is_some_and(|w| {
                    w.kind == kabar_text::TokenKind::Word && v.word(t.tokens.end).is_none()
                });
            // "and kidnapped workers were freed": the noun after it is the
            // subject of the verb that follows.
            let subject_after = noun_after
                && (t.tokens.end + 1..(t.tokens.end + 4).min(v.range.end))
                    .map(|j| v.key.token(j))
                    .take_while(|w| {
                        !matches!(*w, "," | ";" | ":" | "." | "by")
                            && !matches!(v.grammar.word(w), Some(Word::Prep(_)))
                    })
                    .any(|w| v.grammar.word(w) == Some(Word::Aux));
            if (before_ok || subject_after) && noun_after {
                out.dropped.push((
                    t.tokens.clone(),
                    "a participle describing the people it names (not an event)",
                ));
                continue;
            }
        }
        if nominal {
            let adjacent = prev_nominal_end == Some(t.tokens.start);
            prev_nominal_end = Some(t.tokens.end);
            if adjacent {
                out.dropped
                    .push((t.tokens.clone(), "part of the event noun right before it"));
                continue;
            }
            let declared = declared_event(v, t, &verbal_seen);
            if verbal_seen.iter().any(|r| r.start >= clause_start) && !declared {
                out.dropped.push((
                    t.tokens.clone(),
                    "event noun inside what an earlier verb says (not an event of its own)",
                ));
                continue;
            }
            if anaphoric(v, t, ctx) {
                out.dropped.push((
                    t.tokens.clone(),
                    "refers back to an event already coded (ini/tersebut/this)",
                ));
                continue;
            }
            if dated_noun(v, t) {
                out.dropped.push((
                    t.tokens.clone(),
                    "a past event named by its year (the 2001 attack, serangan 11 September 2001)",
                ));
                continue;
            }
            let mediated = mediated_parties(v, nps, pat, t);
            // "Militer Lebanon mengumumkan jam malam": an announced act
            // with no participants of its own is the announcer's.
            let participants = nominal_participants(v, nps, t, triggers, ti, !mediated.is_empty())
                .map(|(s, tg)| (vec![s], tg))
                .or_else(|| {
                    let at = verbal_seen.last().filter(|_| declared)?.start;
                    left_party(v, nps, at, &used_targets, &topic_actor, ctx).map(|ps| (ps, None))
                });
            if let Some((s, tg)) = participants {
                let targets = if mediated.is_empty() {
                    tg.into_iter().collect()
                } else {
                    mediated
                };
                push_events(
                    ctx,
                    &mut out,
                    vi,
                    pat,
                    t,
                    s,
                    targets,
                    true,
                    modality(v, nps, triggers, ti),
                );
            } else {
                out.dropped
                    .push((t.tokens.clone(), "no participants found for the event noun"));
            }
            continue;
        }
        // "the 2001 attack", "the Sept. 11 attacks": a word that may be a
        // verb is a noun after a determiner and a year, and names a past event.
        if year_before_noun(v, t) {
            out.dropped.push((
                t.tokens.clone(),
                "a past event named by its year (the 2001 attack, serangan 11 September 2001)",
            ));
            continue;
        }
        // "agreed to share information", "threatened to attack", "menolak
        // untuk bertemu": the act is what is agreed, threatened or refused,
        // coded by the verb before it — not an event of its own.
        if let Some(head) = proposing_head(v, nps, triggers, ti, &verbal_seen)
            .or_else(|| coordinated_infinitive(v, triggers, ti, &verbal_seen))
        {
            verbal_seen.push(t.tokens.clone());
            out.dropped.push((t.tokens.clone(), head));
            continue;
        }
        // "a demonstration calling for…": a participle after a noun has that
        // noun as its subject, and the noun is not an actor.
        let mut adverbial = false;
        if english && gerund && !pat.flags.nominal && !after_verb && t.tokens.start > v.range.start
        {
            let before = t.tokens.start - 1;
            let noun = v.lowercase_word(before)
                && v.word(before).is_none()
                && !aspectual(v.key.token(before))
                && !nps.iter().any(|n| n.tokens.end == t.tokens.start)
                && !v.trigger_spans.iter().any(|r| r.end == t.tokens.start);
            // "exploded a truck near a police station killing 27 people": a
            // violent participle with an object of its own after a place or
            // thing (which cannot kill) is an adverbial of the main clause
            // whose comma was left out; it takes that clause's subject.
            adverbial = noun && violent && has_object(v, nps, t.tokens.end);
            if noun && !adverbial {
                out.dropped.push((
                    t.tokens.clone(),
                    "a participle describing a noun that is not an actor",
                ));
                continue;
            }
        }
        // "blocked roads demanding that he be reinstated", "a demonstration
        // calling for his removal": a demand voiced as a participle after a
        // protest in the same clause is what the protest is about ("calling
        // on the Egyptians to boycott" addresses someone and stays).
        if english
            && gerund
            && !pat.flags.nominal
            && matches!(root(&pat.cameo), 2 | 10)
            && v.key.token(t.tokens.end - 1) != "on"
            && triggers[..ti].iter().any(|p| {
                p.tokens.start >= clause_start
                    && verb(v.kb, p).is_some_and(|(_, q)| root(&q.cameo) == 14)
            })
        {
            out.dropped.push((
                t.tokens.clone(),
                "a demand voiced by the protest before it (what the protest is about)",
            ));
            continue;
        }
        verbal_seen.push(t.tokens.clone());
        let limit = right_limit(v, triggers, ti);
        // "were killed or wounded": a verb coordinated with a passive is passive.
        let coordinated_passive = last_passive.as_ref().is_some_and(|end: &usize| {
            (t.tokens.start == end + 1 && v.word(*end) == Some(Word::Conj))
                || (english && passive_continues(v, t, *end))
        });
        // "…were killed and 20 others wounded": after a passive, a participle
        // whose subject is a count of people has its "were" left out.
        let elliptic_passive = english
            && last_passive.is_some()
            && v.key.token(t.tokens.start).ends_with("ed")
            && t.tokens.start > v.range.start
            && counts_people(v, t.tokens.start - 1);
        let objectless = english && objectless_participle(v, t);
        // "pemerintah dukungan AS", "diktator dukungan AS": a noun of
        // backing between a noun and an actor only describes the noun (the
        // US-backed government); no act of support is reported. After a
        // verb it is one: "memperkuat dukungan AS" is the US's support.
        let backed = t.tokens.len() == 1
            && v.grammar.backing_noun(v.key.token(t.tokens.start))
            && t.tokens.start > v.range.start
            && {
                let b = t.tokens.start - 1;
                let noun = v.lowercase_word(b)
                    && v.word(b).is_none()
                    && !v.grammar.verb_form(v.key.token(b))
                    && !v.in_trigger(b);
                noun || nps.iter().any(|n| n.tokens.end == t.tokens.start)
            }
            && nps
                .iter()
                .any(|n| n.tokens.start == t.tokens.end && matches!(n.kind, NpKind::Actor(_)));
        // "a U.S.-backed dictator", "the Hamas-led force": a participle
        // joined by a hyphen to the name before it is a compound modifier of
        // the noun after it, not a verb.
        let hyphenated = t.tokens.start >= v.range.start + 2
            && v.key.token(t.tokens.start - 1) == "-"
            && nps.iter().any(|n| n.tokens.end + 1 == t.tokens.start);
        if backed || hyphenated {
            out.dropped.push((
                t.tokens.clone(),
                if backed {
                    "a noun of backing describing the noun before it (a US-backed government)"
                } else {
                    "a participle hyphened to a name: a modifier of the noun after it (a U.S.-backed dictator)"
                },
            ));
            continue;
        }
        let passive = pat.flags.passive
            || coordinated_passive
            || elliptic_passive
            || (v.grammar.lang() == Lang::En
                && !pat.flags.stative
                && (english_passive(v, t) || reduced_passive(v, nps, t) || objectless));
        last_passive = passive.then_some(t.tokens.end);
        // ", said the minister" / ", kata Menlu X": the speaker follows.
        let inverted = root(&pat.cameo) == 1
            && t.tokens.start > v.range.start
            && matches!(
                v.key.token(t.tokens.start - 1),
                "," | "\"" | "\u{201d}" | "'"
            );
        if inverted {
            let speaker = nps.iter().find(|n| {
                n.tokens.start >= t.tokens.end
                    && n.tokens.start <= t.tokens.end + 2
                    && n.prep.is_none()
                    && matches!(n.kind, NpKind::Actor(_))
            });
            if let Some(n) = speaker {
                let m = modality(v, nps, triggers, ti);
                // ", kata Olmert kepada kabinetnya": whom the speaker
                // addressed follows the speaker.
                let addressee: Vec<Party> = nps
                    .iter()
                    .find(|a| {
                        a.tokens.start == n.tokens.end + 1
                            && a.prep == Some(Prep::Goal)
                            && v.grammar.addressee_preposition(v.key.token(n.tokens.end))
                            && matches!(a.kind, NpKind::Actor(_))
                    })
                    .map(|a| party_of(a, Via::Direct))
                    .into_iter()
                    .collect();
                push_events(
                    ctx,
                    &mut out,
                    vi,
                    pat,
                    t,
                    vec![party_of(n, Via::Direct)],
                    addressee,
                    false,
                    m,
                );
                continue;
            }
        }
        // "…launched rockets at the camps, killing 50": a participle after a
        // comma continues the event before it (same kind: the same event).
        // Indonesian: a subjectless violent verb after a comma, "sehingga"
        // or "dan" continues the attack before it (", menewaskan 60 orang dan
        // mencederai 90"), as the English participles do.
        let continuation =
            !english && violent && subjectless_continuation(v, t, pat, passive, last_participle);
        // A coordinated participle of another kind is an act of its own in
        // both languages: "killing two … and wounding 17", "menewaskan dua …
        // dan melukai 17" code the wounding beside the killing.
        let after_coordinator = t.tokens.start > v.range.start
            && last_participle.is_some()
            && (v.word(t.tokens.start - 1) == Some(Word::Conj)
                || v.grammar.verb_coordinator(v.key.token(t.tokens.start - 1)));
        let coordinated_participle = after_coordinator && (english && gerund || continuation);
        let participial = adverbial
            || coordinated_participle
            || continuation
            || (english
                && gerund
                && t.tokens.start > v.range.start
                && v.key.token(t.tokens.start - 1) == ",");
        last_participle = participial.then_some(ti);
        let previous = out.events.last().cloned();
        if participial {
            if let Some(p) = &previous {
                let family = |c: &str| match root(c) {
                    18..=20 if !coordinated_participle => 18,
                    r => r,
                };
                if family(&p.cameo) == family(&pat.cameo) {
                    out.dropped.push((
                        t.tokens.clone(),
                        "a participle continuing the event before it",
                    ));
                    continue;
                }
            }
        }
        // "tewas dalam kecelakaan jalan raya", "gempa menewaskan 100 orang",
        // "killed in a plane crash": a death in an accident or a disaster is
        // no attack.
        if violent && accidental_death(v, t, triggers) {
            out.dropped.push((
                t.tokens.clone(),
                "a death in an accident or a disaster is not an attack",
            ));
            continue;
        }
        // "collected the dead and wounded", "evacuated the wounded": a
        // participle after a determiner with no noun after it names people.
        if violent && people_named_by_participle(v, t) {
            out.dropped.push((
                t.tokens.clone(),
                "a participle after a determiner names people (the dead and wounded)",
            ));
            continue;
        }
        // Indonesian: "jumlah anak-anak yang tewas … oleh tentara Israel",
        // "131 jumlah tentara Inggris tewas di Irak": the dead are counted,
        // no killing is reported (as English "the number of children killed").
        if violent && counted_dead(v, t) {
            out.dropped.push((
                t.tokens.clone(),
                "a count of the dead, not a report of a killing",
            ));
            continue;
        }
        // Indonesian: "Dua serangan bom mobil di sebuah pasar Baghdad yang
        // ramai menewaskan 60 orang": a verb whose subject is an event noun
        // reports that event again (coded by the noun, with its own actor),
        // as English "a car bombing killed" is coded once.
        if !english && !passive && !participial && event_noun_subject(v, nps, triggers, ti) {
            out.dropped.push((t.tokens.clone(), EVENT_NOUN_SUBJECT));
            continue;
        }
        // Indonesian: a subordinate clause's own common subject ("setelah
        // 15 anggota badan itu menyetujui…") is the verb's subject; no actor
        // is taken from after the verb either.
        let own_subject = !english && own_common_subject(v, nps, t.tokens.start);
        // "a resolution that aims to tighten sanctions and impose a
        // blockade": a verb coordinated with one that found no subject
        // shares that lack; it takes no subject from further back.
        // Indonesian: a verb whose subject was an event noun ("bom …
        // meledak menewaskan seorang tentara AS dan melukai dua orang
        // lainnya") passes that on across its object: the bomb wounded,
        // not the soldier.
        let coordinated_sourceless = ti > 0
            && t.tokens.start > v.range.start
            && v.grammar.verb_coordinator(v.key.token(t.tokens.start - 1))
            && {
                let p = &triggers[ti - 1];
                let object_only = !english
                    && p.tokens.end < t.tokens.start
                    && (p.tokens.end..t.tokens.start - 1).all(|j| {
                        v.key.token(j) != ","
                            && !matches!(v.word(j), Some(Word::Subordinator | Word::Relative))
                    });
                let adjacent = p.tokens.end + 1 == t.tokens.start;
                out.dropped.iter().any(|(r, why)| {
                    *r == p.tokens
                        && if english {
                            adjacent && *why == NO_SOURCE
                        } else {
                            (adjacent || object_only) && *why == EVENT_NOUN_SUBJECT
                        }
                })
            };
        if coordinated_sourceless {
            out.dropped.push((t.tokens.clone(), NO_SOURCE));
            continue;
        }
        // "apa yang disebut penduduk Israel …", "yang diduga …": a verb of
        // belief or naming opening a relative clause describes its head.
        if t.tokens.len() == 1
            && v.grammar.describing_verb(v.key.token(t.tokens.start))
            && after_relative(v, t)
        {
            out.dropped.push((
                t.tokens.clone(),
                "a verb of belief or naming after a relative marker describes its head",
            ));
            continue;
        }
        // A statement before it is not what the participle continues
        // ("officials said troops shelled the town, killing 20").
        let left = absolute_subject(v, nps, t)
            .or_else(|| {
                participial
                    .then(|| {
                        previous
                            .as_ref()
                            .filter(|p| !(english && root(&p.cameo) == 1))
                            .map(|p| vec![p.source.clone()])
                    })
                    .flatten()
            })
            .or_else(|| {
                participial
                    .then(|| clause_subject(v, nps, triggers, ti, &topic_actor))
                    .flatten()
            })
            .or_else(|| {
                (!passive)
                    .then(|| coordinated_subject(v, triggers, ti, &out.events))
                    .flatten()
            })
            .or_else(|| left_party(v, nps, t.tokens.start, &used_targets, &topic_actor, ctx))
            .or_else(|| {
                // "They also discussed ways to restart Israeli-Palestinian
                // peace talks": what a verb of discussing is followed by is
                // its topic, never its subject.
                (!own_subject && !after_relative(v, t) && !pat.flags.topic)
                    .then(|| right_subject(v, nps, t.tokens.end, triggers, ti, &used_targets))
                    .flatten()
            })
            .or_else(|| {
                // "Kharkiv was shelled by…": a place undergoing the act is its country.
                passive
                    .then(|| {
                        nps.iter()
                            .rev()
                            .find(|n| {
                                n.tokens.end <= t.tokens.start
                                    && n.prep.is_none()
                                    && matches!(n.kind, NpKind::Place)
                            })
                            .and_then(|n| place_party(v.kb, n))
                            .map(|p| vec![p])
                    })
                    .flatten()
            });
        // "with 62 more wounded": the ones who underwent an objectless
        // participle are named right before it; if no actor is, nobody
        // further back is.
        let left = if objectless
            && !english_passive(v, t)
            && !nps.iter().any(|n| n.tokens.end == t.tokens.start)
        {
            None
        } else {
            left
        };
        let (sources, mut targets) = if passive {
            let agent = nps
                .iter()
                .enumerate()
                .filter(|(_, n)| n.tokens.start >= t.tokens.end && n.tokens.start < limit)
                .find(|(_, n)| n.prep == Some(Prep::Agentive) && matches!(n.kind, NpKind::Actor(_)))
                .map(|(k, n)| compound(nps, k, party_of(n, Via::Direct)))
                .or_else(|| {
                    // "were killed in sectarian attacks by Sunni militants":
                    // the agent of the attack noun right after a violent
                    // passive is the passive's agent.
                    let u = triggers.get(ti + 1)?;
                    let (_, q) = verb(v.kb, u)?;
                    let gap = t.tokens.end..u.tokens.start;
                    // (A noun by its place: after the preposition and modifiers.)
                    let close = violent
                        && matches!(root(&q.cameo), 18..=20)
                        && !gap.is_empty()
                        && gap.len() <= 4
                        && v.word(gap.start) == Some(Word::Prep(Prep::Locative))
                        && gap.clone().skip(1).all(|j| {
                            !v.in_trigger(j)
                                && (v.word(j) == Some(Word::Determiner)
                                    || (v.word(j).is_none() && v.lowercase_word(j)))
                        });
                    if !close {
                        return None;
                    }
                    nps.iter()
                        .enumerate()
                        .find(|(_, n)| {
                            n.tokens.start == u.tokens.end + 1
                                && n.prep == Some(Prep::Agentive)
                                && matches!(n.kind, NpKind::Actor(_))
                        })
                        .map(|(k, n)| compound(nps, k, party_of(n, Via::Direct)))
                })
                .or_else(|| {
                    // Indonesian names the agent right after a di- verb without
                    // "oleh": "ditangkap polisi", "dibunuh tentara Israel".
                    // Only after a di- verb: "jumlah korban tewas tentara AS"
                    // names whose dead they are, not who killed them.
                    let di_verb = t.tokens.clone().any(|j| {
                        let w = v.key.token(j);
                        w.len() > 2 && w.starts_with("di")
                    });
                    (v.grammar.head_initial() && pat.flags.passive && di_verb)
                        .then(|| {
                            // "dituduh para panglima Amerika": a plural
                            // or other determiner may come first.
                            nps.iter().enumerate().find(|(_, n)| {
                                n.tokens.start >= t.tokens.end
                                    && (t.tokens.end..n.tokens.start)
                                        .all(|j| v.word(j) == Some(Word::Determiner))
                                    && n.prep.is_none()
                                    && matches!(n.kind, NpKind::Actor(_))
                            })
                        })
                        .flatten()
                        .map(|(k, n)| compound(nps, k, party_of(n, Via::Direct)))
                });
            // "…, demikian diumumkan Kementerian X", "the withdrawal, which
            // was announced by Blair": what is announced or reported is the
            // subject of such a passive, not whom it is addressed to (unlike
            // "was described by", "disebut oleh": the one described).
            let content_subject = root(&pat.cameo) == 1
                && t.tokens
                    .clone()
                    .any(|j| v.grammar.passive_of_content(v.key.token(j)));
            let subject = if content_subject { None } else { left };
            // "A temporary camp for Congolese refugees was attacked": a
            // common head names whose it is after "for"/"of".
            let subject = subject.or_else(|| {
                (!content_subject)
                    .then(|| possessor_of_subject(v, nps, t))
                    .flatten()
            });
            (agent.unwrap_or_default(), subject.unwrap_or_default())
        } else {
            let mut targets = Vec::new();
            if pat.flags.topic {
                let span = t.tokens.end..limit;
                for (k, n) in nps.iter().enumerate() {
                    if !span.contains(&n.tokens.start) {
                        continue;
                    }
                    if n.prep == Some(Prep::Comitative) && targets.is_empty() {
                        if let NpKind::Actor(a) = &n.kind {
                            targets.push(Party {
                                actor: a.clone(),
                                tokens: n.tokens.clone(),
                                via: Via::Direct,
                            });
                            used_targets.push(k);
                            continue;
                        }
                    }
                    issues_of(v.kb, n, &mut out.issues);
                }
                out.topic_spans.push(span);
            } else if let Some(k) = right_target(v, nps, t, pat, limit, &used_targets) {
                // A complement shared by coordinated verbs ("berunding dan
                // berbicara dengan X") stays available to the later verb.
                let shared = triggers[ti + 1..]
                    .iter()
                    .any(|n| n.tokens.start < nps[k].tokens.start);
                if !shared {
                    used_targets.push(k);
                }
                let mut base = party_of(&nps[k], Via::Direct);
                if matches!(nps[k].kind, NpKind::Place) {
                    match place_actor(v.kb, &nps[k]) {
                        Some(a) => base.actor = a,
                        None => continue,
                    }
                }
                targets = compound(nps, k, base);
                for (extra, n) in nps.iter().enumerate().skip(k + 1) {
                    if targets.iter().any(|p| p.tokens == n.tokens) {
                        used_targets.push(extra);
                    }
                }
            }
            // "Hezbollah, which Israel fought last year": with no object
            // after it, the verb's object is the head of the relative clause.
            // Not a statement: what "Washington said" is its content.
            if targets.is_empty() && !pat.flags.topic && !pat.flags.nominal && root(&pat.cameo) != 1
            {
                if let Some(k) = object_relative_head(v, nps, t) {
                    targets = vec![party_of(&nps[k], Via::Direct)];
                }
            }
            // "mediating between X and Y": the parties are both acted upon.
            let mediated = mediated_parties(v, nps, pat, t);
            if !mediated.is_empty() {
                targets = mediated;
            }
            (left.unwrap_or_default(), targets)
        };
        // "At least three Iraqi civilians have been killed": violence with an
        // unknown perpetrator is still an event against the victims.
        // Only in a main clause whose subject the victims are: not in
        // "…where 28 people have been killed", "…who were taken hostage".
        // "An American civilian and two other foreigners were wounded":
        // the first phrase joins the victims.
        let joined = targets.first().and_then(|p| {
            nps.first()
                .filter(|n| joined_subject(v, n, p))
                .and_then(|n| matches!(n.kind, NpKind::Actor(_)).then(|| party_of(n, Via::Direct)))
        });
        let main_clause = targets.first().is_some_and(|p| {
            nps.first()
                .is_some_and(|n| n.tokens == p.tokens || joined.is_some())
                && triggers[..ti]
                    .iter()
                    .all(|u| verb(v.kb, u).is_some_and(|(_, q)| q.flags.nominal))
        });
        if let Some(first) = joined.filter(|_| main_clause && sources.is_empty()) {
            targets.insert(0, first);
        }
        // "Tiga serdadu tewas dan satu lainnya luka-luka", "two were killed
        // and another injured": the count is more of the same victims.
        let victims = (sources.is_empty() && passive && violent)
            .then(|| {
                more_of_the_same_victims(v, t, &out.events)
                    .or_else(|| (main_clause && !describes_the_dead(v, t)).then(|| targets.clone()))
            })
            .flatten();
        // "The soldier died on Thursday", "Five policemen died": a death
        // verb that names no attack reports one only when the dead are
        // armed or security forces; "Escobar died", "13 Egyptians have
        // died of bird flu" report none.
        let victims = victims.filter(|vs| {
            t.tokens.len() > 1
                || !v.grammar.bare_death(v.key.token(t.tokens.start))
                || vs.iter().all(|p| p.actor.in_sector(&["MIL", "COP"]))
        });
        if let Some(victims) = victims {
            let unknown = Party {
                actor: Actor::default(),
                tokens: t.tokens.clone(),
                via: Via::Context,
            };
            let m = modality(v, nps, triggers, ti);
            push_events(ctx, &mut out, vi, pat, t, vec![unknown], victims, false, m);
            continue;
        }
        if sources.is_empty() {
            out.dropped.push((
                t.tokens.clone(),
                if passive {
                    "passive with no agent (no 'oleh'/'by' actor)"
                } else {
                    NO_SOURCE
                },
            ));
            continue;
        }
        // Participants with no named target act on each other.
        if targets.is_empty() {
            targets = Vec::new();
        }
        let m = modality(v, nps, triggers, ti);
        push_events(ctx, &mut out, vi, pat, t, sources, targets, false, m);
    }
    attacker_named_by_attack(v, &mut out);
    capture_by_armed_group(&mut out);
    obligations_in_speech(v, nps, &mut out);
    crate::conventions::apply(&mut out);
    // Topics in "tentang/about" phrases anywhere in the sentence.
    for n in nps {
        if n.prep == Some(Prep::About) {
            issues_of(v.kb, n, &mut out.issues);
            out.topic_spans.push(n.tokens.clone());
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn push_events(
    ctx: &mut Context,
    out: &mut SentenceEvents,
    vi: u32,
    pat: &VerbPattern,
    t: &Mention,
    sources: Vec<Party>,
    targets: Vec<Party>,
    nominal: bool,
    mood: Mood,
) {
    let Mood {
        negated,
        modality,
        obligation,
        refusal,
    } = mood;
    let r = root(&pat.cameo);
    let reciprocal = matches!(r, 3..=6);
    let mut first_pair: Option<(Party, Party)> = None;
    let sources = expand(ctx, sources);
    // Joint actors with no target ("Indonesia dan Malaysia sepakat…") are
    // each a source with no target, as the PLOVER gold standard codes them.
    for s in &sources {
        let mut ts: Vec<Option<Party>> = targets
            .iter()
            .flat_map(|p| expand(ctx, vec![p.clone()]))
            .map(Some)
            .collect();
        if ts.is_empty() {
            // No target named: the partner of the current meeting, for the
            // cooperative roots (consult, agree, support, cooperate).
            let partner = if reciprocal || pat.flags.topic {
                partner_of(ctx, &s.actor)
            } else {
                None
            };
            ts.push(partner);
        }
        for tg in ts {
            if let Some(tg) = &tg {
                if tg.actor.code == s.actor.code {
                    out.dropped
                        .push((t.tokens.clone(), "source and target are the same actor"));
                    continue;
                }
            }
            if r == 4 && first_pair.is_none() {
                if let Some(tg) = &tg {
                    first_pair = Some((s.clone(), tg.clone()));
                }
            }
            out.events.push(Coded {
                verb: vi,
                cameo: pat.cameo.clone(),
                trigger: t.tokens.clone(),
                source: s.clone(),
                target: tg,
                negated,
                modality,
                nominal,
                obligation,
                refusal,
            });
        }
    }
    if let Some((a, b)) = first_pair {
        // "para pihak" stands for the participants already known: keep the
        // words that named them.
        let named = |p: Party| match &ctx.meeting {
            Some((x, y)) if p.via == Via::Participants => [x, y]
                .into_iter()
                .find(|m| m.actor.code == p.actor.code)
                .cloned()
                .unwrap_or(p),
            _ => p,
        };
        ctx.meeting = Some((named(a), named(b)));
    }
    if let Some(s) = sources.iter().find(|s| s.via == Via::Direct) {
        ctx.last_subject = Some(s.actor.clone());
    }
}

/// "A suicide bomber killed five people", "pembom bunuh diri menewaskan…":
/// when the one who killed or attacked is named by an assault noun ("suicide
/// bomber", 1831), the killing is that assault (CAMEO codes "{SUICIDE
/// BOMBER} * ATTACK/KILL" as 1831), not plain military force (190).
fn attacker_named_by_attack(v: &SentenceView, out: &mut SentenceEvents) {
    for e in &mut out.events {
        if root(&e.cameo) != 19 || e.source.tokens.is_empty() {
            continue;
        }
        let named = v.layers.agent_acts.iter().find_map(|m| {
            let (_, p) = verb(v.kb, m)?;
            (p.flags.nominal
                && root(&p.cameo) == 18
                && m.tokens.start >= e.source.tokens.start
                && m.tokens.end <= e.source.tokens.end)
                .then(|| p.cameo.clone())
        });
        if let Some(code) = named {
            e.cameo = code;
        }
    }
}

/// "seized by armed groups", "gunmen seized the man", "diculik/ditangkap
/// oleh kelompok bersenjata": people taken by rebels, gunmen or criminals
/// are abducted (181); seizing and arresting (171, 173) are what a state
/// does.
fn capture_by_armed_group(out: &mut SentenceEvents) {
    for e in &mut out.events {
        if matches!(e.cameo.as_str(), "171" | "173")
            && e.target.is_some()
            && e.source.actor.in_sector(&["REB", "UAF", "CRM"])
        {
            e.cameo = "181".to_string();
        }
    }
}

/// "… ended a visit to Bangladesh with both neighbours pledging to
/// strengthen ties", "with Kurdish leaders and even Moscow branding the raid
/// unacceptable": in an absolute construction the phrase after the
/// preposition is the subject of the verb form right after it, not the
/// subject of the clause.
fn absolute_subject(v: &SentenceView, nps: &[Np], t: &Mention) -> Option<Vec<Party>> {
    let at = t.tokens.start;
    let k = nps.iter().position(|n| n.tokens.end == at)?;
    let n = &nps[k];
    if !matches!(n.kind, NpKind::Actor(_) | NpKind::Participants) {
        return None;
    }
    let mut first = k;
    while first > 0 && nps[first].coordinated {
        first -= 1;
    }
    if !v
        .grammar
        .absolute_construction(key_before(v, &nps[first]), v.key.token(at))
    {
        return None;
    }
    Some(compound(nps, k, party_of(n, Via::Direct)))
}

/// Replace "para pihak" by the participants of the current meeting.
fn expand(ctx: &Context, parties: Vec<Party>) -> Vec<Party> {
    let mut out = Vec::new();
    for p in parties {
        if p.via == Via::Participants && p.actor.code.is_empty() {
            if let Some((a, b)) = &ctx.meeting {
                for x in [a, b] {
                    out.push(Party {
                        actor: x.actor.clone(),
                        tokens: p.tokens.clone(),
                        via: Via::Participants,
                    });
                }
            }
        } else {
            out.push(p);
        }
    }
    out
}

fn same_side(a: &Actor, b: &Actor) -> bool {
    match (&a.country, &b.country) {
        (Some(x), Some(y)) => x == y,
        _ => a.code == b.code,
    }
}

/// The other participant of the current meeting, pointing at the words that
/// named it there (not at `a`'s own words).
fn partner_of(ctx: &Context, a: &Actor) -> Option<Party> {
    let (x, y) = ctx.meeting.as_ref()?;
    let partner = if same_side(a, &x.actor) {
        y
    } else if same_side(a, &y.actor) {
        x
    } else {
        return None;
    };
    Some(Party {
        via: Via::Context,
        ..partner.clone()
    })
}

fn party_of(n: &Np, via: Via) -> Party {
    let actor = match &n.kind {
        NpKind::Actor(a) => a.clone(),
        _ => Actor::default(),
    };
    let via = match n.kind {
        NpKind::Participants => Via::Participants,
        NpKind::Pronoun => Via::Pronoun,
        _ => via,
    };
    Party {
        actor,
        tokens: n.tokens.clone(),
        via,
    }
}

/// The phrase at `k` and the phrases coordinated with it ("Iran dan Rusia").
fn compound(nps: &[Np], k: usize, first: Party) -> Vec<Party> {
    let mut out = vec![first];
    // Backwards: "Iran dan Rusia menyepakati" found Rusia; add Iran.
    let mut j = k;
    while j > 0
        && nps[j].coordinated
        && nps[j - 1].prep == nps[k].prep
        && alike(&nps[k], &nps[j - 1])
    {
        if let NpKind::Actor(a) = &nps[j - 1].kind {
            out.insert(
                0,
                Party {
                    actor: a.clone(),
                    tokens: nps[j - 1].tokens.clone(),
                    via: Via::Direct,
                },
            );
            j -= 1;
        } else {
            break;
        }
    }
    // Forwards: "mengecam AS dan Israel".
    let mut j = k + 1;
    while j < nps.len()
        && nps[j].coordinated
        && nps[j].prep == nps[k].prep
        && alike(&nps[k], &nps[j])
    {
        if let NpKind::Actor(a) = &nps[j].kind {
            out.push(Party {
                actor: a.clone(),
                tokens: nps[j].tokens.clone(),
                via: Via::Direct,
            });
            j += 1;
        } else {
            break;
        }
    }
    out
}

/// Can two phrases be coordinated actors? A bare region never joins a person
/// or an official ("wakil khusus untuk Timur Tengah dan Afrika Utara").
fn alike(base: &Np, other: &Np) -> bool {
    let bare_region = |n: &Np| {
        n.sector.is_none()
            && n.name.is_none()
            && !n.entities.is_empty()
            && n.entities.iter().all(|e| matches!(e, EntryRef::Region(_)))
    };
    let official = |n: &Np| n.sector.is_some() || n.name.is_some();
    !((bare_region(other) && official(base)) || (bare_region(base) && official(other)))
}

/// The sentence-initial subject, for resolving "dia"/"he" later in the sentence.
fn sentence_topic(v: &SentenceView, nps: &[Np]) -> Option<Actor> {
    match &mentions::opening_subject(v, nps)?.kind {
        NpKind::Actor(a) => Some(a.clone()),
        _ => None,
    }
}

/// A subordinate clause with a subject of its own that names no actor
/// ("setelah 15 anggota badan itu menyetujui…", "as the crowd dispersed"):
/// the verb at `at` is that subject's, so no actor is taken from the main
/// clause across the linker.
fn own_common_subject(v: &SentenceView, nps: &[Np], at: usize) -> bool {
    let linker = |w: &str| {
        (opens_clause(v, w)
            && !matches!(
                w,
                "but" | "however" | "so" | "namun" | "tetapi" | "tapi" | "bahwa"
            ))
            || v.grammar.clause_preposition(w)
    };
    let lowest = at.saturating_sub(7).max(v.range.start);
    let Some(s) = (lowest..at).rev().find(|&j| linker(v.key.token(j))) else {
        return false;
    };
    let between = s + 1..at;
    // The subject: one to six common words, no name, no punctuation.
    !between.is_empty()
        && !nps
            .iter()
            .any(|n| n.tokens.start < at && n.tokens.end > s + 1)
        && between.clone().all(|j| {
            v.seg.tokens.get(j).is_some_and(|w| {
                (w.kind == kabar_text::TokenKind::Word
                    && w.text(v.doc).chars().next().is_some_and(char::is_lowercase))
                    || w.kind == kabar_text::TokenKind::Number
            }) && (!v.in_trigger(j)
                // English: the subject's head may be an event noun ("before
                // an apparent follow-up explosion killed two").
                || (v.grammar.lang() == Lang::En && j + 1 == at))
                && !matches!(
                    v.word(j),
                    Some(Word::Aux | Word::Relative | Word::Pronoun | Word::Prep(_) | Word::Conj)
                )
        })
        && between.clone().any(|j| v.word(j).is_none())
}

/// A word between a verb and the verb it governs: "to", "untuk" (infinitive)
/// or "akan" (future: "mengancam akan membunuh").
fn complement_marker(v: &SentenceView, j: usize) -> bool {
    let w = v.key.token(j);
    v.grammar.infinitive_marker(w) || v.grammar.future_marker(w)
}

/// Why a verb codes no event: no subject was found for it.
const NO_SOURCE: &str = "no source actor before the verb";

/// Why an Indonesian verb codes no event: its subject is an event noun.
const EVENT_NOUN_SUBJECT: &str = "its subject is an event noun: the event is coded by the noun";

fn clause_start(v: &SentenceView, at: usize) -> usize {
    (v.range.start..at)
        .rev()
        .find(|&j| matches!(v.key.token(j), ";" | ":"))
        .map(|j| j + 1)
        .unwrap_or(v.range.start)
}

/// Where a verb's complement ends: the next verbal trigger that is not
/// coordinated with it, a semicolon, or the end of the sentence.
fn right_limit(v: &SentenceView, triggers: &[Mention], ti: usize) -> usize {
    let mut end = (triggers[ti].tokens.end..v.range.end)
        .find(|&j| matches!(v.key.token(j), ";"))
        .unwrap_or(v.range.end);
    // "…, a UN official said", "…, kata Menlu": the attribution clause at the
    // end is nobody's object.
    if let Some(c) = attribution_start(v, triggers, ti) {
        end = end.min(c);
    }
    for t in &triggers[ti + 1..] {
        if t.tokens.start >= end {
            break;
        }
        let Some((_, pat)) = verb(v.kb, t) else {
            continue;
        };
        if pat.flags.nominal {
            continue;
        }
        let before = t.tokens.start.saturating_sub(1);
        let gap = t.tokens.start.saturating_sub(triggers[ti].tokens.end);
        let coordinated = gap == 1 && v.word(before) == Some(Word::Conj);
        // "berjanji memberikan pinjaman kepada Filipina", "agreed to send
        // troops to Mali", "mengancam akan membunuh polisi": the complement
        // verb's object is shared.
        let complement = gap == 0 || (gap == 1 && complement_marker(v, before));
        if !coordinated && !complement {
            return t.tokens.start;
        }
    }
    end
}

/// "Y declared that X must drop barriers": when what Y says puts an
/// obligation on X, Y demands something of X (CAMEO 100), even where the act
/// itself is not in the dictionary. Acts that are (handled by the
/// conventions) keep their more specific demand code.
fn obligations_in_speech(v: &SentenceView, nps: &[Np], out: &mut SentenceEvents) {
    let statements: Vec<Coded> = out
        .events
        .iter()
        .filter(|e| root(&e.cameo) == 1)
        .cloned()
        .collect();
    for s in statements {
        for n in nps
            .iter()
            .filter(|n| n.tokens.start >= s.trigger.end && n.prep.is_none())
        {
            let NpKind::Actor(a) = &n.kind else {
                continue;
            };
            if a.code == s.source.actor.code {
                continue;
            }
            let obliged = v.layers.cues.iter().any(|c| {
                c.tokens.start >= n.tokens.end
                    && c.tokens.start <= n.tokens.end + 1
                    && matches!(c.entry, EntryRef::Cue(i)
                        if v.kb.cues.get(i as usize).is_some_and(|q| q.kind == CueKind::Obligation && q.lang == v.grammar.lang()))
            });
            // An act in the dictionary after the cue is left to the conventions.
            let act_follows = out
                .events
                .iter()
                .any(|e| e.obligation && e.source.tokens == n.tokens);
            if obliged && !act_follows {
                out.events.push(Coded {
                    cameo: "100".to_string(),
                    target: Some(party_of(n, Via::Direct)),
                    obligation: false,
                    refusal: false,
                    negated: false,
                    modality: Modality::Asserted,
                    ..s.clone()
                });
                break;
            }
        }
    }
}

/// Where a statement closing the sentence (", police said.", ", a source
/// told Reuters on Monday.") begins: the comma before a last statement verb
/// that ends within a few tokens of the sentence end.
fn trailing_attribution(v: &SentenceView, triggers: &[Mention]) -> Option<usize> {
    let last = triggers.last()?;
    let (_, pat) = verb(v.kb, last)?;
    if root(&pat.cameo) != 1 || pat.flags.nominal || last.tokens.end + 5 < v.range.end {
        return None;
    }
    let comma = (v.range.start..last.tokens.start)
        .rev()
        .take(8)
        .find(|&j| v.key.token(j) == ",")?;
    (comma > v.range.start).then_some(comma)
}

/// Where a trailing attribution clause (", X said", ", kata X") begins, if
/// one follows trigger `ti`: the comma before the last statement verb.
fn attribution_start(v: &SentenceView, triggers: &[Mention], ti: usize) -> Option<usize> {
    let said = triggers[ti + 1..]
        .iter()
        .rev()
        .find(|u| verb(v.kb, u).is_some_and(|(_, p)| root(&p.cameo) == 1 && !p.flags.nominal))?;
    let comma = (triggers[ti].tokens.end..said.tokens.start)
        .rev()
        .find(|&j| v.key.token(j) == ",")?;
    // Only a short clause: the speaker and the verb, in either order.
    (said.tokens.start - comma <= 8
        && !triggers[ti + 1..]
            .iter()
            .any(|u| u.tokens.start > comma && u.tokens.start < said.tokens.start))
    .then_some(comma)
}

/// The nearest free phrase before `at`: not governed by a preposition, not an
/// earlier target, not a bare place or name.
fn left_party(
    v: &SentenceView,
    nps: &[Np],
    at: usize,
    used_targets: &[usize],
    topic: &Option<Actor>,
    ctx: &Context,
) -> Option<Vec<Party>> {
    // "bentrokan yang menewaskan…", "clashes that killed…": the subject is
    // the noun before the relative marker, and it is not an actor.
    let mut j = at;
    // A function word that is a phrase of its own ("said that it will") is
    // the subject, not a word to skip.
    // An auxiliary or modal too: "the violence which has killed…".
    while j > v.range.start
        && (v.word(j - 1) == Some(Word::Function) || auxiliary_at(v, j - 1))
        && !nps.iter().any(|n| n.tokens.start == j - 1)
    {
        j -= 1;
    }
    // Indonesian: "…, yang pada bulan lalu mengecam…", "yang juga
    // melakukan…": an adverb or a time phrase between "yang" and its verb.
    let mut k = j;
    while k > v.range.start
        && at - k < 6
        && (v.word(k - 1) == Some(Word::Function)
            || v.grammar.relative_gap(v.key.token(k - 1))
            || v.number_token(k - 1))
        && !nps.iter().any(|n| n.tokens.start == k - 1)
    {
        k -= 1;
    }
    if k < j && k > v.range.start && v.word(k - 1) == Some(Word::Relative) {
        j = k;
    }
    // "a resolution that aims to tighten sanctions", "rencana yang
    // bertujuan untuk menjatuhkan sanksi": a verb of the relative clause
    // and its complement marker stand between the marker and the trigger.
    if j >= v.range.start + 3
        && complement_marker(v, j - 1)
        && v.lowercase_word(j - 2)
        && !v.in_trigger(j - 2)
        && v.word(j - 2).is_none()
        && (v.word(j - 3) == Some(Word::Relative)
            || v.grammar.relative_complementizer(v.key.token(j - 3)))
    {
        j -= 2;
    }
    // English "that" right before a verb is a relative pronoun too ("a
    // double bus bombing that killed three people").
    // A subject pronoun skipped on the way ("announced that it will
    // withdraw") makes the "that" before it open a clause of its own.
    let own_subject = (j..at).any(|i| v.grammar.clause_subject_pronoun(v.key.token(i)));
    let relative = |w: &str| {
        v.grammar.word(w) == Some(Word::Relative)
            || (v.grammar.relative_complementizer(w) && !own_subject)
    };
    if j > v.range.start + 1 && relative(v.key.token(j - 1)) {
        let mut before = j - 2;
        // Indonesian: "ledakan bom di Mumbai Juli lalu, yang menewaskan…",
        // "serangan … pada 13 Februari yang menewaskan…": a comma, a date
        // word or a number may close the head noun's phrase.
        let head_initial = v.grammar.head_initial();
        if before > v.range.start && v.key.token(before) == "," {
            before -= 1;
        }
        // "Orang-orang Palestina itu, yang mengadakan pertemuan…": a
        // demonstrative closes the head's phrase.
        while head_initial && before > v.range.start && v.word(before) == Some(Word::Anaphor) {
            before -= 1;
        }
        let actor_ends_here = nps.iter().any(|n| n.tokens.end == before + 1);
        let common = v.seg.tokens.get(before).is_some_and(|t| {
            (t.kind == kabar_text::TokenKind::Word
                && t.text(v.doc).chars().next().is_some_and(char::is_lowercase))
                || (head_initial
                    && (t.kind == kabar_text::TokenKind::Number
                        || v.word(before) == Some(Word::Function)))
        });
        // "bomb blasts in Mumbai last July that killed": whatever ends before
        // English "that", if not an actor, is the subject.
        let english_that = v.grammar.relative_complementizer(v.key.token(j - 1));
        if (common || english_that) && !actor_ends_here {
            return None;
        }
        // "menangkap 19 aktivis yang menentang reformasi", "arrested
        // activists who opposed the reform": the actor the relative marker
        // follows is the relative verb's subject, even when it is the
        // object of the verb before it or an agent, partner or addressee
        // ("oleh pemerintah Bush, yang menuduh…"). Not a place ("di Madrid
        // itu, yang menewaskan…"), the object of an event noun ("serangan
        // terhadap AS yang menewaskan…": the attack killed), or a country
        // that only modifies a noun before it ("wilayah timur Sri Lanka,
        // yang…").
        let heads_relative = |n: &Np| {
            let s = n.tokens.start;
            let prep_ok = match n.prep {
                None => true,
                Some(Prep::Agentive | Prep::Comitative) => true,
                Some(Prep::Goal) => {
                    !(s.saturating_sub(5).max(v.range.start)..s).any(|j| v.in_trigger(j))
                }
                _ => false,
            };
            let modifier = head_initial
                && n.sector.is_none()
                && n.prep.is_none()
                && s > v.range.start
                && v.lowercase_word(s - 1)
                && v.word(s - 1).is_none()
                && !v.in_trigger(s - 1);
            n.tokens.end == before + 1 && prep_ok && !modifier && matches!(n.kind, NpKind::Actor(_))
        };
        if let Some(k) = nps.iter().rposition(heads_relative) {
            return Some(compound(nps, k, party_of(&nps[k], Via::Direct)));
        }
        // "sejak terbunuhnya Hariri yang memaksa Suriah…", "Gates, yang juga
        // melakukan pembicaraan…": an unknown name heads the relative clause;
        // its verb's subject is that unknown, not an actor further back.
        let unknown_head = nps.iter().any(|n| {
            n.tokens.end == before + 1
                && matches!(n.kind, NpKind::Name)
                && matches!(n.prep, None | Some(Prep::Agentive | Prep::Comitative))
        });
        if unknown_head {
            return None;
        }
    }
    if own_common_subject(v, nps, at) {
        return None;
    }
    // Indonesian: "jamaah haji yang meninggalkan Arab Saudi … tewas",
    // "Presiden Bush yang mengunjungi Jakarta mengatakan": a phrase inside a
    // relative clause is that clause's object; the subject is the head
    // before "yang".
    let mut head_before: Option<usize> = None;
    for k in (0..nps.len()).rev() {
        let n = &nps[k];
        if n.tokens.end > at {
            continue;
        }
        if (n.tokens.end..at).any(|j| v.key.token(j) == ";") {
            return None;
        }
        if let Some(r) = head_before {
            if n.tokens.end > r {
                continue;
            }
            // A comma and, in Indonesian, a demonstrative may stand between
            // the head and "yang" ("Orang-orang Palestina itu, yang …").
            let mut h = r;
            if h > n.tokens.end && v.key.token(h - 1) == "," {
                h -= 1;
            }
            while v.grammar.head_initial()
                && h > n.tokens.end
                && v.word(h - 1) == Some(Word::Anaphor)
            {
                h -= 1;
            }
            let ends_at_head = n.tokens.end == h;
            if !ends_at_head || n.prep.is_some() {
                return None;
            }
        }
        if n.prep.is_some() || used_targets.contains(&k) {
            continue;
        }
        if head_before.is_none() {
            if let Some(r) = relative_object(v, n) {
                head_before = Some(r);
                continue;
            }
        }
        match &n.kind {
            NpKind::Actor(_) => return Some(compound(nps, k, party_of(n, Via::Direct))),
            NpKind::Participants => return Some(vec![party_of(n, Via::Participants)]),
            NpKind::Pronoun if v.grammar.reported_pronoun(v.key.token(n.tokens.start)) => {
                // "Nigeria announced that it will withdraw": the country or
                // organisation that made the statement, never a person.
                let speaker = nps[..k]
                    .iter()
                    .rev()
                    .find(|p| p.prep.is_none())
                    .filter(|p| {
                        matches!(p.kind, NpKind::Actor(_))
                            && p.tokens.end + 5 >= n.tokens.start
                            && !p.entities.iter().any(|e| matches!(e, EntryRef::Person(_)))
                    })?;
                return Some(vec![Party {
                    tokens: n.tokens.clone(),
                    via: Via::Pronoun,
                    ..party_of(speaker, Via::Direct)
                }]);
            }
            NpKind::Pronoun => {
                // "he"/"she"/"dia"/"ia"/"beliau" is a person, never a bare
                // country ("Iraq is on the agenda … as he is expected to").
                let personal = matches!(
                    v.key.token(n.tokens.start),
                    "he" | "she" | "him" | "her" | "dia" | "ia" | "beliau" | "dirinya"
                );
                let fits = |a: &Actor| {
                    !(personal
                        && a.sector.is_none()
                        && a.country.as_deref() == Some(a.code.as_str()))
                };
                // "they"/"mereka" after a coordinated subject ("Seoul and
                // Beijing … since they normalised ties", "Di Ankara, Mottaki
                // dan Gul … mengatakan mereka telah membahas") is all of it;
                // prepositional phrases may open the sentence before it.
                let subject = nps[..k].iter().position(|p| p.prep.is_none());
                let fronted = subject.is_some_and(|s| {
                    matches!(nps[s].kind, NpKind::Actor(_))
                        && (topic.is_some() || (s > 0 && key_before(v, &nps[s]) == ","))
                });
                if let (true, Some(s)) = (
                    v.grammar.plural_pronoun(v.key.token(n.tokens.start)) && fronted,
                    subject,
                ) {
                    let all = compound(nps, s, party_of(&nps[s], Via::Direct));
                    if all.len() > 1 && all.iter().all(|p| p.tokens.end <= n.tokens.start) {
                        return Some(
                            all.into_iter()
                                .map(|p| Party {
                                    tokens: n.tokens.clone(),
                                    via: Via::Pronoun,
                                    ..p
                                })
                                .collect(),
                        );
                    }
                }
                let a = topic
                    .clone()
                    .filter(|a| k > 0 && fits(a))
                    .or_else(|| ctx.last_subject.clone().filter(|a| fits(a)))?;
                return Some(vec![Party {
                    actor: a,
                    tokens: n.tokens.clone(),
                    via: Via::Pronoun,
                }]);
            }
            NpKind::Place | NpKind::Name => continue,
        }
    }
    None
}

/// The relative marker ("yang", "who", "which") opening a relative clause
/// whose verb comes first and takes `n` as its object ("yang meninggalkan
/// Arab Saudi", "yang dikirim AS", "militants who back the government"):
/// only auxiliaries between the marker and the verb, and no other verb
/// between it and the phrase.
fn relative_object(v: &SentenceView, n: &Np) -> Option<usize> {
    let verbal = |j: usize| {
        v.in_trigger(j) || {
            let w = v.key.token(j);
            v.grammar.word(w).is_none() && v.grammar.verb_like(w) && v.lowercase_word(j)
        }
    };
    let lowest = n.tokens.start.saturating_sub(8).max(v.range.start);
    let r = (lowest..n.tokens.start)
        .rev()
        .take_while(|&j| !matches!(v.key.token(j), "," | ";" | ":"))
        .find(|&j| v.word(j) == Some(Word::Relative))?;
    let mut j = r + 1;
    while j < n.tokens.start && matches!(v.word(j), Some(Word::Function | Word::Aux)) {
        j += 1;
    }
    // "yang diduga rudal CIA", "who are believed to be…": a verb of belief
    // or naming describes the head; its phrase is no object.
    let describing = v.grammar.describing_verb(v.key.token(j));
    if j >= n.tokens.start || !verbal(j) || describing {
        return None;
    }
    let mut verb_end = j + 1;
    while verb_end < n.tokens.start && v.in_trigger(j) && v.in_trigger(verb_end) {
        verb_end += 1;
    }
    // "yang … setelah AS menolak", "… dimana Pyongyang setuju": a linker
    // opens a clause of its own, whose subject the phrase is.
    let linked = (r + 1..n.tokens.start).any(|k| opens_clause(v, v.key.token(k)));
    let another = linked || (verb_end..n.tokens.start).any(verbal);
    (!another && r > v.range.start).then_some(r)
}

/// An auxiliary, a perfect auxiliary or a modal at `j` ("has", "will",
/// "telah"): a word of the verb group before a verb.
fn auxiliary_at(v: &SentenceView, j: usize) -> bool {
    let w = v.key.token(j);
    v.word(j) == Some(Word::Aux) || v.grammar.perfect_aux(w) || v.grammar.modal(w)
}

/// The head of a relative clause whose pronoun stands for the object of
/// trigger `t` ("Hezbollah, which Israel fought", "the convoy which rebels
/// attacked"): the relative pronoun, the clause's own subject (an actor),
/// perhaps an auxiliary, then the trigger; the head is the actor phrase
/// right before the pronoun (or its comma).
fn object_relative_head(v: &SentenceView, nps: &[Np], t: &Mention) -> Option<usize> {
    let mut j = t.tokens.start;
    while j > v.range.start && auxiliary_at(v, j - 1) {
        j -= 1;
    }
    let subject = nps.iter().find(|n| n.tokens.end == j)?;
    if subject.prep.is_some() || !matches!(subject.kind, NpKind::Actor(_)) {
        return None;
    }
    let r = subject.tokens.start.checked_sub(1)?;
    if r <= v.range.start || !v.grammar.object_relative_pronoun(v.key.token(r)) {
        return None;
    }
    let end = if v.key.token(r - 1) == "," { r - 1 } else { r };
    let k = nps.iter().position(|n| n.tokens.end == end)?;
    matches!(nps[k].kind, NpKind::Actor(_)).then_some(k)
}

/// Indonesian: is the clause's subject before trigger `ti` an event noun
/// ("Dua serangan bom mobil di sebuah pasar Baghdad yang ramai menewaskan…",
/// "setelah hampir 140 serangan tahun lalu menewaskan…")? The trigger just
/// before it is a noun trigger that opens its clause (after numbers and
/// quantity words), and only its modifiers — its own actor right after it,
/// phrases with a preposition, a time, a relative "yang" with plain words —
/// stand between it and the verb.
fn event_noun_subject(v: &SentenceView, nps: &[Np], triggers: &[Mention], ti: usize) -> bool {
    let t = &triggers[ti];
    let Some(p) = ti.checked_sub(1).map(|pi| &triggers[pi]) else {
        return false;
    };
    let Some((_, pat)) = verb(v.kb, p) else {
        return false;
    };
    if !pat.flags.nominal || p.tokens.end > t.tokens.start || t.tokens.start - p.tokens.end > 12 {
        return false;
    }
    // Between the noun and the verb: modifiers only.
    let free_np = |j: usize| {
        nps.iter()
            .any(|n| n.tokens.contains(&j) && n.prep.is_none() && n.tokens.start != p.tokens.end)
    };
    let modifiers = (p.tokens.end..t.tokens.start).all(|j| {
        let w = v.key.token(j);
        !matches!(w, "," | ";" | ":" | "\"" | "(" | ")")
            && !matches!(
                v.grammar.word(w),
                Some(Word::Subordinator | Word::Conj | Word::Pronoun)
            )
            && !v.grammar.time_linker(w)
            && !free_np(j)
    });
    if !modifiers {
        return false;
    }
    // Before the noun: the start of the clause, over numbers and quantities.
    let mut j = p.tokens.start;
    while j > v.range.start {
        let w = v.key.token(j - 1);
        let number = v.number_token(j - 1);
        if number
            || matches!(
                v.grammar.word(w),
                Some(Word::Determiner | Word::Function | Word::Anaphor)
            )
            || indonesian_quantity(v, w)
        {
            j -= 1;
            continue;
        }
        return matches!(w, "," | ";" | ":")
            || v.grammar.word(w) == Some(Word::Subordinator)
            || v.grammar.time_linker(w);
    }
    true
}

/// Indonesian has no participle: "…meledakkan diri mereka di tiga hotel
/// Amman, menewaskan 60 orang dan mencederai lebih dari 90 orang", "…
/// sehingga menewaskan lima orang" continue the clause before them with a
/// meN- verb and no subject of its own, as English ", killing 60 people and
/// wounding more than 90". A verb right after a comma or a result linker
/// ("sehingga"), or coordinated with such a verb, is that continuation.
/// Only violence is read so (the caller checks): after a comma other verbs
/// as often close an apposition ("pemerintah …, seperti kabinet …,
/// menolak…") or continue a list of demands.
fn subjectless_continuation(
    v: &SentenceView,
    t: &Mention,
    pat: &VerbPattern,
    passive: bool,
    last_participle: Option<usize>,
) -> bool {
    if pat.flags.nominal || passive || t.tokens.start <= v.range.start {
        return false;
    }
    let w = v.key.token(t.tokens.start);
    let before = v.key.token(t.tokens.start - 1);
    v.grammar.transitive_form(w)
        && (before == ","
            || v.grammar.result_linker(before)
            || (last_participle.is_some() && v.grammar.verb_coordinator(before)))
}

/// A death word of the language ("tewas", "menewaskan", "killed", "died")
/// with an accident, a disaster or an illness (`cause` lines of
/// `discards.tsv`) named next to it ("tewas dalam kecelakaan jalan raya",
/// "tabrakan dua helikopter menewaskan…", "meninggal akibat serangan
/// jantung", "killed in a plane crash", "died in a landslide"). A bare death word
/// also takes a cause further off in its clause when no other violent act
/// stands between them ("Pesawat itu menabrak truk … dan supir tewas",
/// "… tewas di provinsi tetangga setelah hujan lebat mengakibatkan banjir").
fn accidental_death(v: &SentenceView, t: &Mention, triggers: &[Mention]) -> bool {
    let death = t
        .tokens
        .clone()
        .any(|j| v.grammar.death_word(v.key.token(j)));
    if !death {
        return false;
    }
    let from = t.tokens.start.saturating_sub(6).max(v.range.start);
    let to = (t.tokens.end + 8).min(v.range.end);
    let before = (from..t.tokens.start).rev();
    let after = t.tokens.end..to;
    let cause = |j: usize| {
        v.layers.discards.iter().any(|d| {
            d.tokens.start == j
                && matches!(d.entry, EntryRef::Discard(i)
                    if v.kb.discards.get(i as usize).is_some_and(|x| x.scope == DiscardScope::Cause))
        })
    };
    let stop = |j: usize| matches!(v.key.token(j), ";" | ":");
    if before.take_while(|&j| !stop(j)).any(cause) || after.take_while(|&j| !stop(j)).any(cause) {
        return true;
    }
    if t.tokens.len() > 1 {
        return false;
    }
    // A violent act other than a bare death or injury word between `a` and `b`.
    let bare = |u: &Mention| {
        u.tokens.len() == 1 && {
            let w = v.key.token(u.tokens.start);
            v.grammar.death_word(w) || v.grammar.injury_word(w)
        }
    };
    let violence_between = |a: usize, b: usize| {
        triggers.iter().any(|u| {
            u.tokens.start >= a
                && u.tokens.end <= b
                && !bare(u)
                && verb(v.kb, u).is_some_and(|(_, q)| matches!(root(&q.cameo), 18..=20))
        })
    };
    let start = clause_start(v, t.tokens.start);
    let end = (t.tokens.end..v.range.end)
        .find(|&j| stop(j))
        .unwrap_or(v.range.end);
    (start..t.tokens.start).any(|j| cause(j) && !violence_between(j, t.tokens.start))
        || (t.tokens.end..end).any(|j| cause(j) && !violence_between(t.tokens.end, j))
}

/// A death or injury word whose subject is a count ("jumlah anak-anak
/// yang tewas", "jumlah korban tewas tentara AS", "the number of US troops
/// to have died"): the count noun a few plain words before it, with no verb
/// or comma between.
fn counted_dead(v: &SentenceView, t: &Mention) -> bool {
    let death = t.tokens.clone().any(|j| {
        let w = v.key.token(j);
        v.grammar.death_word(w) || v.grammar.injury_word(w)
    });
    if !death {
        return false;
    }
    let from = t.tokens.start.saturating_sub(6).max(v.range.start);
    (from..t.tokens.start)
        .rev()
        .take_while(|&j| !matches!(v.key.token(j), "," | ";" | ":") && !v.in_trigger(j))
        .any(|j| v.grammar.count_noun(v.key.token(j)))
}

/// Indonesian numerals and quantity nouns that may open a noun phrase
/// ("dua serangan", "serangkaian ledakan", "puluhan serangan").
/// A word that opens a clause of its own: a subordinator, a time linker, or
/// Indonesian "di mana"/"dimana" (where).
fn opens_clause(v: &SentenceView, w: &str) -> bool {
    v.grammar.word(w) == Some(Word::Subordinator)
        || v.grammar.time_linker(w)
        || matches!(w, "dimana" | "mana")
}

fn indonesian_quantity(v: &SentenceView, w: &str) -> bool {
    v.grammar.number_word(w)
        || matches!(
            w,
            "serangkaian" | "rangkaian" | "gelombang" | "serentetan" | "rentetan"
        )
}

/// A verb opening a relative clause ("yang menewaskan", "which killed"),
/// with only adverbs, modals or time words between: its subject is the
/// head before the marker, never a phrase after the verb.
fn after_relative(v: &SentenceView, t: &Mention) -> bool {
    let mut j = t.tokens.start;
    while j > v.range.start && t.tokens.start - j < 4 {
        let w = v.key.token(j - 1);
        if v.word(j - 1) == Some(Word::Relative) {
            return true;
        }
        if !(v.word(j - 1) == Some(Word::Function)
            || v.grammar.relative_gap(w)
            || v.grammar.modal(w))
        {
            return false;
        }
        j -= 1;
    }
    false
}

/// A subject after a fronted clause: "sambil mengungkapkan kepuasan, para
/// pihak membahas…" — the first free phrase after the trigger that is itself
/// followed by a verb.
fn right_subject(
    v: &SentenceView,
    nps: &[Np],
    from: usize,
    triggers: &[Mention],
    ti: usize,
    used_targets: &[usize],
) -> Option<Vec<Party>> {
    // ", a police source said.": the speaker closing the sentence is the
    // subject of the statement only, never of a verb before it.
    let speaker_from = trailing_attribution(v, triggers);
    for (k, n) in nps.iter().enumerate() {
        if n.tokens.start < from || n.prep.is_some() || used_targets.contains(&k) {
            continue;
        }
        // "dia berharap … dimana Korea Utara setuju", "tiba … setelah
        // Dewan Perwakilan AS mengecam", "She arrived in Baghdad a day after
        // the U.S. House denounced": past a linker, a phrase is the subject
        // of a clause of its own.
        if (from..n.tokens.start).any(|j| opens_clause(v, v.key.token(j))) {
            return None;
        }
        if speaker_from.is_some_and(|c| n.tokens.start > c) {
            return None;
        }
        // Followed by its own verb; not by ", kata X" closing the sentence.
        let followed = triggers[ti + 1..].iter().any(|t| {
            t.tokens.start >= n.tokens.end
                && t.tokens.start <= n.tokens.end + 2
                && (n.tokens.end..t.tokens.start).all(|j| v.key.token(j) != ",")
        });
        if !followed {
            continue;
        }
        return match &n.kind {
            NpKind::Actor(_) => Some(vec![party_of(n, Via::Direct)]),
            NpKind::Participants => Some(vec![party_of(n, Via::Participants)]),
            _ => None,
        };
    }
    None
}

fn right_target(
    v: &SentenceView,
    nps: &[Np],
    t: &Mention,
    pat: &VerbPattern,
    limit: usize,
    used_targets: &[usize],
) -> Option<usize> {
    let r = root(&pat.cameo);
    // An intent to pull troops back (0356) names the place left, as the
    // withdrawal itself (08) does: "bersedia menarik pasukannya dari Lebanon".
    let pulls_back = pat.cameo == "0356";
    // "arrived in", "tiba di", "fired at": a two-word pattern whose own last
    // word is a preposition ("arrived in Ramallah" is a visit to the
    // Palestinians). Longer patterns name their object later ("celebrated
    // Eid at X with Y"), and a gap's word is not the pattern's ("captured
    // [by Palestinian] militants").
    let ends_in_preposition = t.tokens.end == t.tokens.start + 2
        && matches!(v.word(t.tokens.end - 1), Some(Word::Prep(_)))
        && pat.pieces.last().and_then(|p| p.split_whitespace().last())
            == Some(v.key.token(t.tokens.end - 1));
    let candidates: Vec<usize> = (0..nps.len())
        .filter(|&k| {
            let n = &nps[k];
            // "asked the legislature to": the phrase in a pattern's gap is its object.
            let in_gap = n.tokens.start > t.tokens.start
                && n.tokens.start < t.tokens.end
                && !v.in_trigger(n.tokens.start);
            if (n.tokens.start < t.tokens.end && !in_gap)
                || n.tokens.start >= limit
                || used_targets.contains(&k)
            {
                return false;
            }
            // A direct object follows its verb: a phrase with no preposition
            // of its own after another prepositional phrase belongs to that
            // phrase ("met in Amman for talks on ways to push forward the
            // Israeli-Palestinian peace process"), not to the verb.
            // A threat's condition names the one threatened ("threatened to
            // stop negotiations … if the United States goes ahead").
            let condition = r == 13
                && matches!(
                    key_before(v, n),
                    "if" | "unless" | "jika" | "kalau" | "apabila"
                );
            // The subject of a clause of its own ("resigned as the opposition
            // threatened…", "after X attacked…") is nobody's object.
            let before = key_before(v, n);
            let subordinate = n.prep.is_none()
                && (v.grammar.word(before) == Some(Word::Subordinator)
                    || v.grammar.comma_linker(before)
                    || v.grammar.clause_preposition(before));
            if subordinate && !condition {
                return false;
            }
            // "berharap kunjungan ini dapat mencapai … antara China-Rusia":
            // a subject, a modal and a verb of its own open another clause,
            // whose phrases are that verb's.
            if (t.tokens.end + 2..n.tokens.start).any(|j| {
                v.grammar.verb_like(v.key.token(j))
                    && !v.in_trigger(j)
                    && v.grammar.modal(v.key.token(j - 1))
                    && j - 2 >= t.tokens.end
                    && v.lowercase_word(j - 2)
                    && matches!(v.word(j - 2), None | Some(Word::Anaphor))
            }) {
                return false;
            }
            if n.prep.is_none()
                && !condition
                && (t.tokens.end..n.tokens.start).any(|j| {
                    // "of" heads its phrase ("dozens of villagers"); "to"
                    // before a trigger marks a complement verb ("agreed to
                    // release prisoners").
                    let infinitive =
                        v.grammar.infinitive_marker(v.key.token(j)) && v.in_trigger(j + 1);
                    // "on Wednesday", "in 2002", "pada Senin": a time, not a phrase.
                    let time = j + 1 < n.tokens.start
                        && (v.word(j + 1) == Some(Word::Function) || v.number_token(j + 1));
                    // "denounced as an ugly crime Serbia's suppression": an
                    // "as" phrase may come before a long object.
                    let role = v.word(j) == Some(Word::Prep(Prep::As));
                    matches!(v.word(j), Some(Word::Prep(_)))
                        && !matches!(v.key.token(j), "of")
                        && !time
                        && !role
                        && !infinitive
                        && !v.in_trigger(j)
                })
            {
                return false;
            }
            // "techniques used against Palestinian detainees": a phrase after
            // a participle that follows a noun belongs to that participle.
            if (t.tokens.end + 1..n.tokens.start).any(|j| {
                v.grammar
                    .reduced_relative(v.key.token(j - 1), v.key.token(j))
                    && v.word(j).is_none()
                    && !v.in_trigger(j)
                    && v.lowercase_word(j)
                    && v.word(j - 1).is_none()
                    && !v.in_trigger(j - 1)
                    && v.lowercase_word(j - 1)
            }) {
                return false;
            }
            let allowed = match n.prep {
                None | Some(Prep::Comitative | Prep::Goal | Prep::Directional | Prep::Between) => {
                    true
                }
                // "menarik pasukan dari Georgia", "cut ties with", "withdrew from".
                // "demanded the withdrawal of Serbian forces": 'of' right after
                // the trigger names whose act it is.
                Some(Prep::Other) => {
                    ((matches!(r, 2 | 8 | 10 | 12 | 16) || pulls_back)
                        && matches!(governing_word(v, n), "dari" | "from"))
                        || (key_before(v, n) == "of"
                            && (t.tokens.end..n.tokens.start).all(|j| {
                                v.key.token(j) == "of" || v.word(j) == Some(Word::Determiner)
                            }))
                }
                // "called for bold steps by Israel and the Palestinians": a
                // request's object noun with a 'by' phrase names those asked
                // to act (a passive's 'by' right after the verb is its agent).
                Some(Prep::Agentive) => {
                    r == 2 && {
                        let gap = t.tokens.end..n.tokens.start.saturating_sub(1);
                        !gap.is_empty()
                            && gap.len() <= 4
                            && gap.clone().all(|j| {
                                v.lowercase_word(j)
                                    && !v.in_trigger(j)
                                    && !matches!(
                                        v.word(j),
                                        Some(
                                            Word::Prep(_)
                                                | Word::Conj
                                                | Word::Relative
                                                | Word::Subordinator
                                                | Word::Pronoun
                                        )
                                    )
                            })
                    }
                }
                _ => false,
            };
            // A verb and its own preposition as the whole pattern takes the
            // phrase right after it as its object (see `ends_in_preposition`);
            // a passive's "by" ("captured by") names its agent.
            let own_preposition = ends_in_preposition
                && n.prep
                    .is_some_and(|p| !matches!(p, Prep::Agentive | Prep::As))
                && (t.tokens.end..n.tokens.start)
                    .all(|j| matches!(v.word(j), Some(Word::Determiner | Word::Anaphor)));
            let allowed = allowed || own_preposition;
            // A statement's addressee is named with a preposition ("kata kepada
            // wartawan", "said to", "told … with"): what follows "said" is what
            // is said, with subjects of its own.
            // "tell" alone takes its addressee as a direct object: "told
            // Japan that …", "told the leader of Japan's Komeito party that …"
            // (only determiners, "of" and lowercase nouns in between).
            let tells = r == 1
                && n.prep.is_none()
                && t.tokens.end == t.tokens.start + 1
                && v.grammar.addressee_object(v.key.token(t.tokens.start))
                && n.tokens.start <= t.tokens.end + 4
                && (t.tokens.end..n.tokens.start).all(|j| {
                    v.key.token(j) == "of"
                        || v.word(j) == Some(Word::Determiner)
                        || (v.word(j).is_none() && v.lowercase_word(j))
                });
            if tells {
                return allowed && matches!(n.kind, NpKind::Actor(_));
            }
            if r == 1 && n.prep.is_none() {
                return false;
            }
            // …and only "to"/"kepada" right after the verb names one: "said
            // in a statement on the website", "said Lebanon needs … after the
            // war between Israel and Hezbollah" address nobody.
            if r == 1 {
                let to = (t.tokens.end..(t.tokens.end + 2).min(n.tokens.start))
                    .find(|&j| matches!(v.key.token(j), "to" | "kepada" | "pada" | "terhadap"));
                let addressed = to.is_some_and(|to| {
                    matches!(n.prep, Some(Prep::Directional | Prep::Goal))
                        && (to + 1..n.tokens.start).all(|j| {
                            v.key.token(j) == "of" || !matches!(v.word(j), Some(Word::Prep(_)))
                        })
                });
                if !addressed {
                    return false;
                }
            }
            // Indonesian: "menyerukan pembangunan masyarakat": a bare sector
            // word right after a common noun is that noun's modifier (the
            // society's building), not the verb's object.
            let possessor = v.grammar.head_initial()
                && n.prep.is_none()
                && n.tokens.start > t.tokens.end
                && matches!(&n.kind, NpKind::Actor(a) if a.country.is_none() && a.code.len() <= 3)
                && {
                    let j = n.tokens.start - 1;
                    // Numbers and group nouns count the actor ("tiga
                    // pekerja", "anggota milisi"): it stays the object.
                    let counting = indonesian_quantity(v, v.key.token(j))
                        || matches!(
                            v.key.token(j),
                            "satu"
                                | "anggota"
                                | "personil"
                                | "personel"
                                | "orang"
                                | "warga"
                                | "rombongan"
                                | "kelompok"
                                | "pemimpin"
                                | "tokoh"
                                | "seluruh"
                                | "semua"
                        );
                    !v.in_trigger(j) && !counting && v.word(j).is_none() && v.lowercase_word(j)
                };
            if possessor {
                return false;
            }
            // A city attacked or visited stands for its country.
            let place = matches!(n.kind, NpKind::Place)
                && (own_preposition
                    || matches!(n.prep, None | Some(Prep::Directional) | Some(Prep::Goal)));
            allowed && (matches!(n.kind, NpKind::Actor(_)) || place)
        })
        .collect();
    // A phrase with a country or organisation beats a bare sector word
    // ("mengirim bantuan kepada warga … Israel").
    let has_country = |k: &usize| match &nps[*k].kind {
        NpKind::Actor(a) => a.country.is_some() || a.code.len() > 3,
        _ => true,
    };
    // "complained to the UN over Israeli raids", "mengadu kepada PBB soal
    // serangan Israel": a complaint is about the one complained of; the one
    // told is only its addressee.
    if r == 11 {
        if let Some(&k0) = candidates.first() {
            let told = matches!(governing_word(v, &nps[k0]), "to" | "kepada");
            let about = (k0 + 1..nps.len()).find(|&k| {
                // "over two Israeli air raids": numbers and modifiers may
                // stand between the preposition and the actor.
                let about_before = (nps[k].tokens.start.saturating_sub(3)..nps[k].tokens.start)
                    .filter(|&j| j >= nps[k0].tokens.end)
                    .any(|j| v.word(j) == Some(Word::Prep(Prep::About)));
                nps[k].tokens.start < limit
                    && (nps[k].prep == Some(Prep::About) || about_before)
                    && !used_targets.contains(&k)
                    && matches!(&nps[k].kind, NpKind::Actor(a) if a.country.is_some())
            });
            if let (true, Some(k)) = (told, about) {
                return Some(k);
            }
        }
    }
    // …but not a phrase that takes its country from the subject as its
    // owner ("menahan dua pemberontak, termasuk komandannya", "their
    // forces"): that country is the subject's own, not the object's.
    let owned = |k: &usize| {
        let n = &nps[*k];
        n.tokens
            .clone()
            .any(|j| v.grammar.possessive_clitic(v.key.token(j)))
            || (n.tokens.start > 0
                && v.grammar
                    .possessive_pronoun(v.key.token(n.tokens.start - 1)))
    };
    // "send 21,500 more troops to Iraq", "deployed forces into Somalia": the
    // forces sent are the means; the place they go to is the one acted on.
    let destination = candidates.first().and_then(|&k| {
        let n = &nps[k];
        let head = n.tokens.end.checked_sub(1)?;
        if n.prep.is_some() || !v.grammar.dispatched_force(v.key.token(head)) {
            return None;
        }
        candidates.iter().copied().find(|&d| {
            nps[d].prep == Some(Prep::Directional)
                && (n.tokens.end + 1..=n.tokens.end + 2).contains(&nps[d].tokens.start)
        })
    });
    if destination.is_some() {
        return destination;
    }
    let first = candidates.first().copied();
    match first {
        Some(k) if !has_country(&k) => candidates
            .iter()
            .copied()
            .find(|k| has_country(k) && !owned(k))
            .or(Some(k)),
        Some(k) => Some(k),
        // Protests and shows of force are aimed at where they happen:
        // "di depan Kedutaan Besar Prancis", "around Taiwan".
        None if matches!(r, 14 | 15) => (0..nps.len()).find(|&k| {
            let n = &nps[k];
            n.tokens.start >= t.tokens.end
                && n.tokens.start < limit
                && matches!(n.prep, Some(Prep::Locative | Prep::Other))
                && matches!(&n.kind, NpKind::Actor(a) if a.country.is_some())
        }),
        None => None,
    }
}

/// CAMEO "express intent to cooperate": what agreeing to do something is.
const AGREE_TO_ACT: &str = "030";

/// "Jepang setuju menempatkan tentara", "sepakat untuk menggelar
/// pertemuan": agreeing (019) with a verb as its complement is agreeing to
/// do that act — an expression of intent (030), as English "agreed to
/// deploy" is — not a shared view ("setuju dengan", "sepakat bahwa").
fn agrees_to_act(v: &SentenceView, triggers: &[Mention], ti: usize) -> bool {
    let t = &triggers[ti];
    if !verb(v.kb, t).is_some_and(|(_, p)| p.cameo == "019" && !p.flags.nominal) {
        return false;
    }
    let mut j = t.tokens.end;
    while j < v.range.end && complement_marker(v, j) {
        j += 1;
    }
    if j >= v.range.end {
        return false;
    }
    let verbal_trigger = triggers
        .iter()
        .any(|m| m.tokens.start == j && verb(v.kb, m).is_some_and(|(_, p)| !p.flags.nominal));
    let w = v.key.token(j);
    verbal_trigger || (v.word(j).is_none() && v.lowercase_word(j) && v.grammar.verb_form(w))
}

/// Is trigger `ti` the complement of an earlier verb that proposes, asks,
/// promises, refuses or threatens (CAMEO 02, 03, 10, 12, 13) — right after it
/// or after "to/untuk", with no actor of its own in between? Returns why.
fn proposing_head(
    v: &SentenceView,
    nps: &[Np],
    triggers: &[Mention],
    ti: usize,
    verbal_seen: &[Range<usize>],
) -> Option<&'static str> {
    let t = &triggers[ti];
    let head = verbal_seen.last()?;
    let hi = triggers.iter().position(|m| m.tokens == *head)?;
    let head_root = if agrees_to_act(v, triggers, hi) {
        root(AGREE_TO_ACT)
    } else {
        verb(v.kb, &triggers[hi]).map(|(_, p)| root(&p.cameo))?
    };
    if !matches!(head_root, 2 | 3 | 10 | 12 | 13) || head.end > t.tokens.start {
        return None;
    }
    // "denied kidnapping": a denial negates its complement, which stays.
    let denial = v.layers.cues.iter().any(|c| {
        c.tokens.start < head.end
            && head.start < c.tokens.end
            && matches!(c.entry, EntryRef::Cue(i)
                if v.kb.cues.get(i as usize).is_some_and(|q| q.kind == CueKind::Negation))
    });
    if denial {
        return None;
    }
    let between = head.end..t.tokens.start;
    if between.len() > 4 {
        return None;
    }
    let actor_between = nps.iter().any(|n| {
        between.contains(&n.tokens.start)
            && n.prep.is_none()
            && matches!(
                n.kind,
                NpKind::Actor(_) | NpKind::Pronoun | NpKind::Participants
            )
    });
    let clause_break = between.clone().any(|j| {
        matches!(v.key.token(j), "," | ";")
            || matches!(
                v.word(j),
                Some(Word::Conj | Word::Subordinator | Word::Relative)
            )
    });
    (!actor_between && !clause_break)
        .then_some("the act agreed, asked for, refused or threatened: coded by the verb before it")
}

/// English: "refused to allow UN planes to land and evacuate its
/// observers" — a verb coordinated with an infinitive ("to land and
/// evacuate") under a verb that proposes, asks, promises, refuses or
/// threatens is part of what is refused, not an event of its own.
fn coordinated_infinitive(
    v: &SentenceView,
    triggers: &[Mention],
    ti: usize,
    verbal_seen: &[Range<usize>],
) -> Option<&'static str> {
    let t = &triggers[ti];
    let s = t.tokens.start;
    if v.grammar.lang() != Lang::En
        || s < v.range.start + 3
        || v.key.token(s - 1) != "and"
        || v.key.token(s - 3) != "to"
        || v.word(s - 2).is_some()
    {
        return None;
    }
    let head = verbal_seen.last()?;
    let head_root = triggers
        .iter()
        .find(|m| m.tokens == *head)
        .and_then(|m| verb(v.kb, m))
        .map(|(_, p)| root(&p.cameo))?;
    let span = head.end..s - 3;
    (matches!(head_root, 2 | 3 | 10 | 12 | 13)
        && head.end <= s - 3
        && span.len() <= 8
        && !span.clone().any(|j| {
            matches!(v.key.token(j), "," | ";" | ":")
                || v.grammar.complementizer(v.key.token(j))
                || matches!(
                    v.word(j),
                    Some(Word::Conj | Word::Subordinator | Word::Relative)
                )
        }))
    .then_some("the act agreed, asked for, refused or threatened: coded by the verb before it")
}

/// The word right before a phrase, skipping determiners (its preposition).
fn key_before<'a>(v: &'a SentenceView, n: &Np) -> &'a str {
    let mut j = n.tokens.start;
    while j > v.range.start {
        j -= 1;
        if !matches!(v.word(j), Some(Word::Determiner | Word::Glue)) {
            return v.key.token(j);
        }
    }
    ""
}

/// The preposition a phrase is governed by, looking back over determiners
/// and up to three modifiers ("from neighboring Lebanon", "dari wilayah
/// Georgia"); empty when there is none.
fn governing_word<'a>(v: &'a SentenceView, n: &Np) -> &'a str {
    let mut j = n.tokens.start;
    let mut modifiers = 0;
    while j > v.range.start {
        j -= 1;
        let w = v.key.token(j);
        match v.grammar.word(w) {
            Some(Word::Prep(_)) => return w,
            Some(Word::Determiner | Word::Glue) => {}
            None if modifiers < 3 && !v.in_trigger(j) && v.lowercase_word(j) => modifiers += 1,
            _ => return "",
        }
    }
    ""
}

/// "was attacked by", "were met": an auxiliary right before the verb.
fn english_passive(v: &SentenceView, t: &Mention) -> bool {
    if v.key.token(t.tokens.start).ends_with("ing") {
        return false;
    }
    let mut j = t.tokens.start;
    let mut steps = 0;
    while j > v.range.start && steps < 3 {
        j -= 1;
        steps += 1;
        let w = v.key.token(j);
        // "after being kidnapped": the progressive auxiliary is passive
        // with no finite one before it.
        if v.grammar.word(w) == Some(Word::Aux) && w.ends_with("ing") {
            return true;
        }
        // "to be charged or released": a participle coordinated with
        // one right after the auxiliary shares its passive.
        if steps == 1
            && v.word(j) == Some(Word::Conj)
            && j > v.range.start + 1
            && v.key.token(j - 1).ends_with("ed")
        {
            j -= 1;
            continue;
        }
        if matches!(
            w,
            "also"
                | "reportedly"
                | "allegedly"
                | "not"
                | "never"
                | "being"
                | "repeatedly"
                | "again"
                | "later"
                | "previously"
        ) || (w.len() > 4 && w.ends_with("ly") && v.grammar.word(w).is_none())
            || (steps == 1 && v.grammar.hedge_participle(w))
        {
            // "was seriously injured", "were similarly killed": any adverb.
            continue;
        }
        return v.grammar.word(w) == Some(Word::Aux);
    }
    false
}

/// A one-word trigger with nothing after it that could be an object
/// ("detained after a hearing", "freed on Monday"); a pattern with words
/// after the verb ("arrested * protesters") has its object inside it.
fn no_object_after(v: &SentenceView, t: &Mention) -> bool {
    t.tokens.len() == 1 && no_object_at(v, t.tokens.end)
}

/// What starts at `at` cannot be a verb's object: the end of the sentence,
/// punctuation, a time word or linker, or a preposition that is no
/// approximator ("killed on Saturday", not "arrested at least 100").
fn no_object_at(v: &SentenceView, at: usize) -> bool {
    if at >= v.range.end {
        return true;
    }
    let next = v.key.token(at);
    matches!(
        next,
        "on" | "when"
            | "while"
            | "after"
            | "last"
            | "yesterday"
            | "overnight"
            | "earlier"
            | ","
            | "."
            | ";"
    ) || (matches!(v.word(at), Some(Word::Prep(Prep::Other | Prep::Locative)))
        && !v.grammar.approximator(next))
}

/// "was arrested on Thursday in Manhattan and detained after a hearing": a
/// participle right after "and", with no object of its own, shares the
/// passive of the trigger that ended at `passive_end` (at most eight words
/// before the "and", with no comma, conjunction or auxiliary between).
fn passive_continues(v: &SentenceView, t: &Mention, passive_end: usize) -> bool {
    let Some(conj) = t.tokens.start.checked_sub(1) else {
        return false;
    };
    conj > passive_end
        && conj - passive_end <= 8
        && v.key.token(conj) == "and"
        && no_object_after(v, t)
        && (passive_end..conj).all(|k| {
            !matches!(v.key.token(k), "," | ";" | ":")
                && !matches!(v.word(k), Some(Word::Conj | Word::Aux))
        })
}

/// The victims of the agentless violence coded just before in this sentence,
/// when the words before `t` count more of them: "[tewas] dan satu lainnya
/// luka-luka", "dua orang lain luka", "seorang lagi cedera", "[were killed]
/// and another seriously injured", "and 20 others wounded".
fn more_of_the_same_victims(
    v: &SentenceView,
    t: &Mention,
    earlier: &[Coded],
) -> Option<Vec<Party>> {
    let prev = earlier.last()?;
    let agentless = prev.source.actor == Actor::default() && matches!(root(&prev.cameo), 18..=20);
    let victims = prev.target.clone().filter(|_| agentless)?;
    if prev.trigger.end >= t.tokens.start {
        return None;
    }
    // Skip an auxiliary or adverb ("were", "seriously", "serius").
    let mut j = t.tokens.start;
    for _ in 0..3 {
        if j <= prev.trigger.end {
            return None;
        }
        j -= 1;
        let w = v.key.token(j);
        if counts_people(v, j) {
            return Some(vec![victims]);
        }
        if !matches!(
            w,
            "were"
                | "was"
                | "been"
                | "have"
                | "had"
                | "seriously"
                | "critically"
                | "badly"
                | "serius"
                | "parah"
                | "berat"
                | "mengalami"
                | "menderita"
        ) {
            return None;
        }
    }
    None
}

/// English: a verb coordinated with the verb before it ("invaded an oil
/// base in Nigeria's Niger Delta and kidnapped nine workers") shares its
/// subject; the phrase right before "and" is that verb's object.
fn coordinated_subject(
    v: &SentenceView,
    triggers: &[Mention],
    ti: usize,
    events: &[Coded],
) -> Option<Vec<Party>> {
    let t = &triggers[ti];
    let english = v.grammar.lang() == Lang::En;
    // Indonesian "…, dan mengatakan mendukung …": a statement verb between
    // the conjunction and the verb says the same subject's stance.
    let mut start = t.tokens.start;
    let mut before = ti;
    if !english && before >= 2 {
        let said = &triggers[before - 1];
        if said.tokens.end == start
            && verb(v.kb, said).is_some_and(|(_, p)| root(&p.cameo) == 1 && !p.flags.nominal)
        {
            start = said.tokens.start;
            before -= 1;
        }
    }
    if before == 0 || start <= v.range.start || !v.grammar.verb_coordinator(v.key.token(start - 1))
    {
        return None;
    }
    // Indonesian: the nearest verb before that coded an event ("menolak
    // permintaan … untuk mengizinkan …, dan mendukung": the refusal, not
    // the verb it governs); not a verb inside a relative clause ("operasi
    // … yang menewaskan satu orang dan menangkap …": the operation's
    // subject).
    let prev = if english {
        &triggers[before - 1]
    } else {
        triggers[..before]
            .iter()
            .rev()
            .find(|u| events.iter().any(|e| e.trigger == u.tokens && !e.nominal))?
    };
    if !english {
        let mut j = prev.tokens.start;
        while j > v.range.start && v.word(j - 1) == Some(Word::Function) {
            j -= 1;
        }
        if j > v.range.start && v.word(j - 1) == Some(Word::Relative) {
            return None;
        }
    }
    let (_, pat) = verb(v.kb, prev)?;
    if pat.flags.nominal
        || (prev.tokens.end..start).any(|j| {
            let w = v.key.token(j);
            matches!(w, ";" | ":")
                || v.grammar.complementizer(w)
                || v.grammar.word(w) == Some(Word::Relative)
                || (!english
                    && matches!(v.grammar.word(w), Some(Word::Subordinator | Word::Relative)))
        })
    {
        return None;
    }
    let sources: Vec<Party> = events
        .iter()
        .filter(|e| {
            e.trigger == prev.tokens
                && !e.nominal
                && root(&e.cameo) != 1
                && e.source.via != Via::Context
        })
        .map(|e| e.source.clone())
        .fold(Vec::new(), |mut acc, p| {
            // "the parties discussed and agreed": both participants, one
            // phrase.
            if !acc
                .iter()
                .any(|q: &Party| q.tokens == p.tokens && q.actor.code == p.actor.code)
            {
                acc.push(p);
            }
            acc
        });
    (!sources.is_empty()).then_some(sources)
}

/// The subject of the main clause for an English participial clause
/// (", killing 50"; "… near a police station killing 27"): the actor that
/// opens the clause ("Vietnamese-led forces launched artillery … against
/// guerrilla camps, killing or wounding 50"), not the nearest phrase, which
/// is an object. After a statement verb the clause is what is said, and its
/// subject is the first actor after that verb ("officials said Ethiopian
/// troops moved artillery …, killing 20": the troops killed). Not across a
/// subordinate clause.
fn clause_subject(
    v: &SentenceView,
    nps: &[Np],
    triggers: &[Mention],
    ti: usize,
    topic: &Option<Actor>,
) -> Option<Vec<Party>> {
    let t = &triggers[ti];
    let said = triggers[..ti]
        .iter()
        .rev()
        .find(|u| {
            u.tokens.end <= t.tokens.start
                && verb(v.kb, u).is_some_and(|(_, p)| root(&p.cameo) == 1 && !p.flags.nominal)
        })
        .map(|u| u.tokens.end);
    let k = match said {
        Some(from) => nps.iter().position(|n| {
            n.tokens.start >= from
                && n.tokens.end <= t.tokens.start
                && n.prep.is_none()
                && matches!(n.kind, NpKind::Actor(_))
        })?,
        // "He sent Kagame a letter, pleading for mercy": a pronoun opening
        // the sentence is its subject too, resolved later like any other;
        // the object before the comma does not plead.
        None => {
            let pronoun_first = nps.first().is_some_and(|n| {
                matches!(n.kind, NpKind::Pronoun)
                    && n.prep.is_none()
                    && n.tokens.start == v.range.start
                    && n.tokens.end <= t.tokens.start
            });
            if topic.is_none() && !pronoun_first {
                return None;
            }
            0
        }
    };
    let first = &nps[k];
    let clause_between = (first.tokens.end..t.tokens.start).any(|j| {
        let w = v.key.token(j);
        matches!(w, ";" | ":")
            || v.grammar.complementizer(w)
            || matches!(v.grammar.word(w), Some(Word::Subordinator | Word::Relative))
    });
    (!clause_between).then(|| compound(nps, k, party_of(first, Via::Direct)))
}

/// Does an English participle ending at `at` take an object: a phrase, a
/// count or a quantifier right after it ("killing 27 people", "killing at
/// least 27", "wounding dozens", "killing a policeman")? "heavy fighting in
/// the south" has none.
fn has_object(v: &SentenceView, nps: &[Np], at: usize) -> bool {
    if at >= v.range.end {
        return false;
    }
    let next = v.key.token(at);
    nps.iter()
        .any(|n| n.tokens.start == at && n.prep.is_none())
        || v.number_token(at)
        || matches!(
            v.grammar.word(next),
            Some(Word::Determiner | Word::Pronoun)
        )
        // "killing at least 27".
        || (next == "at" && at + 1 < v.range.end && v.key.token(at + 1) == "least")
        || v.grammar.number_word(next)
        || v.grammar.people_word(next)
        || matches!(
            next,
            "several"
                | "some"
                | "about"
                | "around"
                | "nearly"
                | "almost"
                | "over"
                | "up"
                | "soldiers"
                | "policemen"
        )
}

/// Token `j` counts people ("20", "others", "another", "lainnya", "lagi").
fn counts_people(v: &SentenceView, j: usize) -> bool {
    let w = v.key.token(j);
    v.grammar.number_word(w) || v.grammar.people_word(w) || v.number_token(j)
}

/// An English verb of beginning, going on or ending whose gerund is the act
/// itself: "began mediating", "continued shelling", "stopped fighting".
fn aspectual(word: &str) -> bool {
    matches!(
        word,
        "began"
            | "begin"
            | "begins"
            | "begun"
            | "start"
            | "starts"
            | "started"
            | "continue"
            | "continues"
            | "continued"
            | "resume"
            | "resumes"
            | "resumed"
            | "keep"
            | "keeps"
            | "kept"
    )
}

/// English "the wounded", "the dead and wounded", "their injured": a
/// one-word participle right after a determiner (or after "the dead and")
/// with no noun following it is a noun for the people it describes, not
/// an act. Head-initial languages put determiners after the noun.
fn people_named_by_participle(v: &SentenceView, t: &Mention) -> bool {
    if v.grammar.head_initial() || t.tokens.len() != 1 {
        return false;
    }
    let at = t.tokens.start;
    let determiner = |j: usize| j >= v.range.start && v.word(j) == Some(Word::Determiner);
    let before = if at > v.range.start + 2
        && v.word(at - 1) == Some(Word::Conj)
        && v.grammar.death_word(v.key.token(at - 2))
    {
        at - 3
    } else {
        match at.checked_sub(1) {
            Some(j) => j,
            None => return false,
        }
    };
    let ends_phrase = at + 1 >= v.range.end
        || !v.lowercase_word(at + 1)
        || matches!(
            v.word(at + 1),
            Some(Word::Conj | Word::Prep(_) | Word::Relative | Word::Subordinator)
        );
    determiner(before) && ends_phrase
}

/// A death word that describes people rather than reports a killing: in a
/// relative clause ("jumlah prajurit AS yang tewas…", "the soldiers who were
/// killed…") or after a casualty noun ("korban tewas", "the dead"), the
/// sentence counts or names the dead, as English "the number of soldiers
/// killed" does.
fn describes_the_dead(v: &SentenceView, t: &Mention) -> bool {
    let mut j = t.tokens.start;
    while j > v.range.start {
        j -= 1;
        let w = v.key.token(j);
        if matches!(
            w,
            "telah"
                | "sudah"
                | "baru"
                | "juga"
                | "ikut"
                | "have"
                | "has"
                | "had"
                | "been"
                | "were"
                | "was"
                | "be"
                | "also"
        ) {
            continue;
        }
        return v.grammar.word(w) == Some(Word::Relative)
            || matches!(w, "korban" | "jumlah" | "number" | "toll")
            // "ditemukan tewas": found dead, as English "found dead".
            || matches!(w, "ditemukan" | "didapati");
    }
    false
}

/// Indonesian: the act right after an accusation — its noun ("atas tuduhan
/// membunuh", "dengan dakwaan menculik") or its verb with or without the
/// accused between ("dituduh menyerang", "menuduh Hamas menyerang").
fn alleged_act(v: &SentenceView, nps: &[Np], triggers: &[Mention], ti: usize) -> bool {
    let start = triggers[ti].tokens.start;
    if start <= v.range.start {
        return false;
    }
    if matches!(
        v.key.token(start - 1),
        "tuduhan" | "tuduhannya" | "dakwaan" | "dakwaannya" | "sangkaan" | "tudingan"
    ) {
        return true;
    }
    let Some(prev) = ti.checked_sub(1).map(|p| &triggers[p]) else {
        return false;
    };
    let accusing = verb(v.kb, prev).is_some_and(|(_, p)| root(&p.cameo) == 11)
        && matches!(
            v.key.token(prev.tokens.start),
            "menuduh" | "dituduh" | "menuding" | "dituding" | "mendakwa" | "didakwa"
        );
    accusing
        && (prev.tokens.end == start
            || nps
                .iter()
                .any(|n| n.tokens.start == prev.tokens.end && n.tokens.end == start))
}

/// English reduced passive, a participle with no auxiliary whose subject
/// undergoes the act: "when seized", "a camp attacked by militiamen", "A
/// German arrested in Pakistan … has been released", ", asked to comment,".
/// A participle right after a linker, or right after a noun phrase and
/// followed by "by", or by a place or time phrase and then the clause's own
/// auxiliary, is passive.
fn reduced_passive(v: &SentenceView, nps: &[Np], t: &Mention) -> bool {
    let word = v.key.token(t.tokens.start);
    // "Asked to comment, Rice said …", "the minister, when asked to
    // respond to the criticism, said …": "asked to" with no one asked in
    // between, opening the sentence or a phrase set off by a comma, is the
    // asked one's, not a request.
    if v.grammar.request_participle(word)
        && t.tokens.start + 1 < v.range.end
        && v.key.token(t.tokens.start + 1) == "to"
        && (t.tokens.start == v.range.start
            || matches!(
                v.key.token(t.tokens.start - 1),
                "," | "when" | "if" | "once" | "after" | "before" | "while"
            ))
    {
        return true;
    }
    if !word.ends_with("ed") || t.tokens.start <= v.range.start {
        return false;
    }
    // "a soldier captured by militants": the gap pattern "captured *
    // militants" keeps "by" in the trigger.
    let by_next = t.tokens.start + 1 < v.range.end && v.key.token(t.tokens.start + 1) == "by";
    if t.tokens.len() != 1 && !by_next {
        return false;
    }
    let before = v.key.token(t.tokens.start - 1);
    if matches!(
        before,
        "when" | "if" | "once" | "unless" | "until" | "though" | "although" | "whether"
    ) {
        return true;
    }
    if !nps.iter().any(|n| n.tokens.end == t.tokens.start) {
        return false;
    }
    let end = v.range.end;
    let next = if t.tokens.end < end {
        v.key.token(t.tokens.end)
    } else {
        ""
    };
    if next == "by" || by_next {
        return true;
    }
    let place_or_time = t.tokens.end < end
        && (v.word(t.tokens.end) == Some(Word::Prep(Prep::Locative))
            || matches!(next, "on" | "last" | "yesterday"));
    if !place_or_time || clause_after_time(v, t.tokens.end) {
        return false;
    }
    // The clause's own verb comes later, before any comma or linker.
    (t.tokens.end + 1..end)
        .map(|j| v.key.token(j))
        .take_while(|w| {
            !matches!(
                *w,
                "," | ";" | ":" | "and" | "but" | "while" | "when" | "as" | "after"
            )
        })
        .any(|w| {
            matches!(
                w,
                "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would"
            )
        })
}

/// English: is trigger `t` a bare verb form ("support", not "supports",
/// "supported", "supporting") right after the name of a country, region or
/// organisation with no agent word, or after its possessive? A singular name
/// would take "supports" as its verb, so the word is a noun the name owns
/// ("US support for its allies", "the EU's support", "Arab support"). Plural
/// demonyms ("Palestinians support"), coordinated names ("Iran and Syria
/// support") and a name after "that" ("demanded that the US support")
/// leave it a verb.
fn owned_noun(v: &SentenceView, nps: &[Np], t: &Mention) -> bool {
    let w = v.key.token(t.tokens.start);
    if w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") {
        return false;
    }
    let Some(n) = nps.iter().find(|n| n.tokens.end == t.tokens.start) else {
        return false;
    };
    // A known country or organisation, or a name kabar does not know
    // ("Arab support").
    let named = match n.kind {
        NpKind::Actor(_) => {
            n.name.is_none()
                && n.entities.iter().any(|e| {
                    matches!(
                        e,
                        EntryRef::Country(_) | EntryRef::Region(_) | EntryRef::Org(_)
                    )
                })
        }
        NpKind::Name => n.tokens.len() == 1,
        _ => false,
    };
    if !named || n.sector.is_some() || n.coordinated || n.tokens.is_empty() {
        return false;
    }
    let last = n.tokens.end - 1;
    let possessive = v.possessive.get(last).copied().unwrap_or(false);
    let surface = v.seg.tokens.get(last).map_or("", |tok| tok.text(v.doc));
    // "Palestinians", "Serbs": a plural subject; "US", "U.S." are singular.
    let plural = surface.ends_with('s') && surface.chars().any(char::is_lowercase);
    let after_that = n.tokens.start > v.range.start && {
        let mut j = n.tokens.start - 1;
        while j > v.range.start && v.word(j) == Some(Word::Determiner) {
            j -= 1;
        }
        v.grammar.complementizer(v.key.token(j))
    };
    (possessive || !plural) && !after_that
}

/// Does an actor follow trigger `t` after "for" or "to" ("support for the
/// Iraqi government", "support to Kabul")?
fn stance_has_beneficiary(v: &SentenceView, nps: &[Np], t: &Mention) -> bool {
    t.tokens.end < v.range.end
        && matches!(v.key.token(t.tokens.end), "for" | "to")
        && nps.iter().any(|n| {
            matches!(n.kind, NpKind::Actor(_))
                && n.tokens.start > t.tokens.end
                && n.tokens.start <= t.tokens.end + 3
        })
}

/// "two soldiers killed in north Baghdad on Saturday", "a man kidnapped in
/// southern Nigeria last week": a verb that always takes an object, with
/// none after it (a preposition, a time word or punctuation follows), is a
/// passive participle: the phrase before it undergoes the act.
fn objectless_participle(v: &SentenceView, t: &Mention) -> bool {
    // "accused of", "released from": a trigger that goes on with a
    // preposition has no object either.
    let prep_tail = t.tokens.len() > 1 && matches!(v.word(t.tokens.start + 1), Some(Word::Prep(_)));
    if (t.tokens.len() != 1 && !prep_tail)
        || t.tokens.start <= v.range.start
        || !v.grammar.transitive_participle(v.key.token(t.tokens.start))
    {
        return false;
    }
    let after = t.tokens.start + 1;
    let next = if after < v.range.end {
        v.key.token(after)
    } else {
        "."
    };
    let no_object = no_object_at(v, after);
    // The word before is a noun or a count, not an auxiliary or a pronoun
    // (those are handled as passives or have an object elsewhere).
    // "the Islamists, accused of ties to Al-Qaeda", "…, freed after a
    // pardon": a participle set off after its noun by a comma.
    let b = t.tokens.start - 1;
    let after_comma = v.key.token(b) == "," && b > v.range.start;
    let noun_before = after_comma
        || !v.grammar.verb_group_start(v.key.token(b))
            && v.seg.tokens.get(b).is_some_and(|w| {
                (w.kind == kabar_text::TokenKind::Word
                    && (v.word(b).is_none()
                        || matches!(
                            v.key.token(b),
                            "others"
                                | "more"
                                | "one"
                                | "two"
                                | "three"
                                | "four"
                                | "five"
                                | "dozens"
                        )))
                    || w.kind == kabar_text::TokenKind::Number
            });
    // "arrested at least 100 people" has its object after "at least".
    let counted = next == "at"
        && t.tokens.end + 1 < v.range.end
        && matches!(v.key.token(t.tokens.end + 1), "least" | "most");
    no_object && noun_before && !counted && !clause_after_time(v, after)
}

/// A word of a time phrase ("Monday", "pada", "2002"): a calendar or other
/// function word, or a number.
/// An event noun with a year next to it ("the 2001 attack", "the Sept. 11
/// attacks", "serangan 11 September 2001", "9/11"): a past event the
/// sentence refers to, not one it reports. Only words of the same phrase
/// (no comma) stand between.
fn dated_noun(v: &SentenceView, t: &Mention) -> bool {
    let year = |j: usize| year_token(v.key.token(j));
    let before = (t.tokens.start.saturating_sub(3).max(v.range.start)..t.tokens.start).rev();
    let after = t.tokens.end..(t.tokens.end + 4).min(v.range.end);
    let plain = |j: &usize| !matches!(v.key.token(*j), "," | ";" | ":" | "(") && !v.in_trigger(*j);
    // "pemboman kedutaan besar AS di Kenya dan Tanzania tahun 1998": a
    // year its noun marks dates the event from further along the phrase.
    let far = t.tokens.end..(t.tokens.end + 12).min(v.range.end);
    // Not the year of a time phrase of the clause ("sejak awal pemberontakan
    // Palestina tahun 2000").
    let phrase = |j: &usize| {
        let w = v.key.token(*j);
        plain(j) && !v.grammar.clause_preposition(w) && !v.grammar.time_linker(w)
    };
    let marked = |j: usize| j > 0 && year(j) && v.grammar.year_noun(v.key.token(j - 1));
    before.take_while(plain).any(year)
        || after.take_while(plain).any(year)
        || far.take_while(phrase).any(marked)
}

/// A verb of ending ([`Language::ending_verb`]) before the trigger with only
/// words of the trigger's own noun phrase between. English puts determiners
/// and possessives, adjectives and nouns, names, numbers and "and" before the
/// head ("end their immoral and counter-productive aid boycott"); a comma, a
/// preposition, a modal or any other function word ends the search.
/// Indonesian puts only determiners and numbers before it ("menghentikan
/// semua pemogokan").
fn ended_event(v: &SentenceView, t: &Mention) -> bool {
    let head_initial = v.grammar.head_initial();
    // "lifted the blockade and launched an attack": a past form is a verb
    // of its own.
    if !head_initial && v.key.token(t.tokens.start).ends_with("ed") {
        return false;
    }
    let reach = if head_initial { 3 } else { 7 };
    let floor = t.tokens.start.saturating_sub(reach).max(v.range.start);
    let mut j = t.tokens.start;
    while j > floor {
        j -= 1;
        let w = v.key.token(j);
        if v.grammar.ending_verb(w) {
            return true;
        }
        let inner = if head_initial {
            v.word(j) == Some(Word::Determiner) || v.number_token(j) || v.grammar.number_word(w)
        } else {
            match v.word(j) {
                Some(Word::Determiner) => true,
                Some(Word::Conj) => w == "and",
                Some(_) => v.grammar.possessive_pronoun(w),
                None => {
                    v.number_token(j)
                        || (w.chars().next().is_some_and(char::is_alphanumeric)
                            && !v.grammar.modal(w))
                }
            }
        };
        if !inner {
            return false;
        }
    }
    false
}

/// A year ("1998", "2001") or "9/11", which names its day.
fn year_token(w: &str) -> bool {
    w == "9/11"
        || (w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.chars().all(|c| c.is_ascii_digit()))
}

/// A determiner, then only a date ("the 2001", "the Sept. 11", "a 2004")
/// right before the trigger: the trigger is a noun, dated by its year.
fn year_before_noun(v: &SentenceView, t: &Mention) -> bool {
    let mut j = t.tokens.start;
    let floor = t.tokens.start.saturating_sub(5).max(v.range.start);
    let mut dated = false;
    while j > floor {
        j -= 1;
        let w = v.key.token(j);
        if v.word(j) == Some(Word::Determiner) {
            return dated;
        }
        // A month is a capitalised word before the day: "September 11",
        // "Sept. 11" (the abbreviation's stop stands between).
        let day_after = |k: usize| {
            k < t.tokens.start
                && (v.number_token(k) || (v.key.token(k) == "." && v.number_token(k + 1)))
        };
        let month = day_after(j + 1)
            && !v.lowercase_word(j)
            && v.word(j).is_none()
            && w.chars().all(char::is_alphabetic);
        let month = month || (w == "." && day_after(j + 1));
        if !(v.number_token(j) || month || v.word(j) == Some(Word::Function) || year_token(w)) {
            return false;
        }
        dated |= month || year_token(w);
    }
    false
}

fn time_word(v: &SentenceView, j: usize) -> bool {
    v.word(j) == Some(Word::Function) || v.number_token(j)
}

/// "warned on Friday that it would …", "announced last week it will …": a
/// time phrase from `at` and then a clause, the object of the verb before.
fn clause_after_time(v: &SentenceView, at: usize) -> bool {
    let opens_clause = |j: usize| {
        let w = v.key.token(j);
        v.grammar.complementizer(w)
            || v.word(j) == Some(Word::Pronoun)
            || v.grammar.clause_subject_pronoun(w)
    };
    let time_word = |j: usize| matches!(v.word(j), Some(Word::Prep(_))) || time_word(v, j);
    let mut j = at;
    while j < v.range.end && j < at + 4 && !opens_clause(j) && time_word(j) {
        j += 1;
    }
    j > at && j < v.range.end && opens_clause(j)
}

/// An event noun the verb right before it announces ("mengumumkan jam
/// malam", "mengumumkan diberlakukannya jam malam"): at most two plain
/// lower-case words stand between.
fn declared_event(v: &SentenceView, t: &Mention, verbal_seen: &[Range<usize>]) -> bool {
    let Some(last) = verbal_seen.last() else {
        return false;
    };
    last.len() == 1
        && last.end <= t.tokens.start
        && t.tokens.start - last.end <= 2
        && v.grammar.declaring_verb(v.key.token(last.start))
        && (last.end..t.tokens.start)
            .all(|j| v.word(j).is_none() && v.lowercase_word(j) && !v.in_trigger(j))
}

/// "Dalam perundingan ini", "the talks": a meeting already coded.
fn anaphoric(v: &SentenceView, t: &Mention, ctx: &Context) -> bool {
    let next = v.word(t.tokens.end);
    if v.grammar.head_initial() {
        return next == Some(Word::Anaphor) && t.tokens.end < v.range.end;
    }
    let prev = t
        .tokens
        .start
        .checked_sub(1)
        .map(|j| v.key.token(j))
        .unwrap_or("");
    matches!(prev, "this" | "that" | "these" | "those")
        || (prev == "the" && ctx.meeting.is_some() && t.tokens.start > v.range.start + 1)
}

/// The parties a mediation is between ("mediation between the Emirates and
/// Saudi Arabia", "menengahi … antara oposisi dan pemerintah"): the mediator
/// acts on each of them. Empty unless the trigger means mediating (045).
fn mediated_parties(v: &SentenceView, nps: &[Np], pat: &VerbPattern, t: &Mention) -> Vec<Party> {
    if !pat.cameo.starts_with("045") {
        return Vec::new();
    }
    let window_end = (t.tokens.end + 8).min(v.range.end);
    let Some(first) = nps.iter().position(|n| {
        n.tokens.start >= t.tokens.end
            && n.tokens.start < window_end
            && n.prep == Some(Prep::Between)
    }) else {
        return Vec::new();
    };
    nps[first..]
        .iter()
        .take_while(|n| n.prep == Some(Prep::Between))
        .filter(|n| matches!(n.kind, NpKind::Actor(_)))
        .map(|n| party_of(n, Via::Direct))
        .collect()
}

/// Participants of an event named by a noun; with `mediation`, a
/// "between" phrase names the parties mediated, not the participants.
fn nominal_participants(
    v: &SentenceView,
    nps: &[Np],
    t: &Mention,
    triggers: &[Mention],
    ti: usize,
    mediation: bool,
) -> Option<(Party, Option<Party>)> {
    let actor_at = |k: usize| -> Option<Party> {
        match &nps.get(k)?.kind {
            NpKind::Actor(_) => Some(party_of(&nps[k], Via::Direct)),
            _ => None,
        }
    };
    let window_end = (t.tokens.end + 8).min(v.range.end);
    // "Pertemuan Berlin antara Rice dan …": a city right after a noun of
    // meeting names where it met (as English "the Berlin talks"), not who.
    let venue = |k: usize| {
        v.grammar.head_initial()
            && nps[k].tokens.start == t.tokens.end
            && nps[k].prep.is_none()
            && verb(v.kb, t).is_some_and(|(_, p)| root(&p.cameo) == 4)
            && nps[k]
                .entities
                .iter()
                .all(|e| matches!(e, EntryRef::City(_)))
            && !nps[k].entities.is_empty()
    };
    // Phrases after the noun, and in a gap of its pattern ("attack * on":
    // "attack by militants on").
    let after: Vec<usize> = (0..nps.len())
        .filter(|&k| {
            let start = nps[k].tokens.start;
            (start >= t.tokens.end || (start > t.tokens.start && !v.in_trigger(start)))
                && start < window_end
                && !(mediation && nps[k].prep == Some(Prep::Between))
                && !venue(k)
        })
        .collect();
    // "antara A dan B" / "between A and B".
    if let Some(&k) = after.first() {
        if nps[k].prep == Some(Prep::Between) {
            let a = actor_at(k)?;
            let b = after.get(1).and_then(|&j| actor_at(j));
            return Some((a, b));
        }
    }
    // "A-B" right after ("pembicaraan Suriah-Turki") or right before ("Syria-Turkey talks").
    let hyphen_pair = |a: usize, b: usize| -> Option<(Party, Option<Party>)> {
        let (na, nb) = (nps.get(a)?, nps.get(b)?);
        (nb.tokens.start == na.tokens.end + 1 && v.key.token(na.tokens.end) == "-")
            .then(|| Some((actor_at(a)?, actor_at(b))))
            .flatten()
    };
    if let Some(&k) = after.first() {
        if nps[k].tokens.start <= t.tokens.end + 1 {
            if let Some(p) = hyphen_pair(k, k + 1) {
                return Some(p);
            }
        }
    }
    let before = nps.iter().rposition(|n| n.tokens.end <= t.tokens.start);
    if let Some(b) = before {
        if nps[b].tokens.end + 1 >= t.tokens.start && b > 0 {
            if let Some(p) = hyphen_pair(b - 1, b) {
                return Some(p);
            }
        }
    }
    // "A dengan B" / "A terhadap B" right after the noun; a city attacked
    // stands for its country ("Israel's attack on Gaza").
    let place_at = |k: usize| nps.get(k).and_then(|n| place_party(v.kb, n));
    let partner = |from: usize| -> Option<Party> {
        after.iter().filter(|&&k| k >= from).find_map(|&k| {
            matches!(nps[k].prep, Some(Prep::Comitative | Prep::Goal))
                .then(|| actor_at(k).or_else(|| place_at(k)))
                .flatten()
        })
    };
    // "Pasukan Uganda mendapat serangan dari gerilyawan", "Iran faced
    // criticism from the US", "came under attack by": after a verb of
    // undergoing, the subject is the target and the agent follows
    // from/dari/by/oleh; with no agent named, no one is known to act.
    if let Some(b) = before.filter(|&b| nps[b].prep.is_none()) {
        let gap = nps[b].tokens.end..t.tokens.start;
        let undergone = gap.len() <= 4
            && gap.clone().any(|j| v.grammar.undergo_verb(v.key.token(j)))
            && gap.clone().all(|j| {
                !v.in_trigger(j)
                    && (v.grammar.undergo_verb(v.key.token(j))
                        || time_word(v, j)
                        || (v.lowercase_word(j) && !linking_word(v, j)))
            });
        if undergone {
            let victim = match &nps[b].kind {
                NpKind::Actor(_) => party_of(&nps[b], Via::Direct),
                _ => return None,
            };
            let agent = after.iter().copied().find_map(|k| {
                (nps[k].prep == Some(Prep::Agentive)
                    || v.grammar.source_preposition(key_before(v, &nps[k])))
                .then(|| actor_at(k))
                .flatten()
            })?;
            return Some((agent, Some(victim)));
        }
    }
    // "the visit by Rice to Israel", "serangan oleh militan terhadap pos
    // militer": the agent after by/oleh; a visit or meeting "of" someone
    // ("the visit of Indian Foreign Minister Pranab Mukherjee") is theirs.
    let r = verb(v.kb, t).map(|(_, p)| root(&p.cameo)).unwrap_or(0);
    let agent = after.iter().copied().find(|&k| {
        nps[k].prep == Some(Prep::Agentive)
            || (r == 4
                && k == after[0]
                && nps[k].tokens.start <= t.tokens.end + 2
                && nps[k].prep == Some(Prep::Other)
                && v.grammar.genitive_preposition(key_before(v, &nps[k])))
    });
    if let Some(a) = agent.and_then(actor_at) {
        let goal = after.iter().copied().find_map(|k| {
            matches!(
                nps[k].prep,
                Some(Prep::Comitative | Prep::Goal | Prep::Directional)
            )
            .then(|| actor_at(k))
            .flatten()
        });
        return Some((a, goal));
    }
    // Indonesian names the actor after the noun ("serangan Israel terhadap
    // Gaza"); English before it ("Israel's attack on Gaza"). With no
    // partner, the destination is the target ("kunjungan Perdana Menteri
    // India ke Pakistan", as English "visit to Pakistan").
    let head_initial = v.grammar.head_initial();
    if let Some(&k) = after.first() {
        if head_initial && nps[k].prep.is_none() && nps[k].tokens.start <= t.tokens.end + 1 {
            if let Some(a) = actor_at(k) {
                let destination = || {
                    after
                        .iter()
                        .filter(|&&j| j > k && nps[j].prep == Some(Prep::Directional))
                        // Not a destination inside a relative clause ("…
                        // muslim yang dituduh mengirim aktivis ke Irak").
                        .take_while(|&&j| {
                            (t.tokens.end..nps[j].tokens.start)
                                .all(|i| v.word(i) != Some(Word::Relative))
                        })
                        .find_map(|&j| actor_at(j))
                };
                return Some((
                    a,
                    partner(k + 1)
                        .or_else(destination)
                        .or_else(|| far_destination(v, nps, t, triggers, r)),
                ));
            }
        }
    }
    // "X's talks with Y", "Iran dan Rusia menggelar pertemuan": a subject before the noun.
    let target = partner(0);
    if let Some(b) = before {
        // "Rafiq Hariri's murder", "Bhutto's assassination", "Mandela's
        // release": a person's possessive right before an act done to
        // people names whom it was done to, not who did it; with no agent
        // named, the noun codes no event (rather than the victim as agent).
        let cameo = verb(v.kb, t).map(|(_, p)| p.cameo.as_str()).unwrap_or("");
        let done_to_people = ["173", "181", "182", "185", "186", "0841"]
            .iter()
            .any(|c| cameo.starts_with(c));
        let persons_possessive = !head_initial
            && nps[b].tokens.end == t.tokens.start
            && v.possessive
                .get(nps[b].tokens.end.saturating_sub(1))
                .copied()
                .unwrap_or(false)
            && nps[b]
                .entities
                .iter()
                .any(|e| matches!(e, EntryRef::Person(_)));
        if done_to_people && persons_possessive {
            return None;
        }
        // English: "Iran's talks", "the Israeli air attack" (adjacent), or
        // the subject of a light verb: "X staged a hunger strike", "X
        // carried out airstrikes" (only plain lowercase words between).
        let gap = nps[b].tokens.end..t.tokens.start;
        // A lowercase word that is not part of a trigger.
        let plain = |j: usize| !v.in_trigger(j) && v.lowercase_word(j);
        // "on Monday", "pada Senin", "in 2002": a time between subject and verb.
        let time_word = |j: usize| time_word(v, j);
        // "Polisi Zimbabwe, Ahad, mengkonfirmasi penangkapan": the commas
        // that set off a time count with it.
        let timed = |j: usize| {
            time_word(j)
                || (matches!(v.word(j), Some(Word::Prep(_))) && j + 1 < gap.end && time_word(j + 1))
                || (v.key.token(j) == ","
                    && ((j + 1 < gap.end && time_word(j + 1))
                        || (j > gap.start && time_word(j - 1))))
        };
        // One article at most: "held a meeting", not "labelled the incident
        // a terrorist attack" (an object of its own before the noun).
        let articles = gap
            .clone()
            .filter(|&j| v.word(j) == Some(Word::Determiner))
            .count();
        let light_verb = gap.len() <= 6
            && articles <= 1
            && gap.clone().filter(|&j| !timed(j)).count() <= 4
            && gap
                .clone()
                .all(|j| timed(j) || (plain(j) && !linking_word(v, j)));
        // "X and a group of deputies held talks": a coordinated conjunct
        // that names no actor leaves X the subject of the light verb.
        let with_tail = !head_initial
            && gap.len() >= 2
            && gap.len() <= 7
            && v.word(gap.start) == Some(Word::Conj)
            && gap.clone().skip(1).all(|j| {
                plain(j)
                    && (v.key.token(j) == "of"
                        || !(linking_word(v, j) || v.word(j) == Some(Word::Pronoun)))
            })
            // The conjunct ends in its noun, and the trigger follows as the
            // verb ("... of support" is a noun phrase, not a clause).
            && !matches!(
                v.word(gap.end - 1),
                Some(Word::Prep(_) | Word::Determiner)
            )
            && v.key.token(gap.end - 1) != "of"
            && !nps.iter().any(|n| gap.contains(&n.tokens.start));
        // Indonesian names the actor of an event noun after it; a subject
        // before it counts only as the subject of a light verb ("Iran dan
        // Rusia menggelar pertemuan"), not of any verb of the clause
        // ("Pemerintah India mencap peristiwa itu sebagai serangan").
        // "Moscow branding the raid unacceptable", "Moskow mencap serangan
        // tersebut": a verb that names or judges an act is not one that
        // carries it out.
        let labelled = gap
            .clone()
            .any(|j| v.grammar.labelling_verb(v.key.token(j)));
        let close =
            !labelled && (nps[b].tokens.end + 2 >= t.tokens.start || light_verb || with_tail);
        // English: a named actor right before the noun modifies it,
        // whatever governs the whole phrase ("followed by successive US air
        // strikes", "a critical look at Bush's invasion of Iraq").
        // Only for acts (a visit, an attack), and not a city's name, which
        // says where ("the Madrid bombings", "the Berlin talks").
        let possessive = v
            .possessive
            .get(nps[b].tokens.end.saturating_sub(1))
            .copied()
            .unwrap_or(false);
        let modifier = !head_initial
            && nps[b].tokens.end == t.tokens.start
            && (possessive || r == 4 || (14..=20).contains(&r))
            && !nps[b]
                .entities
                .iter()
                .any(|e| matches!(e, EntryRef::City(_)))
            && matches!(&nps[b].kind, NpKind::Actor(a) if a.country.is_some() || a.code.len() > 3);
        // English: "his China visit", "Olmert's China visit": a country
        // right before a visit noun, itself after an owner, is where the
        // visit goes; the owner (or the clause's subject for a pronoun)
        // is the visitor.
        let visit = verb(v.kb, t).is_some_and(|(_, p)| p.cameo == "042");
        let destination_modifier = visit
            && !head_initial
            && !possessive
            && nps[b].tokens.end == t.tokens.start
            && matches!(&nps[b].kind, NpKind::Actor(a) if a.sector.is_none() && a.country.is_some());
        if destination_modifier && nps[b].tokens.start > v.range.start {
            let owner_word = nps[b].tokens.start - 1;
            let destination = party_of(&nps[b], Via::Direct);
            if v.grammar.possessive_pronoun(v.key.token(owner_word)) {
                // The subject before ("Olmert said during his China
                // visit"), else the one after a fronted phrase ("Before
                // his China visit, Olmert …").
                let earlier = (0..b)
                    .rev()
                    .find(|&k| nps[k].prep.is_none() && matches!(nps[k].kind, NpKind::Actor(_)));
                let fronted = || {
                    (b + 1..nps.len()).find(|&k| {
                        nps[k].prep.is_none()
                            && matches!(nps[k].kind, NpKind::Actor(_))
                            && (t.tokens.end..nps[k].tokens.start).any(|j| v.key.token(j) == ",")
                    })
                };
                let subject = earlier.or_else(fronted).and_then(actor_at)?;
                return Some((subject, Some(destination)));
            }
            let owner = b.checked_sub(1).filter(|&o| {
                nps[o].tokens.end == nps[b].tokens.start
                    && v.possessive.get(owner_word).copied().unwrap_or(false)
            });
            if let Some(o) = owner {
                return Some((actor_at(o)?, Some(destination)));
            }
        }
        if (nps[b].prep.is_none() || modifier) && close {
            let parties = match &nps[b].kind {
                NpKind::Actor(_) => compound(nps, b, party_of(&nps[b], Via::Direct)),
                NpKind::Participants => vec![party_of(&nps[b], Via::Participants)],
                _ => Vec::new(),
            };
            if let Some(first) = parties.first() {
                // English: "Bush's invasion of Iraq", "the Israeli bombing of
                // Gaza": the 'of' phrase right after a noun of force is
                // whom it was done to.
                let of_object = || {
                    let &k = after.first()?;
                    (!head_initial
                        && (17..=20).contains(&r)
                        && nps[k].tokens.start == t.tokens.end + 1
                        && v.grammar.genitive_preposition(v.key.token(t.tokens.end)))
                    .then(|| actor_at(k).or_else(|| place_at(k)))
                    .flatten()
                };
                let tg = target
                    .or_else(|| parties.get(1).cloned())
                    .or_else(|| far_destination(v, nps, t, triggers, r))
                    .or_else(of_object);
                return Some((first.clone(), tg));
            }
        }
    }
    // "Kasuri is due in New Delhi for talks with Indian leaders", "Hu
    // Jintao left Beijing for a three-day visit to Russia": a meeting or
    // visit named as a purpose is the clause subject's.
    if r == 4 {
        if let Some(p) = purpose_participants(v, nps, t, triggers, target.clone()) {
            return Some(p);
        }
    }
    // "Dalam pertemuan dengan Y, X …": the subject of the main clause.
    let target = target?;
    let subject = right_subject(v, nps, t.tokens.end, triggers, ti, &[])
        .and_then(|p| p.into_iter().next())
        .filter(|p| p.tokens != target.tokens)?;
    Some((subject, Some(target)))
}

/// The subject and partner of a meeting or visit noun after a purpose
/// preposition ("for talks with Y", "for a visit to Y"): the first actor of
/// its clause (a subject, or one after a clause preposition: "days before X
/// is due … for talks"), with the partner or destination named after it.
fn purpose_participants(
    v: &SentenceView,
    nps: &[Np],
    t: &Mention,
    triggers: &[Mention],
    partner: Option<Party>,
) -> Option<(Party, Option<Party>)> {
    // Back over the noun's modifiers ("a three-day", "crisis").
    let mut j = t.tokens.start;
    let floor = t.tokens.start.saturating_sub(4).max(v.range.start);
    while j > floor {
        let w = v.key.token(j - 1);
        let modifier = matches!(v.word(j - 1), Some(Word::Determiner))
            || v.number_token(j - 1)
            || (v.lowercase_word(j - 1) && !linking_word(v, j - 1) && !v.in_trigger(j - 1));
        if !modifier || v.grammar.purpose_preposition(w) {
            break;
        }
        j -= 1;
    }
    let at = j.checked_sub(1).filter(|&p| p >= v.range.start)?;
    if !v.grammar.purpose_preposition(v.key.token(at)) {
        return None;
    }
    let target = partner.or_else(|| far_destination(v, nps, t, triggers, 4))?;
    // The clause: back to a comma, a linker or a clause preposition.
    let from = (v.range.start..at)
        .rev()
        .find(|&k| {
            let w = v.key.token(k);
            matches!(w, "," | ";" | ":")
                || v.grammar.complementizer(w)
                || v.grammar.clause_preposition(w)
                || matches!(
                    v.grammar.word(w),
                    Some(Word::Subordinator | Word::Relative | Word::Conj)
                )
        })
        .map_or(v.range.start, |k| k + 1);
    let n = nps.iter().find(|n| {
        n.tokens.start >= from
            && n.tokens.end <= at
            && matches!(n.kind, NpKind::Actor(_))
            && (n.prep.is_none() || v.grammar.clause_preposition(key_before(v, n)))
    })?;
    (n.tokens != target.tokens).then(|| (party_of(n, Via::Direct), Some(target)))
}

/// The destination of a visit noun a few words on, past modifiers and a
/// time phrase ("kunjungan pertama pejabat senior AS selama satu dasawarsa
/// terakhir ke Somalia", "kunjungan tiga hari resminya ke Jepang", "ended a
/// day-long official visit to Bangladesh"). Not past a comma or another
/// event's verb.
fn far_destination(
    v: &SentenceView,
    nps: &[Np],
    t: &Mention,
    triggers: &[Mention],
    r: u8,
) -> Option<Party> {
    if r != 4 {
        return None;
    }
    let end = (t.tokens.end + 14).min(v.range.end);
    let n = nps.iter().find(|n| {
        n.tokens.start >= t.tokens.end
            && n.tokens.start < end
            && n.prep == Some(Prep::Directional)
            && matches!(n.kind, NpKind::Actor(_))
    })?;
    let gap = t.tokens.end..n.tokens.start;
    let blocked = gap.clone().any(|j| {
        matches!(v.key.token(j), "," | ";" | ":")
            || v.word(j) == Some(Word::Subordinator)
            || triggers
                .iter()
                .any(|u| u.tokens.contains(&j) && u.tokens.start != t.tokens.start)
    });
    (!blocked).then(|| party_of(n, Via::Direct))
}

/// A preposition, conjunction, subordinator or relative marker at `j`: a
/// word that links phrases or clauses, never part of a light verb's gap.
fn linking_word(v: &SentenceView, j: usize) -> bool {
    matches!(
        v.word(j),
        Some(Word::Prep(_) | Word::Conj | Word::Subordinator | Word::Relative)
    )
}

/// Negation from the words right before the trigger; plans and hypotheses
/// also from the verb that governs it ("menekankan perlunya … menetapkan
/// gencatan senjata": the ceasefire is only called for).
fn modality(v: &SentenceView, nps: &[Np], triggers: &[Mention], ti: usize) -> Mood {
    let t = &triggers[ti];
    let clause = clause_start(v, t.tokens.start);
    let near = clause.max(t.tokens.start.saturating_sub(4));
    // A negation that follows its event ("Kunjungan … dibatalkan, dan
    // Somalia mengecam …") negates a later verb only right before it ("batal
    // berkunjung"): the criticism is not negated.
    let near_cues: Vec<CueKind> = v
        .layers
        .cues
        .iter()
        .filter(|c| {
            // A cue in the pattern's own gap ("has not occupied" for "has *
            // occupied") is before the verb too.
            let in_gap = c.tokens.start > t.tokens.start
                && c.tokens.end < t.tokens.end
                && !c.tokens.clone().any(|j| v.in_trigger(j));
            (c.tokens.start >= near && c.tokens.end <= t.tokens.start) || in_gap
        })
        // A negation word inside an actor's phrase ("orang tak dikenal",
        // unidentified people) describes that actor, not the verb after it.
        .filter(|c| {
            !nps.iter().any(|n| {
                matches!(n.kind, NpKind::Actor(_))
                    && n.tokens.start < c.tokens.start
                    && c.tokens.end <= n.tokens.end
            })
        })
        .filter(|c| {
            c.tokens.end == t.tokens.start
                || !c
                    .tokens
                    .clone()
                    .any(|j| v.grammar.post_negation(v.key.token(j)))
        })
        .filter_map(|c| match c.entry {
            EntryRef::Cue(i) => {
                v.kb.cues
                    .get(i as usize)
                    .filter(|q| q.lang == v.grammar.lang())
                    .map(|q| q.kind)
            }
            _ => None,
        })
        .collect();
    let refusal = near_cues.contains(&CueKind::Refusal);
    let negated = near_cues.contains(&CueKind::Negation)
        || refusal
        || negated_after(v, triggers, ti)
        || negated_verb_group(v, clause, t);
    let mut from = near;
    let mut k = ti;
    // Walk up a chain of verbs with no free actor between them.
    while k > 0 {
        let prev = &triggers[k - 1];
        if prev.tokens.start < clause {
            break;
        }
        let actor_between = nps.iter().any(|n| {
            n.tokens.start >= prev.tokens.end
                && n.tokens.end <= triggers[k].tokens.start
                && n.prep.is_none()
                && matches!(
                    n.kind,
                    NpKind::Actor(_) | NpKind::Participants | NpKind::Pronoun
                )
        });
        // ", dan menyatakan…" / ", and expressed…" starts a new predicate.
        let comma_between = (prev.tokens.end..triggers[k].tokens.start)
            .any(|j| v.key.token(j) == "," || v.word(j) == Some(Word::Subordinator));
        // "will visit Mauritania and Senegal to mediate": the actors between
        // are objects of the verb the infinitive completes.
        let cur = &triggers[k];
        let infinitive = cur.tokens.start > prev.tokens.end
            && v.grammar
                .infinitive_marker(v.key.token(cur.tokens.start - 1))
            && verb(v.kb, cur).is_some_and(|(_, p)| !p.flags.nominal);
        // "said it would limit cooperation after the Security Council voted
        // to impose sanctions": an actor right after a clause preposition is
        // the subject of a clause of its own, out of the modal's reach.
        let clause_between = nps.iter().any(|n| {
            n.tokens.start >= prev.tokens.end
                && n.tokens.end <= cur.tokens.start
                && n.prep.is_none()
                && v.grammar.clause_preposition(key_before(v, n))
        });
        if (actor_between && !infinitive) || comma_between || clause_between {
            break;
        }
        from = from.min(prev.tokens.start.saturating_sub(2).max(clause));
        k -= 1;
    }
    let cues = cues_before(v.kb, v.layers, v.grammar.lang(), from, t.tokens.start);
    let obligation = cues.contains(&CueKind::Obligation);
    let modality = if cues.contains(&CueKind::Hypothetical) || obligation {
        Modality::Hypothetical
    } else if cues.contains(&CueKind::Planned) || refusal {
        Modality::Planned
    } else {
        Modality::Asserted
    };
    Mood {
        negated,
        modality,
        obligation,
        refusal,
    }
}

/// A negation further back than the words right before the trigger that
/// reaches it through a chain of verbs and verb-group words ("tidak sedang
/// mempersiapkan diri untuk menyerang": is not preparing to attack): only
/// active verb forms, aspect words, a reflexive and the infinitive marker may
/// stand between, so a negation of another phrase or clause stays its own.
fn negated_verb_group(v: &SentenceView, clause: usize, t: &Mention) -> bool {
    let mut j = t.tokens.start;
    let mut verbs = 0;
    while j > clause && t.tokens.start - j < 8 {
        let ends_negation = v.layers.cues.iter().any(|c| {
            c.tokens.end == j
                && matches!(c.entry, EntryRef::Cue(i)
                if v.kb.cues.get(i as usize).is_some_and(|q| {
                    q.kind == CueKind::Negation && q.lang == v.grammar.lang()
                }))
        });
        if ends_negation {
            return verbs > 0;
        }
        let w = v.key.token(j - 1);
        if v.grammar.verb_form(w) {
            verbs += 1;
        } else if !(v.grammar.verb_group_filler(w) || v.grammar.infinitive_marker(w)) {
            return false;
        }
        j -= 1;
    }
    false
}

/// An event noun negated by the predicate after it ("Kunjungan Presiden
/// Uganda ke Mogadishu dibatalkan", "pertemuan yang dijadwalkan Senin
/// ditunda"): a post-negation word a few words on, with no comma, other
/// trigger or active verb between.
fn negated_after(v: &SentenceView, triggers: &[Mention], ti: usize) -> bool {
    let t = &triggers[ti];
    if !verb(v.kb, t).is_some_and(|(_, p)| p.flags.nominal) {
        return false;
    }
    let end = (t.tokens.end + 8).min(v.range.end);
    for j in t.tokens.end..end {
        let w = v.key.token(j);
        if v.grammar.post_negation(w) {
            return true;
        }
        let other = triggers
            .iter()
            .any(|u| u.tokens.start == j && u.tokens.start != t.tokens.start);
        if matches!(w, "," | ";" | ":")
            || other
            || v.grammar.verb_form(w)
            || v.word(j) == Some(Word::Subordinator)
        {
            return false;
        }
    }
    false
}

/// A place phrase as a party: the country or region the place stands for.
fn place_party(kb: &Kb, n: &Np) -> Option<Party> {
    if !matches!(n.kind, NpKind::Place) {
        return None;
    }
    place_actor(kb, n).map(|actor| Party {
        actor,
        tokens: n.tokens.clone(),
        via: Via::Direct,
    })
}

/// The country of a place phrase, as an actor ("menyerang Kharkiv" → UKR).
fn place_actor(kb: &Kb, n: &Np) -> Option<Actor> {
    n.entities.iter().find_map(|e| match e {
        EntryRef::City(c) => {
            let city = kb.cities.get(*c as usize)?;
            let name = kb
                .countries
                .iter()
                .find(|k| k.code == city.country)
                .map(|k| k.name.clone());
            Some(Actor {
                code: city.country.clone(),
                country: Some(city.country.clone()),
                sector: None,
                name,
            })
        }
        _ => None,
    })
}

/// Country and organisation codes of a phrase, as topics.
fn issues_of(kb: &Kb, n: &Np, out: &mut Vec<String>) {
    for e in &n.entities {
        let code = match e {
            EntryRef::Country(c) => kb.countries.get(*c as usize).map(|c| c.code.clone()),
            EntryRef::Org(o) => kb.orgs.get(*o as usize).map(|o| o.code.clone()),
            _ => None,
        };
        if let Some(c) = code {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
}

/// A passive whose subject's head is a common noun with an actor after
/// "of"/"for" ("A temporary camp for Congolese refugees was attacked"): the
/// actor is the one the act is done to.
fn possessor_of_subject(v: &SentenceView, nps: &[Np], t: &Mention) -> Option<Vec<Party>> {
    let k = nps.iter().rposition(|n| n.tokens.end <= t.tokens.start)?;
    let n = &nps[k];
    if !matches!(n.kind, NpKind::Actor(_)) || n.prep.is_none() {
        return None;
    }
    if !v.grammar.possessor_preposition(key_before(v, n)) {
        return None;
    }
    // The preposition follows a lowercase head noun.
    let mut p = n.tokens.start;
    while p > v.range.start && matches!(v.word(p - 1), Some(Word::Determiner | Word::Glue)) {
        p -= 1;
    }
    let prep = p.checked_sub(1)?;
    let head = prep.checked_sub(1)?;
    if head < v.range.start
        || v.in_trigger(head)
        || v.word(head).is_some()
        || !v.lowercase_word(head)
    {
        return None;
    }
    // Only auxiliaries between the phrase and the verb.
    if !(n.tokens.end..t.tokens.start)
        .all(|j| matches!(v.word(j), Some(Word::Aux | Word::Function)))
    {
        return None;
    }
    // The head opens the clause: nothing before it but determiners and modifiers.
    if nps[..k]
        .iter()
        .any(|m| m.tokens.end <= head && m.prep.is_none())
    {
        return None;
    }
    Some(compound(nps, k, party_of(n, Via::Direct)))
}

/// "An American civilian and two other foreigners were wounded": the first
/// phrase of the sentence and the victims are joined by a conjunction with
/// only a count and modifiers between, so the victims are still the subject.
fn joined_subject(v: &SentenceView, first: &Np, p: &Party) -> bool {
    let gap = first.tokens.end..p.tokens.start;
    first.prep.is_none()
        && first.tokens.end < p.tokens.start
        && gap.len() <= 4
        && v.word(first.tokens.end) == Some(Word::Conj)
        && gap.clone().skip(1).all(|j| {
            !v.in_trigger(j)
                && matches!(
                    v.word(j),
                    None | Some(Word::Determiner | Word::Glue | Word::Function)
                )
                && (v.number_token(j) || v.lowercase_word(j))
        })
}
