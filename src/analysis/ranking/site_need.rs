//! One municipality's need for one service: the four components (maturity
//! gap, stated need, ranking, signals) and their weighted mean. Kept apart
//! from the ranking across municipalities, which only sees the scores.

use super::value;
use crate::analysis::sample::round;
use crate::analysis::settings::Weights;
use crate::catalogue::{NEEDS_QUESTIONNAIRE, RANK_QUESTION, Service};
use crate::collect::Record;
use crate::questionnaire::answer::{AnswerValue, State};
use crate::questionnaire::scoring::rank_points;

/// The questionnaire whose maturity questions count "vet ikke" for a service.
const MATURITY_QUESTIONNAIRE: &str = "modenhet";

/// One municipality's need for one service.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Need {
    /// 0–100, `None` when none of the components has data.
    pub score: Option<f64>,
    pub maturity_gap: Option<f64>,
    pub stated: Option<f64>,
    /// The service's ranking points as a share of the first place's, 0–1:
    /// 0 when the municipality ranked other services only.
    pub ranked: Option<f64>,
    pub signals: Option<f64>,
    /// Indices into the service's signals (answers first, then inventory)
    /// that fired.
    pub fired: Vec<usize>,
    /// Answers relevant to the service that were "vet ikke", and all
    /// relevant answers given (including "vet ikke").
    pub unknown: usize,
    pub given: usize,
    /// Principle scores this municipality has for the service's principles.
    pub principle_scores: Vec<(crate::nsm::PrincipleId, f64)>,
    /// The `_behov` option chosen, and how the service is covered today
    /// (`_dekning`).
    pub stated_option: Option<String>,
    pub sourcing: Option<String>,
    /// The service's place (1 = first) in the municipality's ranking.
    pub place: Option<usize>,
}

pub(super) fn need(service: &Service, site: &Record, w: &Weights) -> Need {
    let mut n = Need::default();
    maturity_gap(service, site, &mut n);
    stated(service, site, w, &mut n);
    ranked(service, site, &mut n);
    signals(service, site, &mut n);
    count_unknown(service, site, &mut n);
    let parts = [
        (w.maturity, n.maturity_gap),
        (w.stated, n.stated),
        (w.ranked, n.ranked),
        (w.signals, n.signals),
    ];
    let weight: f64 = parts
        .iter()
        .filter(|(_, x)| x.is_some())
        .map(|(w, _)| w)
        .sum();
    if weight > 0.0 {
        let sum: f64 = parts.iter().filter_map(|(w, x)| x.map(|x| w * x)).sum();
        n.score = Some(round(100.0 * sum / weight, 1));
    }
    n
}

/// `(5 − score) / 5`, averaged over the service's principles with a score.
fn maturity_gap(service: &Service, site: &Record, n: &mut Need) {
    if let Some(scores) = site.maturity() {
        for p in &service.signals.maturity {
            if let Some(s) = scores.principles.get(p).and_then(|t| t.score()) {
                n.principle_scores.push((*p, s));
            }
        }
    }
    if !n.principle_scores.is_empty() {
        let gaps: f64 = n
            .principle_scores
            .iter()
            .map(|(_, s)| (5.0 - s) / 5.0)
            .sum();
        n.maturity_gap = Some(gaps / n.principle_scores.len() as f64);
    }
}

/// The stated level, times the factor of how the service is covered today.
fn stated(service: &Service, site: &Record, w: &Weights, n: &mut Need) {
    let [need_id, sourcing_id, ..] = service.need_question_ids();
    let Some(AnswerValue::Text(level)) = value(site, NEEDS_QUESTIONNAIRE, &need_id) else {
        return;
    };
    n.stated_option = Some(level.clone());
    let factor = match value(site, NEEDS_QUESTIONNAIRE, &sourcing_id) {
        Some(AnswerValue::Text(m)) => {
            n.sourcing = Some(m.clone());
            w.sourcing.get(m).copied().unwrap_or(1.0)
        }
        _ => 1.0,
    };
    n.stated = w.stated_levels.get(level).map(|l| l * factor);
}

/// The ranking points the municipality gave the service, as a share of the
/// points of its first place.
fn ranked(service: &Service, site: &Record, n: &mut Need) {
    let Some(survey) = site.surveys.get(NEEDS_QUESTIONNAIRE) else {
        return;
    };
    let Some(question) = survey.questionnaire.question(RANK_QUESTION) else {
        return;
    };
    let Some(answer) = value(site, NEEDS_QUESTIONNAIRE, RANK_QUESTION) else {
        return;
    };
    let points = rank_points(question, answer);
    let Some(first) = points.first().map(|(_, p)| *p).filter(|p| *p > 0.0) else {
        return;
    };
    let mine = points.iter().position(|(id, _)| *id == service.id);
    n.place = mine.map(|i| i + 1);
    n.ranked = Some(mine.map_or(0.0, |i| points[i].1 / first));
}

/// The share of the service's signals that fire, among those the data can
/// judge.
fn signals(service: &Service, site: &Record, n: &mut Need) {
    let mut judged = 0;
    for (i, signal) in service.signals.answers.iter().enumerate() {
        let Some(responses) = site.responses(&signal.questionnaire) else {
            continue;
        };
        let refs = signal.when.expr.questions();
        if !refs
            .iter()
            .any(|r| responses.get(&r.id).is_some_and(|x| x.value().is_some()))
        {
            continue;
        }
        judged += 1;
        if signal.when.expr.eval(responses) {
            n.fired.push(i);
        }
    }
    let offset = service.signals.answers.len();
    for (i, signal) in service.signals.inventory.iter().enumerate() {
        if let Some(shows) = site.hosts_show(&signal.indicator, signal.is) {
            judged += 1;
            if shows {
                n.fired.push(offset + i);
            }
        }
    }
    let offset = offset + service.signals.inventory.len();
    for (i, signal) in service.signals.fleet.iter().enumerate() {
        if let Some(shows) = site.fleet_shows(&signal.when) {
            judged += 1;
            if shows {
                n.fired.push(offset + i);
            }
        }
    }
    if judged > 0 {
        n.signals = Some(n.fired.len() as f64 / judged as f64);
    }
}

/// "Vet ikke" among the answers the need rests on.
fn count_unknown(service: &Service, site: &Record, n: &mut Need) {
    let [need_id, sourcing_id, ..] = service.need_question_ids();
    let mut relevant: Vec<(&str, String)> = vec![
        (NEEDS_QUESTIONNAIRE, need_id),
        (NEEDS_QUESTIONNAIRE, sourcing_id),
    ];
    for signal in &service.signals.answers {
        for r in signal.when.expr.questions() {
            relevant.push((signal.questionnaire.as_str(), r.id.clone()));
        }
    }
    if let Some(a) = site.surveys.get(MATURITY_QUESTIONNAIRE) {
        for (_, q) in a.questionnaire.questions() {
            if q.principle
                .is_some_and(|p| service.signals.maturity.contains(&p))
            {
                relevant.push((MATURITY_QUESTIONNAIRE, q.id.clone()));
            }
        }
    }
    relevant.sort();
    relevant.dedup();
    for (questionnaire, id) in &relevant {
        match site
            .responses(questionnaire)
            .and_then(|r| r.get(id))
            .map(|r| r.state)
        {
            Some(State::Unknown) => {
                n.unknown += 1;
                n.given += 1;
            }
            Some(State::Answered) => n.given += 1,
            _ => {}
        }
    }
}
