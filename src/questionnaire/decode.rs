//! Turns a YAML tree into a [`Questionnaire`], checking everything that can be
//! checked one value at a time: keys, types, ids, ranges, and which fields a
//! question type allows. Checks that compare values across the file live in
//! `validate`.

use std::collections::BTreeMap;

use crate::diagnostic::Mark;
use crate::i18n::Text;
use crate::nsm::PrincipleId;
use crate::tr;
use crate::yaml::{Decoder, Fields, Node, Value, closest};

use super::expr;
use super::{
    Choice, Condition, Level, Question, QuestionKind, Questionnaire, Scale, Section, YesNoScores,
};

const QUESTIONNAIRE_KEYS: &[&str] = &[
    "id",
    "version",
    "title",
    "description",
    "scales",
    "sections",
    "changes",
];
const SCALE_KEYS: &[&str] = &["id", "levels"];
const LEVEL_KEYS: &[&str] = &["level", "label", "description"];
const SECTION_KEYS: &[&str] = &["id", "title", "intro", "questions"];
const QUESTION_KEYS: &[&str] = &[
    "id",
    "type",
    "text",
    "help",
    "required",
    "allow_unknown",
    "allow_na",
    "show_if",
    "principle",
    "weight",
    "tags",
    "unit",
    "min",
    "max",
    "options",
    "scale",
    "levels",
    "scores",
];
const CHOICE_KEYS: &[&str] = &["id", "text", "score"];

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

fn read_kind(d: &mut Decoder, node: &Node) -> Option<QuestionKind> {
    let text = d.string(node)?;
    if let Some((_, kind)) = QuestionKind::ALL.iter().find(|(name, _)| *name == text) {
        return Some(*kind);
    }
    let names: Vec<&str> = QuestionKind::ALL.iter().map(|(n, _)| *n).collect();
    let hint = match closest(&text, names.iter().copied()) {
        Some(near) => tr!("; mente du `{near}`?", "; did you mean `{near}`?"),
        None => String::new(),
    };
    let all = names.join(", ");
    d.report(
        node.mark,
        "unknown-type",
        tr!(
            "ukjent spørsmålstype `{text}`{hint} (gyldige: {all})",
            "unknown question type `{text}`{hint} (valid: {all})"
        ),
    );
    None
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

fn read_weight(d: &mut Decoder, node: &Node) -> Option<f64> {
    let w = d.number(node)?;
    if w <= 0.0 {
        d.report(
            node.mark,
            "out-of-range",
            tr!(
                "vekten må være større enn 0",
                "the weight must be greater than 0"
            ),
        );
        return None;
    }
    Some(w)
}

fn choice(d: &mut Decoder, node: &Node) -> Option<Choice> {
    let f = d.fields(node, CHOICE_KEYS)?;
    let id_node = d.required(&f, "id");
    let id = id_node.and_then(|n| read_id(d, n));
    let text = d.required(&f, "text").and_then(|n| d.text(n));
    let score = optional(d, &f, "score", read_score);
    Some(Choice {
        at: id_node.map_or(f.mark, |n| n.mark),
        id: id?,
        text: text?,
        score: score?,
    })
}

fn read_level_texts(d: &mut Decoder, node: &Node) -> Option<BTreeMap<u8, Text>> {
    let Value::Map(entries) = &node.value else {
        d.seq(node); // reports the wrong type
        return None;
    };
    let mut out = BTreeMap::new();
    let mut ok = true;
    for (key, value) in entries {
        let level = read_level_number(d, key);
        let text = d.text(value);
        match (level, text) {
            (Some(level), Some(text)) => {
                if out.insert(level, text).is_some() {
                    d.report(
                        key.mark,
                        "duplicate-key",
                        tr!("nivå {level} står to ganger", "level {level} appears twice"),
                    );
                }
            }
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_yes_no_scores(d: &mut Decoder, node: &Node) -> Option<YesNoScores> {
    let f = d.fields(node, &["yes", "no"])?;
    let yes = d.required(&f, "yes").and_then(|n| read_score(d, n));
    let no = d.required(&f, "no").and_then(|n| read_score(d, n));
    Some(YesNoScores { yes: yes?, no: no? })
}

/// Reports a key that the question's type does not use.
fn not_for_kind(
    d: &mut Decoder,
    f: &Fields,
    key: &str,
    kind: QuestionKind,
    allowed: &[QuestionKind],
) {
    if allowed.contains(&kind) {
        return;
    }
    if let Some(node) = f.get(key) {
        let kinds: Vec<&str> = allowed.iter().map(|k| k.name()).collect();
        let kinds = kinds.join(", ");
        let name = kind.name();
        d.report(
            node.mark,
            "not-for-type",
            tr!(
                "`{key}` brukes bare på spørsmål av typen {kinds}, ikke `{name}`",
                "`{key}` is only used by questions of type {kinds}, not `{name}`"
            ),
        );
    }
}

fn question(d: &mut Decoder, node: &Node, scales: &[Scale]) -> Option<Question> {
    use QuestionKind as K;
    let f = d.fields(node, QUESTION_KEYS)?;
    let id_node = d.required(&f, "id");
    let id = id_node.and_then(|n| read_id(d, n));
    let kind = d.required(&f, "type").and_then(|n| read_kind(d, n));
    let text = d.required(&f, "text").and_then(|n| d.text(n));
    let help = optional(d, &f, "help", Decoder::text);
    let required = optional(d, &f, "required", Decoder::bool);
    let allow_unknown = optional(d, &f, "allow_unknown", Decoder::bool);
    let allow_na = optional(d, &f, "allow_na", Decoder::bool);
    let show_if = optional(d, &f, "show_if", read_condition);
    let principle = optional(d, &f, "principle", read_principle);
    let weight = optional(d, &f, "weight", read_weight);
    let tags = optional(d, &f, "tags", Decoder::strings);
    let unit = optional(d, &f, "unit", Decoder::text);
    let min = optional(d, &f, "min", Decoder::number);
    let max = optional(d, &f, "max", Decoder::number);
    let options = optional(d, &f, "options", |d, n| list(d, Some(n), choice));
    let scale = optional(d, &f, "scale", read_id);
    let levels = optional(d, &f, "levels", read_level_texts);
    let scores = optional(d, &f, "scores", read_yes_no_scores);

    if let Some(kind) = kind {
        not_for_kind(d, &f, "options", kind, &[K::Single, K::Multi]);
        not_for_kind(d, &f, "scale", kind, &[K::Scale]);
        not_for_kind(d, &f, "levels", kind, &[K::Scale]);
        not_for_kind(d, &f, "scores", kind, &[K::YesNo]);
        for key in ["unit", "min", "max"] {
            not_for_kind(d, &f, key, kind, &[K::Number]);
        }
        if kind == K::Scale && f.get("scale").is_none() {
            d.report(
                f.mark,
                "missing-key",
                tr!(
                    "et spørsmål av typen `scale` må si hvilken skala det bruker (`scale:`)",
                    "a question of type `scale` must name the scale it uses (`scale:`)"
                ),
            );
        }
        if matches!(kind, K::Single | K::Multi) {
            check_options(d, &f, kind, options.as_ref().and_then(Option::as_ref));
        }
        if let (Some(Some(scale_id)), Some(node)) = (&scale, f.get("scale")) {
            check_scale_reference(d, scales, scale_id, node, f.get("levels"));
        }
    }
    if let (Some(Some(lo)), Some(Some(hi)), Some(node)) = (min, max, f.get("min"))
        && lo > hi
    {
        d.report(
            node.mark,
            "min-above-max",
            tr!(
                "`min` ({lo}) er større enn `max` ({hi})",
                "`min` ({lo}) is greater than `max` ({hi})"
            ),
        );
    }

    Some(Question {
        at: id_node.map_or(f.mark, |n| n.mark),
        id: id?,
        kind: kind?,
        text: text?,
        help: help?,
        required: required?.unwrap_or(false),
        allow_unknown: allow_unknown?.unwrap_or(false),
        allow_na: allow_na?.unwrap_or(false),
        show_if: show_if?,
        principle: principle?,
        weight: weight?.unwrap_or(1.0),
        tags: tags?.unwrap_or_default(),
        unit: unit?,
        min: min?,
        max: max?,
        options: options?.unwrap_or_default(),
        scale: scale?,
        levels: levels?.unwrap_or_default(),
        scores: scores?,
    })
}

/// The scale a question names must exist, and so must every level the
/// question describes.
fn check_scale_reference(
    d: &mut Decoder,
    scales: &[Scale],
    scale_id: &str,
    node: &Node,
    levels: Option<&Node>,
) {
    let Some(scale) = scales.iter().find(|s| s.id == scale_id) else {
        let known: Vec<&str> = scales.iter().map(|s| s.id.as_str()).collect();
        let known = if known.is_empty() {
            "-".to_string()
        } else {
            known.join(", ")
        };
        d.report(
            node.mark,
            "unknown-scale",
            tr!(
                "skalaen `{scale_id}` finnes ikke (definerte skalaer: {known})",
                "the scale `{scale_id}` does not exist (defined scales: {known})"
            ),
        );
        return;
    };
    let Some(Node {
        value: Value::Map(entries),
        ..
    }) = levels
    else {
        return;
    };
    for (key, _) in entries {
        if let Some(level) = key.as_scalar().and_then(|k| k.parse::<u8>().ok())
            && level <= MAX_LEVEL
            && !scale.levels.iter().any(|l| l.level == level)
        {
            d.report(
                key.mark,
                "unknown-level",
                tr!(
                    "skalaen `{scale_id}` har ikke nivå {level}",
                    "the scale `{scale_id}` has no level {level}"
                ),
            );
        }
    }
}

/// Options of a single or multi question: present, not empty, ids unique,
/// scores given for all or none, and only on single questions.
fn check_options(d: &mut Decoder, f: &Fields, kind: QuestionKind, options: Option<&Vec<Choice>>) {
    let Some(node) = f.get("options") else {
        d.report(
            f.mark,
            "missing-key",
            tr!(
                "spørsmålet trenger svaralternativer (`options:`)",
                "the question needs answer options (`options:`)"
            ),
        );
        return;
    };
    let Some(options) = options else { return };
    if options.is_empty() && d.seq(node).is_some_and(<[Node]>::is_empty) {
        d.report(
            node.mark,
            "empty",
            tr!(
                "listen over svaralternativer er tom",
                "the list of answer options is empty"
            ),
        );
    }
    let repeated =
        super::validate::repeated_ids(options.iter().map(|o| (o.id.as_str(), o.at)), |id, _| {
            tr!(
                "svaralternativet `{id}` står to ganger",
                "the option `{id}` appears twice"
            )
        });
    d.problems.extend(repeated);
    let scored = options.iter().filter(|o| o.score.is_some()).count();
    if kind == QuestionKind::Multi && scored > 0 {
        d.report(
            node.mark,
            "not-for-type",
            tr!(
                "poeng (`score`) brukes bare på `single`-spørsmål",
                "scores (`score`) are only used by `single` questions"
            ),
        );
    } else if scored > 0 && scored < options.len() {
        let at: Mark = options
            .iter()
            .find(|o| o.score.is_none())
            .map_or(node.mark, |o| o.at);
        d.report(
            at,
            "missing-score",
            tr!(
                "gi alle svaralternativene poeng (`score`), eller ingen",
                "give every option a score (`score`), or none"
            ),
        );
    }
}
