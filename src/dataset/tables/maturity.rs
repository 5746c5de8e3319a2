//! `modenhet.csv`: one row per municipality and scored questionnaire, with
//! score and coverage overall, per NSM category and per principle, taken
//! from the scores `collect` computed.

use super::{Column, MUNICIPALITY, QUESTIONNAIRE, col, score_cells, words};
use crate::collect::Collected;
use crate::dataset::{Cell, Chart, ChartKind, Table};
use crate::i18n::Text;
use crate::nsm;
use crate::tr;

const OVERALL: [Column; 2] = [
    Column::new(
        "samlet",
        "overall",
        "Veid gjennomsnitt 0–5 over alle besvarte spørsmål med poeng",
        "Weighted mean 0–5 over every answered scored question",
    ),
    Column::new(
        "samlet_dekning",
        "overall_coverage",
        "Besvarte delt på relevante spørsmål, 0–1",
        "Answered divided by applicable questions, 0–1",
    ),
];

/// Every column: who, which questionnaire, then score and coverage pairs.
fn columns() -> Vec<(String, String)> {
    let mut columns = words(&[&MUNICIPALITY[..], &QUESTIONNAIRE[..], &OVERALL[..]].concat());
    for cat in nsm::categories() {
        let name = cat.title.get();
        columns.push(col(
            &format!("k{}", cat.id),
            &format!("c{}", cat.id),
            &format!("Kategori {}: {name}", cat.id),
            &format!("Category {}: {name}", cat.id),
        ));
        columns.push(col(
            &format!("k{}_dekning", cat.id),
            &format!("c{}_coverage", cat.id),
            "Dekning 0–1",
            "Coverage 0–1",
        ));
    }
    for p in nsm::principles() {
        let name = p.title.get();
        columns.push(col(
            &p.id.to_string(),
            &p.id.to_string(),
            &format!("Prinsipp {}: {name}", p.id),
            &format!("Principle {}: {name}", p.id),
        ));
        columns.push(col(
            &format!("{}_dekning", p.id),
            &format!("{}_coverage", p.id),
            "Dekning 0–1",
            "Coverage 0–1",
        ));
    }
    columns
}

/// Where the score and coverage pairs start: after who and which questionnaire.
pub const FIRST_SCORE: usize = MUNICIPALITY.len() + QUESTIONNAIRE.len();

/// The column of the first category's score: after the overall pair.
pub const FIRST_CATEGORY: usize = FIRST_SCORE + OVERALL.len();

pub fn table(c: &Collected) -> Table {
    let rows = c
        .surveys()
        .filter(|a| a.is_scored())
        .map(|a| {
            let r = &a.survey.result;
            let s = &a.scores;
            let mut row: Vec<Cell> = vec![
                r.subject.id.clone().into(),
                r.subject.name.clone().into(),
                a.questionnaire.id.clone().into(),
                r.questionnaire.version.clone().into(),
            ];
            row.extend(score_cells(Some(&s.overall)));
            for cat in nsm::categories() {
                row.extend(score_cells(s.categories.get(&cat.id)));
            }
            for p in nsm::principles() {
                row.extend(score_cells(s.principles.get(&p.id)));
            }
            row
        })
        .collect();
    let mut t = super::make(
        "modenhet",
        Text::new("Modenhet", "Maturity"),
        columns(),
        rows,
    );
    // Scores with one decimal, coverage as a percentage.
    t.formats = (FIRST_SCORE..t.headers.len())
        .map(|c| {
            let format = if (c - FIRST_SCORE).is_multiple_of(2) {
                "0.0"
            } else {
                "0%"
            };
            (c, format)
        })
        .collect();
    t.heat = (FIRST_SCORE..t.headers.len()).step_by(2).collect();
    t.frozen_columns = 2;
    t.chart = Some(Chart {
        kind: ChartKind::Column,
        title: tr!(
            "Modenhet per NSM-kategori (0–5)",
            "Maturity per NSM category (0–5)"
        ),
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
    });
    t
}
