//! clap's own words in the language people chose: the headings and built-in
//! flags of `--help`, the help texts (the doc comments in `src/cli.rs` and
//! `src/cmd/` are English; the translation catalogues hold the others, keyed
//! by the English text), and the usage
//! errors clap reports ("unrecognized subcommand", "a value is required").
//!
//! The language must be known before clap has read the command line, so it
//! is taken from `--lang` and `KARTLEGG_LANG` here first. English keeps
//! clap's texts as they are.

use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{self, Lang};
use crate::tr;

/// The language asked for by `--lang` (or `KARTLEGG_LANG`), read before
/// clap parses; bokmål unless nynorsk or English is asked for.
pub fn early_lang(args: &[String]) -> Lang {
    let mut chosen = std::env::var("KARTLEGG_LANG").ok();
    for (i, arg) in args.iter().enumerate() {
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            chosen = Some(value.to_string());
        } else if arg == "--lang" {
            chosen = args.get(i + 1).cloned();
        }
    }
    match chosen
        .map(|lang| lang.trim().to_ascii_lowercase())
        .as_deref()
    {
        Some("en") => Lang::En,
        Some("nn") => Lang::Nn,
        _ => Lang::Nb,
    }
}

/// The command with its help in the current language.
pub fn localize(mut command: Command) -> Command {
    if i18n::current() == Lang::En {
        return command;
    }
    // Build first, so that the generated `--help`, `--version` and `help`
    // exist and can be given their Norwegian texts too.
    command.build();
    localize_one(command)
}

/// clap's help layout with the word for "Usage" in the current language.
fn template() -> String {
    let usage = tr!("usage-usage");
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
    )
}

fn localize_one(command: Command) -> Command {
    let mut command = command
        .help_template(template())
        .subcommand_help_heading(tr!("usage-commands"))
        .subcommand_value_name(tr!("usage-command"));
    if let Some(nb) = command
        .get_about()
        .and_then(|a| crate::i18n::help(&a.to_string()))
    {
        command = command.about(nb);
    }
    if let Some(long) = command.get_long_about().map(ToString::to_string) {
        let nb = crate::i18n::help(&long).or_else(|| command.get_about().map(ToString::to_string));
        if let Some(nb) = nb {
            command = command.long_about(nb);
        }
    }
    if let Some(after) = command.get_after_help().map(ToString::to_string) {
        command = command.after_help(after.replace("Examples:", &tr!("usage-examples")));
    }
    command
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                tr!("usage-arguments")
            } else {
                tr!("usage-options")
            };
            let help = arg.get_help().map(ToString::to_string);
            let long = arg.get_long_help().map(ToString::to_string);
            let (arg, values) = values_nb(arg.help_heading(heading));
            let nb = |text: &str| crate::i18n::help(text).map(|nb| format!("{nb}{values}"));
            let mut arg = arg;
            if let Some(nb) = help.as_deref().and_then(nb) {
                arg = arg.help(nb);
            }
            if let Some(nb) = long
                .as_deref()
                .and_then(nb)
                .or(help.as_deref().and_then(nb))
            {
                arg = arg.long_help(nb);
            }
            arg
        })
        .mut_subcommands(localize_one)
}

/// clap writes `[default: …]` and `[possible values: …]` in English; they are
/// hidden and given in bokmål after the help text instead.
fn values_nb(arg: clap::Arg) -> (clap::Arg, String) {
    if !arg.get_action().takes_values() {
        return (arg, String::new());
    }
    let mut text = String::new();
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !possible.is_empty() && !arg.is_hide_possible_values_set() {
        let list = possible.join(", ");
        text.push_str(&tr!("usage-possible-values", list = list));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let list = defaults.join(", ");
        text.push_str(&tr!("usage-default", list = list));
    }
    let arg = arg.hide_possible_values(true).hide_default_value(true);
    (arg, text)
}

/// A usage error as kartlegg says it in bokmål: what is wrong, a hint where
/// clap has one, the usage line and where to read more. `None` for help and
/// version, which are not errors, and in English, where clap's text stands.
pub fn render(err: &clap::Error) -> Option<String> {
    if i18n::current() == Lang::En
        || matches!(
            err.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return None;
    }
    let mut text = format!("{}: {}", tr!("questionnaire-error"), what(err));
    let hints = [
        (
            ContextKind::SuggestedSubcommand,
            tr!("usage-a-similar-subcommand-exists"),
        ),
        (
            ContextKind::SuggestedArg,
            tr!("usage-a-similar-option-exists"),
        ),
        (
            ContextKind::SuggestedValue,
            tr!("usage-a-similar-value-exists"),
        ),
    ];
    let mut hinted = false;
    for (kind, says) in hints {
        if let Some(value) = err.get(kind) {
            text.push_str(if hinted { "\n" } else { "\n\n" });
            let value = quoted(value);
            text.push_str(&tr!("usage-tip", says = says, value = value));
            hinted = true;
        }
    }
    if let Some(ContextValue::StyledStrs(tips)) = err.get(ContextKind::Suggested) {
        for tip in tips {
            text.push_str(if hinted { "\n" } else { "\n\n" });
            let tip = clap_tip(&tip.to_string());
            text.push_str(&tr!("usage-tip-2", tip = tip));
            hinted = true;
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        text.push_str(&tr!("usage-usage-2", usage = usage));
    }
    text.push_str(&tr!("usage-for-more-information-try-help"));
    Some(text)
}

/// One of clap's own hints, which are English sentences, said again in the
/// chosen language; a hint clap may add later stands as clap wrote it.
fn clap_tip(tip: &str) -> String {
    let quoted: Vec<&str> = tip.split('\'').skip(1).step_by(2).collect();
    match quoted[..] {
        [arg, example] if tip.starts_with("to pass '") => {
            tr!("usage-tip-pass-as-value", arg = arg, example = example)
        }
        [name, _] if tip.starts_with("subcommand '") => {
            tr!("usage-tip-remove-double-dash", name = name)
        }
        [name] if tip.ends_with("' exists") => tr!("usage-tip-exists", name = name),
        _ => tip.to_string(),
    }
}

/// What is wrong, from the kind of error and what clap knows about it.
fn what(err: &clap::Error) -> String {
    let get = |kind| err.get(kind).map(quoted).unwrap_or_default();
    let (arg, value) = (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue));
    match err.kind() {
        ErrorKind::InvalidSubcommand => {
            let what = get(ContextKind::InvalidSubcommand);
            tr!("usage-unrecognized-subcommand", what = what)
        }
        ErrorKind::UnknownArgument => tr!("usage-unexpected-argument", arg = arg),
        ErrorKind::InvalidValue if value == "«»" => {
            tr!("usage-needs-a-value-but-got-none", arg = arg)
        }
        ErrorKind::InvalidValue => {
            let mut text = tr!("usage-invalid-value-for", value = value, arg = arg);
            if let Some(valid) = err.get(ContextKind::ValidValue) {
                let list = listed(valid);
                text.push_str(&tr!("usage-possible-values-2", list = list));
            }
            text
        }
        ErrorKind::ValueValidation => tr!("usage-invalid-value-for", value = value, arg = arg),
        ErrorKind::MissingRequiredArgument => {
            tr!("usage-this-is-required-but-missing", arg = arg)
        }
        ErrorKind::MissingSubcommand => {
            let valid = err.get(ContextKind::ValidSubcommand).map(listed);
            let (what, valid) = (
                get(ContextKind::InvalidSubcommand),
                valid.unwrap_or_default(),
            );
            tr!("usage-needs-a-subcommand", what = what, valid = valid)
        }
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg);
            tr!("usage-cannot-be-used-with", arg = arg, prior = prior)
        }
        ErrorKind::NoEquals => tr!("usage-needs-its-value-after-an-equals", arg = arg),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            tr!("usage-wrong-number-of-values-for", arg = arg)
        }
        ErrorKind::InvalidUtf8 => tr!("usage-the-argument-is-not-valid-utf"),
        _ => err
            .kind()
            .as_str()
            .map_or_else(|| tr!("usage-invalid-command-line"), str::to_string),
    }
}

/// A context value in «quotes»; several are listed with commas.
fn quoted(value: &ContextValue) -> String {
    match value {
        ContextValue::Strings(items) => items
            .iter()
            .map(|i| format!("«{i}»"))
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::StyledStrs(items) => items
            .iter()
            .map(|i| format!("«{i}»"))
            .collect::<Vec<_>>()
            .join(", "),
        other => format!("«{other}»"),
    }
}

/// A context value as a plain list: `nb, en`.
fn listed(value: &ContextValue) -> String {
    match value {
        ContextValue::Strings(items) => items.join(", "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_found_before_clap_reads_the_line() {
        let args = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(early_lang(&args("kartlegg --lang en survey")), Lang::En);
        assert_eq!(early_lang(&args("kartlegg survey --lang=en")), Lang::En);
        assert_eq!(early_lang(&args("kartlegg -- --lang en")), Lang::Nb);
    }

    /// Every help text of every command and flag is in the translation
    /// catalogues, and the English there is the text itself.
    #[test]
    fn every_help_text_is_in_the_catalogues() {
        fn walk(c: &Command, missing: &mut Vec<String>) {
            let texts = [c.get_about(), c.get_long_about()]
                .into_iter()
                .chain(
                    c.get_arguments()
                        .flat_map(|a| [a.get_help(), a.get_long_help()]),
                )
                .flatten()
                .map(ToString::to_string);
            missing
                .extend(texts.filter(|t| {
                    crate::i18n::message_in(Lang::En, &crate::i18n::help_key(t)) != *t
                }));
            for sub in c.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
        command.build();
        let mut missing = Vec::new();
        walk(&command, &mut missing);
        assert!(missing.is_empty(), "not in the catalogues: {missing:#?}");
    }
}
