//! The municipality's answer when several people answered the same
//! questionnaire: a result agreed in a joint session (consensus) stands for
//! the municipality; otherwise each question's answers are combined by the
//! rule chosen with `--aggregate`. docs/formats.md explains the rules.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::questionnaire::answer::{AnswerValue, Response, Responses, State};
use crate::questionnaire::scoring;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};

/// How the respondents' answers of one municipality are combined.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Aggregate {
    /// The median answer (the lower of the two middle ones when their number
    /// is even, so that the value stays on the scale and is not overstated).
    #[default]
    Median,
    /// The lowest answer: the most cautious reading.
    Min,
    /// Only results agreed in a joint session give the municipality a value.
    ConsensusOnly,
}

/// Where a municipality's value of one questionnaire comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// One respondent answered.
    Single,
    /// A result agreed in a joint session.
    Consensus,
    /// Several respondents, combined by the rule.
    Combined(Aggregate),
    /// No value: several respondents, no consensus, and only consensus counts.
    NoConsensus,
    /// Taken from the IT cooperation (its id) the municipality belongs to.
    Inherited(String),
}

impl Basis {
    /// A stable word for the tables.
    pub fn name(&self) -> &'static str {
        match self {
            Basis::Single => "single",
            Basis::Consensus => "consensus",
            Basis::Combined(Aggregate::Median) => "median",
            Basis::Combined(Aggregate::Min) => "min",
            Basis::Combined(Aggregate::ConsensusOnly) | Basis::NoConsensus => "no-consensus",
            Basis::Inherited(_) => "inherited",
        }
    }
}

/// The municipality's responses from its respondents' (at least one), with
/// where they come from; `consensus` marks the respondents whose result was
/// agreed jointly. `None` responses: no value under the rule.
pub fn combine(
    questionnaire: &Questionnaire,
    respondents: &[(&Arc<Responses>, bool)],
    rule: Aggregate,
) -> (Option<Arc<Responses>>, Basis) {
    // One respondent's, or the agreed, responses are shared, not copied.
    if let Some((agreed, _)) = respondents.iter().find(|(_, consensus)| *consensus) {
        return (Some(Arc::clone(agreed)), Basis::Consensus);
    }
    if rule == Aggregate::ConsensusOnly {
        return (None, Basis::NoConsensus);
    }
    if let [(only, _)] = respondents {
        return (Some(Arc::clone(only)), Basis::Single);
    }
    let mut combined = Responses::new();
    for (_, question) in questionnaire.questions() {
        let given: Vec<&Response> = respondents
            .iter()
            .filter_map(|(r, _)| r.get(&question.id))
            .collect();
        if let Some(response) = question_value(question, &given, rule) {
            combined.insert(question.id.clone(), response);
        }
    }
    (Some(Arc::new(combined)), Basis::Combined(rule))
}

/// One question's combined response: a value when anyone gave one; else
/// "vet ikke" before "ikke relevant" before skipped.
fn question_value(question: &Question, given: &[&Response], rule: Aggregate) -> Option<Response> {
    let values: Vec<&AnswerValue> = given.iter().filter_map(|r| r.value()).collect();
    if values.is_empty() {
        let state = [State::Unknown, State::NotApplicable, State::Skipped]
            .into_iter()
            .find(|s| given.iter().any(|r| r.state == *s))?;
        return Some(Response::without_value(state));
    }
    let value = match question.kind {
        QuestionKind::Multi => chosen_by_most(question, &values, rule),
        _ => ordered_pick(question, &values, rule),
    };
    Some(Response::answered(value))
}

/// The median or lowest value, ordered by score where the question scores
/// its answers, else by number, option order or yes/no.
fn ordered_pick(question: &Question, values: &[&AnswerValue], rule: Aggregate) -> AnswerValue {
    let mut ordered: Vec<(f64, &AnswerValue)> = values
        .iter()
        .filter_map(|v| Some((order(question, v)?, *v)))
        .collect();
    if ordered.is_empty() {
        // Text and dates have no order: the first respondent's answer.
        return values[0].clone();
    }
    ordered.sort_by(|a, b| a.0.total_cmp(&b.0));
    let at = match rule {
        Aggregate::Median => (ordered.len() - 1) / 2,
        Aggregate::Min | Aggregate::ConsensusOnly => 0,
    };
    ordered[at].1.clone()
}

/// Where a value stands among the answers to the question.
fn order(question: &Question, value: &AnswerValue) -> Option<f64> {
    if let Some(score) = scoring::question_score(question, value) {
        return Some(score);
    }
    match value {
        AnswerValue::Number(n) => Some(*n),
        AnswerValue::Bool(b) => Some(f64::from(u8::from(*b))),
        AnswerValue::Text(id) if question.kind == QuestionKind::Single => question
            .options
            .iter()
            .position(|o| o.id == *id)
            .map(|i| i as f64),
        _ => None,
    }
}

/// For multiple choice: the options chosen by at least half of those who
/// answered (median), or by all of them (min), in the questionnaire's order.
fn chosen_by_most(question: &Question, values: &[&AnswerValue], rule: Aggregate) -> AnswerValue {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for v in values {
        if let AnswerValue::Choices(ids) = v {
            for id in ids {
                *counts.entry(id.as_str()).or_default() += 1;
            }
        }
    }
    let n = values.len();
    let needed = match rule {
        Aggregate::Median => n.div_ceil(2),
        Aggregate::Min | Aggregate::ConsensusOnly => n,
    };
    let chosen = question
        .options
        .iter()
        .filter(|o| counts.get(o.id.as_str()).is_some_and(|&c| c >= needed))
        .map(|o| o.id.clone())
        .collect();
    AnswerValue::Choices(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::builtin;

    fn responses(pairs: &[(&str, Response)]) -> Arc<Responses> {
        let responses = pairs
            .iter()
            .map(|(id, r)| (id.to_string(), r.clone()))
            .collect();
        Arc::new(responses)
    }

    fn level(n: f64) -> Response {
        Response::answered(AnswerValue::Number(n))
    }

    fn modenhet() -> Questionnaire {
        builtin::all()
            .unwrap()
            .into_iter()
            .find(|q| q.id == "modenhet")
            .unwrap()
    }

    fn first_scale(q: &Questionnaire) -> String {
        q.questions()
            .find(|(_, q)| q.kind == QuestionKind::Scale)
            .unwrap()
            .1
            .id
            .clone()
    }

    #[test]
    fn median_takes_the_lower_middle_and_min_the_lowest() {
        let q = modenhet();
        let id = first_scale(&q);
        let a = responses(&[(&id, level(1.0))]);
        let b = responses(&[(&id, level(4.0))]);
        let c = responses(&[(&id, level(3.0))]);
        let three = [(&a, false), (&b, false), (&c, false)];
        let (median, basis) = combine(&q, &three, Aggregate::Median);
        assert_eq!(basis, Basis::Combined(Aggregate::Median));
        assert_eq!(median.unwrap()[&id], level(3.0));
        let (min, _) = combine(&q, &three, Aggregate::Min);
        assert_eq!(min.unwrap()[&id], level(1.0));
        // Two: the lower of the two middle answers.
        let (two, _) = combine(&q, &three[..2], Aggregate::Median);
        assert_eq!(two.unwrap()[&id], level(1.0));
    }

    #[test]
    fn consensus_stands_for_the_municipality() {
        let q = modenhet();
        let id = first_scale(&q);
        let a = responses(&[(&id, level(1.0))]);
        let agreed = responses(&[(&id, level(4.0))]);
        let (value, basis) = combine(&q, &[(&a, false), (&agreed, true)], Aggregate::Min);
        assert_eq!(basis, Basis::Consensus);
        assert_eq!(value.unwrap()[&id], level(4.0));
        let (none, basis) = combine(&q, &[(&a, false), (&a, false)], Aggregate::ConsensusOnly);
        assert_eq!((none, basis), (None, Basis::NoConsensus));
    }

    #[test]
    fn an_answer_beats_dont_know_and_dont_know_beats_skipped() {
        let q = modenhet();
        let id = first_scale(&q);
        let unknown = responses(&[(&id, Response::without_value(State::Unknown))]);
        let skipped = responses(&[(&id, Response::without_value(State::Skipped))]);
        let answered = responses(&[(&id, level(2.0))]);
        let (v, _) = combine(
            &q,
            &[(&unknown, false), (&answered, false)],
            Aggregate::Median,
        );
        assert_eq!(v.unwrap()[&id], level(2.0));
        let (v, _) = combine(
            &q,
            &[(&skipped, false), (&unknown, false)],
            Aggregate::Median,
        );
        assert_eq!(v.unwrap()[&id].state, State::Unknown);
    }
}
