//! What the streaming reader says when a file does not fit its type: serde's
//! complaints (wrong type, bad value, unknown or missing key) in the user's
//! language and in the words the tree reader uses, each tied to the place in
//! the file where the reader stood.

use std::fmt;

use serde::de::{self, Expected, Unexpected};

use crate::diagnostic::{Diagnostic, EXCERPT_CHARS, Mark, excerpt};
use crate::tr;

#[derive(Debug)]
pub struct Error {
    pub(super) mark: Option<Mark>,
    pub(super) message: String,
}

impl Error {
    pub(super) fn at(mark: Option<Mark>, message: String) -> Error {
        Error { mark, message }
    }

    /// Broken YAML, as the parser found it.
    pub(super) fn syntax(mark: Option<Mark>, info: &str) -> Error {
        let info = if info.starts_with("tabs disallowed") {
            tr!(
                "tabulatortegn kan ikke brukes til innrykk; bruk mellomrom",
                "tabs cannot be used for indentation; use spaces"
            )
        } else {
            excerpt(info, EXCERPT_CHARS)
        };
        Error::at(mark, tr!("ugyldig YAML: {info}", "invalid YAML: {info}"))
    }

    pub(super) fn end_of_document(mark: Option<Mark>) -> Error {
        Error::at(
            mark,
            tr!(
                "dokumentet slutter midt i en verdi; er filen avkuttet?",
                "the document ends in the middle of a value; is the file cut off?"
            ),
        )
    }

    /// Places an error that serde made without knowing where it was.
    pub(super) fn placed(mut self, mark: Mark) -> Error {
        self.mark.get_or_insert(mark);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<Error> for Diagnostic {
    fn from(e: Error) -> Diagnostic {
        match e.mark {
            Some(mark) => Diagnostic::at(mark, "invalid", e.message),
            None => Diagnostic::whole_file("invalid", e.message),
        }
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error::at(None, excerpt(&msg.to_string(), 4 * EXCERPT_CHARS))
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Error {
        let (found, want) = (found(&unexp), wanted(exp));
        Error::at(
            None,
            tr!(
                "forventet {want}, fant {found}",
                "expected {want}, found {found}"
            ),
        )
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Error {
        let (found, want) = (found(&unexp), wanted(exp));
        Error::at(
            None,
            tr!(
                "{found} er ikke tillatt her; forventet {want}",
                "{found} is not allowed here; expected {want}"
            ),
        )
    }

    fn invalid_length(len: usize, exp: &dyn Expected) -> Error {
        let want = wanted(exp);
        Error::at(
            None,
            tr!(
                "{len} elementer, men forventet {want}",
                "{len} items, but expected {want}"
            ),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Error {
        let (variant, allowed) = (excerpt(variant, EXCERPT_CHARS), listed(expected));
        Error::at(
            None,
            tr!(
                "ukjent verdi «{variant}»; tillatt er {allowed}",
                "unknown value “{variant}”; allowed are {allowed}"
            ),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Error {
        let hint = match crate::yaml::closest(field, expected.iter().copied()) {
            Some(near) => tr!("; mente du `{near}`?", "; did you mean `{near}`?"),
            None => {
                let allowed = listed(expected);
                tr!("; tillatt er {allowed}", "; allowed are {allowed}")
            }
        };
        let field = excerpt(field, EXCERPT_CHARS);
        Error::at(
            None,
            tr!(
                "ukjent nøkkel `{field}`{hint}",
                "unknown key `{field}`{hint}"
            ),
        )
    }

    fn missing_field(field: &'static str) -> Error {
        Error::at(
            None,
            tr!("mangler nøkkelen `{field}`", "the key `{field}` is missing"),
        )
    }

    fn duplicate_field(field: &'static str) -> Error {
        Error::at(
            None,
            tr!(
                "nøkkelen `{field}` står mer enn én gang",
                "the key `{field}` appears more than once"
            ),
        )
    }
}

fn listed(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the file holds where something else was expected, in words.
fn found(unexp: &Unexpected<'_>) -> String {
    match unexp {
        Unexpected::Bool(b) => tr!("sannhetsverdien `{b}`", "the truth value `{b}`"),
        Unexpected::Unsigned(n) => tr!("heltallet {n}", "the whole number {n}"),
        Unexpected::Signed(n) => tr!("heltallet {n}", "the whole number {n}"),
        Unexpected::Float(n) => tr!("desimaltallet {n}", "the decimal number {n}"),
        Unexpected::Char(c) => tr!("tegnet «{c}»", "the character “{c}”"),
        Unexpected::Str(s) => {
            let s = excerpt(s, EXCERPT_CHARS);
            tr!("teksten «{s}»", "the text “{s}”")
        }
        Unexpected::Unit => tr!("en tom verdi", "an empty value"),
        Unexpected::Seq => tr!("en liste", "a list"),
        Unexpected::Map => tr!("et kart (nøkler og verdier)", "a map (keys and values)"),
        other => excerpt(&other.to_string(), EXCERPT_CHARS),
    }
}

/// What the type wants, in words; serde names it in Rust terms.
fn wanted(exp: &dyn Expected) -> String {
    let rust = exp.to_string();
    match rust.as_str() {
        "u64" | "usize" => tr!("et heltall fra 0 og oppover", "a whole number from 0 up"),
        "u32" => tr!(
            "et heltall fra 0 til 4294967295",
            "a whole number from 0 to 4294967295"
        ),
        "u16" => tr!(
            "et heltall fra 0 til 65535",
            "a whole number from 0 to 65535"
        ),
        "u8" => tr!("et heltall fra 0 til 255", "a whole number from 0 to 255"),
        "i64" | "i32" | "i16" | "i8" => tr!("et heltall", "a whole number"),
        "f64" | "f32" => tr!("et tall", "a number"),
        "a string" | "a borrowed string" | "a char" => tr!("en tekst", "a text"),
        "a boolean" => tr!("`true` eller `false`", "`true` or `false`"),
        "a sequence" => tr!("en liste", "a list"),
        "a map" => tr!("et kart (nøkler og verdier)", "a map (keys and values)"),
        s if s.starts_with("struct ") => {
            tr!("et kart (nøkler og verdier)", "a map (keys and values)")
        }
        _ => rust,
    }
}

#[cfg(test)]
mod tests {
    use serde::de::Error as _;

    use super::*;

    #[test]
    fn serde_complaints_are_in_plain_words() {
        // Library tests speak bokmål, the default.
        let e = Error::invalid_value(Unexpected::Signed(-5), &"u64");
        assert_eq!(
            e.message,
            "heltallet -5 er ikke tillatt her; forventet et heltall fra 0 og oppover"
        );
        let e = Error::invalid_type(Unexpected::Str(&"x".repeat(200)), &"a sequence");
        assert!(
            e.message
                .starts_with("forventet en liste, fant teksten «xxx")
        );
        assert!(e.message.chars().count() < 140, "{}", e.message);
        let e = Error::unknown_field("formt", &["format", "tool"]);
        assert_eq!(e.message, "ukjent nøkkel `formt`; mente du `format`?");
    }
}
