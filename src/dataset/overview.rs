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
        .chain(c.fleets().map(|f| f.result.municipality.id.as_str()))
        .collect();
    let inputs: Vec<String> = made
        .inputs
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let count = |n: usize| Cell::Number(n as f64);
    let mut facts = vec![
        (tr!("compare-generated"), Cell::Text(made.generated.clone())),
        (tr!("overview-round"), Cell::Text(data.round.clone())),
        (
            tr!("compare-tool"),
            Cell::Text(format!("kartlegg {}", env!("CARGO_PKG_VERSION"))),
        ),
        (tr!("overview-inputs"), Cell::Text(inputs.join(", "))),
        (tr!("overview-files-read"), count(c.inputs)),
        (
            tr!("overview-municipalities-and-cooperations"),
            count(municipalities.len()),
        ),
        (
            tr!("overview-questionnaire-answers-used"),
            count(c.respondents().count()),
        ),
        (tr!("overview-machines-used"), count(c.hosts().count())),
        (tr!("overview-fleet-files-used"), count(c.fleets().count())),
        (tr!("overview-files-rejected"), count(made.rejected)),
        (tr!("overview-notes-to-look-at"), count(made.warnings)),
        (
            tr!("overview-mean-coverage-maturity"),
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
        facts.push((tr!("overview-answers-to", id = id), count(n)));
    }
    facts
}
