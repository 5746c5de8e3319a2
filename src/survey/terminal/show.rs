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
    ///
    /// The place and the question text come first and must stay on screen:
    /// what follows is fitted to the room left. Scale levels too long to
    /// fit are shown one line each in the list (the full text is under
    /// help), and help too long to fit is shown page by page first.
    pub(super) fn show(
        &self,
        session: &Session,
        question: &Question,
        show_help: bool,
        notice: Option<String>,
    ) -> anyhow::Result<()> {
        if show_help && !self.help_fits(session, question) {
            self.page_help(session, question)?;
            return self.show(session, question, false, notice);
        }
        self.show_top(session, question)?;
        self.show_comment_and_flag(session, question)?;
        if show_help {
            self.show_help(question)?;
        }
        let hint_rows = 3 + usize::from(notice.is_some()) * 2;
        self.compact_levels.set(false);
        self.typed_scale.set(false);
        if question.kind == QuestionKind::Scale {
            let choices = session.questionnaire.levels_of(question).len()
                + usize::from(question.allow_unknown)
                + usize::from(question.allow_na);
            let levels = self.level_lines(session, question).len() + 1;
            if self.fits(levels + choices + hint_rows) {
                self.show_levels(session, question)?;
            } else if self.fits(levels + hint_rows + 1) {
                // The descriptions fit, but not a list below them: the
                // level is typed instead of listed a second time.
                self.show_levels(session, question)?;
                self.typed_scale.set(true);
            } else {
                self.compact_levels.set(true);
            }
        }
        self.line("")?;
        self.show_hint(question)?;
        if let Some(notice) = notice {
            self.painted(&notice, ui::WARNING)?;
        }
        Ok(())
    }

    /// The place, the question text: what must always be on screen.
    fn show_top(&self, session: &Session, question: &Question) -> anyhow::Result<()> {
        self.clear()?;
        self.show_place(session, question)?;
        if session.progress().position == 1 {
            // The first screen says for whom and where, before any answer.
            self.show_subject()?;
        }
        self.line("")?;
        self.wrapped(question.text.get(), "")?;
        Ok(())
    }

    /// Progress, and the NSM principle (or section) the question belongs to.
    fn show_place(&self, session: &Session, question: &Question) -> anyhow::Result<()> {
        let progress = session.progress();
        let (n, total) = (progress.position, progress.total);
        let context = match question.principle.and_then(nsm::principle) {
            Some(p) => format!("{} {}", p.id, p.title.get()),
            None => section_title(session, question),
        };
        let header = if progress.settled {
            tr!("show-question-of", n = n, total = total, context = context)
        } else {
            tr!(
                "show-question-of-up-to",
                n = n,
                total = total,
                context = context
            )
        };
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
            self.wrapped(&tr!("show-comment", comment = comment), "  ")?;
        }
        if entry.unclear {
            self.line(&ui::paint(
                &tr!("show-flagged-as-an-unclear-question"),
                ui::WARNING,
                self.color,
            ))?;
        }
        Ok(())
    }

    fn help_text(question: &Question) -> String {
        question.help.as_ref().map_or_else(
            || tr!("show-this-question-has-no-help-text"),
            |h| h.get().to_string(),
        )
    }

    fn show_help(&self, question: &Question) -> anyhow::Result<()> {
        self.line("")?;
        self.wrapped(&Self::help_text(question), "  ")?;
        Ok(())
    }

    /// Whether the help fits on the question's screen with room to answer.
    fn help_fits(&self, session: &Session, question: &Question) -> bool {
        let top = 4 + self.wrap(question.text.get(), "", "").len();
        let help = 1 + self.wrap(&Self::help_text(question), "  ", "  ").len();
        let levels = match question.kind {
            QuestionKind::Scale => self.level_lines(session, question).len() + 1,
            _ => 0,
        };
        top + help + levels + 6 < self.height()
    }

    /// The help, and for a scale every level in full, a screen at a time
    /// under the question, each page waiting for a key.
    fn page_help(&self, session: &Session, question: &Question) -> anyhow::Result<()> {
        let mut body = vec![String::new()];
        body.extend(self.wrap(&Self::help_text(question), "  ", "  "));
        if question.kind == QuestionKind::Scale {
            body.push(String::new());
            body.extend(self.level_lines(session, question));
        }
        self.show_top(session, question)?;
        let rows = self.height().saturating_sub(self.lines.get() + 2).max(3);
        let pages = body.len().div_ceil(rows);
        for (i, page) in body.chunks(rows).enumerate() {
            if i > 0 {
                self.show_top(session, question)?;
            }
            for l in page {
                self.line(l)?;
            }
            let (n, last) = (i + 1, i + 1 == pages);
            let more = match last {
                false => tr!("show-page-of-press-a-key-for", n = n, pages = pages),
                true => tr!("show-page-of-press-a-key-to", n = n, pages = pages),
            };
            self.painted(&more, ui::DIM)?;
            self.term.read_key()?;
        }
        Ok(())
    }

    /// Each level of a scale with its description, wrapped to the screen.
    fn level_lines(&self, session: &Session, question: &Question) -> Vec<String> {
        let mut out = Vec::new();
        for level in session.questionnaire.levels_of(question) {
            let text = match level.description {
                Some(d) => format!("{} – {}", level.label.get(), d.get()),
                None => level.label.get().to_string(),
            };
            out.extend(self.wrap(&text, &format!("  {}  ", level.level), "     "));
        }
        out
    }

    /// Each level of a scale with its description.
    fn show_levels(&self, session: &Session, question: &Question) -> anyhow::Result<()> {
        self.line("")?;
        for l in self.level_lines(session, question) {
            self.line(&l)?;
        }
        Ok(())
    }

    /// How to answer.
    fn show_hint(&self, question: &Question) -> anyhow::Result<()> {
        let typed = self.typed_scale.get()
            || matches!(
                question.kind,
                QuestionKind::Number | QuestionKind::Text | QuestionKind::Date
            );
        let hint = match question.kind {
            _ if typed => tr!(
                "show-type-the-answer-and-press-enter",
                value = if question.help.is_some() { " (?)" } else { "" }
            ),
            QuestionKind::Multi => tr!("show-space-ticks-enter-confirms-esc-gives"),
            _ if self.compact_levels.get() => tr!("show-choose-with-the-arrow-keys-and"),
            _ => tr!("show-choose-with-the-arrow-keys-and-2"),
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
