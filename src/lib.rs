//! kartlegg maps the IT structure and information-security maturity of
//! Norwegian municipalities: questionnaires built on NSM's basic principles
//! for ICT security, surveys and machine inventories on site, and one merged
//! dataset with the analyses that choose a shared security centre's services.
//!
//! The library holds all logic as plain functions over plain types; the
//! binary (`src/main.rs`) only calls [`main`]. docs/architecture.md shows
//! the way the data takes from files to tables, and which module owns each
//! step.
//!
//! What is public is what the binary and the tests need: [`main`], and the
//! domain modules below (questionnaires, results, inventories, the register,
//! reading and scoring inputs, the dataset and its analyses). The commands,
//! their terminal, form, report and file-system code are private, so that
//! the compiler reports whatever no command uses.

// The domain.
pub mod analysis;
pub mod catalogue;
pub mod collect;
pub mod dataset;
pub mod fleet;
pub mod i18n;
pub mod inventory;
pub mod kommune;
pub mod nsm;
pub mod questionnaire;
pub mod subject;
pub mod survey;
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;

// Readers that take input from anyone, public so that the property tests can
// throw hostile text at them, and the atomic file writes the examples use.
pub mod fsutil;
pub mod stream;
pub mod yaml;

// The commands and what only they use.
mod cli;
mod cmd;
mod config;
mod crypt;
mod diagnostic;
mod exit;
mod form;
mod publish;
mod report;
mod source;
mod time;
mod ui;
mod usage;

pub use diagnostic::{Diagnostic, Mark};

/// The whole program: parse the command line, run the command, report an
/// error once, and give the exit code (0 ok, 1 error, 2 usage, 3 input
/// rejected, 130 interrupted).
pub fn main() -> std::process::ExitCode {
    exit::install_panic_hook();
    let cli = cli::Cli::parse_with_versions();
    let config = config::Config::new(&cli.global, cli.command.kommune());
    match cmd::run(cli.command, &config) {
        Ok(code) => code,
        Err(err) => exit::report(&err, config.color),
    }
}
