//! Turns a YAML tree into a [`Questionnaire`], checking everything that can be
//! checked one value at a time: keys, types, ids, ranges, and which fields a
//! question type allows. Checks that compare values across the file live in
//! `validate`.

use crate::nsm::PrincipleId;
use crate::tr;
use crate::yaml::{Decoder, Fields, Node, Value};

use super::expr;
use super::{Condition, Level, Questionnaire, Scale, Section};

const QUESTIONNAIRE_KEYS: &[&str] = &[
    "id",
    "version",
    "title",
    "description",
    "evidence",
    "scales",
    "sections",
    "changes",
];
const SCALE_KEYS: &[&str] = &["id", "levels"];
const LEVEL_KEYS: &[&str] = &["level", "label", "description"];
const SECTION_KEYS: &[&str] = &["id", "title", "intro", "questions"];
/// Words of the `show_if` language, which ids may not be.
const RESERVED: &[&str] = &[
    "and", "or", "not", "in", "contains", "true", "false", "answered",
];

/// The highest level of any scale, and the highest score of any answer.
pub const MAX_LEVEL: u8 = 5;

/// What could be read of a questionnaire: all of it, or the parts that were
/// sound, so that checks across the file can still run on those.
pub struct Draft {
    pub questionnaire: Option<Questionnaire>,
    pub scales: Vec<Scale>,
    pub sections: Vec<Section>,
    /// Ids of every question in the file, in order, including questions that
    /// could not be read, so they are not reported as missing.
    pub declared: Vec<String>,
}

pub fn questionnaire(d: &mut Decoder, node: &Node) -> Draft {
    let mut draft = Draft {
        questionnaire: None,
        scales: Vec::new(),
        sections: Vec::new(),
        declared: declared_question_ids(node),
    };
    let Some(f) = d.fields(node, QUESTIONNAIRE_KEYS) else {
        return draft;
    };
    let id = d.required(&f, "id").and_then(|n| read_id(d, n));
    let version = d.required(&f, "version").and_then(|n| read_version(d, n));
    let title = d.required(&f, "title").and_then(|n| d.text(n));
    let description = optional(d, &f, "description", Decoder::text);
    let evidence = optional(d, &f, "evidence", Decoder::bool);
    let scales = list(d, f.get("scales"), scale).unwrap_or_default();
    let sections = d
        .required(&f, "sections")
        .and_then(|n| list(d, Some(n), |d, n| section(d, n, &scales)));
    let changes = list(d, f.get("changes"), super::changes::change);
    if sections.as_ref().is_some_and(Vec::is_empty) {
        d.report(
            f.mark,
            "empty",
            tr!(
                "spørreskjemaet har ingen seksjoner",
                "the questionnaire has no sections"
            ),
        );
    }
    draft.scales = scales.clone();
    draft.sections = sections.clone().unwrap_or_default();
    draft.questionnaire = (|| {
        Some(Questionnaire {
            id: id?,
            version: version?,
            title: title?,
            description: description?,
            evidence: evidence?.unwrap_or(false),
            scales,
            sections: sections?,
            changes: changes?,
        })
    })();
    draft
}

fn declared_question_ids(root: &Node) -> Vec<String> {
    fn items(node: Option<&Node>) -> &[Node] {
        match node.map(|n| &n.value) {
            Some(Value::Seq(items)) => items,
            _ => &[],
        }
    }
    items(root.get("sections"))
        .iter()
        .flat_map(|section| items(section.get("questions")))
        .filter_map(|q| q.get("id").and_then(Node::as_scalar).map(str::to_string))
        .collect()
}

/// Decodes every item of an optional list, dropping items that failed; `None`
/// if the value is not a list.
fn list<T>(
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
fn optional<T>(
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
fn read_score(d: &mut Decoder, node: &Node) -> Option<f64> {
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

fn scale(d: &mut Decoder, node: &Node) -> Option<Scale> {
    let f = d.fields(node, SCALE_KEYS)?;
    let id_node = d.required(&f, "id");
    let id = id_node.and_then(|n| read_id(d, n));
    let levels = d
        .required(&f, "levels")
        .and_then(|n| list(d, Some(n), level));
    if let (Some(levels), Some(node)) = (&levels, f.get("levels")) {
        if levels.is_empty() {
            d.report(
                node.mark,
                "empty",
                tr!("skalaen har ingen nivåer", "the scale has no levels"),
            );
        }
        let mut seen = Vec::new();
        for l in levels {
            if seen.contains(&l.level) {
                let level = l.level;
                d.report(
                    node.mark,
                    "duplicate-id",
                    tr!("nivå {level} står to ganger", "level {level} appears twice"),
                );
            }
            seen.push(l.level);
        }
    }
    Some(Scale {
        at: id_node.map_or(f.mark, |n| n.mark),
        id: id?,
        levels: levels?,
    })
}

fn level(d: &mut Decoder, node: &Node) -> Option<Level> {
    let f = d.fields(node, LEVEL_KEYS)?;
    let level = d
        .required(&f, "level")
        .and_then(|n| read_level_number(d, n));
    let label = d.required(&f, "label").and_then(|n| d.text(n));
    let description = optional(d, &f, "description", Decoder::text);
    Some(Level {
        level: level?,
        label: label?,
        description: description?,
    })
}

mod question;
use question::question;

fn section(d: &mut Decoder, node: &Node, scales: &[Scale]) -> Option<Section> {
    let f = d.fields(node, SECTION_KEYS)?;
    let id_node = d.required(&f, "id");
    let id = id_node.and_then(|n| read_id(d, n));
    let title = d.required(&f, "title").and_then(|n| d.text(n));
    let intro = optional(d, &f, "intro", Decoder::text);
    let questions = d
        .required(&f, "questions")
        .and_then(|n| list(d, Some(n), |d, n| question(d, n, scales)));
    if let (Some(qs), Some(node)) = (&questions, f.get("questions"))
        && qs.is_empty()
        && d.seq(node).is_some_and(<[Node]>::is_empty)
    {
        d.report(
            node.mark,
            "empty",
            tr!(
                "seksjonen har ingen spørsmål",
                "the section has no questions"
            ),
        );
    }
    Some(Section {
        at: id_node.map_or(f.mark, |n| n.mark),
        id: id?,
        title: title?,
        intro: intro?,
        questions: questions?,
    })
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
