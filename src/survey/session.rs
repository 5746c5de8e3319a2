//! The survey as a state machine, with no terminal in it: which question is
//! current, what has been answered, going back, skipping, comments, "unclear"
//! flags and time spent. The terminal front end only asks and reports.
//!
//! `show_if` is re-evaluated after every change; an answer to a question that
//! becomes hidden is dropped, in memory and in the file.

use std::collections::BTreeMap;

use crate::questionnaire::answer::{self, Response, Responses, State};
use crate::questionnaire::scoring;
use crate::questionnaire::{Question, Questionnaire};
use crate::tr;

use super::result::Answer;

/// What is known about one question so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    pub response: Option<Response>,
    pub comment: Option<String>,
    /// Where the answer can be documented, when the questionnaire asks.
    pub evidence: Option<String>,
    pub unclear: bool,
    pub seconds: f64,
}

pub struct Session<'q> {
    pub questionnaire: &'q Questionnaire,
    questions: Vec<&'q Question>,
    entries: BTreeMap<String, Entry>,
    /// Index of the current question; `None` once past the last one.
    current: Option<usize>,
    /// Questions answered before the current one, for going back.
    trail: Vec<usize>,
    /// The current question was chosen from the end-of-survey review, so
    /// answering it returns there instead of walking on.
    revisiting: bool,
}

impl<'q> Session<'q> {
    pub fn new(questionnaire: &'q Questionnaire) -> Session<'q> {
        let mut session = Session {
            questionnaire,
            questions: questionnaire.questions().map(|(_, q)| q).collect(),
            entries: BTreeMap::new(),
            current: None,
            trail: Vec::new(),
            revisiting: false,
        };
        session.current = session.first_open();
        session
    }

    /// Continues from saved answers, at the first shown question without one.
    /// Answers that do not fit the questionnaire are refused, each with why.
    pub fn resume(
        questionnaire: &'q Questionnaire,
        answers: &[Answer],
    ) -> Result<Session<'q>, Vec<String>> {
        let mut session = Session::new(questionnaire);
        let mut problems = Vec::new();
        for a in answers {
            let Some(question) = questionnaire.question(&a.id) else {
                let id = &a.id;
                problems.push(tr!(
                    "`{id}` er ikke et spørsmål i spørreskjemaet",
                    "`{id}` is not a question of the questionnaire"
                ));
                continue;
            };
            if let Err(why) = answer::check(questionnaire, question, &a.response) {
                let id = &a.id;
                problems.push(format!("{id}: {why}"));
                continue;
            }
            session.entries.insert(
                a.id.clone(),
                Entry {
                    response: Some(a.response.clone()),
                    comment: a.comment.clone(),
                    evidence: a.evidence.clone(),
                    unclear: a.unclear,
                    seconds: a.seconds,
                },
            );
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        session.prune_hidden();
        session.current = session.first_open();
        session.trail = (0..session.current.unwrap_or(session.questions.len()))
            .filter(|&i| session.shown(i))
            .collect();
        Ok(session)
    }

    /// Responses so far, for `show_if` and scoring.
    pub fn responses(&self) -> Responses {
        self.entries
            .iter()
            .filter_map(|(id, e)| e.response.clone().map(|r| (id.clone(), r)))
            .collect()
    }

    fn shown(&self, index: usize) -> bool {
        scoring::is_shown(self.questions[index], &self.responses())
    }

    fn first_open(&self) -> Option<usize> {
        let responses = self.responses();
        (0..self.questions.len()).find(|&i| {
            let q = self.questions[i];
            scoring::is_shown(q, &responses) && !responses.contains_key(&q.id)
        })
    }

    fn next_shown_after(&self, index: usize) -> Option<usize> {
        (index + 1..self.questions.len()).find(|&i| self.shown(i))
    }

    /// Drops answers to questions that are no longer shown. Conditions only
    /// name earlier questions, so one pass in order settles everything.
    fn prune_hidden(&mut self) {
        let mut responses = self.responses();
        for q in &self.questions {
            if !scoring::is_shown(q, &responses) && self.entries.remove(&q.id).is_some() {
                responses.remove(&q.id);
            }
        }
    }

    pub fn current(&self) -> Option<&'q Question> {
        self.current.map(|i| self.questions[i])
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }

    /// (number of the current question among those shown, how many are shown).
    pub fn progress(&self) -> (usize, usize) {
        let shown: Vec<usize> = (0..self.questions.len())
            .filter(|&i| self.shown(i))
            .collect();
        let position = match self.current {
            Some(c) => shown.iter().filter(|&&i| i < c).count() + 1,
            None => shown.len(),
        };
        (position, shown.len())
    }

    fn entry_mut(&mut self) -> Option<&mut Entry> {
        let id = &self.questions[self.current?].id;
        Some(self.entries.entry(id.clone()).or_default())
    }

    /// Adds time spent on the current question.
    pub fn add_seconds(&mut self, seconds: f64) {
        if let Some(e) = self.entry_mut() {
            e.seconds += seconds.max(0.0);
        }
    }

    pub fn set_comment(&mut self, comment: Option<String>) {
        if let Some(e) = self.entry_mut() {
            // Kept as written: spaces and line breaks may be part of it.
            e.comment = comment.filter(|c| !c.is_empty());
        }
    }

    /// Records where the answer to `id` can be documented; empty text clears it.
    pub fn set_evidence(&mut self, id: &str, evidence: Option<String>) {
        if let Some(e) = self.entries.get_mut(id) {
            e.evidence = evidence.filter(|text| !text.is_empty());
        }
    }

    pub fn toggle_unclear(&mut self) {
        if let Some(e) = self.entry_mut() {
            e.unclear = !e.unclear;
        }
    }

    /// Records the response to the current question and moves on to the next
    /// question that is shown. Refuses a response the question does not allow.
    pub fn record(&mut self, response: Response) -> Result<(), String> {
        let Some(index) = self.current else {
            return Err(tr!(
                "det er ingen flere spørsmål",
                "there are no more questions"
            ));
        };
        answer::check(self.questionnaire, self.questions[index], &response)?;
        if let Some(e) = self.entry_mut() {
            e.response = Some(response);
        }
        self.prune_hidden();
        self.trail.push(index);
        self.current = if std::mem::take(&mut self.revisiting) {
            None
        } else {
            self.next_shown_after(index)
        };
        Ok(())
    }

    /// Moves on without recording anything, leaving the current question open
    /// (prepared answers that do not cover it).
    pub fn pass(&mut self) {
        if let Some(index) = self.current {
            self.trail.push(index);
            self.current = self.next_shown_after(index);
        }
    }

    /// Goes back to the previous question that is still shown; false if there
    /// is none.
    pub fn back(&mut self) -> bool {
        while let Some(index) = self.trail.pop() {
            if self.shown(index) {
                self.current = Some(index);
                return true;
            }
        }
        false
    }

    /// Jumps to a question (to revisit it); false if it is not shown.
    pub fn goto(&mut self, id: &str) -> bool {
        match self.questions.iter().position(|q| q.id == id) {
            Some(index) if self.shown(index) => {
                if let Some(current) = self.current {
                    self.trail.push(current);
                }
                self.current = Some(index);
                self.revisiting = true;
                true
            }
            _ => false,
        }
    }

    #[cfg(test)]
    pub fn is_done(&self) -> bool {
        self.current.is_none()
    }

    /// Shown questions that were skipped, answered "Vet ikke", flagged
    /// unclear, or not reached: the ones worth a second look.
    pub fn open_questions(&self) -> Vec<&'q Question> {
        let responses = self.responses();
        self.questions
            .iter()
            .copied()
            .filter(|q| scoring::is_shown(q, &responses))
            .filter(|q| match self.entries.get(&q.id) {
                None => true,
                Some(e) => {
                    e.unclear
                        || matches!(
                            e.response.as_ref().map(|r| r.state),
                            None | Some(State::Skipped | State::Unknown)
                        )
                }
            })
            .collect()
    }

    /// True when every shown question has a response.
    pub fn is_complete(&self) -> bool {
        let responses = self.responses();
        self.questions
            .iter()
            .all(|q| !scoring::is_shown(q, &responses) || responses.contains_key(&q.id))
    }

    /// The responses in questionnaire order, as the result file holds them.
    pub fn answers(&self) -> Vec<Answer> {
        self.questions
            .iter()
            .filter_map(|q| {
                let e = self.entries.get(&q.id)?;
                Some(Answer {
                    id: q.id.clone(),
                    response: e.response.clone()?,
                    comment: e.comment.clone(),
                    evidence: e.evidence.clone(),
                    unclear: e.unclear,
                    seconds: e.seconds,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::answer::AnswerValue;

    const SRC: &str = r#"
id: t
version: 1.0.0
title: {nb: T, en: T}
scales:
  - id: m
    levels:
      - {level: 0, label: {nb: a, en: a}}
      - {level: 1, label: {nb: b, en: b}}
sections:
  - id: s
    title: {nb: S, en: S}
    questions:
      - {id: har_soc, type: yesno, text: {nb: a, en: a}}
      - {id: soc_natt, type: scale, scale: m, show_if: har_soc, allow_unknown: true, text: {nb: b, en: b}}
      - {id: soc_navn, type: text, show_if: "soc_natt == 1", text: {nb: c, en: c}}
      - {id: ansatte, type: number, required: true, min: 0, max: 100, text: {nb: d, en: d}}
      - {id: kommentar, type: text, text: {nb: e, en: e}}
"#;

    fn q() -> Questionnaire {
        crate::questionnaire::from_str(SRC).unwrap()
    }

    fn yes(b: bool) -> Response {
        Response::answered(AnswerValue::Bool(b))
    }

    fn num(n: f64) -> Response {
        Response::answered(AnswerValue::Number(n))
    }

    fn id<'a>(s: &'a Session) -> &'a str {
        s.current().map_or("(end)", |q| q.id.as_str())
    }

    #[test]
    fn follows_show_if_forwards() {
        let q = q();
        let mut s = Session::new(&q);
        assert_eq!((id(&s), s.progress()), ("har_soc", (1, 3)));
        s.record(yes(true)).unwrap();
        assert_eq!((id(&s), s.progress()), ("soc_natt", (2, 4)));
        s.record(num(1.0)).unwrap();
        assert_eq!((id(&s), s.progress()), ("soc_navn", (3, 5)));
        s.record(Response::answered(AnswerValue::Text("Vakt AS".into())))
            .unwrap();
        s.record(num(40.0)).unwrap();
        s.record(Response::without_value(State::Skipped)).unwrap();
        assert!(s.is_done() && s.is_complete());
        assert_eq!(s.answers().len(), 5);
    }

    #[test]
    fn going_back_and_changing_an_answer_drops_hidden_follow_ups() {
        let q = q();
        let mut s = Session::new(&q);
        s.record(yes(true)).unwrap();
        s.record(num(1.0)).unwrap();
        s.record(Response::answered(AnswerValue::Text("Vakt AS".into())))
            .unwrap();
        assert_eq!(id(&s), "ansatte");
        assert!(s.back());
        assert_eq!(id(&s), "soc_navn");
        assert!(s.back() && s.back());
        assert_eq!(id(&s), "har_soc");
        assert!(!s.back());
        s.record(yes(false)).unwrap();
        // Both follow-ups are hidden now, and their answers are gone.
        assert_eq!(id(&s), "ansatte");
        assert!(s.entry("soc_natt").is_none() && s.entry("soc_navn").is_none());
        assert_eq!(s.progress(), (2, 3));
        assert!(!s.answers().iter().any(|a| a.id.starts_with("soc_")));
    }

    #[test]
    fn refuses_responses_the_question_does_not_allow() {
        let q = q();
        let mut s = Session::new(&q);
        s.record(yes(false)).unwrap();
        assert_eq!(id(&s), "ansatte");
        assert!(s.record(Response::without_value(State::Skipped)).is_err());
        assert!(s.record(Response::without_value(State::Unknown)).is_err());
        assert!(s.record(num(101.0)).is_err());
        assert!(s.record(yes(true)).is_err());
        assert_eq!(id(&s), "ansatte");
    }

    #[test]
    fn comments_flags_and_time_stay_with_the_question() {
        let q = q();
        let mut s = Session::new(&q);
        s.add_seconds(2.5);
        s.set_comment(Some("usikker".into()));
        s.toggle_unclear();
        s.add_seconds(1.5);
        s.record(yes(true)).unwrap();
        s.add_seconds(4.0);
        s.record(Response::without_value(State::Unknown)).unwrap();
        let a = s.answers();
        assert_eq!(
            (a[0].comment.as_deref(), a[0].unclear, a[0].seconds),
            (Some("usikker"), true, 4.0)
        );
        assert_eq!((a[1].response.state, a[1].seconds), (State::Unknown, 4.0));
        let open: Vec<&str> = s.open_questions().iter().map(|q| q.id.as_str()).collect();
        // soc_navn is shown: its condition rests on the "Vet ikke" above.
        assert_eq!(
            open,
            ["har_soc", "soc_natt", "soc_navn", "ansatte", "kommentar"]
        );
    }

    #[test]
    fn a_follow_up_on_vet_ikke_is_asked_and_one_on_a_skipped_question_is_not() {
        let q = q();
        let mut s = Session::new(&q);
        s.record(yes(true)).unwrap();
        s.record(Response::without_value(State::Unknown)).unwrap();
        assert_eq!((id(&s), s.progress()), ("soc_navn", (3, 5)));
        s.record(Response::answered(AnswerValue::Text("Vakt AS".into())))
            .unwrap();
        assert_eq!(id(&s), "ansatte");
        // Changing "Vet ikke" to a level that rules the follow-up out hides it.
        assert!(s.back() && s.back());
        s.record(num(0.0)).unwrap();
        assert_eq!(id(&s), "ansatte");
        assert!(s.entry("soc_navn").is_none());
        // A follow-up on a skipped question stays hidden, as before.
        assert!(s.goto("soc_natt"));
        s.record(Response::without_value(State::Skipped)).unwrap();
        assert_eq!(s.progress().1, 4);
        assert!(s.entry("soc_navn").is_none());
    }

    #[test]
    fn a_question_revisited_from_the_review_returns_to_the_review() {
        let q = q();
        let mut s = Session::new(&q);
        s.record(yes(false)).unwrap();
        s.record(num(10.0)).unwrap();
        s.record(Response::without_value(State::Skipped)).unwrap();
        assert!(s.is_done());
        assert!(s.goto("kommentar"));
        s.record(Response::answered(AnswerValue::Text("ok".into())))
            .unwrap();
        assert!(s.is_done());
        // Changing an earlier answer may reveal a follow-up; the review lists it.
        assert!(s.goto("har_soc"));
        s.record(yes(true)).unwrap();
        assert!(s.is_done() && !s.is_complete());
        assert_eq!(
            s.open_questions()
                .iter()
                .map(|q| q.id.as_str())
                .collect::<Vec<_>>(),
            ["soc_natt"]
        );
    }

    #[test]
    fn resumes_at_the_first_open_question_and_can_go_back() {
        let q = q();
        let mut s = Session::new(&q);
        s.record(yes(true)).unwrap();
        s.record(num(0.0)).unwrap();
        let saved = s.answers();
        let mut again = Session::resume(&q, &saved).unwrap();
        assert_eq!(id(&again), "ansatte");
        assert_eq!(again.answers(), saved);
        assert!(again.back());
        assert_eq!(id(&again), "soc_natt");
    }

    #[test]
    fn resume_refuses_answers_that_do_not_fit() {
        let q = q();
        let bad = vec![
            Answer {
                id: "finnes_ikke".into(),
                response: yes(true),
                comment: None,
                evidence: None,
                unclear: false,
                seconds: 0.0,
            },
            Answer {
                id: "soc_natt".into(),
                response: num(7.0),
                comment: None,
                evidence: None,
                unclear: false,
                seconds: 0.0,
            },
        ];
        assert_eq!(Session::resume(&q, &bad).err().map(|p| p.len()), Some(2));
    }
}
