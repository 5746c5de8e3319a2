//! What the respondent sees of a question before answering: where it is,
//! its text, comment and flag, help, scale levels, and how to answer.

use crate::nsm;
use crate::questionnaire::{Question, QuestionKind};
use crate::tr;
use crate::ui;

use super::super::session::Session;
use super::Prompter;

impl Prompter {
    /// Clears the screen and shows the question, with a notice if there is one.
    pub(super) fn show(
        &self,
        session: &Session,
        question: &Question,
        show_help: bool,
        notice: Option<String>,
    ) -> anyhow::Result<()> {
        self.clear()?;
        self.show_place(session, question)?;
        self.line("")?;
        self.wrapped(question.text.get(), "")?;
        self.show_comment_and_flag(session, question)?;
        if show_help {
            self.show_help(question)?;
        }
        if question.kind == QuestionKind::Scale {
            self.show_levels(session, question)?;
        }
        self.line("")?;
        self.show_hint(session, question)?;
        if let Some(notice) = notice {
            self.painted(&notice, ui::WARNING)?;
        }
        Ok(())
    }

    /// Progress, and the NSM principle (or section) the question belongs to.
    fn show_place(&self, session: &Session, question: &Question) -> anyhow::Result<()> {
        let (n, total) = session.progress();
        let context = match question.principle.and_then(nsm::principle) {
            Some(p) => format!("{} {}", p.id, p.title.get()),
            None => section_title(session, question),
        };
        let header = tr!(
            "Spørsmål {n} av {total} · {context}",
            "Question {n} of {total} · {context}"
        );
        self.painted(&header, ui::PLACE)?;
        if question.principle.is_some() {
            self.painted(&section_title(session, question), ui::DIM)?;
        }
        Ok(())
    }

    fn show_comment_and_flag(&self, session: &Session, question: &Question) -> anyhow::Result<()> {
        let Some(entry) = session.entry(&question.id) else {
            return Ok(());
        };
        if let Some(comment) = &entry.comment {
            self.wrapped(&tr!("Kommentar: {comment}", "Comment: {comment}"), "  ")?;
        }
        if entry.unclear {
            self.line(&ui::paint(
                &tr!(
                    "  ⚑ Markert som uklart spørsmål",
                    "  ⚑ Flagged as an unclear question"
                ),
                ui::WARNING,
                self.color,
            ))?;
        }
        Ok(())
    }

    fn show_help(&self, question: &Question) -> anyhow::Result<()> {
        let help = question.help.as_ref().map_or_else(
            || {
                tr!(
                    "Dette spørsmålet har ingen hjelpetekst.",
                    "This question has no help text."
                )
            },
            |h| h.get().to_string(),
        );
        self.line("")?;
        self.wrapped(&help, "  ")?;
        Ok(())
    }

    /// Each level of a scale with its description.
    fn show_levels(&self, session: &Session, question: &Question) -> anyhow::Result<()> {
        self.line("")?;
        for level in session.questionnaire.levels_of(question) {
            let text = match level.description {
                Some(d) => format!("{} – {}", level.label.get(), d.get()),
                None => level.label.get().to_string(),
            };
            self.wrapped_hanging(&text, &format!("  {}  ", level.level), "     ")?;
        }
        Ok(())
    }

    /// How to answer; decides too whether a scale is answered by typing its
    /// level, when its descriptions leave no room for a list of choices.
    fn show_hint(&self, session: &Session, question: &Question) -> anyhow::Result<()> {
        let choices = session.questionnaire.levels_of(question).len()
            + usize::from(question.allow_unknown)
            + usize::from(question.allow_na);
        // Room for the hint (two lines) and the list of choices.
        self.typed_scale
            .set(question.kind == QuestionKind::Scale && !self.fits(choices + 3));
        let typed = self.typed_scale.get()
            || matches!(
                question.kind,
                QuestionKind::Number | QuestionKind::Text | QuestionKind::Date
            );
        let hint = match question.kind {
            _ if typed => tr!(
                "Skriv svaret og trykk Enter. Tom linje gir flere valg: tilbake, hopp over, kommentar, uklart, hjelp{}.",
                "Type the answer and press Enter. An empty line gives more choices: back, skip, comment, unclear, help{}.",
                if question.help.is_some() { " (?)" } else { "" }
            ),
            QuestionKind::Multi => tr!(
                "Mellomrom krysser av, Enter bekrefter. Esc gir flere valg: tilbake, hopp over, kommentar, uklart, hjelp.",
                "Space ticks, Enter confirms. Esc gives more choices: back, skip, comment, unclear, help."
            ),
            _ => tr!(
                "Velg med piltastene og Enter. Esc gir flere valg: tilbake, hopp over, kommentar, uklart, hjelp.",
                "Choose with the arrow keys and Enter. Esc gives more choices: back, skip, comment, unclear, help."
            ),
        };
        self.painted(&hint, ui::DIM)?;
        Ok(())
    }
}

fn section_title(session: &Session, question: &Question) -> String {
    session
        .questionnaire
        .questions()
        .find(|(_, q)| q.id == question.id)
        .map(|(s, _)| s.title.get().to_string())
        .unwrap_or_default()
}
