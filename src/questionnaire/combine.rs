//! How the answers to old questions merged into one (`merged:` in
//! `changes:`) become one answer.
//!
//! The merged question asks about every part at once, so the combination is
//! conservative: a part at a low level holds the whole back (the lowest
//! level, "yes" only if every part is "yes", the earliest date). Numbers add
//! up (merged questions count parts of a whole), choices are united, texts
//! joined. "Ikke relevant" parts are left out; a part that is "Vet ikke"
//! makes the whole "Vet ikke", since the lowest level cannot be known. Two
//! different unscored options cannot be combined: the caller sets them aside.

use super::answer::{AnswerValue, Response, State};
use super::{Question, QuestionKind};
use crate::survey::result::Answer;

/// An answer on its way, with the answers as written that it stands for:
/// their places in the list as written, which is read again only for the
/// few that are set aside, so that no answer is held twice on the way.
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub answer: Answer,
    pub written: Vec<usize>,
    pub changed: bool,
}

impl Item {
    /// The answer at place `at` of the list as written.
    pub(super) fn new(at: usize, answer: &Answer) -> Item {
        Item {
            answer: answer.clone(),
            written: vec![at],
            changed: false,
        }
    }
}

/// One answer to `question` from the parts (answers to the old questions,
/// with levels and options already mapped), or the parts back when they
/// cannot be combined.
pub(crate) fn combine(question: &Question, parts: Vec<Item>) -> Result<Item, Vec<Item>> {
    let counted: Vec<&Response> = parts
        .iter()
        .map(|p| &p.answer.response)
        .filter(|r| r.state != State::NotApplicable)
        .collect();
    let state = if counted.is_empty() {
        State::NotApplicable
    } else if counted.iter().all(|r| r.state == State::Answered) {
        State::Answered
    } else if counted.iter().any(|r| r.state == State::Unknown) {
        State::Unknown
    } else {
        State::Skipped
    };
    let value = if state == State::Answered {
        let values: Option<Vec<&AnswerValue>> = counted.iter().map(|r| r.value()).collect();
        match values.and_then(|v| combine_values(question, &v)) {
            Some(value) => Some(value),
            None => return Err(parts),
        }
    } else {
        None
    };
    let comments: Vec<&str> = parts
        .iter()
        .filter_map(|p| p.answer.comment.as_deref())
        .collect();
    // Fields not combined here are the first part's.
    let Some(mut answer) = parts.first().map(|p| p.answer.clone()) else {
        return Err(parts);
    };
    answer.id = question.id.clone();
    answer.response = Response { state, value };
    answer.comment = (!comments.is_empty()).then(|| comments.join("; "));
    answer.unclear = parts.iter().any(|p| p.answer.unclear);
    answer.seconds = parts.iter().map(|p| p.answer.seconds).sum();
    Ok(Item {
        answer,
        written: parts.into_iter().flat_map(|p| p.written).collect(),
        changed: true,
    })
}

fn combine_values(question: &Question, values: &[&AnswerValue]) -> Option<AnswerValue> {
    use AnswerValue as V;
    let numbers = || -> Option<Vec<f64>> {
        values
            .iter()
            .map(|v| match v {
                V::Number(n) => Some(*n),
                _ => None,
            })
            .collect()
    };
    let texts = || -> Option<Vec<&str>> {
        values
            .iter()
            .map(|v| match v {
                V::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    };
    match question.kind {
        QuestionKind::Scale => numbers()?.into_iter().reduce(f64::min).map(V::Number),
        QuestionKind::Number => Some(V::Number(numbers()?.into_iter().sum())),
        QuestionKind::YesNo => {
            let all_yes = values
                .iter()
                .map(|v| match v {
                    V::Bool(b) => Some(*b),
                    _ => None,
                })
                .collect::<Option<Vec<bool>>>()?
                .into_iter()
                .all(|b| b);
            Some(V::Bool(all_yes))
        }
        QuestionKind::Date => texts()?.into_iter().min().map(|d| V::Text(d.into())),
        QuestionKind::Text => Some(V::Text(texts()?.join("; "))),
        QuestionKind::Multi => {
            let mut union: Vec<String> = Vec::new();
            for v in values {
                let V::Choices(ids) = v else { return None };
                for id in ids {
                    if !union.contains(id) {
                        union.push(id.clone());
                    }
                }
            }
            Some(V::Choices(union))
        }
        QuestionKind::Single => lowest_option(question, &texts()?).map(|id| V::Text(id.into())),
        // Kinds added later are not combined until a rule is chosen for them.
        #[allow(unreachable_patterns)]
        _ => None,
    }
}

/// The common option, or the one with the lowest score; `None` when the
/// options differ and are not all scored.
fn lowest_option<'a>(question: &Question, ids: &[&'a str]) -> Option<&'a str> {
    let first = *ids.first()?;
    if ids.iter().all(|id| *id == first) {
        return Some(first);
    }
    let score = |id: &str| question.options.iter().find(|o| o.id == id)?.score;
    let scored: Option<Vec<(f64, &'a str)>> =
        ids.iter().map(|id| score(id).map(|s| (s, *id))).collect();
    scored?
        .into_iter()
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(src: &str) -> Question {
        let q = super::super::from_str(&format!(
            "id: t\nversion: 1.0.0\ntitle: {{nb: T, en: T}}\nscales: [{{id: s, levels: [{{level: 0, label: {{nb: a, en: a}}}}, {{level: 5, label: {{nb: b, en: b}}}}]}}]\nsections: [{{id: d, title: {{nb: D, en: D}}, questions: [{src}]}}]\n"
        ))
        .unwrap();
        q.sections[0].questions[0].clone()
    }

    fn part(id: &str, state: State, value: Option<AnswerValue>, comment: Option<&str>) -> Item {
        let src = "format: kartlegg-svar/1\ntool: k\nquestionnaire: {id: t, version: 1.0.0, sha256: x}\nmunicipality: {id: \"9901\", name: F}\nstarted: \"2026-10-05T09:00:00Z\"\nstatus: complete\nanswers:\n  - {id: a, state: skipped, seconds: 10}\n";
        let mut answer = crate::survey::result::from_str(src).unwrap().answers[0].clone();
        answer.id = id.into();
        answer.response = Response { state, value };
        answer.comment = comment.map(str::to_string);
        answer.unclear = id == "b";
        Item {
            answer,
            written: vec![0],
            changed: false,
        }
    }

    fn answered(id: &str, value: AnswerValue) -> Item {
        part(id, State::Answered, Some(value), None)
    }

    #[test]
    fn scales_take_the_lowest_level_and_keep_comments_and_time() {
        let q = question("{id: m, type: scale, scale: s, text: {nb: M, en: M}}");
        let parts = vec![
            part(
                "a",
                State::Answered,
                Some(AnswerValue::Number(4.0)),
                Some("godt"),
            ),
            part(
                "b",
                State::Answered,
                Some(AnswerValue::Number(2.0)),
                Some("svakt"),
            ),
            part("c", State::NotApplicable, None, None),
        ];
        let item = combine(&q, parts).unwrap();
        assert_eq!(item.answer.id, "m");
        assert_eq!(
            item.answer.response,
            Response::answered(AnswerValue::Number(2.0))
        );
        assert_eq!(item.answer.comment.as_deref(), Some("godt; svakt"));
        assert!(item.answer.unclear);
        assert_eq!(item.answer.seconds, 30.0);
        assert_eq!(item.written.len(), 3);
        assert!(item.changed);
    }

    #[test]
    fn an_unknown_part_makes_the_whole_unknown_and_all_na_stays_na() {
        let q = question("{id: m, type: scale, scale: s, text: {nb: M, en: M}}");
        let item = combine(
            &q,
            vec![
                answered("a", AnswerValue::Number(4.0)),
                part("b", State::Skipped, None, None),
                part("c", State::Unknown, None, None),
            ],
        )
        .unwrap();
        assert_eq!(
            item.answer.response,
            Response::without_value(State::Unknown)
        );
        let item = combine(
            &q,
            vec![
                answered("a", AnswerValue::Number(4.0)),
                part("b", State::Skipped, None, None),
            ],
        )
        .unwrap();
        assert_eq!(
            item.answer.response,
            Response::without_value(State::Skipped)
        );
        let na = vec![part("a", State::NotApplicable, None, None)];
        let item = combine(&q, na).unwrap();
        assert_eq!(item.answer.response.state, State::NotApplicable);
    }

    #[test]
    fn yes_no_numbers_dates_texts_and_choices() {
        let cases = [
            (
                "{id: m, type: yesno, text: {nb: M, en: M}}",
                AnswerValue::Bool(true),
                AnswerValue::Bool(false),
                AnswerValue::Bool(false),
            ),
            (
                "{id: m, type: number, text: {nb: M, en: M}}",
                AnswerValue::Number(3.0),
                AnswerValue::Number(4.5),
                AnswerValue::Number(7.5),
            ),
            (
                "{id: m, type: date, text: {nb: M, en: M}}",
                AnswerValue::Text("2026-03-01".into()),
                AnswerValue::Text("2025-12-31".into()),
                AnswerValue::Text("2025-12-31".into()),
            ),
            (
                "{id: m, type: text, text: {nb: M, en: M}}",
                AnswerValue::Text("en".into()),
                AnswerValue::Text("to".into()),
                AnswerValue::Text("en; to".into()),
            ),
            (
                "{id: m, type: multi, text: {nb: M, en: M}, options: [{id: x, text: {nb: X, en: X}}, {id: y, text: {nb: Y, en: Y}}]}",
                AnswerValue::Choices(vec!["x".into()]),
                AnswerValue::Choices(vec!["y".into(), "x".into()]),
                AnswerValue::Choices(vec!["x".into(), "y".into()]),
            ),
        ];
        for (src, a, b, want) in cases {
            let item = combine(&question(src), vec![answered("a", a), answered("b", b)]).unwrap();
            assert_eq!(item.answer.response.value, Some(want), "{src}");
        }
    }

    #[test]
    fn single_options_agree_or_take_the_lowest_score_or_conflict() {
        let scored = question(
            "{id: m, type: single, text: {nb: M, en: M}, options: [{id: x, text: {nb: X, en: X}, score: 4}, {id: y, text: {nb: Y, en: Y}, score: 1}]}",
        );
        let x = || answered("a", AnswerValue::Text("x".into()));
        let y = || answered("b", AnswerValue::Text("y".into()));
        let item = combine(&scored, vec![x(), y()]).unwrap();
        assert_eq!(
            item.answer.response.value,
            Some(AnswerValue::Text("y".into()))
        );
        let plain = question(
            "{id: m, type: single, text: {nb: M, en: M}, options: [{id: x, text: {nb: X, en: X}}, {id: y, text: {nb: Y, en: Y}}]}",
        );
        let item = combine(&plain, vec![x(), x()]).unwrap();
        assert_eq!(
            item.answer.response.value,
            Some(AnswerValue::Text("x".into()))
        );
        let parts = combine(&plain, vec![x(), y()]).unwrap_err();
        assert_eq!(parts.len(), 2);
    }
}
