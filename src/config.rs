//! The global options, parsed once into plain values that the rest of the
//! program reads; nothing below the command layer sees clap types.

use std::path::PathBuf;

use crate::cli::GlobalArgs;
use crate::i18n;
use crate::kommune::{Maalform, Register, Resolution};
use crate::ui::ColorChoice;

#[derive(Clone, Debug)]
pub struct Config {
    pub color: ColorChoice,
    pub quiet: bool,
    pub verbose: u8,
    /// Extra municipalities and cooperations (`--kommuner`).
    pub kommuner: Option<PathBuf>,
    /// A language was asked for (`--lang` or `KARTLEGG_LANG`), so nothing
    /// else may choose one.
    pub language_asked: bool,
}

impl Config {
    /// Builds the configuration and makes its language the process's
    /// language: `--lang` or `KARTLEGG_LANG`, else the language form of the
    /// municipality the command names (`kommune`, from `-k`), else bokmål.
    pub fn new(args: &GlobalArgs, kommune: Option<&str>) -> Config {
        let config = Config {
            color: args.color,
            quiet: args.quiet,
            verbose: args.verbose,
            kommuner: args.kommuner.clone(),
            language_asked: args.lang.is_some(),
        };
        let form = match (args.lang, kommune) {
            (None, Some(query)) => config.maalform(query),
            _ => None,
        };
        i18n::set(i18n::choose(args.lang, form));
        config
    }

    /// The language form of a municipality named on the command line; none
    /// when the name or the register file is wrong, which the command itself
    /// reports once the language is chosen (and it alone says which
    /// municipality a beginning was taken as).
    fn maalform(&self, query: &str) -> Option<Maalform> {
        let register = Register::load(self.kommuner.as_deref()).ok()?;
        let entity = match register.resolve(query) {
            Resolution::Exact(found)
            | Resolution::Prefix(found)
            | Resolution::ExactOutside { found, .. } => found,
            Resolution::Ambiguous(_) | Resolution::Unknown(_) => return None,
        };
        register.maalform(entity)
    }

    /// The municipality register, with the user's additions.
    pub fn register(&self) -> anyhow::Result<Register> {
        Register::load(self.kommuner.as_deref())
    }
}
