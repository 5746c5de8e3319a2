//! Asks the questions of a [`Session`] in a terminal, one at a time, with
//! dialoguer: arrow keys for choices, typed input for numbers, text and dates,
//! and Esc (or Enter on an empty line) for the other things a respondent may
//! want: go back, skip, comment, flag the question as unclear, read the help,
//! or save and stop.

use std::collections::BTreeMap;
use std::time::Instant;

use console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};

use crate::i18n::Text;
use crate::nsm;
use crate::questionnaire::answer::{self, AnswerValue, Response, State};
use crate::questionnaire::{Question, QuestionKind, scoring};
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
            term: Term::stderr(),
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
                *notice = Some(tr!(
                    "Kunne ikke lagre ({err:#}). Svarene er tatt vare på i minnet; velg «Lagre og fortsett senere» (Esc) for å lagre dem et annet sted.",
                    "Could not save ({err:#}). The answers are kept in memory; choose “Save and continue later” (Esc) to save them somewhere else."
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
                    session.set_comment(Some(comment));
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

    fn show(
        &self,
        session: &Session,
        question: &Question,
        show_help: bool,
        notice: Option<String>,
    ) -> anyhow::Result<()> {
        self.clear()?;
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
        self.line("")?;
        self.wrapped(question.text.get(), "")?;
        if let Some(entry) = session.entry(&question.id) {
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
        }
        if show_help {
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
        }
        if question.kind == QuestionKind::Scale {
            self.line("")?;
            for level in session.questionnaire.levels_of(question) {
                let text = match level.description {
                    Some(d) => format!("{} – {}", level.label.get(), d.get()),
                    None => level.label.get().to_string(),
                };
                self.wrapped_hanging(&text, &format!("  {}  ", level.level), "     ")?;
            }
        }
        self.line("")?;
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
        if let Some(notice) = notice {
            self.painted(&notice, ui::WARNING)?;
        }
        Ok(())
    }

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

    fn ask(
        &self,
        session: &Session,
        question: &Question,
        prepared: &BTreeMap<String, Prepared>,
    ) -> anyhow::Result<Action> {
        let previous = Self::previous(session, question, prepared);
        let q = session.questionnaire;
        match question.kind {
            QuestionKind::Scale | QuestionKind::Single | QuestionKind::YesNo => {
                let mut choices: Vec<(String, Response)> = match question.kind {
                    QuestionKind::Scale => q
                        .levels_of(question)
                        .iter()
                        .map(|l| {
                            (
                                format!("{}  {}", l.level, l.label.get()),
                                Response::answered(AnswerValue::Number(f64::from(l.level))),
                            )
                        })
                        .collect(),
                    QuestionKind::YesNo => vec![
                        (
                            tr!("Ja", "Yes"),
                            Response::answered(AnswerValue::Bool(true)),
                        ),
                        (
                            tr!("Nei", "No"),
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
                };
                choices.extend(self.state_choices(question));
                if question.kind == QuestionKind::Scale && self.typed_scale.get() {
                    // The level descriptions fill the screen: ask for the level
                    // by number instead of listing the levels a second time.
                    return self.typed(session, question, previous);
                }
                let width = self.width().saturating_sub(6);
                let items: Vec<String> = choices
                    .iter()
                    .map(|(label, _)| truncate(label, width))
                    .collect();
                let default = previous
                    .as_ref()
                    .and_then(|p| choices.iter().position(|(_, r)| r == p))
                    .unwrap_or(0);
                let picked = Select::with_theme(self.theme.as_ref())
                    .items(&items)
                    .default(default)
                    .report(false)
                    .interact_on_opt(&self.term)?;
                match picked {
                    Some(i) => Ok(Action::Respond(choices.swap_remove(i).1)),
                    None => self.menu(question),
                }
            }
            QuestionKind::Multi => {
                let ticked: Vec<String> = match previous.as_ref().and_then(|p| p.value.clone()) {
                    Some(AnswerValue::Choices(ids)) => ids,
                    _ => Vec::new(),
                };
                let width = self.width().saturating_sub(8);
                let items: Vec<(String, bool)> = question
                    .options
                    .iter()
                    .map(|o| (truncate(o.text.get(), width), ticked.contains(&o.id)))
                    .collect();
                let picked = MultiSelect::with_theme(self.theme.as_ref())
                    .items_checked(items)
                    .report(false)
                    .interact_on_opt(&self.term)?;
                match picked {
                    Some(indexes) => Ok(Action::Respond(Response::answered(AnswerValue::Choices(
                        indexes
                            .into_iter()
                            .map(|i| question.options[i].id.clone())
                            .collect(),
                    )))),
                    None => self.menu(question),
                }
            }
            QuestionKind::Number | QuestionKind::Text | QuestionKind::Date => {
                self.typed(session, question, previous)
            }
            QuestionKind::Rank => self.ask_rank(question, previous),
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
            Some((State::Unknown, _)) => tr!("vet ikke", "don't know"),
            Some((State::NotApplicable, _)) => tr!("ikke relevant", "not applicable"),
            _ => String::new(),
        };
        let prompt = match question.kind {
            QuestionKind::Number => number_prompt(question),
            QuestionKind::Date if question.allow_never => {
                tr!(
                    "Dato (ÅÅÅÅ-MM-DD eller «aldri»)",
                    "Date (YYYY-MM-DD or “never”)"
                )
            }
            QuestionKind::Date => tr!("Dato (ÅÅÅÅ-MM-DD)", "Date (YYYY-MM-DD)"),
            QuestionKind::Scale => {
                let mut words = vec!["0–5".to_string()];
                if question.allow_unknown {
                    words.push(tr!("«vet ikke»", "“don't know”"));
                }
                if question.allow_na {
                    words.push(tr!("«ikke relevant»", "“not applicable”"));
                }
                tr!("Nivå ({})", "Level ({})", words.join(", "))
            }
            _ => tr!("Svar", "Answer"),
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
    fn state_choices(&self, question: &Question) -> Vec<(String, Response)> {
        let mut out = Vec::new();
        if question.allow_unknown {
            out.push((
                tr!("Vet ikke", "Don't know"),
                Response::without_value(State::Unknown),
            ));
        }
        if question.allow_na {
            out.push((
                tr!("Ikke relevant", "Not applicable"),
                Response::without_value(State::NotApplicable),
            ));
        }
        out
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
            self.line(&tr!(
                "{n} spørsmål er hoppet over, besvart med «Vet ikke» eller markert som uklare:",
                "{n} questions were skipped, answered “Don't know” or flagged unclear:"
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

fn section_title(session: &Session, question: &Question) -> String {
    session
        .questionnaire
        .questions()
        .find(|(_, q)| q.id == question.id)
        .map(|(s, _)| s.title.get().to_string())
        .unwrap_or_default()
}

fn number_prompt(question: &Question) -> String {
    let unit = question.unit.as_ref().map(Text::get).unwrap_or_default();
    match (question.min, question.max) {
        (Some(lo), Some(hi)) => {
            format!("{} ({lo}–{hi} {unit})", tr!("Tall", "Number")).replace(" )", ")")
        }
        _ if !unit.is_empty() => format!("{} ({unit})", tr!("Tall", "Number")),
        _ => tr!("Tall", "Number"),
    }
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let cut: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{cut}…")
}

/// Scores per NSM category and principle, with coverage, as a table; or the
/// counts alone for a questionnaire without scores.
pub fn summary_table(session: &Session, color: bool) -> String {
    let scores = scoring::score(session.questionnaire, &session.responses());
    let answers = session.answers();
    let count = |state: State| answers.iter().filter(|a| a.response.state == state).count();
    let counts = tr!(
        "Besvart: {} · Vet ikke: {} · Ikke relevant: {} · Hoppet over: {}",
        "Answered: {} · Don't know: {} · Not applicable: {} · Skipped: {}",
        count(State::Answered),
        count(State::Unknown),
        count(State::NotApplicable),
        count(State::Skipped)
    );
    if scores.principles.is_empty() {
        return counts;
    }
    let mut table = ui::table(
        vec![
            "NSM".into(),
            tr!("Område", "Area"),
            tr!("Modenhet 0–5", "Maturity 0–5"),
            tr!("Dekning", "Coverage"),
            tr!("Vet ikke", "Don't know"),
        ],
        color,
    );
    let fmt_score = |s: Option<f64>| s.map_or("–".to_string(), |s| format!("{s:.1}"));
    let fmt_cov = |c: Option<f64>| c.map_or("–".to_string(), |c| format!("{:.0} %", c * 100.0));
    for category in nsm::categories() {
        let Some(tally) = scores.categories.get(&category.id) else {
            continue;
        };
        table.add_row(vec![
            category.id.to_string(),
            category.title.get().to_uppercase(),
            fmt_score(tally.score()),
            fmt_cov(tally.coverage()),
            tally.unknown.to_string(),
        ]);
        for (id, tally) in scores
            .principles
            .iter()
            .filter(|(id, _)| id.category == category.id)
        {
            let title = nsm::principle(*id)
                .map(|p| p.title.get().to_string())
                .unwrap_or_default();
            table.add_row(vec![
                id.to_string(),
                format!("  {title}"),
                fmt_score(tally.score()),
                fmt_cov(tally.coverage()),
                tally.unknown.to_string(),
            ]);
        }
    }
    let overall = &scores.overall;
    table.add_row(vec![
        String::new(),
        tr!("SAMLET", "OVERALL"),
        fmt_score(overall.score()),
        fmt_cov(overall.coverage()),
        overall.unknown.to_string(),
    ]);
    format!("{table}\n{counts}")
}

// The questions asked besides the answer itself, and ranking.
mod evidence;
mod rank;
