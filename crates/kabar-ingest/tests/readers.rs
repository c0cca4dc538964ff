//! One test per reader: what users get out of each input format.

mod common;
use chrono::NaiveDate;
use common::*;
use kabar_core::Lang;
use kabar_ingest::{article_to_document, read_all, CsvColumns, Format, ReadOptions};

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

#[test]
fn plain_text_title_is_first_line() {
    let (ok, bad) = split(&fixture("article.txt"), &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 1);
    let a = &ok[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Menlu Retno bertemu Menlu Australia di Jakarta")
    );
    assert!(a.text.contains("Penny Wong"));
    assert_eq!(a.lang, None, "detected later, on all cores, by the coder");
    assert_eq!(a.id, "article", "the id is the file name without .txt");
    assert!(a.origin.ends_with("article.txt"));
    // The body starts with the title: the document text is the raw text.
    assert_eq!(article_to_document(a).text, a.text);
}

#[test]
fn jsonl_lines_become_articles_with_line_origins() {
    let (ok, bad) = split(&fixture("docs.jsonl"), &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].id, "a1");
    assert_eq!(ok[0].date, date("2023-02-01"));
    assert_eq!(ok[0].site.as_deref(), Some("news.example.id"));
    assert!(ok[0].origin.ends_with("docs.jsonl:1"));
    assert_eq!(ok[1].id, "2");
    assert_eq!(ok[1].lang, Some(Lang::En));
    assert!(ok[1].origin.ends_with("docs.jsonl:2"));
    let doc = article_to_document(&ok[0]);
    assert_eq!(
        doc.text,
        "Polisi menangkap tersangka\n\nPolisi menangkap tiga tersangka di Surabaya pada hari Selasa."
    );
}

#[test]
fn csv_with_configured_column_names() {
    let opts = ReadOptions {
        csv_columns: CsvColumns {
            id: "doc_id".into(),
            url: "link".into(),
            title: "headline".into(),
            date: "published".into(),
            text: "body".into(),
        },
        ..ReadOptions::default()
    };
    let (ok, bad) = split(&fixture("docs.csv"), &opts);
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].id, "c1");
    assert_eq!(ok[0].title.as_deref(), Some("Demo di Jakarta"));
    assert_eq!(ok[0].date, date("2023-02-01"), "Indonesian date string");
    assert!(ok[0].text.starts_with("Ribuan buruh"));
    assert_eq!(ok[1].url, None);
    assert_eq!(ok[1].date, date("2023-03-05"));
    assert!(ok[1].origin.ends_with("docs.csv:3"), "{}", ok[1].origin);
    // Default column names do not match this file: one clear error.
    let (ok, bad) = split(&fixture("docs.csv"), &ReadOptions::default());
    assert!(ok.is_empty());
    assert_eq!(bad.len(), 1);
    assert!(
        bad[0]
            .to_string()
            .contains("docs.csv:1: no \"text\" column"),
        "{}",
        bad[0]
    );
}

#[test]
fn html_page_main_content_and_metadata() {
    let (ok, bad) = split(&fixture("article.html"), &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    let a = &ok[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Presiden Jokowi Resmikan Bendungan di NTT")
    );
    assert_eq!(a.date, date("2023-02-01"));
    assert_eq!(a.lang, Some(Lang::Id));
    assert_eq!(a.site.as_deref(), Some("Kabar Contoh"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://www.kabarcontoh.id/nasional/presiden-jokowi-resmikan-bendungan")
    );
    assert!(a
        .text
        .contains("Presiden Joko Widodo meresmikan Bendungan Napun Gete"));
    assert!(
        a.text.contains("\n\nDalam sambutannya"),
        "paragraphs: {:?}",
        a.text
    );
    for junk in ["Beranda", "Terpopuler", "Hak cipta"] {
        assert!(
            !a.text.contains(junk),
            "boilerplate {junk:?} in {:?}",
            a.text
        );
    }
}

#[test]
fn html_date_from_indonesian_date_string() {
    let dir = scratch("html_date");
    let html = page(
        "Banjir di Semarang",
        "Selasa, 14 Maret 2023 09:30 WIB. Banjir merendam ratusan rumah warga di Semarang, Jawa Tengah.",
    );
    std::fs::write(dir.join("p.html"), html).unwrap();
    let (ok, bad) = split(&dir.join("p.html"), &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok[0].date, date("2023-03-14"));
}

#[test]
fn warc_gz_response_records() {
    let dir = scratch("warc");
    let records = vec![
        warc_record("warcinfo", "info", b"software: test\r\n", None),
        warc_response(
            "https://news.example.id/read/2023/02/01/satu",
            &page("Menlu bertemu Menlu", "Menteri Luar Negeri bertemu mitranya di Jakarta untuk membahas kerja sama."),
            None,
        ),
        warc_response(
            "https://news.example.com/2023/02/02/two",
            &page("Leaders meet", "The president met the prime minister in Canberra to discuss trade and security cooperation."),
            None,
        ),
    ];
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, warc_gz(&records)).unwrap();
    let (ok, bad) = split(&path, &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 2);
    assert!(
        ok[0].origin.ends_with("crawl.warc.gz#record 2"),
        "{}",
        ok[0].origin
    );
    assert_eq!(
        ok[0].url.as_deref(),
        Some("https://news.example.id/read/2023/02/01/satu")
    );
    assert_eq!(ok[0].date, date("2023-02-01"), "date from the URL");
    assert!(ok[0].text.contains("bertemu mitranya"));
    assert_eq!(ok[1].lang, Some(Lang::En));
    assert_eq!(ok[1].site.as_deref(), Some("news.example.com"));
    // The same bytes uncompressed read the same.
    std::fs::write(dir.join("crawl.warc"), records.concat()).unwrap();
    let (plain, _) = split(&dir.join("crawl.warc"), &ReadOptions::default());
    assert_eq!(plain.len(), 2);
    assert_eq!(plain[1].text, ok[1].text);
}

#[test]
fn rss_feed_entries() {
    let (ok, bad) = split(&fixture("feed.xml"), &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 2);
    assert_eq!(
        ok[0].title.as_deref(),
        Some("TNI dan Polri gelar patroli bersama di Papua")
    );
    assert_eq!(ok[0].date, date("2023-02-02"));
    assert_eq!(ok[0].site.as_deref(), Some("Kabar Contoh"));
    assert_eq!(
        ok[0].text,
        "TNI dan Polri menggelar patroli bersama di Jayapura, Papua, pada Kamis.\n\nPatroli itu melibatkan ratusan personel."
    );
    assert!(ok[0].origin.ends_with("feed.xml#entry 1"));
    assert_eq!(ok[1].date, date("2023-02-03"), "date from the link");
}

#[test]
fn atom_feed_entries() {
    let dir = scratch("atom");
    let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example News</title><id>urn:x</id><updated>2023-02-01T00:00:00Z</updated>
<entry><title>Talks resume</title><id>urn:e1</id><link href="https://example.com/e1"/>
<published>2023-02-01T09:00:00Z</published><updated>2023-02-01T09:00:00Z</updated>
<content type="html">&lt;p&gt;Negotiators resumed talks in Vienna on Wednesday.&lt;/p&gt;</content></entry></feed>"#;
    std::fs::write(dir.join("news.atom"), atom).unwrap();
    let (ok, bad) = split(&dir.join("news.atom"), &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok[0].id, "urn:e1");
    assert_eq!(
        ok[0].text,
        "Negotiators resumed talks in Vienna on Wednesday."
    );
    assert_eq!(ok[0].date, date("2023-02-01"));
}

#[test]
fn directories_are_walked_recursively_in_name_order() {
    let dir = scratch("walk");
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::copy(fixture("article.txt"), dir.join("a.txt")).unwrap();
    std::fs::copy(fixture("docs.jsonl"), dir.join("b/c/docs.jsonl")).unwrap();
    std::fs::copy(fixture("feed.xml"), dir.join("b/feed.xml")).unwrap();
    std::fs::write(dir.join(".hidden.txt"), "skip me").unwrap();
    let (ok, bad) = split(&dir, &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    let origins: Vec<&str> = ok.iter().map(|a| a.origin.as_str()).collect();
    assert_eq!(origins.len(), 5, "{origins:?}");
    assert!(origins[0].ends_with("a.txt"));
    assert!(origins[1].ends_with("docs.jsonl:1"), "{origins:?}");
    assert!(origins[3].ends_with("feed.xml#entry 1"), "{origins:?}");
}

#[test]
fn gzip_and_zstd_inputs_are_decompressed() {
    let dir = scratch("compressed");
    let jsonl = std::fs::read(fixture("docs.jsonl")).unwrap();
    std::fs::write(dir.join("docs.jsonl.gz"), gzip(&jsonl)).unwrap();
    std::fs::write(dir.join("docs.jsonl.zst"), zstd(&jsonl)).unwrap();
    // No telling extension: detected from the magic number and the content.
    std::fs::write(
        dir.join("docs.bin"),
        zstd(&std::fs::read(fixture("article.html")).unwrap()),
    )
    .unwrap();
    for name in ["docs.jsonl.gz", "docs.jsonl.zst"] {
        let (ok, bad) = split(&dir.join(name), &ReadOptions::default());
        assert!(bad.is_empty(), "{name}: {bad:?}");
        assert_eq!(ok.len(), 2, "{name}");
        assert_eq!(ok[0].id, "a1");
        assert!(ok[1].origin.ends_with(&format!("{name}:2")));
    }
    let (ok, _) = split(&dir.join("docs.bin"), &ReadOptions::default());
    assert_eq!(
        ok[0].title.as_deref(),
        Some("Presiden Jokowi Resmikan Bendungan di NTT")
    );
}

#[test]
fn format_can_be_overridden() {
    let dir = scratch("override");
    std::fs::copy(fixture("docs.jsonl"), dir.join("docs.txt")).unwrap();
    let as_text = read_all(&dir.join("docs.txt"), &ReadOptions::default());
    assert_eq!(as_text.len(), 1, "a .txt file is one plain-text article");
    let opts = ReadOptions {
        format: Format::Jsonl,
        ..ReadOptions::default()
    };
    let as_jsonl = read_all(&dir.join("docs.txt"), &opts);
    assert_eq!(as_jsonl.len(), 2);
    assert_eq!("feed".parse::<Format>(), Ok(Format::Feed));
}

#[test]
fn streams_read_like_files() {
    let bytes = gzip(&std::fs::read(fixture("docs.jsonl")).unwrap());
    let mut out = Vec::new();
    kabar_ingest::read_from(
        std::io::Cursor::new(bytes),
        "pipe",
        &ReadOptions::default(),
        &mut |r| out.push(r),
    );
    assert_eq!(out.len(), 2, "gzip detected, then JSONL from the content");
    let a = out[1].as_ref().unwrap();
    assert_eq!(a.origin, "pipe:2");
}

#[test]
fn html_date_from_a_dateline_element_outside_the_body() {
    let dir = scratch("html_dateline");
    let body =
        "Ribuan warga mengikuti upacara peringatan di alun-alun kota pada pagi hari. ".repeat(6);
    let html = format!(
        "<html><head><title>Upacara</title></head><body><div class=\"read__time\">Kompas.com - \
         Rabu, 1 Februari 2023 10:15 WIB</div><article><p>{body}</p><p>{body}</p></article></body></html>"
    );
    std::fs::write(dir.join("p.html"), html).unwrap();
    let (ok, bad) = split(&dir.join("p.html"), &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok[0].date, date("2023-02-01"));
}

#[test]
fn html_date_tag_that_does_not_parse_gives_way_to_the_next() {
    let dir = scratch("html_meta_order");
    let body =
        "Menteri Luar Negeri bertemu duta besar di Jakarta untuk membahas kerja sama. ".repeat(6);
    let html = format!(
        "<html><head><title>Kunjungan</title>\
         <meta property=\"article:published_time\" content=\"kemarin sore\">\
         <meta name=\"pubdate\" content=\"2024-05-06T08:00:00+07:00\"></head>\
         <body><article><p>{body}</p><figure><figcaption>Foto: Menteri di Jakarta</figcaption></figure>\
         <p>{body}</p></article></body></html>"
    );
    std::fs::write(dir.join("p.html"), html).unwrap();
    let (ok, bad) = split(&dir.join("p.html"), &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok[0].date, date("2024-05-06"));
    assert_eq!(ok[0].title.as_deref(), Some("Kunjungan"));
    assert!(
        !ok[0].text.contains("Foto:"),
        "caption kept: {:?}",
        ok[0].text
    );
}
