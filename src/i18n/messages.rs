//! The program's own messages, read from the translation catalogues in
//! `locales/` (one Fluent file per language), so that a translator can change
//! a wording without touching Rust.
//!
//! Every message has a key, named in the code as `tr!(key, name = value)`,
//! and the same key with the same `{ $name }` placeholders in every language;
//! the tests beside this module keep the files in step with each other and
//! with the code. Values are formatted by the caller (decimals with
//! [`super::decimal`]) and handed over as text, so a message never changes a
//! number's look; a whole number is also handed over as a number, so that a
//! translation can choose a plural form with `{ $n -> [one] … *[other] … }`.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// The catalogue files, built into the program.
pub const CATALOGUES: [(Lang, &str); 3] = [
    (Lang::Nb, include_str!("../../locales/nb.ftl")),
    (Lang::Nn, include_str!("../../locales/nn.ftl")),
    (Lang::En, include_str!("../../locales/en.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<(Lang, Bundle)>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|&(lang, source)| (lang, load(lang, source)))
            .collect()
    });
    all.iter()
        .find(|(l, _)| *l == lang)
        .map_or(&all[0].1, |(_, b)| b)
}

/// One language's bundle. The catalogues are part of the program and checked
/// by its tests, so a broken entry is a programming error: it is skipped
/// here rather than stopping the program.
fn load(lang: Lang, source: &str) -> Bundle {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut bundle = FluentBundle::new_concurrent(vec![lang.code().parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `key` in the current language with its placeholders filled
/// in; falls back to bokmål, then to the key itself, so that a gap shows
/// rather than hides.
pub fn message(key: &str, args: &[(&str, String)]) -> String {
    with_args_in(super::current(), key, args)
}

/// The message `key`, without placeholders, in the given language.
pub fn message_in(lang: Lang, key: &str) -> String {
    with_args_in(lang, key, &[])
}

fn with_args_in(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::Nb, key, args))
        .unwrap_or_else(|| key.to_string())
}

fn format_in(lang: Lang, key: &str, args: &[(&str, String)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, argument(value));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// A whole number is handed to Fluent as a number, so that a translation can
/// choose a plural form; anything else, and any number Fluent would print
/// differently, stays text.
fn argument(value: &str) -> FluentValue<'_> {
    const EXACT: i64 = 1 << 53;
    match value.parse::<i64>() {
        Ok(n) if n.abs() < EXACT && n.to_string() == value => FluentValue::from(n),
        _ => FluentValue::from(value),
    }
}

/// A help text of the command line in the current language, found by its
/// English wording (the doc comment clap reads); `None` when the catalogues
/// do not have it.
pub fn help(english: &str) -> Option<String> {
    format_in(super::current(), &help_key(english), &[])
}

/// The catalogue key of a help text: `help-`, its first words and a short
/// hash of the whole English text (FNV-1a), so that a changed text needs a
/// new translation.
pub fn help_key(english: &str) -> String {
    let hash = english.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    let words: Vec<String> = english
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_ascii_lowercase)
        .collect();
    let hash = format!("{hash:08x}");
    format!("help-{}-{}", words.join("-"), &hash[..6])
}

#[cfg(test)]
mod tests;
