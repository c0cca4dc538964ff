//! `kabar dict check`.

use anyhow::Result;
use clap::Args;
use kabar_coder::check::{check, Severity};
use kabar_coder::Kb;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `kabar dict check`.
#[derive(Args)]
#[command(after_help = "\
Reports, with file:line:
  error    the same words coded two ways in one file (conflict)
  warning  an entry listed twice in a file, or one that can never match
           (a lowercase name, a verb pattern equal to a discard phrase,
           a role that ends before it starts)
  info     an entry replaced by a later file (curated over converted,
           --dict over built-in), or repeated across files
The exit code is 1 when there are errors.

Examples:
  kabar dict check
  kabar dict check --dict my-dictionaries/ --all")]
pub struct CheckArgs {
    /// Also check this dictionary directory (layout of `data/`), loaded on top of the built-in one.
    #[arg(long, value_name = "DIR")]
    pub dict: Option<PathBuf>,
    /// Show information findings too (overrides, cross-file repeats).
    #[arg(long)]
    pub all: bool,
}

/// Run the check.
pub fn run(args: CheckArgs) -> Result<bool> {
    let mut kb = Kb::embedded()?;
    if let Some(d) = &args.dict {
        kb.load_dir(d)?;
    }
    let findings = check(&kb);
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let out = std::io::stdout();
    let mut w = out.lock();
    for f in findings
        .iter()
        .filter(|f| args.all || f.severity > Severity::Info)
    {
        writeln!(w, "{f}")?;
    }
    writeln!(
        w,
        "{} entries checked: {} errors, {} warnings, {} notes{}",
        kb.aliases.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        if args.all {
            ""
        } else {
            " (--all shows the notes)"
        }
    )?;
    Ok(count(Severity::Error) == 0)
}
