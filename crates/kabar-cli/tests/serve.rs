//! `kabar serve` and `kabar demo` as a user runs them: the announced URL
//! answers, Ctrl-C stops the server cleanly, a missing store is an error.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run kabar: {e}"))
}

/// Read stdout until a line starts with `prefix`; the address after `http://`.
fn announced(child: &mut Child, prefix: &str) -> (String, Vec<String>) {
    let out = child.stdout.take().expect("stdout is piped");
    let mut lines = Vec::new();
    for line in BufReader::new(out).lines() {
        let line = line.expect("stdout is text");
        if let Some(url) = line.strip_prefix(prefix) {
            let addr = url
                .trim()
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_string();
            return (addr, lines);
        }
        lines.push(line);
    }
    let _ = child.kill();
    panic!("kabar never printed {prefix:?}; it printed {lines:?}");
}

/// GET `path` from `addr`; the body.
fn http_get(addr: &str, path: &str) -> String {
    let mut s = TcpStream::connect(addr).expect("the server accepts connections");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("request is sent");
    let mut response = String::new();
    s.read_to_string(&mut response).expect("response reads");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default()
}

fn interrupt(child: &mut Child) {
    let pid = child.id().to_string();
    let sent = Command::new("kill").args(["-INT", &pid]).status();
    assert!(sent.is_ok_and(|s| s.success()));
    let status = child.wait().expect("kabar exits");
    assert!(
        status.success(),
        "Ctrl-C should stop kabar cleanly: {status}"
    );
}

#[test]
fn serve_announces_its_address_answers_and_stops_on_ctrl_c() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("k.db");
    let db = db.to_str().expect("a UTF-8 path");
    let ingest = Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(["ingest", "--db", db, "samples/000_835c4cdb98e1286e.txt"])
        .current_dir(ROOT)
        .output()
        .expect("kabar ingest runs");
    assert!(ingest.status.success());
    let mut child = spawn(&["serve", "--db", db, "--bind", "127.0.0.1:0", "--quiet"]);
    let (addr, before) = announced(&mut child, "kabar: serving ");
    assert!(before.is_empty(), "only the address line: {before:?}");
    assert!(
        addr.starts_with("127.0.0.1:") && !addr.ends_with(":0"),
        "{addr}"
    );
    let health: serde_json::Value =
        serde_json::from_str(&http_get(&addr, "/api/health")).expect("JSON");
    assert_eq!(health["documents"], 1);
    assert!(health["events"].as_u64() > Some(5));
    interrupt(&mut child);
}

#[test]
fn serve_without_a_store_says_how_to_make_one() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("missing.db");
    let out = Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(["serve", "--bind", "127.0.0.1:0", "--db"])
        .arg(&db)
        .output()
        .expect("kabar runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kabar ingest"), "{err}");
    assert!(!db.exists(), "serve must not create a store");
}

#[test]
fn demo_prints_the_seed_events_then_serves_the_sample_store() {
    let mut child = spawn(&["demo", "--bind", "127.0.0.1:0"]);
    let (addr, before) = announced(&mut child, "kabar: dashboard at ");
    assert!(
        before.iter().any(|l| l.contains("IRNGOV")),
        "the seed article's events come first: {before:?}"
    );
    let health: serde_json::Value =
        serde_json::from_str(&http_get(&addr, "/api/health")).expect("JSON");
    assert_eq!(health["documents"], 77);
    assert!(health["events"].as_u64() > Some(300), "{health}");
    let network: serde_json::Value =
        serde_json::from_str(&http_get(&addr, "/api/stats/network?limit=20")).expect("JSON");
    assert_eq!(network["edges"].as_array().map(Vec::len), Some(20));
    assert!(http_get(&addr, "/").contains("<html"));
    interrupt(&mut child);
}
