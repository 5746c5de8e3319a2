//! `svar.csv`: one row per municipality × question answered, with the value
//! as data and in words, its score, state and the respondent's notes.

use super::{Column, MUNICIPALITY, QUESTIONNAIRE, words};
use crate::collect::{Answered, Collected, Record, Respondent};
use crate::dataset::{Cell, CellRef, Rows, Table};
use crate::i18n::Text;
use crate::questionnaire::answer::AnswerValue;
use crate::questionnaire::scoring;
use crate::questionnaire::{Question, QuestionKind, Questionnaire, Section};
use crate::survey::result::Answer;
use crate::tr;

/// Who answered: after the municipality and questionnaire columns.
pub const RESPONDENT: [Column; 2] = [
    Column::new("answers-role", "answers-the-respondent-s-role"),
    Column::new(
        "answers-consensus",
        "answers-1-when-the-answers-were-agreed",
    ),
];

/// The columns after the municipality, questionnaire and respondent columns.
const COLUMNS: [Column; 13] = [
    Column::new("answers-section", "answers-the-section-the-question-is-in"),
    Column::new(
        "answers-principle",
        "answers-the-nsm-principle-the-question-measures",
    ),
    Column::new("answers-question-id", "answers-the-question-s-stable-id"),
    Column::new("findings-question", "findings-the-question-text"),
    Column::new("answers-value", "answers-the-answer-as-data-level-number"),
    Column::new("answers-value-label", "answers-the-answer-in-words"),
    Column::new("answers-score", "answers-maturity-score-0-5-where-the"),
    Column::new(
        "answers-state",
        "answers-answered-unknown-not-applicable-or-skipped",
    ),
    Column::new(
        "answers-unclear",
        "answers-1-when-the-respondent-flagged-the",
    ),
    Column::new("answers-comment", "answers-the-respondent-s-comment"),
    Column::new("answers-seconds", "answers-time-spent-on-the-question"),
    Column::new(
        "answers-migrated-from",
        "answers-when-the-answer-was-given-to",
    ),
    Column::new(
        "answers-source-file",
        "answers-the-file-the-answer-came-from",
    ),
];

/// One row per respondent × question answered. A national merge has
/// hundreds of thousands, so each row is made when it is written, from
/// where its answer is (24 bytes a row), not held as copies of the text.
pub fn table(c: &Collected) -> Table {
    let columns = [&MUNICIPALITY[..], &QUESTIONNAIRE[..], &RESPONDENT, &COLUMNS].concat();
    let records = std::sync::Arc::clone(&c.records);
    let places: Vec<Place> = places(&records).collect();
    let rows = Rows::made(places.len(), move |i, out| {
        let p = places[i];
        let record = &records[p.record as usize];
        let answered = record.surveys.values().nth(p.survey as usize);
        let found = answered.and_then(|a| {
            let respondent = a.respondents.get(p.respondent as usize)?;
            let r = &respondent.survey.result;
            let section = a.questionnaire.sections.get(p.section as usize)?;
            let question = section.questions.get(p.question as usize)?;
            let answer = r.answers.get(p.answer as usize)?;
            Some((a, respondent, section, question, answer))
        });
        match found {
            Some((a, respondent, section, question, answer)) => {
                row(a, respondent, section, question, answer, out)
            }
            None => out(&[]),
        }
    });
    super::with_rows(
        "svar",
        Text::message("answers-answers"),
        words(&columns),
        rows,
    )
}

/// Where a row's answer is: the record, its questionnaire (in the record's
/// order), the respondent, the section and question, and the answer in the
/// respondent's file.
#[derive(Clone, Copy)]
struct Place {
    record: u32,
    survey: u32,
    respondent: u32,
    section: u32,
    question: u32,
    answer: u32,
}

/// Every answered question of every respondent, in municipality,
/// questionnaire and respondent order, then the questionnaire's order.
fn places(records: &[Record]) -> impl Iterator<Item = Place> + '_ {
    // A result file is at most 16 MB and a questionnaire smaller: every
    // count here fits in 32 bits.
    let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    records.iter().enumerate().flat_map(move |(record, r)| {
        r.surveys.values().enumerate().flat_map(move |(survey, a)| {
            a.respondents
                .iter()
                .enumerate()
                .flat_map(move |(respondent, x)| {
                    let answers = &x.survey.result.answers;
                    let sections = a.questionnaire.sections.iter().enumerate();
                    sections.flat_map(move |(section, s)| {
                        s.questions
                            .iter()
                            .enumerate()
                            .filter_map(move |(question, q)| {
                                // As the file reader does, a later answer to the
                                // same id wins.
                                let answer = answers.iter().rposition(|x| x.id == q.id)?;
                                Some(Place {
                                    record: at(record),
                                    answer: at(answer),
                                    survey: at(survey),
                                    section: at(section),
                                    respondent: at(respondent),
                                    question: at(question),
                                })
                            })
                    })
                })
        })
    })
}

/// The row of one answer, given to `out`.
fn row(
    a: &Answered,
    respondent: &Respondent,
    section: &Section,
    question: &Question,
    answer: &Answer,
    out: &mut dyn FnMut(&[CellRef<'_>]),
) {
    let r = &respondent.survey.result;
    let q = &*a.questionnaire;
    let (value, label) = value_cells(q, question, answer.response.value.as_ref());
    let principle = question.principle.map(|p| p.code());
    let score = answer
        .response
        .value()
        .and_then(|v| scoring::question_score(question, v));
    out(&[
        (&r.subject.id).into(),
        (&r.subject.name).into(),
        (&r.questionnaire.id).into(),
        (&r.questionnaire.version).into(),
        r.role.as_ref().into(),
        CellRef::Number(f64::from(u8::from(r.consensus))),
        section.title.get().into(),
        principle.as_ref().into(),
        (&question.id).into(),
        question.text.get().into(),
        value.as_ref(),
        label.as_ref(),
        score.into(),
        answer.response.state.name().into(),
        CellRef::Number(f64::from(u8::from(answer.unclear))),
        answer.comment.as_ref().into(),
        CellRef::Number(answer.seconds),
        respondent.survey.migrated.get(&question.id).into(),
        (&respondent.survey.file).into(),
    ])
}

/// The value as data and as words, for one answer.
fn value_cells(
    q: &Questionnaire,
    question: &Question,
    value: Option<&AnswerValue>,
) -> (Cell, Cell) {
    let option_text = |id: &str| {
        question
            .options
            .iter()
            .find(|o| o.id == id)
            .map_or(id.to_string(), |o| o.text.get().to_string())
    };
    match value {
        None => (Cell::Empty, Cell::Empty),
        Some(AnswerValue::Number(n)) => {
            let label = if question.kind == QuestionKind::Scale {
                q.levels_of(question)
                    .iter()
                    .find(|l| f64::from(l.level) == *n)
                    .map(|l| l.label.get().to_string())
            } else {
                question.unit.as_ref().map(|u| format!("{n} {}", u.get()))
            };
            (Cell::Number(*n), label.into())
        }
        Some(AnswerValue::Bool(b)) => (
            Cell::Text(b.to_string()),
            Cell::Text(if *b {
                tr!("answers-yes")
            } else {
                tr!("answers-no")
            }),
        ),
        Some(AnswerValue::Text(t)) if question.kind == QuestionKind::Single => {
            (Cell::Text(t.clone()), Cell::Text(option_text(t)))
        }
        Some(AnswerValue::Text(t)) => (Cell::Text(t.clone()), Cell::Empty),
        Some(AnswerValue::Choices(ids)) => (
            Cell::Text(ids.join(";")),
            Cell::Text(
                ids.iter()
                    .map(|i| option_text(i))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ),
    }
}
