//! Decoding one question and its options: the keys each question type
//! allows, option lists, level texts and yes/no scores.

use std::collections::BTreeMap;

use crate::diagnostic::Mark;
use crate::i18n::Text;
use crate::tr;
use crate::yaml::{Decoder, Fields, Node, Value};

use super::super::{Choice, Question, QuestionKind, Scale, YesNoScores};
use super::fields::{
    MAX_LEVEL, list, optional, read_condition, read_id, read_level_number, read_principle,
    read_score, repeated_ids,
};

const QUESTION_KEYS: &[&str] = &[
    "id",
    "type",
    "text",
    "help",
    "required",
    "allow_unknown",
    "allow_na",
    "allow_never",
    "evidence",
    "show_if",
    "principle",
    "weight",
    "tags",
    "unit",
    "min",
    "max",
    "integer",
    "options",
    "scale",
    "levels",
    "scores",
    "pick",
];
const CHOICE_KEYS: &[&str] = &["id", "text", "score", "exclusive"];

fn read_kind(d: &mut Decoder, node: &Node) -> Option<QuestionKind> {
    let text = d.string(node)?;
    if let Some((_, kind)) = QuestionKind::ALL.iter().find(|(name, _)| *name == text) {
        return Some(*kind);
    }
    let names: Vec<&str> = QuestionKind::ALL.iter().map(|(n, _)| *n).collect();
    let hint = crate::yaml::did_you_mean(&text, names.iter().copied());
    let all = names.join(", ");
    d.report(
        node.mark,
        "unknown-type",
        tr!(
            "question-unknown-question-type-valid",
            text = text,
            hint = hint,
            all = all
        ),
    );
    None
}

fn read_weight(d: &mut Decoder, node: &Node) -> Option<f64> {
    let w = d.number(node)?;
    if w <= 0.0 {
        d.report(
            node.mark,
            "out-of-range",
            tr!("question-the-weight-must-be-greater-than"),
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
    let exclusive = optional(d, &f, "exclusive", Decoder::bool);
    Some(Choice {
        at: id_node.map_or(f.mark, |n| n.mark),
        id: id?,
        text: text?,
        score: score?,
        exclusive: exclusive?.unwrap_or(false),
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
                        tr!("changes-level-appears-twice", level = level),
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
                "question-is-only-used-by-questions-of",
                key = key,
                kinds = kinds,
                name = name
            ),
        );
    }
}

pub(super) fn question(d: &mut Decoder, node: &Node, scales: &[Scale]) -> Option<Question> {
    let f = d.fields(node, QUESTION_KEYS)?;
    let id_node = d.required(&f, "id");
    let id = id_node.and_then(|n| read_id(d, n));
    let kind = d.required(&f, "type").and_then(|n| read_kind(d, n));
    let text = d.required(&f, "text").and_then(|n| d.text(n));
    let help = optional(d, &f, "help", Decoder::text);
    let required = optional(d, &f, "required", Decoder::bool);
    let allow_unknown = optional(d, &f, "allow_unknown", Decoder::bool);
    let allow_na = optional(d, &f, "allow_na", Decoder::bool);
    let allow_never = optional(d, &f, "allow_never", Decoder::bool);
    let evidence = optional(d, &f, "evidence", Decoder::bool);
    let show_if = optional(d, &f, "show_if", read_condition);
    let principle = optional(d, &f, "principle", read_principle);
    let weight = optional(d, &f, "weight", read_weight);
    let tags = optional(d, &f, "tags", Decoder::strings);
    let unit = optional(d, &f, "unit", Decoder::text);
    let min = optional(d, &f, "min", Decoder::number);
    let max = optional(d, &f, "max", Decoder::number);
    let integer = optional(d, &f, "integer", Decoder::bool);
    let options = optional(d, &f, "options", |d, n| list(d, Some(n), choice));
    let scale = optional(d, &f, "scale", read_id);
    let levels = optional(d, &f, "levels", read_level_texts);
    let scores = optional(d, &f, "scores", read_yes_no_scores);
    let pick = optional(d, &f, "pick", read_pick);

    if let Some(kind) = kind {
        let options = options.as_ref().and_then(Option::as_ref);
        let scale = scale.as_ref().and_then(Option::as_deref);
        check_kind(d, &f, kind, scales, options, scale);
    }
    if let (Some(Some(lo)), Some(Some(hi)), Some(node)) = (min, max, f.get("min"))
        && lo > hi
    {
        d.report(
            node.mark,
            "min-above-max",
            tr!("question-min-is-greater-than-max", lo = lo, hi = hi),
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
        allow_never: allow_never?.unwrap_or(false),
        evidence: evidence?,
        show_if: show_if?,
        principle: principle?,
        weight: weight?.unwrap_or(1.0),
        tags: tags?.unwrap_or_default(),
        unit: unit?,
        min: min?,
        max: max?,
        integer: integer?.unwrap_or(false),
        options: options?.unwrap_or_default(),
        scale: scale?,
        levels: levels?.unwrap_or_default(),
        scores: scores?,
        pick: pick?,
    })
}

/// Checks that depend on the question's type: keys it does not use, keys it
/// needs, and what they refer to.
fn check_kind(
    d: &mut Decoder,
    f: &Fields,
    kind: QuestionKind,
    scales: &[Scale],
    options: Option<&Vec<Choice>>,
    scale: Option<&str>,
) {
    use QuestionKind as K;
    not_for_kind(d, f, "options", kind, &[K::Single, K::Multi, K::Rank]);
    not_for_kind(d, f, "pick", kind, &[K::Rank]);
    not_for_kind(d, f, "scale", kind, &[K::Scale]);
    not_for_kind(d, f, "levels", kind, &[K::Scale]);
    not_for_kind(d, f, "scores", kind, &[K::YesNo]);
    not_for_kind(d, f, "allow_never", kind, &[K::Date]);
    for key in ["unit", "min", "max", "integer"] {
        not_for_kind(d, f, key, kind, &[K::Number]);
    }
    if kind == K::Scale && f.get("scale").is_none() {
        d.report(
            f.mark,
            "missing-key",
            tr!("question-a-question-of-type-scale-must"),
        );
    }
    if matches!(kind, K::Single | K::Multi | K::Rank) {
        check_options(d, f, kind, options);
    }
    if kind == K::Rank {
        check_pick(d, f, options);
    }
    if let (Some(scale_id), Some(node)) = (scale, f.get("scale")) {
        check_scale_reference(d, scales, scale_id, node, f.get("levels"));
    }
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
                "question-the-scale-does-not-exist-defined",
                scale_id = scale_id,
                known = known
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
                    "question-the-scale-has-no-level",
                    scale_id = scale_id,
                    level = level
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
            tr!("question-the-question-needs-answer-options-options"),
        );
        return;
    };
    let Some(options) = options else { return };
    if options.is_empty() && d.seq(node).is_some_and(<[Node]>::is_empty) {
        d.report(
            node.mark,
            "empty",
            tr!("question-the-list-of-answer-options-is"),
        );
    }
    let repeated = repeated_ids(options.iter().map(|o| (o.id.as_str(), o.at)), |id, _| {
        tr!("question-the-option-appears-twice", id = id)
    });
    d.problems.extend(repeated);
    if kind != QuestionKind::Multi {
        exclusive_only_on_multi(d, node);
    }
    let scored = options.iter().filter(|o| o.score.is_some()).count();
    if kind != QuestionKind::Single && scored > 0 {
        d.report(
            node.mark,
            "not-for-type",
            tr!("question-scores-score-are-only-used-by"),
        );
    } else if scored > 0 && scored < options.len() {
        let at: Mark = options
            .iter()
            .find(|o| o.score.is_none())
            .map_or(node.mark, |o| o.at);
        d.report(
            at,
            "missing-score",
            tr!("question-give-every-option-a-score-score"),
        );
    }
}

/// `exclusive` makes sense only where several options can be chosen.
fn exclusive_only_on_multi(d: &mut Decoder, options: &Node) {
    let Value::Seq(items) = &options.value else {
        return;
    };
    for key in items.iter().filter_map(|item| item.get("exclusive")) {
        d.report(
            key.mark,
            "not-for-type",
            tr!("question-exclusive-is-only-used-on-options"),
        );
    }
}

/// A whole number of options to rank, at least 1.
fn read_pick(d: &mut Decoder, node: &Node) -> Option<usize> {
    let n = d.number(node)?;
    if n < 1.0 || n.fract() != 0.0 {
        d.report(
            node.mark,
            "out-of-range",
            tr!("question-pick-must-be-a-whole-number", n = n),
        );
        return None;
    }
    Some(n as usize)
}

/// A `rank` question says how many to rank, and no more than it offers.
fn check_pick(d: &mut Decoder, f: &Fields, options: Option<&Vec<Choice>>) {
    let Some(node) = f.get("pick") else {
        d.report(
            f.mark,
            "missing-key",
            tr!("question-a-question-of-type-rank-must"),
        );
        return;
    };
    let pick = node.as_scalar().and_then(|p| p.parse::<usize>().ok());
    if let (Some(pick), Some(options)) = (pick, options)
        && pick > options.len()
        && !options.is_empty()
    {
        let n = options.len();
        d.report(
            node.mark,
            "out-of-range",
            tr!("question-pick-is-but-the-question-has", pick = pick, n = n),
        );
    }
}

#[cfg(test)]
mod tests {
    /// The problems (line:column and code) of a one-question questionnaire.
    fn problems(question: &str) -> Vec<(String, &'static str)> {
        let src = format!(
            "id: t\nversion: 1.0.0\ntitle: {{nb: T, en: T}}\nsections:\n  - id: s\n    title: {{nb: S, en: S}}\n    questions:\n{question}"
        );
        match crate::questionnaire::from_str(&src) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .iter()
                .map(|p| {
                    let at = p
                        .mark
                        .map_or(String::new(), |m| format!("{}:{}", m.line, m.col));
                    (at, p.code)
                })
                .collect(),
        }
    }

    const OPTIONS: &str = "        options:\n          - {id: a, text: {nb: A, en: A}}\n          - {id: b, text: {nb: B, en: B}}\n";

    #[test]
    fn a_rank_question_needs_a_pick_within_its_options() {
        let head = "      - id: r\n        type: rank\n        text: {nb: R, en: R}\n";
        assert_eq!(
            problems(&format!("{head}{OPTIONS}")),
            [("8:9".into(), "missing-key")]
        );
        for (pick, code) in [
            ("0", "out-of-range"),
            ("1.5", "out-of-range"),
            ("3", "out-of-range"),
        ] {
            let src = format!("{head}        pick: {pick}\n{OPTIONS}");
            assert_eq!(problems(&src), [("11:15".into(), code)], "pick {pick}");
        }
        assert!(problems(&format!("{head}        pick: 2\n{OPTIONS}")).is_empty());
    }

    #[test]
    fn rank_options_are_never_exclusive_and_pick_is_only_for_rank() {
        let src = "      - id: r\n        type: rank\n        pick: 1\n        text: {nb: R, en: R}\n        options:\n          - {id: a, text: {nb: A, en: A}, exclusive: true}\n";
        assert_eq!(problems(src), [("13:54".into(), "not-for-type")]);
        let src =
            "      - id: n\n        type: number\n        pick: 2\n        text: {nb: N, en: N}\n";
        assert_eq!(problems(src), [("10:15".into(), "not-for-type")]);
    }
}
