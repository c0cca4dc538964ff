//! The knowledge base: actors, agents, places, verb patterns, discards and
//! modality cues, read from the TSV files described in `data/README.md`.
//!
//! The files under `data/` are embedded in the binary; [`Kb::load_dir`] reads a
//! directory with the same layout on top of them (`--dict DIR`). Every parse
//! error names the file and line.

use chrono::NaiveDate;
use kabar_core::{CodeTables, Lang};
use std::path::Path;

/// A problem in a dictionary file, with its file and 1-based line.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct KbError {
    /// File name relative to the dictionary directory.
    pub file: String,
    /// 1-based line number (0 when the whole file is at fault).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// A country or territory.
#[derive(Debug, Clone)]
pub struct Country {
    /// CAMEO country code (ISO 3166-1 alpha-3, CAMEO's where they differ).
    pub code: String,
    /// ISO 3166-1 alpha-2.
    pub iso2: String,
    /// FIPS 10-4 code, as GDELT's geo columns use.
    pub fips: String,
    /// Representative latitude.
    pub lat: f64,
    /// Representative longitude.
    pub lon: f64,
    /// English name.
    pub name: String,
}

/// A region with a CAMEO region code (Middle East, the West…).
#[derive(Debug, Clone)]
pub struct Region {
    /// CAMEO region code.
    pub code: String,
    /// Representative latitude.
    pub lat: f64,
    /// Representative longitude.
    pub lon: f64,
    /// English name.
    pub name: String,
}

/// An international organisation or named non-state actor.
#[derive(Debug, Clone)]
pub struct Org {
    /// CAMEO actor code, e.g. `IGOUNO`.
    pub code: String,
    /// English name.
    pub name: String,
}

/// One dated role of a person: the actor code they carry between two dates.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Actor code, e.g. `RUSGOV`.
    pub code: String,
    /// First day of the role, if bounded.
    pub from: Option<NaiveDate>,
    /// Last day of the role, if bounded.
    pub to: Option<NaiveDate>,
}

/// A named person with dated roles.
#[derive(Debug, Clone)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Roles in the order given.
    pub roles: Vec<Role>,
    /// Converted from another project's dictionary (`phoenix.tsv`): where the
    /// same words also name a country or place, the curated entry wins.
    pub converted: bool,
}

impl Person {
    /// The actor code the person carries on `date` (the latest-starting role
    /// that covers it); without a date, the most recent role. Out of office
    /// the person keeps the country of the nearest role (`RUSGOV` → `RUS`).
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        match date {
            Some(d) => self
                .roles
                .iter()
                .filter(|r| r.from.is_none_or(|f| f <= d) && r.to.is_none_or(|t| d <= t))
                .max_by_key(|r| r.from)
                .map(|r| r.code.as_str())
                .or_else(|| {
                    let distance = |r: &&Role| {
                        let a = r.from.map(|f| (f - d).num_days().abs()).unwrap_or(i64::MAX);
                        let b = r.to.map(|t| (d - t).num_days().abs()).unwrap_or(i64::MAX);
                        a.min(b)
                    };
                    let r = self.roles.iter().min_by_key(distance)?;
                    r.code.get(..3).filter(|_| r.code.len() > 3)
                }),
            None => self
                .roles
                .iter()
                .max_by_key(|r| (r.to.is_none(), r.to, r.from))
                .map(|r| r.code.as_str()),
        }
    }
}

/// A country that split off from another: before `from`, its territory and
/// actors belong to `predecessor` (Juba was in Sudan until 2011-07-09).
#[derive(Debug, Clone)]
pub struct Succession {
    /// Country code of the newer state (`SSD`).
    pub code: String,
    /// Country code of the state it was part of (`SDN`).
    pub predecessor: String,
    /// First day of the newer state.
    pub from: NaiveDate,
}

/// A sector/agent code and what it is called.
#[derive(Debug, Clone)]
pub struct Agent {
    /// Sector code: `GOV`, `MIL`, `COP`…
    pub code: String,
}

/// A city from the gazetteer.
#[derive(Debug, Clone)]
pub struct City {
    /// English name.
    pub name: String,
    /// Country code (as in `countries.tsv`).
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population, for choosing between homonyms.
    pub population: u64,
    /// National capital: the city also names its country's government.
    pub capital: bool,
    /// A province or state (`provinces.tsv`), not a city.
    pub province: bool,
}

/// Whether a verb pattern is a verb, a noun naming an event, a topic verb or a passive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerbFlags {
    /// A noun naming an event ("pertemuan", "talks").
    pub nominal: bool,
    /// Its complement is the topic (issues), not the target ("membahas").
    pub topic: bool,
    /// Indonesian passive (di-…): roles swap, the agent follows "oleh".
    pub passive: bool,
    /// An adjective or state after "be" ("is committed to", "is ready to
    /// negotiate", "was disappointed by"): its subject holds the stance, so
    /// the auxiliary before it makes no passive.
    pub stative: bool,
}

/// One verb pattern of a language.
#[derive(Debug, Clone)]
pub struct VerbPattern {
    /// Language of the pattern.
    pub lang: Lang,
    /// CAMEO event code.
    pub cameo: String,
    /// The pattern as written in the file.
    pub pattern: String,
    /// Literal word groups separated by `*` gaps (0–3 tokens each).
    pub pieces: Vec<String>,
    /// Flags.
    pub flags: VerbFlags,
}

/// Scope of a discard phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscardScope {
    /// A sentence containing the phrase codes nothing.
    Sentence,
    /// The phrase's words never trigger an event.
    Phrase,
    /// An accident, disaster or illness: a death named a few words from it
    /// ("tewas dalam kecelakaan") is not an attack.
    Cause,
}

/// A discard phrase.
#[derive(Debug, Clone)]
pub struct Discard {
    /// Scope.
    pub scope: DiscardScope,
    /// The phrase as written.
    pub phrase: String,
    /// Literal word groups separated by `*` gaps (0–3 tokens each), as in
    /// verb patterns: "meet * deadline" covers "meet the Friday deadline".
    pub pieces: Vec<String>,
}

/// Kind of a modality cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// Denies the event.
    Negation,
    /// Announces it for the future.
    Planned,
    /// Opinion or condition.
    Hypothetical,
    /// A call for the event ("harus", "must"): hypothetical, and a demand
    /// when someone else says it.
    Obligation,
    /// The actor will not act ("menolak untuk", "would not"): a rejection.
    Refusal,
}

/// A word or phrase that marks modality in one language.
#[derive(Debug, Clone)]
pub struct Cue {
    /// What it marks.
    pub kind: CueKind,
    /// Its language.
    pub lang: Lang,
    /// The words.
    pub phrase: String,
}

/// Which kind of thing a surface form names; indexes into the [`Kb`] tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryRef {
    /// `Kb::countries[i]`
    Country(u32),
    /// `Kb::regions[i]`
    Region(u32),
    /// `Kb::orgs[i]`
    Org(u32),
    /// `Kb::persons[i]`
    Person(u32),
    /// `Kb::agents[i]`
    Agent(u32),
    /// `Kb::cities[i]`
    City(u32),
    /// `Kb::verbs[i]`
    Verb(u32),
    /// `Kb::discards[i]`
    Discard(u32),
    /// `Kb::cues[i]`
    Cue(u32),
    /// `Kb::issues[i]`
    Issue(u32),
}

impl EntryRef {
    /// Entries of the same kind (and so able to override each other).
    pub fn same_kind(self, other: EntryRef) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    /// A proper name (country, region, organisation, person, city): matched
    /// only with its capitals.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            EntryRef::Country(_)
                | EntryRef::Region(_)
                | EntryRef::Org(_)
                | EntryRef::Person(_)
                | EntryRef::City(_)
        )
    }
}

/// A topic code (Phoenix issue coding) and the words that signal it.
#[derive(Debug, Clone)]
pub struct Issue {
    /// Issue code, e.g. `NUCLEAR`.
    pub code: String,
}

/// A surface form (alias, pattern) and what it names.
#[derive(Debug, Clone)]
pub struct Alias {
    /// The form as written in the dictionary.
    pub form: String,
    /// What it names.
    pub entry: EntryRef,
    /// Only matches if the text has exactly these capitals (short acronyms).
    pub case_sensitive: bool,
    /// Only matches in sentences of this language (verbs, cues); `None` for names.
    pub lang: Option<Lang>,
    /// Where the form was defined: file and 1-based line.
    pub origin: Origin,
}

/// Where a dictionary entry was defined.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// Dictionary file (relative name, or path for `--dict` files).
    pub file: std::sync::Arc<str>,
    /// 1-based line.
    pub line: u32,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// The whole knowledge base.
#[derive(Debug, Clone, Default)]
pub struct Kb {
    /// Countries and territories.
    pub countries: Vec<Country>,
    /// Regions.
    pub regions: Vec<Region>,
    /// Organisations.
    pub orgs: Vec<Org>,
    /// Persons.
    pub persons: Vec<Person>,
    /// Agents.
    pub agents: Vec<Agent>,
    /// Cities.
    pub cities: Vec<City>,
    /// Countries that split off from another, with the day they did.
    pub successions: Vec<Succession>,
    /// Verb patterns of all languages.
    pub verbs: Vec<VerbPattern>,
    /// Discards.
    pub discards: Vec<Discard>,
    /// Modality cues.
    pub cues: Vec<Cue>,
    /// Issue (topic) codes.
    pub issues: Vec<Issue>,
    /// Every surface form, in file order.
    pub aliases: Vec<Alias>,
}

/// The dictionary files, relative to a dictionary directory, in load order.
/// Later files override earlier ones where the same words name the same
/// kind of thing (curated `persons.tsv` over converted `phoenix.tsv`, curated
/// `en.tsv` over converted `en-petrarch.tsv`, `--dict` over built-in).
pub const FILES: &[&str] = &[
    "actors/countries.tsv",
    "actors/regions.tsv",
    "actors/organizations.tsv",
    "actors/phoenix.tsv",
    "actors/persons.tsv",
    "actors/successions.tsv",
    "agents.tsv",
    "places/cities.tsv",
    "places/provinces.tsv",
    "verbs/id.tsv",
    "verbs/en-petrarch.tsv",
    "verbs/en.tsv",
    "issues.tsv",
    "discards.tsv",
    "modality.tsv",
];

const EMBEDDED: &[(&str, &str)] = &[
    (
        "actors/countries.tsv",
        include_str!("../../../data/actors/countries.tsv"),
    ),
    (
        "actors/regions.tsv",
        include_str!("../../../data/actors/regions.tsv"),
    ),
    (
        "actors/organizations.tsv",
        include_str!("../../../data/actors/organizations.tsv"),
    ),
    (
        "actors/phoenix.tsv",
        include_str!("../../../data/actors/phoenix.tsv"),
    ),
    (
        "actors/persons.tsv",
        include_str!("../../../data/actors/persons.tsv"),
    ),
    (
        "actors/successions.tsv",
        include_str!("../../../data/actors/successions.tsv"),
    ),
    ("agents.tsv", include_str!("../../../data/agents.tsv")),
    (
        "places/cities.tsv",
        include_str!("../../../data/places/cities.tsv"),
    ),
    (
        "places/provinces.tsv",
        include_str!("../../../data/places/provinces.tsv"),
    ),
    ("verbs/id.tsv", include_str!("../../../data/verbs/id.tsv")),
    (
        "verbs/en-petrarch.tsv",
        include_str!("../../../data/verbs/en-petrarch.tsv"),
    ),
    ("verbs/en.tsv", include_str!("../../../data/verbs/en.tsv")),
    ("issues.tsv", include_str!("../../../data/issues.tsv")),
    ("discards.tsv", include_str!("../../../data/discards.tsv")),
    ("modality.tsv", include_str!("../../../data/modality.tsv")),
];

impl Kb {
    /// The literal word groups of a verb pattern or discard phrase, split at
    /// its `*` gaps; `None` for other entries.
    pub fn gap_pieces(&self, e: EntryRef) -> Option<&[String]> {
        match e {
            EntryRef::Verb(i) => self.verbs.get(i as usize).map(|v| v.pieces.as_slice()),
            EntryRef::Discard(i) => self.discards.get(i as usize).map(|d| d.pieces.as_slice()),
            _ => None,
        }
    }

    /// An actor code as of `date`: a code of a country that did not exist
    /// yet is given the country it was part of (`SSDREB` in 2000 → `SDNREB`).
    /// `None` when the code needs no change.
    pub fn code_as_of(&self, code: &str, date: Option<NaiveDate>) -> Option<String> {
        let date = date?;
        let s = self
            .successions
            .iter()
            .find(|s| date < s.from && code.starts_with(s.code.as_str()))?;
        Some(format!("{}{}", s.predecessor, &code[s.code.len()..]))
    }

    /// The knowledge base embedded in the binary.
    pub fn embedded() -> Result<Kb, KbError> {
        let mut kb = Kb::default();
        for (name, text) in EMBEDDED {
            kb.add_file(name, text)?;
        }
        Ok(kb)
    }

    /// Add every dictionary file found in `dir` (same layout as `data/`) to
    /// this knowledge base. Missing files are skipped; at least one must exist.
    pub fn load_dir(&mut self, dir: &Path) -> Result<usize, KbError> {
        let mut found = 0;
        for name in FILES {
            let path = dir.join(name);
            if !path.exists() {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|e| KbError {
                file: path.display().to_string(),
                line: 0,
                message: format!("cannot read: {e}"),
            })?;
            let shown = path.display().to_string();
            self.add_file_from(name, &shown, &text).map_err(|mut e| {
                e.file = path.display().to_string();
                e
            })?;
            found += 1;
        }
        if found == 0 {
            return Err(KbError {
                file: dir.display().to_string(),
                line: 0,
                message: format!(
                    "no dictionary files here; expected some of: {}",
                    FILES.join(", ")
                ),
            });
        }
        Ok(found)
    }

    /// Parse one dictionary file's text, `name` being its path relative to the
    /// dictionary directory (it decides the format).
    pub fn add_file(&mut self, name: &str, text: &str) -> Result<(), KbError> {
        self.add_file_from(name, name, text)
    }

    /// Like [`Kb::add_file`], recording `shown` (e.g. a full path) as the origin.
    fn add_file_from(&mut self, name: &str, shown: &str, text: &str) -> Result<(), KbError> {
        let file: std::sync::Arc<str> = shown.into();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let err = |message: String| KbError {
                file: name.to_string(),
                line: i + 1,
                message,
            };
            let before = self.aliases.len();
            self.add_row(name, &cols).map_err(err)?;
            for a in &mut self.aliases[before..] {
                a.origin = Origin {
                    file: file.clone(),
                    line: (i + 1) as u32,
                };
            }
        }
        Ok(())
    }

    fn add_row(&mut self, file: &str, c: &[&str]) -> Result<(), String> {
        match file {
            "actors/countries.tsv" => {
                need(c, 6, "code iso2 fips lat lon name [aliases]")?;
                let idx = self.countries.len() as u32;
                let code = nonempty(c[0], "code")?;
                self.countries.push(Country {
                    code: code.to_string(),
                    iso2: c[1].to_string(),
                    fips: c[2].to_string(),
                    lat: float(c[3], "lat")?,
                    lon: float(c[4], "lon")?,
                    name: c[5].to_string(),
                });
                self.names(EntryRef::Country(idx), c[5], c.get(6));
                // English demonyms name the people too: "168 Liberians", "Afghans".
                let plurals: Vec<String> = c
                    .get(6)
                    .copied()
                    .unwrap_or("")
                    .split('|')
                    .map(str::trim)
                    .filter(|a| {
                        a.len() > 3
                            && !a.contains(' ')
                            && !is_acronym(a)
                            && (a.ends_with("an") || a.ends_with('i'))
                            && a.chars().next().is_some_and(char::is_uppercase)
                    })
                    .map(|a| format!("{a}s"))
                    .collect();
                for p in plurals {
                    self.names(EntryRef::Country(idx), &p, None);
                }
            }
            "actors/regions.tsv" => {
                need(c, 4, "code lat lon name [aliases]")?;
                let idx = self.regions.len() as u32;
                self.regions.push(Region {
                    code: nonempty(c[0], "code")?.to_string(),
                    lat: float(c[1], "lat")?,
                    lon: float(c[2], "lon")?,
                    name: c[3].to_string(),
                });
                self.names(EntryRef::Region(idx), c[3], c.get(4));
            }
            "actors/organizations.tsv" => {
                need(c, 2, "code name [aliases]")?;
                let idx = self.orgs.len() as u32;
                self.orgs.push(Org {
                    code: nonempty(c[0], "code")?.to_string(),
                    name: c[1].to_string(),
                });
                self.names(EntryRef::Org(idx), c[1], c.get(2));
            }
            "actors/persons.tsv" | "actors/phoenix.tsv" => {
                need(c, 3, "name aliases roles")?;
                let idx = self.persons.len() as u32;
                let roles = c[2]
                    .split('|')
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(parse_role)
                    .collect::<Result<Vec<_>, _>>()?;
                if roles.is_empty() {
                    return Err("a person needs at least one role (CODE FROM..TO)".into());
                }
                self.persons.push(Person {
                    name: nonempty(c[0], "name")?.to_string(),
                    roles,
                    converted: file == "actors/phoenix.tsv",
                });
                self.names(EntryRef::Person(idx), c[0], c.get(1));
            }
            "actors/successions.tsv" => {
                need(c, 3, "code predecessor from")?;
                self.successions.push(Succession {
                    code: nonempty(c[0], "code")?.to_string(),
                    predecessor: nonempty(c[1], "predecessor")?.to_string(),
                    from: parse_date(c[2])?.ok_or("a succession needs its date (YYYY-MM-DD)")?,
                });
            }
            "agents.tsv" => {
                need(c, 2, "code aliases")?;
                let idx = self.agents.len() as u32;
                self.agents.push(Agent {
                    code: nonempty(c[0], "code")?.to_string(),
                });
                self.names(EntryRef::Agent(idx), "", c.get(1));
            }
            "places/cities.tsv" | "places/provinces.tsv" => {
                need(c, 6, "name country lat lon population capital [aliases]")?;
                let idx = self.cities.len() as u32;
                self.cities.push(City {
                    name: nonempty(c[0], "name")?.to_string(),
                    country: c[1].to_string(),
                    lat: float(c[2], "lat")?,
                    lon: float(c[3], "lon")?,
                    population: c[4].parse().unwrap_or(0),
                    capital: c[5] == "1",
                    province: file == "places/provinces.tsv",
                });
                self.names(EntryRef::City(idx), c[0], c.get(6));
            }
            "verbs/id.tsv" | "verbs/en.tsv" | "verbs/en-petrarch.tsv" => {
                need(c, 2, "cameo pattern [flags]")?;
                let lang = if file == "verbs/id.tsv" {
                    Lang::Id
                } else {
                    Lang::En
                };
                let cameo = c[0];
                if !CodeTables::get().is_known(cameo) {
                    return Err(format!("{cameo:?} is not a CAMEO event code"));
                }
                let mut flags = VerbFlags::default();
                for f in c.get(2).copied().unwrap_or("").chars() {
                    match f {
                        'n' => flags.nominal = true,
                        't' => flags.topic = true,
                        'p' => flags.passive = true,
                        's' => flags.stative = true,
                        ' ' | ',' => {}
                        other => {
                            return Err(format!("unknown verb flag {other:?} (use n, t, p, s)"))
                        }
                    }
                }
                let pieces = split_gaps(c[1]);
                if pieces.is_empty() {
                    return Err("empty pattern".into());
                }
                let idx = self.verbs.len() as u32;
                self.aliases.push(Alias {
                    form: pieces[0].clone(),
                    entry: EntryRef::Verb(idx),
                    case_sensitive: false,
                    lang: Some(lang),
                    origin: Origin::default(),
                });
                self.verbs.push(VerbPattern {
                    lang,
                    cameo: cameo.to_string(),
                    pattern: c[1].to_string(),
                    pieces,
                    flags,
                });
            }
            "issues.tsv" => {
                need(c, 2, "code aliases")?;
                let idx = self.issues.len() as u32;
                self.issues.push(Issue {
                    code: nonempty(c[0], "code")?.to_string(),
                });
                self.names(EntryRef::Issue(idx), "", c.get(1));
            }
            "discards.tsv" => {
                need(c, 2, "scope phrase")?;
                let scope = match c[0] {
                    "sentence" => DiscardScope::Sentence,
                    "phrase" => DiscardScope::Phrase,
                    "cause" => DiscardScope::Cause,
                    other => return Err(format!("scope {other:?}: use sentence, phrase or cause")),
                };
                let idx = self.discards.len() as u32;
                let phrase = nonempty(c[1], "phrase")?.to_lowercase();
                let pieces = split_gaps(&phrase);
                let Some(first) = pieces.first() else {
                    return Err("discard phrase has no words".into());
                };
                self.aliases.push(Alias {
                    form: first.clone(),
                    entry: EntryRef::Discard(idx),
                    case_sensitive: false,
                    lang: None,
                    origin: Origin::default(),
                });
                self.discards.push(Discard {
                    scope,
                    phrase,
                    pieces,
                });
            }
            "modality.tsv" => {
                need(c, 3, "kind lang cues")?;
                let kind = match c[0] {
                    "negation" => CueKind::Negation,
                    "planned" => CueKind::Planned,
                    "hypothetical" => CueKind::Hypothetical,
                    "obligation" => CueKind::Obligation,
                    "refusal" => CueKind::Refusal,
                    other => {
                        return Err(format!(
                            "kind {other:?}: use negation, planned, hypothetical, obligation or refusal"
                        ))
                    }
                };
                let lang: Lang = c[1].parse()?;
                for cue in c[2].split('|').map(str::trim).filter(|s| !s.is_empty()) {
                    let idx = self.cues.len() as u32;
                    self.aliases.push(Alias {
                        form: cue.to_lowercase(),
                        entry: EntryRef::Cue(idx),
                        case_sensitive: false,
                        lang: Some(lang),
                        origin: Origin::default(),
                    });
                    self.cues.push(Cue {
                        kind,
                        lang,
                        phrase: cue.to_lowercase(),
                    });
                }
            }
            other => return Err(format!("unknown dictionary file {other:?}")),
        }
        Ok(())
    }

    fn names(&mut self, entry: EntryRef, name: &str, aliases: Option<&&str>) {
        let all = std::iter::once(name).chain(aliases.copied().unwrap_or("").split('|'));
        for form in all.map(str::trim).filter(|s| !s.is_empty()) {
            self.aliases.push(Alias {
                form: form.to_string(),
                entry,
                case_sensitive: is_acronym(form),
                lang: None,
                origin: Origin::default(),
            });
        }
    }
}

/// Short all-capital forms (AS, UEA, PBB, US, UN) match only as capitals.
pub fn is_acronym(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase())
}

fn need(c: &[&str], n: usize, what: &str) -> Result<(), String> {
    if c.len() < n {
        Err(format!(
            "expected {n} TAB-separated fields ({what}), found {}",
            c.len()
        ))
    } else {
        Ok(())
    }
}

fn nonempty<'a>(s: &'a str, what: &str) -> Result<&'a str, String> {
    if s.is_empty() {
        Err(format!("{what} is empty"))
    } else {
        Ok(s)
    }
}

fn float(s: &str, what: &str) -> Result<f64, String> {
    s.parse()
        .map_err(|_| format!("{what} {s:?} is not a number"))
}

fn parse_date(s: &str) -> Result<Option<NaiveDate>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("date {s:?} is not YYYY-MM-DD"))
}

/// Parse `RUSGOV 2012-05-07..` / `IRNGOV 2013-08-03..2021-08-03` / `USAGOV`.
fn parse_role(s: &str) -> Result<Role, String> {
    let mut parts = s.split_whitespace();
    let code = parts.next().unwrap_or("").to_string();
    let (from, to) = match parts.next() {
        None => (None, None),
        Some(range) => {
            let (a, b) = range
                .split_once("..")
                .ok_or_else(|| format!("role range {range:?} is not FROM..TO"))?;
            (parse_date(a)?, parse_date(b)?)
        }
    };
    Ok(Role { code, from, to })
}

/// A pattern's lower-cased word groups between `*` gaps ("meet * deadline"
/// → ["meet", "deadline"]).
fn split_gaps(pattern: &str) -> Vec<String> {
    pattern
        .split('*')
        .map(|p| p.trim().to_lowercase())
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_roles_resolve_against_the_event_date() {
        let r = |code: &str, f: &str, t: &str| Role {
            code: code.into(),
            from: parse_date(f).ok().flatten(),
            to: parse_date(t).ok().flatten(),
        };
        let p = Person {
            name: "X".into(),
            roles: vec![
                r("RUSGOV", "2000-05-07", "2008-05-07"),
                r("RUSELI", "2008-05-08", ""),
            ],
            converted: false,
        };
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(p.code_on(d("2005-01-01")), Some("RUSGOV"));
        assert_eq!(p.code_on(d("2010-01-01")), Some("RUSELI"));
        assert_eq!(p.code_on(None), Some("RUSELI"));
        assert_eq!(
            p.code_on(d("1990-01-01")),
            Some("RUS"),
            "out of office: the country"
        );
    }

    #[test]
    fn a_bad_line_names_file_and_line() {
        let mut kb = Kb::default();
        let e = kb
            .add_file("actors/countries.tsv", "# c\nIRN\tIR\tIR\tx\t53\tIran\n")
            .expect_err("lat x must be rejected");
        assert_eq!(
            e.to_string(),
            "actors/countries.tsv:2: lat \"x\" is not a number"
        );
        let e = kb
            .add_file("verbs/id.tsv", "999\tbertemu\t\n")
            .expect_err("unknown code");
        assert!(e.to_string().contains("verbs/id.tsv:1"), "{e}");
    }

    #[test]
    fn acronyms_are_case_sensitive() {
        assert!(is_acronym("AS"));
        assert!(is_acronym("U.S."));
        assert!(!is_acronym("Iran"));
        assert!(!is_acronym("NATOXYZ"));
    }
}
