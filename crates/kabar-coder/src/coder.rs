//! The coder: one document in, evidence-linked events out.
//!
//! document → clean text → language → sentences/tokens → dictionary hits →
//! noun phrases → roles → events with date, place, issues and evidence.

use crate::grammar::{self, Prep};
use crate::kb::{EntryRef, Kb, KbError};
use crate::lexicon::{Hit, Key, Lexicon};
use crate::mentions::{self, Memory, Np, NpKind, SentenceView};
use crate::roles::{self, Coded, Context, Party, Via};
use chrono::NaiveDate;
use kabar_core::{
    ActorRef, CodeTables, DatePrecision, Document, Event, Evidence, Lang, Location, Modality,
};
use kabar_text::{Cleaned, DateMention, Segmented};
use std::fmt::Write as _;
use std::ops::Range;

/// Choices that change what the coder reports.
#[derive(Debug, Clone)]
pub struct Options {
    /// Report hypothetical events (opinions, conditions) too.
    pub keep_hypothetical: bool,
    /// "Today", for dates without a document date (defaults to the clock).
    pub today: NaiveDate,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            keep_hypothetical: false,
            today: chrono::Utc::now().date_naive(),
        }
    }
}

/// Everything the coder made of one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// The cleaned text that event offsets index.
    pub text: String,
    /// The language it was coded in.
    pub lang: Lang,
    /// The events, in text order.
    pub events: Vec<Event>,
}

/// A document cleaned and with its language settled, ready to code.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The cleaned page: text, title and dateline spans.
    pub cleaned: Cleaned,
    /// The language it will be coded in.
    pub lang: Lang,
}

/// A knowledge base compiled for matching.
pub struct Coder {
    kb: Kb,
    lexicon: Lexicon,
    options: Options,
}

impl Coder {
    /// A coder over the knowledge base embedded in the binary.
    pub fn embedded() -> Result<Coder, KbError> {
        Ok(Coder::new(Kb::embedded()?))
    }

    /// A coder over `kb`.
    pub fn new(kb: Kb) -> Coder {
        let lexicon = Lexicon::build(&kb);
        Coder {
            kb,
            lexicon,
            options: Options::default(),
        }
    }

    /// Replace the options.
    pub fn with_options(mut self, options: Options) -> Coder {
        self.options = options;
        self
    }

    /// The knowledge base.
    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// The compiled matcher.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Number of distinct surface forms the matcher knows.
    pub fn forms(&self) -> usize {
        self.lexicon.len()
    }

    /// Clean, detect the language of, and code one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let prepared = Self::prepare(doc);
        self.code_prepared(doc, prepared)
    }

    /// Code `doc` into the record writers and the store take: the document
    /// with its cleaned text and language, its events, no duplicate link.
    pub fn code_document(&self, doc: Document) -> kabar_core::CodedDocument {
        let x = self.extract(&doc);
        kabar_core::CodedDocument {
            doc: Document {
                text: x.text,
                lang: Some(x.lang),
                ..doc
            },
            events: x.events,
            duplicate_of: None,
        }
    }

    /// The first half of [`Coder::extract`]: clean the document (its title
    /// first when the text does not start with it) and settle its language.
    /// Callers that skip some documents after cleaning (near-duplicates) code
    /// the rest with [`Coder::code_prepared`].
    pub fn prepare(doc: &Document) -> Prepared {
        let cleaned = match &doc.title {
            Some(t) if !doc.text.trim_start().starts_with(t.trim()) => {
                kabar_text::clean_plain(&format!("{}\n\n{}", t.trim(), doc.text))
            }
            _ => kabar_text::clean_plain(&doc.text),
        };
        let lang = doc
            .lang
            .or_else(|| kabar_text::detect_lang(&cleaned.text))
            .unwrap_or_else(|| guess_lang(&cleaned.text));
        Prepared { cleaned, lang }
    }

    /// The second half of [`Coder::extract`]: code a prepared document.
    pub fn code_prepared(&self, doc: &Document, prepared: Prepared) -> Extraction {
        let Prepared { cleaned, lang } = prepared;
        let events = self.code_cleaned(&doc.id, &cleaned, lang, doc.date);
        Extraction {
            text: cleaned.text,
            lang,
            events,
        }
    }

    /// Code an already cleaned document.
    pub fn code_cleaned(
        &self,
        doc_id: &str,
        cleaned: &Cleaned,
        lang: Lang,
        doc_date: Option<NaiveDate>,
    ) -> Vec<Event> {
        self.code_traced(doc_id, cleaned, lang, doc_date, None)
    }

    /// Code one document and describe, sentence by sentence, the mentions,
    /// phrases and candidate events the coder saw (`kabar explain`).
    pub fn explain(&self, doc: &Document) -> (Extraction, String) {
        let cleaned = kabar_text::clean_plain(&doc.text);
        let lang = doc
            .lang
            .or_else(|| kabar_text::detect_lang(&cleaned.text))
            .unwrap_or_else(|| guess_lang(&cleaned.text));
        let mut trace = String::new();
        let events = self.code_traced(&doc.id, &cleaned, lang, doc.date, Some(&mut trace));
        (
            Extraction {
                text: cleaned.text,
                lang,
                events,
            },
            trace,
        )
    }

    fn code_traced(
        &self,
        doc_id: &str,
        cleaned: &Cleaned,
        lang: Lang,
        doc_date: Option<NaiveDate>,
        mut trace: Option<&mut String>,
    ) -> Vec<Event> {
        let text = cleaned.text.as_str();
        let mut breaks = Vec::new();
        if let Some(t) = cleaned.title {
            breaks.push(t.end);
        }
        if let Some(d) = &cleaned.dateline {
            breaks.push(d.span.end);
        }
        let seg = kabar_text::segment(text, lang, &breaks);
        let (key, possessive) = key_of(text, &seg, lang);
        // Exact-case checks compare the same part of a token the key kept ("US-led" → "US").
        let originals: Vec<&str> = seg
            .tokens
            .iter()
            .zip(&key.spans)
            .map(|(t, k)| {
                let s = t.text(text);
                s.get(..k.len()).filter(|_| k.len() < s.len()).unwrap_or(s)
            })
            .collect();
        let grammar = grammar::for_lang(lang);
        let mut hits = self.lexicon.scan(&key, &originals, grammar);
        // A gap pattern may not reach into the next sentence (a title has no
        // final stop to end its gaps).
        let mut sentence_of = vec![0; seg.tokens.len()];
        for (si, s) in seg.sentences.iter().enumerate() {
            for i in s.tokens.clone() {
                if let Some(slot) = sentence_of.get_mut(i) {
                    *slot = si;
                }
            }
        }
        hits.retain(|h| {
            sentence_of.get(h.tokens.start)
                == h.tokens.end.checked_sub(1).and_then(|l| sentence_of.get(l))
        });
        drop_capitalised_words(&self.kb, &mut hits, text, &seg, &sentence_of);
        let layers = mentions::layers(&self.kb, hits, &key, &originals);
        let dates = kabar_text::find_dates(text, &seg, lang);
        let anchor = doc_date.or_else(|| infer_anchor(&dates, self.options.today));
        let dateline_place = cleaned
            .dateline
            .as_ref()
            .and_then(|d| self.place_in(&layers, &seg, d.place.start..d.place.end));

        let mut mem = Memory::default();
        let mut ctx = Context::default();
        let mut drafts: Vec<Draft> = Vec::new();
        let mut sentence_dates: Vec<Option<(NaiveDate, DatePrecision)>> = Vec::new();
        let mut sentence_places: Vec<Option<Location>> = Vec::new();
        for (si, s) in seg.sentences.iter().enumerate() {
            let range = s.tokens.clone();
            let date = dates
                .iter()
                .find(|d| d.start >= s.start && d.end <= s.end)
                .and_then(|d| resolve(d, anchor, self.options.today));
            sentence_dates.push(date);
            let has_mentions = layers
                .names
                .iter()
                .chain(&layers.agents)
                .any(|m| range.contains(&m.tokens.start));
            let triggers = mentions::triggers_in(&self.kb, &layers, &range, lang);
            let is_title = cleaned
                .title
                .is_some_and(|t| s.start >= t.start && s.end <= t.end);
            // A discard phrase ("football tournament", "Richter scale") marks
            // the sentence as non-political, unless the state acts in it
            // ("authorities jailed 52 members … for playing in a football
            // tournament"): then only the state's own acts are coded.
            let discarded = mentions::sentence_discarded(&self.kb, &layers, &range);
            if discarded {
                if let Some(t) = trace.as_deref_mut() {
                    let _ = writeln!(
                        t,
                        "sentence {}: a discard phrase marks it as non-political (sports, disaster, …): only acts of the state are coded",
                        si + 1
                    );
                }
            }
            if !has_mentions && triggers.is_empty() {
                sentence_places.push(None);
                continue;
            }
            let view = SentenceView {
                kb: &self.kb,
                grammar,
                doc: text,
                seg: &seg,
                key: &key,
                layers: &layers,
                range: range.clone(),
                trigger_spans: triggers
                    .iter()
                    .flat_map(|t| mentions::trigger_word_spans(&self.kb, &key, t))
                    .collect(),
                title_case: is_title && title_cased(text, &seg, &range),
                possessive: &possessive,
            };
            let mut nps = mentions::chunk(&view, date.map(|d| d.0).or(anchor), &mut mem);
            mentions::ethnic_groups_are_residents(&view, &mut nps);
            mentions::owned_by_subject(&view, &mut nps);
            // Topics are known only after roles; a first pass without them
            // gives the country for bare titles ("Polisi … di Surabaya").
            let setting = self
                .sentence_place(&view, &nps, &[], &triggers)
                .or_else(|| dateline_place.clone());
            if let Some(country) = setting.and_then(|l| l.country) {
                mentions::complete_bare_titles(&mut nps, &country, &mut mem);
            }
            let mut found = roles::code_sentence(&view, &nps, &triggers, &mut ctx);
            if discarded {
                found.events.retain(|e| state_actor(&e.source.actor));
            }
            if let Some(t) = trace.as_deref_mut() {
                crate::explain::sentence(t, &view, si, s, &nps, &triggers, &found);
            }
            let place = if found.events.is_empty() {
                None
            } else {
                self.sentence_place(&view, &nps, &found.topic_spans, &triggers)
            };
            sentence_places.push(place);
            let mut issues = found.issues.clone();
            for m in layers
                .issues
                .iter()
                .filter(|m| range.contains(&m.tokens.start))
            {
                if let Some(code) = match m.entry {
                    EntryRef::Issue(i) => self.kb.issues.get(i as usize).map(|x| x.code.clone()),
                    _ => None,
                } {
                    if !issues.contains(&code) {
                        issues.push(code);
                    }
                }
            }
            for c in found.events {
                drafts.push(Draft {
                    sentence: si,
                    coded: c,
                    issues: issues.clone(),
                });
            }
        }
        let dated = fill(&sentence_dates);
        let placed = fill(&sentence_places);
        let mut events = Vec::new();
        let mut seen: Vec<(usize, String, String, String)> = Vec::new();
        let mut chars = CharIndex::new(text);
        for d in drafts {
            if d.coded.modality == Modality::Hypothetical && !self.options.keep_hypothetical {
                if let Some(t) = trace.as_deref_mut() {
                    let _ = writeln!(
                        t,
                        "not reported: {} -{}-> … in sentence {}: hypothetical (opinion, condition or call); --keep-hypothetical reports it",
                        d.coded.source.actor.code,
                        d.coded.cameo,
                        d.sentence + 1
                    );
                }
                continue;
            }
            let Some(code) = CodeTables::get().lookup(&d.coded.cameo) else {
                continue;
            };
            let tcode = d
                .coded
                .target
                .as_ref()
                .map(|t| t.actor.code.clone())
                .unwrap_or_default();
            let tname = d
                .coded
                .target
                .as_ref()
                .and_then(|t| t.actor.name.clone())
                .unwrap_or_default();
            let dedup = (
                d.sentence,
                d.coded.source.actor.code.clone(),
                format!("{tcode}/{tname}"),
                d.coded.cameo.clone(),
            );
            if seen.contains(&dedup) {
                if let Some(t) = trace.as_deref_mut() {
                    let _ = writeln!(
                        t,
                        "not reported: {} -{}-> {} in sentence {}: same event already reported from this sentence",
                        dedup.1,
                        dedup.3,
                        dedup.2.trim_end_matches('/'),
                        d.sentence + 1
                    );
                }
                continue;
            }
            seen.push(dedup);
            let Some(s) = seg.sentences.get(d.sentence) else {
                continue;
            };
            let (date, date_precision) = match dated.get(d.sentence).cloned().flatten() {
                Some((dt, p)) => (Some(dt), p),
                None => (doc_date, DatePrecision::Document),
            };
            let location = placed
                .get(d.sentence)
                .cloned()
                .flatten()
                .or_else(|| dateline_place.clone());
            let trig = tok_span(&seg, &d.coded.trigger);
            let source = actor_ref(text, &seg, &d.coded.source, &mut chars);
            // A bare sector ("officials", "polisi") with no country tells a
            // reader nothing about who acted.
            let unknown_source = source.code.is_empty();
            if !unknown_source
                && source.country.is_none()
                && self.kb.agents.iter().any(|a| a.code == source.code)
            {
                if let Some(t) = trace.as_deref_mut() {
                    let _ = writeln!(
                        t,
                        "not reported: {} -{}-> … in sentence {}: the source has no country or organisation",
                        source.code,
                        d.coded.cameo,
                        d.sentence + 1
                    );
                }
                continue;
            }
            let mut target = d
                .coded
                .target
                .as_ref()
                .map(|t| actor_ref(text, &seg, t, &mut chars));
            // A bare sector as target ("the government", "his ministers",
            // "pemerintah") that the setting did not place is the source's
            // own: news names the country of a foreign body, not of the home one.
            if let (Some(t), Some(c)) = (target.as_mut(), source.country.as_ref()) {
                if t.country.is_none() && t.sector.as_deref().is_some_and(|s| t.code == s) {
                    t.code = format!("{c}{}", t.code);
                    t.country = Some(c.clone());
                }
            }
            // Domestic acts with no named target (protest, repression,
            // violence, concessions) are aimed at the country where they
            // happen, else at the source's own country (CAMEO/PLOVER practice).
            // A resignation or a surrender ("resigned", "surrendered",
            // "mengundurkan diri", "menyerah") is the actor's own act: with no
            // one named it acts on no one. So is a show of force ("ordered
            // patrols", "menyiagakan pasukan"), which PLOVER codes with no
            // target unless one is named.
            let own_act = matches!(d.coded.cameo.as_str(), "0831" | "0874");
            let domestic = !own_act
                && matches!(
                    d.coded.cameo.get(..2),
                    Some("08" | "14" | "17" | "18" | "19" | "20")
                );
            let here = sentence_places
                .get(d.sentence)
                .cloned()
                .flatten()
                .and_then(|l| l.country);
            // A threat with no named target but a named place ("threatened a
            // curfew in Algiers") is aimed at that place.
            let threat_here = d.coded.cameo.starts_with("13") && here.is_some();
            if target.is_none() && (domestic || threat_here) {
                if let Some(c) = here.or_else(|| source.country.clone()) {
                    let at = chars.at(trig.start);
                    target = Some(ActorRef {
                        text: String::new(),
                        code: c.clone(),
                        name: self
                            .kb
                            .countries
                            .iter()
                            .find(|k| k.code == c)
                            .map(|k| k.name.clone()),
                        country: Some(c),
                        sector: None,
                        start: at,
                        end: at,
                    });
                }
            }
            // Today's gazetteer and dictionaries, as of the event's date.
            let mut source = source;
            let mut location = location;
            for a in std::iter::once(&mut source).chain(target.as_mut()) {
                self.actor_as_of(a, date);
            }
            if let Some(l) = location.as_mut() {
                if let Some(c) = l.country.as_ref().and_then(|c| self.kb.code_as_of(c, date)) {
                    l.country = Some(c);
                }
            }
            let confidence = confidence(&d.coded);
            let event_id = event_id(
                doc_id,
                s.start,
                trig.start,
                &source.code,
                target.as_ref().map(|t| t.code.as_str()),
                &d.coded.cameo,
            );
            events.push(Event {
                event_id,
                doc_id: doc_id.to_string(),
                date,
                date_precision,
                source: (!unknown_source).then_some(source),
                target,
                root: d.coded.cameo.get(..2).unwrap_or("").to_string(),
                cameo: d.coded.cameo.clone(),
                plover: code.plover,
                quad_class: code.quad_class,
                goldstein: code.goldstein,
                location,
                issues: d.issues,
                negated: d.coded.negated,
                modality: d.coded.modality,
                lang,
                confidence,
                evidence: Evidence {
                    sentence: text.get(s.start..s.end).unwrap_or("").to_string(),
                    start: chars.at(s.start),
                    end: chars.at(s.end),
                    trigger: text.get(trig.clone()).unwrap_or("").to_string(),
                    trigger_start: chars.at(trig.start),
                    trigger_end: chars.at(trig.end),
                },
            });
        }
        events
    }

    /// Give an actor of a country that did not exist yet on `date` the
    /// country it was part of (see `actors/successions.tsv`).
    fn actor_as_of(&self, a: &mut ActorRef, date: Option<NaiveDate>) {
        let Some(code) = self.kb.code_as_of(&a.code, date) else {
            return;
        };
        let name_of = |c: &str| self.kb.countries.iter().find(|k| k.code == c);
        if let Some(old) = a.country.take() {
            let new = self
                .kb
                .code_as_of(&old, date)
                .unwrap_or_else(|| old.clone());
            // The country itself ("South Sudan") is now named as its predecessor.
            if a.name.is_some() && a.name.as_deref() == name_of(&old).map(|k| k.name.as_str()) {
                a.name = name_of(&new).map(|k| k.name.clone());
            }
            a.country = Some(new);
        }
        a.code = code;
    }

    /// The place named inside a byte span (the dateline).
    fn place_in(
        &self,
        layers: &mentions::Layers,
        seg: &Segmented,
        span: Range<usize>,
    ) -> Option<Location> {
        layers
            .names
            .iter()
            .filter(|m| {
                seg.tokens
                    .get(m.tokens.start)
                    .is_some_and(|t| t.start >= span.start && t.end <= span.end)
            })
            .find_map(|m| self.location_of(m.entry))
    }

    fn location_of(&self, e: EntryRef) -> Option<Location> {
        let kb = &self.kb;
        match e {
            EntryRef::City(c) => kb.cities.get(c as usize).map(|c| Location {
                name: c.name.clone(),
                country: Some(c.country.clone()),
                lat: c.lat,
                lon: c.lon,
            }),
            EntryRef::Country(c) => kb.countries.get(c as usize).map(|c| Location {
                name: c.name.clone(),
                country: Some(c.code.clone()),
                lat: c.lat,
                lon: c.lon,
            }),
            EntryRef::Region(r) => kb.regions.get(r as usize).map(|r| Location {
                name: r.name.clone(),
                country: None,
                lat: r.lat,
                lon: r.lon,
            }),
            _ => None,
        }
    }

    /// Where the events of a sentence happen: a destination of a visit, else
    /// a "di X"/"in X" city, else a country; never a topic ("membahas situasi di Suriah").
    fn sentence_place(
        &self,
        v: &SentenceView,
        nps: &[Np],
        topics: &[Range<usize>],
        triggers: &[mentions::Mention],
    ) -> Option<Location> {
        let visit_before = |at: usize| {
            triggers.iter().any(|t| {
                t.tokens.end <= at
                    && matches!(t.entry, EntryRef::Verb(i)
                        if self.kb.verbs.get(i as usize).is_some_and(|p| p.cameo == "042"))
            })
        };
        let mut best: Option<(u8, Location)> = None;
        for (k, n) in nps.iter().enumerate() {
            if topics.iter().any(|r| r.contains(&n.tokens.start)) {
                continue;
            }
            // "Presiden Rusia di Timur Tengah", "Dubes RI di Moskow": the place
            // belongs to the title, not to the event.
            let attached = k > 0
                && matches!(nps[k - 1].kind, NpKind::Actor(_))
                && nps[k - 1].prep.is_none_or(|p| p != Prep::Locative)
                && nps[k - 1].tokens.end + 1 == n.tokens.start;
            let region = n
                .entities
                .first()
                .is_some_and(|e| matches!(e, EntryRef::Region(_)));
            if attached && region && n.prep == Some(Prep::Locative) {
                continue;
            }
            let rank_base = match n.prep {
                Some(Prep::Locative) => 0,
                Some(Prep::Directional) if visit_before(n.tokens.start) => 3,
                _ => continue,
            };
            if !matches!(n.kind, NpKind::Place | NpKind::Actor(_)) {
                continue;
            }
            // Only a bare place: "di Jakarta", not "di hadapan Presiden Rusia".
            let Some(mut e) = n.entities.first().copied() else {
                continue;
            };
            // "di wilayah Kaukasus Rusia", "in Russia's Caucasus": a region
            // named with its country is set in that country.
            if matches!(e, EntryRef::Region(_)) {
                if let Some(c) = n
                    .entities
                    .iter()
                    .find(|x| matches!(x, EntryRef::Country(_)))
                {
                    e = *c;
                }
            }
            // "pada ketiga orang Prancis": the French people, not France.
            let people = n.tokens.start > v.range.start
                && v.grammar.nationals_head(v.key.token(n.tokens.start - 1));
            if n.sector.is_some() || people {
                continue;
            }
            let rank = rank_base
                + match e {
                    EntryRef::City(_) => 3,
                    EntryRef::Country(_) => 2,
                    EntryRef::Region(_) => 1,
                    _ => continue,
                };
            if let Some(loc) = self.location_of(e) {
                if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                    best = Some((rank, loc));
                }
            }
        }
        best.map(|b| b.1)
    }
}

struct Draft {
    sentence: usize,
    coded: Coded,
    issues: Vec<String>,
}

/// Each sentence's own value, else the nearest earlier one, else the first later one.
fn fill<T: Clone>(v: &[Option<T>]) -> Vec<Option<T>> {
    let first = v.iter().find_map(|x| x.clone());
    let mut last: Option<T> = None;
    v.iter()
        .map(|x| {
            if x.is_some() {
                last = x.clone();
            }
            last.clone().or_else(|| first.clone())
        })
        .collect()
}

fn resolve(
    d: &DateMention,
    anchor: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<(NaiveDate, DatePrecision)> {
    kabar_text::resolve(&d.value, anchor, today).map(|r| (r.date, r.precision))
}

/// Without a publication date, the first absolute date in the text anchors
/// the relative ones ("Rabu malam" after "Rabu 1 Februari").
fn infer_anchor(dates: &[DateMention], today: NaiveDate) -> Option<NaiveDate> {
    dates.iter().find_map(|d| match d.value {
        kabar_text::DateValue::Absolute { day: Some(_), .. } => {
            kabar_text::resolve(&d.value, None, today).map(|r| r.date)
        }
        _ => None,
    })
}

/// An organ of a state (government, military, police, judiciary,
/// legislature, intelligence): its acts are political even in a sentence a
/// discard phrase marks as sports or entertainment news.
fn state_actor(a: &mentions::Actor) -> bool {
    a.in_sector(&["GOV", "MIL", "COP", "JUD", "LEG", "SPY"])
}

fn tok_span(seg: &Segmented, r: &Range<usize>) -> Range<usize> {
    let s = seg.tokens.get(r.start).map(|t| t.start).unwrap_or(0);
    let e = seg
        .tokens
        .get(r.end.saturating_sub(1))
        .map(|t| t.end)
        .unwrap_or(s);
    s..e
}

fn actor_ref(text: &str, seg: &Segmented, p: &Party, chars: &mut CharIndex) -> ActorRef {
    let span = tok_span(seg, &p.tokens);
    ActorRef {
        text: text.get(span.clone()).unwrap_or("").to_string(),
        code: p.actor.code.clone(),
        country: p.actor.country.clone(),
        sector: p.actor.sector.clone(),
        name: p.actor.name.clone(),
        start: chars.at(span.start),
        end: chars.at(span.end),
    }
}

fn confidence(c: &Coded) -> f32 {
    let mut x: f32 = 0.6;
    if c.target.is_some() {
        x += 0.2;
    }
    if c.source.via != Via::Direct {
        x -= 0.1;
    }
    if c.target.as_ref().is_some_and(|t| t.via == Via::Context) {
        x -= 0.1;
    }
    if c.nominal {
        x -= 0.1;
    }
    if c.source.actor.country.is_none() && c.source.actor.code.len() <= 3 {
        x -= 0.2;
    }
    (x.clamp(0.1, 0.95) * 100.0).round() / 100.0
}

/// FNV-1a over the fields that make an event unique: stable across runs and platforms.
fn event_id(
    doc: &str,
    sentence: usize,
    trigger: usize,
    source: &str,
    target: Option<&str>,
    cameo: &str,
) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: &[u8]| {
        for x in b {
            h ^= u64::from(*x);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(doc.as_bytes());
    eat(&sentence.to_le_bytes());
    eat(&trigger.to_le_bytes());
    eat(source.as_bytes());
    eat(target.unwrap_or("").as_bytes());
    eat(cameo.as_bytes());
    format!("{h:016x}")
}

/// Byte → character offsets, computed incrementally.
struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> Self {
        CharIndex {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let slice = self.text.get(self.byte..byte).unwrap_or("");
        self.chars += slice.chars().count();
        self.byte = byte;
        self.chars
    }
}

/// Build the matching key. The language may shorten tokens for matching
/// (English "Iran's" → "iran" with a possessive flag, "US-led" → "us").
fn key_of(text: &str, seg: &Segmented, lang: Lang) -> (Key, Vec<bool>) {
    let grammar = grammar::for_lang(lang);
    let key = Key::new(text, seg);
    let mut possessive = vec![false; seg.tokens.len()];
    let stems: Vec<Option<(usize, bool)>> = key
        .spans
        .iter()
        .map(|span| {
            let tok = &key.text[span.clone()];
            grammar.key_stem(tok).map(|(stem, poss)| (stem.len(), poss))
        })
        .collect();
    if stems.iter().all(Option::is_none) {
        return (key, possessive);
    }
    // Rebuild with the shortened tokens (spaces keep tokens aligned).
    let mut text2 = String::with_capacity(key.text.len());
    let mut spans = Vec::with_capacity(key.spans.len());
    for (i, span) in key.spans.iter().enumerate() {
        if !text2.is_empty() {
            text2.push(' ');
        }
        let tok = &key.text[span.clone()];
        let tok = match stems[i] {
            Some((len, poss)) => {
                possessive[i] = poss;
                tok.get(..len).unwrap_or(tok)
            }
            None => tok,
        };
        let s = text2.len();
        text2.push_str(tok);
        spans.push(s..text2.len());
    }
    (Key { text: text2, spans }, possessive)
}

/// "…, Ban said", "The US last May banned …": a capitalised word inside
/// running text is a name or a month, not the verb, event noun or modal cue
/// it is spelt like. Drops such trigger and cue hits, except in sentences
/// written in Title Case, where capitals say nothing.
fn drop_capitalised_words(
    kb: &Kb,
    hits: &mut Vec<Hit>,
    text: &str,
    seg: &Segmented,
    sentence_of: &[usize],
) {
    let mut headline: Vec<Option<bool>> = vec![None; seg.sentences.len()];
    hits.retain(|h| {
        let spelt_like_a_word = kb
            .aliases
            .get(h.alias as usize)
            .is_some_and(|a| matches!(a.entry, EntryRef::Verb(_) | EntryRef::Cue(_)));
        let Some((si, s)) = sentence_of
            .get(h.tokens.start)
            .and_then(|&si| Some((si, seg.sentences.get(si)?)))
        else {
            return true;
        };
        if !spelt_like_a_word || !capitalised_mid_sentence(text, seg, &s.tokens, h.tokens.start) {
            return true;
        }
        match headline.get_mut(si) {
            Some(Some(known)) => *known,
            Some(slot) => *slot.insert(title_cased(text, seg, &s.tokens)),
            None => true,
        }
    });
}

/// Is token `i` a capitalised word ("Ban", not "KTT") inside its sentence,
/// not at its start nor after an opening quote, bracket or colon?
fn capitalised_mid_sentence(text: &str, seg: &Segmented, range: &Range<usize>, i: usize) -> bool {
    if i <= range.start {
        return false;
    }
    let capital = seg.tokens.get(i).is_some_and(|t| {
        t.kind == kabar_text::TokenKind::Word
            && t.text(text).chars().next().is_some_and(char::is_uppercase)
            // An acronym ("KTT") is written in capitals wherever it stands.
            && t.text(text).chars().skip(1).any(char::is_lowercase)
    });
    let opener = seg.tokens.get(i - 1).is_some_and(|t| {
        t.kind != kabar_text::TokenKind::Word
            && t.kind != kabar_text::TokenKind::Number
            && t.text(text) != ","
    });
    capital && !opener
}

/// A headline where most words are capitalised.
fn title_cased(text: &str, seg: &Segmented, range: &Range<usize>) -> bool {
    let words: Vec<&str> = seg.tokens[range.clone()]
        .iter()
        .filter(|t| t.kind == kabar_text::TokenKind::Word)
        .map(|t| t.text(text))
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 6
}

/// Last resort when language identification abstains: count function words.
fn guess_lang(text: &str) -> Lang {
    let (mut id, mut en) = (0, 0);
    for w in text.split_whitespace().take(400) {
        match w.to_lowercase().as_str() {
            "yang" | "dan" | "di" | "dengan" | "untuk" | "dari" | "ini" | "itu" | "pada" => id += 1,
            "the" | "and" | "of" | "to" | "in" | "with" | "that" | "is" | "was" => en += 1,
            _ => {}
        }
    }
    if en > id {
        Lang::En
    } else {
        Lang::Id
    }
}
