//! `kabar dict import-petrarch`: PETRARCH/TABARI dictionaries → kabar TSV.

use anyhow::{Context, Result};
use clap::Args;
use kabar_coder::petrarch::{lowercase_words, Import, Kind};
use kabar_coder::Kb;
use std::path::PathBuf;

/// Arguments of `kabar dict import-petrarch`.
#[derive(Args)]
#[command(after_help = "\
Each file's kind is guessed from its name (actors, agents, verbs/CAMEO, Issue, discards)
or its content; --kind overrides it for all files. Converted files are written with
kabar's layout: actors/phoenix.tsv, agents.tsv, verbs/en-petrarch.tsv, issues.tsv,
discards.tsv (see data/README.md); load them with `kabar extract --dict DIR`.

Every line that cannot be converted is reported as FILE:LINE: reason; the exit code is 1
when some lines could not be read (skipped codes and approximations are only reported).

Example (how data/ was built):
  kabar dict import-petrarch --out /tmp/petr --known data --refinements-only \\
      --common-words ../shared/data/parallel/bppt-int-dev.en \\
      ../shared/data/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt \\
      ../shared/data/petrarch2/CAMEO.2.0.txt ../shared/data/petrarch2/Phoenix.IssueCoding.txt")]
pub struct ImportArgs {
    /// PETRARCH dictionary files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Directory to write the converted files into (created if missing).
    #[arg(long, value_name = "DIR", default_value = "petrarch-import")]
    pub out: PathBuf,
    /// Treat every FILE as this kind: actors, agents, verbs, issues or discards.
    #[arg(long)]
    pub kind: Option<Kind>,
    /// Leave out actors already named in DIR's countries, regions, organizations and
    /// persons files, and verb patterns DIR's verbs/en.tsv already has.
    #[arg(long, value_name = "DIR")]
    pub known: Option<PathBuf>,
    /// With --known: keep only verb patterns that refine a verb DIR's verbs/en.tsv
    /// already has (verb + following words, same CAMEO root); no new bare verbs.
    #[arg(long, requires = "known")]
    pub refinements_only: bool,
    /// Leave out actor names that are single words seen in lowercase in this text
    /// (e.g. a corpus of English news): they would make false actors.
    #[arg(long, value_name = "FILE")]
    pub common_words: Option<PathBuf>,
    /// Print only counts and failures, not every skipped or approximated line.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Run the import; `Ok(false)` when some lines could not be read.
pub fn run(args: ImportArgs) -> Result<bool> {
    let mut import = Import::default();
    for path in &args.files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let kind = match args.kind.or_else(|| Kind::detect(name, &text)) {
            Some(k) => k,
            None => anyhow::bail!(
                "{}: cannot tell the kind of this dictionary; use --kind",
                path.display()
            ),
        };
        import.add(kind, &path.display().to_string(), &text);
    }
    if let Some(dir) = &args.known {
        let mut kb = Kb::default();
        for name in [
            "actors/countries.tsv",
            "actors/regions.tsv",
            "actors/organizations.tsv",
            "actors/persons.tsv",
            "verbs/en.tsv",
        ] {
            let p = dir.join(name);
            if let Ok(text) = std::fs::read_to_string(&p) {
                kb.add_file(name, &text)
                    .map_err(|mut e| {
                        e.file = p.display().to_string();
                        e
                    })
                    .context("reading --known")?;
            }
        }
        let s = import.skip_known(&kb);
        if args.refinements_only {
            let r = import.keep_refinements(&kb);
            eprintln!(
                "refinements only: {} verb patterns that are not verb + words after a known verb left out",
                r.verbs
            );
        }
        eprintln!(
            "known in {}: {} actors and {} verb patterns left out",
            dir.display(),
            s.actors,
            s.verbs
        );
    }
    if let Some(f) = &args.common_words {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
        let s = import.skip_common_words(&lowercase_words(&text));
        eprintln!(
            "common words: {} actors and {} more aliases left out",
            s.actors, s.aliases
        );
    }
    for w in &import.warnings {
        if w.failed || !args.quiet {
            eprintln!("{}{w}", if w.failed { "error: " } else { "" });
        }
    }
    for kind in Kind::ALL {
        if !import.sources.contains_key(&kind) {
            continue;
        }
        let path = args.out.join(kind.output());
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, import.tsv(kind))
            .with_context(|| format!("cannot write {}", path.display()))?;
        println!(
            "{:<8} {:>7} entries -> {}",
            kind.name(),
            import.count(kind),
            path.display()
        );
    }
    let failed = import.failed();
    println!(
        "{} warnings ({} lines could not be read)",
        import.warnings.len(),
        failed
    );
    Ok(failed == 0)
}
