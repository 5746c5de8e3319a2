//! The overview sheet of the workbook: when and from what the dataset was
//! made, and how many inputs, municipalities and answers it holds.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::{Cell, Dataset};
use crate::tr;

/// What the dataset was made from, beside what it holds.
pub struct Made<'a> {
    pub inputs: &'a [PathBuf],
    /// RFC 3339.
    pub generated: String,
    pub rejected: usize,
    pub warnings: usize,
}

/// The overview as (label, value) pairs.
pub fn facts(data: &Dataset, made: &Made) -> Vec<(String, Cell)> {
    let c = &data.collected;
    let municipalities: BTreeSet<&str> = c
        .respondents()
        .map(|(_, r)| r.survey.result.subject.id.as_str())
        .chain(c.hosts().map(|h| h.inventory.municipality.id.as_str()))
        .collect();
    let inputs: Vec<String> = made
        .inputs
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let count = |n: usize| Cell::Number(n as f64);
    let mut facts = vec![
        (
            tr!("Laget", "Generated"),
            Cell::Text(made.generated.clone()),
        ),
        (tr!("Runde", "Round"), Cell::Text(data.round.clone())),
        (
            tr!("Verktøy", "Tool"),
            Cell::Text(format!("kartlegg {}", env!("CARGO_PKG_VERSION"))),
        ),
        (tr!("Inndata", "Inputs"), Cell::Text(inputs.join(", "))),
        (tr!("Filer lest", "Files read"), count(c.inputs)),
        (
            tr!("Kommuner og samarbeid", "Municipalities and cooperations"),
            count(municipalities.len()),
        ),
        (
            tr!("Spørreskjemasvar brukt", "Questionnaire answers used"),
            count(c.respondents().count()),
        ),
        (
            tr!("Maskiner brukt", "Machines used"),
            count(c.hosts().count()),
        ),
        (tr!("Filer avvist", "Files rejected"), count(made.rejected)),
        (
            tr!("Merknader å se på", "Notes to look at"),
            count(made.warnings),
        ),
        (
            tr!(
                "Gjennomsnittlig dekning (modenhet)",
                "Mean coverage (maturity)"
            ),
            data.mean_coverage()
                .map(super::tables::round_coverage)
                .into(),
        ),
    ];
    let mut per_questionnaire: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, r) in c.respondents() {
        *per_questionnaire
            .entry(r.survey.result.questionnaire.id.as_str())
            .or_default() += 1;
    }
    for (id, n) in per_questionnaire {
        facts.push((tr!("Svar på {id}", "Answers to {id}"), count(n)));
    }
    facts
}
