//! Everything the dataset holds about one municipality or cooperation: its
//! kept surveys, each scored once, and its machines. The analyses decide
//! from records; the tables and the report format them.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::{Host, Survey};
use crate::inventory::Tri;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::answer::Responses;
use crate::questionnaire::scoring::{self, Scores};

/// One municipality or cooperation and what was kept about it.
pub struct Record {
    pub id: String,
    pub name: String,
    /// By questionnaire id; merge keeps at most one survey per questionnaire.
    pub surveys: BTreeMap<String, Answered>,
    /// In host id order.
    pub hosts: Vec<Host>,
}

/// One kept survey with the questionnaire that explains it, its responses
/// by question id, and its scores (empty for questionnaires without scores).
pub struct Answered {
    pub survey: Survey,
    pub questionnaire: Arc<Questionnaire>,
    pub responses: Responses,
    pub scores: Scores,
}

impl Answered {
    fn new(survey: Survey, questionnaire: Arc<Questionnaire>) -> Answered {
        let responses = survey.result.responses();
        let scores = scoring::score(&questionnaire, &responses);
        Answered {
            survey,
            questionnaire,
            responses,
            scores,
        }
    }

    /// Whether the questionnaire scores maturity at all.
    pub fn is_scored(&self) -> bool {
        !self.scores.principles.is_empty()
    }
}

impl Record {
    fn new(id: &str, name: &str) -> Record {
        Record {
            id: id.to_string(),
            name: name.to_string(),
            surveys: BTreeMap::new(),
            hosts: Vec::new(),
        }
    }

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
            .filter_map(
                |h| match h.inventory.security.get(indicator).map(|i| i.value) {
                    Some(Tri::True) => Some(true),
                    Some(Tri::False) => Some(false),
                    _ => None,
                },
            )
            .collect();
        (!known.is_empty()).then(|| known.contains(&is))
    }
}

/// Groups kept surveys (sorted by municipality and questionnaire) and hosts
/// (sorted by municipality and host) into records in id order, scoring each
/// survey once. A record is named by its first survey, else its first host.
pub(super) fn group(surveys: Vec<(Survey, Arc<Questionnaire>)>, hosts: Vec<Host>) -> Vec<Record> {
    let scored: Vec<Answered> = surveys
        .into_par_iter()
        .map(|(survey, questionnaire)| Answered::new(survey, questionnaire))
        .collect();
    let mut records: BTreeMap<String, Record> = BTreeMap::new();
    for answered in scored {
        let subject = &answered.survey.result.subject;
        let record = records
            .entry(subject.id.clone())
            .or_insert_with(|| Record::new(&subject.id, &subject.name));
        let id = answered.survey.result.questionnaire.id.clone();
        record.surveys.insert(id, answered);
    }
    for host in hosts {
        let m = &host.inventory.municipality;
        records
            .entry(m.id.clone())
            .or_insert_with(|| Record::new(&m.id, &m.name))
            .hosts
            .push(host);
    }
    records.into_values().collect()
}
