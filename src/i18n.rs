//! The language kartlegg speaks to people in: bokmål by default, English on request.
//!
//! The choice is made once at start-up (`--lang` or `KARTLEGG_LANG`) and read
//! wherever a message is built, so deep code can phrase its errors without
//! threading a parameter through every call. Identifiers, file keys and flag
//! names stay English; only what a person reads is translated.

use std::sync::OnceLock;

use serde::Serialize;

/// A language kartlegg can speak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Norsk bokmål.
    #[default]
    Nb,
    /// English.
    En,
}

static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Chooses the language for the rest of the process; later calls are ignored.
pub fn set(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The language chosen at start-up (bokmål if none was chosen).
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or_default()
}

/// Picks the bokmål or English wording of a message and formats it, capturing
/// variables by name: `tr!("fant ikke {id}", "did not find {id}")`.
#[macro_export]
macro_rules! tr {
    ($nb:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        match $crate::i18n::current() {
            $crate::i18n::Lang::Nb => format!($nb $(, $arg)*),
            $crate::i18n::Lang::En => format!($en $(, $arg)*),
        }
    };
}

/// A number for people to read, with the given decimals: a decimal comma in
/// Norwegian, a point in English, and a true minus sign.
pub fn decimal(x: f64, decimals: usize) -> String {
    let text = format!("{x:.decimals$}").replace('-', "\u{2212}");
    match current() {
        Lang::Nb => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A count with its noun inflected: `plural(1, "fil", "filer")` is "1 fil",
/// `plural(3, "fil", "filer")` is "3 filer". Give the words of the language
/// the message is in; the number is written as people read it.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    let word = if n == 1 { one } else { many };
    format!("{n} {word}")
}

/// The same count in bokmål and English, for one `tr!` that names it
/// `{count}` in both wordings: `counted(n, ("fil", "filer"), ("file", "files"))`.
pub fn counted(n: usize, nb: (&str, &str), en: (&str, &str)) -> String {
    match current() {
        Lang::Nb => plural(n, nb.0, nb.1),
        Lang::En => plural(n, en.0, en.1),
    }
}

/// A text given in both languages, as questionnaires and registers carry it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    pub nb: String,
    pub en: String,
}

impl Text {
    pub fn new(nb: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            nb: nb.into(),
            en: en.into(),
        }
    }

    /// The wording in the current language.
    pub fn get(&self) -> &str {
        self.in_lang(current())
    }

    pub fn in_lang(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_singular_only_for_one() {
        assert_eq!(plural(1, "fil", "filer"), "1 fil");
        assert_eq!(plural(3, "fil", "filer"), "3 filer");
        assert_eq!(plural(0, "problem", "problemer"), "0 problemer");
        assert_eq!(plural(1, "file", "files"), "1 file");
    }
}
