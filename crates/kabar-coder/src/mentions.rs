//! Mention finding: dictionary hits sorted into layers (names, agents,
//! triggers, discards, cues), then chunked into noun phrases whose actor
//! codes are composed from their parts ("Menteri Luar Negeri Rusia Sergey
//! Vershinin" → `RUSGOV`, name "Sergey Vershinin").

use crate::grammar::{Language, Prep, Word};
use crate::kb::{CueKind, DiscardScope, EntryRef, Kb};
use crate::lexicon::{Hit, Key};
use kabar_text::{Segmented, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

/// A dictionary hit kept after layer selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Token range.
    pub tokens: Range<usize>,
    /// What it names.
    pub entry: EntryRef,
}

/// The layered mentions of one document.
#[derive(Debug, Default)]
pub struct Layers {
    /// Countries, regions, organisations, persons, cities (non-overlapping).
    pub names: Vec<Mention>,
    /// Agent words (non-overlapping).
    pub agents: Vec<Mention>,
    /// Verb/noun triggers (non-overlapping, language-filtered later).
    pub triggers: Vec<Mention>,
    /// Discard phrases.
    pub discards: Vec<Mention>,
    /// Modality cues.
    pub cues: Vec<Mention>,
    /// Topic words (issue codes).
    pub issues: Vec<Mention>,
    /// Event nouns inside an agent's words ("suicide bomber"): no triggers,
    /// but they say what the agent's own violence was.
    pub agent_acts: Vec<Mention>,
}

fn name_rank(kb: &Kb, e: EntryRef) -> u8 {
    match e {
        EntryRef::Person(p) if kb.persons.get(p as usize).is_some_and(|p| p.converted) => 5,
        EntryRef::Person(_) => 0,
        EntryRef::Org(_) => 1,
        EntryRef::Country(_) => 2,
        EntryRef::Region(_) => 3,
        EntryRef::City(_) => 4,
        _ => 9,
    }
}

/// Longest-leftmost non-overlapping selection; ties broken by `rank`.
fn select<K: Ord>(mut v: Vec<Mention>, rank: impl Fn(EntryRef) -> K) -> Vec<Mention> {
    v.sort_by_key(|m| {
        (
            m.tokens.start,
            std::cmp::Reverse(m.tokens.end),
            rank(m.entry),
        )
    });
    let mut out: Vec<Mention> = Vec::with_capacity(v.len());
    let mut end = 0;
    for m in v {
        if m.tokens.start < end {
            continue;
        }
        end = m.tokens.end;
        out.push(m);
    }
    out
}

/// Sort raw hits into layers. Names must start with a capital letter (or be
/// an exact-case acronym); triggers overlapped by a name or a discard phrase
/// are dropped. `originals` are the tokens as written.
pub fn layers(kb: &Kb, hits: Vec<Hit>, key: &Key, originals: &[&str]) -> Layers {
    let mut names = Vec::new();
    let mut agents = Vec::new();
    let mut triggers = Vec::new();
    let mut discards = Vec::new();
    let mut cues = Vec::new();
    let mut issues = Vec::new();
    for h in hits {
        let Some(alias) = kb.aliases.get(h.alias as usize) else {
            continue;
        };
        let m = Mention {
            tokens: h.tokens.clone(),
            entry: alias.entry,
        };
        match alias.entry {
            EntryRef::Country(_)
            | EntryRef::Region(_)
            | EntryRef::Org(_)
            | EntryRef::Person(_)
            | EntryRef::City(_) => names.push(m),
            EntryRef::Agent(_) => agents.push(m),
            EntryRef::Verb(_) => triggers.push(m),
            EntryRef::Discard(_) => discards.push(m),
            EntryRef::Cue(_) => cues.push(m),
            EntryRef::Issue(_) => issues.push(m),
        }
    }
    // Same words, same kind: the most populous city ("London" is in England).
    // "5 juta dolar AS", "U.S. dollars": a currency, not an actor; "the
    // Russian language", "bahasa Inggris": a language, not an actor.
    let currency = |i: usize| crate::grammar::CURRENCY.contains(&key.token(i));
    let language = |i: usize, after: bool| {
        let list = if after {
            crate::grammar::LANGUAGE_AFTER_NAME
        } else {
            crate::grammar::LANGUAGE_BEFORE_NAME
        };
        list.contains(&key.token(i))
    };
    names.retain(|m| {
        let before = m.tokens.start > 0
            && (currency(m.tokens.start - 1) || language(m.tokens.start - 1, false));
        !(before || currency(m.tokens.end) || language(m.tokens.end, true))
    });
    // "the West Bank": a name starting with an article ("the West") gives
    // way to a longer name starting right after that article.
    // "the South Waziristan", "the North Caucasus": an article and one
    // capitalised word ("the North", "the West") naming a country or region
    // is the start of a longer name, unknown to the dictionary, when a
    // capitalised word other than a day or month follows it.
    let spans: Vec<Range<usize>> = names.iter().map(|m| m.tokens.clone()).collect();
    let longer_name_follows = |m: &Mention| {
        m.tokens.len() == 2
            && originals.get(m.tokens.end).is_some_and(|t| {
                t.chars().next().is_some_and(char::is_uppercase)
                    && !crate::grammar::CALENDAR.contains(&key.token(m.tokens.end))
            })
    };
    names.retain(|m| {
        !(key.token(m.tokens.start) == "the"
            && (spans
                .iter()
                .any(|r| r.start == m.tokens.start + 1 && r.end > m.tokens.end)
                || longer_name_follows(m)))
    });
    let names = select(names, |e| {
        let pop = match e {
            EntryRef::City(c) => kb.cities.get(c as usize).map(|c| c.population).unwrap_or(0),
            _ => 0,
        };
        (name_rank(kb, e), std::cmp::Reverse(pop))
    });
    let overlaps = |m: &Mention, others: &[Mention]| {
        others
            .iter()
            .any(|o| o.tokens.start < m.tokens.end && m.tokens.start < o.tokens.end)
    };
    let phrase_discards: Vec<Mention> = discards
        .iter()
        .filter(|d| {
            matches!(d.entry, EntryRef::Discard(i)
                if kb.discards.get(i as usize).is_some_and(|x| x.scope == DiscardScope::Phrase))
        })
        .cloned()
        .collect();
    let agents = select(agents, |_| 0);
    // Words of a gap pattern that name an actor belong to the actor:
    // "received Australian Prime Minister…" triggers on "received" only
    // (agent words stay in the trigger: "mengirimkan bantuan militer").
    let mut tails: Vec<Range<usize>> = Vec::new();
    for t in &mut triggers {
        let cut = names
            .iter()
            .filter(|m| m.tokens.start > t.tokens.start && m.tokens.start < t.tokens.end)
            .map(|m| m.tokens.start)
            .min();
        if let Some(c) = cut {
            tails.push(c..t.tokens.end);
            t.tokens.end = c;
        }
    }
    // The pattern's own last word after the name ("rejected a U.S. request",
    // "signed with Iran an agreement") is the same act, not one of its own.
    triggers.retain(|t| {
        !tails
            .iter()
            .any(|r| t.tokens.start > r.start && t.tokens.end == r.end)
    });
    // An event noun inside an agent's words names a person, not an act:
    // "a suicide bomber killed…", "pelaku bom bunuh diri"; the act is the
    // verb's.
    let inside_agent = |t: &Mention| {
        let noun = matches!(t.entry, EntryRef::Verb(i)
            if kb.verbs.get(i as usize).is_some_and(|p| p.flags.nominal));
        noun && agents
            .iter()
            .any(|a| a.tokens.start <= t.tokens.start && t.tokens.end <= a.tokens.end)
    };
    let agent_acts: Vec<Mention> = triggers
        .iter()
        .filter(|t| !overlaps(t, &names) && inside_agent(t))
        .cloned()
        .collect();
    triggers.retain(|t| !overlaps(t, &names) && !overlaps(t, &phrase_discards) && !inside_agent(t));
    Layers {
        agent_acts,
        names,
        agents,
        triggers,
        discards,
        cues,
        issues: select(issues, |_| 0),
    }
}

/// Triggers of one language, longest-leftmost, in a token range; of two
/// patterns over the same words the one spelling out more words wins
/// ("opposed to * mediation" over "opposed * mediation").
pub fn triggers_in(
    kb: &Kb,
    layers: &Layers,
    range: &Range<usize>,
    lang: kabar_core::Lang,
) -> Vec<Mention> {
    let v: Vec<Mention> = layers
        .triggers
        .iter()
        .filter(|m| m.tokens.start >= range.start && m.tokens.end <= range.end)
        .filter(|m| matches!(m.entry, EntryRef::Verb(i) if kb.verbs.get(i as usize).is_some_and(|v| v.lang == lang)))
        .cloned()
        .collect();
    select(v, |e| {
        let words = match e {
            EntryRef::Verb(i) => kb.verbs.get(i as usize).map_or(0, |p| {
                p.pieces.iter().map(|w| w.split_whitespace().count()).sum()
            }),
            _ => 0,
        };
        std::cmp::Reverse(words)
    })
}

/// The token ranges of a trigger's own words: a pattern with `*` gaps
/// ("asked * to", "meminta * untuk") leaves the words in a gap free, so the
/// actor named there ("asked the legislature to") can be a phrase of its own.
/// Falls back to the whole match when the pieces cannot be lined up.
pub fn trigger_word_spans(kb: &Kb, key: &Key, t: &Mention) -> Vec<Range<usize>> {
    let whole = vec![t.tokens.clone()];
    let Some(pat) = (match t.entry {
        EntryRef::Verb(i) => kb.verbs.get(i as usize),
        _ => None,
    }) else {
        return whole;
    };
    if pat.pieces.len() < 2 {
        return whole;
    }
    // The key tokens from `from` that spell `piece` (spaces ignored).
    let spell = |from: usize, piece: &str| -> Option<usize> {
        let mut acc = String::new();
        let mut j = from;
        while acc.len() < piece.len() {
            if j >= t.tokens.end {
                return None;
            }
            acc.push_str(key.token(j));
            j += 1;
            if !piece.starts_with(acc.as_str()) {
                return None;
            }
        }
        Some(j)
    };
    let mut spans = Vec::new();
    let mut at = t.tokens.start;
    for (i, piece) in pat.pieces.iter().enumerate() {
        let compact: String = piece.split_whitespace().collect();
        let skips = if i == 0 { 0..=0 } else { 0..=3 };
        let Some((start, end)) = skips
            .map(|s| at + s)
            .find_map(|start| spell(start, &compact).map(|end| (start, end)))
        else {
            return whole;
        };
        spans.push(start..end);
        at = end;
    }
    if at != t.tokens.end {
        return whole;
    }
    spans
}

/// Is the sentence in `range` discarded by a sentence-scope discard phrase?
pub fn sentence_discarded(kb: &Kb, layers: &Layers, range: &Range<usize>) -> bool {
    layers.discards.iter().any(|d| {
        d.tokens.start >= range.start
            && d.tokens.end <= range.end
            && matches!(d.entry, EntryRef::Discard(i)
                if kb.discards.get(i as usize).is_some_and(|x| x.scope == DiscardScope::Sentence))
    })
}

/// Modality cues within `window` tokens before `at` (same sentence).
pub fn cues_before(
    kb: &Kb,
    layers: &Layers,
    lang: kabar_core::Lang,
    from: usize,
    at: usize,
) -> Vec<CueKind> {
    layers
        .cues
        .iter()
        .filter(|c| c.tokens.start >= from && c.tokens.end <= at)
        .filter_map(|c| match c.entry {
            EntryRef::Cue(i) => kb
                .cues
                .get(i as usize)
                .filter(|q| q.lang == lang)
                .map(|q| q.kind),
            _ => None,
        })
        .collect()
}

/// What a noun phrase refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum NpKind {
    /// An actor with a code (possibly only a sector code until resolved).
    Actor(Actor),
    /// A pronoun to resolve to an earlier subject.
    Pronoun,
    /// "para pihak", "both sides": the participants of the preceding meeting.
    Participants,
    /// A place that is not an actor by itself (a non-capital city, a region
    /// used as a location); `city` indexes `Kb::cities`.
    Place,
    /// Capitalised words that name nobody kabar knows.
    Name,
}

/// A coded actor.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Actor {
    /// Composed CAMEO actor code.
    pub code: String,
    /// Country code, if any.
    pub country: Option<String>,
    /// Sector code, if any.
    pub sector: Option<String>,
    /// Person, country or organisation name.
    pub name: Option<String>,
}

impl Actor {
    /// Is the actor in one of the sectors `roles` ("MIL", "COP"…)? Its
    /// sector, or the code after its country when it has none.
    pub fn in_sector(&self, roles: &[&str]) -> bool {
        let role = match &self.sector {
            Some(s) => s.as_str(),
            None => self.code.get(3..).unwrap_or(""),
        };
        roles.iter().any(|r| role.starts_with(r))
    }

    /// Give a bare agent ("polisi", "militants": a sector code, no country)
    /// the country `country`; true if it took it.
    fn take_country(&mut self, country: &str) -> bool {
        if self.country.is_some() || self.code.len() > 3 {
            return false;
        }
        let Some(s) = &self.sector else {
            return false;
        };
        self.code = format!("{country}{s}");
        self.country = Some(country.to_string());
        true
    }
}

/// A noun phrase of a sentence.
#[derive(Debug, Clone)]
pub struct Np {
    /// Token range (inclusive of appositives merged into it).
    pub tokens: Range<usize>,
    /// What it refers to.
    pub kind: NpKind,
    /// The preposition governing it, if any (inherited across coordination).
    pub prep: Option<Prep>,
    /// Entities inside the phrase (for issues and places).
    pub entities: Vec<EntryRef>,
    /// Unknown capitalised name inside the phrase, if any.
    pub name: Option<String>,
    /// Lowercased agent words of the phrase without its country (for title coreference).
    pub title: Option<String>,
    /// The sector code of the phrase, if it has an agent.
    pub sector: Option<String>,
    /// Directly preceded by a coordinating conjunction or comma linking it to the previous phrase.
    pub coordinated: bool,
}

/// Per-document memory used to code unknown people and bare titles.
#[derive(Debug, Default)]
pub struct Memory {
    /// Unknown person names (and their last word) → the actor they were coded as.
    pub names: HashMap<String, Actor>,
    /// Agent titles ("penasihat senior menteri luar negeri") → country seen with them.
    pub titles: HashMap<String, String>,
}

/// Inputs the chunker needs for one sentence.
pub struct SentenceView<'a> {
    /// The knowledge base.
    pub kb: &'a Kb,
    /// Language module of the sentence.
    pub grammar: &'a dyn Language,
    /// The cleaned document text.
    pub doc: &'a str,
    /// Its segmentation.
    pub seg: &'a Segmented,
    /// Its key (folded tokens).
    pub key: &'a Key,
    /// Layers of the whole document.
    pub layers: &'a Layers,
    /// Token range of the sentence.
    pub range: Range<usize>,
    /// Token ranges of this sentence's triggers (never inside a name).
    pub trigger_spans: Vec<Range<usize>>,
    /// The sentence is a headline in Title Case: capitalisation says nothing.
    pub title_case: bool,
    /// Token-level "possessive 's" flags of the document (English).
    pub possessive: &'a [bool],
}

impl SentenceView<'_> {
    /// The class of token `i` in its place: a word that links clauses after
    /// a comma (Indonesian ", sementara …" = while) is a subordinator there,
    /// whatever it is elsewhere ("pemerintah sementara", an interim one).
    pub fn word(&self, i: usize) -> Option<Word> {
        let w = self.key.token(i);
        if i > self.range.start && self.key.token(i - 1) == "," && self.grammar.comma_linker(w) {
            return Some(Word::Subordinator);
        }
        self.grammar.word(w)
    }

    /// Is token `i` written in figures ("20", "3,000")?
    pub fn number_token(&self, i: usize) -> bool {
        self.seg
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Is token `i` a word written in lowercase (not a name, number or sign)?
    pub fn lowercase_word(&self, i: usize) -> bool {
        self.seg.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.text(self.doc)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        })
    }

    /// Is token `i` one of a trigger's own words (not a `*` gap)?
    pub fn in_trigger(&self, i: usize) -> bool {
        self.trigger_spans.iter().any(|r| r.contains(&i))
    }

    /// A capitalised word that may be part of a person's name.
    fn name_like(&self, i: usize) -> bool {
        if self.title_case || i >= self.range.end {
            return false;
        }
        let Some(t) = self.seg.tokens.get(i) else {
            return false;
        };
        // "Six ISAF soldiers died": a count word is no name, capitalised or not.
        if t.kind != TokenKind::Word
            || self.in_trigger(i)
            || self.word(i).is_some()
            || self.grammar.number_word(self.key.token(i))
        {
            return false;
        }
        let text = t.text(self.doc);
        let first_upper = name_word(text);
        if !first_upper || text.chars().all(|c| !c.is_lowercase()) && text.chars().count() > 1 {
            // All-capital words are acronyms, not names.
            return false;
        }
        if i == self.range.start {
            // Sentence-initial: only as the first of several capitalised words.
            return self.name_like_next(i + 1);
        }
        true
    }

    fn name_like_next(&self, i: usize) -> bool {
        i < self.range.end
            && self.seg.tokens.get(i).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && name_word(t.text(self.doc))
                    && self.word(i).is_none()
                    && !self.in_trigger(i)
            })
    }

    fn name_at(&self, i: usize) -> Option<&Mention> {
        mention_at(&self.layers.names, i)
    }

    fn agent_at(&self, i: usize) -> Option<&Mention> {
        mention_at(&self.layers.agents, i)
            .filter(|m| !self.in_trigger(m.tokens.start) && self.agent_reading(&m.tokens))
    }

    /// An agent word that is also an adjective names an agent only as the
    /// head of its phrase: after a determiner, a modifier or a name ("a US
    /// official", "a senior official", "a border official") and before a
    /// function word, a verb or punctuation, not before a noun of its own
    /// ("an official visit", "an official inquiry", "the official Armenian
    /// news agency").
    fn agent_reading(&self, r: &Range<usize>) -> bool {
        if r.len() != 1 || !self.grammar.adjective_agent(self.key.token(r.start)) {
            return true;
        }
        let i = r.start;
        let named =
            |p: usize| self.layers.names.iter().any(|m| m.tokens.contains(&p)) || self.name_like(p);
        let modifier =
            |p: usize| matches!(self.word(p), Some(Word::Determiner | Word::Glue)) || named(p);
        let before = i > self.range.start
            && (modifier(i - 1)
                || (i - 1 > self.range.start
                    && self.lowercase_word(i - 1)
                    && self.word(i - 1).is_none()
                    && !self.in_trigger(i - 1)
                    && modifier(i - 2)));
        let j = i + 1;
        let after = j >= self.range.end
            || self
                .seg
                .tokens
                .get(j)
                .is_some_and(|t| t.kind != TokenKind::Word)
            || self.word(j).is_some()
            || followed_by_verb(self, j);
        before && after
    }

    fn text(&self, r: &Range<usize>) -> String {
        let (Some(a), Some(b)) = (
            self.seg.tokens.get(r.start),
            self.seg.tokens.get(r.end.saturating_sub(1)),
        ) else {
            return String::new();
        };
        self.doc.get(a.start..b.end).unwrap_or("").to_string()
    }
}

fn mention_at(v: &[Mention], i: usize) -> Option<&Mention> {
    match v.binary_search_by(|m| m.tokens.start.cmp(&i)) {
        Ok(k) => v.get(k),
        Err(_) => None,
    }
}

/// A capitalised word opening a sentence that is the last name of someone
/// already coded in this document ("Condoleezza Rice … Rice met Abbas"): a
/// name, though a lone capitalised first word is otherwise taken for an
/// ordinary word.
fn recalled_at(v: &SentenceView, mem: &Memory, i: usize) -> bool {
    i == v.range.start
        && !v.title_case
        && !v.in_trigger(i)
        && v.word(i).is_none()
        && v.seg.tokens.get(i).is_some_and(|t| {
            let text = t.text(v.doc);
            t.kind == TokenKind::Word
                && text.chars().next().is_some_and(char::is_uppercase)
                && text.chars().any(char::is_lowercase)
                && mem.names.contains_key(&text.to_lowercase())
        })
}

/// "Nigeria announced that it will withdraw", "the U.S. said it would not":
/// a reported pronoun right after a statement (or its "that") and before
/// its verb is the subject of the reported clause.
fn reported_subject(v: &SentenceView, i: usize) -> bool {
    if !v.grammar.reported_pronoun(v.key.token(i)) || i <= v.range.start || i + 1 >= v.range.end {
        return false;
    }
    let mut b = i - 1;
    if v.grammar.complementizer(v.key.token(b)) && b > v.range.start {
        b -= 1;
    }
    let after = v.key.token(i + 1);
    v.trigger_spans.iter().any(|r| r.end == b + 1)
        && (v.grammar.verb_group_start(after) || v.in_trigger(i + 1))
}

/// Chunk one sentence into noun phrases and code their actors.
pub fn chunk(v: &SentenceView, date: Option<chrono::NaiveDate>, mem: &mut Memory) -> Vec<Np> {
    let mut nps: Vec<Np> = Vec::new();
    let mut i = v.range.start;
    while i < v.range.end {
        // Participants ("para pihak", "both sides").
        if let Some(len) = participants_at(v, i) {
            nps.push(bare(i..i + len, NpKind::Participants));
            i += len;
            continue;
        }
        // "sekutu Ethiopia mereka yang …": a pronoun right after a phrase,
        // closing it (before "yang" or punctuation), is its possessor.
        let possessor = v.grammar.postnominal_possessive(v.key.token(i))
            && nps
                .last()
                .is_some_and(|n| n.tokens.end == i && n.kind != NpKind::Pronoun)
            && (i + 1 >= v.range.end
                || matches!(v.key.token(i + 1), "," | "." | ";" | ":")
                || v.word(i + 1) == Some(Word::Relative));
        if possessor {
            i += 1;
            continue;
        }
        if (v.word(i) == Some(Word::Pronoun) || reported_subject(v, i)) && !v.in_trigger(i) {
            nps.push(bare(i..i + 1, NpKind::Pronoun));
            i += 1;
            continue;
        }
        let recalled = recalled_at(v, mem, i);
        let starts =
            v.name_at(i).is_some() || v.agent_at(i).is_some() || v.name_like(i) || recalled;
        if !starts || v.in_trigger(i) {
            i += 1;
            continue;
        }
        let end = phrase_end(v, i);
        let end = if recalled { end.max(i + 1) } else { end };
        let np = compose(v, i..end, date, mem);
        nps.push(np);
        i = end.max(i + 1);
    }
    merge_appositives(v, &mut nps, date, mem);
    mark_government(v, &mut nps);
    share_agents(v, &mut nps);
    serve_their_actor(v, &mut nps);
    follow_abbreviation(v, &mut nps);
    nps
}

/// "Montenegro Municipality Association (AKK) officials", "Movement for
/// Democratic Change (MDC) supporters": an agent with no country right after
/// a name and its abbreviation in brackets belongs to that name's country.
fn follow_abbreviation(v: &SentenceView, nps: &mut [Np]) {
    for k in 1..nps.len() {
        let start = nps[k].tokens.start;
        if start < 3 || start <= v.range.start || v.key.token(start - 1) != ")" {
            continue;
        }
        // The opening bracket, at most four tokens back, with no comma.
        let Some(open) = (start.saturating_sub(6)..start - 1)
            .rev()
            .take_while(|&j| j >= v.range.start && !matches!(v.key.token(j), "," | ";" | "."))
            .find(|&j| v.key.token(j) == "(")
        else {
            continue;
        };
        let Some(country) = nps[..k]
            .iter()
            .rev()
            .find(|n| n.tokens.end <= open)
            .filter(|n| n.tokens.end == open)
            .and_then(|n| match &n.kind {
                NpKind::Actor(a) => a.country.clone(),
                _ => None,
            })
        else {
            continue;
        };
        if let NpKind::Actor(a) = &mut nps[k].kind {
            a.take_country(&country);
        }
    }
}

/// "Militants loyal to Abu Musab al-Zarqawi", "factions allied with the
/// Lebanese government": a group with no country of its own belongs to the
/// country of the actor it is loyal to.
fn serve_their_actor(v: &SentenceView, nps: &mut [Np]) {
    for k in 1..nps.len() {
        let gap: Vec<&str> = (nps[k - 1].tokens.end..nps[k].tokens.start)
            .map(|j| v.key.token(j))
            .filter(|w| v.grammar.word(w) != Some(Word::Determiner))
            .collect();
        if !v.grammar.allegiance(&gap) {
            continue;
        }
        // The actor served, or the first one of its phrase that has a
        // country ("loyal to Iraq's Al-Qaeda frontman Abu Musab
        // al-Zarqawi"), before the clause's verb.
        let verb = (nps[k].tokens.start..v.range.end)
            .find(|&j| v.in_trigger(j))
            .unwrap_or(v.range.end);
        let Some(country) = nps[k..]
            .iter()
            .take_while(|n| n.tokens.start < verb)
            .find_map(|n| match &n.kind {
                NpKind::Actor(a) => a.country.clone(),
                _ => None,
            })
        else {
            continue;
        };
        if let NpKind::Actor(a) = &mut nps[k - 1].kind {
            a.take_country(&country);
        }
    }
}

/// "Menteri Luar Negeri Iran dan Rusia", "the Iranian and Russian foreign
/// ministers": in a list of countries, the agent written once belongs to
/// every member (Indonesian writes it on the first, English on the last).
fn share_agents(v: &SentenceView, nps: &mut [Np]) {
    let mut k = 0;
    while k < nps.len() {
        // The list: k..end, each later member coordinated with the one before.
        let mut end = k + 1;
        while end < nps.len() && nps[end].coordinated && nps[end].prep == nps[k].prep {
            end += 1;
        }
        if end - k >= 2 {
            // The agent goes with the side of the list it is written on:
            // before the first name ("the ambassadors of A, B and C",
            // "Menteri Luar Negeri Iran dan Rusia") or after the last ("the
            // Iranian and Russian foreign ministers"); else the language's
            // usual side.
            let carrier = if agent_before_name(v, &nps[k]) {
                k
            } else if agent_after_name(v, &nps[end - 1]) {
                end - 1
            } else if v.grammar.head_initial() {
                k
            } else {
                end - 1
            };
            // "Sudan and rebel groups": an agent with no name of its own
            // is a member of the list, not a title the names share.
            let named = v
                .layers
                .names
                .iter()
                .any(|m| nps[carrier].tokens.contains(&m.tokens.start));
            if let (Some(sector), NpKind::Actor(_), true) =
                (nps[carrier].sector.clone(), &nps[carrier].kind, named)
            {
                for n in nps[k..end].iter_mut() {
                    if let NpKind::Actor(a) = &mut n.kind {
                        let bare_country = a.sector.is_none()
                            && a.code.len() == 3
                            && a.country.as_deref().is_none_or(|c| c == a.code);
                        if bare_country {
                            a.code = format!("{}{sector}", a.code);
                            a.sector = Some(sector.clone());
                            n.sector = Some(sector.clone());
                        }
                    }
                }
            }
        }
        k = end;
    }
}

/// The phrase's first agent word comes before its first name.
fn agent_before_name(v: &SentenceView, n: &Np) -> bool {
    let inside = |m: &&Mention| n.tokens.contains(&m.tokens.start);
    match (
        v.layers.agents.iter().find(inside),
        v.layers.names.iter().find(inside),
    ) {
        (Some(a), Some(b)) => a.tokens.start < b.tokens.start,
        _ => false,
    }
}

/// The phrase's last agent word comes after its last name.
fn agent_after_name(v: &SentenceView, n: &Np) -> bool {
    let inside = |m: &&Mention| n.tokens.contains(&m.tokens.start);
    match (
        v.layers.agents.iter().rev().find(inside),
        v.layers.names.iter().rev().find(inside),
    ) {
        (Some(a), Some(b)) => a.tokens.start > b.tokens.start,
        _ => false,
    }
}

fn bare(tokens: Range<usize>, kind: NpKind) -> Np {
    Np {
        tokens,
        kind,
        prep: None,
        entities: Vec::new(),
        name: None,
        title: None,
        sector: None,
        coordinated: false,
    }
}

fn participants_at(v: &SentenceView, i: usize) -> Option<usize> {
    // Runs for every token: compare the first word once, the rest only on a hit.
    let first = v.key.token(i);
    v.grammar
        .participants()
        .iter()
        .find(|p| {
            p.first() == Some(&first)
                && i + p.len() <= v.range.end
                && p.iter()
                    .enumerate()
                    .skip(1)
                    .all(|(k, w)| v.key.token(i + k) == *w)
        })
        .map(|p| p.len())
        // "The two soldiers were killed", "the two Koreas": where modifiers
        // come before their noun, an actor right after the match is its head,
        // and the words only count it.
        .filter(|&len| {
            let next = i + len;
            v.grammar.head_initial()
                || next >= v.range.end
                || (v.agent_at(next).is_none() && v.name_at(next).is_none())
        })
}

/// Token `k` is a plain lower-case word: no dictionary word, no trigger
/// (a modifier that may stand inside an actor's phrase).
fn plain_word(v: &SentenceView, k: usize) -> bool {
    v.word(k).is_none() && !v.in_trigger(k) && v.lowercase_word(k)
}

/// Extend a phrase starting at `i` over names, agents, glue words and
/// capitalised name words.
fn phrase_end(v: &SentenceView, start: usize) -> usize {
    let mut j = start;
    let mut last_content = start;
    let mut after_agent = false;
    while j < v.range.end {
        if v.in_trigger(j) {
            break;
        }
        if let Some(m) = v.name_at(j).or_else(|| v.agent_at(j)) {
            after_agent = matches!(m.entry, EntryRef::Agent(_));
            j = m.tokens.end;
            last_content = j;
            // English possessive: "Iran's foreign minister" continues the phrase.
            continue;
        }
        if v.name_like(j) && j > start || (j == start && v.name_like(j)) {
            after_agent = false;
            j += 1;
            last_content = j;
            continue;
        }
        // "Irish nationalist guerrillas", "Syrian government troops": plain
        // modifiers between a name and the agent it qualifies.
        if j > start && !after_agent && v.word(j).is_none() && !v.in_trigger(j) {
            // A count opens a phrase of its own ("Baghdad left five protesters").
            let plain = |k: usize| plain_word(v, k) && !v.grammar.number_word(v.key.token(k));
            if plain(j) {
                let agent_next =
                    v.agent_at(j + 1).is_some() || (plain(j + 1) && v.agent_at(j + 2).is_some());
                if agent_next {
                    j += 1;
                    continue;
                }
            }
        }
        // Indonesian modifiers follow their head, and the country comes
        // last: "perusahaan perizinan kendaraan Inggris", "kapal dagang
        // Inggris". Words with a verb prefix (meN-, ber-, di-, ter-) start a
        // predicate instead ("tentara memasuki Irak").
        if v.grammar.head_initial() && after_agent && j > start {
            let modifier = |k: usize| {
                plain_word(v, k)
                    && !["me", "ber", "di", "ter"]
                        .iter()
                        .any(|p| v.key.token(k).starts_with(p))
            };
            // "pasukan tambahan Hamas": an organisation closes the phrase as a
            // country does.
            let country_at = |k: usize| {
                v.name_at(k)
                    .is_some_and(|m| matches!(m.entry, EntryRef::Country(_) | EntryRef::Org(_)))
            };
            // "pejabat kehakiman, pengacara dan polisi": the modifier ends
            // the phrase, and the list goes on with the next member.
            let list_next = |k: usize| {
                matches!(v.key.token(k), "," | "dan" | "serta")
                    && (v.agent_at(k + 1).is_some() || v.name_at(k + 1).is_some())
            };
            if modifier(j) {
                // "perunding nuklir tertinggi Korea Utara": a glue word
                // ("tertinggi", "senior") may follow the modifier.
                let second = |k: usize| modifier(k) || v.word(k) == Some(Word::Glue);
                let skip = if country_at(j + 1) {
                    1
                } else if second(j + 1) && country_at(j + 2) {
                    2
                } else {
                    0
                };
                if skip > 0 {
                    j += skip;
                    continue;
                }
                let ends = if list_next(j + 1) {
                    1
                } else if modifier(j + 1) && list_next(j + 2) {
                    2
                } else {
                    0
                };
                if ends > 0 {
                    last_content = j + ends;
                    break;
                }
            }
        }
        match v.word(j) {
            // Glue only counts when more phrase follows it.
            Some(Word::Glue) => {
                j += 1;
                continue;
            }
            Some(Word::Prep(Prep::Other | Prep::Directional | Prep::Goal))
                if !v.grammar.head_initial()
                    && j > start
                    && after_agent
                    && matches!(v.key.token(j), "of" | "to" | "for")
                    && !(v.key.token(j) == "to"
                        && v.grammar.dispatched_force(v.key.token(j - 1)))
                    && (v.name_at(j + 1).is_some()
                        || v.agent_at(j + 1).is_some()
                        || (v.word(j + 1) == Some(Word::Determiner)
                            && (v.name_at(j + 2).is_some() || v.agent_at(j + 2).is_some()))) =>
            {
                // "adviser to Iran's foreign minister", "minister of defence of Russia";
                // not "troops to Iraq", where "to" says where they are sent.
                j += 1;
                if v.word(j) == Some(Word::Determiner) {
                    j += 1;
                }
                continue;
            }
            _ => break,
        }
    }
    last_content.max(start + 1)
}

/// Compose the actor of a phrase from its parts.
fn compose(
    v: &SentenceView,
    tokens: Range<usize>,
    date: Option<chrono::NaiveDate>,
    mem: &mut Memory,
) -> Np {
    let kb = v.kb;
    let mut entities = Vec::new();
    let mut agents: Vec<(usize, String, Range<usize>)> = Vec::new();
    let mut name_tokens: Vec<usize> = Vec::new();
    let mut entity_ends: Vec<usize> = Vec::new();
    let mut j = tokens.start;
    while j < tokens.end {
        let after_stance = j > v.range.start && v.grammar.stance_word(v.key.token(j - 1));
        if let Some(m) = v.name_at(j) {
            // "Ayah Mubarak": a relative of the person named, not the person.
            let kin = j > tokens.start
                && matches!(m.entry, EntryRef::Person(_))
                && v.grammar.kin_noun(v.key.token(j - 1));
            if !after_stance && !kin {
                entities.push(m.entry);
                entity_ends.push(m.tokens.end);
            }
            j = m.tokens.end;
        } else if let Some(m) = v.agent_at(j).filter(|_| !after_stance) {
            if let EntryRef::Agent(a) = m.entry {
                if let Some(agent) = kb.agents.get(a as usize) {
                    agents.push((j, agent.code.clone(), m.tokens.clone()));
                }
            }
            j = m.tokens.end;
        } else {
            if v.name_like(j)
                || (j == tokens.start && (v.name_like_next(j) || recalled_at(v, mem, j)))
            {
                name_tokens.push(j);
            }
            j += 1;
        }
    }
    // Capitalised title words before an agent ("Penasihat Senior Menteri…")
    // are not a name: a name follows the last agent or entity, or stands alone.
    let last_known = agents
        .iter()
        .map(|a| a.2.end)
        .chain(entity_ends.iter().copied())
        .max();
    if let Some(end) = last_known {
        name_tokens.retain(|&k| k >= end);
    }
    let name = if name_tokens.is_empty() {
        None
    } else {
        let first = name_tokens[0];
        let last = name_tokens[name_tokens.len() - 1];
        Some(v.text(&(first..last + 1)))
    };
    let sector = if v.grammar.head_initial() {
        // "wanita jurubicara tentara Israel": a sex word before another
        // agent word is no head.
        let modifier = |a: &&(usize, String, Range<usize>)| {
            a.2.len() == 1 && v.grammar.sex_modifier(v.key.token(a.2.start))
        };
        agents.iter().find(|a| !modifier(a)).or(agents.first())
    } else {
        agents.last()
    }
    .map(|a| a.1.clone());
    // The title: the phrase's words minus names and countries.
    // The title, for coreference: its agent words, order-free ("senior
    // adviser to the foreign minister" = "the Foreign Minister's Senior Adviser").
    let title = if agents.is_empty() {
        None
    } else {
        let mut words: Vec<String> = agents
            .iter()
            .map(|a| {
                a.2.clone()
                    .map(|k| v.key.token(k))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        words.sort();
        words.dedup();
        Some(words.join("|"))
    };
    let mut np = Np {
        tokens: tokens.clone(),
        kind: NpKind::Name,
        prep: None,
        entities: entities.clone(),
        name: name.clone(),
        title: title.clone(),
        sector: sector.clone(),
        coordinated: false,
    };
    // Pick the anchoring entity: a person, else an organisation, else a country, else a region, else a city.
    // "Jordan's King Abdullah" is not the Saudi king of the same name: a
    // person whose country differs from the phrase's named country is a homonym.
    let named_country: Option<&str> = entities.iter().find_map(|e| match e {
        EntryRef::Country(c) => kb.countries.get(*c as usize).map(|c| c.code.as_str()),
        _ => None,
    });
    let person = entities.iter().find_map(|e| match e {
        EntryRef::Person(p) => kb.persons.get(*p as usize).filter(|p| {
            named_country.is_none_or(|c| {
                p.code_on(date)
                    .is_none_or(|code| code.starts_with(c) || code.len() < 3)
            })
        }),
        _ => None,
    });
    let mut actor: Option<Actor> = None;
    if let Some(p) = person {
        if let Some(code) = p.code_on(date) {
            // A named actor with a bare three-letter (country-level) code
            // composes with an agent like a country does: "Arnorian soldiers" → ARNMIL.
            let code = match &sector {
                Some(s) if code.len() == 3 && !code.ends_with(s.as_str()) => format!("{code}{s}"),
                _ => code.to_string(),
            };
            let code = code.as_str();
            let a = Actor {
                code: code.to_string(),
                country: country_of_code(kb, code),
                sector: sector_of_code(kb, code),
                name: Some(p.name.clone()),
            };
            // Later mentions by last name alone ("Rice") are this person.
            remember(mem, &p.name, &a);
            actor = Some(a);
        }
    }
    if actor.is_none() {
        let base = entities.iter().find_map(|e| match e {
            EntryRef::Org(o) => kb
                .orgs
                .get(*o as usize)
                .map(|o| (o.code.clone(), None, o.name.clone())),
            _ => None,
        });
        let base = base.or_else(|| {
            entities.iter().find_map(|e| match e {
                EntryRef::Country(c) => kb
                    .countries
                    .get(*c as usize)
                    .map(|c| (c.code.clone(), Some(c.code.clone()), c.name.clone())),
                _ => None,
            })
        });
        let base = base.or_else(|| {
            entities.iter().find_map(|e| match e {
                EntryRef::Region(r) => kb
                    .regions
                    .get(*r as usize)
                    .map(|r| (r.code.clone(), None, r.name.clone())),
                _ => None,
            })
        });
        // A city inside a phrase with an agent ("Polisi Jakarta") or a capital
        // standing alone ("Moskow menolak…") gives its country.
        let city = entities.iter().find_map(|e| match e {
            EntryRef::City(c) => kb.cities.get(*c as usize),
            _ => None,
        });
        let base = base.or_else(|| {
            city.filter(|c| c.capital || sector.is_some()).map(|c| {
                (
                    c.country.clone(),
                    Some(c.country.clone()),
                    country_name(kb, &c.country),
                )
            })
        });
        match (base, &sector) {
            (Some((code, country, cname)), sector) => {
                let full = match sector {
                    Some(s) if !holds_sector(&code, s) => format!("{code}{s}"),
                    _ => code.clone(),
                };
                actor = Some(Actor {
                    code: full,
                    country,
                    sector: sector.clone(),
                    name: name.clone().or(Some(cname)),
                });
            }
            (None, Some(s)) => {
                // A bare title: a country seen with the same title earlier, or a
                // name already coded in this document.
                let country = title.as_ref().and_then(|t| mem.titles.get(t).cloned());
                actor = Some(Actor {
                    code: match &country {
                        Some(c) => format!("{c}{s}"),
                        None => s.clone(),
                    },
                    country,
                    sector: Some(s.clone()),
                    name: name.clone(),
                });
            }
            (None, None) => {
                if city.is_some() {
                    np.kind = NpKind::Place;
                    return np;
                }
                if let Some(n) = &name {
                    if let Some(a) = recall(mem, n) {
                        np.kind = NpKind::Actor(a);
                    }
                }
                return np;
            }
        }
    }
    if let Some(a) = &actor {
        if let (Some(t), Some(c)) = (&title, &a.country) {
            mem.titles.entry(t.clone()).or_insert_with(|| c.clone());
        }
        if let Some(n) = &name {
            remember(mem, n, a);
        }
        np.kind = NpKind::Actor(a.clone());
    }
    np
}

/// Does `code` already carry the sector `s` as one of its three-letter
/// parts? "pejuang Hamas" is Hamas's rebels, `PSEREBHMS`, not
/// `PSEREBHMSREB`; "pasukan Hamas" still adds `MIL`.
fn holds_sector(code: &str, s: &str) -> bool {
    if code.ends_with(s) {
        return true;
    }
    code.len().is_multiple_of(3)
        && s.len() == 3
        && code
            .as_bytes()
            .chunks(3)
            .skip(1)
            .any(|part| part == s.as_bytes())
}

fn recall(mem: &Memory, name: &str) -> Option<Actor> {
    let key = name.to_lowercase();
    mem.names.get(&key).cloned().or_else(|| {
        key.split_whitespace()
            .last()
            .and_then(|w| mem.names.get(w).cloned())
    })
}

fn remember(mem: &mut Memory, name: &str, a: &Actor) {
    if a.country.is_none() {
        return;
    }
    let key = name.to_lowercase();
    if let Some(last) = key.split_whitespace().last() {
        if last != key {
            mem.names
                .entry(last.to_string())
                .or_insert_with(|| a.clone());
        }
    }
    mem.names.insert(key, a.clone());
}

/// The country part of an actor code (`RUSGOV` → `RUS`) when it is a country.
pub fn country_of_code(kb: &Kb, code: &str) -> Option<String> {
    let c = code.get(..3)?;
    kb.countries
        .iter()
        .any(|k| k.code == c)
        .then(|| c.to_string())
}

fn sector_of_code(kb: &Kb, code: &str) -> Option<String> {
    country_of_code(kb, code)
        .and_then(|_| code.get(3..).filter(|s| !s.is_empty()).map(str::to_string))
}

fn country_name(kb: &Kb, code: &str) -> String {
    kb.countries
        .iter()
        .find(|c| c.code == code)
        .map(|c| c.name.clone())
        .unwrap_or_else(|| code.to_string())
}

/// Give titles without a country ("polisi", "the foreign minister") the
/// country where the sentence is set, and remember it for the title.
pub fn complete_bare_titles(nps: &mut [Np], country: &str, mem: &mut Memory) {
    for n in nps.iter_mut() {
        if let NpKind::Actor(a) = &mut n.kind {
            if a.take_country(country) {
                if let Some(t) = &n.title {
                    mem.titles
                        .entry(t.clone())
                        .or_insert_with(|| country.to_string());
                }
            }
        }
    }
}

/// The phrase that opens the sentence as its subject: the first phrase, with
/// no preposition and nothing before it but articles and linking words ("But
/// Seoul and Beijing have…", "However, Iran…").
pub fn opening_subject<'a>(v: &SentenceView, nps: &'a [Np]) -> Option<&'a Np> {
    let first = nps.first()?;
    let opens = first.prep.is_none()
        && (v.range.start..first.tokens.start).all(|j| {
            v.word(j) == Some(Word::Determiner) || v.grammar.sentence_linker(v.key.token(j))
        });
    opens.then_some(first)
}

/// "Israel said its troops killed…", "Bosnian Serbs said their forces…",
/// "Rudd mengatakan, Partai Buruhnya …": a bare agent after a possessive
/// pronoun or ending in a possessive clitic belongs to the country that opens
/// the sentence as its subject, before the setting could give it another.
pub fn owned_by_subject(v: &SentenceView, nps: &mut [Np]) {
    let country = match opening_subject(v, nps).map(|n| &n.kind) {
        Some(NpKind::Actor(a)) => a.country.clone(),
        _ => None,
    };
    let Some(country) = country else {
        return;
    };
    for n in nps.iter_mut().skip(1) {
        let after_pronoun = n.tokens.start > v.range.start
            && v.grammar
                .possessive_pronoun(v.key.token(n.tokens.start - 1));
        let ends_in_clitic = n.tokens.end > n.tokens.start
            && v.grammar.possessive_clitic(v.key.token(n.tokens.end - 1));
        let owned = after_pronoun || ends_in_clitic;
        if let (true, NpKind::Actor(a)) = (owned, &mut n.kind) {
            a.take_country(&country);
        }
    }
}

/// "ethnic Albanians in south Serbia", "etnis Albania di Serbia": an ethnic
/// group is civilians of the country it lives in (PLOVER codes SRB CVL), not
/// the state its name comes from; the setting, or the event's other side,
/// gives the country later, as for a bare title.
pub fn ethnic_groups_are_residents(v: &SentenceView, nps: &mut [Np]) {
    // "the Albanians of southern Serbia", "the Serbs of Croatia": a
    // people named with "of" and another country lives there.
    for k in 1..nps.len() {
        let gap: Vec<&str> = (nps[k - 1].tokens.end..nps[k].tokens.start)
            .map(|j| v.key.token(j))
            .collect();
        let of_region =
            gap.first() == Some(&"of") && gap[1..].iter().all(|w| v.grammar.compass_adjective(w));
        if !of_region || nps[k - 1].tokens.is_empty() {
            continue;
        }
        let last = v.key.token(nps[k - 1].tokens.end - 1);
        let people = nps[k - 1].tokens.len() == 1
            && last.ends_with('s')
            && v.grammar.lang() == kabar_core::Lang::En;
        let home = match &nps[k].kind {
            NpKind::Actor(a) if a.sector.is_none() => a.country.clone(),
            _ => None,
        };
        let (Some(home), true) = (home, people) else {
            continue;
        };
        if let NpKind::Actor(a) = &mut nps[k - 1].kind {
            if a.sector.is_none()
                && a.country
                    .as_ref()
                    .is_some_and(|c| *c != home && *a.code == **c)
            {
                a.code = format!("{home}CVL");
                a.sector = Some("CVL".to_string());
                a.country = Some(home);
            }
        }
    }
    for n in nps.iter_mut() {
        let from = n.tokens.start.saturating_sub(1).max(v.range.start);
        let ethnic = (from..n.tokens.end).any(|j| matches!(v.key.token(j), "ethnic" | "etnis"));
        if !ethnic {
            continue;
        }
        if let NpKind::Actor(a) = &mut n.kind {
            let nationality = a
                .country
                .as_ref()
                .is_some_and(|c| *a.code == format!("{c}{}", a.sector.as_deref().unwrap_or("")));
            if nationality {
                let sector = a.sector.clone().unwrap_or_else(|| "CVL".to_string());
                a.code = sector.clone();
                a.sector = Some(sector);
                a.country = None;
            }
        }
    }
}

/// "Mikhail Bogdanov, perwakilan khusus Presiden Rusia" and "Russia's envoy,
/// Sergei Lavrov," become one actor with the person's name and the title's code.
fn merge_appositives(
    v: &SentenceView,
    nps: &mut Vec<Np>,
    date: Option<chrono::NaiveDate>,
    mem: &mut Memory,
) {
    let _ = date;
    let mut k = 0;
    while k + 1 < nps.len() {
        let (a, b) = (&nps[k], &nps[k + 1]);
        let comma_between = b.tokens.start == a.tokens.end + 1 && v.key.token(a.tokens.end) == ","
            || b.tokens.start == a.tokens.end + 2
                && v.key.token(a.tokens.end) == ","
                && v.word(a.tokens.end + 1) == Some(Word::Determiner);
        // "With the signing of a Memorandum on Cessation of Hostilities, the
        // Sudanese government and SPLM/A have agreed": after an opening
        // prepositional phrase, the phrase after its comma runs on into the
        // clause as its subject; an appositive is closed by punctuation.
        let opening = matches!(v.word(v.range.start), Some(Word::Prep(_)))
            && !(v.range.start..a.tokens.end).any(|j| v.key.token(j) == ",")
            && b.tokens.end < v.range.end
            && v.seg
                .tokens
                .get(b.tokens.end)
                .is_some_and(|t| t.kind != TokenKind::Punct);
        if !comma_between || opening {
            k += 1;
            continue;
        }
        let a_bare_name = matches!(a.kind, NpKind::Name) && a.name.is_some();
        let a_named_actor = matches!(a.kind, NpKind::Actor(_))
            && a.name.is_some()
            && a.sector.is_none()
            && a.title.is_none();
        let b_coded = matches!(&b.kind, NpKind::Actor(x) if x.sector.is_some() || x.country.is_some())
            && b.sector.is_some();
        let b_bare_name = matches!(b.kind, NpKind::Name) && b.name.is_some();
        let a_coded_title =
            matches!(&a.kind, NpKind::Actor(_)) && a.sector.is_some() && a.name.is_none();
        if (a_bare_name || a_named_actor) && b_coded {
            let NpKind::Actor(mut actor) = b.kind.clone() else {
                k += 1;
                continue;
            };
            let name = a.name.clone();
            actor.name = name.clone().or(actor.name);
            if let Some(n) = &name {
                remember(mem, n, &actor);
            }
            let merged = Np {
                tokens: a.tokens.start..b.tokens.end,
                kind: NpKind::Actor(actor),
                prep: None,
                entities: b.entities.clone(),
                name,
                title: b.title.clone(),
                sector: b.sector.clone(),
                coordinated: false,
            };
            nps[k] = merged;
            nps.remove(k + 1);
        } else if a_coded_title && b_bare_name {
            let NpKind::Actor(mut actor) = a.kind.clone() else {
                k += 1;
                continue;
            };
            actor.name = b.name.clone();
            if let Some(n) = &b.name {
                remember(mem, n, &actor);
            }
            let end = b.tokens.end;
            nps[k].kind = NpKind::Actor(actor);
            nps[k].name = nps[k + 1].name.clone();
            nps[k].tokens.end = end;
            nps.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Mark the preposition governing each phrase (looking back over
/// determiners, glue words and common nouns: "untuk urusan Suriah"), and
/// carry it across lists ("antara Suriah, Turki, Iran dan Rusia").
fn mark_government(v: &SentenceView, nps: &mut [Np]) {
    for k in 0..nps.len() {
        let start = nps[k].tokens.start;
        let mut j = start;
        let mut prep = None;
        let mut prep_at = None;
        let mut determiner = false;
        let mut conj = false;
        let mut comma_conj = false;
        let mut comma = false;
        let mut nouns = 0;
        // "Serbia's suppression": a possessive opens its own phrase.
        let possessive = v
            .possessive
            .get(nps[k].tokens.end.saturating_sub(1))
            .copied()
            .unwrap_or(false);
        while j > v.range.start {
            j -= 1;
            if k > 0 && nps[k - 1].tokens.end > j {
                // Reached the previous phrase.
                break;
            }
            // Indonesian: "di sebuah pasar Baghdad", "di bagian selatan
            // Nigeria": a classifier or part noun stands inside the phrase,
            // between the preposition and the noun the name modifies.
            if v.grammar.phrase_inner(v.key.token(j)) {
                continue;
            }
            match v.word(j) {
                Some(Word::Determiner) => {
                    determiner = true;
                    continue;
                }
                Some(Word::Glue) => continue,
                // "About 200 supporters of …": a rounded number, no preposition.
                Some(Word::Prep(_))
                    if v.grammar.approximator(v.key.token(j))
                        && v.seg
                            .tokens
                            .get(j + 1)
                            .is_some_and(|t| t.kind == TokenKind::Number) =>
                {
                    continue;
                }
                // "at least eight Taliban": no preposition either.
                Some(Word::Prep(_))
                    if v.grammar
                        .approximator_pair(v.key.token(j), v.key.token(j + 1)) =>
                {
                    continue;
                }
                // "dengan mitra kerjanya dari Korea Selatan": the country a
                // counterpart comes from is that counterpart, governed by the
                // preposition before "mitra" (English "his South Korean
                // counterpart" names the country as an adjective).
                Some(Word::Prep(_))
                    if v.grammar.head_initial()
                        && v.key.token(j) == "dari"
                        && j > v.range.start
                        && (counterpart_noun(v.key.token(j - 1))
                            || (j > v.range.start + 1
                                && v.key.token(j - 1) == "kerjanya"
                                && counterpart_noun(v.key.token(j - 2)))) =>
                {
                    continue;
                }
                // "south of Baghdad", "on the outskirts of Kabul": a place.
                Some(Word::Prep(_))
                    if j > v.range.start
                        && v.grammar.locative_after(v.key.token(j - 1), v.key.token(j)) =>
                {
                    prep = Some(Prep::Locative);
                    prep_at = Some(j);
                    break;
                }
                Some(Word::Prep(p)) => {
                    // "the people of Japan", "dozens of Rohingya villagers":
                    // the phrase takes the role of its head noun.
                    if v.key.token(j) == "of" && of_head_before(v, j) {
                        while j > v.range.start {
                            let w = v.key.token(j - 1);
                            let head = v.seg.tokens.get(j - 1).is_some_and(|t| {
                                t.kind == TokenKind::Number
                                    || (t.kind == TokenKind::Word
                                        && t.text(v.doc)
                                            .chars()
                                            .next()
                                            .is_some_and(char::is_lowercase)
                                        && !v.in_trigger(j - 1))
                            });
                            let of_again = v.key.token(j - 1) == "of" && of_head_before(v, j - 1);
                            if of_again
                                || (head
                                    && !matches!(
                                        v.word(j - 1),
                                        Some(Word::Prep(_) | Word::Conj | Word::Relative)
                                    ))
                            {
                                j -= 1;
                            } else {
                                let _ = w;
                                break;
                            }
                        }
                        // "the Greek sides of … Cyprus": the head belongs to an
                        // actor already, so the "of" phrase only describes it.
                        if k > 0 && nps[k - 1].tokens.end == j {
                            prep = Some(p);
                            break;
                        }
                        continue;
                    }
                    prep = Some(p);
                    prep_at = Some(j);
                    break;
                }
                Some(Word::Conj) => {
                    conj = true;
                    if j > v.range.start && v.key.token(j - 1) == "," {
                        comma_conj = true;
                        j -= 1;
                    }
                    break;
                }
                Some(_) => break,
                None => {
                    let tok = v.key.token(j);
                    // "dalam sidang Diet (parlemen)", "kepada Knesset
                    // (parlemen)": a phrase alone in brackets right after
                    // another glosses it and shares its preposition.
                    if tok == "("
                        && k > 0
                        && nps[k - 1].tokens.end == j
                        && nps[k - 1].prep.is_some()
                        && v.key.token(nps[k].tokens.end) == ")"
                    {
                        prep = nps[k - 1].prep;
                        break;
                    }
                    if tok == "," {
                        comma = true;
                        // "Di ibukota negeri itu, Conakry, …", "in the
                        // capital, Conakry, …": a name set off by commas
                        // right after a place phrase with no name of its
                        // own renames that place and shares its preposition.
                        if let Some(p) = renamed_place(v, nps, k, j) {
                            prep = Some(Prep::Locative);
                            prep_at = Some(p);
                        } else if locates_place(v, nps, k, j) {
                            prep = Some(Prep::Locative);
                        } else if renamed_title(v, nps, k, j) {
                            prep = nps[k - 1].prep;
                        }
                        break;
                    }
                    // Indonesian modifiers follow their noun ("untuk urusan
                    // Suriah"); English adjectives precede it ("of the divided
                    // Mediterranean island"): look back over a few of them.
                    let reach = if v.grammar.head_initial() {
                        3
                    } else if possessive {
                        0
                    } else {
                        2
                    };
                    // English adjectives come after the article ("to the
                    // divided island"); a word before it belongs to another
                    // phrase ("to push forward the Israeli…"): no preposition.
                    if determiner && !v.grammar.head_initial() {
                        break;
                    }
                    let common = nouns < reach
                        && v.seg.tokens.get(j).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && t.text(v.doc).chars().next().is_some_and(char::is_lowercase)
                        });
                    // "untuk menggulingkan Presiden Conte": a transitive verb
                    // between takes the phrase as its object.
                    if common && !v.in_trigger(j) && !v.grammar.transitive_form(tok) {
                        nouns += 1;
                        continue;
                    }
                    // "meninggalkan Beijing untuk melakukan kunjungan": the
                    // place left is no party to what follows.
                    if nouns == 0 && !v.in_trigger(j) && v.grammar.departure_verb(tok) {
                        prep = Some(Prep::Other);
                        prep_at = Some(j);
                    }
                    break;
                }
            }
        }
        // "after Pakistani forces killed…", "sejak pasukan Israel menyerbu…":
        // a preposition that can also link clauses does so when a verb
        // follows its phrase, which is then a subject.
        // Not after a participle that follows its noun ("commandos
        // disguised as Palestinians killed…"): there "as" names a role.
        let after_participle = |p: usize| {
            p > v.range.start
                && !v.in_trigger(p - 1)
                && v.grammar.role_participle(v.key.token(p - 1))
        };
        if prep_at.is_some_and(|p| {
            v.grammar.clause_preposition(v.key.token(p))
                && (followed_by_verb(v, nps[k].tokens.end)
                    || followed_by_finite_verb(v, nps[k].tokens.end))
                && !after_participle(p)
        }) {
            prep = None;
        }
        // "along the border with Kenya", "perbatasan darat dengan Kenya": a
        // phrase after a boundary noun (or its Indonesian modifier) says
        // where the border runs; it is no partner of the act. A border the
        // act is about ("closed its border with Ghana") keeps its neighbour.
        if matches!(prep, Some(Prep::Comitative | Prep::Between))
            && prep_at.is_some_and(|p| {
                (p.saturating_sub(2).max(v.range.start)..p).any(|b| {
                    v.grammar.boundary_noun(v.key.token(b))
                        && (b + 1 == p || v.grammar.head_initial())
                        && !v.in_trigger(b)
                })
            })
        {
            prep = Some(Prep::Other);
        }
        let adjacent = k > 0 && nps[k - 1].tokens.end >= j && nps[k - 1].tokens.end <= start;
        let subject_like = followed_by_trigger(v, nps[k].tokens.end);
        // "di wilayah Kaukasus utara Rusia": a bare country after a place
        // phrase and its compass word says where that place lies.
        if prep.is_none() && !subject_like && compass_located(v, nps, k) {
            prep = Some(Prep::Locative);
        }
        let plain = matches!(nps[k].kind, NpKind::Actor(_) | NpKind::Place | NpKind::Name);
        // "Di Ankara, Mottaki dan Gul … mengatakan": the comma closes a
        // prepositional phrase opening the sentence; no list goes on from it.
        let fronted = v.grammar.head_initial()
            && comma
            && k == 1
            && nps[0].prep.is_some()
            && matches!(v.word(v.range.start), Some(Word::Prep(_)));
        // "Sudan menolak usul AS, dan Uni Eropa mendukung …", "… to topple
        // Siniora, and France has warned …": after a comma and a conjunction,
        // a phrase with a verb of its own opens a new clause when the phrase
        // before the conjunction is the object of a verb (not a member of a
        // list: "AS, Uni Eropa, PBB, dan Rusia mendesak"), or when it is
        // governed by a preposition (a subject never is).
        let new_clause = comma_conj
            && k > 0
            && !nps[k - 1].coordinated
            && followed_by_clause_verb(v, nps[k].tokens.end)
            && (object_of_verb(v, nps[k - 1].tokens.start) || nps[k - 1].prep.is_some());
        let listed = !new_clause && (conj || (comma && !fronted && list_continues(v, nps, k)));
        let coordinated = adjacent && listed && plain && nouns == 0;
        if coordinated && prep.is_none() && !subject_like {
            prep = nps[k - 1].prep;
        }
        nps[k].prep = prep;
        nps[k].coordinated = coordinated;
    }
}

/// "Selama perundingan dengan penasehat negara, Tang Jiaxuan, Nikai …",
/// "yang melakukan pembicaraan dengan panglima militer Jordan, Jenderal
/// Khalid al-Sarayreh, diperkirakan …": a named person set off by commas
/// right after a title governed by a preposition names that title and shares
/// its preposition, when the clause's own subject follows the closing comma
/// or the title stands in a relative clause.
fn renamed_title(v: &SentenceView, nps: &[Np], k: usize, comma: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|p| nps.get(p)) else {
        return false;
    };
    let end = nps[k].tokens.end;
    if end >= v.range.end || v.key.token(end) != "," {
        return false;
    }
    let title = matches!(prev.kind, NpKind::Actor(_)) && prev.sector.is_some();
    let named = match &nps[k].kind {
        NpKind::Actor(a) => nps[k].name.is_some() || (a.name.is_some() && a.code.len() > 3),
        _ => false,
    };
    if !title || !named || prev.tokens.end != comma || prev.prep.is_none() {
        return false;
    }
    let subject_follows = nps.get(k + 1).is_some_and(|n| n.tokens.start == end + 1);
    let lowest = prev.tokens.start.saturating_sub(8).max(v.range.start);
    let relative = (lowest..prev.tokens.start)
        .rev()
        .take_while(|&j| !matches!(v.key.token(j), "," | ";" | ":"))
        .any(|j| v.word(j) == Some(Word::Relative));
    subject_follows || relative
}

/// "di wilayah Kaukasus utara Rusia": phrase `k` is a bare country right
/// after a place phrase governed by a locative preposition, with only
/// compass words between them.
fn compass_located(v: &SentenceView, nps: &[Np], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|p| nps.get(p)) else {
        return false;
    };
    let gap = prev.tokens.end..nps[k].tokens.start;
    let bare = matches!(&nps[k].kind,
        NpKind::Actor(a) if a.sector.is_none() && a.code.len() == 3 && a.country.is_some());
    bare && !gap.is_empty()
        && gap.len() <= 2
        && gap
            .clone()
            .all(|j| v.grammar.compass_adjective(v.key.token(j)))
        && prev.prep == Some(Prep::Locative)
        && matches!(prev.kind, NpKind::Place | NpKind::Actor(_))
}

/// "di kawasan Delta Niger, Nigeria Selatan, Rabu", "in Ramadi, Iraq, on
/// Friday": a bare country or place set off by commas right after a place
/// phrase governed by a locative preposition says where that place is; it
/// shares the preposition and is no party to the clause.
fn locates_place(v: &SentenceView, nps: &[Np], k: usize, comma: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|p| nps.get(p)) else {
        return false;
    };
    let end = nps[k].tokens.end;
    let closed = end >= v.range.end || matches!(v.key.token(end), "," | ".");
    let bare = match &nps[k].kind {
        NpKind::Place => true,
        NpKind::Actor(a) => a.sector.is_none() && a.code.len() == 3 && a.country.is_some(),
        _ => false,
    };
    // Only a determiner or compass word may stand between the comma and
    // the place ("in Kunar, eastern Afghanistan,", "in Fayoum, south of
    // Cairo,"): "in Kunar, bordering Pakistan," names a neighbour, not where
    // Kunar is.
    let right_after = (comma + 1..nps[k].tokens.start).all(|j| {
        v.word(j) == Some(Word::Determiner)
            || v.grammar.compass_adjective(v.key.token(j))
            || v.grammar.locative_after(v.key.token(j - 1), v.key.token(j))
    });
    closed
        && bare
        && right_after
        && prev.tokens.end == comma
        && prev.prep == Some(Prep::Locative)
        && matches!(prev.kind, NpKind::Place | NpKind::Name | NpKind::Actor(_))
}

/// The locative preposition of a place phrase ending at the comma `comma`
/// ("di ibukota negeri itu,") that the name phrase `k` after the comma
/// renames: only lowercase words, determiners, glue words and demonstratives stand
/// between the preposition and the comma (at most four), no phrase of its
/// own ends there, and a comma or the sentence's end closes the name.
fn renamed_place(v: &SentenceView, nps: &[Np], k: usize, comma: usize) -> Option<usize> {
    let end = nps[k].tokens.end;
    let closed = end >= v.range.end || matches!(v.key.token(end), "," | ".");
    if !closed || !matches!(nps[k].kind, NpKind::Actor(_) | NpKind::Place) {
        return None;
    }
    let floor = if k > 0 {
        nps[k - 1].tokens.end
    } else {
        v.range.start
    };
    let mut j = comma;
    while j > floor && comma - j < 5 {
        j -= 1;
        match v.word(j) {
            Some(Word::Prep(Prep::Locative)) => return (j + 1 < comma).then_some(j),
            Some(Word::Determiner | Word::Anaphor | Word::Glue) => {}
            Some(_) => return None,
            None => {
                let lower = v.seg.tokens.get(j).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && t.text(v.doc).chars().next().is_some_and(char::is_lowercase)
                });
                if !lower || v.in_trigger(j) {
                    return None;
                }
            }
        }
    }
    None
}

/// Indonesian nouns for a counterpart ("mitra kerjanya", "rekannya",
/// "sejawatnya"), the last word before "dari" and the country it comes from.
fn counterpart_noun(w: &str) -> bool {
    matches!(
        w,
        "mitra"
            | "mitranya"
            | "rekan"
            | "rekannya"
            | "sejawat"
            | "sejawatnya"
            | "sejawatnja"
            | "imbangannya"
    )
}

/// Before "of" stands a quantity, a group noun or any common noun
/// ("thousands of", "the people of", "hideouts of members of", "the capital
/// of") rather than an actor or a verb: the phrase after "of" takes its role.
fn of_head_before(v: &SentenceView, of: usize) -> bool {
    if of <= v.range.start {
        return false;
    }
    let w = of - 1;
    v.grammar.group_noun(v.key.token(w))
        || (v.grammar.word(v.key.token(w)).is_none() && !v.in_trigger(w) && v.lowercase_word(w))
}

/// A phrase right before a verb is the subject of a new clause, not a list item.
fn followed_by_trigger(v: &SentenceView, end: usize) -> bool {
    let mut j = end;
    let mut skipped = 0;
    while j < v.range.end && skipped <= 2 {
        if v.in_trigger(j) {
            return true;
        }
        match v.word(j) {
            Some(Word::Function | Word::Conj) => {
                j += 1;
                skipped += 1;
            }
            _ => return false,
        }
    }
    false
}

/// A phrase starting at `start` is the object of a verb: going back over at
/// most three plain lowercase words or articles ("menolak usul AS",
/// "rejected the US proposal"), a verb comes first — a verb pattern that does
/// not name an event as a noun, or a word whose form marks a verb.
fn object_of_verb(v: &SentenceView, start: usize) -> bool {
    let mut j = start;
    let mut skipped = 0;
    while j > v.range.start && skipped <= 3 {
        j -= 1;
        let verb_here = v.layers.triggers.iter().any(|m| {
            m.tokens.contains(&j)
                && matches!(m.entry, EntryRef::Verb(i)
                    if v.kb.verbs.get(i as usize).is_some_and(|p| !p.flags.nominal && p.lang == v.grammar.lang()))
        });
        if verb_here || v.grammar.verb_form(v.key.token(j)) {
            return true;
        }
        let plain = v.word(j) == Some(Word::Determiner)
            || (v.word(j).is_none() && v.lowercase_word(j) && !v.in_trigger(j));
        if !plain {
            return false;
        }
        skipped += 1;
    }
    false
}

/// A phrase ending at `end` is followed (over at most two function words) by
/// a verb pattern that does not name an event as a noun.
fn followed_by_verb(v: &SentenceView, end: usize) -> bool {
    let mut j = end;
    let mut skipped = 0;
    while j < v.range.end && skipped <= 2 {
        if v.in_trigger(j) {
            return v.layers.triggers.iter().any(|m| {
                m.tokens.start == j
                    && matches!(m.entry, EntryRef::Verb(i)
                        if v.kb.verbs.get(i as usize).is_some_and(|p| !p.flags.nominal && p.lang == v.grammar.lang()))
            });
        }
        match v.word(j) {
            Some(Word::Function | Word::Aux) => {
                j += 1;
                skipped += 1;
            }
            _ => return false,
        }
    }
    false
}

/// "after the Security Council voted to…", "since Hamas has…": the word
/// right after a phrase is a verb whose form shows it is finite (a modal, an
/// auxiliary, a past tense), though no verb pattern lists it.
fn followed_by_finite_verb(v: &SentenceView, end: usize) -> bool {
    end < v.range.end
        && !v.in_trigger(end)
        && v.lowercase_word(end)
        && (v.word(end) == Some(Word::Aux)
            || v.grammar.modal(v.key.token(end))
            || v.grammar.perfect_aux(v.key.token(end))
            || v.grammar.past_tense_form(v.key.token(end)))
}

/// A phrase ending at `end` is followed by a verb of its own, perhaps after
/// a perfect auxiliary or a modal ("and France has warned", "and Syria will
/// reply").
fn followed_by_clause_verb(v: &SentenceView, end: usize) -> bool {
    let mut j = end;
    while j < v.range.end
        && j < end + 2
        && !v.in_trigger(j)
        && (v.grammar.perfect_aux(v.key.token(j)) || v.grammar.modal(v.key.token(j)))
    {
        j += 1;
    }
    followed_by_verb(v, j)
}

/// "A, B dan C": after a comma, the list goes on if this phrase is followed
/// by another comma or a conjunction and a phrase. An article and adjectives
/// may stand before that phrase ("France, Germany and the new Italian
/// government").
fn list_continues(v: &SentenceView, nps: &[Np], k: usize) -> bool {
    let end = nps[k].tokens.end;
    let next = v.key.token(end);
    if next != "," && v.word(end) != Some(Word::Conj) {
        return false;
    }
    let Some(following) = nps.get(k + 1) else {
        return false;
    };
    let between = end + 1..following.tokens.start;
    following.tokens.start > end
        && (between.len() <= 1
            || (between.len() <= 3
                && between.clone().all(|j| {
                    matches!(
                        v.word(j),
                        Some(Word::Determiner | Word::Anaphor | Word::Conj | Word::Glue)
                    ) || (matches!(v.word(j), None | Some(Word::Function))
                        && v.lowercase_word(j)
                        && !v.in_trigger(j))
                })))
}

/// A word written as a name, not a number: "Sadr", "al-Sadr".
fn name_word(text: &str) -> bool {
    crate::grammar::name_cased(text) && !text.starts_with(|c: char| c.is_ascii_digit())
}
