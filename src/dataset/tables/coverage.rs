//! `dekning.csv`: for every municipality in the dataset and every
//! questionnaire answered anywhere in it, whether the municipality answered
//! it itself, is covered through its IT cooperation, or not at all.

use std::collections::BTreeSet;

use super::{Column, MUNICIPALITY, QUESTIONNAIRE, make, words};
use crate::collect::{Basis, Collected};
use crate::dataset::{Cell, Table};
use crate::i18n::Text;

const COLUMNS: [Column; 3] = [
    QUESTIONNAIRE[0],
    Column::new(
        "coverage-coverage",
        "coverage-own-the-municipality-answered-cooperation-its",
    ),
    Column::new(
        "coverage-cooperation",
        "coverage-the-it-cooperation-the-answer-comes",
    ),
];

pub fn table(c: &Collected) -> Table {
    let questionnaires: BTreeSet<&str> = c
        .surveys()
        .map(|(_, a)| a.questionnaire.id.as_str())
        .collect();
    let mut rows = Vec::new();
    for record in c.records.iter().filter(|r| r.members.is_empty()) {
        for &id in &questionnaires {
            let (coverage, cooperation) = match record.surveys.get(id).map(|a| &a.basis) {
                None => ("none", None),
                Some(Basis::Inherited(from)) => ("cooperation", Some(from.clone())),
                Some(_) => ("own", None),
            };
            rows.push(vec![
                record.id.clone().into(),
                record.name.clone().into(),
                id.into(),
                coverage.into(),
                Cell::from(cooperation),
            ]);
        }
    }
    let columns = [&MUNICIPALITY[..], &COLUMNS].concat();
    make(
        "dekning",
        Text::message("coverage-coverage-2"),
        words(&columns),
        rows,
    )
}
