//! Everything the dataset holds about one municipality or cooperation: per
//! questionnaire its respondents and the municipality's value made from
//! them (or taken from its IT cooperation), each scored once, and its
//! machines. The analyses decide from records; the tables and the report
//! format them.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::aggregate::{self, Aggregate, Basis};
use super::read::Placed;
use super::{Fleet, Host, Survey};
use crate::fleet::measure::FleetCondition;
use crate::inventory::Tri;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::answer::Responses;
use crate::questionnaire::scoring::{self, Scores};

/// One municipality or cooperation and what was kept about it.
pub struct Record {
    pub id: String,
    pub name: String,
    /// Kommunenummer of the members, for an IT cooperation.
    pub members: Vec<String>,
    /// By questionnaire id.
    pub surveys: BTreeMap<String, Answered>,
    /// In host id order.
    pub hosts: Vec<Host>,
    /// The counts from its device exports (`kartlegg fleet`).
    pub fleet: Option<Fleet>,
}

/// One questionnaire as the municipality answered it: every respondent's
/// result, and the municipality's value per question made from them, with
/// its scores (empty for questionnaires without scores).
pub struct Answered {
    pub questionnaire: Arc<Questionnaire>,
    /// In respondent (role, name) order; none when the answer is inherited
    /// from the municipality's IT cooperation.
    pub respondents: Vec<Respondent>,
    pub basis: Basis,
    /// The municipality's value per question; empty when the rule gives none.
    /// Shared with the respondent when there is one, or the one agreed.
    pub responses: Arc<Responses>,
    pub scores: Scores,
}

/// One respondent's kept result, with its own responses and scores.
pub struct Respondent {
    pub survey: Survey,
    pub responses: Arc<Responses>,
    pub scores: Scores,
}

impl Respondent {
    fn new(survey: Survey, questionnaire: &Questionnaire) -> Respondent {
        let responses = Arc::new(survey.result.responses());
        let scores = scoring::score(questionnaire, &responses);
        Respondent {
            survey,
            responses,
            scores,
        }
    }
}

impl Answered {
    fn new(
        questionnaire: Arc<Questionnaire>,
        respondents: Vec<Respondent>,
        rule: Aggregate,
    ) -> Answered {
        let given: Vec<(&Arc<Responses>, bool)> = respondents
            .iter()
            .map(|r| (&r.responses, r.survey.result.consensus))
            .collect();
        let (responses, basis) = aggregate::combine(&questionnaire, &given, rule);
        let responses = responses.unwrap_or_default();
        let scores = scoring::score(&questionnaire, &responses);
        Answered {
            questionnaire,
            respondents,
            basis,
            responses,
            scores,
        }
    }

    /// Whether the questionnaire scores maturity at all.
    pub fn is_scored(&self) -> bool {
        !self.scores.principles.is_empty()
    }

    /// The versions answered, newest first as the respondents give them.
    pub fn versions(&self) -> String {
        let mut versions: Vec<&str> = self
            .respondents
            .iter()
            .map(|r| r.survey.result.questionnaire.version.as_str())
            .collect();
        if versions.is_empty() {
            versions.push(&self.questionnaire.version);
        }
        versions.sort_unstable();
        versions.dedup();
        versions.join(", ")
    }
}

impl Record {
    fn new(id: &str, name: &str) -> Record {
        Record {
            id: id.to_string(),
            name: name.to_string(),
            members: Vec::new(),
            surveys: BTreeMap::new(),
            hosts: Vec::new(),
            fleet: None,
        }
    }

    /// Whether the record is an IT cooperation whose answers count for
    /// members of its own: then the members stand in rankings, not it.
    pub fn answers_for_members(&self, all: &[Record]) -> bool {
        !self.members.is_empty()
            && all.iter().any(|r| {
                r.surveys
                    .values()
                    .any(|a| a.basis == Basis::Inherited(self.id.clone()))
            })
    }

    /// Maturity scores from the questionnaire that has them (`modenhet`, or
    /// the scored questionnaire with most principles).
    pub fn maturity(&self) -> Option<&Scores> {
        self.maturity_survey().map(|a| &a.scores)
    }

    /// The questionnaire the maturity scores come from, with its respondents.
    pub fn maturity_survey(&self) -> Option<&Answered> {
        self.surveys
            .values()
            .filter(|a| a.is_scored() && a.basis != Basis::NoConsensus)
            .max_by_key(|a| a.scores.principles.len())
    }

    pub fn responses(&self, questionnaire: &str) -> Option<&Responses> {
        self.surveys.get(questionnaire).map(|a| &*a.responses)
    }

    /// What the machines say about an indicator: `Some(true)` when any host
    /// shows `is`, `Some(false)` when hosts know it and none does, `None`
    /// when no host knows.
    pub fn hosts_show(&self, indicator: &str, is: bool) -> Option<bool> {
        let mut known = false;
        for host in &self.hosts {
            let shown = match host.inventory.security.get(indicator).map(|i| i.value) {
                Some(Tri::True) => true,
                Some(Tri::False) => false,
                _ => continue,
            };
            if shown == is {
                return Some(true);
            }
            known = true;
        }
        known.then_some(false)
    }

    /// What the device exports say about a condition: `None` without a
    /// fleet file or when its exports lack the figure.
    pub fn fleet_shows(&self, condition: &FleetCondition) -> Option<bool> {
        condition.holds(&self.fleet.as_ref()?.result)
    }
}

/// Groups kept surveys (sorted by municipality, questionnaire and
/// respondent), hosts (sorted by municipality and host) and fleet files (one
/// per municipality) into records in id order, scoring each survey and each
/// municipality's value once. A record is named by its first survey, else
/// its first host, else its fleet file.
pub(super) fn group(
    surveys: Vec<Placed>,
    hosts: Vec<Host>,
    fleets: Vec<Fleet>,
    rule: Aggregate,
) -> Vec<Record> {
    let scored: Vec<(Respondent, Arc<Questionnaire>)> = surveys
        .into_par_iter()
        .map(|(survey, questionnaire)| (Respondent::new(survey, &questionnaire), questionnaire))
        .collect();
    type Group = Vec<(Respondent, Arc<Questionnaire>)>;
    let mut by_questionnaire: BTreeMap<(String, String), Group> = BTreeMap::new();
    for (respondent, questionnaire) in scored {
        let r = &respondent.survey.result;
        let key = (r.subject.id.clone(), r.questionnaire.id.clone());
        by_questionnaire
            .entry(key)
            .or_default()
            .push((respondent, questionnaire));
    }
    let mut records: BTreeMap<String, Record> = BTreeMap::new();
    for ((id, questionnaire_id), group) in by_questionnaire {
        let subject = &group[0].0.survey.result.subject;
        let record = records
            .entry(id)
            .or_insert_with(|| Record::new(&subject.id, &subject.name));
        if record.members.is_empty() {
            record.members.clone_from(&subject.members);
        }
        // Read with the questionnaire of the first respondent: the same id.
        let questionnaire = Arc::clone(&group[0].1);
        let respondents = group.into_iter().map(|(r, _)| r).collect();
        record.surveys.insert(
            questionnaire_id,
            Answered::new(questionnaire, respondents, rule),
        );
    }
    for host in hosts {
        let m = &host.inventory.municipality;
        records
            .entry(m.id.clone())
            .or_insert_with(|| Record::new(&m.id, &m.name))
            .hosts
            .push(host);
    }
    // A machine is large, and tens of thousands of them are held.
    for record in records.values_mut() {
        record.hosts.shrink_to_fit();
    }
    for fleet in fleets {
        let m = &fleet.result.municipality;
        let record = records
            .entry(m.id.clone())
            .or_insert_with(|| Record::new(&m.id, &m.name));
        record.fleet = Some(fleet);
    }
    inherit(&mut records);
    records.into_values().collect()
}

/// A questionnaire answered for an IT cooperation counts for each member
/// municipality that has no answer of its own to it.
fn inherit(records: &mut BTreeMap<String, Record>) {
    let register = crate::kommune::Register::builtin();
    let mut inherited: Vec<(String, String, Answered)> = Vec::new();
    for cooperation in records.values().filter(|r| !r.members.is_empty()) {
        for (questionnaire_id, a) in &cooperation.surveys {
            for member in &cooperation.members {
                let own = records
                    .get(member)
                    .is_some_and(|m| m.surveys.contains_key(questionnaire_id));
                if own || a.basis == Basis::NoConsensus {
                    continue;
                }
                inherited.push((
                    member.clone(),
                    questionnaire_id.clone(),
                    Answered {
                        questionnaire: Arc::clone(&a.questionnaire),
                        respondents: Vec::new(),
                        basis: Basis::Inherited(cooperation.id.clone()),
                        responses: Arc::clone(&a.responses),
                        scores: a.scores.clone(),
                    },
                ));
            }
        }
    }
    for (member, questionnaire_id, answered) in inherited {
        let name = register
            .kommuner
            .iter()
            .find(|k| k.number == member)
            .map_or(member.as_str(), |k| k.name.as_str());
        records
            .entry(member.clone())
            .or_insert_with(|| Record::new(&member, name))
            .surveys
            .insert(questionnaire_id, answered);
    }
}
