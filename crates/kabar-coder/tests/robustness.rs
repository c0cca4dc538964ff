//! Whatever text comes in, the coder returns (no panic), and every offset it
//! reports slices the cleaned text it returns.

use kabar_coder::Coder;
use kabar_core::{Document, Lang};

/// Deterministic pseudo-random text from pieces real pages contain.
fn texts() -> Vec<String> {
    const PIECES: &[&str] = &[
        "Iran",
        "Rusia",
        "AS",
        "U.S.",
        "menyerang",
        "bertemu dengan",
        "di",
        "ke",
        "oleh",
        "dan",
        "para pihak",
        ",",
        ".",
        "!",
        "?",
        "\"",
        "'s",
        "-",
        "–",
        "Baca Juga :",
        "Leave a Reply",
        "\n",
        "\n\n",
        "  ",
        "Rabu (1/2)",
        "kemarin",
        "1/2/2023",
        "pada hari",
        "yang",
        "tidak",
        "akan",
        "harus",
        "Dr.",
        "No.",
        "dll.",
        "\u{0130}stanbul",
        "İ",
        "ß",
        "日本",
        "🙂",
        "\u{200b}",
        "Menteri Luar Negeri",
        "pasukan",
        "Israel",
        "Gaza",
        "Moskow",
        "said",
        "was attacked by",
        "the",
        "of",
        "US-led",
        "Jakarta, Kompas.com -",
        "(",
        ")",
        "«",
        "»",
        "…",
        "\t",
        "0",
        "12",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..400)
        .map(|_| {
            let n = (next() % 60) as usize;
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                if next() % 3 > 0 {
                    s.push(' ');
                }
            }
            s
        })
        .chain([
            "".to_string(),
            " ".to_string(),
            "\n\n\n".to_string(),
            ".".repeat(500),
        ])
        .collect()
}

#[test]
fn any_text_codes_without_panic_and_offsets_slice_the_text() {
    let coder = Coder::embedded().unwrap_or_else(|e| panic!("{e}"));
    for (i, text) in texts().into_iter().enumerate() {
        for lang in [Some(Lang::Id), Some(Lang::En), None] {
            let doc = Document {
                id: i.to_string(),
                text: text.clone(),
                lang,
                ..Document::default()
            };
            let x = coder.extract(&doc);
            let chars: Vec<char> = x.text.chars().collect();
            for e in &x.events {
                let ev = &e.evidence;
                assert!(ev.start <= ev.end && ev.end <= chars.len(), "{text:?}");
                let s: String = chars[ev.start..ev.end].iter().collect();
                assert_eq!(s, ev.sentence, "{text:?}");
                let t: String = chars[ev.trigger_start..ev.trigger_end].iter().collect();
                assert_eq!(t, ev.trigger, "{text:?}");
            }
        }
    }
}
