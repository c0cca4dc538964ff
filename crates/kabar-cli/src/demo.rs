//! `kabar demo`: the reference article's events, then a sample store served
//! with the dashboard.

use crate::extract::{coder, parse_date};
use crate::output;
use crate::serve::bind_and_run;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::Args;
use kabar_coder::Coder;
use kabar_core::{CodedDocument, Document};
use kabar_store::{EventStore, SqliteStore};
use rayon::prelude::*;
use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::path::Path;

/// The reference article bundled with kabar (see `samples/README.md`).
const SEED: &str = include_str!("../../../samples/000_835c4cdb98e1286e.txt");

/// The demo corpus: redistributable sample news, one JSON document per line,
/// gzipped (built by tools/build_demo_corpus.py; sources in data/NOTICE).
const CORPUS: &[u8] = include_bytes!("../../../samples/demo/corpus.jsonl.gz");

#[derive(Args)]
#[command(after_help = "\
Prints the events of the bundled reference article, then codes a bundled
sample corpus (the reference article, 49 English news pages of November 2019
and the PLOVER gold-standard sentences; see data/NOTICE) into a temporary
store and serves the dashboard on it, printing `kabar: dashboard at URL`.
Ctrl-C stops it and removes the store. --no-serve only prints the events.")]
pub struct DemoArgs {
    /// Publication date to assume for the article (it carries none).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Only print the reference article's events; do not serve the dashboard.
    #[arg(long)]
    pub no_serve: bool,
    /// Address of the dashboard; port 0 picks a free port.
    #[arg(long, value_name = "ADDR", default_value = kabar_serve::DEFAULT_BIND)]
    pub bind: SocketAddr,
}

/// Run `kabar demo`.
pub fn run(args: DemoArgs) -> Result<bool> {
    let coder = coder(None, false)?;
    print_seed(&coder, args.date)?;
    if args.no_serve {
        return Ok(true);
    }
    let dir = tempfile::tempdir().context("cannot create a temporary directory")?;
    let db = dir.path().join("kabar-demo.db");
    let (docs, events) = build_store(&coder, &db)?;
    drop(coder);
    eprintln!(
        "kabar demo: {docs} sample documents coded into {events} events (temporary store {})",
        db.display()
    );
    let mut config = kabar_serve::ServeConfig::new(db);
    config.bind = args.bind;
    bind_and_run(&config, "dashboard at")?;
    Ok(true)
}

fn print_seed(coder: &Coder, date: Option<NaiveDate>) -> Result<()> {
    let doc = Document {
        id: "000_835c4cdb98e1286e".into(),
        text: SEED.to_string(),
        date,
        ..Document::default()
    };
    let x = coder.extract(&doc);
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    writeln!(
        w,
        "kabar demo: the bundled reference article (Purna Warta, Indonesian), {} events\n",
        x.events.len()
    )?;
    output::write_readable(&mut w, &x.events)?;
    writeln!(
        w,
        "\nMachine-readable: kabar extract samples/000_835c4cdb98e1286e.txt   (JSON Lines)"
    )?;
    w.flush()?;
    Ok(())
}

/// The bundled corpus's documents.
fn corpus() -> Result<Vec<Document>> {
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(CORPUS));
    let mut docs = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.context("the bundled demo corpus is damaged")?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Document = serde_json::from_str(&line)
            .with_context(|| format!("the bundled demo corpus is damaged at line {}", n + 1))?;
        docs.push(doc);
    }
    Ok(docs)
}

/// Code the bundled corpus into a new store at `db`: (documents, events).
pub fn build_store(coder: &Coder, db: &Path) -> Result<(u64, u64)> {
    let coded: Vec<CodedDocument> = corpus()?
        .into_par_iter()
        .map(|doc| coder.code_document(doc))
        .collect();
    let mut store = SqliteStore::open(db)
        .with_context(|| format!("cannot create the demo store {}", db.display()))?;
    store.write(&coded).context("cannot write the demo store")?;
    let c = store.counts()?;
    Ok((c.documents, c.events))
}
