//! `kartlegg compare`: two rounds of mapping, each a dataset folder from
//! `merge` or a folder of result files, set against each other in
//! `endring.csv` and `endring.xlsx`, with the largest rises and falls on
//! the terminal.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::input::{self, InputArgs};
use crate::collect;
use crate::config::Config;
use crate::dataset::compare::{self, Comparison, LOW_COVERAGE, MOSTLY_MIGRATED};
use crate::dataset::csv::{self, Dialect};
use crate::dataset::round::Round;
use crate::dataset::{Cell, xlsx};
use crate::i18n::decimal;
use crate::{exit, fsutil, tr};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kartlegg compare datasett-2026/ datasett-2027/ -o endring/\n  kartlegg compare innkommet-2026/ innkommet-2027/ --csv-dialect excel-nb"
)]
pub struct Args {
    /// The earlier round: a dataset folder from `merge`, or result files or folders of them
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The new round, given the same ways
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// Folder for endring.csv and endring.xlsx
    #[arg(short, long, value_name = "DIR", default_value = ".")]
    pub output: PathBuf,

    /// CSV flavour: `excel-nb` is UTF-8 with BOM, `;` and decimal comma
    #[arg(long, value_enum, default_value = "standard")]
    pub csv_dialect: Dialect,

    /// Replace endring.csv and endring.xlsx in the output folder
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub sources: Sources,
}

/// How folders of result files are read (as `merge` reads them).
#[derive(Debug, Default, clap::Args)]
pub struct Sources {
    #[command(flatten)]
    pub identity: super::encryption::IdentityArgs,

    /// Questionnaire files besides the built-in ones (such as older versions)
    #[arg(long = "questionnaire", value_name = "FILE")]
    pub questionnaires: Vec<PathBuf>,

    /// How several respondents' answers become the municipality's
    #[arg(long, value_enum, default_value = "median")]
    pub aggregate: collect::Aggregate,
}

/// One round from a dataset folder (one with modenhet.csv) or from result
/// files, with how many of its files were rejected.
pub fn load_round(
    path: &Path,
    sources: &Sources,
    config: &Config,
) -> anyhow::Result<(Round, usize)> {
    if path.join("modenhet.csv").is_file() {
        return Ok((Round::from_folder(path)?, 0));
    }
    let args = InputArgs {
        inputs: vec![path.to_path_buf()],
        identity: super::encryption::IdentityArgs {
            file: sources.identity.file.clone(),
        },
        questionnaires: sources.questionnaires.clone(),
        catalogue: None,
        weights: None,
        pilot_config: None,
        aggregate: sources.aggregate,
        seed: crate::analysis::DEFAULT_SEED,
    };
    let (data, _) = input::load(&args, config)?;
    input::tell_rejected(&data, config)?;
    Ok((
        Round::from_collected(&data.collected, &data.round),
        data.rejected(),
    ))
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let out = &args.output;
    let files = [out.join("endring.csv"), out.join("endring.xlsx")];
    for f in &files {
        fsutil::refuse_overwrite(f, args.force)?;
    }
    let (mut old, old_rejected) = load_round(&args.old, &args.sources, config)?;
    let (mut new, new_rejected) = load_round(&args.new, &args.sources, config)?;
    if old.name == new.name {
        let name = old.name.clone();
        old.name = tr!("compare-old", name = name);
        new.name = tr!("compare-new", name = name);
    }
    let comparison = compare::compare(&old, &new);
    let table = comparison.table();
    let means = comparison.means_table();
    let facts = overview(&args, &comparison);
    let staging = crate::publish::begin(out)?;
    // Again: a folder a killed run left aside is back in place now.
    for f in &files {
        fsutil::refuse_overwrite(f, args.force)?;
    }
    let text = csv::to_bytes(&table, args.csv_dialect)?;
    staging.write("endring.csv", &text)?;
    staging.write_file("endring.xlsx", |file| {
        xlsx::workbook(&facts, &[&table, &means], &xlsx::Widths::new(), file)
    })?;
    staging.publish()?;
    summary(&mut std::io::stdout().lock(), &comparison)?;
    if !config.quiet {
        let dir = out.display();
        writeln!(
            std::io::stderr(),
            "{}",
            tr!("compare-the-changes-are-written-to-endring", dir = dir)
        )?;
    }
    Ok(ExitCode::from(if old_rejected + new_rejected > 0 {
        exit::REJECTED
    } else {
        exit::OK
    }))
}

/// The overview sheet: which rounds, from where, and the thresholds of the flags.
fn overview(args: &Args, c: &Comparison) -> Vec<(String, Cell)> {
    let count = |flag: compare::Flag| {
        let n = c
            .changes
            .iter()
            .filter(|x| {
                x.aspect == crate::dataset::round::Aspect::Overall && x.flags.contains(&flag)
            })
            .count();
        Cell::Number(n as f64)
    };
    vec![
        (tr!("compare-generated"), Cell::Text(crate::time::now())),
        (
            tr!("compare-tool"),
            Cell::Text(format!("kartlegg {}", env!("CARGO_PKG_VERSION"))),
        ),
        (
            tr!("compare-earlier-round"),
            Cell::Text(c.old_round.clone()),
        ),
        (
            tr!("compare-from"),
            Cell::Text(args.old.display().to_string()),
        ),
        (tr!("compare-new-round"), Cell::Text(c.new_round.clone())),
        (
            tr!("compare-from"),
            Cell::Text(args.new.display().to_string()),
        ),
        (
            tr!("compare-municipalities-only-in-the-new-round"),
            count(compare::Flag::New),
        ),
        (
            tr!("compare-municipalities-only-in-the-earlier-round"),
            count(compare::Flag::Gone),
        ),
        (
            tr!("compare-low-coverage-below"),
            Cell::Number(LOW_COVERAGE),
        ),
        (
            tr!("compare-migrated-share-carried-over-above"),
            Cell::Number(MOSTLY_MIGRATED),
        ),
    ]
}

/// The largest rises and falls overall, three of each.
fn summary(out: &mut impl Write, c: &Comparison) -> anyhow::Result<()> {
    let ranked = c.overall_by_change();
    let (old, new, n) = (&c.old_round, &c.new_round, ranked.len());
    let n = crate::tr!("count-municipalities", n = n);
    writeln!(
        out,
        "{}",
        tr!(
            "compare-overall-maturity-from-to-scored-in",
            old = old,
            new = new,
            n = n
        )
    )?;
    let rises: Vec<_> = ranked.iter().filter(|(_, d)| *d > 0.0).take(3).collect();
    let falls: Vec<_> = ranked
        .iter()
        .rev()
        .filter(|(_, d)| *d < 0.0)
        .take(3)
        .collect();
    for (title, list) in [
        (tr!("compare-largest-rise"), rises),
        (tr!("compare-largest-fall"), falls),
    ] {
        writeln!(out, "  {title}:")?;
        if list.is_empty() {
            writeln!(out, "    {}", tr!("compare-none"))?;
        }
        for (change, difference) in list {
            let score = |s: Option<f64>| s.map_or("–".into(), |s| decimal(s, 2));
            let sign = if *difference > 0.0 { "+" } else { "" };
            let flags = change.flag_codes();
            writeln!(
                out,
                "    {:<6} {:<28} {:>5} → {:<5} {sign}{}{}",
                change.id,
                change.name,
                score(change.old.score),
                score(change.new.score),
                decimal(*difference, 2),
                if flags.is_empty() {
                    String::new()
                } else {
                    format!("  [{flags}]")
                }
            )?;
        }
    }
    Ok(())
}
