//! `kabar dict import-petrarch` on small PETRARCH dictionaries.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kabar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run kabar: {e}"))
}

fn tmp(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("kabar-import-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap_or_else(|e| panic!("{e}"));
    d
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap_or_else(|e| panic!("{e}"));
    p.display().to_string()
}

fn read(p: PathBuf) -> String {
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn converts_each_kind_into_kabars_layout() {
    let d = tmp("ok");
    let actors = write(
        &d,
        "Test.actors.txt",
        "GONDOR_ [GON]\n+MINAS_TIRITH\nSAM_GAMGEE\n\t[HOBGOV 20121109-20130119]\n\t[HOBELI >20130119]\n",
    );
    let agents = write(&d, "Test.agents.txt", "SOLDIER [~MIL]\nPOLICE {} [~COP]\n");
    let verbs = write(
        &d,
        "Test.verbs.txt",
        "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * (FOR TALKS) [046]\n",
    );
    let issues = write(
        &d,
        "Test.IssueCoding.txt",
        "<ISSUE CATEGORY=\"X\" TYPE=\"ALL\">\nn:refugee [REFUGEES]\n</ISSUE>\n",
    );
    let out = d.join("out");
    let o = kabar(&[
        "dict",
        "import-petrarch",
        "--out",
        &out.display().to_string(),
        &actors,
        &agents,
        &verbs,
        &issues,
    ]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout.contains("actors         2 entries"), "{stdout}");
    let a = read(out.join("actors/phoenix.tsv"));
    assert!(a.contains("Gondor\tMinas Tirith\tGON\n"), "{a}");
    assert!(
        a.contains("Sam Gamgee\t\tHOBGOV 2012-11-09..2013-01-19|HOBELI 2013-01-20..\n"),
        "{a}"
    );
    assert!(read(out.join("agents.tsv")).contains("MIL\tsoldier|soldiers\n"));
    let v = read(out.join("verbs/en-petrarch.tsv"));
    assert!(
        v.contains("040\tmet\t\n") && v.contains("046\tmet * for * talks\t\n"),
        "{v}"
    );
    assert!(read(out.join("issues.tsv")).contains("REFUGEES\trefugee|refugees\n"));
}

#[test]
fn bad_lines_are_reported_with_file_and_line_and_exit_1() {
    let d = tmp("bad");
    let actors = write(
        &d,
        "Bad.actors.txt",
        "GONDOR_ [GON]\nROHAN_ [ROH 9008223-911221]\n",
    );
    let out = d.join("out");
    let o = kabar(&[
        "dict",
        "import-petrarch",
        "--out",
        &out.display().to_string(),
        &actors,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Bad.actors.txt:2: date"), "{err}");
    assert!(read(out.join("actors/phoenix.tsv")).contains("Gondor\t\tGON\n"));
}

#[test]
fn kind_can_be_forced_and_help_has_an_example() {
    let o = kabar(&["dict", "import-petrarch", "--help"]);
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success() && s.contains("Example"), "{s}");
    let d = tmp("kind");
    let f = write(&d, "words.txt", "MONTHS LATER\n+TYPHOON\n");
    let out = d.join("out");
    let o = kabar(&[
        "dict",
        "import-petrarch",
        "--kind",
        "discards",
        "--out",
        &out.display().to_string(),
        &f,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let t = read(out.join("discards.tsv"));
    assert!(
        t.contains("sentence\tmonths later\n") && t.contains("sentence\ttyphoon\n"),
        "{t}"
    );
}
