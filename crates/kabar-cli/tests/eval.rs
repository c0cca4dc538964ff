//! `kabar eval` on tiny fixture files, as a user runs it.

use std::process::{Command, Output};

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/eval");

fn kabar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run kabar: {e}"))
}

fn fixture(name: &str) -> String {
    format!("{FIX}/{name}")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The figures of the table row that starts with `label`.
fn row<'a>(report: &'a str, section: &str, label: &str) -> Vec<&'a str> {
    let from = report
        .find(section)
        .unwrap_or_else(|| panic!("no section {section:?} in\n{report}"));
    report[from..]
        .lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no row {label:?} after {section:?} in\n{report}"))
        .trim_start()
        .trim_start_matches(label)
        .split_whitespace()
        .collect()
}

#[test]
fn plover_scores_the_fixture_records() {
    let out = kabar(&["eval", "plover", &fixture("plover.json"), "--details", "2"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("records 7, gold triples 8"), "{s}");
    // Statements skipped: six hits (the compound source counts twice), the
    // unsaid protest and the statement-only record are misses.
    assert_eq!(
        row(&s, "skipped (headline)", "source+target+category"),
        ["1.000", "0.750", "0.857", "6", "0", "2"]
    );
    // Statements counted: "Iran told Russia" becomes a wrong prediction.
    assert_eq!(
        row(&s, "counted as wrong", "source+target+category"),
        ["0.857", "0.750", "0.800", "6", "1", "2"]
    );
    // DISAPPROVE and FIGHT in the gold are scored as ACCUSE and ASSAULT.
    assert_eq!(
        row(&s, "per category", "ACCUSE"),
        ["1.000", "1.000", "1.000", "3", "0", "0"]
    );
    assert_eq!(
        row(&s, "per category", "PROTEST"),
        ["0.000", "0.000", "0.000", "0", "0", "1"]
    );
    // The two worst records, with gold and kabar's reading.
    assert!(s.contains("T-PROTEST-MISSED  tp 0 fp 0 fn 1"), "{s}");
    assert!(s.contains("gold:  IRN→RUS CONSULT"), "{s}");
    assert!(s.contains("kabar: IRN→RUS (none)"), "{s}");
}

#[test]
fn plover_json_carries_both_treatments() {
    let out = kabar(&["eval", "plover", &fixture("plover.json"), "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let full = |t: &str| v["statements"][t]["levels"]["source+target+category"].clone();
    assert_eq!(full("skip")["f1"], 0.857);
    assert_eq!(full("count")["precision"], 0.857);
    assert_eq!(full("count")["fp"], 1);
    assert_eq!(v["records"], 7);
}

#[test]
fn parallel_reports_dice_and_one_sided_pairs() {
    let out = kabar(&[
        "eval",
        "parallel",
        &fixture("parallel.id"),
        &fixture("parallel.en"),
        "--details",
        "5",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("sentence pairs 5"), "{s}");
    assert!(
        s.contains("pairs with events in both 3, id only 0, en only 1, neither 1"),
        "{s}"
    );
    // A = 3 id triples, B = 4 en triples, 2 shared: Dice 4/7.
    assert_eq!(
        row(&s, "level", "source+target+root"),
        ["0.571", "0.667", "0.500", "2"]
    );
    // Only the two disagreeing pairs are listed, the meeting/statement one first.
    assert!(s.contains("2 disagreeing pairs"), "{s}");
    let l3 = s.find("line 3").unwrap_or_else(|| panic!("{s}"));
    let l4 = s.find("line 4").unwrap_or_else(|| panic!("{s}"));
    assert!(l3 < l4, "{s}");
    assert!(s.contains("en triples: EGY→ISR 11"), "{s}");
}

#[test]
fn parallel_limit_takes_the_first_pairs() {
    let out = kabar(&[
        "eval",
        "parallel",
        &fixture("parallel.id"),
        &fixture("parallel.en"),
        "--limit",
        "2",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("sentence pairs 2"), "{s}");
    assert_eq!(
        row(&s, "level", "source+target+root"),
        ["1.000", "1.000", "1.000", "2"]
    );
}

#[test]
fn missing_or_misaligned_files_exit_2_with_a_message() {
    let out = kabar(&["eval", "plover", &fixture("no-such.json")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no-such.json not found"));

    let out = kabar(&[
        "eval",
        "parallel",
        &fixture("parallel.id"),
        &fixture("nope.en"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("nope.en not found"));

    let out = kabar(&[
        "eval",
        "parallel",
        &fixture("short.id"),
        &fixture("parallel.en"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let e = text(&out.stderr);
    assert!(
        e.contains("has 1 lines") && e.contains("line-aligned"),
        "{e}"
    );
}

#[test]
fn a_broken_gold_file_names_the_record() {
    let dir = std::env::temp_dir().join(format!("kabar-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"[{"id": "A", "text": "x", "event": "AGREE"}, {"id": "B", "event": "AGREE"}]"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = kabar(&["eval", "plover", &bad.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    let e = text(&out.stderr);
    assert!(
        e.contains("record 2 (id B)") && e.contains("missing \"text\""),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eval_help_defines_the_agreement() {
    let out = kabar(&["eval", "parallel", "--help"]);
    assert!(out.status.success());
    let s = text(&out.stdout);
    assert!(s.contains("2·Σ|A∩B| / Σ(|A|+|B|)"), "{s}");
}
