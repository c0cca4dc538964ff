//! Readers for PETRARCH/TABARI dictionaries (actors, agents, verbs, issues,
//! discards) that turn them into kabar's TSV formats (`data/README.md`).
//!
//! PETRARCH codes from parse trees; kabar from a flat clause model, so the
//! conversion approximates: verb patterns keep the words after the verb as a
//! sequence with `*` gaps (0–3 tokens), drop source/target markers and the
//! words before the verb, and expand synonym sets (`&SET`) into separate
//! lines. Every line that cannot be converted becomes a [`Warning`] with its
//! file and line; nothing here panics on input.

use crate::kb::{EntryRef, Kb};
use chrono::{Duration, NaiveDate};
use kabar_core::CodeTables;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// The kind of a PETRARCH dictionary file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Actor dictionary (`Phoenix.Countries.actors.txt`).
    Actors,
    /// Agent dictionary (`Phoenix.agents.txt`).
    Agents,
    /// Verb dictionary (`CAMEO.2.0.txt`).
    Verbs,
    /// Issue dictionary (`Phoenix.IssueCoding.txt`).
    Issues,
    /// Discard dictionary (`Phoenix.discards.txt`).
    Discards,
}

impl Kind {
    /// Every kind, in output order.
    pub const ALL: [Kind; 5] = [
        Kind::Actors,
        Kind::Agents,
        Kind::Verbs,
        Kind::Issues,
        Kind::Discards,
    ];

    /// Where kabar expects the converted file, relative to a dictionary directory.
    pub fn output(self) -> &'static str {
        match self {
            Kind::Actors => "actors/phoenix.tsv",
            Kind::Agents => "agents.tsv",
            Kind::Verbs => "verbs/en-petrarch.tsv",
            Kind::Issues => "issues.tsv",
            Kind::Discards => "discards.tsv",
        }
    }

    /// Lowercase name (`actors`, `agents`…).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Actors => "actors",
            Kind::Agents => "agents",
            Kind::Verbs => "verbs",
            Kind::Issues => "issues",
            Kind::Discards => "discards",
        }
    }

    /// Guess the kind from the file name, else from the content.
    pub fn detect(file_name: &str, text: &str) -> Option<Kind> {
        let n = file_name.to_lowercase();
        let by_name = [
            ("issue", Kind::Issues),
            ("discard", Kind::Discards),
            ("agent", Kind::Agents),
            ("actor", Kind::Actors),
            ("verb", Kind::Verbs),
            ("cameo", Kind::Verbs),
        ];
        if let Some((_, k)) = by_name.iter().find(|(w, _)| n.contains(w)) {
            return Some(*k);
        }
        let lines = || text.lines().map(str::trim);
        if lines().any(|l| l.starts_with("<ISSUE")) {
            Some(Kind::Issues)
        } else if lines().any(|l| l.starts_with("---") && l.contains('[')) {
            Some(Kind::Verbs)
        } else if lines().any(|l| l.contains("[~") || l.contains("~]")) {
            Some(Kind::Agents)
        } else if lines().any(|l| l.contains('[') && l.contains(']')) {
            Some(Kind::Actors)
        } else {
            None
        }
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Kind, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| {
                format!("unknown kind {s:?}: use actors, agents, verbs, issues or discards")
            })
    }
}

/// A line that was skipped or only approximated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The input file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What happened.
    pub message: String,
    /// The line could not be read at all (as opposed to a deliberate skip or
    /// an approximation).
    pub failed: bool,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// A named actor with its roles, in the format of `actors/persons.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// Title Case name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Roles as kabar writes them: `CODE`, `CODE FROM..TO`.
    pub roles: Vec<String>,
    /// Source file and line of the entry.
    pub origin: (String, usize),
}

impl ActorEntry {
    /// The name and all aliases.
    pub fn forms(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.name).chain(&self.aliases)
    }
}

/// A code and the lowercase words that name it (agents, issues).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeForms {
    /// Agent or issue code.
    pub code: String,
    /// Lowercase forms.
    pub forms: Vec<String>,
    /// Issue category the row came from, if any.
    pub category: Option<String>,
}

/// One English verb pattern: `cameo pattern`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbEntry {
    /// CAMEO event code.
    pub cameo: String,
    /// Lowercase words, `*` for a 0–3 token gap.
    pub pattern: String,
    /// kabar verb flags (`n`, `t`, `p`, `s`), taken from the curated verb a
    /// pattern refines; empty for a plain verb.
    pub flags: String,
}

/// Everything converted so far, with the warnings.
#[derive(Debug, Default, Clone)]
pub struct Import {
    /// Actors (persons format).
    pub actors: Vec<ActorEntry>,
    /// Agents.
    pub agents: Vec<CodeForms>,
    /// Verb patterns.
    pub verbs: Vec<VerbEntry>,
    /// Issues.
    pub issues: Vec<CodeForms>,
    /// Sentence discard phrases.
    pub discards: Vec<String>,
    /// Problems, in input order.
    pub warnings: Vec<Warning>,
    /// Input files per kind.
    pub sources: HashMap<Kind, Vec<String>>,
}

/// How many entries a filter removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Skipped {
    /// Actor entries dropped whole.
    pub actors: usize,
    /// Single aliases dropped from entries that were kept.
    pub aliases: usize,
    /// Verb patterns dropped.
    pub verbs: usize,
}

impl Import {
    /// Convert one file of `kind`; `file` names it in warnings.
    pub fn add(&mut self, kind: Kind, file: &str, text: &str) {
        self.sources.entry(kind).or_default().push(file.to_string());
        let mut cx = Cx {
            file: file.to_string(),
            warnings: Vec::new(),
        };
        match kind {
            Kind::Actors => {
                let new = read_actors(&mut cx, text);
                self.actors.extend(new);
            }
            Kind::Agents => {
                let new = read_agents(&mut cx, text);
                self.agents.extend(new);
            }
            Kind::Verbs => {
                let new = read_verbs(&mut cx, text);
                let mut seen: HashSet<String> =
                    self.verbs.iter().map(|v| v.pattern.clone()).collect();
                for v in new {
                    if seen.insert(v.pattern.clone()) {
                        self.verbs.push(v);
                    }
                }
            }
            Kind::Issues => {
                let new = read_issues(&mut cx, text);
                self.issues.extend(new);
            }
            Kind::Discards => {
                let new = read_discards(&mut cx, text);
                for d in new {
                    if !self.discards.contains(&d) {
                        self.discards.push(d);
                    }
                }
            }
        }
        self.warnings.extend(cx.warnings);
    }

    /// Number of converted entries (TSV rows) of `kind`.
    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Actors => self.actors.len(),
            Kind::Agents => self.agents.len(),
            Kind::Verbs => self.verbs.len(),
            Kind::Issues => self.issues.len(),
            Kind::Discards => self.discards.len(),
        }
    }

    /// Number of lines that could not be read.
    pub fn failed(&self) -> usize {
        self.warnings.iter().filter(|w| w.failed).count()
    }

    /// Drop what `known` already has: actor entries any of whose forms is a
    /// name of a country, region, organisation or person there (the curated
    /// entry keeps its richer meaning), and verb patterns it already lists.
    pub fn skip_known(&mut self, known: &Kb) -> Skipped {
        let names: HashSet<String> = known
            .aliases
            .iter()
            .filter(|a| {
                matches!(
                    a.entry,
                    EntryRef::Country(_)
                        | EntryRef::Region(_)
                        | EntryRef::Org(_)
                        | EntryRef::Person(_)
                )
            })
            .map(|a| norm(&a.form))
            .collect();
        let patterns: HashSet<String> = known
            .verbs
            .iter()
            .filter(|v| v.lang == kabar_core::Lang::En)
            .map(|v| v.pieces.join(" * "))
            .collect();
        let mut s = Skipped::default();
        let before = self.actors.len();
        self.actors
            .retain(|e| !e.forms().any(|f| names.contains(&norm(f))));
        s.actors = before - self.actors.len();
        let before = self.verbs.len();
        self.verbs.retain(|v| !patterns.contains(&v.pattern));
        s.verbs = before - self.verbs.len();
        s
    }

    /// Keep only verb patterns that refine a verb `known` already has: words
    /// after the verb, the verb form itself an English pattern there, and the
    /// same CAMEO root. The curated lexicon decides what is an event verb and
    /// its category; PETRARCH's patterns then pick the finer code for verb +
    /// complement ("met * in" 040 → "met * for * talks" 046).
    pub fn keep_refinements(&mut self, known: &Kb) -> Skipped {
        // (verb form, CAMEO root) → flags of the curated pattern.
        let mut roots: HashMap<(String, String), String> = HashMap::new();
        for v in &known.verbs {
            if v.lang == kabar_core::Lang::En && v.pieces.len() == 1 {
                let f = &v.flags;
                let flags: String = [
                    (f.nominal, 'n'),
                    (f.topic, 't'),
                    (f.passive, 'p'),
                    (f.stative, 's'),
                ]
                .iter()
                .filter(|x| x.0)
                .map(|x| x.1)
                .collect();
                roots
                    .entry((v.pieces.join(" "), v.cameo.chars().take(2).collect()))
                    .or_insert(flags);
            }
        }
        let before = self.verbs.len();
        self.verbs.retain_mut(|v| {
            let root: String = v.cameo.chars().take(2).collect();
            let flags = v
                .pattern
                .split_once(" * ")
                .and_then(|(head, _)| roots.get(&(head.to_string(), root)));
            match flags {
                Some(f) => {
                    v.flags = f.clone();
                    true
                }
                None => false,
            }
        });
        Skipped {
            verbs: before - self.verbs.len(),
            ..Skipped::default()
        }
    }

    /// Drop actor aliases that are ordinary lowercase words (`common`, from
    /// [`lowercase_words`]): written capitalised at the start of a sentence
    /// they would name an actor. An entry left without forms is dropped.
    pub fn skip_common_words(&mut self, common: &HashSet<String>) -> Skipped {
        let mut s = Skipped::default();
        let is_common = |f: &str| {
            let l = f.to_lowercase();
            !l.contains(' ') && common.contains(&l)
        };
        let mut kept = Vec::with_capacity(self.actors.len());
        for mut e in std::mem::take(&mut self.actors) {
            let mut forms: Vec<String> = e.forms().filter(|f| !is_common(f)).cloned().collect();
            let dropped = e.aliases.len() + 1 - forms.len();
            if forms.is_empty() {
                s.actors += 1;
                continue;
            }
            s.aliases += dropped;
            e.name = forms.remove(0);
            e.aliases = forms;
            kept.push(e);
        }
        self.actors = kept;
        s
    }

    /// The converted entries of `kind` as a kabar TSV file.
    pub fn tsv(&self, kind: Kind) -> String {
        let mut out = String::new();
        let sources = self
            .sources
            .get(&kind)
            .map(|v| {
                v.iter()
                    .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "# Converted from PETRARCH dictionaries ({sources}) by `kabar dict import-petrarch`;\n\
             # PETRARCH dictionaries: MIT, (c) Open Event Data Alliance. See data/NOTICE.\n"
        ));
        match kind {
            Kind::Actors => {
                out.push_str("# columns: name<TAB>aliases<TAB>roles (as actors/persons.tsv)\n");
                for e in &self.actors {
                    out.push_str(&format!(
                        "{}\t{}\t{}\n",
                        e.name,
                        e.aliases.join("|"),
                        e.roles.join("|")
                    ));
                }
            }
            Kind::Agents => {
                out.push_str("# columns: code<TAB>aliases\n");
                for a in &self.agents {
                    out.push_str(&format!("{}\t{}\n", a.code, a.forms.join("|")));
                }
            }
            Kind::Verbs => {
                out.push_str(
                    "# columns: cameo<TAB>pattern<TAB>flags; `*` is a gap of 0-3 tokens.\n\
                     # The words before PETRARCH's verb and its source/target markers are dropped,\n\
                     # synonym sets expanded; curated verbs/en.tsv loads after this file and wins.\n",
                );
                for v in &self.verbs {
                    out.push_str(&format!("{}\t{}\t{}\n", v.cameo, v.pattern, v.flags));
                }
            }
            Kind::Issues => {
                out.push_str("# columns: code<TAB>aliases\n");
                let mut last: Option<&str> = None;
                for i in &self.issues {
                    if i.category.as_deref() != last {
                        if let Some(c) = &i.category {
                            out.push_str(&format!("\n# ---- {c} ----\n"));
                        }
                        last = i.category.as_deref();
                    }
                    out.push_str(&format!("{}\t{}\n", i.code, i.forms.join("|")));
                }
            }
            Kind::Discards => {
                out.push_str(
                    "# columns: scope<TAB>phrase (story-level discards kept as sentence-level)\n",
                );
                for d in &self.discards {
                    out.push_str(&format!("sentence\t{d}\n"));
                }
            }
        }
        out
    }
}

/// Words that occur written entirely in lowercase in `text` (say, a corpus
/// of English news): names that are such words would cause false actors.
pub fn lowercase_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphabetic) && w.chars().all(|c| !c.is_uppercase()))
        .map(str::to_string)
        .collect()
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

struct Cx {
    file: String,
    warnings: Vec<Warning>,
}

impl Cx {
    fn fail(&mut self, line: usize, message: impl Into<String>) {
        self.push(line, message, true);
    }
    fn note(&mut self, line: usize, message: impl Into<String>) {
        self.push(line, message, false);
    }
    fn push(&mut self, line: usize, message: impl Into<String>, failed: bool) {
        self.warnings.push(Warning {
            file: self.file.clone(),
            line,
            message: message.into(),
            failed,
        });
    }
}

/// The lines of a dictionary with `<!-- … -->` comments blanked and `#`
/// comments cut; 1-based line numbers.
fn lines(text: &str) -> Vec<(usize, String)> {
    commented_lines(text)
        .into_iter()
        .map(|(n, body, _)| (n, body))
        .collect()
}

/// Like [`lines`], with the `#` comment of each line.
fn commented_lines(text: &str) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim_end_matches('\r');
        let trimmed = t.trim_start();
        if in_comment {
            if t.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if trimmed.starts_with("<!") {
            in_comment = !t.contains("-->") && !t.trim_end().ends_with('>');
            continue;
        }
        let (body, comment) = match t.find('#') {
            Some(k) => (&t[..k], t[k + 1..].trim()),
            None => (t, ""),
        };
        out.push((i + 1, body.trim_end().to_string(), comment.to_string()));
    }
    out
}

// ---------------------------------------------------------------- actors

/// Title Case a dictionary name: `BARAD-DUR_` → `Barad-Dur`, keeping dotted
/// abbreviations (`U.S.`) in capitals.
pub fn title_case(raw: &str) -> String {
    let words: Vec<String> = raw
        .replace('_', " ")
        .split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if w.contains('.') && letters <= 4 && w.len() <= 2 * letters + 1 {
                return w.to_uppercase();
            }
            let mut out = String::with_capacity(w.len());
            let mut up = true;
            let mut prev_letters = 0;
            for c in w.chars() {
                if up {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                if c.is_alphabetic() {
                    prev_letters += 1;
                    up = false;
                } else {
                    // After a hyphen always; after an apostrophe only in O'Brien, D'Ivoire.
                    up = c == '-' || (c == '\'' && prev_letters == 1);
                    prev_letters = 0;
                }
            }
            out
        })
        .collect();
    words.join(" ")
}

/// A name with a parenthesised acronym (`ISLAMIC_ARMY_OF_ADEN_(IAA)_`) gives
/// the name without it and the acronym.
fn split_name(raw: &str) -> (String, Option<String>) {
    let cleaned: String = raw.replace('+', " ");
    if let (Some(a), Some(b)) = (cleaned.find('('), cleaned.find(')')) {
        if a < b {
            let acr = cleaned[a + 1..b].replace('_', " ").trim().to_string();
            let rest = format!("{}{}", &cleaned[..a], &cleaned[b + 1..]);
            let acr = (!acr.is_empty()).then_some(acr);
            return (title_case(&rest), acr);
        }
    }
    (title_case(&cleaned), None)
}

fn parse_petr_date(s: &str) -> Option<NaiveDate> {
    let (y, m, d) = match s.len() {
        8 => (s[..4].parse::<i32>().ok()?, &s[4..6], &s[6..8]),
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (
                if yy < 30 { 2000 + yy } else { 1900 + yy },
                &s[2..4],
                &s[4..6],
            )
        }
        _ => return None,
    };
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

/// `[RUSGOV 20000507-20080507]`, `[USAGOV >20090120]`, `[HOB < 950601]`, `[ARM]`
/// → `RUSGOV 2000-05-07..2008-05-07` etc.
fn parse_actor_code(inner: &str) -> Result<String, String> {
    let inner = inner.trim();
    let (code, rest) = match inner.find(char::is_whitespace) {
        Some(k) => (&inner[..k], inner[k..].trim()),
        None => (inner, ""),
    };
    // A code glued to the date: `[HOB<950601]`.
    let (code, rest) = match code.find(['<', '>']) {
        Some(k) if rest.is_empty() => (&code[..k], &inner[k..]),
        _ => (code, rest),
    };
    let code = code.to_uppercase();
    // `[ELR/GAL]`: alternatives; kabar keeps the first.
    let code = code.split('/').next().unwrap_or("").to_string();
    if code.is_empty() || code.chars().all(|c| "-+#".contains(c)) {
        return Err(format!("null actor code [{inner}]"));
    }
    if !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(format!("actor code {code:?} is not alphanumeric"));
    }
    let spec: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let bad = || format!("date {spec:?} in [{inner}] is not YYMMDD or YYYYMMDD");
    let fmt = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    if spec.is_empty() {
        return Ok(code);
    }
    if let Some(d) = spec.strip_prefix('<') {
        let d = parse_petr_date(d).ok_or_else(bad)?;
        return Ok(format!("{code} ..{}", fmt(d - Duration::days(1))));
    }
    if let Some(d) = spec.strip_prefix('>') {
        let d = parse_petr_date(d).ok_or_else(bad)?;
        return Ok(format!("{code} {}..", fmt(d + Duration::days(1))));
    }
    let (a, b) = spec.split_once('-').ok_or_else(bad)?;
    let (a, b) = (
        parse_petr_date(a).ok_or_else(bad)?,
        parse_petr_date(b).ok_or_else(bad)?,
    );
    if b < a {
        return Err(format!("date range [{inner}] ends before it starts"));
    }
    Ok(format!("{code} {}..{}", fmt(a), fmt(b)))
}

fn read_actors(cx: &mut Cx, text: &str) -> Vec<ActorEntry> {
    let mut out: Vec<ActorEntry> = Vec::new();
    let mut cur: Option<ActorEntry> = None;
    let mut null_coded = false;
    let finish =
        |cur: &mut Option<ActorEntry>, out: &mut Vec<ActorEntry>, cx: &mut Cx, null: bool| {
            if let Some(e) = cur.take() {
                if e.roles.is_empty() {
                    if !null {
                        cx.fail(e.origin.1, format!("actor {:?} has no code", e.name));
                    }
                } else {
                    out.push(e);
                }
            }
        };
    // Name lines without codes followed by more name lines are one actor
    // (`BORIS_YELTSIN_` / `YELTSIN` / … / `[RUSGOV …]`) unless a blank line parts them.
    let mut blank = false;
    let mut had_codes = false;
    for (n, line, comment) in commented_lines(text) {
        let t = line.trim();
        if t.is_empty() {
            blank |= comment.is_empty();
            continue;
        }
        let after_blank = std::mem::take(&mut blank);
        // Split off the code blocks `[…]`.
        let (head, codes) = match t.find('[') {
            Some(k) => (t[..k].trim(), &t[k..]),
            None => (t, ""),
        };
        let mut roles = Vec::new();
        let mut line_null = false;
        let mut rest = codes;
        while let Some(a) = rest.find('[') {
            let Some(b) = rest[a..].find(']') else {
                cx.fail(n, "unclosed [ in actor code");
                break;
            };
            match parse_actor_code(&rest[a + 1..a + b]) {
                Ok(r) => roles.push(r),
                Err(m) if m.starts_with("null") => {
                    line_null = true;
                    cx.note(n, format!("{m}: role left out"));
                }
                Err(m) => cx.fail(n, m),
            }
            rest = &rest[a + b + 1..];
        }
        if !head.is_empty() && !head.starts_with('+') && !continues(&cur, after_blank, had_codes) {
            finish(&mut cur, &mut out, cx, null_coded);
            null_coded = false;
            had_codes = false;
        }
        null_coded |= line_null;
        had_codes |= !codes.is_empty();
        if let Some(alias) = head.strip_prefix('+') {
            let Some(e) = cur.as_mut() else {
                cx.fail(n, "synonym (+) before any actor");
                continue;
            };
            let (name, acr) = split_name(alias);
            e.aliases.extend(
                [Some(name), acr]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.is_empty()),
            );
            e.roles.extend(roles);
        } else if head.is_empty() {
            match cur.as_mut() {
                Some(e) => e.roles.extend(roles),
                None => cx.fail(n, "code line before any actor"),
            }
        } else if head.starts_with('<') || head.starts_with('{') {
            cx.fail(n, format!("not an actor line: {head:?}"));
        } else if let Some(e) = cur.as_mut() {
            let (name, acr) = split_name(head);
            e.aliases.extend(
                [Some(name), acr]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.is_empty()),
            );
            e.roles.extend(roles);
        } else {
            let (name, acr) = split_name(head);
            if name.is_empty() {
                cx.fail(n, "empty actor name");
                continue;
            }
            cur = Some(ActorEntry {
                name,
                aliases: acr.into_iter().collect(),
                roles,
                origin: (cx.file.clone(), n),
            });
        }
    }
    finish(&mut cur, &mut out, cx, null_coded);
    for e in &mut out {
        let mut seen = HashSet::from([e.name.to_lowercase()]);
        e.aliases.retain(|a| seen.insert(a.to_lowercase()));
        let mut seen = HashSet::new();
        e.roles.retain(|r| seen.insert(r.clone()));
    }
    out
}

/// Does a name line continue the current actor (the current one has no code
/// yet and no blank line came between)?
fn continues(cur: &Option<ActorEntry>, after_blank: bool, had_codes: bool) -> bool {
    cur.as_ref().is_some_and(|e| e.roles.is_empty()) && !after_blank && !had_codes
}

// ---------------------------------------------------------------- agents

/// Regular English plural of the last word of a phrase (lowercase).
fn plural(phrase: &str) -> String {
    let (head, last) = match phrase.rfind(' ') {
        Some(k) => (&phrase[..=k], &phrase[k + 1..]),
        None => ("", phrase),
    };
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeiou".contains(c));
    let p = if last.ends_with('s')
        || last.ends_with('x')
        || last.ends_with('z')
        || last.ends_with("ch")
        || last.ends_with("sh")
    {
        format!("{last}es")
    } else if let Some(stem) = last.strip_suffix('y') {
        if vowel(stem.chars().last()) {
            format!("{last}s")
        } else {
            format!("{stem}ies")
        }
    } else if let Some(stem) = last.strip_suffix("man") {
        format!("{stem}men")
    } else {
        format!("{last}s")
    };
    format!("{head}{p}")
}

fn phrase(raw: &str) -> String {
    raw.replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn read_agents(cx: &mut Cx, text: &str) -> Vec<CodeForms> {
    let mut subs: HashMap<String, Vec<String>> = HashMap::new();
    let mut out = Vec::new();
    for (n, line) in lines(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('!') {
            if let Some((name, members)) = t.split_once('=') {
                let members = members
                    .split(',')
                    .map(|m| m.trim().to_string())
                    .filter(|m| !m.is_empty())
                    .collect();
                subs.insert(name.trim().to_string(), members);
                continue;
            }
        }
        let (Some(a), Some(b)) = (t.rfind('['), t.rfind(']')) else {
            cx.fail(n, "agent line without [CODE]");
            continue;
        };
        if b < a {
            cx.fail(n, "agent line with a malformed [CODE]");
            continue;
        }
        let raw_code: String = t[a + 1..b].chars().filter(|c| !c.is_whitespace()).collect();
        let code = if let Some(c) = raw_code.strip_prefix('~') {
            c.to_string()
        } else if let Some(c) = raw_code.strip_suffix('~') {
            cx.note(
                n,
                format!("prefix agent [{raw_code}] is written as a suffix code {c} (kabar composes COUNTRY+AGENT)"),
            );
            c.to_string()
        } else {
            raw_code.clone()
        };
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            cx.fail(n, format!("agent code [{raw_code}] is not a code"));
            continue;
        }
        let code = code.to_uppercase();
        let head = t[..a].trim();
        let (word, plurals) = match (head.find('{'), head.find('}')) {
            (Some(x), Some(y)) if x < y => (
                head[..x].trim(),
                Some(
                    head[x + 1..y]
                        .split_whitespace()
                        .map(phrase)
                        .collect::<Vec<_>>(),
                ),
            ),
            (None, None) => (head, None),
            _ => {
                cx.fail(n, "unbalanced { } in agent line");
                continue;
            }
        };
        if word.is_empty() {
            cx.fail(n, "agent line without words");
            continue;
        }
        // Expand substitution sets: `CONGRESS!PERSON!`, `!MINST!_OF_SILLY_WALKS`.
        let mut expanded = vec![word.to_string()];
        let mut substituted = false;
        for (name, members) in &subs {
            if expanded.iter().any(|w| w.contains(name.as_str())) {
                substituted = true;
                expanded = expanded
                    .iter()
                    .flat_map(|w| members.iter().map(move |m| w.replace(name.as_str(), m)))
                    .collect();
            }
        }
        if expanded.iter().any(|w| w.contains('!')) {
            cx.fail(n, "unknown substitution set in agent line");
            continue;
        }
        let mut forms: Vec<String> = Vec::new();
        for w in expanded {
            let p = phrase(&w);
            forms.push(p.clone());
            if plurals.is_none() && !substituted {
                forms.push(plural(&p));
            }
        }
        forms.extend(plurals.unwrap_or_default());
        let mut seen = HashSet::new();
        forms.retain(|f| !f.is_empty() && seen.insert(f.clone()));
        out.push(CodeForms {
            code,
            forms,
            category: None,
        });
    }
    out
}

// ---------------------------------------------------------------- verbs

/// Regular forms of an uppercase verb: `HURRY` → hurry, hurries, hurried, hurrying.
fn verb_forms(word: &str) -> Vec<String> {
    let w = word.to_lowercase();
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeiou".contains(c));
    let (s, ed, ing) = if w.ends_with("ee") {
        (format!("{w}s"), format!("{w}d"), format!("{w}ing"))
    } else if let Some(stem) = w.strip_suffix('e') {
        (format!("{w}s"), format!("{w}d"), format!("{stem}ing"))
    } else if let Some(stem) = w.strip_suffix('y').filter(|s| !vowel(s.chars().last())) {
        (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{w}ing"),
        )
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e)) {
        (format!("{w}es"), format!("{w}ed"), format!("{w}ing"))
    } else {
        (format!("{w}s"), format!("{w}ed"), format!("{w}ing"))
    };
    vec![w, s, ed, ing]
}

/// All forms of a verb line's phrase: `+ASK_FOR`, `KLM_NOP_+RST`, with
/// optional `{irregular forms}`.
fn verb_line_forms(head: &str, irregular: Option<&str>) -> Vec<String> {
    let words: Vec<&str> = head
        .split('_')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    let root = phrase(&head.replace('+', ""));
    let mut forms = vec![root];
    match irregular {
        Some(list) => forms.extend(
            list.split(|c: char| c.is_whitespace() || c == ',')
                .map(|f| phrase(&f.replace('+', ""))),
        ),
        None => {
            // The verb is the word marked with `+` (the first by default).
            let k = words
                .iter()
                .position(|w| w.starts_with('+') && w.len() > 1)
                .unwrap_or(0);
            if let Some(v) = words.get(k) {
                for f in verb_forms(v.trim_start_matches('+')).into_iter().skip(1) {
                    let mut ws: Vec<String> = words
                        .iter()
                        .map(|w| w.replace('+', "").to_lowercase())
                        .collect();
                    ws[k] = f;
                    forms.push(ws.join(" "));
                }
            }
        }
    }
    let mut seen = HashSet::new();
    forms.retain(|f| f.chars().any(char::is_alphabetic) && seen.insert(f.clone()));
    forms
}

/// The primary CAMEO code of `[042:043]`, `[040]`; `Err` explains a skip.
fn verb_code(raw: &str) -> Result<Option<String>, (String, bool)> {
    let raw = raw.trim();
    if raw == "---" || raw.is_empty() {
        return Ok(None);
    }
    let primary = raw.split(':').next().unwrap_or("").trim();
    if primary.is_empty() {
        return Err((
            format!("[{raw}] codes only the reverse direction; left out"),
            false,
        ));
    }
    if primary == "---" {
        return Ok(None);
    }
    if !CodeTables::get().is_known(primary) {
        return Err((
            format!("{primary:?} is not a CAMEO event code; left out"),
            false,
        ));
    }
    Ok(Some(primary.to_string()))
}

/// A pattern element: a word or `&SET` sequence that must be consecutive.
type Element = Vec<String>;

/// Parse a pattern body (`* POLICE (TO {BORDER AREA})`) into the elements
/// after the verb; `None` without a `*`.
fn pattern_elements(body: &str) -> Option<(Vec<Element>, usize)> {
    let mut elements: Vec<Element> = Vec::new();
    let mut pre = 0;
    let mut seen_star = false;
    let spaced = body.replace('*', " * ");
    let mut group: Option<Element> = None;
    for tok in spaced.split_whitespace() {
        let mut tok = tok;
        let opens = tok.starts_with('{');
        tok = tok.trim_start_matches('{');
        let closes = tok.ends_with('}');
        tok = tok.trim_end_matches('}');
        let words: Vec<String> = tok
            .split(['_', '(', ')'])
            .map(|w| w.trim_matches(|c| "$+%^".contains(c)))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if opens {
            group = Some(Vec::new());
        }
        if words.iter().any(|w| w == "*") {
            seen_star = true;
            continue;
        }
        match group.as_mut() {
            Some(g) => g.extend(words),
            None => {
                if !words.is_empty() {
                    if seen_star {
                        elements.push(words);
                    } else {
                        pre += 1;
                    }
                }
            }
        }
        if closes {
            if let Some(g) = group.take() {
                if !g.is_empty() {
                    if seen_star {
                        elements.push(g);
                    } else {
                        pre += 1;
                    }
                }
            }
        }
    }
    seen_star.then_some((elements, pre))
}

const MAX_EXPANSIONS: usize = 64;

/// Expand `&SET` words of a word sequence into plain word sequences.
fn expand(
    words: &[String],
    sets: &HashMap<String, Vec<String>>,
    depth: usize,
) -> Result<Vec<String>, String> {
    let mut acc: Vec<String> = vec![String::new()];
    for w in words {
        let options: Vec<String> = match w.strip_prefix('&') {
            Some(name) => {
                let key = name.trim_end_matches('_').to_uppercase();
                let members = sets
                    .get(&key)
                    .ok_or_else(|| format!("unknown synonym set &{key}"))?;
                if depth > 4 {
                    return Err(format!("synonym set &{key} nests too deep"));
                }
                let mut v = Vec::new();
                for m in members {
                    let ws: Vec<String> = m
                        .replace('_', " ")
                        .split_whitespace()
                        .map(str::to_string)
                        .collect();
                    v.extend(expand(&ws, sets, depth + 1)?);
                }
                v
            }
            None => vec![w.to_lowercase()],
        };
        let mut next = Vec::new();
        for a in &acc {
            for o in &options {
                next.push(if a.is_empty() {
                    o.clone()
                } else {
                    format!("{a} {o}")
                });
            }
        }
        if next.len() > MAX_EXPANSIONS * 4 {
            return Err("synonym sets expand to too many variants".into());
        }
        acc = next;
    }
    Ok(acc)
}

fn read_verbs(cx: &mut Cx, text: &str) -> Vec<VerbEntry> {
    let all = commented_lines(text);
    // Pass 1: synonym sets (they may be used before they are defined).
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut current: Option<String> = None;
    for (_, line, comment) in &all {
        let t = line.trim();
        if t.is_empty() && !comment.is_empty() {
            continue;
        }
        if let Some(name) = t.strip_prefix('&') {
            let key = name.split_whitespace().next().unwrap_or("");
            let key = key.trim_end_matches('_').to_uppercase();
            sets.entry(key.clone()).or_default();
            current = Some(key);
        } else if let (Some(m), Some(k)) = (t.strip_prefix('+'), current.as_ref()) {
            let m = m.trim();
            if !m.is_empty() {
                sets.entry(k.clone()).or_default().push(m.to_string());
            }
        } else if t.is_empty() || t.starts_with('-') {
            current = None;
        }
    }
    // Pass 2: blocks.
    let mut out: Vec<VerbEntry> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut push = |out: &mut Vec<VerbEntry>, cameo: &str, pattern: String| {
        if seen.insert(pattern.clone()) {
            out.push(VerbEntry {
                cameo: cameo.to_string(),
                pattern,
                flags: String::new(),
            });
        }
    };
    let mut in_set = false;
    let mut block_code: Option<String> = None;
    let mut in_block = false;
    // The block's verbs: (root in capitals, its forms, its own code).
    let mut verbs: Vec<(String, Vec<String>, Option<String>)> = Vec::new();
    for (n, line, comment) in all {
        let t = line.trim();
        if t.is_empty() {
            in_set &= !comment.is_empty();
            continue;
        }
        if t.starts_with('~') {
            cx.note(
                n,
                "transformation rule (~) left out: kabar has no event transformations",
            );
            continue;
        }
        if t.starts_with('&') {
            in_set = true;
            continue;
        }
        if in_set && t.starts_with('+') {
            continue;
        }
        in_set = false;
        if t.starts_with("---") {
            let inner = t.trim_matches('-').trim();
            let code = inner
                .find('[')
                .and_then(|a| inner[a + 1..].find(']').map(|b| &inner[a + 1..a + 1 + b]));
            in_block = true;
            verbs.clear();
            block_code = match code.map(verb_code) {
                None => {
                    cx.fail(n, "verb block header without [CODE]");
                    None
                }
                Some(Ok(c)) => c,
                Some(Err((m, failed))) => {
                    cx.push(n, format!("block default {m}"), failed);
                    None
                }
            };
            continue;
        }
        if !in_block {
            cx.fail(n, format!("line outside a verb block: {t:?}"));
            continue;
        }
        if let Some(body) = t.strip_prefix('-') {
            // A pattern line.
            let (body, code) = match (body.rfind('['), body.rfind(']')) {
                (Some(a), Some(b)) if a < b => (&body[..a], &body[a + 1..b]),
                _ => {
                    cx.fail(n, "pattern without [CODE]");
                    continue;
                }
            };
            let cameo = match verb_code(code) {
                Ok(Some(c)) => c,
                Ok(None) => continue,
                Err((m, failed)) => {
                    cx.push(n, m, failed);
                    continue;
                }
            };
            let Some((elements, pre)) = pattern_elements(body) else {
                cx.fail(n, "pattern without * (the verb)");
                continue;
            };
            if elements.is_empty() {
                if pre > 0 {
                    cx.note(n, "pattern has words only before the verb; left out");
                }
                continue;
            }
            let mut variants: Vec<String> = vec![String::new()];
            let mut failed = None;
            for el in &elements {
                match expand(el, &sets, 0) {
                    Ok(opts) => {
                        let mut next = Vec::new();
                        for v in &variants {
                            for o in &opts {
                                next.push(format!("{v} * {o}"));
                            }
                        }
                        variants = next;
                    }
                    Err(m) => {
                        failed = Some(m);
                        break;
                    }
                }
            }
            if let Some(m) = failed {
                cx.fail(n, m);
                continue;
            }
            if variants.len() > MAX_EXPANSIONS {
                cx.note(
                    n,
                    format!(
                        "synonym sets give {} variants; the first {MAX_EXPANSIONS} kept",
                        variants.len()
                    ),
                );
                variants.truncate(MAX_EXPANSIONS);
            }
            // The comment names the verb the pattern was written for
            // ("# RUSH"); it applies to that verb's forms, else to the block's.
            let origin = comment
                .split(|c: char| c.is_whitespace() || c == ',')
                .next()
                .unwrap_or("")
                .to_uppercase();
            let named: Vec<&(String, Vec<String>, Option<String>)> =
                verbs.iter().filter(|v| v.0 == origin).collect();
            let targets = if named.is_empty() {
                verbs.iter().collect()
            } else {
                named
            };
            for (_, forms, own) in targets {
                if own.as_deref() == Some(cameo.as_str()) {
                    // Same code as the bare verb: nothing to add.
                    continue;
                }
                for f in forms {
                    for v in &variants {
                        push(&mut out, &cameo, format!("{f}{v}"));
                    }
                }
            }
            continue;
        }
        // A verb line: `WORD {FORMS} [CODE]`.
        let (head, code) = match (t.find('['), t.find(']')) {
            (Some(a), Some(b)) if a < b => (&t[..a], Some(&t[a + 1..b])),
            (None, None) => (t, None),
            _ => {
                cx.fail(n, "verb line with a malformed [CODE]");
                continue;
            }
        };
        let (word, irregular) = match (head.find('{'), head.find('}')) {
            (Some(a), Some(b)) if a < b => (head[..a].trim(), Some(&head[a + 1..b])),
            (None, None) => (head.trim(), None),
            _ => {
                cx.fail(n, "verb line with unbalanced { }");
                continue;
            }
        };
        if word.is_empty() || word.contains(char::is_whitespace) && !word.contains('_') {
            cx.fail(n, format!("not a verb: {word:?}"));
            continue;
        }
        let vf = verb_line_forms(word, irregular);
        let own = match code.map(verb_code) {
            None => block_code.clone(),
            Some(Ok(c)) => c,
            Some(Err((m, failed))) => {
                cx.push(n, m, failed);
                None
            }
        };
        if let Some(c) = &own {
            for f in &vf {
                push(&mut out, c, f.clone());
            }
        }
        let root = word.trim_start_matches('+').replace(['_', '+'], " ");
        let root = root
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase();
        verbs.push((root, vf, own));
    }
    out
}

// ---------------------------------------------------------------- issues

fn issue_variants(raw: &str) -> Vec<String> {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let last_noun = words.iter().rposition(|w| w.contains("n:"));
    let mut out = Vec::new();
    for joiner in ["-", " ", ""] {
        for plural_form in [false, true] {
            if plural_form && last_noun.is_none() {
                continue;
            }
            let ws: Vec<String> = words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let parts: Vec<String> = w
                        .split('+')
                        .filter(|p| !p.is_empty())
                        .map(|p| {
                            p.trim_start_matches("n:")
                                .trim_start_matches("v:")
                                .to_lowercase()
                        })
                        .collect();
                    let mut j = parts.join(joiner);
                    if plural_form && Some(i) == last_noun {
                        j = plural(&j);
                    }
                    j
                })
                .collect();
            out.push(ws.join(" "));
        }
        if !raw.contains('+') {
            break;
        }
    }
    let mut seen = HashSet::new();
    out.retain(|v| !v.trim().is_empty() && seen.insert(v.clone()));
    out
}

fn read_issues(cx: &mut Cx, text: &str) -> Vec<CodeForms> {
    let mut out: Vec<CodeForms> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut category: Option<String> = None;
    let mut negatives = 0;
    let mut first_negative = 0;
    for (n, line) in lines(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with("</") {
            category = None;
            continue;
        }
        if t.starts_with("<ISSUE") {
            category = t
                .split("CATEGORY=")
                .nth(1)
                .and_then(|s| s.split('"').nth(1))
                .map(str::to_string);
            continue;
        }
        if t.starts_with('~') {
            if negatives == 0 {
                first_negative = n;
            }
            negatives += 1;
            continue;
        }
        // Lines without a code take their category's (`<ISSUE CATEGORY="EUROPEAN_UNION">`).
        let (words, code) = match (t.rfind('['), t.rfind(']')) {
            (Some(a), Some(b)) if a < b => (t[..a].trim(), t[a + 1..b].trim().to_uppercase()),
            (None, None) => match &category {
                Some(c) => (t, c.clone()),
                None => {
                    cx.fail(n, "issue line without [CODE] outside a category");
                    continue;
                }
            },
            _ => {
                cx.fail(n, "issue line with a malformed [CODE]");
                continue;
            }
        };
        if code.is_empty()
            || !code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            cx.fail(n, format!("issue code [{code}] is not a code"));
            continue;
        }
        if words.is_empty() {
            cx.fail(n, "issue line without words");
            continue;
        }
        let k = *index.entry(code.clone()).or_insert_with(|| {
            out.push(CodeForms {
                code: code.clone(),
                forms: Vec::new(),
                category: category.clone(),
            });
            out.len() - 1
        });
        if let Some(row) = out.get_mut(k) {
            for v in issue_variants(words) {
                if !row.forms.contains(&v) {
                    row.forms.push(v);
                }
            }
        }
    }
    if negatives > 0 {
        cx.note(
            first_negative,
            format!("{negatives} negative (~) phrases left out: kabar's issues have no exceptions"),
        );
    }
    out
}

// ---------------------------------------------------------------- discards

fn read_discards(cx: &mut Cx, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut story = 0;
    let mut first = 0;
    for (n, line) in lines(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let p = match t.strip_prefix('+') {
            Some(p) => {
                if story == 0 {
                    first = n;
                }
                story += 1;
                p
            }
            None => t,
        };
        let p = phrase(p);
        if p.is_empty() || p.contains(['[', ']']) {
            cx.fail(n, format!("not a discard phrase: {t:?}"));
            continue;
        }
        out.push(p);
    }
    if story > 0 {
        cx.note(
            first,
            format!("{story} story-level (+) discards kept as sentence-level"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import(kind: Kind, text: &str) -> Import {
        let mut i = Import::default();
        i.add(kind, "t.txt", text);
        i
    }

    #[test]
    fn actors_keep_synonyms_and_dated_roles() {
        let i = import(
            Kind::Actors,
            "ARMENIA_\n+ARMENIAN_\n\t[USRARM <900823]\n\t[ARM >911221]\n\
             BARAD-DUR  [MOR] # comment\nSERZH_SARKISYAN_\n\t[ARMGOV 080409-20130101]\n\t[ARMELI]\n",
        );
        assert_eq!(i.actors.len(), 3, "{:?}", i.warnings);
        assert_eq!(i.actors[0].name, "Armenia");
        assert_eq!(i.actors[0].aliases, vec!["Armenian"]);
        assert_eq!(
            i.actors[0].roles,
            vec!["USRARM ..1990-08-22", "ARM 1991-12-22.."]
        );
        assert_eq!(i.actors[1].name, "Barad-Dur");
        assert_eq!(
            i.actors[2].roles,
            vec!["ARMGOV 2008-04-09..2013-01-01", "ARMELI"]
        );
        let tsv = i.tsv(Kind::Actors);
        assert!(tsv.contains("Armenia\tArmenian\tUSRARM ..1990-08-22|ARM 1991-12-22..\n"));
    }

    #[test]
    fn a_bad_actor_line_is_a_warning_with_its_line() {
        let i = import(Kind::Actors, "X_ [ARMUNR 9008223-911221]\nY_ [YYY]\n");
        assert_eq!(i.actors.len(), 1);
        assert_eq!(i.failed(), 2, "{:?}", i.warnings);
        assert!(i.warnings[0].to_string().starts_with("t.txt:1: date"));
    }

    #[test]
    fn agents_compose_plurals_and_substitution_sets() {
        let i = import(
            Kind::Agents,
            "!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [ ~COP]\n\
             ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nACADEMY [~EDU]\nMSF {} [NGO~]\n",
        );
        let rows: Vec<String> = i
            .agents
            .iter()
            .map(|a| format!("{} {}", a.code, a.forms.join("|")))
            .collect();
        assert_eq!(
            rows,
            vec![
                "LEG congressman|congressmen",
                "COP police",
                "GOV attorney general|attorneys general",
                "EDU academy|academies",
                "NGO msf"
            ]
        );
        assert_eq!(i.failed(), 0);
    }

    #[test]
    fn verbs_expand_forms_patterns_and_synonym_sets() {
        let text = "&FOOD\n+RICE\n+WHEAT_FLOUR\n\n\
                    --- RUSH [---] ---\nRUSH\nHURRY {HURRIES HURRIED}\n\
                    - * &FOOD [073] # RUSH\n- * (TO BORDER) [154:155]\n- &MILITARY * [154]\n\
                    - * AID [999]\n\
                    --- MEET [040] ---\n+MEET_WITH {+MET_WITH}\nMEET {MET}\n- $ * + (IN ^) [:040]\n";
        let i = import(Kind::Verbs, text);
        let got: Vec<String> = i
            .verbs
            .iter()
            .map(|v| format!("{} {}", v.cameo, v.pattern))
            .collect();
        assert!(got.contains(&"073 rushes * rice".to_string()), "{got:?}");
        // The comment names the verb a pattern was written for: RUSH, not HURRY.
        assert!(got.contains(&"073 rushed * wheat flour".to_string()));
        assert!(!got.contains(&"073 hurried * wheat flour".to_string()));
        assert!(got.contains(&"154 hurries * to * border".to_string()));
        assert!(got.contains(&"154 rushing * to * border".to_string()));
        assert!(got.contains(&"040 met with".to_string()));
        assert!(got.contains(&"040 met".to_string()));
        assert!(!got.iter().any(|g| g.starts_with("999")));
        // 999 is not CAMEO, `&MILITARY *` has no words after the verb, `[:040]` is reverse-only.
        let msgs: Vec<String> = i.warnings.iter().map(|w| w.to_string()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.contains("t.txt:11:") && m.contains("\"999\"")),
            "{msgs:?}"
        );
        assert_eq!(i.failed(), 0, "{msgs:?}");
    }

    #[test]
    fn issues_group_forms_by_code_and_skip_negatives() {
        let i = import(
            Kind::Issues,
            "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\nn:school [SCHOOLS]\npre+k [EARLY]\n~a head start\n\
             n:academy[SCHOOLS]\n</ISSUE>\nbroken line\n",
        );
        assert_eq!(
            i.issues[0].forms,
            vec!["school", "schools", "academy", "academies"]
        );
        assert_eq!(i.issues[1].forms, vec!["pre-k", "pre k", "prek"]);
        assert_eq!(i.failed(), 1);
        assert!(i
            .tsv(Kind::Issues)
            .contains("# ---- EDUCATION ----\nSCHOOLS\t"));
    }

    #[test]
    fn kinds_are_detected_by_name_and_content() {
        assert_eq!(
            Kind::detect("Phoenix.IssueCoding.txt", ""),
            Some(Kind::Issues)
        );
        assert_eq!(Kind::detect("CAMEO.2.0.txt", ""), Some(Kind::Verbs));
        assert_eq!(
            Kind::detect("x.txt", "--- MEET [040] ---\n"),
            Some(Kind::Verbs)
        );
        assert_eq!(Kind::detect("x.txt", "POLICE [~COP]\n"), Some(Kind::Agents));
        assert_eq!(Kind::detect("x.txt", "GONDOR [GON]\n"), Some(Kind::Actors));
    }

    #[test]
    fn title_case_keeps_abbreviations() {
        assert_eq!(title_case("U.S."), "U.S.");
        assert_eq!(title_case("COTE_D'IVOIRE_"), "Cote D'Ivoire");
        assert_eq!(title_case("MINAS_TIRITH"), "Minas Tirith");
    }
}
