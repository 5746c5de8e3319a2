//! `kartlegg report`: one self-contained HTML report of the dataset.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::input::{self, InputArgs};
use crate::config::Config;
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
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    fsutil::refuse_overwrite(&args.output, args.force)?;
    let (data, settings) = input::load(&args.input, config)?;
    input::tell_rejected(&data, config)?;
    let generated = crate::time::now();
    let html = report::build(
        &data,
        &settings,
        &report::Options {
            municipality: args.municipality.clone(),
            show_names: args.show_names,
            generated,
        },
    )?;
    fsutil::write_atomic(&args.output, html.as_bytes())?;
    if !config.quiet {
        let path = args.output.display();
        writeln!(
            std::io::stderr(),
            "{}",
            tr!(
                "Rapporten er skrevet til {path}.",
                "The report is written to {path}."
            )
        )?;
    }
    Ok(ExitCode::from(if data.rejected() > 0 {
        exit::REJECTED
    } else {
        exit::OK
    }))
}
