//! Arbitrary input never panics and every offset handed out is valid.

use chrono::NaiveDate;
use kabar_core::Lang;
use kabar_text::{clean_plain, detect_lang, find_dates, resolve, segment};

const ALPHABET: &[&str] = &[
    "a",
    "Z",
    "é",
    "Ä",
    "1",
    "9",
    "0",
    ".",
    ",",
    "-",
    "–",
    "'",
    "’",
    "/",
    ":",
    "(",
    ")",
    "\"",
    "“",
    " ",
    " ",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "?",
    "!",
    "Rabu",
    "Minggu",
    "lalu",
    "Februari",
    "Feb",
    "May",
    "2023",
    "31",
    "hari",
    "ini",
    "pada",
    "Baca Juga",
    "Leave a Reply",
    "Dr",
    "U.S",
    "Suriah-Turki",
    "日本",
    "🙂",
    "Jum'at",
    "(1/2)",
    "ago",
    "two",
    "days",
    "last",
];

/// A small deterministic generator (xorshift), so failures reproduce.
fn strings() -> impl Iterator<Item = String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..3_000).map(move |_| {
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let len = (next() % 40) as usize;
        (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect()
    })
}

#[test]
fn random_text_keeps_offsets_valid() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
    for raw in strings() {
        let c = clean_plain(&raw);
        for span in c
            .title
            .iter()
            .chain(c.dateline.iter().flat_map(|d| [&d.span, &d.place]))
        {
            assert!(
                span.start <= span.end && c.text.get(span.start..span.end).is_some(),
                "{raw:?}"
            );
        }
        let _ = detect_lang(&c.text);
        for lang in [Lang::Id, Lang::En] {
            let breaks = [0, 3, 7, c.text.len(), c.text.len() + 10];
            let seg = segment(&c.text, lang, &breaks);
            let mut prev_end = 0;
            for t in &seg.tokens {
                assert!(t.start >= prev_end && t.start < t.end, "{raw:?}");
                assert!(c.text.get(t.start..t.end).is_some(), "{raw:?}");
                prev_end = t.end;
            }
            let mut next = 0;
            for s in &seg.sentences {
                assert_eq!(s.tokens.start, next, "{raw:?}");
                assert!(s.tokens.start < s.tokens.end);
                next = s.tokens.end;
            }
            assert_eq!(next, seg.tokens.len());
            for m in find_dates(&c.text, &seg, lang) {
                assert!(c.text.get(m.start..m.end).is_some(), "{raw:?}");
                let _ = resolve(&m.value, None, today);
                let _ = resolve(&m.value, Some(today), today);
            }
        }
    }
}
