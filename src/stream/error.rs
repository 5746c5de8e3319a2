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
            tr!("error-tabs-cannot-be-used-for-indentation")
        } else {
            excerpt(info, EXCERPT_CHARS)
        };
        Error::at(mark, tr!("error-invalid-yaml", info = info))
    }

    pub(super) fn end_of_document(mark: Option<Mark>) -> Error {
        Error::at(mark, tr!("error-the-document-ends-in-the-middle"))
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
            tr!("error-expected-found", want = want, found = found),
        )
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Error {
        let (found, want) = (found(&unexp), wanted(exp));
        Error::at(
            None,
            tr!(
                "error-is-not-allowed-here-expected",
                found = found,
                want = want
            ),
        )
    }

    fn invalid_length(len: usize, exp: &dyn Expected) -> Error {
        let want = wanted(exp);
        Error::at(
            None,
            tr!("error-items-but-expected", len = len, want = want),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Error {
        let (variant, allowed) = (excerpt(variant, EXCERPT_CHARS), listed(expected));
        Error::at(
            None,
            tr!(
                "error-unknown-value-allowed-are",
                variant = variant,
                allowed = allowed
            ),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Error {
        let hint = match crate::yaml::closest(field, expected.iter().copied()) {
            Some(near) => tr!("catalogue-did-you-mean", near = near),
            None => {
                let allowed = listed(expected);
                tr!("error-allowed-are", allowed = allowed)
            }
        };
        let field = excerpt(field, EXCERPT_CHARS);
        Error::at(None, tr!("error-unknown-key", field = field, hint = hint))
    }

    fn missing_field(field: &'static str) -> Error {
        Error::at(None, tr!("error-the-key-is-missing", field = field))
    }

    fn duplicate_field(field: &'static str) -> Error {
        Error::at(
            None,
            tr!("error-the-key-appears-more-than-once", field = field),
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
        Unexpected::Bool(b) => tr!("error-the-truth-value", b = b),
        Unexpected::Unsigned(n) => tr!("error-the-whole-number", n = n),
        Unexpected::Signed(n) => tr!("error-the-whole-number", n = n),
        Unexpected::Float(n) => tr!("error-the-decimal-number", n = n),
        Unexpected::Char(c) => tr!("error-the-character", c = c),
        Unexpected::Str(s) => {
            let s = excerpt(s, EXCERPT_CHARS);
            tr!("error-the-text", s = s)
        }
        Unexpected::Unit => tr!("error-an-empty-value"),
        Unexpected::Seq => tr!("error-a-list"),
        Unexpected::Map => tr!("error-a-map-keys-and-values"),
        other => excerpt(&other.to_string(), EXCERPT_CHARS),
    }
}

/// What the type wants, in words; serde names it in Rust terms.
fn wanted(exp: &dyn Expected) -> String {
    let rust = exp.to_string();
    match rust.as_str() {
        "u64" | "usize" => tr!("error-a-whole-number-from-0-up"),
        "u32" => tr!("error-a-whole-number-from-0-to"),
        "u16" => tr!("error-a-whole-number-from-0-to-2"),
        "u8" => tr!("error-a-whole-number-from-0-to-3"),
        "i64" | "i32" | "i16" | "i8" => tr!("error-a-whole-number"),
        "f64" | "f32" => tr!("error-a-number"),
        "a string" | "a borrowed string" | "a char" => tr!("error-a-text"),
        "a boolean" => tr!("error-true-or-false"),
        "a sequence" => tr!("error-a-list"),
        "a map" => tr!("error-a-map-keys-and-values"),
        s if s.starts_with("struct ") => {
            tr!("error-a-map-keys-and-values")
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
