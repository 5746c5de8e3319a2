//! Decisions from the dataset: which services a shared security centre should
//! offer (`ranking`), and how well the questionnaires worked in the pilot
//! (`pilot`). Both read what merge kept (`dataset::read::Collected`), grouped
//! here by the municipality or cooperation it describes.

pub mod agreement;
pub mod pilot;
pub mod ranking;
pub mod sample;
pub mod settings;

use std::collections::BTreeMap;

use crate::dataset::read::{Collected, Survey};
use crate::inventory::{Inventory, Tri};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::answer::Responses;
use crate::questionnaire::scoring::{self, Scores};

/// Everything the dataset holds about one municipality or cooperation.
pub struct Site<'a> {
    pub id: String,
    pub name: String,
    /// By questionnaire id; merge keeps at most one survey per questionnaire.
    pub surveys: BTreeMap<String, Answered<'a>>,
    pub hosts: Vec<&'a Inventory>,
}

/// One kept survey with its responses and, when it is scored, its scores.
pub struct Answered<'a> {
    pub survey: &'a Survey,
    pub questionnaire: &'a Questionnaire,
    pub responses: Responses,
    pub scores: Scores,
}

impl Site<'_> {
    /// Maturity scores from the questionnaire that has them (`modenhet`, or
    /// the scored questionnaire with most principles).
    pub fn maturity(&self) -> Option<&Scores> {
        self.surveys
            .values()
            .map(|a| &a.scores)
            .filter(|s| !s.principles.is_empty())
            .max_by_key(|s| s.principles.len())
    }

    pub fn responses(&self, questionnaire: &str) -> Option<&Responses> {
        self.surveys.get(questionnaire).map(|a| &a.responses)
    }

    /// What the machines say about an indicator: `Some(true)` when any host
    /// shows `is`, `Some(false)` when hosts know it and none does, `None`
    /// when no host knows.
    pub fn hosts_show(&self, indicator: &str, is: bool) -> Option<bool> {
        let known: Vec<bool> = self
            .hosts
            .iter()
            .filter_map(|h| match h.security.get(indicator).map(|i| i.value) {
                Some(Tri::True) => Some(true),
                Some(Tri::False) => Some(false),
                _ => None,
            })
            .collect();
        (!known.is_empty()).then(|| known.contains(&is))
    }

    /// How many of the hosts show `is` for an indicator.
    pub fn hosts_with(&self, indicator: &str, is: bool) -> usize {
        self.hosts
            .iter()
            .filter(|h| {
                h.security.get(indicator).map(|i| i.value)
                    == Some(if is { Tri::True } else { Tri::False })
            })
            .count()
    }
}

/// Groups what merge kept by municipality, in kommunenummer order.
pub fn sites<'a>(c: &'a Collected, questionnaires: &'a [Questionnaire]) -> Vec<Site<'a>> {
    let mut sites: BTreeMap<&str, Site<'a>> = BTreeMap::new();
    for s in &c.surveys {
        let subject = &s.result.subject;
        let site = sites.entry(subject.id.as_str()).or_insert_with(|| Site {
            id: subject.id.clone(),
            name: subject.name.clone(),
            surveys: BTreeMap::new(),
            hosts: Vec::new(),
        });
        let questionnaire = &questionnaires[s.questionnaire];
        let responses = s.result.responses();
        let scores = scoring::score(questionnaire, &responses);
        site.surveys.insert(
            s.result.questionnaire.id.clone(),
            Answered {
                survey: s,
                questionnaire,
                responses,
                scores,
            },
        );
    }
    for h in &c.hosts {
        let m = &h.inventory.municipality;
        sites
            .entry(m.id.as_str())
            .or_insert_with(|| Site {
                id: m.id.clone(),
                name: m.name.clone(),
                surveys: BTreeMap::new(),
                hosts: Vec::new(),
            })
            .hosts
            .push(&h.inventory);
    }
    sites.into_values().collect()
}

/// What the analyses decide with: the catalogue, the ranking weights, the
/// pilot thresholds and checks, and the seed of the resampling.
pub struct Settings {
    pub catalogue: crate::catalogue::Catalogue,
    pub weights: settings::Weights,
    pub pilot: settings::PilotSettings,
    pub seed: u64,
}

/// The seed used when none is given, so that runs repeat.
pub const DEFAULT_SEED: u64 = 2026;

impl Settings {
    /// The built-in settings, each overridden by a file when given.
    pub fn load(
        catalogue: Option<&std::path::Path>,
        weights: Option<&std::path::Path>,
        pilot: Option<&std::path::Path>,
        questionnaires: &[Questionnaire],
    ) -> anyhow::Result<Settings> {
        Ok(Settings {
            catalogue: match catalogue {
                Some(path) => crate::catalogue::from_file(path)?,
                None => crate::catalogue::builtin()?,
            },
            weights: settings::weights(weights)?,
            pilot: settings::pilot(pilot, questionnaires)?,
            seed: DEFAULT_SEED,
        })
    }
}
