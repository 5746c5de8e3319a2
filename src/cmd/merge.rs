//! `kartlegg merge`: many sites' result files into one dataset (CSV and
//! XLSX), with every input accounted for in avvik.csv.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;

use super::input::{self, InputArgs};
use crate::collect::Deviation;
use crate::collect::cache;
use crate::config::Config;
use crate::dataset::csv::{self, Dialect};
use crate::dataset::{Dataset, Table, Tables, overview, xlsx};
use crate::exit;
use crate::{publish, tr};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,

    /// Folder for the dataset
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,

    /// Write nothing if any input is rejected
    #[arg(long)]
    pub strict: bool,

    /// CSV flavour: `excel-nb` is UTF-8 with BOM, `;` and decimal comma
    #[arg(long, value_enum, default_value = "standard")]
    pub csv_dialect: Dialect,

    /// Write only kartlegging.xlsx
    #[arg(long, conflicts_with = "csv_only")]
    pub xlsx_only: bool,

    /// Write only the CSV files
    #[arg(long)]
    pub csv_only: bool,

    /// Replace the dataset files in an existing output folder
    #[arg(long)]
    pub force: bool,

    /// Read every file again, without using or updating the cache of files
    /// read before
    #[arg(long)]
    pub no_cache: bool,

    /// The mapping round the dataset belongs to, such as `2026-pilot`
    /// (default: the year of the newest file)
    #[arg(long, value_name = "NAME")]
    pub round: Option<String>,
}

const XLSX: &str = "kartlegging.xlsx";

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let round = input::round_name(args.round.as_deref())?;
    // Files an earlier merge into this folder read are taken from its cache.
    let cache = (!args.no_cache).then_some(args.output.as_path());
    let (mut data, settings, cache) = input::load_cached(&args.input, config, cache)?;
    input::require_results(&data, &args.input)?;
    match &round {
        Some(round) => data.round.clone_from(round),
        None if !config.quiet => {
            let round = &data.round;
            writeln!(
                std::io::stderr(),
                "{}",
                tr!("merge-round-the-year-of-the-newest", round = round)
            )?;
        }
        None => {}
    }
    // First, so that a dataset a killed run left aside is back in place
    // before it is asked whether there is one.
    let staging = publish::begin(&args.output)?;
    let packages = &data.collected.packages;
    let written = std::thread::scope(|s| {
        // What was read is kept for the next merge on a thread of its own
        // while the tables are made and written: its writing waits on the
        // disk more than on a core.
        let kept = s.spawn(|| match cache {
            Some(cache) => staging.write_with(cache::FILE, |file| cache.write(packages, file)),
            None => Ok(()),
        });
        let written = make_and_write(&args, config, &staging, &data, &settings);
        let kept = kept.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        written.and_then(|w| kept.map(|()| w))
    })?;
    let Some(Written {
        tables,
        rejected,
        warnings,
    }) = written
    else {
        return Ok(ExitCode::from(exit::REJECTED));
    };
    staging.publish()?;
    if !config.quiet {
        let mut err = std::io::stderr();
        let c = &data.collected;
        let (inputs, surveys, machines, dir) = (
            c.inputs,
            c.respondents().count(),
            c.hosts().count(),
            args.output.display(),
        );
        let files = crate::tr!("count-files", n = inputs);
        let machines = crate::tr!("count-machines", n = machines);
        let fleets = crate::tr!("count-fleet-files", n = c.fleets().count());
        writeln!(
            err,
            "{}",
            tr!(
                "merge-read-questionnaire-answers-and-used-rejected",
                files = files,
                surveys = surveys,
                machines = machines,
                fleets = fleets,
                rejected = rejected,
                warnings = warnings,
                dir = dir
            )
        )?;
        if !args.csv_only {
            let workbook = args.output.join(XLSX);
            let workbook = workbook.display();
            writeln!(err, "{}", tr!("merge-the-workbook", workbook = workbook))?;
        }
    }
    // The command ends here, and the process with it: its memory goes back
    // whole, without freeing a million answers and machines one by one.
    std::mem::forget(tables);
    std::mem::forget(data);
    Ok(ExitCode::from(if rejected > 0 {
        exit::REJECTED
    } else {
        exit::OK
    }))
}

/// The tables written, and how many files were rejected or noted.
struct Written {
    tables: Tables,
    rejected: usize,
    warnings: usize,
}

/// Makes the tables and writes them into `staging`; `None` when
/// `--strict` refuses to write any.
fn make_and_write(
    args: &Args,
    config: &Config,
    staging: &publish::Staging,
    data: &Dataset,
    settings: &crate::analysis::Settings,
) -> anyhow::Result<Option<Written>> {
    let tables = data.tables(settings, !args.csv_only);
    let warnings = tables.deviations.len() - data.rejected();
    // With --strict a file with a value its question does not allow is
    // refused too, not only noted.
    let refused = |d: &&Deviation| d.rejected || (args.strict && d.code == "invalid-value");
    let rejected = tables.deviations.iter().filter(refused).count();
    if args.strict && rejected > 0 {
        let mut err = std::io::stderr();
        for d in tables.deviations.iter().filter(refused) {
            writeln!(err, "{}", d.line())?;
        }
        let files = crate::tr!("count-files", n = rejected);
        writeln!(
            err,
            "{}",
            tr!(
                "merge-rejected-with-strict-nothing-is-written",
                files = files
            )
        )?;
        return Ok(None);
    }
    let made = overview::Made {
        inputs: &args.input.inputs,
        generated: crate::time::now(),
        rejected,
        warnings,
    };
    write(args, config, staging, data, &tables, &made)?;
    Ok(Some(Written {
        tables,
        rejected,
        warnings,
    }))
}

/// Writes the CSV files and the workbook beside the cache in `staging`:
/// each straight to its file, all at once, in a new folder beside the
/// output that is swapped in as a whole once all are written, so a kill or
/// a full disk leaves the complete old dataset or the complete new one.
fn write(
    args: &Args,
    config: &Config,
    staging: &publish::Staging,
    data: &Dataset,
    tables: &Tables,
    made: &overview::Made,
) -> anyhow::Result<()> {
    let out = &args.output;
    let names: Vec<String> = tables
        .all()
        .map(|t| format!("{}.csv", t.file))
        .chain([XLSX.to_string()])
        .collect();
    if !args.force && names.iter().any(|n| out.join(n).exists()) {
        let dir = out.display();
        anyhow::bail!(tr!(
            "merge-already-holds-a-dataset-choose-another",
            dir = dir
        ));
    }
    let writing = if config.quiet || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        let spinner =
            indicatif::ProgressBar::new_spinner().with_message(tr!("merge-writing-the-dataset"));
        spinner.enable_steady_tick(std::time::Duration::from_millis(100));
        spinner
    };
    let all: Vec<&Table> = tables.all().collect();
    // The largest first, so that no core is left with a large one at the end.
    let mut largest: Vec<&Table> = all.clone();
    largest.sort_by_key(|t| std::cmp::Reverse(t.rows.len() * t.headers.len()));
    // The CSV files and the workbook's sheets side by side, on every core.
    let (csv, workbook) = rayon::join(
        // Each table straight to its file: the bytes of all of them are
        // never held at once.
        || {
            if args.xlsx_only {
                return Ok(());
            }
            largest.par_iter().with_max_len(1).try_for_each(|t| {
                staging.write_with(&format!("{}.csv", t.file), |file| {
                    csv::write(t, args.csv_dialect, file)
                })
            })
        },
        || -> anyhow::Result<()> {
            if args.csv_only {
                return Ok(());
            }
            let facts = overview::facts(data, made);
            staging.write_file(XLSX, |file| {
                xlsx::workbook(&facts, &all, &tables.widths, file)
            })
        },
    );
    writing.finish_and_clear();
    csv.and(workbook)
}
