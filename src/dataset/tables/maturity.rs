//! `modenhet.csv`: one row per municipality and scored questionnaire, with
//! score and coverage overall, per NSM category and per principle, taken
//! from the scores `collect` computed.

use super::answers::RESPONDENT;
use super::{Column, MUNICIPALITY, QUESTIONNAIRE, col, score_cells, words};
use crate::collect::Basis;
use crate::collect::Collected;
use crate::dataset::{Cell, Chart, ChartKind, Table};
use crate::i18n::Text;
use crate::nsm;
use crate::questionnaire::scoring::Scores;
use crate::tr;

const OVERALL: [Column; 2] = [
    Column::new("round-overall", "maturity-weighted-mean-0-5-over-every"),
    Column::new(
        "maturity-overall-coverage",
        "maturity-answered-divided-by-applicable-questions-0",
    ),
];

/// How many respondents, and how their answers became the municipality's.
const BASIS: [Column; 2] = [
    Column::new(
        "maturity-respondents",
        "maturity-number-of-respondents-behind-the-values",
    ),
    Column::new(
        "maturity-basis",
        "maturity-single-one-respondent-consensus-agreed-in",
    ),
];

/// The last column: the round, the same on every row, so that rows of
/// several rounds can be put in one sheet. It comes last so that the
/// columns before it keep their places.
pub const ROUND: Column = Column::new(
    "maturity-round",
    "maturity-the-mapping-round-the-dataset-belongs",
);

/// Every column: who (six columns), then score and coverage pairs, then
/// the round.
fn columns(who: &[Column]) -> Vec<(String, String)> {
    let mut columns = words(who);
    columns.extend(words(&OVERALL));
    for cat in nsm::categories() {
        let name = cat.title.get();
        columns.push(col(
            &tr!("maturity-c", id = cat.id),
            &tr!("maturity-category", id = cat.id, name = name),
        ));
        columns.push(col(
            &tr!("maturity-c-coverage", id = cat.id),
            &tr!("maturity-coverage-0-1"),
        ));
    }
    for p in nsm::principles() {
        let name = p.title.get();
        let id = p.id;
        columns.push(col(
            &id.code(),
            &tr!("maturity-principle", id = id, name = name),
        ));
        columns.push(col(
            &tr!("maturity-coverage", value = p.id.code()),
            &tr!("maturity-coverage-0-1"),
        ));
    }
    columns.push(ROUND.words());
    columns
}

/// Where the score and coverage pairs start: after who (municipality,
/// questionnaire, and the respondents or the respondent).
pub const FIRST_SCORE: usize = MUNICIPALITY.len() + QUESTIONNAIRE.len() + BASIS.len();

/// The column of the first category's score: after the overall pair.
pub const FIRST_CATEGORY: usize = FIRST_SCORE + OVERALL.len();

/// `modenhet.csv`: the municipality's scores, from its combined values.
pub fn table(c: &Collected, round: &str) -> Table {
    let rows = c
        .surveys()
        .filter(|(_, a)| a.is_scored() && a.basis != Basis::NoConsensus)
        .map(|(record, a)| {
            let who = vec![
                record.id.clone().into(),
                record.name.clone().into(),
                a.questionnaire.id.clone().into(),
                a.versions().into(),
                Cell::Number(a.respondents.len() as f64),
                a.basis.name().into(),
            ];
            scored_row(who, &a.scores, round)
        })
        .collect();
    let who = [&MUNICIPALITY[..], &QUESTIONNAIRE, &BASIS].concat();
    let sheet = Text::message("maturity-maturity");
    let mut t = scored_table("modenhet", sheet, &who, rows);
    t.chart = Some(category_chart());
    t
}

/// `modenhet_respondenter.csv`: every respondent's own scores, to see
/// where the people of one municipality see it differently.
pub fn respondents(c: &Collected, round: &str) -> Table {
    let rows = c
        .respondents()
        .filter(|(a, _)| a.is_scored())
        .map(|(a, respondent)| {
            let r = &respondent.survey.result;
            let who = vec![
                r.subject.id.clone().into(),
                r.subject.name.clone().into(),
                a.questionnaire.id.clone().into(),
                r.questionnaire.version.clone().into(),
                r.role.clone().into(),
                Cell::Number(f64::from(u8::from(r.consensus))),
            ];
            scored_row(who, &respondent.scores, round)
        })
        .collect();
    let who = [&MUNICIPALITY[..], &QUESTIONNAIRE, &RESPONDENT].concat();
    let sheet = Text::message("maturity-maturity-per-respondent");
    scored_table("modenhet_respondenter", sheet, &who, rows)
}

fn scored_row(mut row: Vec<Cell>, s: &Scores, round: &str) -> Vec<Cell> {
    row.extend(score_cells(Some(&s.overall)));
    for cat in nsm::categories() {
        row.extend(score_cells(s.categories.get(&cat.id)));
    }
    for p in nsm::principles() {
        row.extend(score_cells(s.principles.get(&p.id)));
    }
    row.push(round.into());
    row
}

/// Scores with one decimal and a colour scale, coverage as a percentage,
/// names kept in view.
fn scored_table(file: &'static str, sheet: Text, who: &[Column], rows: Vec<Vec<Cell>>) -> Table {
    let mut t = super::make(file, sheet, columns(who), rows);
    let scores = t.headers.len() - 1;
    t.formats = (FIRST_SCORE..scores)
        .map(|c| {
            let format = if (c - FIRST_SCORE).is_multiple_of(2) {
                "0.0"
            } else {
                "0%"
            };
            (c, format)
        })
        .collect();
    t.heat = (FIRST_SCORE..scores).step_by(2).collect();
    t.frozen_columns = 2;
    t
}

/// One bar per municipality and NSM category.
fn category_chart() -> Chart {
    Chart {
        kind: ChartKind::Column,
        title: tr!("maturity-maturity-per-nsm-category-0-5"),
        labels: 1,
        series: nsm::categories()
            .enumerate()
            .map(|(k, cat)| {
                (
                    format!("{} {}", cat.id, cat.title.get()),
                    FIRST_CATEGORY + 2 * k,
                )
            })
            .collect(),
        max: 5.0,
        percent: false,
        x_title: None,
        size: None,
        beside: None,
        max_rows: usize::MAX,
    }
}
