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
            tr!("fields-cannot-be-used-as-an-id", text = text),
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
            tr!("fields-is-not-a-semantic-version-for", text = text),
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
                "fields-the-score-is-outside-0",
                n = n,
                MAX_LEVEL = MAX_LEVEL
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
                    "fields-level-is-not-a-whole-number",
                    text = text,
                    MAX_LEVEL = MAX_LEVEL
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
            tr!("fields-is-not-a-principle-of-nsm", text = text),
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
