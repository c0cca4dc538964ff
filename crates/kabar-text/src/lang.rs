//! Language identification restricted to the languages kabar reads.

use kabar_core::Lang;
use whatlang::{Detector, Lang as WLang};

/// Indonesian function words: frequent, short and rarely English.
const ID_WORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "ini", "itu", "dalam", "pada", "tidak",
    "akan", "adalah", "juga", "oleh", "karena", "atau", "sudah", "telah", "kata", "mereka",
    "bahwa", "para", "saat", "tersebut", "menjadi", "antara", "kami", "dia", "ia", "ada", "bisa",
    "lebih", "serta", "tetapi", "namun", "hari", "sebagai",
];

/// English function words.
const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "it", "as", "by",
    "at", "from", "he", "she", "they", "his", "her", "said", "were", "are", "be", "has", "have",
    "had", "not", "but", "this", "an", "will", "would", "their", "which", "who", "after",
];

/// Detect whether `text` is Indonesian or English.
///
/// Returns `None` when the text is empty, has fewer than three words, is in
/// neither language's script, or when neither the function-word count nor
/// the trigram model (whatlang, restricted to Indonesian and English) gives a
/// confident answer. Malay, which whatlang cannot tell apart, comes out as
/// Indonesian.
pub fn detect_lang(text: &str) -> Option<Lang> {
    // Look at a bounded prefix: enough to decide, cheap on long documents.
    let sample = prefix(text, 4000);
    let mut words = 0usize;
    let (mut id, mut en) = (0usize, 0usize);
    for w in sample
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if w.len() > 8 {
            continue;
        }
        let mut buf = [0u8; 8];
        let lower = ascii_lower(w, &mut buf);
        if ID_WORDS.contains(&lower) {
            id += 1;
        }
        if EN_WORDS.contains(&lower) {
            en += 1;
        }
    }
    if words < 3 {
        return None;
    }
    // A clear majority of function words decides on its own.
    if id >= 2 && id >= 3 * en.max(1) {
        return Some(Lang::Id);
    }
    if en >= 2 && en >= 3 * id.max(1) {
        return Some(Lang::En);
    }
    let detector = Detector::with_allowlist(vec![WLang::Ind, WLang::Eng]);
    let info = detector.detect(sample)?;
    let confident = info.confidence() >= 0.5 || (words >= 8 && info.confidence() > 0.1);
    if !confident && id == en {
        return None;
    }
    let lang = match info.lang() {
        WLang::Ind => Lang::Id,
        WLang::Eng => Lang::En,
        _ => return None,
    };
    if confident {
        return Some(lang);
    }
    // Weak model answer: fall back to whichever function words dominate.
    Some(if id > en { Lang::Id } else { Lang::En })
}

/// The longest prefix of `s` of at most `max` bytes ending on a char boundary.
fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// ASCII-lowercase `w` into `buf` (non-ASCII words come back empty).
fn ascii_lower<'a>(w: &str, buf: &'a mut [u8; 8]) -> &'a str {
    let bytes = w.as_bytes();
    if bytes.len() > buf.len() || !w.is_ascii() {
        return "";
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_sentence_is_indonesian() {
        let s = "Para pihak menyatakan dukungan mereka untuk pembicaraan Suriah dan Turki.";
        assert_eq!(detect_lang(s), Some(Lang::Id));
        let s = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Istana Bogor kemarin.";
        assert_eq!(detect_lang(s), Some(Lang::Id));
    }

    #[test]
    fn english_sentence_is_english() {
        let s = "The Iranian envoy met Russian officials in Moscow on Wednesday to discuss Syria.";
        assert_eq!(detect_lang(s), Some(Lang::En));
        let s = "Russia and Iran voiced support for talks between Syria and Turkey.";
        assert_eq!(detect_lang(s), Some(Lang::En));
    }

    #[test]
    fn empty_or_tiny_text_is_undecided() {
        assert_eq!(detect_lang(""), None);
        assert_eq!(detect_lang("   \n\t "), None);
        assert_eq!(detect_lang("Jakarta"), None);
        assert_eq!(detect_lang("12 34"), None);
    }

    #[test]
    fn non_latin_text_is_neither() {
        assert_eq!(
            detect_lang("Это русский текст о переговорах в Москве сегодня."),
            None
        );
    }

    #[test]
    fn seed_article_is_indonesian() {
        let seed = include_str!("../tests/data/seed_000_835c4cdb98e1286e.txt");
        assert_eq!(detect_lang(seed), Some(Lang::Id));
    }
}
