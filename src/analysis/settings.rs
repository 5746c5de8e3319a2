//! The numbers the analyses decide with: weights and limits of the ranking
//! (`config/vekter.yaml`) and thresholds and consistency checks of the
//! pilot evaluation (`config/pilot.yaml`). Both are built in; a file
//! given on the command line overrides the keys it has.

use std::collections::BTreeMap;
use std::path::Path;

use crate::catalogue::{Context, indicator, questionnaire_condition};
use crate::diagnostic::Rejected;
use crate::fleet::measure::FleetCondition;
use crate::i18n::Text;
use crate::questionnaire::{Condition, Questionnaire};
use crate::tr;
use crate::yaml::{Decoder, Fields, Node};

pub const BUILTIN_WEIGHTS: &str = include_str!("../../config/vekter.yaml");
pub const BUILTIN_PILOT: &str = include_str!("../../config/pilot.yaml");

/// Municipalities counted by size in the mean need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightBy {
    None,
    Inhabitants,
    Employees,
}

impl WeightBy {
    /// The it-struktur question that holds the size, if any.
    pub fn question(self) -> Option<&'static str> {
        match self {
            WeightBy::None => None,
            WeightBy::Inhabitants => Some("innbyggere"),
            WeightBy::Employees => Some("ansatte"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    pub maturity: f64,
    pub stated: f64,
    pub ranked: f64,
    pub signals: f64,
    pub stated_levels: BTreeMap<String, f64>,
    /// Factor on the stated need by how the service is covered today.
    pub sourcing: BTreeMap<String, f64>,
    pub high_need: f64,
    pub low_maturity: f64,
    pub weight_by: WeightBy,
    pub top: usize,
    pub resamples: usize,
    pub stable: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Thresholds {
    pub unknown: f64,
    pub not_applicable: f64,
    pub skipped: f64,
    pub unclear: f64,
    pub comments: f64,
    pub median_seconds: f64,
    pub alike: f64,
    pub alike_min: usize,
    pub contradictions: usize,
}

/// A consistency check: the answer to `question` claims something that
/// another answer or an inventory fact contradicts.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub questionnaire: String,
    pub question: String,
    pub claims: Condition,
    pub against: Against,
    pub reason: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Against {
    Answer {
        questionnaire: String,
        when: Condition,
    },
    /// Some machine of the municipality shows the indicator with this value.
    Inventory { indicator: String, is: bool },
    /// The municipality's device exports show a figure above a limit.
    Fleet(FleetCondition),
}

#[derive(Clone, Debug, PartialEq)]
pub struct PilotSettings {
    pub thresholds: Thresholds,
    pub checks: Vec<Check>,
    pub anonymity: Anonymity,
}

/// How much of the other municipalities a report for one municipality may
/// show without telling who they are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anonymity {
    /// The others are shown one by one (as "Kommune A, B, …") only when
    /// there are at least this many; never below [`Anonymity::FLOOR`].
    pub min_named: usize,
}

/// What a report for one municipality shows of the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disclosure {
    /// Each other municipality, lettered.
    OneByOne,
    /// Only their range and median.
    RangeOnly,
    /// Nothing: too few to compare without revealing who they are.
    TooFew,
}

impl Anonymity {
    /// The fewest others whose range and median may be shown, and the
    /// lowest `min_named` a settings file may give.
    pub const FLOOR: usize = 3;

    pub fn disclosure(self, others: usize) -> Disclosure {
        if others >= self.min_named.max(Self::FLOOR) {
            Disclosure::OneByOne
        } else if others >= Self::FLOOR {
            Disclosure::RangeOnly
        } else {
            Disclosure::TooFew
        }
    }
}

/// The built-in weights, overridden by `file` when given.
pub fn weights(file: Option<&Path>) -> anyhow::Result<Weights> {
    let mut w = decode_into("config/vekter.yaml", BUILTIN_WEIGHTS, None, read_weights)?;
    if let Some(path) = file {
        let src = crate::source::read_text(path, crate::questionnaire::MAX_FILE_BYTES)?;
        w = decode_into(&path.display().to_string(), &src, Some(w), |d, n, w| {
            read_weights(d, n, w)
        })?;
    }
    Ok(w)
}

/// The built-in pilot settings, overridden by `file` when given (its
/// `checks` replace the built-in ones).
pub fn pilot(
    file: Option<&Path>,
    questionnaires: &[Questionnaire],
) -> anyhow::Result<PilotSettings> {
    let context = Context::new(questionnaires, &[]);
    let read = |d: &mut Decoder, n: &Node, s: &mut PilotSettings| read_pilot(d, n, s, &context);
    let mut s = decode_into("config/pilot.yaml", BUILTIN_PILOT, None, read)?;
    if let Some(path) = file {
        let src = crate::source::read_text(path, crate::questionnaire::MAX_FILE_BYTES)?;
        s = decode_into(&path.display().to_string(), &src, Some(s), read)?;
    }
    Ok(s)
}

/// Parses `src` and lets `read` fill `base` (or an empty value for the
/// built-in file, which must set every key).
fn decode_into<T: Blank>(
    name: &str,
    src: &str,
    base: Option<T>,
    read: impl Fn(&mut Decoder, &Node, &mut T),
) -> anyhow::Result<T> {
    let rejected = |problems| Rejected {
        path: Path::new(name).to_path_buf(),
        problems,
    };
    let root = crate::yaml::parse(src).map_err(|p| rejected(vec![p]))?;
    let mut value = base.unwrap_or_else(T::blank);
    let mut d = Decoder::default();
    if !root.is_null() {
        read(&mut d, &root, &mut value);
    }
    if d.problems.is_empty() {
        Ok(value)
    } else {
        d.problems.sort_by_key(|p| p.mark);
        Err(rejected(d.problems).into())
    }
}

/// A starting value that reading the built-in file fills in.
trait Blank {
    fn blank() -> Self;
}

impl Blank for Weights {
    fn blank() -> Weights {
        Weights {
            maturity: 0.0,
            stated: 0.0,
            ranked: 0.0,
            signals: 0.0,
            stated_levels: BTreeMap::new(),
            sourcing: BTreeMap::new(),
            high_need: 0.0,
            low_maturity: 0.0,
            weight_by: WeightBy::None,
            top: 0,
            resamples: 0,
            stable: 0.0,
        }
    }
}

impl Blank for PilotSettings {
    fn blank() -> PilotSettings {
        PilotSettings {
            thresholds: Thresholds {
                unknown: 0.0,
                not_applicable: 0.0,
                skipped: 0.0,
                unclear: 0.0,
                comments: 0.0,
                median_seconds: 0.0,
                alike: 0.0,
                alike_min: 0,
                contradictions: 0,
            },
            checks: Vec::new(),
            anonymity: Anonymity { min_named: 0 },
        }
    }
}

/// A number in `range`, reported with its position when outside.
fn bounded(d: &mut Decoder, node: &Node, range: std::ops::RangeInclusive<f64>) -> Option<f64> {
    let x = d.number(node)?;
    if !x.is_finite() || !range.contains(&x) {
        let (lo, hi) = (range.start(), range.end());
        d.report(
            node.mark,
            "out-of-range",
            tr!("settings-is-outside", x = x, lo = lo, hi = hi),
        );
        return None;
    }
    Some(x)
}

/// Sets `target` from the key when the file has it.
fn set_number(
    d: &mut Decoder,
    f: &Fields,
    key: &str,
    range: std::ops::RangeInclusive<f64>,
    target: &mut f64,
) {
    if let Some(x) = f.get(key).and_then(|n| bounded(d, n, range)) {
        *target = x;
    }
}

fn set_count(d: &mut Decoder, f: &Fields, key: &str, max: f64, target: &mut usize) {
    if let Some(n) = f.get(key) {
        match bounded(d, n, 0.0..=max) {
            Some(x) if x.fract() == 0.0 => *target = x as usize,
            Some(x) => d.report(
                n.mark,
                "not-whole",
                tr!("settings-is-not-a-whole-number", x = x),
            ),
            None => {}
        }
    }
}

/// A map from answer option ids to factors 0–1.
fn set_levels(d: &mut Decoder, f: &Fields, key: &str, target: &mut BTreeMap<String, f64>) {
    let Some(node) = f.get(key) else { return };
    let Some(map) = d.any_fields(node) else {
        return;
    };
    for (k, v) in map.entries() {
        if let Some(x) = bounded(d, v, 0.0..=1.0) {
            target.insert(k.to_string(), x);
        }
    }
}

fn read_weights(d: &mut Decoder, node: &Node, w: &mut Weights) {
    let keys = [
        "need",
        "stated_levels",
        "sourcing",
        "high_need",
        "low_maturity",
        "weight_by",
        "top",
        "resamples",
        "stable",
    ];
    let Some(f) = d.fields(node, &keys) else {
        return;
    };
    if let Some(need) = f.get("need")
        && let Some(n) = d.fields(need, &["maturity", "stated", "ranked", "signals"])
    {
        set_number(d, &n, "maturity", 0.0..=100.0, &mut w.maturity);
        set_number(d, &n, "stated", 0.0..=100.0, &mut w.stated);
        set_number(d, &n, "ranked", 0.0..=100.0, &mut w.ranked);
        set_number(d, &n, "signals", 0.0..=100.0, &mut w.signals);
        if w.maturity + w.stated + w.ranked + w.signals <= 0.0 {
            d.report(
                n.mark,
                "no-weight",
                tr!("settings-at-least-one-of-the-weights"),
            );
        }
    }
    set_levels(d, &f, "stated_levels", &mut w.stated_levels);
    set_levels(d, &f, "sourcing", &mut w.sourcing);
    set_number(d, &f, "high_need", 0.0..=100.0, &mut w.high_need);
    set_number(d, &f, "low_maturity", 0.0..=5.0, &mut w.low_maturity);
    if let Some(n) = f.get("weight_by")
        && let Some(s) = d.string(n)
    {
        match s.as_str() {
            "none" => w.weight_by = WeightBy::None,
            "innbyggere" => w.weight_by = WeightBy::Inhabitants,
            "ansatte" => w.weight_by = WeightBy::Employees,
            other => d.report(
                n.mark,
                "unknown-value",
                tr!("settings-is-unknown-use-none-innbyggere-or", other = other),
            ),
        }
    }
    set_count(d, &f, "top", 1000.0, &mut w.top);
    set_count(d, &f, "resamples", 100_000.0, &mut w.resamples);
    set_number(d, &f, "stable", 0.0..=1.0, &mut w.stable);
    if w.top == 0 {
        d.report(
            f.mark,
            "out-of-range",
            tr!("settings-top-must-be-at-least-1"),
        );
    }
}

fn read_pilot(d: &mut Decoder, node: &Node, s: &mut PilotSettings, context: &Context) {
    let Some(f) = d.fields(node, &["thresholds", "checks", "anonymity"]) else {
        return;
    };
    if let Some(n) = f.get("anonymity")
        && let Some(a) = d.fields(n, &["min_named"])
    {
        read_min_named(d, &a, &mut s.anonymity);
    }
    if let Some(n) = f.get("thresholds") {
        let keys = [
            "unknown",
            "not_applicable",
            "skipped",
            "unclear",
            "comments",
            "median_seconds",
            "alike",
            "alike_min",
            "contradictions",
        ];
        if let Some(t) = d.fields(n, &keys) {
            let th = &mut s.thresholds;
            set_number(d, &t, "unknown", 0.0..=1.0, &mut th.unknown);
            set_number(d, &t, "not_applicable", 0.0..=1.0, &mut th.not_applicable);
            set_number(d, &t, "skipped", 0.0..=1.0, &mut th.skipped);
            set_number(d, &t, "unclear", 0.0..=1.0, &mut th.unclear);
            set_number(d, &t, "comments", 0.0..=1.0, &mut th.comments);
            set_number(
                d,
                &t,
                "median_seconds",
                0.0..=86_400.0,
                &mut th.median_seconds,
            );
            set_number(d, &t, "alike", 0.0..=1.0, &mut th.alike);
            set_count(d, &t, "alike_min", 1000.0, &mut th.alike_min);
            set_count(d, &t, "contradictions", 1000.0, &mut th.contradictions);
        }
    }
    if let Some(n) = f.get("checks")
        && let Some(items) = d.seq(n)
    {
        s.checks = items.iter().filter_map(|n| check(d, n, context)).collect();
    }
}

/// `anonymity.min_named`: a whole number, and never below the floor, so
/// that a settings file cannot make a report name too few municipalities.
fn read_min_named(d: &mut Decoder, f: &Fields, anonymity: &mut Anonymity) {
    let mut min_named = anonymity.min_named;
    set_count(d, f, "min_named", 1000.0, &mut min_named);
    if min_named < Anonymity::FLOOR
        && let Some(n) = f.get("min_named")
    {
        let floor = Anonymity::FLOOR;
        d.report(
            n.mark,
            "out-of-range",
            tr!(
                "settings-min-named-is-too-low-with",
                min_named = min_named,
                floor = floor
            ),
        );
        return;
    }
    anonymity.min_named = min_named;
}

fn check(d: &mut Decoder, node: &Node, context: &Context) -> Option<Check> {
    let f = d.fields(node, &["question", "claims", "against", "reason"])?;
    let reason = d.required(&f, "reason").and_then(|n| d.text(n));
    let q = d.required(&f, "question")?;
    let qf = d.fields(q, &["questionnaire", "id"])?;
    let question = d.required(&qf, "id").and_then(|n| d.string(n));
    // `claims` is a condition over the question's questionnaire.
    let q_node = d.required(&qf, "questionnaire")?;
    let claims_node = d.required(&f, "claims")?;
    let claims = questionnaire_condition(d, q_node, claims_node, "claims", context);
    let against_node = d.required(&f, "against")?;
    let af = d.fields(
        against_node,
        &[
            "questionnaire",
            "when",
            "indicator",
            "is",
            "measure",
            "above",
        ],
    )?;
    let against = if af.get("measure").is_some() {
        FleetCondition::read(d, &af).map(Against::Fleet)
    } else if af.get("indicator").is_some() {
        let i_node = d.required(&af, "indicator")?;
        let indicator = indicator(d, i_node);
        let is = d.required(&af, "is").and_then(|n| d.bool(n));
        Some(Against::Inventory {
            indicator: indicator?,
            is: is?,
        })
    } else {
        let q_node = d.required(&af, "questionnaire")?;
        let when_node = d.required(&af, "when")?;
        questionnaire_condition(d, q_node, when_node, "when", context).map(
            |(questionnaire, when)| Against::Answer {
                questionnaire,
                when,
            },
        )
    };
    let (questionnaire, claims) = claims?;
    let question = question?;
    if !claims.expr.questions().iter().any(|r| r.id == question) {
        d.report(
            claims.at,
            "unrelated-claim",
            tr!(
                "settings-claims-does-not-name-the-question",
                question = question
            ),
        );
        return None;
    }
    Some(Check {
        questionnaire,
        question,
        claims,
        against: against?,
        reason: reason?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_files_read_and_a_file_overrides_only_its_keys() {
        let w = weights(None).unwrap();
        assert_eq!(
            (w.maturity, w.stated, w.ranked, w.signals),
            (0.4, 0.4, 0.2, 0.2)
        );
        assert_eq!(w.stated_levels["kritisk"], 1.0);
        assert_eq!(
            (
                w.sourcing["selv"],
                w.sourcing["kjoper"],
                w.sourcing["ingenting"]
            ),
            (0.5, 0.75, 1.0)
        );
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("v.yaml");
        std::fs::write(&file, "top: 3\nweight_by: innbyggere\n").unwrap();
        let changed = weights(Some(&file)).unwrap();
        assert_eq!((changed.top, changed.weight_by), (3, WeightBy::Inhabitants));
        assert_eq!(changed.maturity, 0.4);
        let qs = crate::questionnaire::builtin::all().unwrap();
        let p = pilot(None, &qs).unwrap();
        assert_eq!(p.checks.len(), 9);
        let fleet = p
            .checks
            .iter()
            .filter(|c| matches!(c.against, Against::Fleet(_)))
            .count();
        assert_eq!(fleet, 2, "checks against the device exports");
        assert_eq!(p.thresholds.alike_min, 5);
        assert_eq!(p.anonymity.min_named, 5);
    }

    #[test]
    fn others_are_shown_one_by_one_only_when_there_are_enough() {
        let a = Anonymity { min_named: 5 };
        assert_eq!(a.disclosure(1), Disclosure::TooFew);
        assert_eq!(a.disclosure(2), Disclosure::TooFew);
        assert_eq!(a.disclosure(3), Disclosure::RangeOnly);
        assert_eq!(a.disclosure(4), Disclosure::RangeOnly);
        assert_eq!(a.disclosure(5), Disclosure::OneByOne);
        let qs = crate::questionnaire::builtin::all().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.yaml");
        std::fs::write(&file, "anonymity:\n  min_named: 3\n").unwrap();
        assert_eq!(pilot(Some(&file), &qs).unwrap().anonymity.min_named, 3);
        std::fs::write(&file, "anonymity:\n  min_named: 2\n").unwrap();
        let err = format!("{:#}", pilot(Some(&file), &qs).unwrap_err());
        assert!(
            err.contains("p.yaml:2:14") && err.contains("min_named 2"),
            "{err}"
        );
    }

    #[test]
    fn every_problem_in_a_weights_file_is_reported_with_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("v.yaml");
        std::fs::write(
            &file,
            "need: {maturity: 0, stated: 0, ranked: 0, signals: 0}\nhigh_need: 140\nweigth_by: ansatte\ntop: 2.5\n",
        )
        .unwrap();
        let err = weights(Some(&file)).unwrap_err();
        let rejected = err.downcast_ref::<Rejected>().unwrap();
        let found: Vec<(usize, usize, &str)> = rejected
            .problems
            .iter()
            .map(|p| {
                (
                    p.mark.map_or(0, |m| m.line),
                    p.mark.map_or(0, |m| m.col),
                    p.code,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (1, 7, "no-weight"),
                (2, 12, "out-of-range"),
                (3, 1, "unknown-key"),
                (4, 6, "not-whole")
            ]
        );
    }

    #[test]
    fn a_check_must_name_known_questions_and_indicators() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.yaml");
        std::fs::write(
            &file,
            "checks:\n  - question: {questionnaire: modenhet, id: edr}\n    claims: \"edr >= 9 and nothing\"\n    against: {indicator: edr_there, is: false}\n    reason: {nb: a, en: a}\n",
        )
        .unwrap();
        let qs = crate::questionnaire::builtin::all().unwrap();
        let err = pilot(Some(&file), &qs).unwrap_err();
        let rejected = err.downcast_ref::<Rejected>().unwrap();
        let text: Vec<String> = rejected
            .problems
            .iter()
            .map(|p| p.message.clone())
            .collect();
        let text = text.join("\n");
        assert!(
            text.contains("nothing") && text.contains("edr_there"),
            "{text}"
        );
    }
}
