//! `kartlegg merge`: many sites' result files into one dataset (CSV and
//! XLSX), with every input accounted for in avvik.csv.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use super::input::{self, InputArgs};
use crate::config::Config;
use crate::dataset::csv::{self, Dialect};
use crate::dataset::{Cell, Table, read, xlsx};
use crate::exit;
use crate::fsutil;
use crate::tr;

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
}

const XLSX: &str = "kartlegging.xlsx";

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let (data, _) = input::load(&args.input, config, !args.csv_only)?;
    let rejected = data.rejected();
    let warnings = data.deviations.len() - rejected;
    let deviations = &data.deviations;
    let collected = &data.collected;

    let mut err = std::io::stderr();
    if args.strict && rejected > 0 {
        for d in deviations.iter().filter(|d| d.rejected) {
            writeln!(err, "{}: {}", d.file, d.message)?;
        }
        writeln!(
            err,
            "{}",
            tr!(
                "{rejected} filer ble avvist; med --strict skrives ingenting.",
                "{rejected} files were rejected; with --strict nothing is written."
            )
        )?;
        return Ok(ExitCode::from(exit::REJECTED));
    }

    let out = &args.output;
    let names: Vec<String> = data
        .tables()
        .iter()
        .map(|t| format!("{}.csv", t.file))
        .chain([XLSX.to_string()])
        .collect();
    if !args.force && names.iter().any(|n| out.join(n).exists()) {
        let dir = out.display();
        anyhow::bail!(tr!(
            "{dir} har allerede et datasett; velg en annen mappe eller skriv over med --force",
            "{dir} already holds a dataset; choose another folder or overwrite with --force"
        ));
    }
    std::fs::create_dir_all(out)
        .with_context(|| tr!("kan ikke lage {}", "cannot create {}", out.display()))?;
    let writing = if config.quiet || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        let spinner = indicatif::ProgressBar::new_spinner()
            .with_message(tr!("skriver datasettet …", "writing the dataset …"));
        spinner.enable_steady_tick(std::time::Duration::from_millis(100));
        spinner
    };
    // The CSV files are made while the workbook is built and compressed;
    // then all are written together, so a full disk leaves no half dataset.
    let (csv, workbook) = rayon::join(
        || -> anyhow::Result<Vec<(PathBuf, Vec<u8>)>> {
            if args.xlsx_only {
                return Ok(Vec::new());
            }
            data.tables()
                .iter()
                .map(|t| {
                    let path = out.join(format!("{}.csv", t.file));
                    Ok((path, csv::to_bytes(t, args.csv_dialect)?))
                })
                .collect()
        },
        || -> anyhow::Result<Option<(PathBuf, Vec<u8>)>> {
            if args.csv_only {
                return Ok(None);
            }
            let overview = overview(&args, collected, &data.maturity, rejected, warnings);
            let tables = data.tables();
            let book = xlsx::workbook(&overview, tables[0], &tables[1..], out)?;
            Ok(Some((out.join(XLSX), book)))
        },
    );
    let mut files = csv?;
    files.extend(workbook?);
    let files: Vec<(PathBuf, &[u8])> = files.iter().map(|(p, b)| (p.clone(), &b[..])).collect();
    fsutil::write_all_atomic(&files)?;

    writing.finish_and_clear();
    if !config.quiet {
        let (inputs, surveys, machines, dir) = (
            collected.inputs,
            collected.surveys.len(),
            collected.hosts.len(),
            out.display(),
        );
        writeln!(
            err,
            "{}",
            tr!(
                "{inputs} filer lest: {surveys} spørreskjemasvar og {machines} maskiner brukt, {rejected} avvist, {warnings} å se på (avvik.csv). Datasettet er i {dir}.",
                "{inputs} files read: {surveys} questionnaire answers and {machines} machines used, {rejected} rejected, {warnings} to look at (avvik.csv). The dataset is in {dir}."
            )
        )?;
    }
    Ok(ExitCode::from(if rejected > 0 {
        exit::REJECTED
    } else {
        exit::OK
    }))
}

fn overview(
    args: &Args,
    c: &read::Collected,
    maturity: &Table,
    rejected: usize,
    warnings: usize,
) -> Vec<(String, Cell)> {
    let coverage: Vec<f64> = maturity
        .rows
        .iter()
        .filter_map(|r| match r.get(5) {
            Some(Cell::Number(n)) => Some(*n),
            _ => None,
        })
        .collect();
    let mean_coverage =
        (!coverage.is_empty()).then(|| coverage.iter().sum::<f64>() / coverage.len() as f64);
    let municipalities: std::collections::BTreeSet<&str> = c
        .surveys
        .iter()
        .map(|s| s.result.subject.id.as_str())
        .chain(c.hosts.iter().map(|h| h.inventory.municipality.id.as_str()))
        .collect();
    let now = jiff::Timestamp::now();
    let inputs: Vec<String> = args
        .input
        .inputs
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut facts = vec![
        (
            tr!("Laget", "Generated"),
            Cell::Text(
                jiff::Timestamp::from_second(now.as_second())
                    .unwrap_or(now)
                    .to_string(),
            ),
        ),
        (
            tr!("Verktøy", "Tool"),
            Cell::Text(format!("kartlegg {}", env!("CARGO_PKG_VERSION"))),
        ),
        (tr!("Inndata", "Inputs"), Cell::Text(inputs.join(", "))),
        (
            tr!("Filer lest", "Files read"),
            Cell::Number(c.inputs as f64),
        ),
        (
            tr!("Kommuner og samarbeid", "Municipalities and cooperations"),
            Cell::Number(municipalities.len() as f64),
        ),
        (
            tr!("Spørreskjemasvar brukt", "Questionnaire answers used"),
            Cell::Number(c.surveys.len() as f64),
        ),
        (
            tr!("Maskiner brukt", "Machines used"),
            Cell::Number(c.hosts.len() as f64),
        ),
        (
            tr!("Filer avvist", "Files rejected"),
            Cell::Number(rejected as f64),
        ),
        (
            tr!("Merknader å se på", "Notes to look at"),
            Cell::Number(warnings as f64),
        ),
        (
            tr!(
                "Gjennomsnittlig dekning (modenhet)",
                "Mean coverage (maturity)"
            ),
            mean_coverage.map(|m| (m * 1000.0).round() / 1000.0).into(),
        ),
    ];
    let mut per_questionnaire: std::collections::BTreeMap<&str, usize> =
        std::collections::BTreeMap::new();
    for s in &c.surveys {
        *per_questionnaire
            .entry(s.result.questionnaire.id.as_str())
            .or_default() += 1;
    }
    for (id, n) in per_questionnaire {
        facts.push((
            tr!("Svar på {id}", "Answers to {id}"),
            Cell::Number(n as f64),
        ));
    }
    facts
}
