//! `kabar ingest`, `query`, `stats` and `export` as a user runs them,
//! including a run killed with SIGKILL in the middle of a large ingest.

use kabar_store::{DateRange, EventStore, SqliteStore};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../samples/000_835c4cdb98e1286e.txt"
);

fn kabar(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn store_subcommands_have_help_with_examples() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["ingest", "query", "stats", "export"] {
        let out = kabar(&[sub, "--help"], dir.path());
        assert!(out.status.success(), "{sub}");
        let s = text(&out.stdout);
        assert!(
            s.contains("Examples:") && s.contains(&format!("kabar {sub}")),
            "{s}"
        );
    }
}

#[test]
fn ingest_query_stats_export_on_the_seed_article() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = kabar(&["ingest", "--date", "2023-02-02", SEED], d);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        d.join("kabar.db").exists(),
        "the default store is ./kabar.db"
    );
    let first = SqliteStore::open(&d.join("kabar.db"))
        .unwrap()
        .counts()
        .unwrap();
    assert!(first.events >= 2, "{first:?}");
    // Ingesting the same article again changes nothing.
    let out = kabar(&["ingest", "--date", "2023-02-02", SEED], d);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("1 unchanged"),
        "{}",
        text(&out.stderr)
    );
    let again = SqliteStore::open(&d.join("kabar.db"))
        .unwrap()
        .counts()
        .unwrap();
    assert_eq!(first, again);

    let out = kabar(
        &[
            "query",
            "--actor",
            "IRN",
            "--target",
            "RUS",
            "--root",
            "04",
            "--since",
            "2023-02-01",
            "--until",
            "2023-02-01",
            "--format",
            "csv",
        ],
        d,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    assert!(csv.lines().count() >= 2, "{csv}");
    assert!(
        csv.lines().skip(1).all(|l| l.contains(",2023-02-01,IRN")),
        "{csv}"
    );
    let out = kabar(
        &[
            "query", "--text", "Yaman", "--format", "jsonl", "--limit", "1",
        ],
        d,
    );
    let jsonl = text(&out.stdout);
    assert_eq!(jsonl.lines().count(), 1, "{jsonl}");
    assert!(jsonl.contains("Yaman"));
    assert!(
        text(&out.stderr).contains("--cursor"),
        "a second page exists"
    );

    let out = kabar(&["stats"], d);
    assert!(out.status.success());
    assert!(
        text(&out.stdout).contains("Moscow"),
        "{}",
        text(&out.stdout)
    );

    let out = kabar(&["export", "--format", "gdelt-events"], d);
    assert!(out.status.success());
    let tsv = text(&out.stdout);
    assert_eq!(tsv.lines().count() as u64, first.events);
    assert!(tsv.lines().all(|l| l.split('\t').count() == 61));
    let out = kabar(&["export", "--format", "gdelt-mentions"], d);
    assert!(text(&out.stdout)
        .lines()
        .all(|l| l.split('\t').count() == 16));
    let out = kabar(
        &[
            "export",
            "--format",
            "parquet",
            "--partition-by",
            "date",
            "--out",
            "ds",
        ],
        d,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(d.join("ds/date=2023-02-01/part-0.parquet").exists());
    let out = kabar(&["export", "--format", "parquet"], d);
    assert!(!out.status.success(), "Parquet needs --out");
    let out = kabar(&["query", "--db", "missing.db"], d);
    assert!(!out.status.success());
    assert!(
        !d.join("missing.db").exists(),
        "a query never creates a store"
    );
}

/// Distinct Indonesian and English news items, deterministic.
fn corpus(n: usize) -> String {
    let countries = [
        ("Iran", "Rusia", "Moskow"),
        ("Indonesia", "Malaysia", "Jakarta"),
        ("Amerika Serikat", "China", "Beijing"),
        ("Jepang", "Korea Selatan", "Tokyo"),
        ("Turki", "Suriah", "Ankara"),
        ("Mesir", "Israel", "Kairo"),
        ("India", "Pakistan", "New Delhi"),
        ("Prancis", "Jerman", "Paris"),
    ];
    let verbs = [
        "bertemu dengan",
        "mengecam",
        "menandatangani perjanjian kerja sama dengan",
        "mengancam akan menyerang",
        "memuji",
        "menolak tuntutan",
    ];
    let mut out = String::new();
    let mut x: u64 = 0x9e3779b97f4a7c15;
    let mut next = |m: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % m as u64) as usize
    };
    for i in 0..n {
        let mut body = String::new();
        for k in 0..4 {
            let (a, b, city) = countries[next(countries.len())];
            let v = verbs[next(verbs.len())];
            let day = 1 + next(28);
            body.push_str(&format!(
                "Presiden {a} {v} Menteri Luar Negeri {b} di {city} pada {day} Maret 2023, \
                 kata juru bicara nomor {i} bagian {k} kepada wartawan. "
            ));
        }
        let line = serde_json::json!({
            "id": format!("doc{i}"),
            "url": format!("https://site{}.example.com/news/{i}", i % 7),
            "date": "2023-03-30",
            "lang": "id",
            "text": body,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn snapshot(
    db: &Path,
) -> (
    kabar_store::Counts,
    Vec<kabar_store::TimelineRow>,
    Vec<kabar_store::DyadRow>,
) {
    let s = SqliteStore::open(db).unwrap();
    s.integrity_check().unwrap();
    (
        s.counts().unwrap(),
        s.timeline(DateRange::default()).unwrap(),
        s.dyads(DateRange::default(), 1000).unwrap(),
    )
}

#[test]
fn a_killed_ingest_leaves_a_sound_store_that_resumes_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("news.jsonl"), corpus(4000)).unwrap();
    let args = |db: &str| -> Vec<String> {
        [
            "ingest",
            "--db",
            db,
            "--input-format",
            "jsonl",
            "news.jsonl",
            // Small transactions, so that some are committed before the kill.
            "--batch",
            "512",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };

    // Kill -9 once some batches are committed and the run is not over.
    let mut child = Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(args("killed.db"))
        .current_dir(d)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut killed_midway = false;
    loop {
        std::thread::sleep(Duration::from_millis(20));
        if child.try_wait().unwrap().is_some() {
            break;
        }
        let docs = SqliteStore::open(&d.join("killed.db"))
            .ok()
            .and_then(|s| s.counts().ok())
            .map_or(0, |c| c.documents);
        if docs >= 1024 {
            child.kill().unwrap(); // SIGKILL on Unix
            child.wait().unwrap();
            killed_midway = true;
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "ingest too slow"
        );
    }
    assert!(
        killed_midway,
        "the ingest finished before it could be killed: make the input bigger"
    );
    let partial = snapshot(&d.join("killed.db"));
    assert!(partial.0.documents < 4000, "{:?}", partial.0);

    // Resume, and compare with a run that was never interrupted.
    let out = Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(args("killed.db"))
        .current_dir(d)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = Command::new(env!("CARGO_BIN_EXE_kabar"))
        .args(args("whole.db"))
        .current_dir(d)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let resumed = snapshot(&d.join("killed.db"));
    let whole = snapshot(&d.join("whole.db"));
    assert_eq!(resumed.0, whole.0);
    assert!(whole.0.events > 1000, "{:?}", whole.0);
    assert_eq!(resumed.1, whole.1);
    assert_eq!(resumed.2, whole.2);
}
