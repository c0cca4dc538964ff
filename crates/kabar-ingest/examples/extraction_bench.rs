//! Main-content extraction quality: word-4-gram F1 against a ground truth.
//!
//! `cargo run --release -p kabar-ingest --example extraction_bench -- DIR [N]`
//! where DIR holds `html/<key>.html.gz` and `ground-truth.json`
//! (`{key: {"articleBody": …}}`), as in the shared extraction benchmark.

use kabar_ingest::{read, Format, ReadOptions};
use std::collections::HashMap;
use std::path::PathBuf;

fn grams(text: &str) -> HashMap<Vec<String>, usize> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out = HashMap::new();
    for w in words.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

fn f1(got: &str, want: &str) -> f64 {
    let (g, w) = (grams(got), grams(want));
    let common: usize = g
        .iter()
        .map(|(k, n)| (*n).min(w.get(k).copied().unwrap_or(0)))
        .sum();
    let (ng, nw): (usize, usize) = (g.values().sum(), w.values().sum());
    if ng == 0 || nw == 0 || common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / ng as f64, common as f64 / nw as f64);
    2.0 * p * r / (p + r)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: extraction_bench DIR [N]")?);
    let n: usize = args.next().map_or(Ok(20), |s| s.parse())?;
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json"))?)?;
    let obj = truth.as_object().ok_or("ground truth is not an object")?;
    let mut keys: Vec<&String> = obj.keys().collect();
    keys.sort();
    let opts = ReadOptions {
        format: Format::Html,
        ..ReadOptions::default()
    };
    let mut scores = Vec::new();
    for key in keys.into_iter().take(n) {
        let want = obj[key]["articleBody"].as_str().unwrap_or("");
        let path = dir.join("html").join(format!("{key}.html.gz"));
        let mut got = String::new();
        read(&path, &opts, &mut |r| match r {
            Ok(a) => got = a.text,
            Err(e) => eprintln!("{e}"),
        });
        let s = f1(&got, want);
        println!("{s:.3}  {key}");
        scores.push(s);
    }
    let mean = scores.iter().sum::<f64>() / scores.len().max(1) as f64;
    println!("mean word-4-gram F1 over {} pages: {mean:.3}", scores.len());
    Ok(())
}
