//! The global options, parsed once into plain values that the rest of the
//! program reads; nothing below the command layer sees clap types.

use std::path::PathBuf;

use crate::cli::GlobalArgs;
use crate::i18n;
use crate::kommune::Register;
use crate::ui::ColorChoice;

#[derive(Clone, Debug)]
pub struct Config {
    pub color: ColorChoice,
    pub quiet: bool,
    pub verbose: u8,
    /// Extra municipalities and cooperations (`--kommuner`).
    pub kommuner: Option<PathBuf>,
}

impl Config {
    /// Builds the configuration and makes its language the process's language.
    pub fn new(args: &GlobalArgs) -> Config {
        i18n::set(args.lang);
        Config {
            color: args.color,
            quiet: args.quiet,
            verbose: args.verbose,
            kommuner: args.kommuner.clone(),
        }
    }

    /// The municipality register, with the user's additions.
    pub fn register(&self) -> anyhow::Result<Register> {
        Register::load(self.kommuner.as_deref())
    }
}
