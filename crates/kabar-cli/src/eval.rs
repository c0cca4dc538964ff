//! `kabar eval`: scores against gold data.

use anyhow::Result;
use clap::Subcommand;
use std::path::PathBuf;

/// Evaluation subcommands.
#[derive(Subcommand)]
pub enum EvalCommand {
    /// Precision, recall and F1 on PLOVER gold records (source country + target country + category).
    Plover {
        /// The gold JSON file.
        file: PathBuf,
    },
}

/// Run an evaluation.
pub fn run(cmd: EvalCommand) -> Result<bool> {
    match cmd {
        EvalCommand::Plover { file } => anyhow::bail!("not built yet: {}", file.display()),
    }
}
