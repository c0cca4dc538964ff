//! `kabar dict import-petrarch`.

use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

/// Arguments of `kabar dict import-petrarch`.
#[derive(Args)]
pub struct ImportArgs {
    /// PETRARCH dictionary files.
    pub files: Vec<PathBuf>,
}

/// Run the import.
pub fn run(args: ImportArgs) -> Result<bool> {
    anyhow::bail!(
        "import-petrarch is not built yet ({} files given)",
        args.files.len()
    )
}
