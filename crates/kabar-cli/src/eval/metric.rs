//! The scoring rules of `kabar eval`, free of I/O so they can be tested on
//! synthetic records.
//!
//! An event is reduced to a *triple* (source key, target key, label): the
//! label is the PLOVER category (`kabar eval plover`) or the CAMEO root
//! (`kabar eval parallel`). Actor keys are country codes, or the whole
//! three-letter prefix for transnational actors (`IGO`, `NGO`, `IMG`…), or
//! [`NO_ACTOR`] when the role is empty.

use kabar_core::ActorRef;
use std::collections::{BTreeMap, BTreeSet};

/// Key of an empty role (no source, or no target).
pub const NO_ACTOR: &str = "-";

/// Label of a predicted event with no PLOVER category (CAMEO 01x statements).
pub const NO_CATEGORY: &str = "(none)";

/// One reduced event: source key, target key, label (`None`: no category).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Triple {
    /// Source actor key.
    pub src: String,
    /// Target actor key.
    pub tgt: String,
    /// PLOVER category or CAMEO root; `None` when the event has none.
    pub label: Option<String>,
}

impl Triple {
    /// A triple from its parts.
    pub fn new(src: &str, tgt: &str, label: Option<&str>) -> Triple {
        Triple {
            src: src.to_string(),
            tgt: tgt.to_string(),
            label: label.map(str::to_string),
        }
    }

    /// The label as printed: the category or [`NO_CATEGORY`].
    pub fn label_str(&self) -> &str {
        self.label.as_deref().unwrap_or(NO_CATEGORY)
    }
}

impl std::fmt::Display for Triple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}→{} {}", self.src, self.tgt, self.label_str())
    }
}

/// Codes in the PLOVER gold records that are not kabar's (ISO 3166-1
/// alpha-3 / CAMEO) country codes for the same country.
const GOLD_ALIASES: &[(&str, &str)] = &[("JAP", "JPN"), ("ITL", "ITA")];

/// Categories of the PLOVER gold records (GSR 0.5, 2016) that the 2021
/// CAMEO→PLOVER table kabar codes with names differently.
pub const CATEGORY_RENAMES: &[(&str, &str)] = &[
    ("DEMAND", "REQUEST"),
    ("DISAPPROVE", "ACCUSE"),
    ("INVESTIGATE", "ACCUSE"),
    ("FIGHT", "ASSAULT"),
];

/// A gold category in kabar's (PLOVER 2021) vocabulary: upper-cased and renamed.
pub fn gold_category(event: &str) -> String {
    let e = event.trim().to_ascii_uppercase();
    CATEGORY_RENAMES
        .iter()
        .find(|(from, _)| *from == e)
        .map_or(e, |(_, to)| (*to).to_string())
}

/// The key of a gold actor code: its first three letters, upper-cased, with
/// the gold set's nonstandard codes mapped to kabar's (`JAP` → `JPN`).
/// The gold records only ever give `IGO`, never `IGOUNO`, so transnational
/// actors are compared on those three letters too. Empty → [`NO_ACTOR`].
pub fn gold_key(code: &str) -> String {
    let code = code.trim().to_ascii_uppercase();
    let key: String = code.chars().take(3).collect();
    if key.is_empty() {
        return NO_ACTOR.to_string();
    }
    GOLD_ALIASES
        .iter()
        .find(|(from, _)| *from == key)
        .map_or(key, |(_, to)| (*to).to_string())
}

/// The key of a predicted actor: its country when kabar knows one, else the
/// first three letters of its code (`IGOUNO` → `IGO`; a bare agent such as
/// `COP` stays `COP` and matches no country), else [`NO_ACTOR`].
pub fn pred_key(actor: Option<&ActorRef>) -> String {
    let Some(a) = actor else {
        return NO_ACTOR.to_string();
    };
    match a
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(c) => c.to_ascii_uppercase(),
        None => gold_key(&a.code),
    }
}

/// Every (source, target) combination of a compound actor list: "Hungary
/// and Romania agreed" gives one triple per source. An empty list stands
/// for [`NO_ACTOR`].
pub fn expand(sources: &[String], targets: &[String], label: Option<&str>) -> BTreeSet<Triple> {
    let none = [NO_ACTOR.to_string()];
    let sources = if sources.is_empty() { &none } else { sources };
    let targets = if targets.is_empty() { &none } else { targets };
    let mut out = BTreeSet::new();
    for s in sources {
        for t in targets {
            out.insert(Triple::new(s, t, label));
        }
    }
    out
}

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and in the gold.
    pub tp: usize,
    /// Predicted, not in the gold.
    pub fp: usize,
    /// In the gold, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn); 0 when the gold is empty.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Counts for one record: set overlap of gold and predicted triples.
pub fn compare(gold: &BTreeSet<Triple>, pred: &BTreeSet<Triple>) -> Counts {
    let tp = gold.intersection(pred).count();
    Counts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}

/// Micro-averaged score over many records, overall and per label.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Summed over every record.
    pub overall: Counts,
    /// Per label: a true positive and a false negative count under the gold
    /// triple's label, a false positive under the predicted one's
    /// ([`NO_CATEGORY`] for unlabelled predictions).
    pub per_label: BTreeMap<String, Counts>,
    /// Records scored.
    pub records: usize,
}

impl Score {
    /// Add one record; returns its counts.
    pub fn add(&mut self, gold: &BTreeSet<Triple>, pred: &BTreeSet<Triple>) -> Counts {
        let c = compare(gold, pred);
        self.overall.add(c);
        self.records += 1;
        for t in gold {
            let e = self.per_label.entry(t.label_str().to_string()).or_default();
            if pred.contains(t) {
                e.tp += 1;
            } else {
                e.fn_ += 1;
            }
        }
        for t in pred.difference(gold) {
            self.per_label
                .entry(t.label_str().to_string())
                .or_default()
                .fp += 1;
        }
        c
    }
}

/// How strictly triples are compared: the brief's level and two looser ones
/// that tell actor errors from event-type errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Source country + target country + label.
    Full,
    /// Source country + label (target ignored).
    Source,
    /// Label only.
    Label,
}

impl Level {
    /// All levels, strictest first.
    pub const ALL: [Level; 3] = [Level::Full, Level::Source, Level::Label];

    /// Short name for printing.
    pub fn name(self) -> &'static str {
        match self {
            Level::Full => "source+target+category",
            Level::Source => "source+category",
            Level::Label => "category only",
        }
    }

    /// The triples reduced to this level (ignored parts become [`NO_ACTOR`]).
    pub fn project(self, triples: &BTreeSet<Triple>) -> BTreeSet<Triple> {
        triples
            .iter()
            .map(|t| match self {
                Level::Full => t.clone(),
                Level::Source => Triple {
                    tgt: NO_ACTOR.into(),
                    ..t.clone()
                },
                Level::Label => Triple {
                    src: NO_ACTOR.into(),
                    tgt: NO_ACTOR.into(),
                    label: t.label.clone(),
                },
            })
            .collect()
    }
}

/// Drop predictions without a label (the "skip" treatment of statements).
pub fn labelled(triples: &BTreeSet<Triple>) -> BTreeSet<Triple> {
    triples
        .iter()
        .filter(|t| t.label.is_some())
        .cloned()
        .collect()
}

/// Cross-lingual agreement summed over sentence pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Pairs compared.
    pub pairs: usize,
    /// Σ|A| (distinct triples from the first language).
    pub a: usize,
    /// Σ|B| (distinct triples from the second language).
    pub b: usize,
    /// Σ|A∩B|.
    pub both: usize,
    /// Pairs with triples in the first language only.
    pub only_a: usize,
    /// Pairs with triples in the second language only.
    pub only_b: usize,
    /// Pairs with triples in both languages.
    pub in_both: usize,
}

impl Agreement {
    /// Add one sentence pair.
    pub fn add(&mut self, a: &BTreeSet<Triple>, b: &BTreeSet<Triple>) {
        self.pairs += 1;
        self.a += a.len();
        self.b += b.len();
        self.both += a.intersection(b).count();
        match (a.is_empty(), b.is_empty()) {
            (false, true) => self.only_a += 1,
            (true, false) => self.only_b += 1,
            (false, false) => self.in_both += 1,
            (true, true) => {}
        }
    }

    /// Dice score: 2·Σ|A∩B| / Σ(|A|+|B|).
    pub fn dice(&self) -> f64 {
        ratio(2 * self.both, self.a + self.b)
    }

    /// Share of the first language's triples found in the second.
    pub fn a_in_b(&self) -> f64 {
        ratio(self.both, self.a)
    }

    /// Share of the second language's triples found in the first.
    pub fn b_in_a(&self) -> f64 {
        ratio(self.both, self.b)
    }
}

/// Triples as a comma-separated list for reports, "(nothing)" when empty.
pub fn join(ts: &BTreeSet<Triple>) -> String {
    if ts.is_empty() {
        return "(nothing)".into();
    }
    ts.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ts: &[(&str, &str, Option<&str>)]) -> BTreeSet<Triple> {
        ts.iter().map(|(s, t, l)| Triple::new(s, t, *l)).collect()
    }

    fn actor(code: &str, country: Option<&str>) -> ActorRef {
        ActorRef {
            text: code.into(),
            code: code.into(),
            country: country.map(str::to_string),
            sector: None,
            name: None,
            start: 0,
            end: 0,
        }
    }

    #[test]
    fn perfect_prediction_scores_one() {
        let mut s = Score::default();
        let g = set(&[("USA", "IRQ", Some("ASSAULT"))]);
        s.add(&g, &g.clone());
        let g2 = set(&[("ISR", "-", Some("PROTEST"))]);
        s.add(&g2, &g2.clone());
        assert_eq!(s.overall.f1(), 1.0);
        assert_eq!(s.overall.precision(), 1.0);
        assert_eq!(s.overall.recall(), 1.0);
        assert_eq!(s.records, 2);
    }

    #[test]
    fn empty_prediction_has_zero_recall() {
        let mut s = Score::default();
        s.add(&set(&[("USA", "IRQ", Some("ASSAULT"))]), &BTreeSet::new());
        assert_eq!(s.overall.recall(), 0.0);
        assert_eq!(s.overall.precision(), 0.0);
        assert_eq!(s.overall.f1(), 0.0);
        assert_eq!(s.per_label["ASSAULT"].fn_, 1);
    }

    #[test]
    fn compound_actors_expand_to_every_combination() {
        let got = expand(
            &["HUN".into(), "ROU".into()],
            &["SRB".into(), "MNE".into()],
            Some("AGREE"),
        );
        assert_eq!(got.len(), 4);
        assert!(got.contains(&Triple::new("ROU", "MNE", Some("AGREE"))));
        let no_target = expand(&["USA".into(), "JOR".into()], &[], Some("AGREE"));
        assert_eq!(
            no_target,
            set(&[("JOR", "-", Some("AGREE")), ("USA", "-", Some("AGREE"))])
        );
    }

    #[test]
    fn half_right_compound_gives_half_recall() {
        let mut s = Score::default();
        let g = expand(&["USA".into(), "JOR".into()], &[], Some("AGREE"));
        s.add(&g, &set(&[("USA", "-", Some("AGREE"))]));
        assert_eq!(s.overall.recall(), 0.5);
        assert_eq!(s.overall.precision(), 1.0);
    }

    #[test]
    fn wrong_category_is_a_false_positive_and_a_miss() {
        let mut s = Score::default();
        s.add(
            &set(&[("USA", "IRQ", Some("ASSAULT"))]),
            &set(&[("USA", "IRQ", Some("FIGHT"))]),
        );
        assert_eq!(s.per_label["ASSAULT"].fn_, 1);
        assert_eq!(s.per_label["FIGHT"].fp, 1);
        assert_eq!(s.overall.f1(), 0.0);
    }

    #[test]
    fn statements_count_or_are_skipped() {
        let g = set(&[("USA", "IRQ", Some("DEMAND"))]);
        let p = set(&[("USA", "IRQ", Some("DEMAND")), ("USA", "-", None)]);
        let mut strict = Score::default();
        strict.add(&g, &p);
        assert_eq!(strict.overall.precision(), 0.5);
        assert_eq!(strict.per_label[NO_CATEGORY].fp, 1);
        let mut skip = Score::default();
        skip.add(&g, &labelled(&p));
        assert_eq!(skip.overall.precision(), 1.0);
    }

    #[test]
    fn looser_levels_forgive_actor_errors() {
        let g = set(&[("USA", "IRQ", Some("ASSAULT"))]);
        let p = set(&[("USA", "IRN", Some("ASSAULT"))]);
        assert_eq!(compare(&g, &p).tp, 0);
        let src = compare(&Level::Source.project(&g), &Level::Source.project(&p));
        assert_eq!(src.tp, 1);
        let q = set(&[("GBR", "-", Some("ASSAULT"))]);
        assert_eq!(
            compare(&Level::Label.project(&g), &Level::Label.project(&q)).tp,
            1
        );
    }

    #[test]
    fn old_gold_categories_take_their_2021_names() {
        assert_eq!(gold_category("demand"), "REQUEST");
        assert_eq!(gold_category("FIGHT"), "ASSAULT");
        assert_eq!(gold_category("AGREE"), "AGREE");
    }

    #[test]
    fn actor_keys() {
        assert_eq!(gold_key("USAGOV"), "USA");
        assert_eq!(gold_key("IGO"), "IGO");
        assert_eq!(gold_key("JAP"), "JPN");
        assert_eq!(gold_key(" "), NO_ACTOR);
        assert_eq!(pred_key(None), NO_ACTOR);
        assert_eq!(pred_key(Some(&actor("IRNGOV", Some("IRN")))), "IRN");
        assert_eq!(pred_key(Some(&actor("IGOUNO", None))), "IGO");
        assert_eq!(pred_key(Some(&actor("COP", None))), "COP");
    }

    #[test]
    fn agreement_is_a_dice_score() {
        let mut a = Agreement::default();
        a.add(
            &set(&[("USA", "SOM", Some("19")), ("SOM", "-", Some("01"))]),
            &set(&[("USA", "SOM", Some("19"))]),
        );
        a.add(&set(&[("IDN", "-", Some("04"))]), &BTreeSet::new());
        a.add(&BTreeSet::new(), &BTreeSet::new());
        assert_eq!(a.pairs, 3);
        assert_eq!(a.both, 1);
        assert!((a.dice() - 2.0 / 4.0).abs() < 1e-12);
        assert!((a.a_in_b() - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(a.b_in_a(), 1.0);
        assert_eq!((a.only_a, a.only_b, a.in_both), (1, 0, 1));
    }
}
