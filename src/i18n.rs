//! The language kartlegg speaks to people in: bokmål by default, nynorsk or
//! English on request or by the municipality's own language form.
//!
//! The choice is made at start-up (`--lang`, `KARTLEGG_LANG`, the
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

impl Lang {
    /// The language a code (`nb`, `nn`, `en`) names.
    pub fn from_code(code: &str) -> Option<Lang> {
        [Lang::Nb, Lang::Nn, Lang::En]
            .into_iter()
            .find(|lang| lang.code() == code)
    }

    /// The language's code, as files and `--lang` write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }
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

mod messages;

pub use messages::{help, help_key, message, message_in};

/// A message from the translation catalogues (`locales/*.ftl`) in the current
/// language, its placeholders given by name:
/// `tr!("settings-is-outside", x = value, lo = 0, hi = 5)`.
#[macro_export]
macro_rules! tr {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message(
            $key,
            &[$((stringify!($name), ::std::string::ToString::to_string(&$value))),*],
        )
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
    /// A text from the translation catalogues, in every language.
    pub fn message(key: &str) -> Text {
        Text {
            nb: messages::message_in(Lang::Nb, key),
            nn: messages::message_in(Lang::Nn, key),
            en: messages::message_in(Lang::En, key),
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
