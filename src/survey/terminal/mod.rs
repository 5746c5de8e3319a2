//! Asks the questions of a [`Session`] in a terminal, one at a time, with
//! dialoguer: arrow keys for choices, typed input for numbers, text and dates,
//! and Esc (or Enter on an empty line) for the other things a respondent may
//! want: go back, skip, comment, flag the question as unclear, read the help,
//! or save and stop.
//!
//! `show` draws a question, `ask` reads the answer, `summary` is the table
//! of scores at the end; this module holds the loop and the menu.

mod ask;
pub mod choose;
mod evidence;
mod rank;
mod show;
mod summary;

pub use summary::summary_table;

use std::collections::BTreeMap;
use std::time::Instant;

use console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, Select};

use crate::questionnaire::answer::{Response, State};
use crate::questionnaire::{Question, QuestionKind};
use crate::tr;
use crate::ui;

use super::answers::Prepared;
use super::session::Session;

/// How the interactive part ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every question was dealt with and the respondent chose to finish.
    Finished,
    /// The respondent chose to save and continue later.
    Paused,
}

/// What the respondent chose to do with the current question.
enum Action {
    Respond(Response),
    Back,
    Skip,
    Comment,
    ToggleUnclear,
    Help,
    Pause,
    Stay,
}

/// Where the survey is drawn: standard error, so that standard output stays
/// free, or standard output when standard error goes to a file
/// (`kartlegg survey … 2>log`).
pub fn screen() -> Term {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() {
        Term::stderr()
    } else {
        Term::stdout()
    }
}

/// Whether a survey can be asked here: typed answers come from standard
/// input, and the questions need a terminal to be drawn on.
pub fn can_ask() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal()
        && (std::io::stderr().is_terminal() || std::io::stdout().is_terminal())
}

pub struct Prompter {
    term: Term,
    color: bool,
    theme: Box<dyn Theme>,
    /// Lines written since the screen was last cleared, to know whether a
    /// list of choices still fits below them.
    lines: std::cell::Cell<usize>,
    /// The current scale question is answered by typing its level, because
    /// its descriptions leave no room for a list of choices.
    typed_scale: std::cell::Cell<bool>,
}

impl Prompter {
    pub fn new(color: bool) -> Prompter {
        let theme: Box<dyn Theme> = if color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Prompter {
            term: screen(),
            color,
            theme,
            lines: std::cell::Cell::new(0),
            typed_scale: std::cell::Cell::new(false),
        }
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(40, 120)
    }

    fn line(&self, text: &str) -> std::io::Result<()> {
        self.lines.set(self.lines.get() + 1);
        self.term.write_line(text)
    }

    fn clear(&self) -> std::io::Result<()> {
        self.lines.set(0);
        self.term.clear_screen()
    }

    /// Whether `rows` more lines fit on the screen below what is shown.
    fn fits(&self, rows: usize) -> bool {
        self.lines.get() + rows < usize::from(self.term.size().0)
    }

    fn wrapped(&self, text: &str, indent: &str) -> std::io::Result<()> {
        self.wrapped_hanging(text, indent, indent)
    }

    fn wrapped_hanging(&self, text: &str, first: &str, rest: &str) -> std::io::Result<()> {
        let options = textwrap::Options::new(self.width() - 1)
            .initial_indent(first)
            .subsequent_indent(rest);
        for l in textwrap::wrap(text, options) {
            self.line(&l)?;
        }
        Ok(())
    }

    /// Wrapped text in a style, line by line so colour survives the wrapping.
    fn painted(&self, text: &str, style: anstyle::Style) -> std::io::Result<()> {
        for l in textwrap::wrap(text, self.width() - 1) {
            self.line(&ui::paint(&l, style, self.color))?;
        }
        Ok(())
    }

    /// Runs the survey until the respondent finishes or pauses. `save` is
    /// called after every change worth keeping.
    pub fn run(
        &self,
        session: &mut Session,
        prepared: &BTreeMap<String, Prepared>,
        save: &mut dyn FnMut(&Session) -> anyhow::Result<()>,
    ) -> anyhow::Result<Outcome> {
        let mut show_help = false;
        let mut notice: Option<String> = None;
        // A failed save (disk full, folder gone) must not end the survey: the
        // answers stay in memory, and the respondent is told how to keep them.
        let mut keep = |session: &Session, notice: &mut Option<String>| {
            if let Err(err) = save(session) {
                let err = crate::diagnostic::chain_text(&err);
                *notice = Some(tr!(
                    "Kunne ikke lagre ({err}). Svarene er tatt vare på i minnet; velg «Lagre og fortsett senere» (Esc) for å lagre dem et annet sted.",
                    "Could not save ({err}). The answers are kept in memory; choose “Save and continue later” (Esc) to save them somewhere else."
                ));
            }
        };
        loop {
            let Some(question) = session.current() else {
                match self.review(session)? {
                    Some(id) => {
                        session.goto(&id);
                        continue;
                    }
                    None => return Ok(Outcome::Finished),
                }
            };
            self.show(session, question, show_help, notice.take())?;
            show_help = false;
            let started = Instant::now();
            let action = self.ask(session, question, prepared)?;
            session.add_seconds(started.elapsed().as_secs_f64());
            match action {
                Action::Respond(response) => match session.record(response) {
                    Ok(()) => {
                        self.ask_evidence(session, question, prepared)?;
                        keep(session, &mut notice)
                    }
                    Err(why) => notice = Some(why),
                },
                Action::Skip => match session.record(Response::without_value(State::Skipped)) {
                    Ok(()) => keep(session, &mut notice),
                    Err(why) => notice = Some(why),
                },
                Action::Back => {
                    if !session.back() {
                        notice = Some(tr!(
                            "Dette er det første spørsmålet.",
                            "This is the first question."
                        ));
                    }
                }
                Action::Comment => {
                    let old = session
                        .entry(&question.id)
                        .and_then(|e| e.comment.clone())
                        .unwrap_or_default();
                    let comment: String = Input::with_theme(self.theme.as_ref())
                        .with_prompt(tr!(
                            "Kommentar (tom linje fjerner den)",
                            "Comment (an empty line removes it)"
                        ))
                        .with_initial_text(old)
                        .allow_empty(true)
                        .interact_text_on(&self.term)?;
                    // A line of spaces typed here means no comment.
                    session.set_comment(Some(comment).filter(|c| !c.trim().is_empty()));
                    keep(session, &mut notice);
                }
                Action::ToggleUnclear => {
                    session.toggle_unclear();
                    keep(session, &mut notice);
                }
                Action::Help => show_help = true,
                Action::Pause => return Ok(Outcome::Paused),
                Action::Stay => {}
            }
        }
    }

    fn menu(&self, question: &Question) -> anyhow::Result<Action> {
        let mut choices: Vec<(String, Action)> = vec![(
            tr!("Tilbake til spørsmålet", "Back to the question"),
            Action::Stay,
        )];
        if matches!(
            question.kind,
            QuestionKind::Multi | QuestionKind::Number | QuestionKind::Text | QuestionKind::Date
        ) {
            choices.extend(
                self.state_choices(question)
                    .into_iter()
                    .map(|(label, r)| (label, Action::Respond(r))),
            );
        }
        choices.push((
            tr!("Gå til forrige spørsmål", "Go to the previous question"),
            Action::Back,
        ));
        if !question.required {
            choices.push((
                tr!("Hopp over spørsmålet", "Skip the question"),
                Action::Skip,
            ));
        }
        choices.push((
            tr!("Skriv en kommentar", "Write a comment"),
            Action::Comment,
        ));
        choices.push((
            tr!(
                "Marker / fjern merket «uklart spørsmål»",
                "Flag / unflag as “unclear question”"
            ),
            Action::ToggleUnclear,
        ));
        if question.help.is_some() {
            choices.push((tr!("Vis hjelp", "Show help"), Action::Help));
        }
        choices.push((
            tr!("Lagre og fortsett senere", "Save and continue later"),
            Action::Pause,
        ));
        let items: Vec<&str> = choices.iter().map(|(label, _)| label.as_str()).collect();
        let picked = Select::with_theme(self.theme.as_ref())
            .with_prompt(tr!("Hva vil du gjøre?", "What do you want to do?"))
            .items(&items)
            .default(0)
            .report(false)
            .interact_on_opt(&self.term)?;
        Ok(picked.map_or(Action::Stay, |i| choices.swap_remove(i).1))
    }

    /// The end of the questionnaire: scores, the questions worth a second look,
    /// and the choice to revisit one of them or finish. Returns the question
    /// to revisit, if any.
    fn review(&self, session: &Session) -> anyhow::Result<Option<String>> {
        self.clear()?;
        self.line(&ui::paint(
            &tr!("Oppsummering", "Summary"),
            ui::PLACE,
            self.color,
        ))?;
        self.line(&summary_table(session, self.color))?;
        let open = session.open_questions();
        if open.is_empty() {
            self.line(&tr!(
                "Alle spørsmål er besvart.",
                "Every question is answered."
            ))?;
        } else {
            let n = open.len();
            let n = crate::i18n::counted(
                n,
                ("spørsmål", "spørsmål"),
                ("question was", "questions were"),
            );
            self.line(&tr!(
                "{n} er hoppet over, besvart med «Vet ikke» eller markert som uklare:",
                "{n} skipped, answered “Don't know” or flagged unclear:"
            ))?;
        }
        let width = self.width().saturating_sub(8);
        let mut items = vec![tr!("Fullfør og lagre", "Finish and save")];
        items.extend(
            open.iter()
                .map(|q| truncate(&format!("{}: {}", q.id, q.text.get()), width)),
        );
        let picked = Select::with_theme(self.theme.as_ref())
            .with_prompt(tr!(
                "Fullfør, eller velg et spørsmål å gå tilbake til",
                "Finish, or choose a question to go back to"
            ))
            .items(&items)
            .default(0)
            .report(false)
            .interact_on_opt(&self.term)?;
        Ok(match picked {
            Some(i) if i > 0 => Some(open[i - 1].id.clone()),
            _ => None,
        })
    }
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let cut: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{cut}…")
}
