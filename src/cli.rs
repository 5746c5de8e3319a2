//! Every command and flag of `kartlegg`, declared with clap's derive API.
//! Doc comments here are the `--help` text. Each subcommand's own arguments
//! live beside its code in `src/cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::cmd;
use crate::i18n::Lang;
use crate::ui::ColorChoice;

/// Map the IT structure and information-security maturity of municipalities.
///
/// kartlegg asks on-site staff questionnaires built on NSM's basic principles
/// for ICT security, records what a machine reveals about its security, and
/// turns result files from many municipalities into one comparable dataset.
#[derive(Debug, Parser)]
#[command(
    name = "kartlegg",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(
    after_help = "Examples:\n  kartlegg survey modenhet -k askøy --role IT-leder\n  kartlegg survey --resume kartlegg-svar-4627-modenhet-2026-11-28.yaml\n  kartlegg inventory -k askøy\n  kartlegg merge innkommet/ -o datasett/ --round 2026\n  kartlegg compare datasett-2026/ datasett-2027/ -o endring/\n  kartlegg questionnaire show modenhet --lang en\n  kartlegg questionnaire validate my-questionnaire.yaml\n  kartlegg kommuner --search fjord"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Parses the command line (exiting on `--help`, `--version` and usage
    /// errors, in the language `--lang` asks for). `--version` also names the built-in questionnaires' versions.
    pub fn parse_with_versions() -> Cli {
        use clap::{CommandFactory, FromArgMatches};
        let mut text = format!(
            "{}\nspørreskjemaer / questionnaires:",
            env!("CARGO_PKG_VERSION")
        );
        for (id, version) in crate::questionnaire::builtin::versions() {
            text.push_str(&format!("\n  {id} {version}"));
        }
        // clap's own texts (help headings, usage errors) follow `--lang` too.
        let args: Vec<String> = std::env::args_os()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        crate::i18n::set(crate::usage::early_lang(&args));
        let command = crate::usage::localize(Cli::command().long_version(text));
        let matches =
            command
                .try_get_matches()
                .unwrap_or_else(|e| match crate::usage::render(&e) {
                    Some(text) => {
                        eprint!("{text}");
                        std::process::exit(i32::from(crate::exit::USAGE))
                    }
                    None => e.exit(),
                });
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Language of prompts, messages and exported headers (by default the
    /// language form of the municipality given with -k, else nb)
    #[arg(
        long,
        global = true,
        value_enum,
        env = "KARTLEGG_LANG",
        hide_env_values = true
    )]
    pub lang: Option<Lang>,

    /// When to use colour in output
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: ColorChoice,

    /// Print only results and errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more detail (repeat for even more)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// YAML file with extra municipalities and IT cooperations (see docs/formats.md)
    #[arg(long, global = true, env = "KARTLEGG_KOMMUNER", value_name = "FILE")]
    pub kommuner: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List, show and validate questionnaires
    #[command(alias = "q")]
    Questionnaire(cmd::questionnaire::Args),
    /// Answer questionnaires for a municipality, saving after every answer
    Survey(cmd::survey::Args),
    /// Read a questionnaire form filled in Excel (from `questionnaire export`) into a result file
    Import(cmd::import::Args),
    /// Record this machine's systems and security indicators (read-only, no admin rights needed)
    Inventory(cmd::inventory::Args),
    /// Count devices from Intune, Entra ID and Active Directory exports: counts only, never names
    Fleet(cmd::fleet::Args),
    /// Merge result files from many sites into one dataset (CSV and XLSX)
    Merge(cmd::merge::Args),
    /// Rank the service catalogue by the municipalities' need, with reasons and stability
    Catalogue(cmd::catalogue::Args),
    /// Judge how well the questionnaires worked in the pilot, and which questions to revise
    Pilot(cmd::pilot::Args),
    /// Write one self-contained HTML report with charts (prints on A4)
    Report(cmd::report::Args),
    /// Compare two rounds of mapping: the change per municipality, NSM category and principle
    Compare(cmd::compare::Args),
    /// List and search the municipality register
    Kommuner(cmd::kommuner::Args),
    /// Make an age key pair for the project team: sites encrypt to the public key
    Keygen(cmd::keygen::Args),
    /// Print a shell completion script
    Completions(cmd::completions::Args),
    /// Print the manual page (roff) to standard output
    Man,
}

impl Command {
    /// The municipality (`-k`) the command is about, if it names one: its
    /// language form chooses the language when none is asked for.
    pub fn kommune(&self) -> Option<&str> {
        match self {
            Command::Survey(a) => a.kommune.as_deref(),
            Command::Import(a) => a.kommune.as_deref(),
            Command::Inventory(a) => Some(&a.kommune),
            Command::Fleet(a) => Some(&a.kommune),
            Command::Report(a) => a.municipality.as_deref(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
