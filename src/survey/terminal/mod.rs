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
mod list;
mod rank;
mod show;
mod summary;

pub use summary::summary_table;

use std::collections::BTreeMap;
use std::time::Instant;

use console::Term;
use dialoguer::Input;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::questionnaire::Question;
use crate::questionnaire::answer::{Response, State};
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
    /// A menu entry that does not apply to this question, with why.
    Unavailable(String),
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
    /// Whom the answers are for and where they are saved, shown on the first
    /// screen and the summary so that a wrong choice is seen at once.
    place: Option<String>,
    /// The levels of the current scale question did not fit in full: the
    /// list shows each on one line.
    compact_levels: std::cell::Cell<bool>,
    /// The terminal's size when the screen was last drawn, to redraw on a change.
    size: std::cell::Cell<(u16, u16)>,
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
            place: None,
            compact_levels: std::cell::Cell::new(false),
            size: std::cell::Cell::new((0, 0)),
        }
    }

    /// Names the municipality and the result file on the first screen and the summary.
    pub fn with_place(
        mut self,
        subject: &crate::subject::Subject,
        output: &std::path::Path,
    ) -> Prompter {
        let (id, name, file) = (&subject.id, &subject.name, output.display());
        self.place = Some(tr!(
            "terminal-municipality-saved-in",
            id = id,
            name = name,
            file = file
        ));
        self
    }

    /// The municipality and result file, dimmed.
    fn show_subject(&self) -> std::io::Result<()> {
        match &self.place {
            Some(place) => self.painted(place, ui::DIM),
            None => Ok(()),
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
        self.size.set(self.term.size());
        self.term.clear_screen()
    }

    fn height(&self) -> usize {
        usize::from(self.term.size().0)
    }

    /// Whether `rows` more lines fit on the screen below what is shown.
    fn fits(&self, rows: usize) -> bool {
        self.lines.get() + rows < self.height()
    }

    /// The terminal changed size since the screen was drawn.
    fn resized(&self) -> bool {
        self.term.size() != self.size.get()
    }

    fn wrapped(&self, text: &str, indent: &str) -> std::io::Result<()> {
        for l in self.wrap(text, indent, indent) {
            self.line(&l)?;
        }
        Ok(())
    }

    /// `text` wrapped to the screen, the first line and the rest indented.
    /// Lines break at spaces, never at a hyphen or a slash: a file name such
    /// as `/data/kartlegg-svar-4627-….yaml` or a word such as `IT-avdeling`
    /// stays whole.
    fn wrap(&self, text: &str, first: &str, rest: &str) -> Vec<String> {
        let options = textwrap::Options::new(self.width() - 1)
            .initial_indent(first)
            .subsequent_indent(rest)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::wrap(text, options)
            .into_iter()
            .map(|l| l.into_owned())
            .collect()
    }

    /// Wrapped text in a style, line by line so colour survives the wrapping.
    fn painted(&self, text: &str, style: anstyle::Style) -> std::io::Result<()> {
        for l in self.wrap(text, "", "") {
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
                *notice = Some(tr!("terminal-could-not-save-the-answers-are", err = err));
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
                        notice = Some(tr!("terminal-this-is-the-first-question"));
                    }
                }
                Action::Comment => {
                    let old = session
                        .entry(&question.id)
                        .and_then(|e| e.comment.clone())
                        .unwrap_or_default();
                    let comment: String = Input::with_theme(self.theme.as_ref())
                        .with_prompt(tr!("terminal-comment-an-empty-line-removes-it"))
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
                Action::Unavailable(why) => notice = Some(why),
            }
        }
    }

    /// The menu, in the same order for every question so that the same keys
    /// always mean the same; entries that do not apply are shown but refused.
    fn menu(&self, question: &Question) -> anyhow::Result<Action> {
        let mut choices = menu_entries(question);
        let items: Vec<String> = choices
            .iter()
            .map(|(label, _, open)| match open {
                true => label.clone(),
                false => tr!("terminal-not-for-this-question", label = label),
            })
            .collect();
        let prompt = tr!("terminal-what-do-you-want-to-do");
        let list::Picked::Chosen(i) = self.pick(Some(&prompt), &items, 0)? else {
            // Esc, or a new terminal size: back to the question, drawn again.
            return Ok(Action::Stay);
        };
        let (label, action, open) = choices.swap_remove(i);
        Ok(match open {
            true => action,
            false => Action::Unavailable(tr!(
                "terminal-does-not-apply-to-this-question",
                label = label
            )),
        })
    }

    /// The end of the questionnaire: scores, the questions worth a second look,
    /// and the choice to revisit one of them or finish. Returns the question
    /// to revisit, if any.
    fn review(&self, session: &Session) -> anyhow::Result<Option<String>> {
        loop {
            if let Some(picked) = self.review_once(session)? {
                return Ok(picked);
            }
        }
    }

    /// The review drawn once; `None` when the terminal changed size.
    fn review_once(&self, session: &Session) -> anyhow::Result<Option<Option<String>>> {
        self.clear()?;
        let open = session.open_questions();
        let width = u16::try_from(self.width()).unwrap_or(u16::MAX);
        let table = summary_table(session, self.color, Some(width));
        let table: Vec<&str> = table.lines().collect();
        // The heading, the place, the counts and the list must stay in view:
        // a table too tall for the screen is left to the printout at the end.
        let (counts, table) = table.split_last().unwrap_or((&"", &[]));
        let targets: Vec<&Question> = open
            .iter()
            .copied()
            .chain(session.settled_questions())
            .collect();
        let rows = table.len() + 7 + (targets.len() + 1).min(5);
        let fits = rows < self.height();
        if fits {
            for l in table {
                self.line(l)?;
            }
        }
        self.line(&ui::paint(&tr!("terminal-summary"), ui::PLACE, self.color))?;
        self.show_subject()?;
        // A count stays beside its name: the line breaks only between counts.
        let counts: Vec<String> = counts
            .split(" · ")
            .map(|count| count.replace(' ', "\u{a0}"))
            .collect();
        self.wrapped(&counts.join("\u{a0}· "), "")?;
        if !fits && !table.is_empty() {
            self.painted(&tr!("terminal-the-maturity-table-is-printed-when"), ui::DIM)?;
        }
        if open.is_empty() {
            self.line(&tr!("terminal-every-question-is-answered"))?;
        } else {
            let n = open.len();
            let n = tr!("count-questions-were", n = n);
            let open = tr!("terminal-skipped-answered-don-t-know-or", n = n);
            self.wrapped(&open, "")?;
        }
        let width = self.width().saturating_sub(8);
        let mut items = vec![tr!("terminal-finish-and-save")];
        items.extend(
            targets
                .iter()
                .map(|q| truncate(&format!("{}: {}", q.id, q.text.get()), width)),
        );
        let prompt = tr!("terminal-finish-or-choose-a-question-to");
        Ok(match self.pick(Some(&prompt), &items, 0)? {
            // Esc or a new size draws the review again; only Enter finishes.
            list::Picked::Resized | list::Picked::Escaped => None,
            list::Picked::Chosen(i) if i > 0 => Some(Some(targets[i - 1].id.clone())),
            _ => Some(None),
        })
    }
}

/// The menu's entries in their fixed order: label, action, and whether the
/// question allows it.
fn menu_entries(question: &Question) -> Vec<(String, Action, bool)> {
    let (unknown, na) = (
        Response::without_value(State::Unknown),
        Response::without_value(State::NotApplicable),
    );
    vec![
        (tr!("terminal-back-to-the-question"), Action::Stay, true),
        (
            tr!("terminal-go-to-the-previous-question"),
            Action::Back,
            true,
        ),
        (
            tr!("terminal-skip-the-question"),
            Action::Skip,
            !question.required,
        ),
        (
            tr!("catalogue-don-t-know"),
            Action::Respond(unknown),
            question.allow_unknown,
        ),
        (
            tr!("export-not-applicable"),
            Action::Respond(na),
            question.allow_na,
        ),
        (tr!("terminal-write-a-comment"), Action::Comment, true),
        (
            tr!("terminal-flag-unflag-as-unclear-question"),
            Action::ToggleUnclear,
            true,
        ),
        (
            tr!("terminal-show-help"),
            Action::Help,
            question.help.is_some(),
        ),
        (tr!("terminal-save-and-continue-later"), Action::Pause, true),
    ]
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let cut: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{cut}…")
}
