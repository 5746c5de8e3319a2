//! Reading and checking the inputs, once, for every command that reads
//! result files (`merge`, `catalogue`, `pilot`, `report`): which files there
//! are, which are kept, and what is said about the others. What is kept is
//! grouped by the municipality or cooperation it describes and scored here,
//! so that the analyses and the tables read one set of typed scores.
//!
//! This module sits below both `analysis` and `dataset`; it formats nothing.

mod aggregate;
pub mod cache;
mod packages;
mod place;
mod read;
mod record;

pub use aggregate::{Aggregate, Basis};
pub use packages::HostPackages;
pub use place::Questionnaires;
pub use read::{Found, discover};
pub use record::{Answered, Record, Respondent};

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::fleet::FleetResult;
use crate::inventory::{Inventory, Package};
use crate::survey::result::SurveyResult;

/// Why an input was refused: a stable code and a message.
type Refusal = (&'static str, String);

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

impl Deviation {
    /// The deviation as one line for people: `file: message`, or the message
    /// alone when it already starts with the file and its position.
    pub fn line(&self) -> String {
        if self.message.starts_with(&self.file) {
            self.message.clone()
        } else {
            format!("{}: {}", self.file, self.message)
        }
    }
}

/// A survey kept for the dataset, its answers brought to the newest
/// version of its questionnaire.
pub struct Survey {
    pub file: String,
    /// As the file says it, but for answers carried to the newest version.
    pub result: SurveyResult,
    /// The answers that came through a `changes:` map, by question id:
    /// "version: old id(s)".
    pub migrated: BTreeMap<String, String>,
}

/// A municipality's fleet file kept for the dataset: the newest of its
/// files, as `kartlegg fleet` is run with every export at once.
pub struct Fleet {
    pub file: String,
    pub result: FleetResult,
}

/// A machine kept for the dataset.
pub struct Host {
    pub file: String,
    /// The inventory without its software list, which is in `packages`.
    pub inventory: Inventory,
    /// Indices into [`Collected::packages`]; `None` when the inventory was
    /// taken with `--no-software`.
    pub packages: Option<HostPackages>,
}

/// What the dataset keeps, and what it says about every input it did not
/// use as is.
pub struct Collected {
    /// How many files were read.
    pub inputs: usize,
    /// One record per municipality or cooperation, in id order. Shared,
    /// so that a table can make its rows from them when it is written.
    pub records: Arc<Vec<Record>>,
    /// Every distinct package seen, once: thousands of hosts share most of
    /// their software, so hosts refer to these by index. Shared, so that a
    /// table can make its rows from them when it is written.
    pub packages: Arc<Vec<Package>>,
    /// Sorted by file, then rejection, code and message.
    pub deviations: Vec<Deviation>,
}

impl Collected {
    /// Reads the files (as [`discover`] found them) in parallel, keeps the
    /// best of each survey, machine and fleet, and scores every kept survey.
    /// With a `cache`, files an earlier merge read are taken from it, and
    /// what is read is kept in it.
    /// `progress` is called once per file read.
    pub fn read(
        found: Found,
        identities: &[age::x25519::Identity],
        questionnaires: &Questionnaires,
        rule: Aggregate,
        cache: Option<&cache::Cache>,
        progress: &(dyn Fn() + Sync),
    ) -> Collected {
        let kept = read::read(found, identities, questionnaires, cache, progress);
        Collected {
            inputs: kept.inputs,
            records: Arc::new(record::group(kept.surveys, kept.hosts, kept.fleets, rule)),
            packages: Arc::new(kept.packages),
            deviations: kept.deviations,
        }
    }

    /// Every questionnaire as a municipality answered it (or inherited it
    /// from its cooperation), in municipality and questionnaire order.
    pub fn surveys(&self) -> impl Iterator<Item = (&Record, &Answered)> {
        self.records
            .iter()
            .flat_map(|r| r.surveys.values().map(move |a| (r, a)))
    }

    /// Every kept result file with its questionnaire as the municipality
    /// answered it, in municipality, questionnaire and respondent order.
    pub fn respondents(&self) -> impl Iterator<Item = (&Answered, &Respondent)> {
        self.surveys()
            .flat_map(|(_, a)| a.respondents.iter().map(move |r| (a, r)))
    }

    /// Every kept machine, in municipality and host order.
    pub fn hosts(&self) -> impl Iterator<Item = &Host> {
        self.records.iter().flat_map(|r| &r.hosts)
    }

    /// Every kept fleet file, in municipality order.
    pub fn fleets(&self) -> impl Iterator<Item = &Fleet> {
        self.records.iter().filter_map(|r| r.fleet.as_ref())
    }

    pub fn rejected(&self) -> usize {
        self.deviations.iter().filter(|d| d.rejected).count()
    }

    /// The year of the newest kept file (a survey by when it was finished,
    /// else started; a machine by when it was read): the default round.
    pub fn newest_year(&self) -> Option<String> {
        let surveys = self.respondents().map(|(_, r)| {
            let result = &r.survey.result;
            result.finished.as_deref().unwrap_or(&result.started)
        });
        let hosts = self.hosts().map(|h| h.inventory.collected.as_str());
        let fleets = self.fleets().map(|f| f.result.created.as_str());
        surveys
            .chain(hosts)
            .chain(fleets)
            .filter_map(|t| t.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())))
            .max()
            .map(str::to_string)
    }
}
