//! The `kabar` command as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn kabar(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kabar"));
    cmd.args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run kabar: {e}"));
    // Feed stdin from another thread: kabar writes while it reads, and a full
    // stdout pipe must not wait on a full stdin pipe.
    let feeder = child.stdin.take().map(|mut pipe| {
        let input = stdin.unwrap_or("").to_string();
        std::thread::spawn(move || {
            let _ = pipe.write_all(input.as_bytes());
        })
    });
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("kabar: {e}"));
    if let Some(f) = feeder {
        let _ = f.join();
    }
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn every_subcommand_has_help() {
    for sub in [&["--help"][..], &["extract", "--help"], &["demo", "--help"]] {
        let out = kabar(sub, None);
        assert!(out.status.success(), "{sub:?}");
        assert!(text(&out.stdout).contains("Usage"), "{sub:?}");
    }
}

#[test]
fn demo_prints_the_reference_meetings() {
    let out = kabar(&["demo", "--no-serve"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("2023-02-01  Moscow  IRNGOV"), "{s}");
    assert!(s.contains("Mikhail Bogdanov"), "{s}");
}

#[test]
fn extract_writes_one_json_event_per_line() {
    let out = kabar(
        &[
            "extract",
            "--date",
            "2023-02-02",
            "samples/000_835c4cdb98e1286e.txt",
        ],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    let lines: Vec<&str> = s.lines().collect();
    assert!(lines.len() >= 5);
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
        assert_eq!(v["doc_id"], "000_835c4cdb98e1286e");
        assert!(v["cameo"].as_str().is_some_and(|c| c.len() >= 3));
        assert!(v["evidence"]["sentence"].as_str().is_some());
    }
}

#[test]
fn tsv_has_a_header_and_equal_columns() {
    let out = kabar(
        &[
            "extract",
            "--output-format",
            "tsv",
            "samples/000_835c4cdb98e1286e.txt",
        ],
        None,
    );
    assert!(out.status.success());
    let s = text(&out.stdout);
    let mut lines = s.lines();
    let header = lines.next().unwrap_or("");
    assert!(header.starts_with("event_id\tdoc_id\tdate"));
    let n = header.split('\t').count();
    for l in lines {
        assert_eq!(l.split('\t').count(), n, "{l}");
    }
}

#[test]
fn jsonl_input_keeps_ids_and_reports_bad_lines_without_stopping() {
    let input = concat!(
        r#"{"id": "a1", "text": "Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Jakarta.", "date": "2024-05-15"}"#,
        "\n",
        "this is not json\n",
        r#"{"text": "no id here"}"#,
        "\n",
        r#"{"id": 7, "text": "Israeli troops attacked a refugee camp in Gaza on Sunday.", "lang": "en"}"#,
        "\n"
    );
    let out = kabar(&["extract", "--input-format", "jsonl", "-"], Some(input));
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad line makes the exit code 1"
    );
    let err = text(&out.stderr);
    assert!(err.contains("<stdin>:2: not a JSON object"), "{err}");
    assert!(
        !err.contains("<stdin>:3"),
        "a line without an id is not lost: {err}"
    );
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["doc_id"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(ids.iter().any(|i| i == "a1"), "{ids:?}");
    assert!(ids.iter().any(|i| i == "7"), "{ids:?}");
}

#[test]
fn a_legacy_encoded_text_file_is_decoded() {
    let dir = std::env::temp_dir().join(format!("kabar-cli-latin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let page = dir.join("latin.txt");
    // "Café" and "Menteri" in windows-1252: é is the single byte 0xE9.
    std::fs::write(
        &page,
        b"Pertemuan di Caf\xe9 Batavia\n\nPresiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Caf\xe9 Batavia, Jakarta.",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = kabar(&["extract", page.to_str().unwrap_or("")], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("Caf\u{e9} Batavia"), "{s}");
    assert!(s.contains("\"doc_id\":\"latin\""), "{s}");
}

#[test]
fn a_missing_file_is_reported_and_the_rest_goes_on() {
    let out = kabar(
        &[
            "extract",
            "no/such/file.txt",
            "samples/000_835c4cdb98e1286e.txt",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no/such/file.txt: cannot open"));
    assert!(!text(&out.stdout).is_empty());
}

#[test]
fn a_bad_date_is_a_usage_error() {
    let out = kabar(
        &[
            "extract",
            "--date",
            "2023-13-01",
            "samples/000_835c4cdb98e1286e.txt",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is not a date"));
}

#[test]
fn explain_shows_tokens_mentions_phrases_and_decisions() {
    let out = kabar(
        &[
            "explain",
            "Survei menunjukkan warga berpendapat Israel harus berunding dengan Hamas.",
            "--lang",
            "id",
        ],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("tokens   Survei | menunjukkan"), "{s}");
    assert!(s.contains("mention  \"Israel\": country ISR"), "{s}");
    assert!(s.contains("trigger  \"berunding\""), "{s}");
    assert!(s.contains("phrase   \"Hamas\""), "{s}");
    assert!(
        s.contains("hypothetical"),
        "why the event is not reported: {s}"
    );
    assert!(s.contains("0 event(s) reported"), "{s}");
}

#[test]
fn dict_check_passes_on_the_built_in_dictionaries() {
    let out = kabar(&["dict", "check"], None);
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("0 errors"),
        "{}",
        text(&out.stdout)
    );
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("kabar-cli-{}-files", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap_or_else(|e| panic!("{e}"));
    p.to_string_lossy().into_owned()
}

const PAGE: &str = r#"<html lang="id"><head><title>Menlu RI bertemu Menlu Jepang</title>
<meta property="article:published_time" content="2024-05-15T08:00:00+07:00"></head>
<body><nav>Beranda | Politik | Ekonomi</nav><article><h1>Menlu RI bertemu Menlu Jepang</h1>
<p>Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang di Tokyo, Jumat (10/5), untuk membahas kerja sama ekonomi kedua negara.</p>
<p>Kedua menteri juga membahas situasi di Laut China Selatan dan Myanmar.</p></article>
<footer>Bagikan artikel ini</footer></body></html>"#;

#[test]
fn clean_prints_the_article_text_extract_codes_and_marks_duplicates() {
    let a = temp_file("a.html", PAGE.as_bytes());
    let b = temp_file("b.html", PAGE.as_bytes());
    let out = kabar(&["clean", &a, &b], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(rows.len(), 2);
    assert!(rows[0]["text"]
        .as_str()
        .is_some_and(|t| t.contains("Retno Marsudi bertemu")));
    assert!(
        !rows[0]["text"].as_str().unwrap_or("").contains("Beranda"),
        "navigation is not content"
    );
    assert_eq!(rows[0]["date"], "2024-05-15");
    assert_eq!(rows[0]["lang"], "id");
    assert!(rows[0]["duplicate_of"].is_null());
    assert_eq!(
        rows[1]["duplicate_of"], rows[0]["id"],
        "the second copy points at the first"
    );
}

#[test]
fn extract_reads_html_and_reports_bad_inputs_without_stopping() {
    let page = temp_file("page.html", PAGE.as_bytes());
    let junk = temp_file("junk.jsonl", b"{\"id\": 1, \"text\": \"ok\"}\nnot json\n");
    let out = kabar(&["extract", "--input-format", "auto", &junk, &page], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad line makes the exit code 1"
    );
    assert!(
        text(&out.stderr).contains("junk.jsonl:2"),
        "{}",
        text(&out.stderr)
    );
    let s = text(&out.stdout);
    assert!(s.contains("\"IDNGOV\""), "the page is still coded: {s}");
}

#[test]
fn every_bad_input_of_a_crawl_costs_one_error_and_the_run_goes_on() {
    use std::io::Write as _;
    let dir = std::env::temp_dir().join(format!("kabar-cli-crawl-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let put = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("{e}"))
    };
    put("a-good.html", PAGE.as_bytes());
    put(
        "b-lines.jsonl",
        b"{\"id\": \"ok\", \"text\": \"Satu.\"}\nnot json\n",
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(PAGE.repeat(50).as_bytes())
        .unwrap_or_else(|e| panic!("{e}"));
    let gz = gz.finish().unwrap_or_else(|e| panic!("{e}"));
    put("c-cut.html.gz", &gz[..gz.len() / 2]);
    let block = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{PAGE}");
    let record = |len: usize, uri: &str| {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len}\r\n\r\n{block}\r\n\r\n"
        )
    };
    // The first record's length is 40 bytes short; the second is right.
    let warc = record(block.len() - 40, "https://x.example/1")
        + &record(block.len(), "https://x.example/2");
    put("d-wrong.warc", warc.as_bytes());
    put("e-junk.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00binary");
    put("f-empty.txt", b"");
    let mut huge = String::from("<html><body><p>");
    huge.push_str(&"kata ".repeat(2_200_000));
    put("g-huge.html", huge.as_bytes());
    let log = std::env::temp_dir().join(format!("kabar-crawl-errors-{}.jsonl", std::process::id()));
    let out = kabar(
        &[
            "extract",
            "--keep-duplicates",
            "--error-log",
            log.to_str().unwrap_or(""),
            dir.to_str().unwrap_or(""),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "some input failed");
    let err = text(&out.stderr);
    for (file, reason) in [
        ("b-lines.jsonl:2", "not a JSON object"),
        ("c-cut.html.gz", "truncated or corrupt"),
        ("d-wrong.warc#record 1", "wrong length"),
        ("e-junk.txt", "binary data"),
        ("f-empty.txt", "empty file"),
        ("g-huge.html", "larger than the 10485760-byte limit"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(file) && l.contains(reason)),
            "no error line for {file} ({reason}): {err}"
        );
    }
    assert_eq!(err.lines().count(), 6, "one line per bad input: {err}");
    let logged = std::fs::read_to_string(&log).unwrap_or_default();
    assert_eq!(logged.lines().count(), 6, "{logged}");
    let events = text(&out.stdout);
    assert!(
        events.contains("\"doc_id\":\"a-good\""),
        "the good page is coded"
    );
    assert!(
        events.contains("\"doc_id\":\"https://x.example/2\""),
        "the WARC record after the bad one is coded"
    );
}

#[test]
fn output_order_is_the_input_order_on_any_number_of_threads() {
    let sentences = [
        "Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Jakarta.",
        "Israeli troops attacked a refugee camp in Gaza on Sunday.",
        "Cuaca di Jakarta cerah pada hari Selasa.",
    ];
    let input: String = (0..1300)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"id": format!("d{i}"), "text": sentences[i % 3], "date": "2024-05-15"})
            )
        })
        .collect();
    let one = kabar(
        &[
            "extract",
            "--input-format",
            "jsonl",
            "--keep-duplicates",
            "--threads",
            "1",
            "-",
        ],
        Some(&input),
    );
    let two = kabar(
        &[
            "extract",
            "--input-format",
            "jsonl",
            "--keep-duplicates",
            "--threads",
            "2",
            "-",
        ],
        Some(&input),
    );
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
    let ids: Vec<String> = text(&one.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["doc_id"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(ids.len() >= 1300 / 3 * 2, "{} events", ids.len());
    let pos = |id: &str| ids.iter().position(|x| x == id);
    assert!(pos("d0") < pos("d1") && pos("d1") < pos("d1299"));
}

#[test]
fn near_duplicates_are_coded_once_unless_asked() {
    let body = "Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada hari Rabu untuk membahas kerja sama perdagangan, perbatasan dan keamanan maritim di Selat Malaka. Kedua pemimpin juga membahas perlindungan pekerja migran Indonesia di Malaysia serta rencana pembangunan ibu kota baru di Kalimantan Timur.";
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "first", "text": body, "date": "2024-05-15"}),
        serde_json::json!({"id": "copy", "text": format!("JAKARTA, Antara - {body}"), "date": "2024-05-15"})
    );
    let ids = |out: &std::process::Output| -> Vec<String> {
        text(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| v["doc_id"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let once = kabar(&["extract", "--input-format", "jsonl", "-"], Some(&input));
    assert!(once.status.success());
    let once = ids(&once);
    assert!(once.contains(&"first".to_string()), "{once:?}");
    assert!(!once.contains(&"copy".to_string()), "{once:?}");
    let both = kabar(
        &[
            "extract",
            "--input-format",
            "jsonl",
            "--keep-duplicates",
            "-",
        ],
        Some(&input),
    );
    assert!(ids(&both).contains(&"copy".to_string()));
}

#[test]
fn the_error_log_lists_every_bad_input_as_json() {
    let log = std::env::temp_dir().join(format!("kabar-errors-{}.jsonl", std::process::id()));
    let input = "{\"id\": \"a\", \"text\": \"x\"}\nnot json\n{\"id\": \"b\"}\n";
    let out = kabar(
        &[
            "extract",
            "--input-format",
            "jsonl",
            "--error-log",
            log.to_str().unwrap_or(""),
            "-",
        ],
        Some(input),
    );
    assert_eq!(out.status.code(), Some(1));
    let logged = std::fs::read_to_string(&log).unwrap_or_else(|e| panic!("{e}"));
    let rows: Vec<serde_json::Value> = logged
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(rows.len(), 2, "{logged}");
    assert_eq!(rows[0]["input"], "<stdin>:2");
    assert!(rows[0]["error"]
        .as_str()
        .is_some_and(|e| e.contains("not a JSON object")));
    assert_eq!(rows[1]["input"], "<stdin>:3");
}
