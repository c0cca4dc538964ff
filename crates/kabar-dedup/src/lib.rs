//! Near-duplicate detection across a stream of news articles.
//!
//! Wire stories are syndicated: the same body reaches many outlets with a new
//! headline, a local dateline ("JAKARTA, Kompas.com -") and a footer
//! ("Editing by ..."), and crawlers fetch the same page twice. Later stages of
//! kabar should code such a story once and report how many copies it had
//! (`NumArticles`). [`Dedup`] links every later copy to the first one it saw.
//!
//! # Method
//!
//! * Text is normalised: lower-cased, every run of characters that are not
//!   letters or digits (punctuation, whitespace, symbols) becomes one space.
//! * Texts of at least [`MIN_WORDS`] words are cut into word 5-gram shingles and
//!   summarised by a 128-value MinHash signature (crate [`gaoya`], fixed seed,
//!   FNV shingle hashing, so results do not change between runs). Candidate
//!   first copies are found by LSH banding tuned to the threshold; a candidate
//!   counts when its estimated Jaccard similarity is at least the threshold.
//! * Shorter texts carry too few shingles for a reliable estimate: they only
//!   match a text whose normalised form is identical.
//!
//! Memory per first copy is its id, a 64-bit hash of its normalised text and
//! its signature (128 × `u32` plus band buckets); texts are never kept. Only
//! first copies are indexed, so a duplicate is always judged against the
//! original, never against another duplicate. Only the latest
//! [`DEFAULT_WINDOW`] first copies stay matchable ([`Dedup::with_window`]),
//! kept in generations that are dropped whole, so memory is bounded on an
//! endless stream.
//!
//! [`Dedup::fingerprint`] (normalising and hashing, the costly part) needs only
//! `&self` and may run on many threads; [`Dedup::check_fingerprint`] then
//! decides in stream order.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use gaoya::minhash::{calculate_minhash_params, MinHashIndex};

/// Number of words per shingle.
pub const SHINGLE_WORDS: usize = 5;

/// Texts with fewer normalised words than this only match exact copies.
pub const MIN_WORDS: usize = 30;

/// Number of MinHash values budgeted per signature; the signature uses the
/// largest multiple of the LSH band width not above it.
pub const NUM_HASHES: usize = 128;

/// Threshold used by [`Dedup::default`] and in place of an invalid one: an
/// estimated Jaccard similarity of word 5-gram shingles of 0.5 or more.
///
/// Independently written stories share almost no 5-word sequences (Jaccard
/// near 0 even on the same event with the same names), while a 100-word wire
/// body under a new headline, dateline and footer still scores about 0.7; 0.5
/// leaves room on both sides for MinHash estimation error (about ±0.04 at 128
/// hashes).
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// The first copy of a story and how many later copies were linked to it.
#[derive(Debug, Clone)]
struct FirstCopy {
    id: String,
    duplicates: usize,
}

/// What [`Dedup::check_fingerprint`] needs to know about a text.
#[derive(Debug, Clone)]
pub struct Fingerprint {
    exact: u64,
    signature: Option<Vec<u32>>,
}

/// First copies kept matchable by [`Dedup::new`]: a later copy is linked when
/// its original is among the last 75,001 to 100,000 distinct stories (see
/// [`Dedup::with_window`]). About 6.4 KB each at the default threshold
/// (signature and 42 LSH bands), so at most ~640 MB however long the stream.
pub const DEFAULT_WINDOW: usize = 100_000;

/// The window is kept as this many generations of first copies; the oldest
/// is dropped whole when a new one starts.
const GENERATIONS: usize = 4;

/// One generation of matchable first copies: their LSH index and the hashes
/// of their exact texts. Dropping a whole generation returns its memory;
/// removing entries one by one from the index's hash tables left them at
/// 1.5 times their size (deleted slots) and the process at over 1 GiB on a
/// 200,000-article crawl.
struct Generation {
    /// LSH index over signatures; ids are positions in `first_copies`.
    index: MinHashIndex<u32, usize>,
    /// Hash of normalised text -> position in `first_copies`.
    exact: HashMap<u64, usize>,
    /// Position in `first_copies` of its first story; its stories run from
    /// there to the next generation's start (or the newest story).
    start: usize,
}

/// Streaming near-duplicate detector; see the [crate documentation](crate).
pub struct Dedup {
    threshold: f64,
    /// Signature length: LSH bands × band width.
    num_hashes: usize,
    /// LSH parameters: bands and band width.
    bands: (usize, usize),
    /// Matchable first copies, oldest generation first.
    generations: std::collections::VecDeque<Generation>,
    /// First copies in the order they were seen.
    first_copies: Vec<FirstCopy>,
    /// How many of the latest first copies stay matchable.
    window: usize,
}

impl Generation {
    fn new(bands: usize, band_width: usize, threshold: f64, start: usize) -> Self {
        Generation {
            index: MinHashIndex::new(bands, band_width, threshold),
            exact: HashMap::new(),
            start,
        }
    }
}

impl std::fmt::Debug for Dedup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dedup")
            .field("threshold", &self.threshold)
            .field("first_copies", &self.first_copies.len())
            .finish_non_exhaustive()
    }
}

impl Default for Dedup {
    fn default() -> Self {
        Self::new(DEFAULT_THRESHOLD)
    }
}

impl Dedup {
    /// A detector that links texts whose estimated Jaccard similarity of word
    /// 5-gram shingles is at least `threshold`.
    ///
    /// A threshold that is not a number in `(0, 1]` is replaced by
    /// [`DEFAULT_THRESHOLD`].
    pub fn new(threshold: f64) -> Self {
        let threshold = if threshold.is_finite() && threshold > 0.0 && threshold <= 1.0 {
            threshold
        } else {
            DEFAULT_THRESHOLD
        };
        let (bands, band_width) = calculate_minhash_params(threshold, NUM_HASHES);
        Dedup {
            threshold,
            // The index needs signatures of exactly `bands × band_width` values
            // (at most NUM_HASHES, e.g. 42 × 3 = 126 at 0.5).
            num_hashes: bands * band_width,
            bands: (bands, band_width),
            generations: std::collections::VecDeque::from([Generation::new(
                bands, band_width, threshold, 0,
            )]),
            first_copies: Vec::new(),
            window: DEFAULT_WINDOW,
        }
    }

    /// Keep at most the last `window` distinct stories (at least 1)
    /// matchable; older ones are forgotten and their later copies count as
    /// new. Stories are forgotten a generation (a quarter of the window, or
    /// one story when the window is under four) at a time, so at least the
    /// last `window` minus a generation plus one stay matchable.
    pub fn with_window(mut self, window: usize) -> Self {
        self.window = window.max(1);
        self
    }

    /// Stories per generation and generations kept.
    fn generation_shape(&self) -> (usize, usize) {
        let kept = GENERATIONS.min(self.window);
        (self.window.div_ceil(kept), kept)
    }

    /// Make sure the youngest generation can take first copy `position`:
    /// start a new one when it is full, dropping the oldest beyond the window.
    fn make_room(&mut self, position: usize) {
        let (size, kept) = self.generation_shape();
        if self
            .generations
            .back()
            .is_none_or(|g| position.saturating_sub(g.start) >= size)
        {
            let (bands, width) = self.bands;
            self.generations
                .push_back(Generation::new(bands, width, self.threshold, position));
            while self.generations.len() > kept {
                self.generations.pop_front();
            }
        }
    }

    /// The similarity threshold in force.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// Checks the next article of the stream.
    ///
    /// Returns `None` when `text` is new: the article becomes a first copy
    /// under `id`. Returns the id of the first copy when `text` is a
    /// near-duplicate of an article seen before (the earliest one if several
    /// match); the duplicate is counted for that first copy and is not
    /// indexed itself. An article re-sent under its own id is a duplicate of
    /// itself.
    pub fn check(&mut self, id: &str, text: &str) -> Option<String> {
        let fingerprint = self.fingerprint(text);
        self.check_fingerprint(id, fingerprint)
    }

    /// The expensive, read-only half of [`Dedup::check`]: normalise `text` and
    /// compute its MinHash signature. Safe to run on many threads at once;
    /// pass the results to [`Dedup::check_fingerprint`] in stream order.
    pub fn fingerprint(&self, text: &str) -> Fingerprint {
        let normalised = normalise(text);
        let exact = hash_str(&normalised);
        let words: Vec<&str> = normalised.split(' ').filter(|w| !w.is_empty()).collect();
        let signature =
            (words.len() >= MIN_WORDS).then(|| one_permutation_signature(&words, self.num_hashes));
        Fingerprint { exact, signature }
    }

    /// The cheap, ordered half of [`Dedup::check`].
    pub fn check_fingerprint(&mut self, id: &str, fingerprint: Fingerprint) -> Option<String> {
        let Fingerprint { exact, signature } = fingerprint;
        let known = self
            .generations
            .iter()
            .filter_map(|g| g.exact.get(&exact).copied())
            .min();
        if let Some(first) = known {
            return Some(self.link(first));
        }
        if let Some(signature) = &signature {
            let earliest = self
                .generations
                .iter()
                .flat_map(|g| g.index.query_owned_return_similarity(signature))
                .map(|(first, _similarity)| first)
                .min();
            if let Some(first) = earliest {
                // Identical re-sends of this variant take the fast path next
                // time, for as long as their first copy stays matchable.
                if let Some(g) = self.generations.iter_mut().rev().find(|g| g.start <= first) {
                    g.exact.insert(exact, first);
                }
                return Some(self.link(first));
            }
        }
        let position = self.first_copies.len();
        self.first_copies.push(FirstCopy {
            id: id.to_owned(),
            duplicates: 0,
        });
        self.make_room(position);
        if let Some(g) = self.generations.back_mut() {
            g.exact.insert(exact, position);
            if let Some(signature) = signature {
                g.index.insert(position, signature);
            }
        }
        None
    }

    /// Every first copy, in the order seen, with the number of later copies
    /// linked to it (0 for a story seen once). A story's article count is
    /// this number plus one.
    pub fn counts(&self) -> impl Iterator<Item = (&str, usize)> + '_ {
        self.first_copies
            .iter()
            .map(|c| (c.id.as_str(), c.duplicates))
    }

    /// Number of first copies (distinct stories) seen so far.
    pub fn len(&self) -> usize {
        self.first_copies.len()
    }

    /// True before any article has been checked.
    pub fn is_empty(&self) -> bool {
        self.first_copies.is_empty()
    }

    fn link(&mut self, first: usize) -> String {
        match self.first_copies.get_mut(first) {
            Some(copy) => {
                copy.duplicates += 1;
                copy.id.clone()
            }
            // Positions come from our own index and are always in range.
            None => String::new(),
        }
    }
}

/// Lower-cases `text` and turns every run of non-alphanumeric characters into
/// a single space, with none leading or trailing.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if ch.is_ascii() {
                out.push(ch.to_ascii_lowercase());
            } else {
                out.extend(ch.to_lowercase());
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// MinHash signature of the word 5-gram shingles by one-permutation hashing
/// (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014):
/// each shingle is hashed once and lands in one of `n` bins, each bin keeps its
/// minimum, and an empty bin borrows from the next non-empty one. Estimates
/// Jaccard similarity like `n` independent permutations at 1/n of the cost:
/// the k-permutation hasher spent as much time as the whole HTML parser.
/// Written here because gaoya (whose LSH index is used) only offers k-permutation hashing.
fn one_permutation_signature(words: &[&str], n: usize) -> Vec<u32> {
    use std::hash::BuildHasher;
    let n = n.max(1);
    let word_hashes: Vec<u64> = words
        .iter()
        .map(|w| fnv::FnvBuildHasher::default().hash_one(w))
        .collect();
    let mut bins = vec![u32::MAX; n];
    let mut filled = vec![false; n];
    for w in word_hashes.windows(SHINGLE_WORDS) {
        // Combine the words' hashes in order, then mix (splitmix64 finaliser).
        let mut h = w
            .iter()
            .fold(0x9E37_79B9_7F4A_7C15u64, |acc, &x| acc.rotate_left(13) ^ x);
        h ^= h >> 30;
        h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        h ^= h >> 27;
        h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
        h ^= h >> 31;
        let bin = ((h >> 32) as usize * n) >> 32;
        let value = h as u32;
        if let (Some(b), Some(f)) = (bins.get_mut(bin), filled.get_mut(bin)) {
            *b = (*b).min(value);
            *f = true;
        }
    }
    if filled.iter().any(|&f| f) {
        for i in 0..n {
            if filled[i] {
                continue;
            }
            // The next filled bin to the right, wrapping; its offset keeps
            // borrowed values distinct between bins.
            let mut j = (i + 1) % n;
            let mut step = 1u32;
            while !filled[j] {
                j = (j + 1) % n;
                step += 1;
            }
            bins[i] = bins[j].wrapping_add(step.wrapping_mul(0x9E37_79B9));
        }
    }
    bins
}

fn hash_str(s: &str) -> u64 {
    // `DefaultHasher::new` uses fixed keys: equal within a build, across runs.
    let mut hasher = DefaultHasher::new();
    s.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_folds_case_punctuation_and_whitespace() {
        assert_eq!(
            normalise("  JAKARTA, (Reuters) —\tIndonesia's  Presiden!  "),
            "jakarta reuters indonesia s presiden"
        );
        assert_eq!(normalise("..."), "");
    }

    #[test]
    fn invalid_threshold_falls_back_to_default() {
        assert_eq!(Dedup::new(f64::NAN).threshold(), DEFAULT_THRESHOLD);
        assert_eq!(Dedup::new(0.0).threshold(), DEFAULT_THRESHOLD);
        assert_eq!(Dedup::new(1.5).threshold(), DEFAULT_THRESHOLD);
        assert_eq!(Dedup::new(0.8).threshold(), 0.8);
    }
}
