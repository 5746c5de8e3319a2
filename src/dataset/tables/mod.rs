//! The data tables of the dataset, column by column: answers, maturity,
//! machines, software and deviations. Each is a view of the typed records;
//! the CSV files and the XLSX sheets are written from the same tables, so
//! they always agree. Column lists are data, beside the rows they describe.

pub mod answers;
pub mod coverage;
pub mod deviations;
pub mod fleet;
pub mod hosts;
pub mod maturity;
pub mod software;

use super::{Cell, Rows, Table};
use crate::i18n::Text;
use crate::questionnaire::scoring::Tally;

/// A column's header and meaning, as keys of the translation catalogues.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub header: &'static str,
    pub about: &'static str,
}

impl Column {
    pub const fn new(header: &'static str, about: &'static str) -> Column {
        Column { header, about }
    }

    /// The header and its meaning in the current language.
    pub fn words(self) -> (String, String) {
        (
            crate::i18n::message(self.header, &[]),
            crate::i18n::message(self.about, &[]),
        )
    }
}

/// The columns in the current language.
pub fn words(columns: &[Column]) -> Vec<(String, String)> {
    columns.iter().map(|c| c.words()).collect()
}

/// The two columns that say whom a row is about, the same in every table.
pub const MUNICIPALITY: [Column; 2] = [
    Column::new(
        "tables-municipality-no",
        "tables-municipality-number-or-the-id-of",
    ),
    Column::new(
        "tables-municipality",
        "tables-name-of-the-municipality-or-cooperation",
    ),
];

/// The two columns that say which questionnaire, in which version, a row is from.
pub const QUESTIONNAIRE: [Column; 2] = [
    Column::new("tables-questionnaire", "tables-the-questionnaire-s-id"),
    Column::new("tables-version", "tables-the-version-that-was-answered"),
];

/// A column made at run time (its name holds a number): header and meaning.
pub fn col(header: &str, about: &str) -> (String, String) {
    (header.to_string(), about.to_string())
}

pub fn make(
    file: &'static str,
    sheet: Text,
    columns: Vec<(String, String)>,
    rows: Vec<Vec<Cell>>,
) -> Table {
    with_rows(file, sheet, columns, rows.into())
}

/// A table whose rows are given in either form (see [`Rows`]): those that
/// grow with the input are made when written.
pub fn with_rows(
    file: &'static str,
    sheet: Text,
    columns: Vec<(String, String)>,
    rows: Rows,
) -> Table {
    let (headers, descriptions) = columns.into_iter().unzip();
    Table {
        file,
        sheet: sheet.get().to_string(),
        headers,
        descriptions,
        rows,
        formats: Vec::new(),
        heat: Vec::new(),
        frozen_columns: 0,
        chart: None,
        summary: None,
    }
}

/// A score 0–5 as every table and the report show it: two decimals.
pub fn round_score(score: f64) -> f64 {
    (score * 100.0).round() / 100.0
}

/// A coverage 0–1 as every table and the report show it: three decimals.
pub fn round_coverage(coverage: f64) -> f64 {
    (coverage * 1000.0).round() / 1000.0
}

/// The score and coverage cells of one tally.
pub fn score_cells(t: Option<&Tally>) -> [Cell; 2] {
    match t {
        Some(t) => [
            t.score().map(round_score).into(),
            t.coverage().map(round_coverage).into(),
        ],
        None => [Cell::Empty, Cell::Empty],
    }
}
