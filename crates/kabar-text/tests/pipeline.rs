//! The text stage end to end, as the coder will call it: clean → language →
//! sentences/tokens (breaking after the title and the dateline) → dates.

use chrono::NaiveDate;
use kabar_core::{DatePrecision, Lang};
use kabar_text::{
    clean_plain, detect_lang, find_dates, resolve, segment, DateValue, Direction, TokenKind,
};

const SEED: &str = include_str!("data/seed_000_835c4cdb98e1286e.txt");

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[test]
fn seed_article_through_the_text_stage() {
    let c = clean_plain(SEED);
    let lang = detect_lang(&c.text);
    assert_eq!(lang, Some(Lang::Id));
    let title = c.title.expect("title");
    let dateline = c.dateline.expect("dateline");
    assert_eq!(dateline.span.text(&c.text), "Damaskus, Purna Warta");
    let seg = segment(&c.text, Lang::Id, &[title.end, dateline.span.end]);

    let sentences: Vec<&str> = seg
        .sentences
        .iter()
        .map(|s| &c.text[s.start..s.end])
        .collect();
    // Title, dateline, eight body paragraphs of which one holds two sentences.
    assert_eq!(sentences.len(), 11, "{sentences:#?}");
    assert_eq!(
        sentences[0],
        "Perundingan Iran dengan Rusia tentang Suriah, Yaman dan Libya"
    );
    assert_eq!(sentences[1], "Damaskus, Purna Warta");
    assert!(sentences[2].starts_with("Dalam pertemuan perundingan"));
    assert!(sentences
        .iter()
        .all(|s| !s.contains("Baca Juga") && !s.contains("Leave a Reply")));
    assert!(sentences.contains(&"Para pihak menekankan perlunya menjaga keutuhan tanah, mewujudkan konsensus nasional dan mengembalikan perdamaian dan keamanan."));

    // "Suriah-Turki" is two names around a hyphen token.
    let toks: Vec<&str> = seg.tokens.iter().map(|t| t.text(&c.text)).collect();
    let i = toks.iter().position(|t| *t == "Suriah-Turki");
    assert_eq!(i, None);
    let i = toks.windows(3).position(|w| w == ["Suriah", "-", "Turki"]);
    assert!(i.is_some());
    assert!(toks.contains(&"masalah-masalah") && toks.contains(&"negara-negara"));
    assert!(seg
        .tokens
        .iter()
        .any(|t| t.kind == TokenKind::Number && t.text(&c.text) == "1"));

    // Dates: "pada hari Rabu 1 Februari" and "pada Rabu malam".
    let dates = find_dates(&c.text, &seg, Lang::Id);
    let spans: Vec<&str> = dates.iter().map(|d| &c.text[d.start..d.end]).collect();
    assert_eq!(spans, ["pada hari Rabu 1 Februari", "pada Rabu malam"]);
    let today = ymd(2026, 11, 29);
    let first = resolve(&dates[0].value, None, today).expect("resolves");
    assert_eq!(first.date, ymd(2023, 2, 1));
    assert_eq!(first.precision, DatePrecision::Day);
    // "Rabu malam", anchored on the date just found, is the same Wednesday.
    assert_eq!(
        dates[1].value,
        DateValue::Weekday {
            weekday: chrono::Weekday::Wed,
            direction: Direction::Nearest
        }
    );
    let evening = resolve(&dates[1].value, Some(first.date), today).map(|r| r.date);
    assert_eq!(evening, Some(ymd(2023, 2, 1)));
    // Without any anchor a bare weekday cannot be placed.
    assert_eq!(resolve(&dates[1].value, None, today), None);
}

#[test]
fn english_wire_story_through_the_text_stage() {
    let raw = "Iran, Russia back Syria-Turkey talks\n\
        Iran, Russia back Syria-Turkey talks\n\
        MOSCOW, Feb 1 (Reuters) - Iran's senior envoy Ali Asghar Khaji met Russian Deputy Foreign Minister Mikhail Bogdanov on Wednesday, the U.S.-based outlet said. Both sides backed talks between Syria and Turkey.\n\
        Read more: Turkey welcomes Iran's role\n\
        Khaji met Deputy Foreign Minister Sergey Vershinin on Wednesday night, two days after Mr. Lavrentiev visited Damascus.\n\
        (Reporting by Jane Doe; Editing by John Roe)";
    let c = clean_plain(raw);
    assert_eq!(detect_lang(&c.text), Some(Lang::En));
    let dl = c.dateline.expect("dateline");
    assert_eq!(dl.place.text(&c.text), "MOSCOW");
    let title = c.title.expect("title");
    let seg = segment(&c.text, Lang::En, &[title.end, dl.span.end]);
    let sentences: Vec<&str> = seg
        .sentences
        .iter()
        .map(|s| &c.text[s.start..s.end])
        .collect();
    assert_eq!(
        sentences,
        [
            "Iran, Russia back Syria-Turkey talks",
            "MOSCOW, Feb 1 (Reuters) -",
            "Iran's senior envoy Ali Asghar Khaji met Russian Deputy Foreign Minister Mikhail Bogdanov on Wednesday, the U.S.-based outlet said.",
            "Both sides backed talks between Syria and Turkey.",
            "Khaji met Deputy Foreign Minister Sergey Vershinin on Wednesday night, two days after Mr. Lavrentiev visited Damascus.",
        ]
    );
    let dates = find_dates(&c.text, &seg, Lang::En);
    let spans: Vec<&str> = dates.iter().map(|d| &c.text[d.start..d.end]).collect();
    assert_eq!(spans, ["Feb 1", "on Wednesday", "on Wednesday night"]);
    let anchor = resolve(&dates[0].value, None, ymd(2026, 11, 29)).map(|r| r.date);
    assert_eq!(anchor, Some(ymd(2026, 2, 1)));
    let wed = resolve(&dates[1].value, Some(ymd(2023, 2, 2)), ymd(2026, 11, 29)).map(|r| r.date);
    assert_eq!(wed, Some(ymd(2023, 2, 1)));
}
