//! CAMEO's coding conventions for what is said rather than done, applied to a
//! sentence's candidate events after role assignment:
//!
//! - an announced cooperative act is an *expression of intent* (03x: "akan
//!   bertemu" → 036), an announced hostile act a *threat* (13x: "would
//!   blockade" → 13x);
//! - a refusal ("menolak untuk", "would not") is a *rejection* (12x);
//! - "Y said X must …" is Y's *demand* on X (10x), while X's act stays
//!   hypothetical and unreported;
//! - a statement with nobody it is addressed to, or only to the press, is
//!   not an event.
//!
//! Which code each act maps to follows the CAMEO codebook's parallel
//! structure (03x/10x/12x/13x mirror 04x–08x and 14x–20x).

use crate::roles::{Coded, Party, SentenceEvents, Via};
use kabar_core::{CodeTables, Modality};

fn root(code: &str) -> u8 {
    code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0)
}

/// The code itself if CAMEO has it, else its closest listed parent.
fn known(code: &str) -> String {
    let t = CodeTables::get();
    let mut c = code;
    while c.len() > 2 {
        if t.is_known(c) {
            return c.to_string();
        }
        c = &c[..c.len() - 1];
    }
    code.to_string()
}

/// The code of the first table row whose prefix `code` starts with, else `default`.
fn by_prefix(code: &str, table: &[(&str, &str)], default: &str) -> String {
    table
        .iter()
        .find(|(p, _)| code.starts_with(p))
        .map(|(_, c)| c.to_string())
        .unwrap_or_else(|| default.to_string())
}

/// 04x–08x announced → 03x; 14x–20x announced → 13x; others unchanged.
pub fn intent_code(code: &str) -> Option<String> {
    let sub = |table: &[(&str, &str)], default: &str| by_prefix(code, table, default);
    let c = match root(code) {
        4 => "036".to_string(),
        5 => "032".to_string(),
        6 => sub(
            &[
                ("061", "0311"),
                ("062", "0312"),
                ("063", "0313"),
                ("064", "0314"),
            ],
            "031",
        ),
        7 => sub(
            &[
                ("071", "0331"),
                ("072", "0332"),
                ("073", "0333"),
                ("074", "0334"),
            ],
            "033",
        ),
        8 => sub(
            &[
                ("081", "0351"),
                ("082", "0352"),
                ("0831", "0341"),
                ("0832", "0342"),
                ("0833", "0343"),
                ("0834", "0344"),
                ("083", "034"),
                ("084", "0353"),
                ("085", "0354"),
                ("086", "0355"),
                ("087", "0356"),
            ],
            "035",
        ),
        14 => "133".to_string(),
        16 => sub(
            &[
                ("161", "1313"),
                ("162", "1311"),
                ("163", "1312"),
                ("164", "134"),
                ("165", "135"),
                ("166", "136"),
            ],
            "131",
        ),
        17 => "137".to_string(),
        18 => "1383".to_string(),
        19 => sub(&[("191", "1381"), ("192", "1382")], "1384"),
        20 => sub(&[("204", "1385")], "1383"),
        _ => return None,
    };
    Some(known(&c))
}

/// A refused act → the matching rejection (12x).
pub fn reject_code(code: &str) -> Option<String> {
    let sub = |table: &[(&str, &str)], default: &str| by_prefix(code, table, default);
    let c = match root(code) {
        3 | 5 => "120".to_string(),
        4 => "125".to_string(),
        6 => sub(
            &[
                ("061", "1211"),
                ("062", "1212"),
                ("063", "1213"),
                ("064", "1214"),
            ],
            "121",
        ),
        7 => sub(
            &[
                ("071", "1221"),
                ("072", "1222"),
                ("073", "1223"),
                ("074", "1224"),
            ],
            "122",
        ),
        8 => sub(
            &[
                ("081", "1241"),
                ("082", "1242"),
                ("083", "123"),
                ("084", "1243"),
                ("085", "1244"),
                ("086", "1245"),
                ("087", "1246"),
            ],
            "124",
        ),
        _ => return None,
    };
    Some(known(&c))
}

/// The act Y demands of X → Y's demand (10x).
pub fn demand_code(code: &str, negated: bool) -> String {
    let sub = |table: &[(&str, &str)], default: &str| by_prefix(code, table, default);
    let c = match root(code) {
        3 | 5 => "102".to_string(),
        4 => "106".to_string(),
        6 => sub(
            &[
                ("061", "1011"),
                ("062", "1012"),
                ("063", "1013"),
                ("064", "1014"),
            ],
            "101",
        ),
        7 => sub(
            &[
                ("071", "1031"),
                ("072", "1032"),
                ("073", "1033"),
                ("074", "1034"),
            ],
            "103",
        ),
        8 => sub(
            &[
                ("081", "1051"),
                ("082", "1052"),
                ("083", "104"),
                ("084", "1053"),
                ("085", "1054"),
                ("086", "1055"),
                ("087", "1056"),
            ],
            "105",
        ),
        // "X must stop attacking": a demand to de-escalate.
        18..=20 if negated => "1056".to_string(),
        _ => "100".to_string(),
    };
    known(&c)
}

/// Apply the conventions to one sentence's candidate events.
pub fn apply(found: &mut SentenceEvents) {
    let events = std::mem::take(&mut found.events);
    let mut out: Vec<Coded> = Vec::with_capacity(events.len());
    let mut used_statements: Vec<usize> = Vec::new();
    let mut demands: Vec<Coded> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        if !e.obligation {
            continue;
        }
        // The nearest earlier statement by someone else: "Y said X must …".
        let speaker = events[..i].iter().enumerate().rev().find(|(_, s)| {
            root(&s.cameo) == 1
                    && s.source.actor.code != e.source.actor.code
                    // "para pihak menekankan perlunya …": the same speakers.
                    && s.source.tokens != e.source.tokens
        });
        if let Some((si, s)) = speaker {
            let target = Party {
                actor: e.source.actor.clone(),
                tokens: e.source.tokens.clone(),
                via: Via::Direct,
            };
            demands.push(Coded {
                cameo: demand_code(&e.cameo, e.negated),
                source: s.source.clone(),
                target: Some(target),
                negated: false,
                modality: Modality::Asserted,
                obligation: false,
                refusal: false,
                ..s.clone()
            });
            used_statements.push(si);
        }
    }
    for (i, mut e) in events.into_iter().enumerate() {
        if used_statements.contains(&i) {
            found.dropped.push((
                e.trigger.clone(),
                "a statement of a demand, coded as the demand",
            ));
            continue;
        }
        if e.refusal {
            if let Some(c) = reject_code(&e.cameo) {
                e.cameo = c;
                e.negated = false;
                e.modality = Modality::Asserted;
            }
        } else if e.modality == Modality::Planned && !e.negated {
            if let Some(c) = intent_code(&e.cameo) {
                e.cameo = c;
                e.modality = Modality::Asserted;
            }
        }
        if root(&e.cameo) == 1 && e.target.is_none() {
            found.dropped.push((
                e.trigger.clone(),
                "a statement with no one it is addressed to",
            ));
            continue;
        }
        // "told Reuters", "mengatakan kepada televisi CNN Turk": the press
        // carries the statement; it is not the party addressed.
        let to_the_press = e.target.as_ref().map(|t| &t.actor).is_some_and(|a| {
            a.sector.as_deref().is_some_and(|s| s.starts_with("MED"))
                || a.code.starts_with("MED")
                || a.code.get(3..6) == Some("MED")
        });
        if root(&e.cameo) == 1 && to_the_press {
            found.dropped.push((
                e.trigger.clone(),
                "a statement to the press, not to a party",
            ));
            continue;
        }
        out.push(e);
    }
    out.extend(demands);
    found.events = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn announced_acts_become_intents_or_threats() {
        assert_eq!(intent_code("040").as_deref(), Some("036"));
        assert_eq!(intent_code("0841").as_deref(), Some("0353"));
        assert_eq!(intent_code("190").as_deref(), Some("1384"));
        assert_eq!(intent_code("163").as_deref(), Some("1312"));
        assert_eq!(intent_code("111"), None);
    }

    #[test]
    fn refusals_and_demands_mirror_the_act() {
        assert_eq!(reject_code("040").as_deref(), Some("125"));
        assert_eq!(reject_code("0841").as_deref(), Some("1243"));
        assert_eq!(demand_code("087", false), "1056");
        assert_eq!(demand_code("190", true), "1056");
        assert_eq!(demand_code("046", false), "106");
        for c in ["036", "0353", "1384", "1312", "125", "1243", "1056", "106"] {
            assert!(CodeTables::get().is_known(c), "{c} is a CAMEO code");
        }
    }
}
