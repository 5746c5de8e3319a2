//! Method quality from the pilot: for every question of every questionnaire
//! version, how it was answered across the municipalities, and which
//! questions to revise, with the reason. A question is worth revising when
//! many cannot answer it ("vet ikke"), find it irrelevant, skip it, mark it
//! unclear or comment on it, when it takes long, when everyone answers it
//! alike (it tells little), or when its answers contradict other answers or
//! what the inventory found.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::agreement::{self, QuestionAgreement, QuestionValues};
use super::sample::{median, quantile, round};
use super::settings::{Against, Check, PilotSettings, Thresholds};
use crate::collect::{Answered, Record};
use crate::questionnaire::QuestionKind;
use crate::questionnaire::answer::State;
use crate::survey::result::Status;
use crate::tr;

/// How one question of one questionnaire version was answered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionQuality {
    pub questionnaire: String,
    pub version: String,
    pub question: String,
    pub text: String,
    /// Free-text questions are optional by nature: skipping them is no flag.
    pub free_text: bool,
    /// Municipalities that reached the question.
    pub reached: usize,
    pub answered: usize,
    pub unknown: usize,
    pub not_applicable: usize,
    pub skipped: usize,
    pub unclear: usize,
    pub comments: usize,
    pub median_seconds: Option<f64>,
    pub p90_seconds: Option<f64>,
    /// Share of the answered giving the most common answer, and how many
    /// different answers there were.
    pub most_common: Option<f64>,
    pub distinct: usize,
    /// Municipalities whose answer a check contradicts, with the reason.
    pub contradictions: Vec<(String, String)>,
    /// Krippendorff's alpha between respondents of the same municipality,
    /// where two or more answered.
    pub agreement: Option<QuestionAgreement>,
    /// Why the question should be revised; empty when it worked.
    pub flags: Vec<String>,
}

/// How long a questionnaire version took.
#[derive(Clone, Debug, PartialEq)]
pub struct Duration {
    pub questionnaire: String,
    pub version: String,
    pub files: usize,
    pub complete: usize,
    /// Median and 90th percentile of the total minutes of complete files
    /// (of those that were timed: answers from a file or form carry no time).
    pub median_minutes: Option<f64>,
    pub p90_minutes: Option<f64>,
    /// The sum of every question's median seconds, in minutes: an estimate
    /// that partial files also inform.
    pub estimated_minutes: Option<f64>,
}

pub struct Evaluation {
    pub questions: Vec<QuestionQuality>,
    pub durations: Vec<Duration>,
}

impl Evaluation {
    pub fn flagged(&self) -> impl Iterator<Item = &QuestionQuality> {
        self.questions.iter().filter(|q| !q.flags.is_empty())
    }
}

#[derive(Default)]
struct Gathered<'a> {
    text: String,
    kind: Option<QuestionKind>,
    order: usize,
    reached: usize,
    answered: Vec<String>,
    states: BTreeMap<&'static str, usize>,
    unclear: usize,
    comments: usize,
    seconds: Vec<f64>,
    contradictions: Vec<(String, String)>,
    /// Each municipality's respondents' values, for their agreement, by
    /// municipality id.
    values: BTreeMap<&'a str, Vec<Option<f64>>>,
}

/// (version, question) of one questionnaire, borrowed from the files.
type QuestionKey<'a> = (&'a str, &'a str);
/// (files, complete files, minutes of the complete files that were timed)
type Totals = (usize, usize, Vec<f64>);

/// What every result file of one questionnaire says about every question,
/// gathered by question. Keys are borrowed: a pilot has one entry per
/// answer, and nothing is copied for it.
#[derive(Default)]
struct Gathering<'a> {
    questions: HashMap<QuestionKey<'a>, Gathered<'a>>,
    /// By version.
    totals: HashMap<&'a str, Totals>,
}

impl<'a> Gathering<'a> {
    /// One respondent's file. Contradictions are about the municipality's
    /// value, so only its first respondent's file looks for them.
    fn add(&mut self, site: &'a Record, a: &'a Answered, file: usize, settings: &PilotSettings) {
        let result = &a.respondents[file].survey.result;
        let (qid, version) = (
            &result.questionnaire.id,
            result.questionnaire.version.as_str(),
        );
        let t = self.totals.entry(version).or_default();
        t.0 += 1;
        // Answers from a file or a spreadsheet form carry no time; such a
        // file says nothing about how long answering takes.
        let minutes = result.answers.iter().map(|x| x.seconds).sum::<f64>() / 60.0;
        if result.status == Status::Complete {
            t.1 += 1;
            if minutes > 0.0 {
                t.2.push(minutes);
            }
        }
        let answers: HashMap<&str, &crate::survey::result::Answer> =
            result.answers.iter().map(|x| (x.id.as_str(), x)).collect();
        for (order, (_, question)) in a.questionnaire.questions().enumerate() {
            let Some(answer) = answers.get(question.id.as_str()) else {
                continue;
            };
            let g = self
                .questions
                .entry((version, question.id.as_str()))
                .or_default();
            if g.text.is_empty() {
                g.text = question.text.get().to_string();
            }
            g.kind = Some(question.kind);
            g.order = order;
            g.reached += 1;
            *g.states.entry(answer.response.state.name()).or_default() += 1;
            if let Some(v) = answer.response.value() {
                g.answered
                    .push(serde_json::to_string(v).unwrap_or_default());
            }
            g.values
                .entry(site.id.as_str())
                .or_default()
                .push(agreement::value(question, &answer.response));
            g.unclear += usize::from(answer.unclear);
            g.comments += usize::from(
                answer
                    .comment
                    .as_ref()
                    .is_some_and(|c| !c.trim().is_empty()),
            );
            if answer.seconds > 0.0 {
                g.seconds.push(answer.seconds);
            }
            if file > 0 {
                continue;
            }
            for check in settings
                .checks
                .iter()
                .filter(|c| c.questionnaire == *qid && c.question == question.id)
            {
                if contradicts(check, site) {
                    g.contradictions
                        .push((site.name.clone(), check.reason.get().to_string()));
                }
            }
        }
    }
}

pub fn evaluate(sites: &[Record], settings: &PilotSettings) -> Evaluation {
    // Each questionnaire is gathered on its own, in parallel: what is
    // gathered is keyed by questionnaire, and each key sees the files in
    // the same order as one pass over every site would give.
    let ids: std::collections::BTreeSet<&String> =
        sites.iter().flat_map(|s| s.surveys.keys()).collect();
    let parts: Vec<(&String, Gathering)> = ids
        .into_par_iter()
        .map(|id| {
            let mut part = Gathering::default();
            for site in sites {
                if let Some(a) = site.surveys.get(id) {
                    for file in 0..a.respondents.len() {
                        part.add(site, a, file, settings);
                    }
                }
            }
            (id, part)
        })
        .collect();
    let mut gathered: Vec<((String, String, String), Gathered)> = Vec::new();
    let mut totals: BTreeMap<(String, String), Totals> = BTreeMap::new();
    for (id, part) in parts {
        gathered.extend(part.questions.into_iter().map(|((version, question), g)| {
            ((id.clone(), version.to_string(), question.to_string()), g)
        }));
        totals.extend(
            part.totals
                .into_iter()
                .map(|(version, t)| ((id.clone(), version.to_string()), t)),
        );
    }
    // Each question on its own, in parallel; sorted after.
    let mut questions: Vec<(usize, QuestionQuality)> = gathered
        .into_par_iter()
        .map(|((questionnaire, version, question), g)| {
            let mut q = quality(questionnaire, version, question, &g);
            q.flags = flags(&q, &settings.thresholds);
            if let Some(agreement) = &q.agreement
                && agreement.low
            {
                q.flags.push(disagreement(agreement));
            }
            (g.order, q)
        })
        .collect();
    questions.sort_by(|(oa, a), (ob, b)| {
        (&a.questionnaire, &a.version, oa).cmp(&(&b.questionnaire, &b.version, ob))
    });
    let questions: Vec<QuestionQuality> = questions.into_iter().map(|(_, q)| q).collect();
    let durations = totals
        .into_iter()
        .map(|((questionnaire, version), (files, complete, minutes))| {
            let estimated: f64 = questions
                .iter()
                .filter(|q| q.questionnaire == questionnaire && q.version == version)
                .filter_map(|q| q.median_seconds)
                .sum();
            Duration {
                complete,
                median_minutes: median(&minutes).map(|m| round(m, 1)),
                p90_minutes: quantile(&minutes, 0.9).map(|m| round(m, 1)),
                estimated_minutes: (estimated > 0.0).then(|| round(estimated / 60.0, 1)),
                questionnaire,
                version,
                files,
            }
        })
        .collect();
    Evaluation {
        questions,
        durations,
    }
}

fn quality(
    questionnaire: String,
    version: String,
    question: String,
    g: &Gathered<'_>,
) -> QuestionQuality {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for v in &g.answered {
        *counts.entry(v.as_str()).or_default() += 1;
    }
    let top = counts.values().copied().max().unwrap_or(0);
    let state = |s: State| g.states.get(s.name()).copied().unwrap_or(0);
    QuestionQuality {
        questionnaire,
        version,
        question,
        text: g.text.clone(),
        free_text: g.kind == Some(QuestionKind::Text),
        reached: g.reached,
        answered: g.answered.len(),
        unknown: state(State::Unknown),
        not_applicable: state(State::NotApplicable),
        skipped: state(State::Skipped),
        unclear: g.unclear,
        comments: g.comments,
        median_seconds: median(&g.seconds).map(|s| round(s, 1)),
        p90_seconds: quantile(&g.seconds, 0.9).map(|s| round(s, 1)),
        most_common: (!g.answered.is_empty())
            .then(|| round(top as f64 / g.answered.len() as f64, 3)),
        distinct: counts.len(),
        contradictions: g.contradictions.clone(),
        agreement: agreement_of(g),
        flags: Vec::new(),
    }
}

/// How well the respondents of the same municipalities agree on the
/// question, where its type allows it and someone had company.
fn agreement_of(g: &Gathered<'_>) -> Option<QuestionAgreement> {
    let values = QuestionValues {
        question: String::new(),
        kind: g.kind?,
        municipalities: g.values.values().cloned().collect(),
    };
    let agreement = agreement::by_question(&[values], &agreement::Rule::default()).pop()?;
    (agreement.alpha.units > 0).then_some(agreement)
}

/// The flag for a question the respondents read differently.
fn disagreement(a: &QuestionAgreement) -> String {
    let alpha = a
        .alpha
        .alpha
        .map_or("–".into(), |x| crate::i18n::decimal(x, 2));
    let n = a.alpha.pairable;
    let limit = crate::i18n::decimal(agreement::Rule::default().min_alpha, 3);
    let n = tr!("count-answers", n = n);
    tr!(
        "pilot-the-respondents-disagree-alpha-over",
        alpha = alpha,
        limit = limit,
        n = n
    )
}

/// Whether a municipality's answers satisfy the check's claim while what it
/// is checked against holds.
fn contradicts(check: &Check, site: &Record) -> bool {
    let Some(responses) = site.responses(&check.questionnaire) else {
        return false;
    };
    if !check.claims.expr.eval(responses) {
        return false;
    }
    match &check.against {
        Against::Inventory { indicator, is } => site.hosts_show(indicator, *is) == Some(true),
        Against::Fleet(condition) => site.fleet_shows(condition) == Some(true),
        Against::Answer {
            questionnaire,
            when,
        } => site.responses(questionnaire).is_some_and(|other| {
            when.expr
                .questions()
                .iter()
                .any(|r| other.get(&r.id).is_some_and(|x| x.value().is_some()))
                && when.expr.eval(other)
        }),
    }
}

/// The most contradicting municipalities a finding names.
const LISTED_CONTRADICTIONS: usize = 3;

fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

fn flags(q: &QuestionQuality, t: &Thresholds) -> Vec<String> {
    let mut out = Vec::new();
    if q.reached == 0 {
        return out;
    }
    let share = |n: usize| n as f64 / q.reached as f64;
    let mut above = |n: usize, limit: f64, strictly: bool, what: String| {
        let s = share(n);
        if n > 0 && (if strictly { s > limit } else { s >= limit }) {
            let (s, limit) = (percent(s), percent(limit));
            let sign = if strictly { ">" } else { "≥" };
            out.push(format!("{what} {s} ({sign} {limit})"));
        }
    };
    above(q.unknown, t.unknown, true, tr!("pilot-don-t-know"));
    above(
        q.not_applicable,
        t.not_applicable,
        true,
        tr!("pilot-not-applicable"),
    );
    if !q.free_text {
        above(q.skipped, t.skipped, true, tr!("pilot-skipped"));
    }
    above(q.unclear, t.unclear, false, tr!("pilot-marked-unclear"));
    above(q.comments, t.comments, false, tr!("pilot-commented-on"));
    if let Some(m) = q.median_seconds
        && m > t.median_seconds
    {
        let limit = t.median_seconds;
        out.push(tr!("pilot-median-answer-time-s-s", m = m, limit = limit));
    }
    if let Some(c) = q.most_common
        && q.answered >= t.alike_min
        && c >= t.alike
    {
        let (c, limit) = (percent(c), percent(t.alike));
        out.push(tr!(
            "pilot-answer-alike-the-question-tells-little",
            c = c,
            limit = limit
        ));
    }
    let k = q.contradictions.len();
    if k > 0 && k >= t.contradictions {
        // Each municipality with its reason: an inventory and a device
        // export may contradict the same answer for different reasons.
        let mut list: Vec<String> = q
            .contradictions
            .iter()
            .take(LISTED_CONTRADICTIONS)
            .map(|(who, reason)| format!("{who}: {reason}"))
            .collect();
        if k > LISTED_CONTRADICTIONS {
            list.push("…".into());
        }
        let (k, list) = (tr!("count-municipalities", n = k), list.join("; "));
        out.push(tr!("pilot-contradictions-in", k = k, list = list));
    }
    out
}
