//! `kartlegg report`: one self-contained HTML report of the dataset.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::compare;
use super::input::{self, InputArgs};
use crate::config::Config;
use crate::dataset::round::Round;
use crate::{exit, fsutil, report, tr};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,

    /// The HTML file to write
    #[arg(short, long, value_name = "FILE", default_value = "rapport.html")]
    pub output: PathBuf,

    /// Compare this municipality (number or name) with the others
    #[arg(short = 'k', long = "kommune", value_name = "NR")]
    pub municipality: Option<String>,

    /// Name the other municipalities instead of showing them anonymously
    #[arg(long, requires = "municipality")]
    pub show_names: bool,

    /// Replace an existing report
    #[arg(long)]
    pub force: bool,

    /// An earlier round (a dataset folder from `merge`, or result files) to
    /// show the change since
    #[arg(long, value_name = "DIR")]
    pub baseline: Option<PathBuf>,

    /// The name of this round beside the baseline's (default: the year of
    /// the newest file)
    #[arg(long, value_name = "NAME", requires = "baseline")]
    pub round: Option<String>,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    fsutil::refuse_overwrite(&args.output, args.force)?;
    let round = input::round_name(args.round.as_deref())?;
    let (mut data, settings) = input::load(&args.input, config)?;
    input::require_results(&data, &args.input)?;
    if let Some(round) = &round {
        data.round.clone_from(round);
    }
    input::tell_rejected(&data, config)?;
    let baseline = match &args.baseline {
        None => None,
        Some(path) => {
            let sources = compare::Sources {
                identity: super::encryption::IdentityArgs {
                    file: args.input.identity.file.clone(),
                },
                questionnaires: args.input.questionnaires.clone(),
                aggregate: args.input.aggregate,
            };
            let (mut old, _) = compare::load_round(path, &sources, config)?;
            let now = Round::from_collected(&data.collected, &data.round);
            if old.name == now.name {
                old.name = tr!("report-earlier", name = old.name);
            }
            Some(crate::dataset::compare::compare(&old, &now))
        }
    };
    let generated = crate::time::now();
    let html = report::build(
        &data,
        &settings,
        &report::Options {
            municipality: args.municipality.clone(),
            show_names: args.show_names,
            generated,
            baseline,
            inputs: args.input.inputs.clone(),
        },
    )?;
    fsutil::write_atomic(&args.output, html.as_bytes())?;
    if !config.quiet {
        let path = args.output.display();
        writeln!(
            std::io::stderr(),
            "{}",
            tr!("report-the-report-is-written-to", path = path)
        )?;
    }
    Ok(ExitCode::from(if data.rejected() > 0 {
        exit::REJECTED
    } else {
        exit::OK
    }))
}
