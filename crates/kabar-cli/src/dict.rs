//! `kabar dict`: dictionary tools.

use anyhow::Result;
use clap::Subcommand;

/// Dictionary subcommands.
#[derive(Subcommand)]
pub enum DictCommand {
    /// Convert PETRARCH/TABARI dictionaries (actors, agents, verbs, issues, discards) into kabar's format.
    ImportPetrarch(crate::dict_import::ImportArgs),
    /// Report duplicate, conflicting or unreachable entries and unknown actor codes in the knowledge base.
    Check(crate::dict_check::CheckArgs),
}

/// Run a dictionary subcommand.
pub fn run(cmd: DictCommand) -> Result<bool> {
    match cmd {
        DictCommand::ImportPetrarch(args) => crate::dict_import::run(args),
        DictCommand::Check(args) => crate::dict_check::run(args),
    }
}
