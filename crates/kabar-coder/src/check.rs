//! `kabar dict check`: duplicate, conflicting, overridden and unreachable
//! dictionary entries and unknown actor codes, each reported with the file
//! and line that defines it.

use crate::kb::{Alias, DiscardScope, EntryRef, Kb};
use crate::lexicon::fold;
use std::collections::HashMap;
use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth knowing (an entry replaced on purpose by a later file).
    Info,
    /// Probably a mistake (an entry that can never match, a repeated line).
    Warning,
    /// The same words coded two different ways in the same file kind.
    Error,
}

/// One finding.
#[derive(Debug, Clone)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// `duplicate`, `conflict`, `overridden`, `unreachable` or `unknown-code`.
    pub kind: &'static str,
    /// What is wrong, with file:line of the entries involved.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{sev}: {}: {}", self.kind, self.message)
    }
}

/// The code an alias stands for, for comparing entries of one kind.
fn code_of(kb: &Kb, e: EntryRef) -> Option<String> {
    Some(match e {
        EntryRef::Country(i) => kb.countries.get(i as usize)?.code.clone(),
        EntryRef::Region(i) => kb.regions.get(i as usize)?.code.clone(),
        EntryRef::Org(i) => kb.orgs.get(i as usize)?.code.clone(),
        EntryRef::Person(i) => {
            let p = kb.persons.get(i as usize)?;
            let mut codes: Vec<&str> = p.roles.iter().map(|r| r.code.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            codes.join("+")
        }
        EntryRef::Agent(i) => kb.agents.get(i as usize)?.code.clone(),
        EntryRef::City(i) => kb.cities.get(i as usize)?.country.clone(),
        EntryRef::Verb(i) => kb.verbs.get(i as usize)?.cameo.clone(),
        EntryRef::Discard(i) => format!("{:?}", kb.discards.get(i as usize)?.scope),
        EntryRef::Cue(i) => format!("{:?}", kb.cues.get(i as usize)?.kind),
        EntryRef::Issue(i) => kb.issues.get(i as usize)?.code.clone(),
    })
}

/// The words that make two aliases "the same entry": the folded form, plus
/// the whole pattern for verbs and discards (gap patterns share their first
/// piece).
fn key_of(kb: &Kb, a: &Alias) -> String {
    let mut k = String::new();
    match kb.gap_pieces(a.entry) {
        Some(pieces) => fold(&pieces.join(" * "), &mut k),
        None => fold(&a.form, &mut k),
    }
    let kind = std::mem::discriminant(&a.entry);
    format!("{kind:?}|{:?}|{}|{k}", a.lang, a.case_sensitive)
}

/// Check a knowledge base.
pub fn check(kb: &Kb) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, a) in kb.aliases.iter().enumerate() {
        seen.entry(key_of(kb, a)).or_default().push(i);
        unreachable(kb, a, &mut out);
    }
    let mut groups: Vec<&Vec<usize>> = seen.values().filter(|v| v.len() > 1).collect();
    groups.sort();
    for g in groups {
        let first = &kb.aliases[g[0]];
        if matches!(first.entry, EntryRef::City(_)) {
            continue; // many places share a name; the most populous wins
        }
        for &j in &g[1..] {
            let (a, b) = (&kb.aliases[g[0]], &kb.aliases[j]);
            let (ca, cb) = (code_of(kb, a.entry), code_of(kb, b.entry));
            let same_file = a.origin.file == b.origin.file;
            if a.entry == b.entry {
                continue; // the name repeated among its own aliases
            }
            let (severity, kind, what) = match (ca == cb, same_file) {
                (true, true) => (Severity::Warning, "duplicate", "listed again"),
                (true, false) => (Severity::Info, "duplicate", "already listed"),
                (false, true) => (Severity::Error, "conflict", "coded differently"),
                (false, false) => (Severity::Info, "overridden", "replaced by a later file"),
            };
            out.push(Finding {
                severity,
                kind,
                message: format!(
                    "{:?} at {} ({}) {what} at {} ({})",
                    a.form,
                    a.origin,
                    ca.unwrap_or_default(),
                    b.origin,
                    cb.unwrap_or_default()
                ),
            });
        }
    }
    out.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.message.cmp(&b.message)));
    out
}

fn unreachable(kb: &Kb, a: &Alias, out: &mut Vec<Finding>) {
    let name_kind = a.entry.is_name();
    let first = a.form.chars().find(|c| c.is_alphanumeric());
    if name_kind && !a.form.chars().any(char::is_uppercase) {
        out.push(Finding {
            severity: Severity::Warning,
            kind: "unreachable",
            message: format!(
                "{:?} at {}: a name written without capitals matches only where the text capitalises it (sentence starts); write it as it appears in news",
                a.form, a.origin
            ),
        });
    }
    if first.is_none() {
        out.push(Finding {
            severity: Severity::Warning,
            kind: "unreachable",
            message: format!(
                "{:?} at {}: no letters or digits to match",
                a.form, a.origin
            ),
        });
    }
    if let EntryRef::Verb(i) = a.entry {
        let Some(v) = kb.verbs.get(i as usize) else {
            return;
        };
        // A phrase discard that contains the whole first piece kills the trigger.
        let killed = kb.discards.iter().find(|d| {
            d.scope == DiscardScope::Phrase
                && format!(" {} ", d.phrase).contains(&format!(" {} ", v.pieces[0]))
        });
        if let Some(d) = killed {
            if d.phrase == v.pieces[0] {
                out.push(Finding {
                    severity: Severity::Warning,
                    kind: "unreachable",
                    message: format!(
                        "verb pattern {:?} at {} is exactly the discard phrase {:?}: it never triggers",
                        v.pattern, a.origin, d.phrase
                    ),
                });
            }
        }
    }
    let codes: Vec<&str> = match a.entry {
        EntryRef::Person(i) => kb
            .persons
            .get(i as usize)
            .filter(|p| p.name == a.form)
            .map(|p| p.roles.iter().map(|r| r.code.as_str()).collect())
            .unwrap_or_default(),
        EntryRef::Org(i) => kb
            .orgs
            .get(i as usize)
            .filter(|o| o.name == a.form)
            .map(|o| vec![o.code.as_str()])
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    for code in codes {
        if !known_code_prefix(kb, code) {
            out.push(Finding {
                severity: Severity::Warning,
                kind: "unknown-code",
                message: format!(
                    "{:?} at {}: code {code} starts with {:?}, which is no country, region or sector kabar knows (a typo? the country then never shows in the output)",
                    a.form,
                    a.origin,
                    code.get(..3).unwrap_or(code)
                ),
            });
        }
    }
    if let EntryRef::Person(i) = a.entry {
        if let Some(p) = kb.persons.get(i as usize) {
            for r in &p.roles {
                if let (Some(f), Some(t)) = (r.from, r.to) {
                    if f > t && p.name == a.form {
                        out.push(Finding {
                            severity: Severity::Warning,
                            kind: "unreachable",
                            message: format!(
                                "{} at {}: role {} ends ({t}) before it starts ({f})",
                                p.name, a.origin, r.code
                            ),
                        });
                    }
                }
            }
        }
    }
}

/// Code prefixes PETRARCH's own dictionaries use that are not today's
/// countries: transnational kinds, states that no longer exist or were never
/// recognised, CAMEO religions, and the fictional country of its unit tests.
const OTHER_CODE_PREFIXES: &[&str] = &[
    "IGO", "NGO", "IMG", "MNC", "INT", "UAF", // transnational and unidentified
    "DDR", "SUN", "CSK", "YUG", "SRP", "KRJ", // former or unrecognised states
    "BAH", "MOS", "CHR", "JEW", "BUD", "HIN", // religions
    "KNT", "KKL", // PETRARCH's test fixtures (Kinakuta)
];

/// Whether an actor code's first three letters name a country, region,
/// sector or one of [`OTHER_CODE_PREFIXES`].
fn known_code_prefix(kb: &Kb, code: &str) -> bool {
    let Some(p) = code.get(..3) else {
        return false;
    };
    OTHER_CODE_PREFIXES.contains(&p)
        || kb.countries.iter().any(|c| c.code == p)
        || kb.regions.iter().any(|r| r.code.get(..3) == Some(p))
        || kb.agents.iter().any(|g| g.code == p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_duplicates_conflicts_and_unreachable_entries() {
        let mut kb = Kb::default();
        let ok = kb.add_file(
            "agents.tsv",
            "GOV\tmenteri|pejabat\nMIL\tpejabat\nGOV\tmenteri\n",
        );
        assert!(ok.is_ok());
        assert!(kb
            .add_file(
                "actors/countries.tsv",
                "IDN\tID\tID\t-6.2\t106.8\tIndonesia\tIndonesian\n"
            )
            .is_ok());
        assert!(kb
            .add_file(
                "actors/persons.tsv",
                "budi santoso\t\tIDNGOV 2020-01-01..2019-01-01|XYZGOV\n"
            )
            .is_ok());
        let f = check(&kb);
        let text: Vec<String> = f.iter().map(|x| x.to_string()).collect();
        assert!(
            text.iter().any(|t| t.starts_with("error: conflict: \"pejabat\" at agents.tsv:1 (GOV) coded differently at agents.tsv:2 (MIL)")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("warning: duplicate: \"menteri\" at agents.tsv:1")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("a name written without capitals")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("ends (2019-01-01) before it starts")),
            "{text:#?}"
        );
        assert!(
            text.iter().any(|t| t.starts_with(
                "warning: unknown-code: \"budi santoso\" at actors/persons.tsv:1: code XYZGOV starts with \"XYZ\""
            )),
            "{text:#?}"
        );
        assert!(
            !text.iter().any(|t| t.contains("code IDNGOV")),
            "a country's code is known: {text:#?}"
        );
        assert_eq!(f[0].severity, Severity::Error, "errors come first");
    }

    #[test]
    fn the_built_in_knowledge_base_is_clean() {
        let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
        let bad: Vec<String> = check(&kb)
            .iter()
            .filter(|f| f.severity > Severity::Info)
            .map(|f| f.to_string())
            .collect();
        assert!(
            bad.is_empty(),
            "{} findings, first: {:#?}",
            bad.len(),
            &bad[..bad.len().min(10)]
        );
    }

    #[test]
    fn a_later_file_overriding_an_entry_is_information() {
        let mut kb = Kb::default();
        assert!(kb
            .add_file("verbs/en-petrarch.tsv", "040\tmeet with\t\n")
            .is_ok());
        assert!(kb.add_file("verbs/en.tsv", "044\tmeet with\t\n").is_ok());
        let f = check(&kb);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, "overridden");
    }
}
