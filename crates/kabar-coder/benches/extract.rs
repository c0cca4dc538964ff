//! Throughput of `extract` on the 4,000 Indonesian sentences of PANL-BPPT
//! (`../shared/data/parallel/bppt-int-dev.id`), each coded as its own
//! document, against a bare Aho-Corasick scan of the same text with the same
//! dictionary. Run: `cargo bench -p kabar-coder --bench extract`.

use criterion::{criterion_group, Criterion, Throughput};
use kabar_coder::Coder;
use kabar_core::{Document, Lang};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

fn corpus() -> Option<(PathBuf, Vec<String>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = std::env::var_os("KABAR_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data/parallel/bppt-int-dev.id"));
    let text = std::fs::read_to_string(&path).ok()?;
    let lines = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    Some((path, lines))
}

fn docs(lines: &[String]) -> Vec<Document> {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| Document {
            id: i.to_string(),
            text: l.clone(),
            lang: Some(Lang::Id),
            ..Document::default()
        })
        .collect()
}

fn folded(lines: &[String]) -> Vec<String> {
    lines.iter().map(|l| l.to_lowercase()).collect()
}

fn run_extract(coder: &Coder, docs: &[Document]) -> usize {
    docs.iter().map(|d| coder.extract(d).events.len()).sum()
}

fn run_scan(coder: &Coder, folded: &[String]) -> usize {
    folded.iter().map(|l| coder.lexicon().count_raw(l)).sum()
}

fn bench(c: &mut Criterion) {
    let Some((path, lines)) = corpus() else {
        eprintln!(
            "extract bench: corpus not found (../shared/data/parallel/bppt-int-dev.id or \
             KABAR_BENCH_CORPUS); nothing measured"
        );
        return;
    };
    let coder = match Coder::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("extract bench: knowledge base: {e}");
            return;
        }
    };
    let docs = docs(&lines);
    let folded = folded(&lines);
    eprintln!(
        "extract bench: {} sentences from {}",
        lines.len(),
        path.display()
    );
    let mut g = c.benchmark_group("bppt-int-dev.id");
    g.throughput(Throughput::Elements(lines.len() as u64));
    g.sample_size(10);
    g.bench_function("extract", |b| {
        b.iter(|| black_box(run_extract(&coder, &docs)))
    });
    g.bench_function("aho_corasick_scan", |b| {
        b.iter(|| black_box(run_scan(&coder, &folded)))
    });
    g.finish();

    // One summary line with the ratio, measured here in the same process.
    let time = |f: &dyn Fn() -> usize| {
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            black_box(f());
            best = best.min(t.elapsed().as_secs_f64());
        }
        best
    };
    let te = time(&|| run_extract(&coder, &docs));
    let ts = time(&|| run_scan(&coder, &folded));
    let n = lines.len() as f64;
    println!(
        "summary: extract {:.0} sentences/s on one core; bare Aho-Corasick scan {:.0} sentences/s; \
         extract takes {:.1}x the scan's time; {} events",
        n / te,
        n / ts,
        te / ts,
        run_extract(&coder, &docs)
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
