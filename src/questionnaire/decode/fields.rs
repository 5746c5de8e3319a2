//! Reading single values of a questionnaire file, each checked on its own
//! and reported at its position: ids, versions, levels, scores, principles,
//! `show_if` conditions, lists and optional keys. Shared by the decoder of
//! questionnaires and that of their `changes:`; depends on nothing of them.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Mark};
use crate::nsm::PrincipleId;
use crate::tr;
use crate::yaml::{Decoder, Fields, Node, Value};

use super::super::{Condition, expr};

/// Words of the `show_if` language, which ids may not be.
const RESERVED: &[&str] = &[
    "and", "or", "not", "in", "contains", "true", "false", "answered",
];

/// The highest level of any scale, and the highest score of any answer.
pub const MAX_LEVEL: u8 = 5;

/// Decodes every item of an optional list, dropping items that failed; `None`
/// if the value is not a list.
pub(crate) fn list<T>(
    d: &mut Decoder,
    node: Option<&Node>,
    item: impl Fn(&mut Decoder, &Node) -> Option<T>,
) -> Option<Vec<T>> {
    let Some(node) = node else {
        return Some(Vec::new());
    };
    let items = d.seq(node)?;
    Some(items.iter().filter_map(|n| item(d, n)).collect())
}

/// The value of an optional key: `Some(None)` when absent, `None` when present
/// but broken (already reported).
pub(crate) fn optional<T>(
    d: &mut Decoder,
    f: &Fields,
    key: &str,
    read: impl Fn(&mut Decoder, &Node) -> Option<T>,
) -> Option<Option<T>> {
    match f.get(key) {
        None => Some(None),
        Some(node) => read(d, node).map(Some),
    }
}

pub(crate) fn read_id(d: &mut Decoder, node: &Node) -> Option<String> {
    let text = d.string(node)?;
    let mut chars = text.chars();
    let well_formed = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if !well_formed || RESERVED.contains(&text.as_str()) {
        d.report(
            node.mark,
            "bad-id",
            tr!(
                "`{text}` kan ikke brukes som id: bruk små bokstaver a–z, sifre, `_` og `-`, start med en bokstav, og unngå ordene i show_if-språket",
                "`{text}` cannot be used as an id: use lowercase a–z, digits, `_` and `-`, start with a letter, and avoid the words of the show_if language"
            ),
        );
        return None;
    }
    Some(text)
}

pub(crate) fn read_version(d: &mut Decoder, node: &Node) -> Option<String> {
    let text = d.string(node)?;
    if semver::Version::parse(&text).is_err() {
        d.report(
            node.mark,
            "bad-version",
            tr!(
                "`{text}` er ikke en semantisk versjon (for eksempel `1.2.0`)",
                "`{text}` is not a semantic version (for example `1.2.0`)"
            ),
        );
        return None;
    }
    Some(text)
}

/// A number in `0..=MAX_LEVEL`.
pub(crate) fn read_score(d: &mut Decoder, node: &Node) -> Option<f64> {
    let n = d.number(node)?;
    if !(0.0..=f64::from(MAX_LEVEL)).contains(&n) {
        d.report(
            node.mark,
            "out-of-range",
            tr!(
                "poengsummen {n} er utenfor 0–{MAX_LEVEL}",
                "the score {n} is outside 0–{MAX_LEVEL}"
            ),
        );
        return None;
    }
    Some(n)
}

/// A whole level number in `0..=MAX_LEVEL`.
pub(crate) fn read_level_number(d: &mut Decoder, node: &Node) -> Option<u8> {
    let text = node.as_scalar().unwrap_or_default().to_string();
    match text.parse::<u8>() {
        Ok(level)
            if level <= MAX_LEVEL && matches!(node.value, Value::Scalar { plain: true, .. }) =>
        {
            Some(level)
        }
        _ => {
            d.report(
                node.mark,
                "out-of-range",
                tr!(
                    "nivå `{text}` er ikke et helt tall fra 0 til {MAX_LEVEL}",
                    "level `{text}` is not a whole number from 0 to {MAX_LEVEL}"
                ),
            );
            None
        }
    }
}

pub(crate) fn read_condition(d: &mut Decoder, node: &Node) -> Option<Condition> {
    let src = d.string(node)?;
    // Column of the expression's first character: quoted scalars start one
    // character after their quote.
    let quoted = matches!(node.value, Value::Scalar { plain: false, .. });
    let at = node.mark.shifted(usize::from(quoted));
    match expr::parse(&src) {
        Ok(expr) => Some(Condition { at, expr }),
        Err(err) => {
            let message = err.message;
            d.report(
                at.shifted(err.offset),
                "show-if-syntax",
                format!("show_if: {message}"),
            );
            None
        }
    }
}

pub(crate) fn read_principle(d: &mut Decoder, node: &Node) -> Option<PrincipleId> {
    let text = d.string(node)?;
    let parsed = text.parse();
    if parsed.is_err() {
        d.report(
            node.mark,
            "unknown-principle",
            tr!(
                "`{text}` er ikke et prinsipp i NSMs grunnprinsipper (1.1–4.4, for eksempel `2.6`)",
                "`{text}` is not a principle of NSM's basic principles (1.1–4.4, for example `2.6`)"
            ),
        );
    }
    parsed.ok()
}

/// A problem for every id that was already used, saying where it was first.
pub fn repeated_ids<'a>(
    items: impl IntoIterator<Item = (&'a str, Mark)>,
    message: impl Fn(&str, usize) -> String,
) -> Vec<Diagnostic> {
    let mut first: HashMap<&str, Mark> = HashMap::new();
    let mut out = Vec::new();
    for (id, at) in items {
        match first.get(id) {
            Some(seen) => out.push(Diagnostic::at(at, "duplicate-id", message(id, seen.line))),
            None => {
                first.insert(id, at);
            }
        }
    }
    out
}
