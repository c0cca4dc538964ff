//! CAMEO event-code tables: labels, Goldstein scores, QuadClass and the
//! CAMEO → PLOVER mapping, parsed once from the files embedded from `data/`.

use std::collections::HashMap;
use std::sync::OnceLock;

const CAMEO_LABELS: &str = include_str!("../../../data/cameo/CAMEO_codefile.txt");
const GOLDSTEIN: &str = include_str!("../../../data/cameo/CAMEO.goldsteinscale.txt");
const CAMEO2PLOVER: &str = include_str!("../../../data/plover/CAMEO2PLOVER-2021.txt");

/// Everything kabar knows about one CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct EventCode {
    /// The code itself, e.g. `0311`.
    pub code: String,
    /// Its English label from the CAMEO codebook.
    pub label: String,
    /// Goldstein score (inherited from the closest listed parent code when absent).
    pub goldstein: f32,
    /// QuadClass 1–4, from the root.
    pub quad_class: u8,
    /// PLOVER category, when one applies.
    pub plover: Option<String>,
}

/// The parsed code tables.
#[derive(Debug, Default)]
pub struct CodeTables {
    labels: HashMap<String, String>,
    goldstein: HashMap<String, f32>,
    plover: HashMap<String, String>,
}

impl CodeTables {
    /// The tables embedded in the binary, parsed on first use.
    pub fn get() -> &'static CodeTables {
        static TABLES: OnceLock<CodeTables> = OnceLock::new();
        TABLES.get_or_init(|| CodeTables::parse(CAMEO_LABELS, GOLDSTEIN, CAMEO2PLOVER))
    }

    /// Parse the three table files (CAMEO codefile, Goldstein TSV, CAMEO2PLOVER).
    pub fn parse(labels: &str, goldstein: &str, plover: &str) -> CodeTables {
        let mut t = CodeTables::default();
        for line in labels.lines() {
            // "LABEL: 0211= Appeal for economic cooperation"; LABELi lines are ICEWS variants.
            let Some(rest) = line.strip_prefix("LABEL:") else {
                continue;
            };
            if let Some((code, label)) = rest.split_once('=') {
                let code = code.trim();
                if is_code(code) {
                    t.labels.insert(code.to_string(), label.trim().to_string());
                }
            }
        }
        for line in goldstein.lines().skip(1) {
            let mut cols = line.split_whitespace();
            if let (Some(code), Some(v)) = (cols.next(), cols.next()) {
                if let Ok(v) = v.parse::<f32>() {
                    t.goldstein.insert(code.to_string(), v);
                }
            }
        }
        for line in plover.lines() {
            let line = line.split('#').next().unwrap_or("");
            let Some((code, rest)) = line.split_once(':') else {
                continue;
            };
            let code = code.trim();
            let cat = rest.split(',').next().unwrap_or("").trim();
            if is_code(code) && code.len() >= 3 && !cat.is_empty() {
                // The first listing of a code wins (the file repeats a few).
                t.plover
                    .entry(code.to_string())
                    .or_insert_with(|| cat.to_string());
            }
        }
        t
    }

    /// Is `code` a CAMEO event code in the codebook?
    pub fn is_known(&self, code: &str) -> bool {
        self.labels.contains_key(code)
    }

    /// All codes of the codebook, sorted.
    pub fn codes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.labels.keys().map(String::as_str).collect();
        v.sort_unstable();
        v
    }

    /// Label, Goldstein, QuadClass and PLOVER for `code`; `None` if it is not a CAMEO code.
    pub fn lookup(&self, code: &str) -> Option<EventCode> {
        let label = self.labels.get(code)?.clone();
        let root = root_of(code)?;
        Some(EventCode {
            code: code.to_string(),
            label,
            goldstein: self.inherit(code, &self.goldstein).copied().unwrap_or(0.0),
            quad_class: quad_class(root),
            plover: self.plover_of(code),
        })
    }

    fn plover_of(&self, code: &str) -> Option<String> {
        if let Some(p) = self.inherit(code, &self.plover) {
            return Some(p.clone());
        }
        // The 2021 table leaves out roots 01 and 02. PLOVER folds CAMEO's
        // appeals (02) into REQUEST; public statements (01) have no category.
        match root_of(code)? {
            2 => Some("REQUEST".to_string()),
            _ => None,
        }
    }

    /// The value for `code`, else for its closest parent (`0311` → `031` → `03`).
    fn inherit<'a, V>(&self, code: &str, map: &'a HashMap<String, V>) -> Option<&'a V> {
        let mut c = code;
        loop {
            if let Some(v) = map.get(c) {
                return Some(v);
            }
            if c.len() <= 2 {
                return None;
            }
            c = &c[..c.len() - 1];
        }
    }
}

fn is_code(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// The CAMEO root (1–20) of an event code such as `0311`.
pub fn root_of(code: &str) -> Option<u8> {
    code.get(..2)?.parse().ok().filter(|r| (1..=20).contains(r))
}

/// QuadClass of a CAMEO root: 01–05 verbal cooperation, 06–08 material
/// cooperation, 09–13 verbal conflict, 14–20 material conflict.
pub fn quad_class(root: u8) -> u8 {
    match root {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consult_is_verbal_cooperation_with_plover_consult() {
        let c = CodeTables::get()
            .lookup("040")
            .expect("040 is a CAMEO code");
        assert_eq!(c.quad_class, 1);
        assert_eq!(c.plover.as_deref(), Some("CONSULT"));
        assert_eq!(c.goldstein, 1.0);
    }

    #[test]
    fn military_force_is_material_conflict() {
        let c = CodeTables::get()
            .lookup("190")
            .expect("190 is a CAMEO code");
        assert_eq!(c.quad_class, 4);
        assert_eq!(c.plover.as_deref(), Some("ASSAULT"));
        assert_eq!(c.goldstein, -10.0);
    }

    #[test]
    fn appeals_map_to_request_and_unknown_codes_are_rejected() {
        let t = CodeTables::get();
        assert_eq!(
            t.lookup("020").and_then(|c| c.plover).as_deref(),
            Some("REQUEST")
        );
        assert!(t.lookup("999").is_none());
        assert!(t.codes().len() > 250);
    }
}
