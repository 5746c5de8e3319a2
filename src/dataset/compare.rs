//! Two rounds set against each other: per municipality and per score
//! (overall, NSM category, principle) the old and new value, the
//! difference and the coverage both times, with flags for changes that
//! should not be read at face value. The tables here are `endring.csv` and
//! the sheets of `endring.xlsx`; the report and the terminal summary read
//! the same typed [`Change`]s.

use super::round::{Aspect, Measure, Round};
use super::tables::{Column, MUNICIPALITY, col, make, round_score, words};
use super::{Chart, ChartKind, Table};
use crate::i18n::Text;
use crate::nsm;
use crate::tr;

/// Below this coverage (share of applicable questions answered) in either
/// round, a change is flagged `low-coverage`.
pub const LOW_COVERAGE: f64 = 0.5;

/// Above this share of scored answers carried over from an older
/// questionnaire version, in either round, a change is flagged `migrated`.
pub const MOSTLY_MIGRATED: f64 = 0.5;

/// Why a change should be read with care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flag {
    /// The coverage was below [`LOW_COVERAGE`] in either round.
    LowCoverage,
    /// Most scored answers of either round were migrated.
    Migrated,
    /// Only in the new round.
    New,
    /// Only in the old round.
    Gone,
}

impl Flag {
    /// The stable code written in the tables.
    pub fn code(self) -> &'static str {
        match self {
            Flag::LowCoverage => "low-coverage",
            Flag::Migrated => "migrated",
            Flag::New => "new",
            Flag::Gone => "gone",
        }
    }
}

/// One municipality's change in one score.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub id: String,
    pub name: String,
    pub aspect: Aspect,
    pub old: Measure,
    pub new: Measure,
    pub flags: Vec<Flag>,
}

impl Change {
    /// New minus old, rounded as scores are; `None` unless both are known.
    pub fn difference(&self) -> Option<f64> {
        Some(round_score(self.new.score? - self.old.score?))
    }

    pub fn flag_codes(&self) -> String {
        let codes: Vec<&str> = self.flags.iter().map(|f| f.code()).collect();
        codes.join(";")
    }
}

/// Every change between two rounds, in municipality and score order.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub old_round: String,
    pub new_round: String,
    pub changes: Vec<Change>,
}

/// Sets the new round against the old: every municipality in either.
pub fn compare(old: &Round, new: &Round) -> Comparison {
    let mut ids: Vec<&String> = old.sites.keys().chain(new.sites.keys()).collect();
    ids.sort();
    ids.dedup();
    let mut changes = Vec::new();
    for id in ids {
        let (before, after) = (old.sites.get(id), new.sites.get(id));
        let name = after.or(before).map(|s| s.name.clone()).unwrap_or_default();
        let mostly_migrated = [before, after].iter().any(|s| {
            s.and_then(|s| s.migrated)
                .is_some_and(|m| m > MOSTLY_MIGRATED)
        });
        for aspect in Aspect::all() {
            let measure = |s: Option<&super::round::Site>| {
                s.and_then(|s| s.measures.get(&aspect).copied())
                    .unwrap_or_default()
            };
            let (o, n) = (measure(before), measure(after));
            let mut flags = Vec::new();
            let low =
                |m: Measure, present: bool| present && m.coverage.is_none_or(|c| c < LOW_COVERAGE);
            if low(o, before.is_some()) || low(n, after.is_some()) {
                flags.push(Flag::LowCoverage);
            }
            if mostly_migrated {
                flags.push(Flag::Migrated);
            }
            if before.is_none() {
                flags.push(Flag::New);
            }
            if after.is_none() {
                flags.push(Flag::Gone);
            }
            changes.push(Change {
                id: id.clone(),
                name: name.clone(),
                aspect,
                old: o,
                new: n,
                flags,
            });
        }
    }
    Comparison {
        old_round: old.name.clone(),
        new_round: new.name.clone(),
        changes,
    }
}

impl Comparison {
    /// The overall changes known both times, largest rise first.
    pub fn overall_by_change(&self) -> Vec<(&Change, f64)> {
        let mut overall: Vec<(&Change, f64)> = self
            .changes
            .iter()
            .filter(|c| c.aspect == Aspect::Overall)
            .filter_map(|c| Some((c, c.difference()?)))
            .collect();
        overall.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
        overall
    }

    /// The mean score of one aspect in each round, over the municipalities
    /// scored in both (so that a changed set of municipalities does not
    /// move the mean).
    pub fn means(&self, aspect: Aspect) -> (Option<f64>, Option<f64>) {
        let both: Vec<(f64, f64)> = self
            .changes
            .iter()
            .filter(|c| c.aspect == aspect)
            .filter_map(|c| Some((c.old.score?, c.new.score?)))
            .collect();
        let mean = |f: &dyn Fn(&(f64, f64)) -> f64| {
            let values: Vec<f64> = both.iter().map(f).collect();
            crate::analysis::sample::mean(&values).map(round_score)
        };
        (mean(&|p| p.0), mean(&|p| p.1))
    }

    /// `endring.csv`: one row per municipality and score.
    pub fn table(&self) -> Table {
        let rows = self
            .changes
            .iter()
            .map(|c| {
                vec![
                    c.id.clone().into(),
                    c.name.clone().into(),
                    c.aspect.id().into(),
                    c.aspect.label().into(),
                    c.old.score.into(),
                    c.new.score.into(),
                    c.difference().into(),
                    c.old.coverage.into(),
                    c.new.coverage.into(),
                    c.flag_codes().into(),
                ]
            })
            .collect();
        let columns = [&MUNICIPALITY[..], &CHANGE].concat();
        let mut t = make(
            "endring",
            Text::message("compare-change"),
            words(&columns),
            rows,
        );
        t.formats = vec![
            (4, "0.00"),
            (5, "0.00"),
            (6, "+0.00;-0.00;0"),
            (7, "0%"),
            (8, "0%"),
        ];
        t.heat = vec![4, 5];
        t.frozen_columns = 2;
        t
    }

    /// The mean per NSM category (and overall) in each round, with a chart
    /// of two series: one bar per round.
    pub fn means_table(&self) -> Table {
        let aspects = std::iter::once(Aspect::Overall)
            .chain(nsm::categories().map(|c| Aspect::Category(c.id)));
        let rows = aspects
            .map(|a| {
                let (old, new) = self.means(a);
                vec![a.label().into(), old.into(), new.into()]
            })
            .collect();
        let (old, new) = (&self.old_round, &self.new_round);
        let columns = vec![
            col(
                &tr!("compare-category"),
                &tr!("compare-the-nsm-category-or-overall"),
            ),
            col(
                &tr!("compare-mean", old = old),
                &tr!("compare-the-mean-0-5-in-the"),
            ),
            col(
                &tr!("compare-mean-2", new = new),
                &tr!("compare-the-mean-0-5-in-the-2"),
            ),
        ];
        let mut t = make(
            "kategorisnitt",
            Text::message("compare-category-means"),
            columns,
            rows,
        );
        t.formats = vec![(1, "0.00"), (2, "0.00")];
        t.chart = Some(Chart {
            kind: ChartKind::Column,
            title: tr!("compare-mean-per-nsm-category-per-round"),
            labels: 0,
            series: vec![(old.clone(), 1), (new.clone(), 2)],
            max: 5.0,
            percent: false,
            x_title: None,
            size: None,
            beside: Some(4),
            max_rows: usize::MAX,
        });
        t
    }
}

/// The columns after the municipality's.
const CHANGE: [Column; 8] = [
    Column::new("compare-measure", "compare-overall-cn-nsm-category-n-or"),
    Column::new("compare-name", "compare-what-the-score-is-of-in"),
    Column::new("compare-old-2", "compare-the-score-0-5-in-the"),
    Column::new("compare-new-2", "compare-the-score-0-5-in-the-2"),
    Column::new(
        "compare-change-2",
        "compare-new-minus-old-empty-when-either",
    ),
    Column::new(
        "compare-coverage-old",
        "compare-coverage-0-1-in-the-earlier",
    ),
    Column::new("compare-coverage-new", "compare-coverage-0-1-in-the-new"),
    Column::new(
        "compare-flags",
        "compare-separated-by-low-coverage-coverage-below",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::round::Site;

    fn round(name: &str, sites: &[(&str, f64, f64)]) -> Round {
        Round {
            name: name.into(),
            sites: sites
                .iter()
                .map(|&(id, score, coverage)| {
                    let m = Measure {
                        score: Some(score),
                        coverage: Some(coverage),
                    };
                    let measures = Aspect::all().into_iter().map(|a| (a, m)).collect();
                    let site = Site {
                        name: format!("Kommune {id}"),
                        measures,
                        migrated: Some(0.0),
                    };
                    (id.to_string(), site)
                })
                .collect(),
        }
    }

    #[test]
    fn differences_and_flags() {
        let old = round("2026", &[("1", 2.0, 0.9), ("2", 3.0, 0.9), ("3", 1.0, 1.0)]);
        let new = round("2027", &[("1", 3.5, 0.9), ("2", 2.0, 0.4), ("4", 1.0, 1.0)]);
        let c = compare(&old, &new);
        let overall: Vec<(&str, Option<f64>, String)> = c
            .changes
            .iter()
            .filter(|c| c.aspect == Aspect::Overall)
            .map(|c| (c.id.as_str(), c.difference(), c.flag_codes()))
            .collect();
        assert_eq!(
            overall,
            [
                ("1", Some(1.5), String::new()),
                ("2", Some(-1.0), "low-coverage".into()),
                ("3", None, "gone".into()),
                ("4", None, "new".into()),
            ]
        );
        let ranked: Vec<&str> = c
            .overall_by_change()
            .iter()
            .map(|(c, _)| c.id.as_str())
            .collect();
        assert_eq!(ranked, ["1", "2"]);
        assert_eq!(c.means(Aspect::Category(2)), (Some(2.5), Some(2.75)));
        assert_eq!(c.table().rows.len(), 4 * Aspect::all().len());
    }

    #[test]
    fn mostly_migrated_answers_flag_every_score_of_the_municipality() {
        let old = round("2026", &[("1", 2.0, 0.9), ("2", 2.0, 0.9)]);
        let mut new = round("2027", &[("1", 2.0, 0.9), ("2", 2.0, 0.9)]);
        new.sites.get_mut("1").unwrap().migrated = Some(0.8);
        new.sites.get_mut("2").unwrap().migrated = Some(MOSTLY_MIGRATED);
        let c = compare(&old, &new);
        let flagged = |id: &str| {
            c.changes
                .iter()
                .filter(|x| x.id == id && x.flags == [Flag::Migrated])
                .count()
        };
        assert_eq!(flagged("1"), Aspect::all().len());
        assert_eq!(flagged("2"), 0);
    }
}
