//! The dataset: many sites' result files read, checked and normalised into one
//! set of tables, written as CSV and XLSX with the same cells.
//!
//! `read` finds and classifies input files and decides what to keep; `tables`
//! turns what was kept into tables (the one place where columns and values are
//! decided); `csv` and `xlsx` only write those tables.

pub mod csv;
pub mod findings;
pub mod read;
pub mod tables;
pub mod xlsx;

use crate::analysis::pilot::{self, Evaluation};
use crate::analysis::ranking::{self, Ranking};
use crate::analysis::{self, Settings};
use crate::questionnaire::Questionnaire;

/// Everything merge produces, before it is written.
pub struct Dataset {
    pub collected: read::Collected,
    pub ranking: Ranking,
    pub evaluation: Evaluation,
    pub answers: Table,
    pub maturity: Table,
    pub hosts: Table,
    pub software: Table,
    pub catalogue: Table,
    pub needs: Table,
    pub stability: Table,
    pub method: Table,
    pub durations: Table,
    pub deviations: Vec<Deviation>,
    pub avvik: Table,
}

impl Dataset {
    /// Reads the inputs and builds every table. `for_xlsx` adds the notes
    /// that Excel's limits call for.
    pub fn build(
        sources: &read::Sources,
        questionnaires: &[Questionnaire],
        settings: &Settings,
        for_xlsx: bool,
        progress: &(dyn Fn() + Sync),
    ) -> Dataset {
        let collected = read::collect(sources, questionnaires, progress);
        let sites = analysis::sites(&collected, questionnaires);
        let ranking = ranking::rank(
            &settings.catalogue,
            &sites,
            &settings.weights,
            settings.seed,
        );
        let evaluation = pilot::evaluate(&sites, &settings.pilot);
        drop(sites);
        let answers = tables::answers(&collected, questionnaires);
        let maturity = tables::maturity(&collected, questionnaires);
        let hosts = tables::hosts(&collected);
        let software = tables::software(&collected);
        let catalogue = findings::catalogue(&ranking, &settings.catalogue);
        let needs = findings::needs(&ranking, &settings.catalogue);
        let stability = findings::stability(&ranking);
        let method = findings::method(&evaluation);
        let durations = findings::durations(&evaluation);
        let mut deviations = collected.deviations.clone();
        if for_xlsx {
            deviations.extend(xlsx::limit_notes(&[
                &answers, &maturity, &hosts, &software, &needs, &method,
            ]));
        }
        let avvik = tables::deviations(&deviations);
        Dataset {
            collected,
            ranking,
            evaluation,
            answers,
            maturity,
            hosts,
            software,
            catalogue,
            needs,
            stability,
            method,
            durations,
            deviations,
            avvik,
        }
    }

    /// The tables in the order they are written, maturity first.
    pub fn tables(&self) -> [&Table; 10] {
        [
            &self.maturity,
            &self.catalogue,
            &self.stability,
            &self.needs,
            &self.method,
            &self.durations,
            &self.answers,
            &self.hosts,
            &self.software,
            &self.avvik,
        ]
    }

    pub fn rejected(&self) -> usize {
        self.deviations.iter().filter(|d| d.rejected).count()
    }
}

/// An input that was rejected or needs attention, for avvik.csv.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Deviation {
    pub file: String,
    /// Rejected inputs are left out of the dataset; the others are in it.
    pub rejected: bool,
    /// A stable code such as `duplicate` or `partial`.
    pub code: &'static str,
    pub message: String,
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

/// A table as written to one CSV file and one XLSX sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// File stem of the CSV (`svar`) and name of the sheet (`Svar`).
    pub file: &'static str,
    pub sheet: String,
    pub headers: Vec<String>,
    /// What each column means, for the sheet that explains the columns.
    pub descriptions: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Excel number formats by column (such as `0%`); others are General.
    pub formats: Vec<(usize, &'static str)>,
}
