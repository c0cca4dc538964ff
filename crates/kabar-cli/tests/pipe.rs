//! `kabar extract --input-format jsonl --output-format jsonl -` as a streaming
//! filter (Spark `rdd.pipe`, Hadoop streaming, GNU parallel --pipe): events come
//! out while input is still going in, in input order, and the output is the same
//! as for the whole input at once.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const ARGS: [&str; 7] = [
    "extract",
    "--input-format",
    "jsonl",
    "--output-format",
    "jsonl",
    "--keep-duplicates",
    "-",
];

/// `n` one-line JSON documents, each coding to at least one event.
fn docs(n: usize) -> Vec<String> {
    let sentences = [
        (
            "id",
            "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo pada Rabu.",
        ),
        (
            "id",
            "Pasukan Israel menyerang kamp pengungsi di Gaza kemarin.",
        ),
        (
            "en",
            "Iran's foreign minister met Russian President Vladimir Putin in Moscow on Wednesday.",
        ),
        (
            "en",
            "The Malaysian government condemned the Myanmar military on Monday.",
        ),
    ];
    (0..n)
        .map(|i| {
            let (lang, text) = sentences[i % sentences.len()];
            serde_json::json!({"id": format!("d{i:05}"), "text": text, "lang": lang, "date": "2023-02-02"})
                .to_string()
                + "\n"
        })
        .collect()
}

fn doc_index(event_line: &str) -> usize {
    let v: serde_json::Value = serde_json::from_str(event_line).unwrap_or_default();
    v["doc_id"]
        .as_str()
        .and_then(|s| s.strip_prefix('d'))
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX)
}

fn spawn() -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(ARGS)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run kabar: {e}"))
}

#[test]
fn events_stream_out_before_the_input_ends() {
    let input = docs(3000);
    let mut child = spawn();
    let (close_tx, close_rx) = mpsc::channel::<()>();
    let stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        let Some(mut pipe) = stdin else { return };
        for line in &input {
            if pipe.write_all(line.as_bytes()).is_err() {
                return;
            }
        }
        let _ = pipe.flush();
        // Keep stdin open until the reader has seen output (or gave up).
        let _ = close_rx.recv_timeout(Duration::from_secs(300));
    });
    let (line_tx, line_rx) = mpsc::channel::<String>();
    let stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let Some(out) = stdout else { return };
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if line_tx.send(line).is_err() {
                return;
            }
        }
    });

    // The first events must arrive while stdin is still open.
    let first = line_rx.recv_timeout(Duration::from_secs(120));
    let streamed = first.is_ok();
    let _ = close_tx.send(());
    let mut lines: Vec<String> = first.into_iter().collect();
    lines.extend(line_rx.iter());
    let _ = writer.join();
    let _ = reader.join();
    let status = child.wait().unwrap_or_else(|e| panic!("kabar: {e}"));
    if !streamed {
        panic!("no event within 120 s of writing 3000 documents with stdin still open: extract buffered its whole input");
    }
    assert!(status.success(), "kabar extract failed: {status}");

    // Every document coded, in input order.
    let order: Vec<usize> = lines.iter().map(|l| doc_index(l)).collect();
    assert!(
        order.windows(2).all(|w| w[0] <= w[1]),
        "events out of input order"
    );
    let mut seen = order.clone();
    seen.dedup();
    assert_eq!(seen, (0..3000).collect::<Vec<_>>());

    // The same events as for the whole input at once.
    let mut child = spawn();
    let all: String = docs(3000).concat();
    let stdin = child.stdin.take();
    let feeder = std::thread::spawn(move || {
        if let Some(mut pipe) = stdin {
            let _ = pipe.write_all(all.as_bytes());
        }
    });
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("kabar: {e}"));
    let _ = feeder.join();
    assert!(out.status.success());
    let whole: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(lines, whole);
}

#[test]
fn a_bad_line_is_reported_and_the_stream_goes_on() {
    let mut child = spawn();
    let input = format!("{}not json\n{{\"id\": \"x\"}}\n{}", docs(1)[0], docs(2)[1]);
    let stdin = child.stdin.take();
    let feeder = std::thread::spawn(move || {
        if let Some(mut pipe) = stdin {
            let _ = pipe.write_all(input.as_bytes());
        }
    });
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("kabar: {e}"));
    let _ = feeder.join();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad line makes the exit code 1"
    );
    assert!(stderr.contains("<stdin>:2:"), "{stderr}");
    assert!(stderr.contains("<stdin>:3:"), "{stderr}");
    let ids: Vec<usize> = stdout.lines().map(doc_index).collect();
    assert!(ids.contains(&0) && ids.contains(&1), "{stdout}");
}

#[test]
fn an_empty_stream_is_an_empty_batch_not_an_error() {
    let mut child = spawn();
    // Close stdin at once: an empty Spark partition.
    drop(child.stdin.take());
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("kabar did not finish: {e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
