//! `kartlegg fleet`: device exports from Intune, Entra ID and Active
//! Directory counted into one `kartlegg-flate/1` file, with a summary for
//! the person who ran it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Rejected};
use crate::fleet::{self, FleetResult, FleetSource, Tally};
use crate::fsutil;
use crate::subject::Subject;
use crate::tr;
use crate::ui;

/// Exports larger than this are refused unread (an Intune export of 100 000
/// devices is about 60 MiB).
const MAX_EXPORT_BYTES: u64 = 512 * 1024 * 1024;

/// The most problems of one export printed before the command stops.
const SHOWN_PROBLEMS: usize = 20;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Device exports (CSV): Intune "All devices", Entra ID "Download devices", or Active Directory computers from Get-ADComputer
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// The municipality (number or name) the devices belong to
    #[arg(short = 'k', long, value_name = "NR|NAVN")]
    pub kommune: String,

    /// Result file [default: kartlegg-flate-<kommunenr>-<date>.yaml]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Overwrite an existing result file
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub encryption: super::encryption::EncryptArgs,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let register = config.register()?;
    let entity = register.lookup(&args.kommune)?;
    let sealing = args.encryption.sealing()?;
    let subject = Subject::of(&entity);
    let sources = args
        .files
        .iter()
        .map(|path| read_one(path, config))
        .collect::<anyhow::Result<Vec<FleetSource>>>()?;
    let fleet = FleetResult {
        format: fleet::result::FORMAT.into(),
        kartlegg_version: env!("CARGO_PKG_VERSION").into(),
        municipality: subject,
        created: crate::time::now(),
        language: crate::i18n::current().code().into(),
        end_of_support_list: crate::inventory::known::CHECKED.into(),
        sources,
    };
    let output = match &args.output {
        Some(output) => output.clone(),
        None => PathBuf::from(fsutil::id_file_name(
            "kartlegg-flate-",
            &[&fleet.municipality.id, &crate::time::today().to_string()],
            ".yaml",
        )?),
    };
    let output = sealing.path(&output);
    fsutil::refuse_overwrite(&output, args.force)?;
    fsutil::write_atomic(&output, &sealing.bytes(&fleet.to_yaml())?)?;
    if !config.quiet {
        let table = summary(&fleet, config.color.stdout());
        writeln!(std::io::stdout().lock(), "{table}")?;
        let (path, m) = (output.display(), &fleet.municipality);
        let kommune = format!("{} {}", m.id, m.name);
        writeln!(
            std::io::stderr(),
            "{}",
            tr!("fleet-saved-in", kommune = kommune, path = path)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One export read and counted; its problems (all of them, up to
/// [`SHOWN_PROBLEMS`]) are printed and the file refused.
fn read_one(path: &Path, config: &Config) -> anyhow::Result<FleetSource> {
    let mut bytes = Vec::new();
    crate::source::open_regular(path)?
        .take(MAX_EXPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| tr!("publish-cannot-read", path = path.display()))?;
    let problems = if bytes.len() as u64 > MAX_EXPORT_BYTES {
        let mib = MAX_EXPORT_BYTES / (1024 * 1024);
        vec![Diagnostic::whole_file(
            "too-large",
            tr!("source-the-file-is-larger-than-mib", mib = mib),
        )]
    } else {
        match fleet::read_export(&bytes) {
            Ok(source) => return Ok(source),
            Err(problems) => problems,
        }
    };
    if problems.len() > 1 && !config.quiet {
        let mut err = std::io::stderr().lock();
        for problem in problems.iter().skip(1).take(SHOWN_PROBLEMS - 1) {
            writeln!(err, "{}", problem.located(path))?;
        }
    }
    Err(Rejected {
        path: path.to_path_buf(),
        problems,
    }
    .into())
}

/// A share as people read it: `380 (92 %)`, or `–` when the export has no
/// such column.
fn share(tally: Option<Tally>) -> String {
    let Some(t) = tally else {
        return "–".into();
    };
    let total = t.yes + t.no + t.unknown;
    if total == 0 {
        return "0".into();
    }
    let percent = crate::i18n::decimal(100.0 * t.yes as f64 / total as f64, 0);
    format!("{} ({percent} %)", t.yes)
}

/// One row per export read.
fn summary(fleet: &FleetResult, color: bool) -> String {
    let mut table = ui::table(
        vec![
            tr!("fleet-export"),
            tr!("fleet-devices"),
            tr!("fleet-activity"),
            tr!("fleet-stale"),
            tr!("fleet-encrypted"),
            tr!("fleet-compliant"),
            tr!("fleet-past-end-of-support"),
        ],
        color,
    );
    for source in &fleet.sources {
        let activity = match (&source.activity_first, &source.activity_last) {
            (Some(first), Some(last)) => format!("{first} – {last}"),
            _ => "–".into(),
        };
        let stale = match (source.stale_30, source.stale_90) {
            (Some(s30), Some(s90)) => format!("{s30} / {s90}"),
            _ => "–".into(),
        };
        let past: u64 = source
            .operating_systems
            .iter()
            .filter(|os| os.past_end_of_support == Some(true))
            .map(|os| os.devices)
            .sum();
        let unknown: u64 = source
            .operating_systems
            .iter()
            .filter(|os| os.past_end_of_support.is_none())
            .map(|os| os.devices)
            .sum();
        table.add_row(vec![
            fleet::kind_name(source.kind).to_string(),
            source.devices.to_string(),
            activity,
            stale,
            share(source.encrypted),
            share(source.compliant),
            tr!("fleet-past-and-unknown", past = past, unknown = unknown),
        ]);
    }
    table.to_string()
}
