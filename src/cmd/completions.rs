//! `kartlegg completions SHELL`: prints a completion script for the shell.

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::Cli;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // Generate into memory: the generator cannot report write errors, and a
    // closed pipe must not become a panic.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "kartlegg", &mut script);
    std::io::stdout().lock().write_all(&script)?;
    Ok(ExitCode::SUCCESS)
}
