//! `kabar explain`: how a sentence is coded.

use crate::extract::LangArg;
use anyhow::Result;
use clap::Args;
use kabar_coder::{Coder, Kb};
use kabar_core::Document;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `kabar explain`.
#[derive(Args)]
#[command(after_help = "\
Example:
  kabar explain \"Pasukan Israel menyerang kamp pengungsi di Gaza.\" --lang id

For each sentence: the dictionary entries that matched (actors, agents,
places, verb patterns, modality cues, discards), the noun phrases with the
actor code composed for each and the preposition governing it, every
candidate event with how its source and target were found, and why events
were dropped.")]
pub struct ExplainArgs {
    /// The text to explain (a sentence or a whole article); `-` reads standard input.
    pub text: String,
    /// Language of the text.
    #[arg(long, value_enum, default_value = "auto")]
    pub lang: LangArg,
    /// Publication date (YYYY-MM-DD).
    #[arg(long, value_parser = crate::extract::parse_date)]
    pub date: Option<chrono::NaiveDate>,
    /// Dictionary directory added to the built-in knowledge base.
    #[arg(long, value_name = "DIR")]
    pub dict: Option<PathBuf>,
}

/// Run `kabar explain`.
pub fn run(args: ExplainArgs) -> Result<bool> {
    let text = if args.text == "-" {
        std::io::read_to_string(std::io::stdin())?
    } else {
        args.text.clone()
    };
    let mut kb = Kb::embedded()?;
    if let Some(d) = &args.dict {
        kb.load_dir(d)?;
    }
    let coder = Coder::new(kb);
    let lang = args.lang.lang();
    let doc = Document {
        id: "explain".into(),
        text,
        lang,
        date: args.date,
        ..Document::default()
    };
    let (x, trace) = coder.explain(&doc);
    let out = std::io::stdout();
    let mut w = out.lock();
    writeln!(w, "language: {}", x.lang)?;
    write!(w, "{trace}")?;
    writeln!(w, "\n{} event(s) reported:", x.events.len())?;
    crate::output::write_readable(&mut w, &x.events)?;
    Ok(true)
}
