//! The dataset: what `collect` kept and scored, with the analyses' decisions,
//! and the views that format it as tables for CSV and XLSX.
//!
//! `Dataset` holds typed data only. `tables` and `findings` turn it into
//! [`Table`]s (the one place where columns and cell values are decided);
//! `csv` and `xlsx` only write those tables. Nothing here reads a value back
//! from a formatted cell.

pub mod compare;
pub mod csv;
pub mod findings;
pub mod overview;
pub mod round;
pub mod rows;
pub mod tables;
pub mod xlsx;

use crate::analysis::Settings;
use crate::analysis::pilot::{self, Evaluation};
use crate::analysis::ranking::{self, Ranking};
use crate::collect::{Collected, Deviation, Record};
pub use rows::Rows;

/// Everything the commands report on: the kept inputs, scored once, and the
/// decisions made from them.
pub struct Dataset {
    pub collected: Collected,
    pub ranking: Ranking,
    pub evaluation: Evaluation,
    /// The mapping round the dataset belongs to (`merge --round`); by
    /// default the year of the newest file.
    pub round: String,
}

impl Dataset {
    /// Runs the analyses over what was collected.
    pub fn new(collected: Collected, settings: &Settings) -> Dataset {
        // A cooperation that answers for its members is weighed through
        // them, so that every municipality counts once.
        let records = &collected.records;
        let ranked: Vec<&Record> = records
            .iter()
            .filter(|r| !r.answers_for_members(records))
            .collect();
        // The ranking and the pilot's evaluation side by side.
        let (ranking, evaluation) = rayon::join(
            || {
                ranking::rank(
                    &settings.catalogue,
                    &ranked,
                    &settings.weights,
                    settings.seed,
                )
            },
            || pilot::evaluate(records, &settings.pilot),
        );
        let round = collected
            .newest_year()
            .unwrap_or_else(|| crate::time::now().chars().take(4).collect());
        Dataset {
            collected,
            ranking,
            evaluation,
            round,
        }
    }

    /// What was said about the inputs, for avvik.csv.
    pub fn deviations(&self) -> &[Deviation] {
        &self.collected.deviations
    }

    pub fn rejected(&self) -> usize {
        self.collected.rejected()
    }

    /// The mean coverage of the maturity scores over every scored survey.
    pub fn mean_coverage(&self) -> Option<f64> {
        let coverage: Vec<f64> = self
            .collected
            .surveys()
            .map(|(_, a)| a)
            .filter(|a| a.is_scored() && !a.respondents.is_empty())
            .filter_map(|a| a.scores.overall.coverage())
            .map(tables::round_coverage)
            .collect();
        crate::analysis::sample::mean(&coverage)
    }

    /// Every table merge writes, in the order it writes them. `for_xlsx`
    /// adds to avvik the notes that Excel's limits call for.
    pub fn tables(&self, settings: &Settings, for_xlsx: bool) -> Tables {
        let c = &self.collected;
        let data = [
            tables::answers::table(c),
            tables::hosts::table(c),
            tables::software::table(c),
            tables::fleet::table(c),
            tables::fleet::releases(c),
        ];
        let maturity = tables::maturity::table(c, &self.round);
        let by_respondent = tables::maturity::respondents(c, &self.round);
        let needs = findings::needs(&self.ranking, &settings.catalogue);
        let method = findings::method(&self.evaluation);
        let mut deviations = c.deviations.clone();
        let mut widths = xlsx::Widths::new();
        if for_xlsx {
            let [answers, hosts, software, fleet, releases] = &data;
            let notes;
            (notes, widths) = xlsx::limit_notes(&[
                answers,
                &maturity,
                &by_respondent,
                hosts,
                software,
                fleet,
                releases,
                &needs,
                &method,
            ]);
            deviations.extend(notes);
        }
        let [answers, hosts, software, fleet, releases] = data;
        Tables {
            maturity,
            others: vec![
                by_respondent,
                tables::coverage::table(c),
                findings::catalogue(&self.ranking, &settings.catalogue),
                findings::stability(&self.ranking),
                needs,
                method,
                findings::durations(&self.evaluation),
                answers,
                hosts,
                software,
                fleet,
                releases,
                tables::deviations::table(&deviations),
            ],
            deviations,
            widths,
        }
    }
}

/// The tables of one dataset, as CSV files and XLSX sheets show them.
pub struct Tables {
    /// First: the workbook gives it a colour scale and a chart.
    pub maturity: Table,
    pub others: Vec<Table>,
    /// What avvik.csv lists, with the notes about Excel's limits.
    pub deviations: Vec<Deviation>,
    /// The widths of the sheets measured for those notes.
    pub widths: xlsx::Widths,
}

impl Tables {
    pub fn all(&self) -> impl Iterator<Item = &Table> {
        std::iter::once(&self.maturity).chain(&self.others)
    }
}

/// One cell of an output table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

impl From<f64> for Cell {
    fn from(n: f64) -> Cell {
        Cell::Number(n)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(o: Option<T>) -> Cell {
        o.map_or(Cell::Empty, Into::into)
    }
}

impl Cell {
    /// The cell lent as a row made when written gives it.
    pub fn as_ref(&self) -> CellRef<'_> {
        match self {
            Cell::Empty => CellRef::Empty,
            Cell::Text(s) => CellRef::Text(s),
            Cell::Number(n) => CellRef::Number(*n),
        }
    }
}

/// One cell of an output table, its text lent by where it is kept: what
/// the rows of a table are written from ([`Rows::each`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CellRef<'a> {
    Empty,
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for CellRef<'a> {
    fn from(s: &'a str) -> CellRef<'a> {
        CellRef::Text(s)
    }
}

impl<'a> From<&'a String> for CellRef<'a> {
    fn from(s: &'a String) -> CellRef<'a> {
        CellRef::Text(s)
    }
}

impl From<f64> for CellRef<'_> {
    fn from(n: f64) -> Self {
        CellRef::Number(n)
    }
}

impl<'a, T: Into<CellRef<'a>>> From<Option<T>> for CellRef<'a> {
    fn from(o: Option<T>) -> CellRef<'a> {
        o.map_or(CellRef::Empty, Into::into)
    }
}

impl From<CellRef<'_>> for Cell {
    fn from(c: CellRef<'_>) -> Cell {
        match c {
            CellRef::Empty => Cell::Empty,
            CellRef::Text(s) => Cell::Text(s.to_string()),
            CellRef::Number(n) => Cell::Number(n),
        }
    }
}

/// A table as written to one CSV file and one XLSX sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// File stem of the CSV (`svar`) and name of the sheet (`Svar`).
    pub file: &'static str,
    pub sheet: String,
    pub headers: Vec<String>,
    /// What each column means, for the sheet that explains the columns.
    pub descriptions: Vec<String>,
    /// Held as cells, or made one at a time when written (for tables that
    /// grow with the input).
    pub rows: Rows,
    /// Excel number formats by column (such as `0%`); others are General.
    pub formats: Vec<(usize, &'static str)>,
    /// Columns of scores 0–5 that the workbook colours red to green.
    pub heat: Vec<usize>,
    /// Columns kept in view when the sheet scrolls sideways.
    pub frozen_columns: u16,
    pub chart: Option<Chart>,
    /// What the workbook shows instead, for a table too long to read as a
    /// sheet: a summary of it. The CSV keeps every row.
    pub summary: Option<Box<Table>>,
}

impl Table {
    /// The table as its sheet shows it: the summary when there is one.
    pub fn for_sheet(&self) -> &Table {
        self.summary.as_deref().unwrap_or(self)
    }
}

/// A chart the workbook draws on a table's sheet, described by the code that
/// builds the table, which knows its columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub kind: ChartKind,
    pub title: String,
    /// The column that names the points.
    pub labels: usize,
    /// Each series: its name and the column of its values.
    pub series: Vec<(String, usize)>,
    /// The value axis runs from 0 to this.
    pub max: f64,
    /// Values are shares, shown as percentages.
    pub percent: bool,
    pub x_title: Option<String>,
    /// Width and height in pixels, when the default does not fit.
    pub size: Option<(u32, u32)>,
    /// Beside the table from this column; below it otherwise.
    pub beside: Option<u16>,
    /// Drawn only when the table has between 1 and this many rows.
    pub max_rows: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// Vertical bars.
    Column,
    /// Horizontal bars.
    Bar,
    Line,
}
