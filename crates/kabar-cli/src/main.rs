//! The `kabar` command: political event data from Indonesian and English news.

mod extract;
mod output;

use anyhow::Result;
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
    /// Code the bundled reference article and print its events readably.
    Demo(extract::DemoArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<bool> = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Demo(args) => extract::demo(args),
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
