//! Asking a `rank` question: choose the most important option, then the
//! next among those left, until `pick` are chosen.

use crate::questionnaire::Question;
use crate::questionnaire::answer::{AnswerValue, Response};
use crate::tr;

use super::list::Picked;
use super::{Action, Prompter, truncate};

impl Prompter {
    /// One choice per place. "Vet ikke" and "Ikke relevant" are offered for
    /// the first place; Esc opens the menu.
    pub(super) fn ask_rank(
        &self,
        question: &Question,
        previous: Option<Response>,
    ) -> anyhow::Result<Action> {
        let pick = question.pick.unwrap_or(question.options.len());
        let before = match previous.and_then(|p| p.value) {
            Some(AnswerValue::Choices(ids)) => ids,
            _ => Vec::new(),
        };
        let width = self.width().saturating_sub(6);
        let mut chosen: Vec<String> = Vec::new();
        while chosen.len() < pick {
            let place = chosen.len() + 1;
            let left: Vec<&crate::questionnaire::Choice> = question
                .options
                .iter()
                .filter(|o| !chosen.contains(&o.id))
                .collect();
            let mut items: Vec<String> =
                left.iter().map(|o| truncate(o.text.get(), width)).collect();
            let states = if chosen.is_empty() {
                self.state_choices(question)
            } else {
                Vec::new()
            };
            items.extend(states.iter().map(|(label, _)| label.clone()));
            let default = before
                .get(chosen.len())
                .and_then(|id| left.iter().position(|o| &o.id == id))
                .unwrap_or(0);
            let prompt = tr!("rank-place-of", place = place, pick = pick);
            match self.pick(Some(&prompt), &items, default)? {
                Picked::Chosen(i) if i < left.len() => chosen.push(left[i].id.clone()),
                Picked::Chosen(i) => {
                    return Ok(Action::Respond(states[i - left.len()].1.clone()));
                }
                Picked::Escaped => return self.menu(question),
                Picked::Resized => return Ok(Action::Stay),
            }
        }
        Ok(Action::Respond(Response::answered(AnswerValue::Choices(
            chosen,
        ))))
    }
}
