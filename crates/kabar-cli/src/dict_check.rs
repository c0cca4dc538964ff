//! `kabar dict check`.

use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

/// Arguments of `kabar dict check`.
#[derive(Args)]
pub struct CheckArgs {
    /// Also check this dictionary directory (layout of `data/`).
    #[arg(long, value_name = "DIR")]
    pub dict: Option<PathBuf>,
}

/// Run the check.
pub fn run(args: CheckArgs) -> Result<bool> {
    anyhow::bail!("dict check is not built yet ({:?})", args.dict)
}
