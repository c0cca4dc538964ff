//! The `kabar` command: political event data from Indonesian and English news.

mod clean;
mod demo;
mod dict;
mod dict_check;
mod dict_import;
mod eval;
mod explain;
mod export;
mod extract;
mod ingest;
mod output;
mod pipeline;
mod query;
mod serve;

use anyhow::Result;

/// mimalloc instead of the system allocator: coding an article makes many
/// small short-lived allocations (tokens, mentions, DOM nodes), and glibc's
/// malloc and free were about a tenth of `kabar extract`'s time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// kabar turns news into political event data: who did what to whom, when,
/// where and about what — with the sentence that proves it. It reads
/// Indonesian and English natively and writes CAMEO/PLOVER-coded records.
#[derive(Parser)]
#[command(name = "kabar", version, propagate_version = true)]
#[command(after_help = "Start with `kabar demo`, then `kabar extract --help`.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code news articles into events (JSON Lines by default).
    Extract(extract::ExtractArgs),
    /// Read news in any format and print the cleaned articles `extract` codes.
    Clean(clean::CleanArgs),
    /// Code the bundled reference article, print its events, then serve a sample store's dashboard.
    Demo(demo::DemoArgs),
    /// Code news into the event store (./kabar.db): merged events, mentions, rollups.
    Ingest(ingest::IngestArgs),
    /// Find events in the store by actor, code, date, place, language or words.
    Query(query::QueryArgs),
    /// Counts from the store: events per day, root, dyad and place.
    Stats(query::StatsArgs),
    /// Serve the store over HTTP: the JSON API and the dashboard.
    Serve(serve::ServeArgs),
    /// Write the store as GDELT events/mentions tables, Parquet, JSON Lines or CSV.
    Export(export::ExportArgs),
    /// Show how a sentence is coded: tokens, mentions, phrases, patterns, decisions.
    Explain(explain::ExplainArgs),
    /// Work with dictionaries: import PETRARCH's, check kabar's.
    #[command(subcommand)]
    Dict(dict::DictCommand),
    /// Score kabar against gold data (PLOVER records, parallel sentences).
    #[command(subcommand)]
    Eval(eval::EvalCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<bool> = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Demo(args) => demo::run(args),
        Command::Clean(args) => clean::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Query(args) => query::run(args),
        Command::Stats(args) => query::stats(args),
        Command::Serve(args) => serve::run(args),
        Command::Export(args) => export::run(args),
        Command::Dict(cmd) => dict::run(cmd),
        Command::Eval(cmd) => eval::run(cmd),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("kabar: {e:#}");
            ExitCode::from(2)
        }
    }
}
