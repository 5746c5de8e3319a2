//! The evidence question asked after an answer, where the questionnaire
//! wants to know where the answer can be documented.

use std::collections::BTreeMap;

use dialoguer::Input;

use crate::questionnaire::Question;
use crate::questionnaire::answer::State;
use crate::survey::answers::Prepared;
use crate::survey::session::Session;
use crate::tr;

use super::Prompter;

impl Prompter {
    /// Asks where the answer just recorded can be documented, when the
    /// questionnaire asks and the question was answered; Enter leaves it empty.
    /// What was said before, or prepared with `--answers`, is offered.
    pub(super) fn ask_evidence(
        &self,
        session: &mut Session,
        question: &Question,
        prepared: &BTreeMap<String, Prepared>,
    ) -> anyhow::Result<()> {
        let entry = session.entry(&question.id);
        let answered = entry
            .and_then(|e| e.response.as_ref())
            .is_some_and(|r| r.state == State::Answered);
        if !answered || !session.questionnaire.asks_evidence(question) {
            return Ok(());
        }
        let old = entry
            .and_then(|e| e.evidence.clone())
            .or_else(|| prepared.get(&question.id)?.evidence.clone())
            .unwrap_or_default();
        let prompt = crate::questionnaire::evidence_prompt();
        let mut prompt = tr!("evidence-enter-skips", prompt = prompt);
        // The terminal would break a prompt wider than the screen in the
        // middle of a word: wrap it above a bare input line instead.
        if prompt.chars().count() + 4 >= self.width() {
            for line in self.wrap(&prompt, "? ", "  ") {
                self.line(&line)?;
            }
            prompt.clear();
        }
        let text: String = Input::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .with_initial_text(old)
            .allow_empty(true)
            .report(false)
            .interact_text_on(&self.term)?;
        session.set_evidence(&question.id, Some(text.trim().to_string()));
        Ok(())
    }
}
