//! Sentence and token segmentation in one pass over the cleaned text.
//!
//! Tokens are words, numbers and single punctuation characters; offsets are
//! byte offsets into the text passed to [`segment`]. Words keep internal
//! apostrophes ("Jum'at"), the periods of abbreviations and domains ("U.S.",
//! "Kompas.com") and hyphens of reduplications and compounds
//! ("negara-negara", "al-Assad"), but a hyphen between two different
//! capitalised names ("Suriah-Turki") is its own token. Numbers keep their
//! separators ("1.000.000", "3,5", "10.15", "1/2/2023", "2023-02-01").

use kabar_core::Lang;
use serde::Serialize;
use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum TokenKind {
    /// Letters (and digits) with internal apostrophes, periods or hyphens.
    Word,
    /// Digits with internal `.`, `,`, `/`, `:` or `-` separators.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: a byte range of the document and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `doc` (the string that was segmented); empty if
    /// `doc` is not that string.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        doc.get(self.start..self.end).unwrap_or("")
    }

    /// Does the token start with an uppercase letter?
    pub fn is_capitalized(&self, doc: &str) -> bool {
        self.text(doc)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

/// One sentence: its trimmed byte span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte offset of the sentence's first token.
    pub start: usize,
    /// Byte offset just past its last token.
    pub end: usize,
    /// Indices into [`Segmented::tokens`].
    pub tokens: Range<usize>,
}

/// The sentences and tokens of a text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Segmented {
    /// Sentences in text order; together they cover every token once.
    pub sentences: Vec<Sentence>,
    /// All tokens in text order.
    pub tokens: Vec<Token>,
}

impl Segmented {
    /// The tokens of `sentence`.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        self.tokens.get(sentence.tokens.clone()).unwrap_or(&[])
    }
}

/// Abbreviations (before their period) after which a sentence never ends:
/// titles and labels that are always followed by a name or number.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Dr", "dr", "drg", "Prof", "Ir", "H", "Hj", "Jl", "Jln", "No", "no", "Tn", "Ny", "Nn", "Sdr",
    "Sdri", "Mr", "Mrs", "Ms", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Capt", "Cpt", "Maj",
    "Sgt", "Brig", "Adm", "Cmdr", "Rev", "Hon", "Supt", "Insp", "Det", "Drs", "Dra", "Rp", "Kol",
    "Jend", "Brigjen", "Mayjen", "Letjen", "Kapt", "Bpk", "KH", "Pres", "Vol", "Fig", "hlm", "Kec",
    "Kab", "Kel", "Prov", "Ds", "Ref", "Nos", "Art", "Pasal",
];

/// Abbreviations that may also end a sentence: the sentence ends after them
/// only when the next word is a typical sentence opener ("… dll. Namun …").
const OTHER_ABBREVIATIONS: &[&str] = &[
    "dll", "dsb", "dst", "tsb", "dkk", "etc", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "vs", "Bros",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Agu", "Agt", "Ags", "Sep", "Sept", "Okt",
    "Oct", "Nov", "Des", "Dec", "approx", "Ave", "Blvd", "Dept", "Univ", "est", "Mt", "Ft", "al",
];

/// Split `text` into sentences and tokens.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets
/// after it) when whitespace and an uppercase letter, a digit or an opening
/// quote/bracket follow, except after abbreviations ("Dr.", "dll.", "Jan.",
/// "U.S.") and single initials ("J. Biden"). Sentences always end at a
/// newline and at every offset in `breaks` (e.g. the end of the title and of
/// the dateline). `lang` is accepted for language-specific rules; the
/// abbreviation lists cover both languages.
pub fn segment(text: &str, lang: Lang, breaks: &[usize]) -> Segmented {
    let _ = lang;
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    tokenize(text, &mut tokens);
    let mut breaks = breaks.to_vec();
    breaks.sort_unstable();
    let mut sentences = Vec::with_capacity(tokens.len() / 20 + 1);
    let mut first = 0usize;
    let mut bi = 0usize;
    for i in 1..tokens.len() {
        let (prev, cur) = (tokens[i - 1], tokens[i]);
        while bi < breaks.len() && breaks[bi] <= prev.start {
            bi += 1;
        }
        let gap = text.as_bytes().get(prev.end..cur.start).unwrap_or(&[]);
        let boundary = (bi < breaks.len() && breaks[bi] <= cur.start)
            || gap.contains(&b'\n')
            || (!gap.is_empty() && ends_sentence(text, &tokens, first, i));
        if boundary {
            sentences.push(Sentence {
                start: tokens[first].start,
                end: prev.end,
                tokens: first..i,
            });
            first = i;
        }
    }
    if let Some(last) = tokens.last() {
        sentences.push(Sentence {
            start: tokens[first].start,
            end: last.end,
            tokens: first..tokens.len(),
        });
    }
    Segmented { sentences, tokens }
}

/// Does the sentence that started at token `first` end before token `i`
/// (whitespace between them already established)?
fn ends_sentence(text: &str, tokens: &[Token], first: usize, i: usize) -> bool {
    let cur = tokens[i];
    let Some(c) = text.get(cur.start..).and_then(|s| s.chars().next()) else {
        return false;
    };
    if !(c.is_uppercase() || c.is_ascii_digit() || is_opener_punct(c)) {
        return false;
    }
    // Step back over closing quotes and brackets.
    let mut j = i - 1;
    while j > first && tokens[j].kind == TokenKind::Punct && is_closer(tokens[j].text(text)) {
        j -= 1;
    }
    let t = tokens[j];
    let tt = t.text(text);
    match tt {
        "!" | "?" | "…" => true,
        "." => {
            // What stands right before the period?
            if j == 0 || tokens[j - 1].end != t.start || tokens[j - 1].kind != TokenKind::Word {
                return true;
            }
            let w = tokens[j - 1].text(text);
            let mut chars = w.chars();
            let single_initial =
                matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
            if single_initial || TITLE_ABBREVIATIONS.contains(&w) {
                false
            } else if OTHER_ABBREVIATIONS
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
            {
                is_opener_word(cur.text(text))
            } else {
                true
            }
        }
        // Abbreviations tokenised with their period: "U.S.", "a.n.", "e.g.".
        _ if t.kind == TokenKind::Word && tt.ends_with('.') => is_opener_word(cur.text(text)),
        _ => false,
    }
}

/// Capitalised function words that open a sentence but rarely follow an
/// abbreviation inside one (titles such as "Secretary" or "Presiden" are
/// left out: "the U.S. Secretary of State").
const OPENERS_AFTER_ABBREVIATION: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "However",
    "Meanwhile",
    "After",
    "When",
    "While",
    "Ia",
    "Dia",
    "Mereka",
    "Kami",
    "Kita",
    "Saya",
    "Ini",
    "Itu",
    "Namun",
    "Sementara",
    "Selain",
    "Hal",
    "Dalam",
    "Pada",
    "Di",
    "Sebelumnya",
    "Kemudian",
    "Adapun",
    "Menurut",
    "Tetapi",
    "Tapi",
    "Bahkan",
    "Sedangkan",
    "Setelah",
    "Saat",
    "Ketika",
];

/// Is `w` a word that typically opens a sentence?
fn is_opener_word(w: &str) -> bool {
    OPENERS_AFTER_ABBREVIATION.contains(&w)
}

fn is_closer(p: &str) -> bool {
    matches!(p, "\"" | "'" | "”" | "’" | ")" | "]" | "»" | "›")
}

fn is_opener_punct(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '‹')
}

/// The char at byte `i` (a char boundary) and its width; ASCII fast path.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

#[inline]
fn is_alnum_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(|(c, _)| c.is_alphanumeric())
}

fn tokenize(text: &str, out: &mut Vec<Token>) {
    let n = text.len();
    let mut i = 0;
    while i < n {
        let Some((c, w)) = char_at(text, i) else {
            break;
        };
        if c.is_whitespace() {
            i += w;
        } else if c.is_ascii_digit() {
            let (end, kind) = scan_number(text, i);
            out.push(Token {
                start: i,
                end,
                kind,
            });
            i = end;
        } else if c.is_alphanumeric() {
            let end = scan_word(text, i);
            out.push(Token {
                start: i,
                end,
                kind: TokenKind::Word,
            });
            i = end;
        } else {
            out.push(Token {
                start: i,
                end: i + w,
                kind: TokenKind::Punct,
            });
            i += w;
        }
    }
}

fn skip_digits(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// A number starting at `start` ("1.000", "3,5", "1/2/2023", "10.15"); if
/// letters follow ("1st", "5G") it is a word.
fn scan_number(text: &str, start: usize) -> (usize, TokenKind) {
    let b = text.as_bytes();
    let mut i = skip_digits(b, start);
    while i + 1 < b.len()
        && matches!(b[i], b'.' | b',' | b'/' | b':' | b'-')
        && b[i + 1].is_ascii_digit()
    {
        i = skip_digits(b, i + 1);
    }
    if char_at(text, i).is_some_and(|(c, _)| c.is_alphabetic()) {
        (scan_word(text, i), TokenKind::Word)
    } else {
        (i, TokenKind::Number)
    }
}

/// Consume letters and digits from `i`.
fn skip_alnum(text: &str, mut i: usize) -> usize {
    while let Some((c, w)) = char_at(text, i) {
        if !c.is_alphanumeric() {
            break;
        }
        i += w;
    }
    i
}

/// A word starting at `start` (which is alphanumeric); returns its end.
fn scan_word(text: &str, start: usize) -> usize {
    let mut seg = start; // start of the current hyphen-separated part
    let mut i = skip_alnum(text, start);
    while let Some((c, w)) = char_at(text, i) {
        match c {
            '\'' | '’' => {
                if char_at(text, i + w).is_some_and(|(n, _)| n.is_alphabetic()) {
                    i = skip_alnum(text, i + w);
                } else {
                    break;
                }
            }
            '.' => {
                if is_alnum_at(text, i + 1) {
                    // "Kompas.com", "U.S": no space after the period.
                    i = skip_alnum(text, i + 1);
                } else {
                    // Final period of initials such as "U.S." or "a.n.".
                    if is_initials(text.get(seg..i).unwrap_or("")) {
                        i += 1;
                    }
                    break;
                }
            }
            '-' => {
                if !is_alnum_at(text, i + 1) {
                    break;
                }
                let right_end = skip_alnum(text, i + 1);
                let left = text.get(seg..i).unwrap_or("");
                let right = text.get(i + 1..right_end).unwrap_or("");
                if splits_at_hyphen(left, right) {
                    break;
                }
                seg = i + 1;
                i = right_end;
            }
            _ => break,
        }
    }
    i
}

/// "U.S", "a.n", "e.g": single letters joined by periods.
fn is_initials(w: &str) -> bool {
    w.contains('.') && w.split('.').all(|p| p.chars().count() == 1)
}

/// A hyphen between two different capitalised names ("Suriah-Turki") is a
/// separate token; reduplications ("Batu-Batu"), lowercase compounds and
/// short prefixes ("Al-Assad") stay one word.
fn splits_at_hyphen(left: &str, right: &str) -> bool {
    let cap = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    cap(left)
        && cap(right)
        && left.chars().count() > 2
        && !left
            .chars()
            .flat_map(char::to_lowercase)
            .eq(right.chars().flat_map(char::to_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        segment(text, Lang::Id, &[])
            .tokens
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    fn sentences(text: &str, lang: Lang) -> Vec<&str> {
        segment(text, lang, &[])
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn empty_and_blank_text_have_no_sentences() {
        for t in ["", "   ", "\n\n\t"] {
            let s = segment(t, Lang::Id, &[0, 5]);
            assert!(s.sentences.is_empty());
            assert!(s.tokens.is_empty());
        }
    }

    #[test]
    fn country_pairs_split_but_reduplication_stays_whole() {
        assert_eq!(
            words("pembicaraan Suriah-Turki"),
            ["pembicaraan", "Suriah", "-", "Turki"]
        );
        assert_eq!(words("Iran-Rusia"), ["Iran", "-", "Rusia"]);
        assert_eq!(
            words("masalah-masalah negara-negara Batu-Batu co-operation al-Assad Al-Assad"),
            [
                "masalah-masalah",
                "negara-negara",
                "Batu-Batu",
                "co-operation",
                "al-Assad",
                "Al-Assad"
            ]
        );
        assert_eq!(words("Covid-19 ke-2"), ["Covid-19", "ke-2"]);
    }

    #[test]
    fn token_kinds_and_numbers() {
        let t = "Rabu (1/2/2023) pukul 10.15, 3,5 persen dari 1.000.000 orang; 2023-02-01.";
        let s = segment(t, Lang::Id, &[]);
        let got: Vec<(&str, TokenKind)> = s.tokens.iter().map(|k| (k.text(t), k.kind)).collect();
        use TokenKind::*;
        assert_eq!(
            got,
            [
                ("Rabu", Word),
                ("(", Punct),
                ("1/2/2023", Number),
                (")", Punct),
                ("pukul", Word),
                ("10.15", Number),
                (",", Punct),
                ("3,5", Number),
                ("persen", Word),
                ("dari", Word),
                ("1.000.000", Number),
                ("orang", Word),
                (";", Punct),
                ("2023-02-01", Number),
                (".", Punct),
            ]
        );
        assert_eq!(s.sentences.len(), 1);
    }

    #[test]
    fn apostrophes_abbreviations_and_domains_stay_in_words() {
        assert_eq!(
            words("Jum'at, Kompas.com, the U.S. and Ma’ruf don't"),
            [
                "Jum'at",
                ",",
                "Kompas.com",
                ",",
                "the",
                "U.S.",
                "and",
                "Ma’ruf",
                "don't"
            ]
        );
        assert_eq!(words("AS menolak."), ["AS", "menolak", "."]);
        assert_eq!(words("Reuters' report"), ["Reuters", "'", "report"]);
    }

    #[test]
    fn indonesian_sentences_split_at_periods_not_abbreviations() {
        let t = "Dr. Ir. H. Budi tiba di Jl. Sudirman No. 5 pukul 10.15 WIB. Ia membawa buku, pena, dll. Namun AS menolak. Harga naik 3.5 persen!";
        assert_eq!(
            sentences(t, Lang::Id),
            [
                "Dr. Ir. H. Budi tiba di Jl. Sudirman No. 5 pukul 10.15 WIB.",
                "Ia membawa buku, pena, dll.",
                "Namun AS menolak.",
                "Harga naik 3.5 persen!"
            ]
        );
    }

    #[test]
    fn english_sentences_respect_titles_initials_and_dates() {
        let t = "Mr. Smith met J. Biden in St. Louis on Feb. 1 at 10 a.m. The U.S. Sen. Jones agreed. \"We will act,\" he said. Talks resume in the U.S. Dec. 5, officials said.";
        assert_eq!(
            sentences(t, Lang::En),
            [
                "Mr. Smith met J. Biden in St. Louis on Feb. 1 at 10 a.m.",
                "The U.S. Sen. Jones agreed.",
                "\"We will act,\" he said.",
                "Talks resume in the U.S. Dec. 5, officials said."
            ]
        );
    }

    #[test]
    fn initials_before_titles_and_names_do_not_split() {
        let t = "The U.S. Secretary of State met the U.N. Security Council and anti-U.S. Chavez. He left.";
        assert_eq!(
            sentences(t, Lang::En),
            [
                "The U.S. Secretary of State met the U.N. Security Council and anti-U.S. Chavez.",
                "He left."
            ]
        );
        assert_eq!(words("anti-U.S. Chavez"), ["anti-U.S.", "Chavez"]);
    }

    #[test]
    fn closing_quotes_and_questions_end_sentences() {
        let t = "Ia bertanya, \"Kapan?\" Mereka diam. (Ini catatan.) Lalu pergi.";
        assert_eq!(
            sentences(t, Lang::Id),
            [
                "Ia bertanya, \"Kapan?\"",
                "Mereka diam.",
                "(Ini catatan.)",
                "Lalu pergi."
            ]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        let t = "Harga naik 5 persen. kata dia kemudian.";
        assert_eq!(sentences(t, Lang::Id).len(), 1);
    }

    #[test]
    fn newlines_and_breaks_always_split() {
        let t =
            "Judul berita tanpa titik\n\nDamaskus, Purna Warta Dalam pertemuan itu mereka bicara";
        let dl_end = t.find(" Dalam").unwrap_or(0);
        let s = segment(t, Lang::Id, &[24, dl_end]);
        let got: Vec<&str> = s.sentences.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(
            got,
            [
                "Judul berita tanpa titik",
                "Damaskus, Purna Warta",
                "Dalam pertemuan itu mereka bicara"
            ]
        );
        // Sentences cover all tokens, in order, with no overlap.
        let mut next = 0;
        for x in &s.sentences {
            assert_eq!(x.tokens.start, next);
            next = x.tokens.end;
        }
        assert_eq!(next, s.tokens.len());
    }

    #[test]
    fn offsets_are_bytes_into_the_input_and_capitalisation_is_reported() {
        let t = "Ékonomi “naik”";
        let s = segment(t, Lang::Id, &[]);
        assert_eq!(s.tokens[0].text(t), "Ékonomi");
        assert!(s.tokens[0].is_capitalized(t));
        assert_eq!(s.tokens[1].text(t), "“");
        assert_eq!(s.tokens[2].text(t), "naik");
        assert!(!s.tokens[2].is_capitalized(t));
        assert_eq!(s.tokens[3].end, t.len());
        // A token applied to another string never panics.
        assert_eq!(s.tokens[3].text("x"), "");
    }

    #[test]
    fn very_long_line_is_segmented_quickly_and_completely() {
        let unit = "Presiden Rusia bertemu Menteri Iran di Moskow pada 1.2.2023, membahas masalah-masalah Suriah-Turki. ";
        let t = unit.repeat(20_000); // about 2 MB, no newline
        let start = std::time::Instant::now();
        let s = segment(&t, Lang::Id, &[]);
        let took = start.elapsed();
        assert_eq!(s.sentences.len(), 20_000);
        assert_eq!(s.tokens.len(), 20_000 * 16);
        // Generous even for an unoptimised test build.
        assert!(took.as_secs_f64() < 5.0, "took {took:?}");
    }
}
