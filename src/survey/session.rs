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

use super::result::{Answer, Note};

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

/// The current question's number, of how many (see [`Session::progress`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub position: usize,
    pub total: usize,
    /// Every question counted will be asked; else some of them wait on
    /// answers still to come and may not be.
    pub settled: bool,
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
                problems.push(tr!("session-is-not-a-question-of-the", id = id));
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

    /// Puts back comments and flags saved on questions not answered yet;
    /// those on questions not shown now are left out.
    pub fn restore_notes(&mut self, notes: &[Note]) {
        let responses = self.responses();
        for n in notes {
            let shown = self
                .questionnaire
                .question(&n.id)
                .is_some_and(|q| scoring::is_shown(q, &responses));
            if shown && !responses.contains_key(&n.id) {
                let e = self.entries.entry(n.id.clone()).or_default();
                e.comment = n.comment.clone();
                e.unclear = n.unclear;
                e.seconds = n.seconds;
            }
        }
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

    /// Which questions can still be asked, by index: those shown now, and
    /// those whose `show_if` names a question that can still be asked and
    /// has no response yet, so an answer to come may open them.
    fn reachable(&self) -> Vec<bool> {
        let responses = self.responses();
        let mut reachable: Vec<bool> = Vec::with_capacity(self.questions.len());
        for q in &self.questions {
            let open = || {
                q.show_if.as_ref().is_some_and(|c| {
                    c.expr.questions().iter().any(|r| {
                        let earlier = self.questions.iter().position(|e| e.id == r.id);
                        let can = earlier.is_some_and(|i| reachable.get(i) == Some(&true));
                        can && !responses.contains_key(&r.id)
                    })
                })
            };
            let can = scoring::is_shown(q, &responses) || open();
            reachable.push(can);
        }
        reachable
    }

    /// Where the respondent is: the current question's number among those
    /// that can be asked, and how many those are. The total only grows when
    /// an earlier answer is changed, never as answers open follow-ups.
    pub fn progress(&self) -> Progress {
        let reachable = self.reachable();
        let shown: Vec<usize> = (0..self.questions.len())
            .filter(|&i| reachable[i])
            .collect();
        let position = match self.current {
            Some(c) => shown.iter().filter(|&&i| i < c).count() + 1,
            None => shown.len(),
        };
        let settled = (0..self.questions.len()).all(|i| !reachable[i] || self.shown(i));
        Progress {
            position,
            total: shown.len(),
            settled,
        }
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
            return Err(tr!("session-there-are-no-more-questions"));
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

    /// The shown questions that are not open, in order: the summary offers
    /// them after the open ones, so that an answer can be corrected before
    /// finishing.
    pub fn settled_questions(&self) -> Vec<&'q Question> {
        let open: Vec<&str> = self
            .open_questions()
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        let responses = self.responses();
        self.questions
            .iter()
            .copied()
            .filter(|q| scoring::is_shown(q, &responses) && !open.contains(&q.id.as_str()))
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

    /// Comments and flags on shown questions that have no response yet, in
    /// questionnaire order, so they are saved the moment they are given.
    pub fn notes(&self) -> Vec<Note> {
        self.questions
            .iter()
            .filter_map(|q| {
                let e = self.entries.get(&q.id)?;
                let noted = e.comment.is_some() || e.unclear;
                (e.response.is_none() && noted).then(|| Note {
                    id: q.id.clone(),
                    comment: e.comment.clone(),
                    unclear: e.unclear,
                    seconds: e.seconds,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
