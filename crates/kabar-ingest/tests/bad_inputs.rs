//! Each bad input gives one clear error naming where it is, and the rest goes on.

mod common;
use common::*;
use kabar_ingest::ReadOptions;

#[test]
fn jsonl_line_that_is_not_json() {
    let dir = scratch("not_json");
    let path = dir.join("docs.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"a\",\"text\":\"Satu.\"}\nthis is not json\n{\"id\":\"c\",\"text\":\"Tiga.\"}\n",
    )
    .unwrap();
    let (ok, bad) = split(&path, &ReadOptions::default());
    assert_eq!(
        ok.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["a", "c"]
    );
    assert_eq!(bad.len(), 1);
    let msg = bad[0].to_string();
    assert!(msg.contains("docs.jsonl:2: not a JSON object"), "{msg}");
}

#[test]
fn jsonl_line_with_invalid_utf8() {
    let dir = scratch("bad_utf8");
    let path = dir.join("docs.jsonl");
    let mut bytes = b"{\"id\":\"a\",\"text\":\"Satu.\"}\n{\"id\":\"b\",\"text\":\"caf".to_vec();
    bytes.extend_from_slice(b"\xe9\"}\n{\"id\":\"c\",\"text\":\"Tiga.\"}\n");
    std::fs::write(&path, bytes).unwrap();
    let (ok, bad) = split(&path, &ReadOptions::default());
    assert_eq!(ok.len(), 2);
    assert_eq!(bad.len(), 1);
    let msg = bad[0].to_string();
    assert!(
        msg.contains("docs.jsonl:2: not valid UTF-8 at byte 21"),
        "{msg}"
    );
}

#[test]
fn legacy_encodings_are_detected_and_decoded() {
    let dir = scratch("legacy");
    // windows-1252 text: "é" is 0xE9, "’" is 0x92.
    let mut text = b"Caf\xe9 talks in Paris\n\nThe minister\x92s caf\xe9 meeting with the d\xe9l\xe9gation went well.".to_vec();
    text.extend_from_slice(b" Officials said the r\xe9sum\xe9 of the talks was positive.\n");
    std::fs::write(dir.join("cp1252.txt"), &text).unwrap();
    let html = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 de la d\xe9l\xe9gation.</p></body></html>";
    std::fs::write(dir.join("latin1.html"), html).unwrap();
    let (ok, bad) = split(&dir, &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    // Name order: cp1252.txt, then latin1.html.
    assert_eq!(ok[0].title.as_deref(), Some("Café talks in Paris"));
    assert!(ok[0].text.contains("minister’s café"), "{:?}", ok[0].text);
    assert!(
        ok[1].text.contains("Le café de la délégation."),
        "{:?}",
        ok[1].text
    );
}

#[test]
fn truncated_gzip_keeps_what_came_before() {
    let dir = scratch("truncated_gz");
    let lines: String = (1..=200)
        .map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"Artikel nomor {i} tentang pertemuan di Jakarta.\"}}\n"))
        .collect();
    let gz = gzip(lines.as_bytes());
    let path = dir.join("docs.jsonl.gz");
    std::fs::write(&path, &gz[..gz.len() * 2 / 3]).unwrap();
    std::fs::copy(fixture("article.txt"), dir.join("z.txt")).unwrap();
    let (ok, bad) = split(&dir, &ReadOptions::default());
    assert_eq!(bad.len(), 1, "{bad:?}");
    let msg = bad[0].to_string();
    assert!(msg.contains("docs.jsonl.gz:"), "{msg}");
    assert!(msg.contains("truncated or corrupt"), "{msg}");
    assert!(
        ok.len() > 50,
        "records before the cut come out: {}",
        ok.len()
    );
    assert_eq!(ok[0].id, "d1");
    assert!(
        ok.last().is_some_and(|a| a.origin.ends_with("z.txt")),
        "the next file is read"
    );
}

#[test]
fn warc_record_with_wrong_length() {
    for (label, wrong) in [("too short", 100usize), ("too long", 100_000)] {
        let dir = scratch(&format!("warc_len_{}", wrong));
        let html = page(
            "Rapat kabinet",
            "Presiden memimpin rapat kabinet terbatas di Istana Merdeka, Jakarta, pada Senin.",
        );
        let mut second = warc_response("https://x.id/2", &html, None);
        // Declare a wrong Content-Length for record 2.
        let true_len = second.len();
        let text = String::from_utf8(second.clone()).unwrap();
        let declared = text
            .split("Content-Length: ")
            .nth(1)
            .unwrap()
            .split('\r')
            .next()
            .unwrap()
            .to_string();
        let fake = if wrong < 1000 {
            wrong.to_string()
        } else {
            (declared.parse::<usize>().unwrap() + 40).to_string()
        };
        second = text
            .replacen(
                &format!("Content-Length: {declared}\r\n\r\nHTTP"),
                &format!("Content-Length: {fake}\r\n\r\nHTTP"),
                1,
            )
            .into_bytes();
        assert!(second.len() >= true_len);
        let records = vec![
            warc_response("https://x.id/1", &html, None),
            second,
            warc_response("https://x.id/3", &html, None),
        ];
        let path = dir.join("crawl.warc.gz");
        std::fs::write(&path, warc_gz(&records)).unwrap();
        let (ok, bad) = split(&path, &ReadOptions::default());
        assert_eq!(bad.len(), 1, "{label}: {bad:?}");
        let msg = bad[0].to_string();
        assert!(
            msg.contains("crawl.warc.gz#record 2 (byte "),
            "{label}: {msg}"
        );
        assert!(
            msg.contains("does not end at the record boundary"),
            "{label}: {msg}"
        );
        let urls: Vec<_> = ok.iter().filter_map(|a| a.url.as_deref()).collect();
        assert_eq!(urls, ["https://x.id/1", "https://x.id/3"], "{label}");
        assert!(
            ok[1].origin.ends_with("#record 3"),
            "{label}: {}",
            ok[1].origin
        );
    }
}

#[test]
fn binary_junk_is_refused_and_the_run_goes_on() {
    let dir = scratch("binary");
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(dir.join("a.bin"), &junk).unwrap();
    std::fs::write(dir.join("b.html"), &junk).unwrap();
    std::fs::copy(fixture("article.txt"), dir.join("c.txt")).unwrap();
    let (ok, bad) = split(&dir, &ReadOptions::default());
    assert_eq!(bad.len(), 2, "{bad:?}");
    for e in &bad {
        assert!(e.to_string().contains("binary data"), "{e}");
        assert!(e.to_string().contains("NUL byte at byte"), "{e}");
    }
    assert!(bad[0].origin.ends_with("a.bin") && bad[1].origin.ends_with("b.html"));
    assert_eq!(ok.len(), 1);
}

#[test]
fn a_50_mb_html_page_is_capped() {
    let dir = scratch("huge");
    let para = "<p>Berita panjang tentang pertemuan para menteri di Jakarta.</p>\n";
    let big = format!(
        "<html><body>{}</body></html>",
        para.repeat(50 * 1024 * 1024 / para.len())
    );
    assert!(big.len() >= 50_000_000);
    std::fs::write(dir.join("a-huge.html"), big).unwrap();
    std::fs::copy(fixture("article.html"), dir.join("b.html")).unwrap();
    let (ok, bad) = split(&dir, &ReadOptions::default());
    assert_eq!(bad.len(), 1, "{bad:?}");
    let msg = bad[0].to_string();
    assert!(
        msg.contains("a-huge.html: larger than the 10485760-byte limit"),
        "{msg}"
    );
    assert_eq!(ok.len(), 1);
    // A smaller cap applies to JSONL lines too.
    let opts = ReadOptions {
        max_bytes: 100,
        ..ReadOptions::default()
    };
    let path = dir.join("docs.jsonl");
    std::fs::write(
        &path,
        format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"pendek\"}}\n",
            "x".repeat(500)
        ),
    )
    .unwrap();
    let (ok, bad) = split(&path, &opts);
    assert_eq!(ok.len(), 1);
    assert!(
        bad[0]
            .to_string()
            .contains("docs.jsonl:1: line longer than the 100-byte limit"),
        "{}",
        bad[0]
    );
}

#[test]
fn empty_file() {
    let dir = scratch("empty");
    std::fs::write(dir.join("a.txt"), "").unwrap();
    std::fs::write(dir.join("b.jsonl.gz"), gzip(b"")).unwrap();
    std::fs::copy(fixture("article.txt"), dir.join("c.txt")).unwrap();
    let (ok, bad) = split(&dir, &ReadOptions::default());
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(
        bad[0]
            .to_string()
            .ends_with("a.txt: empty file: no article in it"),
        "{}",
        bad[0]
    );
    assert!(bad[1].origin.ends_with("b.jsonl.gz"));
    assert_eq!(ok.len(), 1);
}

#[test]
fn missing_file_is_one_error() {
    let (ok, bad) = split(
        std::path::Path::new("/nonexistent/kabar.jsonl"),
        &ReadOptions::default(),
    );
    assert!(ok.is_empty());
    assert_eq!(bad.len(), 1);
    assert!(
        bad[0]
            .to_string()
            .starts_with("/nonexistent/kabar.jsonl: cannot open"),
        "{}",
        bad[0]
    );
}

#[test]
fn mangled_inputs_never_panic() {
    use kabar_ingest::{read_from, Format};
    let html = page(
        "Judul",
        "Isi berita tentang pertemuan di Jakarta pada hari Senin.",
    );
    let seeds: Vec<Vec<u8>> = vec![
        std::fs::read(fixture("docs.jsonl")).unwrap(),
        std::fs::read(fixture("docs.csv")).unwrap(),
        std::fs::read(fixture("feed.xml")).unwrap(),
        std::fs::read(fixture("article.html")).unwrap(),
        warc_gz(&[
            warc_response("https://x.id/1", &html, None),
            warc_response("https://x.id/2", &html, None),
        ]),
        [
            warc_response("https://x.id/1", &html, None),
            warc_response("https://x.id/2", &html, None),
        ]
        .concat(),
    ];
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for seed in &seeds {
        for _ in 0..40 {
            let mut bytes = seed.clone();
            match next() % 3 {
                0 => bytes.truncate((next() as usize) % (bytes.len() + 1)),
                1 => {
                    for _ in 0..8 {
                        let i = (next() as usize) % bytes.len();
                        bytes[i] = next() as u8;
                    }
                }
                _ => {
                    let i = (next() as usize) % bytes.len();
                    let j = (next() as usize) % bytes.len();
                    bytes.drain(i.min(j)..i.max(j));
                }
            }
            for format in Format::ALL {
                let opts = ReadOptions {
                    format,
                    ..ReadOptions::default()
                };
                let mut n = 0;
                read_from(
                    std::io::Cursor::new(bytes.clone()),
                    "fuzz",
                    &opts,
                    &mut |r| {
                        if let Err(e) = r {
                            assert!(e.to_string().starts_with("fuzz"), "{e}");
                        }
                        n += 1;
                    },
                );
            }
        }
    }
}

#[test]
fn truncated_warc_gz_keeps_the_records_before_the_cut() {
    let dir = scratch("truncated_warc");
    let html = page(
        "Rapat",
        "Para menteri menggelar rapat koordinasi di Jakarta pada hari Senin pagi.",
    );
    let records: Vec<Vec<u8>> = (1..=5)
        .map(|i| warc_response(&format!("https://x.id/{i}"), &html, None))
        .collect();
    let gz = warc_gz(&records);
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, &gz[..gz.len() - 40]).unwrap();
    let (ok, bad) = split(&path, &ReadOptions::default());
    assert_eq!(ok.len(), 4, "{bad:?}");
    assert_eq!(bad.len(), 1);
    let msg = bad[0].to_string();
    assert!(
        msg.starts_with(&format!("{}#record 5 (byte ", path.display())),
        "{msg}"
    );
    assert!(msg.contains("truncated"), "{msg}");
}

#[test]
fn utf16_text_and_jsonl_are_transcoded() {
    let dir = scratch("utf16");
    let utf16le = |s: &str, bom: bool| {
        let mut b: Vec<u8> = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        b.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        b
    };
    let utf16be = |s: &str| {
        let mut b = vec![0xFE, 0xFF];
        b.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        b
    };
    std::fs::write(
        dir.join("a.txt"),
        utf16le(
            "Menlu bertemu di Jakarta\n\nMenteri Luar Negeri bertemu.",
            true,
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("b.jsonl"),
        utf16le(
            "{\"id\":\"x\",\"text\":\"Satu café.\"}\n{\"id\":\"y\",\"text\":\"Dua.\"}\n",
            false,
        ),
    )
    .unwrap();
    std::fs::write(dir.join("c.txt"), utf16be("Judul\n\nIsi berita.")).unwrap();
    let (ok, bad) = split(&dir, &ReadOptions::default());
    assert!(bad.is_empty(), "{bad:?}");
    let ids: Vec<&str> = ok.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "x", "y", "c"]);
    assert_eq!(ok[0].title.as_deref(), Some("Menlu bertemu di Jakarta"));
    assert_eq!(ok[1].text, "Satu café.");
    assert!(ok[3].text.contains("Isi berita."));
}

#[test]
fn a_csv_row_that_never_ends_costs_one_error_not_all_memory() {
    let dir = scratch("csv_unclosed");
    let path = dir.join("docs.csv");
    let mut body = String::from("id,text\n1,\"Satu.\"\n2,\"unclosed quote ");
    // 3 MB of text inside one quoted field that never closes.
    body.push_str(&"kata ".repeat(600_000));
    std::fs::write(&path, body).unwrap();
    let opts = ReadOptions {
        max_bytes: 1024 * 1024,
        ..ReadOptions::default()
    };
    let (ok, bad) = split(&path, &opts);
    assert_eq!(ok.len(), 1, "the row before is kept");
    assert_eq!(bad.len(), 1, "{bad:?}");
    let msg = bad[0].to_string();
    assert!(
        msg.contains("docs.csv:3: row longer than the 1048576-byte limit"),
        "{msg}"
    );
}
