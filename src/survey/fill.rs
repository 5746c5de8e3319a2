//! Filling a questionnaire from prepared answers, without a terminal: the
//! answers of an answers file (`survey --answers`), a filled Excel form
//! (`import`), or a result agreed in a joint session. The answers are given
//! in the order the questionnaire asks, so `show_if` sees earlier answers,
//! and a refused answer is reported at its place in the file it came from.
//!
//! Reading the answers and writing the result file stay with the caller.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Mark, Rejected};
use crate::questionnaire::Questionnaire;
use crate::subject::Subject;
use crate::survey::answers::{self, Prepared};
use crate::survey::result::{Answer, Note, QuestionnaireRef, Status, SurveyResult};
use crate::survey::session::Session;
use crate::tr;

/// Who answers, for whom, and since when: everything in a result file but the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Answering {
    pub subject: Subject,
    pub role: Option<String>,
    pub respondent: Option<String>,
    /// The answers are agreed in a joint session and stand for the municipality.
    pub consensus: bool,
    /// When the survey began (RFC 3339).
    pub started: String,
    /// Answers already saved in a file being continued; empty for a new one.
    pub earlier: Vec<Answer>,
    /// Comments and flags on questions not answered yet, from that file.
    pub notes: Vec<Note>,
    /// When the file being continued was first finished; it stays complete.
    pub finished: Option<String>,
    /// When its answers were last changed.
    pub changed: Option<String>,
    /// The language the questions are asked in (the current one, or the
    /// language an Excel form was filled in).
    pub language: String,
}

impl Answering {
    /// A new survey for `subject`, begun now.
    pub fn new(subject: Subject, role: Option<String>, respondent: Option<String>) -> Answering {
        Answering {
            subject,
            role,
            respondent,
            consensus: false,
            started: crate::time::now(),
            earlier: Vec::new(),
            notes: Vec::new(),
            finished: None,
            changed: None,
            language: crate::i18n::current().code().to_string(),
        }
    }

    /// The status to save the session with: complete once the respondent has
    /// finished the survey, now or in an earlier sitting, while every shown
    /// question has a response. Opening a finished file never makes it partial.
    pub fn status(&self, session: &Session, finishing: bool) -> Status {
        if (finishing || self.finished.is_some()) && session.is_complete() {
            Status::Complete
        } else {
            Status::Partial
        }
    }

    /// The result file for the session's answers; a complete one keeps the
    /// time it was first finished, or is finished now.
    pub fn result(&self, q: &Questionnaire, session: &Session, status: Status) -> SurveyResult {
        SurveyResult {
            questionnaire: QuestionnaireRef::of(q),
            subject: self.subject.clone(),
            role: self.role.clone(),
            respondent: self.respondent.clone(),
            consensus: self.consensus,
            tool: format!("kartlegg {}", env!("CARGO_PKG_VERSION")),
            language: Some(self.language.clone()),
            started: self.started.clone(),
            finished: (status == Status::Complete)
                .then(|| self.finished.clone().unwrap_or_else(crate::time::now)),
            changed: self.changed.clone(),
            status,
            answers: session.answers(),
            unanswered: session.notes(),
        }
    }
}

/// Where prepared answers came from, so that a refused one is named at its place.
#[derive(Clone, Debug)]
pub struct Origin {
    pub path: PathBuf,
    /// Names a place as a spreadsheet cell (`Svar!D14`); without it, a place
    /// is a line and column of a text file.
    pub cell: Option<fn(Mark) -> String>,
}

impl Origin {
    /// Answers from a text file (YAML or CSV), placed by line and column.
    pub fn text(path: &Path) -> Origin {
        Origin {
            path: path.to_path_buf(),
            cell: None,
        }
    }

    /// Answers from a spreadsheet, placed by cell.
    pub fn workbook(path: &Path, cell: fn(Mark) -> String) -> Origin {
        Origin {
            path: path.to_path_buf(),
            cell: Some(cell),
        }
    }

    fn problem(&self, mark: Mark, code: &'static str, message: String) -> Rejected {
        let problem = match self.cell {
            Some(cell) => Diagnostic::whole_file(code, format!("{}: {message}", cell(mark))),
            None => Diagnostic::at(mark, code, message),
        };
        Rejected {
            path: self.path.clone(),
            problems: vec![problem],
        }
    }
}

/// A questionnaire answered from prepared answers, and what is left of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Answered {
    /// `complete` when every shown question has a response, else `partial`.
    pub result: SurveyResult,
    /// How many prepared answers were used.
    pub used: usize,
    /// Prepared answers not used: their questions are not shown after the other answers.
    pub unused: Vec<String>,
    /// Shown questions still without a response.
    pub unanswered: Vec<String>,
}

/// Answers `q` with the prepared answers, after the earlier ones in `answering`.
///
/// Fails with the answers that do not fit (a `Rejected` naming the file and
/// place), or when the earlier answers do not fit the questionnaire.
pub fn fill(
    q: &Questionnaire,
    answering: &Answering,
    prepared: &BTreeMap<String, Prepared>,
    origin: &Origin,
) -> anyhow::Result<Answered> {
    let mut session = Session::resume(q, &answering.earlier).map_err(|problems| {
        anyhow::anyhow!(problems.join("; ")).context(tr!("fill-the-earlier-answers-do-not-fit"))
    })?;
    session.restore_notes(&answering.notes);
    let unused = answers::apply(&mut session, prepared)
        .map_err(|(id, mark, why)| origin.problem(mark, "bad-answer", format!("{id}: {why}")))?;
    let status = if session.is_complete() {
        Status::Complete
    } else {
        Status::Partial
    };
    let unanswered = session
        .open_questions()
        .iter()
        .filter(|q| session.entry(&q.id).is_none_or(|e| e.response.is_none()))
        .map(|q| q.id.clone())
        .collect();
    Ok(Answered {
        result: answering.result(q, &session, status),
        used: prepared.len() - unused.len(),
        unused,
        unanswered,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::answer::{AnswerValue, State};

    fn small() -> Questionnaire {
        let src = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/survey-small.yaml"),
        )
        .unwrap();
        crate::questionnaire::from_str(&src).unwrap()
    }

    fn answering() -> Answering {
        Answering::new(
            Subject::kommune("4601", "Bergen"),
            Some("IT-leder".into()),
            None,
        )
    }

    fn prepared(q: &Questionnaire, csv: &str) -> BTreeMap<String, Prepared> {
        let rows = csv
            .lines()
            .enumerate()
            .map(|(i, l)| {
                let (id, value) = l.split_once(',').unwrap();
                answers::Row {
                    id: id.into(),
                    text: value.into(),
                    comment: None,
                    evidence: None,
                    mark: Mark::new(i + 1, 1),
                }
            })
            .collect();
        answers::check(rows, q, &|_| None).unwrap()
    }

    #[test]
    fn leaves_hidden_answers_unused_and_names_the_open_questions() {
        let q = small();
        let answers = prepared(&q, "har_soc,nei\nsoc_niva,2\ndrift,egen");
        let origin = Origin::text(Path::new("svar.csv"));
        let filled = fill(&q, &answering(), &answers, &origin).unwrap();
        assert_eq!(filled.unused, ["soc_niva"]);
        assert_eq!(filled.used, 2);
        assert_eq!(filled.result.status, Status::Partial);
        assert!(!filled.unanswered.is_empty());
        assert!(filled.result.finished.is_none());
        let first = &filled.result.answers[0];
        assert_eq!(first.id, "har_soc");
        assert_eq!(first.response.state, State::Answered);
        assert_eq!(first.response.value, Some(AnswerValue::Bool(false)));
    }

    #[test]
    fn a_finished_file_opened_again_stays_complete_with_its_finished_time() {
        let q = small();
        let origin = Origin::text(Path::new("svar.csv"));
        let answers = prepared(&q, "har_soc,nei\ndrift,egen\nmerknad,ok\nansatte,12");
        let done = fill(&q, &answering(), &answers, &origin).unwrap().result;
        assert_eq!(done.status, Status::Complete);
        let again = Answering {
            earlier: done.answers.clone(),
            finished: Some("2026-11-28T09:00:00Z".into()),
            ..answering()
        };
        let session = Session::resume(&q, &again.earlier).unwrap();
        // Opened, not yet confirmed again: still complete, finished as before.
        let status = again.status(&session, false);
        let saved = again.result(&q, &session, status);
        assert_eq!(saved.status, Status::Complete);
        assert_eq!(saved.finished.as_deref(), Some("2026-11-28T09:00:00Z"));
        // A file never finished is not made complete by being opened.
        let fresh = Session::resume(&q, &done.answers).unwrap();
        assert_eq!(answering().status(&fresh, false), Status::Partial);
        assert_eq!(answering().status(&fresh, true), Status::Complete);
    }

    #[test]
    fn a_refused_answer_is_named_by_line_or_by_cell() {
        let mark = Mark::new(14, 4);
        let text = Origin::text(Path::new("svar.csv")).problem(mark, "bad-answer", "x: no".into());
        assert_eq!(text.to_string(), "svar.csv:14:4: x: no");
        let cell = |m: Mark| format!("Svar!R{}C{}", m.line, m.col);
        let form = Origin::workbook(Path::new("skjema.xlsx"), cell);
        let form = form.problem(mark, "bad-answer", "x: no".into());
        assert_eq!(form.to_string(), "skjema.xlsx: Svar!R14C4: x: no");
    }
}
