//! The language kartlegg speaks to people in: bokmål by default, nynorsk or
//! English on request or by the municipality's own language form.
//!
//! The choice is made once at start-up (`--lang`, `KARTLEGG_LANG`, the
//! municipality's language form, then bokmål; see [`choose`]) and read
//! wherever a message is built, so deep code can phrase its errors without
//! threading a parameter through every call. Identifiers, file keys and flag
//! names stay English; only what a person reads is translated.

use std::sync::atomic::{AtomicU8, Ordering};

use serde::Serialize;

/// A language kartlegg can speak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Norsk bokmål.
    #[default]
    Nb,
    /// Norsk nynorsk.
    Nn,
    /// English.
    En,
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Chooses the language for the rest of the process. Start-up chooses twice:
/// from `--lang` and `KARTLEGG_LANG` before the command line is read (for
/// clap's own words), then for good once the municipality is known.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language chosen at start-up (bokmål if none was chosen).
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Nn,
        2 => Lang::En,
        _ => Lang::Nb,
    }
}

/// The language to speak, in order of precedence: `--lang`, then
/// `KARTLEGG_LANG` (both given here as `asked`, the command line winning),
/// then the language form of the municipality the command is about
/// (nynorsk gives nynorsk; bokmål and neutral give bokmål), then bokmål.
pub fn choose(asked: Option<Lang>, municipality: Option<crate::kommune::Maalform>) -> Lang {
    use crate::kommune::Maalform;
    asked.unwrap_or(match municipality {
        Some(Maalform::Nynorsk) => Lang::Nn,
        Some(Maalform::Bokmal | Maalform::Neutral) | None => Lang::Nb,
    })
}

/// Picks the bokmål or English wording of a message and formats it, capturing
/// variables by name: `tr!("fant ikke {id}", "did not find {id}")`.
///
/// Nynorsk messages are not written yet: until they are, nynorsk shows the
/// bokmål wording. Questionnaire texts ([`Text`]) do have nynorsk.
#[macro_export]
macro_rules! tr {
    ($nb:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        match $crate::i18n::current() {
            $crate::i18n::Lang::Nb | $crate::i18n::Lang::Nn => format!($nb $(, $arg)*),
            $crate::i18n::Lang::En => format!($en $(, $arg)*),
        }
    };
}

/// A number for people to read, with the given decimals: a decimal comma in
/// Norwegian (bokmål and nynorsk), a point in English, and a true minus sign.
pub fn decimal(x: f64, decimals: usize) -> String {
    let text = format!("{x:.decimals$}").replace('-', "\u{2212}");
    match current() {
        Lang::Nb | Lang::Nn => text.replace('.', ","),
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
        Lang::Nb | Lang::Nn => plural(n, nb.0, nb.1),
        Lang::En => plural(n, en.0, en.1),
    }
}

/// A text given in each language, as questionnaires and registers carry it.
///
/// Nynorsk is left out of the serialised (canonical) form: it was added
/// after questionnaire versions had been released, and a questionnaire's
/// hash, which result files record, must not change when a translation is
/// added. Bokmål and English stay in it, as they always were. For the same
/// reason two texts are equal when their bokmål and English are: adding or
/// mending a nynorsk translation is not a change of wording that a revision
/// of a questionnaire must declare.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Text {
    pub nb: String,
    #[serde(skip)]
    pub nn: String,
    pub en: String,
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.nb == other.nb && self.en == other.en
    }
}

impl Eq for Text {}

impl Text {
    /// A text the program itself carries in bokmål and English; nynorsk
    /// shows the bokmål until it is written (as with [`tr!`]).
    pub fn new(nb: impl Into<String>, en: impl Into<String>) -> Text {
        let nb = nb.into();
        Text {
            nn: nb.clone(),
            nb,
            en: en.into(),
        }
    }

    /// A text with all three languages.
    pub fn all(nb: impl Into<String>, nn: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            nb: nb.into(),
            nn: nn.into(),
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
            Lang::Nn => &self.nn,
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
