//! Maturity scores from responses: per question, per NSM principle, per
//! category and overall, with how much of the questionnaire they rest on.
//!
//! Only questions tied to a principle and with a scoring rule count: `scale`
//! questions score their level, `single` questions the chosen option's
//! `score`, `yesno` questions their `scores`. A score is the weighted mean
//! `Σ wᵢ·sᵢ / Σ wᵢ` over answered questions. "Vet ikke", "Ikke relevant" and
//! skipped answers never count as 0: they are left out of the mean and
//! counted on their own. Coverage is answered ÷ applicable, where applicable
//! means shown (its `show_if` is true or unknown) and not "Ikke relevant".

use std::collections::BTreeMap;

use crate::nsm::PrincipleId;

use super::answer::{AnswerValue, Responses, State};
use super::{Question, QuestionKind, Questionnaire};

/// How a group of questions was answered, and the score it adds up to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    weighted_sum: f64,
    weight: f64,
    pub answered: usize,
    pub unknown: usize,
    pub not_applicable: usize,
    pub skipped: usize,
    /// Shown but not reached yet (a partial survey).
    pub missing: usize,
}

impl Tally {
    fn add(&mut self, weight: f64, score: Option<f64>, state: Option<State>) {
        match (state, score) {
            (Some(State::Answered), Some(score)) => {
                self.answered += 1;
                self.weighted_sum += weight * score;
                self.weight += weight;
            }
            (Some(State::Answered), None) | (None, _) => self.missing += 1,
            (Some(State::Unknown), _) => self.unknown += 1,
            (Some(State::NotApplicable), _) => self.not_applicable += 1,
            (Some(State::Skipped), _) => self.skipped += 1,
        }
    }

    /// The weighted mean score 0–5, if any question in the group was answered.
    pub fn score(&self) -> Option<f64> {
        (self.weight > 0.0).then(|| self.weighted_sum / self.weight)
    }

    /// Questions that apply: everything shown except "Ikke relevant".
    pub fn applicable(&self) -> usize {
        self.answered + self.unknown + self.skipped + self.missing
    }

    /// Answered ÷ applicable, 0–1; `None` when nothing applies.
    pub fn coverage(&self) -> Option<f64> {
        let applicable = self.applicable();
        (applicable > 0).then(|| self.answered as f64 / applicable as f64)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    pub overall: Tally,
    pub categories: BTreeMap<u8, Tally>,
    pub principles: BTreeMap<PrincipleId, Tally>,
}

/// The score 0–5 of one answer, if the question has a scoring rule.
pub fn question_score(question: &Question, value: &AnswerValue) -> Option<f64> {
    match (question.kind, value) {
        (QuestionKind::Scale, AnswerValue::Number(level)) => Some(level.clamp(0.0, 5.0)),
        (QuestionKind::Single, AnswerValue::Text(choice)) => {
            question.options.iter().find(|o| &o.id == choice)?.score
        }
        (QuestionKind::YesNo, AnswerValue::Bool(yes)) => {
            question.scores.map(|s| if *yes { s.yes } else { s.no })
        }
        _ => None,
    }
}

/// Points for each option ranked in an answer to a `rank` question: with
/// `pick: N`, the first place gets N points, the second N−1, and so on down
/// to 1 for place N. Options not ranked get nothing and are left out. Not a
/// maturity score: the service catalogue adds these up across municipalities.
pub fn rank_points(question: &Question, value: &AnswerValue) -> Vec<(String, f64)> {
    let (QuestionKind::Rank, AnswerValue::Choices(ids)) = (question.kind, value) else {
        return Vec::new();
    };
    let pick = question.pick.unwrap_or(question.options.len());
    ids.iter()
        .take(pick)
        .enumerate()
        .map(|(place, id)| (id.clone(), (pick - place) as f64))
        .collect()
}

/// Whether a question takes part in maturity scoring at all.
pub fn is_scored(question: &Question) -> bool {
    question.principle.is_some()
        && match question.kind {
            QuestionKind::Scale => true,
            QuestionKind::Single => question.options.iter().any(|o| o.score.is_some()),
            QuestionKind::YesNo => question.scores.is_some(),
            _ => false,
        }
}

/// Whether the question is shown, given the responses so far: when it has
/// no `show_if`, or its `show_if` is true or unknown (rests on "Vet ikke").
/// This is the one place that decides; the survey, `--answers`, the Excel
/// import and coverage all ask here.
pub fn is_shown(question: &Question, responses: &Responses) -> bool {
    question
        .show_if
        .as_ref()
        .is_none_or(|c| c.expr.truth(responses) != super::expr::Truth::False)
}

pub fn score(questionnaire: &Questionnaire, responses: &Responses) -> Scores {
    let mut scores = Scores::default();
    for (_, question) in questionnaire.questions() {
        let Some(principle) = question.principle.filter(|_| is_scored(question)) else {
            continue;
        };
        if !is_shown(question, responses) {
            continue;
        }
        let response = responses.get(&question.id);
        let state = response.map(|r| r.state);
        let score = response
            .and_then(|r| r.value())
            .and_then(|v| question_score(question, v));
        for tally in [
            &mut scores.overall,
            scores.categories.entry(principle.category).or_default(),
            scores.principles.entry(principle).or_default(),
        ] {
            tally.add(question.weight, score, state);
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::super::answer::Response;
    use super::*;

    const SRC: &str = r#"
id: t
version: 1.0.0
title: {nb: T, en: T}
scales:
  - id: m
    levels:
      - {level: 0, label: {nb: a, en: a}}
      - {level: 5, label: {nb: b, en: b}}
sections:
  - id: s
    title: {nb: S, en: S}
    questions:
      - {id: a, type: scale, scale: m, principle: "2.6", weight: 2, text: {nb: a, en: a}}
      - {id: b, type: scale, scale: m, principle: "2.6", text: {nb: b, en: b}}
      - id: c
        type: single
        principle: "2.9"
        text: {nb: c, en: c}
        options:
          - {id: x, text: {nb: x, en: x}, score: 1}
          - {id: y, text: {nb: y, en: y}, score: 4}
      - {id: d, type: yesno, principle: "3.2", scores: {yes: 5, no: 0}, text: {nb: d, en: d}}
      - {id: e, type: scale, scale: m, principle: "3.2", show_if: "d", text: {nb: e, en: e}}
      - {id: f, type: number, principle: "3.2", text: {nb: f, en: f}}
"#;

    fn answered(v: AnswerValue) -> Response {
        Response::answered(v)
    }

    #[test]
    fn weighted_means_by_principle_category_and_overall() {
        let q = super::super::from_str(SRC).unwrap();
        let r: Responses = [
            ("a", answered(AnswerValue::Number(4.0))),
            ("b", answered(AnswerValue::Number(1.0))),
            ("c", answered(AnswerValue::Text("x".into()))),
            ("d", answered(AnswerValue::Bool(true))),
            ("e", Response::without_value(State::Unknown)),
            ("f", answered(AnswerValue::Number(12.0))),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let s = score(&q, &r);
        let p = |id: &str| &s.principles[&id.parse::<PrincipleId>().unwrap()];
        // 2.6: (2·4 + 1·1) / 3 = 3
        assert_eq!(p("2.6").score(), Some(3.0));
        assert_eq!(p("2.9").score(), Some(1.0));
        // 3.2: d = 5 (yes); e is "vet ikke" and left out; f (number) is not scored.
        assert_eq!(p("3.2").score(), Some(5.0));
        assert_eq!(p("3.2").unknown, 1);
        assert_eq!(p("3.2").coverage(), Some(0.5));
        // Category 2: (2·4 + 1·1 + 1·1) / 4 = 2.5
        assert_eq!(s.categories[&2].score(), Some(2.5));
        // Overall: (8 + 1 + 1 + 5) / 5 = 3
        assert_eq!(s.overall.score(), Some(3.0));
        assert_eq!((s.overall.answered, s.overall.applicable()), (4, 5));
    }

    #[test]
    fn hidden_and_not_applicable_questions_leave_coverage_alone() {
        let q = super::super::from_str(SRC).unwrap();
        let r: Responses = [
            ("a", Response::without_value(State::NotApplicable)),
            ("b", Response::without_value(State::Skipped)),
            ("d", answered(AnswerValue::Bool(false))),
            ("e", answered(AnswerValue::Number(5.0))),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let s = score(&q, &r);
        let p26 = &s.principles[&"2.6".parse().unwrap()];
        assert_eq!(p26.score(), None);
        assert_eq!(
            (p26.not_applicable, p26.skipped, p26.applicable()),
            (1, 1, 1)
        );
        assert_eq!(p26.coverage(), Some(0.0));
        // e is hidden because d is "no": its stale answer does not count.
        let p32 = &s.principles[&"3.2".parse().unwrap()];
        assert_eq!(
            (p32.score(), p32.answered, p32.applicable()),
            (Some(0.0), 1, 1)
        );
        // c was never reached.
        assert_eq!(s.principles[&"2.9".parse().unwrap()].missing, 1);
        assert_eq!(s.overall.coverage(), Some(1.0 / 3.0));
    }

    #[test]
    fn a_question_shown_because_its_condition_is_unknown_counts_as_applicable() {
        let q = super::super::from_str(SRC).unwrap();
        let r: Responses = [("d", Response::without_value(State::Unknown))]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let p32 = &score(&q, &r).principles[&"3.2".parse().unwrap()];
        // d is "vet ikke"; e (show_if: d) is shown and not reached yet.
        assert_eq!((p32.unknown, p32.missing, p32.applicable()), (1, 1, 2));
    }

    #[test]
    fn rank_points_give_n_for_the_first_place_down_to_one() {
        let src = include_str!("../../tests/fixtures/survey-features.yaml");
        let q = super::super::from_str(src).unwrap();
        let question = q.question("tjenester").unwrap();
        let value = AnswerValue::Choices(vec!["soc".into(), "opplaering".into(), "backup".into()]);
        assert_eq!(
            rank_points(question, &value),
            [
                ("soc".to_string(), 3.0),
                ("opplaering".to_string(), 2.0),
                ("backup".to_string(), 1.0)
            ]
        );
        // Fewer than `pick` places still start at N points.
        let two = AnswerValue::Choices(vec!["backup".into()]);
        assert_eq!(rank_points(question, &two), [("backup".to_string(), 3.0)]);
        let other = q.question("overvaking").unwrap();
        assert!(rank_points(other, &value).is_empty());
    }
}
