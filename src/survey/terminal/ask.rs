//! Asking for the answer to one question: a list to choose from, boxes to
//! tick, or a typed answer read with the same rules as an answers file.

use std::collections::BTreeMap;

use dialoguer::Input;

use crate::i18n::Text;
use crate::questionnaire::answer::{self, AnswerValue, Response, State};
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::tr;

use super::super::answers::Prepared;
use super::super::session::Session;
use super::list::Picked;
use super::{Action, Prompter, truncate};

impl Prompter {
    /// The response already given (going back) or prepared (`--answers`).
    fn previous(
        session: &Session,
        question: &Question,
        prepared: &BTreeMap<String, Prepared>,
    ) -> Option<Response> {
        session
            .entry(&question.id)
            .and_then(|e| e.response.clone())
            .or_else(|| prepared.get(&question.id).map(|p| p.response.clone()))
    }

    /// What the respondent does with the question: an answer, or a choice from the menu.
    pub(super) fn ask(
        &self,
        session: &Session,
        question: &Question,
        prepared: &BTreeMap<String, Prepared>,
    ) -> anyhow::Result<Action> {
        let previous = Self::previous(session, question, prepared);
        match question.kind {
            QuestionKind::Scale if self.typed_scale.get() => {
                // The level descriptions fill the screen: ask for the level
                // by number instead of listing the levels a second time.
                self.typed(session, question, previous)
            }
            QuestionKind::Scale | QuestionKind::Single | QuestionKind::YesNo => {
                let full = self.compact_levels.get();
                let mut choices = answer_choices(session.questionnaire, question, full);
                choices.extend(self.state_choices(question));
                self.pick_one(question, choices, previous)
            }
            QuestionKind::Multi => self.pick_many(question, previous),
            QuestionKind::Number | QuestionKind::Text | QuestionKind::Date => {
                self.typed(session, question, previous)
            }
            QuestionKind::Rank => self.ask_rank(question, previous),
        }
    }

    /// One of `choices` from a list, the previous response chosen to begin with.
    fn pick_one(
        &self,
        question: &Question,
        mut choices: Vec<(String, Response)>,
        previous: Option<Response>,
    ) -> anyhow::Result<Action> {
        let width = self.width().saturating_sub(6);
        let items: Vec<String> = choices
            .iter()
            .map(|(label, _)| truncate(label, width))
            .collect();
        let default = previous
            .as_ref()
            .and_then(|p| choices.iter().position(|(_, r)| r == p))
            .unwrap_or(0);
        match self.pick(None, &items, default)? {
            Picked::Chosen(i) => Ok(Action::Respond(choices.swap_remove(i).1)),
            Picked::Escaped => self.menu(question),
            Picked::Resized => Ok(Action::Stay),
        }
    }

    /// The options of a multiple-choice question, ticked as before.
    fn pick_many(&self, question: &Question, previous: Option<Response>) -> anyhow::Result<Action> {
        let ticked: Vec<String> = match previous.and_then(|p| p.value) {
            Some(AnswerValue::Choices(ids)) => ids,
            _ => Vec::new(),
        };
        let width = self.width().saturating_sub(8);
        let items: Vec<String> = question
            .options
            .iter()
            .map(|o| truncate(o.text.get(), width))
            .collect();
        let checked = question
            .options
            .iter()
            .map(|o| ticked.contains(&o.id))
            .collect();
        match self.tick(&items, checked)? {
            Picked::Chosen(indexes) => {
                Ok(Action::Respond(Response::answered(AnswerValue::Choices(
                    indexes
                        .into_iter()
                        .map(|i| question.options[i].id.clone())
                        .collect(),
                ))))
            }
            Picked::Escaped => self.menu(question),
            Picked::Resized => Ok(Action::Stay),
        }
    }

    /// A typed answer, read with the same rules as an answers file. An empty
    /// line opens the menu; `?` shows the help.
    fn typed(
        &self,
        session: &Session,
        question: &Question,
        previous: Option<Response>,
    ) -> anyhow::Result<Action> {
        let q = session.questionnaire;
        let initial = match previous.as_ref().map(|p| (p.state, p.value.clone())) {
            Some((_, Some(AnswerValue::Number(n)))) => n.to_string(),
            Some((_, Some(AnswerValue::Text(t)))) => t,
            Some((State::Unknown, _)) => tr!("ask-don-t-know"),
            Some((State::NotApplicable, _)) => tr!("ask-not-applicable"),
            _ => String::new(),
        };
        let prompt = match question.kind {
            QuestionKind::Number => number_prompt(question),
            QuestionKind::Date if question.allow_never => {
                tr!("ask-date-yyyy-mm-dd-or-never")
            }
            QuestionKind::Date => tr!("ask-date-yyyy-mm-dd"),
            QuestionKind::Scale => {
                let mut words = vec!["0–5".to_string()];
                if question.allow_unknown {
                    words.push(tr!("pilot-don-t-know"));
                }
                if question.allow_na {
                    words.push(tr!("pilot-not-applicable"));
                }
                tr!("ask-level", list = words.join(", "))
            }
            _ => tr!("export-answer"),
        };
        let typed: String = Input::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .with_initial_text(initial)
            .allow_empty(true)
            .report(false)
            .validate_with(|text: &String| -> Result<(), String> {
                if text.trim().is_empty() || text.trim() == "?" {
                    return Ok(());
                }
                answer::parse(q, question, text).map(|_| ())
            })
            .interact_text_on(&self.term)?;
        match typed.trim() {
            "" => self.menu(question),
            "?" => Ok(Action::Help),
            text => Ok(Action::Respond(
                answer::parse(q, question, text).map_err(anyhow::Error::msg)?,
            )),
        }
    }

    /// "Vet ikke" and "Ikke relevant", where the question allows them.
    pub(super) fn state_choices(&self, question: &Question) -> Vec<(String, Response)> {
        let mut out = Vec::new();
        if question.allow_unknown {
            out.push((
                tr!("catalogue-don-t-know"),
                Response::without_value(State::Unknown),
            ));
        }
        if question.allow_na {
            out.push((
                tr!("export-not-applicable"),
                Response::without_value(State::NotApplicable),
            ));
        }
        out
    }
}

/// The answers of a scale, yes/no or single-choice question, with their
/// labels; with `described`, a scale level's description follows its label
/// (cut to the screen's width by the list).
fn answer_choices(
    q: &Questionnaire,
    question: &Question,
    described: bool,
) -> Vec<(String, Response)> {
    match question.kind {
        QuestionKind::Scale => q
            .levels_of(question)
            .iter()
            .map(|l| {
                let label = match (described, l.description) {
                    (true, Some(d)) => format!("{} – {}", l.label.get(), d.get()),
                    _ => l.label.get().to_string(),
                };
                (
                    format!("{}  {label}", l.level),
                    Response::answered(AnswerValue::Number(f64::from(l.level))),
                )
            })
            .collect(),
        QuestionKind::YesNo => vec![
            (
                tr!("answers-yes"),
                Response::answered(AnswerValue::Bool(true)),
            ),
            (
                tr!("answers-no"),
                Response::answered(AnswerValue::Bool(false)),
            ),
        ],
        _ => question
            .options
            .iter()
            .map(|o| {
                (
                    o.text.get().to_string(),
                    Response::answered(AnswerValue::Text(o.id.clone())),
                )
            })
            .collect(),
    }
}

fn number_prompt(question: &Question) -> String {
    let unit = question.unit.as_ref().map(Text::get).unwrap_or_default();
    match (question.min, question.max) {
        (Some(lo), Some(hi)) => {
            format!("{} ({lo}–{hi} {unit})", tr!("ask-number")).replace(" )", ")")
        }
        _ if !unit.is_empty() => format!("{} ({unit})", tr!("ask-number")),
        _ => tr!("ask-number"),
    }
}
