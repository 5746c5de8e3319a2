//! `svar.csv`: one row per municipality × question answered, with the value
//! as data and in words, its score, state and the respondent's notes.

use super::{Column, MUNICIPALITY, QUESTIONNAIRE, words};
use crate::collect::{Answered, Collected, Respondent};
use crate::dataset::{Cell, Table};
use crate::i18n::Text;
use crate::questionnaire::answer::AnswerValue;
use crate::questionnaire::scoring;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::tr;

/// Who answered: after the municipality and questionnaire columns.
pub const RESPONDENT: [Column; 2] = [
    Column::new(
        "rolle",
        "role",
        "Respondentens rolle",
        "The respondent's role",
    ),
    Column::new(
        "konsensus",
        "consensus",
        "1 når svarene ble enige om i en felles økt og står for kommunen",
        "1 when the answers were agreed in a joint session and stand for the municipality",
    ),
];

/// The columns after the municipality, questionnaire and respondent columns.
const COLUMNS: [Column; 13] = [
    Column::new(
        "seksjon",
        "section",
        "Seksjonen spørsmålet står i",
        "The section the question is in",
    ),
    Column::new(
        "prinsipp",
        "principle",
        "NSM-prinsippet spørsmålet måler, om noe",
        "The NSM principle the question measures, if any",
    ),
    Column::new(
        "sporsmal_id",
        "question_id",
        "Spørsmålets faste id",
        "The question's stable id",
    ),
    Column::new(
        "sporsmal",
        "question",
        "Spørsmålsteksten",
        "The question text",
    ),
    Column::new(
        "verdi",
        "value",
        "Svaret som data: nivå, tall, alternativ-id(er) skilt med ;, true/false, tekst eller dato",
        "The answer as data: level, number, option id(s) separated by ;, true/false, text or date",
    ),
    Column::new(
        "verdi_tekst",
        "value_label",
        "Svaret i ord",
        "The answer in words",
    ),
    Column::new(
        "poeng",
        "score",
        "Modenhetspoeng 0–5, der spørsmålet gir poeng",
        "Maturity score 0–5, where the question has one",
    ),
    Column::new(
        "status",
        "state",
        "answered, unknown («vet ikke»), not_applicable («ikke relevant») eller skipped",
        "answered, unknown, not_applicable or skipped",
    ),
    Column::new(
        "uklart",
        "unclear",
        "1 når respondenten markerte spørsmålet som uklart",
        "1 when the respondent flagged the question as unclear",
    ),
    Column::new(
        "kommentar",
        "comment",
        "Respondentens kommentar",
        "The respondent's comment",
    ),
    Column::new(
        "sekunder",
        "seconds",
        "Tid brukt på spørsmålet",
        "Time spent on the question",
    ),
    Column::new(
        "migrert_fra",
        "migrated_from",
        "Når svaret ble gitt til en eldre versjon og ført over: versjonen og spørsmåls-id-en(e) det ble gitt til",
        "When the answer was given to an earlier version and carried over: that version and the question id(s) it was given to",
    ),
    Column::new(
        "kildefil",
        "source_file",
        "Filen svaret kom fra",
        "The file the answer came from",
    ),
];

pub fn table(c: &Collected) -> Table {
    let columns = [&MUNICIPALITY[..], &QUESTIONNAIRE[..], &RESPONDENT, &COLUMNS].concat();
    let rows = c.respondents().flat_map(|(a, r)| rows(a, r)).collect();
    super::make("svar", Text::new("Svar", "Answers"), words(&columns), rows)
}

/// The rows of one respondent's file, in the questionnaire's order.
fn rows<'a>(a: &'a Answered, respondent: &'a Respondent) -> impl Iterator<Item = Vec<Cell>> + 'a {
    let r = &respondent.survey.result;
    let q = &*a.questionnaire;
    q.questions().filter_map(move |(section, question)| {
        // As the file reader does, a later answer to the same id wins.
        let answer = r.answers.iter().rev().find(|x| x.id == question.id)?;
        let (value, label) = value_cells(q, question, answer.response.value.as_ref());
        let score = answer
            .response
            .value()
            .and_then(|v| scoring::question_score(question, v));
        Some(vec![
            r.subject.id.clone().into(),
            r.subject.name.clone().into(),
            r.questionnaire.id.clone().into(),
            r.questionnaire.version.clone().into(),
            r.role.clone().into(),
            Cell::Number(f64::from(u8::from(r.consensus))),
            section.title.get().into(),
            question.principle.map(|p| p.code()).into(),
            question.id.clone().into(),
            question.text.get().into(),
            value,
            label,
            score.into(),
            answer.response.state.name().into(),
            Cell::Number(f64::from(u8::from(answer.unclear))),
            answer.comment.clone().into(),
            Cell::Number(answer.seconds),
            respondent.survey.migrated.get(&question.id).cloned().into(),
            respondent.survey.file.clone().into(),
        ])
    })
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
                tr!("Ja", "Yes")
            } else {
                tr!("Nei", "No")
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
