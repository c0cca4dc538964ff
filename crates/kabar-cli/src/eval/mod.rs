//! `kabar eval`: scores against gold data.

pub mod metric;
pub mod parallel;
pub mod plover;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::Subcommand;
use kabar_coder::{Coder, Kb};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Evaluation subcommands.
#[derive(Subcommand)]
pub enum EvalCommand {
    /// Precision, recall and F1 on PLOVER gold records (source country + target country + category).
    #[command(after_help = "\
Each record's `text` is coded with kabar (language from `language`, default en;
date from `date`). Every record gives a set of gold triples (source country,
target country, PLOVER category): a compound actor gives one triple per
combination, an empty target is `-`. Gold categories from older PLOVER drafts
take their PLOVER 2021 names, the table kabar codes with (DEMAND→REQUEST,
DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT). A country is the first three letters of
the gold code (IGO, NGO… compare on those three letters too); kabar's actor
gives its `country`, else the first three letters of its code. kabar's events
(negated ones left out) give the predicted triples. Precision, recall and F1
are micro-averaged over all records, overall and per category, at three
levels: source+target+category (the score), source+category and category only
(to tell actor errors from event errors).

Events with no PLOVER category (CAMEO 01x statements) are reported both ways:
skipped (the headline: PLOVER has no category for them and the gold never
codes them) and counted as wrong predictions.

Example:
  kabar eval plover ../shared/data/plover/PLOVER_GSR_CAMEO.dev.json --details 20")]
    Plover {
        /// The gold JSON file (an array of PLOVER records).
        file: PathBuf,
        /// Print the N records with the most errors: gold, kabar's triples and events.
        #[arg(long, value_name = "N", default_value_t = 0)]
        details: usize,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
        /// Dictionary directory (layout of `data/`) added to the built-in knowledge base.
        #[arg(long, value_name = "DIR")]
        dict: Option<PathBuf>,
    },
    /// Cross-lingual agreement on line-aligned Indonesian/English files.
    #[command(after_help = "\
Each line is coded as its own document, the Indonesian file with --lang id,
the English one with --lang en. For sentence pair i, A = the set of
(source country, target country, CAMEO root) triples of kabar's events in the
Indonesian line, B = the same for the English line (negated events left out;
a missing actor is `-`; a country is the actor's `country`, else the first three
letters of its code).

  agreement (Dice)  = 2·Σ|A∩B| / Σ(|A|+|B|)
  id in en          = Σ|A∩B| / Σ|A|   (share of Indonesian events found in English)
  en in id          = Σ|A∩B| / Σ|B|

It also counts the pairs with events in one language only, and reports the
same figures at two looser levels (source+root, root only).

Example:
  kabar eval parallel ../shared/data/parallel/bppt-int-dev.id \\
                      ../shared/data/parallel/bppt-int-dev.en --details 20")]
    Parallel {
        /// The Indonesian file, one sentence a line.
        id_file: PathBuf,
        /// The English file, line-aligned with the Indonesian one.
        en_file: PathBuf,
        /// Only the first N sentence pairs.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Print the N pairs that disagree most, with their events.
        #[arg(long, value_name = "N", default_value_t = 0)]
        details: usize,
        /// Publication date (YYYY-MM-DD) for both sides: dates persons' roles.
        #[arg(long, value_parser = crate::extract::parse_date)]
        date: Option<NaiveDate>,
        /// Dictionary directory (layout of `data/`) added to the built-in knowledge base.
        #[arg(long, value_name = "DIR")]
        dict: Option<PathBuf>,
    },
}

/// Run an evaluation; a missing input file is an error (exit code 2).
pub fn run(cmd: EvalCommand) -> Result<bool> {
    let report = match cmd {
        EvalCommand::Plover {
            file,
            details,
            json,
            dict,
        } => {
            must_exist(&file, "PLOVER gold file")?;
            plover::run(&coder(dict.as_deref())?, &file, details, json)?
        }
        EvalCommand::Parallel {
            id_file,
            en_file,
            limit,
            details,
            date,
            dict,
        } => {
            must_exist(&id_file, "Indonesian file")?;
            must_exist(&en_file, "English file")?;
            parallel::run(
                &coder(dict.as_deref())?,
                &id_file,
                &en_file,
                limit,
                details,
                date,
            )?
        }
    };
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    w.write_all(report.as_bytes())?;
    w.flush()?;
    Ok(true)
}

fn must_exist(path: &Path, what: &str) -> Result<()> {
    if !path.is_file() {
        bail!("{what} {} not found", path.display());
    }
    Ok(())
}

fn coder(dict: Option<&Path>) -> Result<Coder> {
    let mut kb = Kb::embedded().context("the built-in knowledge base is broken")?;
    if let Some(dir) = dict {
        kb.load_dir(dir).context("cannot load --dict")?;
    }
    Ok(Coder::new(kb))
}
