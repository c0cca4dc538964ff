//! One Aho-Corasick automaton (daachorse) over every surface form of the
//! knowledge base, matched on whole tokens of case-folded text.
//!
//! A document's tokens are folded (lowercase, one apostrophe and one dash) and
//! joined by single spaces into a *key*; dictionary forms are tokenised by the
//! same segmenter and folded the same way. Every distinct folded token of the
//! dictionary gets a number, written as one character, and the automaton runs
//! over those characters: one transition per token instead of per byte, and
//! only whole-token matches exist. Document tokens outside the dictionary's
//! vocabulary become a character no form contains.

use crate::grammar::{Language, Word};
use crate::kb::{EntryRef, Kb};
use daachorse::CharwiseDoubleArrayAhoCorasick;
use fnv::FnvHashMap as HashMap;
use kabar_core::Lang;
use kabar_text::Segmented;
use std::ops::Range;

/// Fold one token for matching: lowercase, typographic apostrophes and dashes unified.
pub fn fold(token: &str, out: &mut String) {
    for ch in token.chars() {
        match ch {
            '\u{2019}' | '\u{2018}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{2013}' | '\u{2014}' | '\u{2212}' => out.push('-'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The folded, space-joined tokens of a text, with each token's span in the key.
#[derive(Debug, Default)]
pub struct Key {
    /// Folded tokens joined by single spaces.
    pub text: String,
    /// Span of token `i` in `text`.
    pub spans: Vec<Range<usize>>,
}

impl Key {
    /// Build the key of `doc` as segmented by `seg`.
    pub fn new(doc: &str, seg: &Segmented) -> Key {
        let mut key = Key {
            text: String::with_capacity(doc.len() + 16),
            spans: Vec::with_capacity(seg.tokens.len()),
        };
        for t in &seg.tokens {
            if !key.text.is_empty() {
                key.text.push(' ');
            }
            let s = key.text.len();
            fold(t.text(doc), &mut key.text);
            key.spans.push(s..key.text.len());
        }
        key
    }

    /// The folded text of token `i`.
    pub fn token(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|r| self.text.get(r.clone()))
            .unwrap_or("")
    }
}

/// One dictionary match: the tokens it covers and which alias matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Token range in the document.
    pub tokens: Range<usize>,
    /// Index into `Kb::aliases`.
    pub alias: u32,
}

struct Form {
    /// Aliases sharing this folded form.
    aliases: Vec<AliasCheck>,
}

/// One alias of a form with the checks its match must pass, kept inline so
/// that a match costs no look-ups.
struct AliasCheck {
    alias: u32,
    /// For names: bit k set when token k must be capitalised in the text
    /// (those capitalised in the dictionary; the first one if none is).
    caps: u64,
    /// Original-case tokens of a case-sensitive alias.
    exact: Option<Box<[String]>>,
    /// Folded token sequences of the pieces after a `*` gap (verbs, discards).
    gaps: Option<Box<[Vec<String>]>>,
    /// A verb pattern or cue of more than one word, which may be read
    /// across a time phrase ("agreed last week to").
    spans_time: bool,
}

/// The compiled matcher.
pub struct Lexicon {
    ac: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    /// Folded dictionary token -> its character in the automaton's alphabet.
    vocabulary: HashMap<String, char>,
    forms: Vec<Form>,
}

/// Token characters start at the first supplementary-plane code point, so
/// each is exactly 4 bytes of UTF-8 and byte offsets divide into token indices.
const FIRST_TOKEN_CHAR: u32 = 0x1_0000;

/// The character of document tokens the dictionary does not contain.
const UNKNOWN_TOKEN: char = '\u{10FFFF}';

/// The character standing for dictionary token number `n`.
fn token_char(n: usize) -> char {
    u32::try_from(n)
        .ok()
        .and_then(|n| n.checked_add(FIRST_TOKEN_CHAR))
        .and_then(char::from_u32)
        .filter(|&c| c != UNKNOWN_TOKEN)
        // Over a million distinct dictionary tokens: the rest share one
        // character, which can only cost extra matches that the checks drop.
        .unwrap_or('\u{10FFFE}')
}

/// Tokenise and fold a dictionary form into its key; also the original tokens.
fn form_key(form: &str) -> (String, Vec<String>) {
    let seg = kabar_text::segment(form, Lang::En, &[]);
    let mut key = String::new();
    let mut orig = Vec::new();
    for t in &seg.tokens {
        if !key.is_empty() {
            key.push(' ');
        }
        fold(t.text(form), &mut key);
        orig.push(t.text(form).to_string());
    }
    (key, orig)
}

impl Lexicon {
    /// Compile every alias of `kb`.
    pub fn build(kb: &Kb) -> Lexicon {
        let mut by_key: HashMap<String, usize> = HashMap::default();
        let mut keys: Vec<String> = Vec::new();
        let mut forms: Vec<Form> = Vec::new();
        for (i, a) in kb.aliases.iter().enumerate() {
            let i = i as u32;
            let (key, orig) = form_key(&a.form);
            if key.is_empty() {
                continue;
            }
            let mut check = AliasCheck {
                alias: i,
                caps: 0,
                exact: None,
                gaps: None,
                spans_time: matches!(a.entry, EntryRef::Verb(_) | EntryRef::Cue(_))
                    && !a.case_sensitive
                    && key.contains(' '),
            };
            if a.entry.is_name() && !a.case_sensitive {
                for (k, t) in orig.iter().enumerate().take(64) {
                    if t.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    {
                        check.caps |= 1 << k;
                    }
                }
                if check.caps == 0 {
                    check.caps = 1;
                }
            }
            if a.case_sensitive {
                check.exact = Some(orig.into_boxed_slice());
            }
            if let Some(pieces) = kb.gap_pieces(a.entry).filter(|p| p.len() > 1) {
                let rest: Vec<Vec<String>> = pieces[1..]
                    .iter()
                    .map(|p| form_key(p).0.split(' ').map(str::to_string).collect())
                    .collect();
                check.gaps = Some(rest.into_boxed_slice());
            }
            let slot = *by_key.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                forms.push(Form {
                    aliases: Vec::new(),
                });
                forms.len() - 1
            });
            // A later entry of the same kind and language replaces an earlier
            // one for the same words: that is how --dict and curated files override.
            let same = |j: &AliasCheck| {
                kb.aliases.get(j.alias as usize).is_some_and(|b| {
                    b.entry.same_kind(a.entry)
                        && b.lang == a.lang
                        && b.case_sensitive == a.case_sensitive
                        && overrides(kb, a.entry, b.entry)
                })
            };
            forms[slot].aliases.retain(|j| !same(j));
            forms[slot].aliases.push(check);
        }
        let mut vocabulary: HashMap<String, char> = HashMap::default();
        let patterns: Vec<String> = keys
            .iter()
            .map(|k| {
                k.split(' ')
                    .map(|t| {
                        let next = token_char(vocabulary.len());
                        *vocabulary.entry(t.to_string()).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        let ac = CharwiseDoubleArrayAhoCorasick::<u32>::with_values(
            patterns
                .iter()
                .enumerate()
                .map(|(i, k)| (k.as_str(), i as u32)),
        )
        .ok();
        Lexicon {
            ac,
            vocabulary,
            forms,
        }
    }

    /// Number of distinct folded forms in the automaton.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when the knowledge base had no forms at all.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Every whole-token match in the document (overlaps included), with
    /// case-sensitive aliases checked against the original `tokens` and gap
    /// patterns completed.
    /// `grammar` gives the dictionary word of an inflected form the
    /// dictionary does not list ("pejabat-pejabat" → "pejabat").
    pub fn scan(&self, key: &Key, original: &[&str], grammar: &dyn Language) -> Vec<Hit> {
        let mut hits = Vec::new();
        let Some(ac) = &self.ac else {
            return hits;
        };
        let tokens: Vec<char> = key
            .spans
            .iter()
            .map(|r| {
                let t = key.text.get(r.clone()).unwrap_or("");
                // A listed form keeps its own entry ("mata-mata" spy); an
                // unlisted one is its dictionary word ("pejabat-pejabat").
                self.vocabulary
                    .get(t)
                    .or_else(|| grammar.word_base(t).and_then(|b| self.vocabulary.get(b)))
                    .copied()
                    .unwrap_or(UNKNOWN_TOKEN)
            })
            .collect();
        let text: String = tokens.iter().collect();
        for m in ac.find_overlapping_iter(&text) {
            // Every token character is 4 bytes of UTF-8.
            let (first, end) = (m.start() / 4, m.end() / 4);
            let Some(last) = end.checked_sub(1) else {
                continue;
            };
            self.check_match(
                key,
                original,
                grammar,
                first,
                last,
                m.value(),
                false,
                &mut hits,
            );
        }
        // A time phrase inside a verb pattern ("agreed last week to", "met on
        // Tuesday with"): the text again without it, for verb patterns and
        // cues that match only across it.
        let folded: Vec<&str> = (0..key.spans.len()).map(|i| key.token(i)).collect();
        let mut kept: Vec<usize> = Vec::with_capacity(folded.len());
        let mut i = 0;
        while i < folded.len() {
            let len = if i > 0 {
                grammar.time_phrase_len(&folded[i..])
            } else {
                0
            };
            if len > 0 && i + len < folded.len() {
                i += len;
            } else {
                kept.push(i);
                i += 1;
            }
        }
        if kept.len() < folded.len() {
            // A pattern that already reads the phrase's first word as its own
            // ("agreed on" in "agreed on Wednesday that") keeps it.
            let plain: Vec<Range<usize>> = hits
                .iter()
                .filter(|h| h.tokens.len() > 1)
                .map(|h| h.tokens.clone())
                .collect();
            let text: String = kept.iter().filter_map(|&i| tokens.get(i)).collect();
            for m in ac.find_overlapping_iter(&text) {
                let (first, end) = (m.start() / 4, m.end() / 4);
                let (Some(&a), Some(&b)) = (
                    kept.get(first),
                    end.checked_sub(1).and_then(|e| kept.get(e)),
                ) else {
                    continue;
                };
                // Only matches that cross a skipped phrase are new.
                if b - a + 1 == end - first || plain.iter().any(|h| h.start == a && h.end <= b) {
                    continue;
                }
                self.check_match(key, original, grammar, a, b, m.value(), true, &mut hits);
            }
        }
        hits
    }

    /// The aliases of form `value` matching tokens `first..=last` that pass
    /// their checks; with `across_time`, only those that may span a time phrase.
    #[allow(clippy::too_many_arguments)]
    fn check_match(
        &self,
        key: &Key,
        original: &[&str],
        grammar: &dyn Language,
        first: usize,
        last: usize,
        value: u32,
        across_time: bool,
        hits: &mut Vec<Hit>,
    ) {
        let Some(form) = self.forms.get(value as usize) else {
            return;
        };
        for check in &form.aliases {
            if across_time && !check.spans_time {
                continue;
            }
            let alias = check.alias;
            if let Some(exact) = &check.exact {
                let same = exact.len() == last + 1 - first
                    && exact
                        .iter()
                        .zip(&original[first..=last])
                        .all(|(a, b)| a == b);
                if !same {
                    continue;
                }
            }
            if !capitalised(check.caps, &original[first..]) {
                continue;
            }
            let mut end = last + 1;
            if let Some(rest) = &check.gaps {
                match complete_gaps(key, original, end, rest, grammar) {
                    Some(e) => end = e,
                    None => continue,
                }
            }
            hits.push(Hit {
                tokens: first..end,
                alias,
            });
        }
    }
}

/// Is every token whose bit is set in `mask` capitalised (or a number)?
fn capitalised(mut mask: u64, tokens: &[&str]) -> bool {
    while mask != 0 {
        let k = mask.trailing_zeros() as usize;
        let ok = tokens.get(k).is_some_and(|t| crate::grammar::name_cased(t));
        if !ok {
            return false;
        }
        mask &= mask - 1;
    }
    true
}

/// Does entry `a` replace entry `b` of the same kind that has the same words?
/// Cities never do (many places share a name); verbs and discards only with
/// the whole pattern equal ("bertemu" is not replaced by "bertemu * di
/// sela-sela", "meet * deadline" not by "meet * benchmarks").
fn overrides(kb: &Kb, a: EntryRef, b: EntryRef) -> bool {
    match (a, b) {
        (EntryRef::City(_), _) => false,
        _ => kb.gap_pieces(a) == kb.gap_pieces(b),
    }
}

/// After a match ending at token `from`, find each remaining piece within 0–3
/// words of the previous one; return the end token of the last piece. A name
/// written in capitals counts as one word however long it is ("asked US
/// Secretary of State Condoleezza Rice to"), but no gap spans more than
/// [`MAX_GAP_TOKENS`] tokens.
fn complete_gaps(
    key: &Key,
    original: &[&str],
    mut from: usize,
    rest: &[Vec<String>],
    grammar: &dyn Language,
) -> Option<usize> {
    // A document token stands for a pattern word: the word itself or a form
    // of it ("pasukannya" for "pasukan").
    let same_word = |token: &str, w: &str| token == w || grammar.word_base(token) == Some(w);
    let capital = |i: usize| {
        original
            .get(i)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase)
    };
    // Token `i` goes on the name that token `i - 1` is part of: a capitalised
    // word after a capitalised word, or "of" between two of them; names
    // joined by a conjunction ("Iraq and Libya") count as one name.
    let link = |i: usize| key.token(i) == "of" || grammar.word(key.token(i)) == Some(Word::Conj);
    let continues_name = |i: usize| {
        i > 0
            && (capital(i) && (capital(i - 1) || (i > 1 && link(i - 1) && capital(i - 2)))
                || link(i) && capital(i - 1) && capital(i + 1))
    };
    // A quantity counts as one word with the word before it ("nearly
    // 25,000"), as do the unit or counted noun right after the number
    // ("25,000 tons", "700 kg") and the word linking them to what is counted
    // ("tons of"): "provide nearly 25,000 tons of emergency food aid" spans
    // as few words as "provide nearly emergency food aid".
    let numeric = |i: usize| {
        key.token(i)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    };
    let continues_quantity = |i: usize| {
        i > 0
            && (numeric(i)
                || numeric(i - 1) && key.token(i).chars().all(char::is_alphabetic)
                || i > 1 && numeric(i - 2) && grammar.quantity_link(key.token(i)))
    };
    'piece: for piece in rest {
        let mut words = 0;
        let after = from;
        for start in after..=after + MAX_GAP_TOKENS {
            if start + piece.len() > key.spans.len() {
                return None;
            }
            if start > after {
                // Gaps never cross sentence punctuation.
                if matches!(key.token(start - 1), "." | "!" | "?" | ";") {
                    return None;
                }
                if !(continues_name(start - 1) || continues_quantity(start - 1))
                    || start - 1 == after
                {
                    words += 1;
                }
                if words > 3 {
                    return None;
                }
            }
            if piece
                .iter()
                .enumerate()
                .all(|(k, w)| same_word(key.token(start + k), w))
            {
                from = start + piece.len();
                continue 'piece;
            }
        }
        return None;
    }
    Some(from)
}

/// The most tokens a `*` gap spans, names included.
const MAX_GAP_TOKENS: usize = 8;

impl Lexicon {
    /// Count raw automaton matches in already folded text, with no token
    /// logic at all: the floor the coder's throughput is compared with.
    pub fn count_raw(&self, folded: &str) -> usize {
        self.ac
            .as_ref()
            .map(|ac| ac.find_overlapping_iter(folded).count())
            .unwrap_or(0)
    }
}
