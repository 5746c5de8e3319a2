//! Turns a YAML tree into a [`Questionnaire`], checking everything that can be
//! checked one value at a time: keys, types, ids, ranges, and which fields a
//! question type allows. Checks that compare values across the file live in
//! `validate`.

use crate::tr;
use crate::yaml::{Decoder, Node, Value};

use super::{Level, Questionnaire, Scale, Section};

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
            tr!("decode-the-questionnaire-has-no-sections"),
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

fn scale(d: &mut Decoder, node: &Node) -> Option<Scale> {
    let f = d.fields(node, SCALE_KEYS)?;
    let id_node = d.required(&f, "id");
    let id = id_node.and_then(|n| read_id(d, n));
    let levels = d
        .required(&f, "levels")
        .and_then(|n| list(d, Some(n), level));
    if let (Some(levels), Some(node)) = (&levels, f.get("levels")) {
        if levels.is_empty() {
            d.report(node.mark, "empty", tr!("decode-the-scale-has-no-levels"));
        }
        let mut seen = Vec::new();
        for l in levels {
            if seen.contains(&l.level) {
                let level = l.level;
                d.report(
                    node.mark,
                    "duplicate-id",
                    tr!("changes-level-appears-twice", level = level),
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

pub(crate) mod fields;
mod question;

use fields::{list, optional, read_level_number, read_version};
pub(crate) use fields::{read_condition, read_id, read_principle};
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
            tr!("decode-the-section-has-no-questions"),
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
