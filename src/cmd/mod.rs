//! One module per subcommand, each holding its arguments and a `run` that
//! glues the library together. Dispatch happens here, nowhere else.

pub mod catalogue;
pub mod compare;
pub mod completions;
pub mod encryption;
pub mod fleet;
pub mod import;
pub mod input;
pub mod inventory;
pub mod keygen;
pub mod kommuner;
pub mod man;
pub mod merge;
pub mod pilot;
pub mod questionnaire;
pub mod report;
pub mod survey;

use std::process::ExitCode;

use crate::cli::Command;
use crate::config::Config;

/// Runs a parsed command; `Ok` carries the exit code for outcomes that are
/// not errors but not plain success either (such as problems found).
pub fn run(command: Command, config: &Config) -> anyhow::Result<ExitCode> {
    match command {
        Command::Questionnaire(args) => questionnaire::run(args, config),
        Command::Survey(args) => survey::run(args, config),
        Command::Inventory(args) => inventory::run(args, config),
        Command::Fleet(args) => fleet::run(args, config),
        Command::Merge(args) => merge::run(args, config),
        Command::Catalogue(args) => catalogue::run(args, config),
        Command::Pilot(args) => pilot::run(args, config),
        Command::Report(args) => report::run(args, config),
        Command::Compare(args) => compare::run(args, config),
        Command::Import(args) => import::run(args, config),
        Command::Kommuner(args) => kommuner::run(args, config),
        Command::Keygen(args) => keygen::run(args, config),
        Command::Completions(args) => completions::run(args),
        Command::Man => man::run(),
    }
}
