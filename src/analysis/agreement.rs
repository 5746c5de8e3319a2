//! Do several respondents from one municipality give the same answers?
//!
//! When two or more people answer the same questionnaire for one municipality
//! (an IT manager and a security officer, say), their disagreement tells us
//! about the question: one both read the same way gets the same answer. This
//! module measures that with Krippendorff's alpha over a reliability data
//! matrix of units (one question in one municipality) × coders (the
//! respondents), and with a plainer figure, the share of respondent pairs
//! whose answers lie within one level of each other.
//!
//! The formulas follow K. Krippendorff, "Computing Krippendorff's
//! Alpha-Reliability" (Annenberg School for Communication, 2011): values are
//! paired within units into a coincidence matrix, each pair weighted by
//! 1/(m_u − 1), and alpha = 1 − D_o / D_e.
//!
//! Pure functions over plain types: no files, no dataset types, no printing.

use crate::questionnaire::answer::{AnswerValue, Response};
use crate::questionnaire::{Question, QuestionKind};

/// How far apart two values are (Krippendorff's difference functions δ²).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    /// Values are names: equal or not (δ² = 0 or 1).
    Nominal,
    /// Values are ranks; the distance between c and k grows with how many
    /// values were given from c to k:
    /// δ² = (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
    Ordinal,
    /// Values are numbers on an even scale: δ² = (c − k)².
    Interval,
}

impl Metric {
    /// The metric for a question type: ordinal for `scale`, nominal for
    /// `single` and `yesno`, interval for `number`; none for `text`, `multi`
    /// and `date`, whose answers are not one value on a scale.
    pub fn for_kind(kind: QuestionKind) -> Option<Metric> {
        match kind {
            QuestionKind::Scale => Some(Metric::Ordinal),
            QuestionKind::Single | QuestionKind::YesNo => Some(Metric::Nominal),
            QuestionKind::Number => Some(Metric::Interval),
            QuestionKind::Multi | QuestionKind::Text | QuestionKind::Date | QuestionKind::Rank => {
                None
            }
        }
    }

    /// The name used in exports.
    pub fn name(self) -> &'static str {
        match self {
            Metric::Nominal => "nominal",
            Metric::Ordinal => "ordinal",
            Metric::Interval => "interval",
        }
    }

    /// How far apart two answers may be and still count as agreeing in
    /// [`share_within`]: one level on ordered values, none on names (a
    /// neighbouring option of a `single` question is simply another answer).
    pub fn tolerance(self) -> f64 {
        match self {
            Metric::Nominal => 0.0,
            Metric::Ordinal | Metric::Interval => 1.0,
        }
    }
}

/// Krippendorff's alpha for one reliability data matrix.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Alpha {
    /// `None` when alpha is undefined: fewer than two pairable values, or no
    /// variation at all among them (every pairable value the same, so the
    /// expected disagreement D_e is 0 and alpha is 0/0). Such data cannot
    /// show whether respondents tell situations apart; reporting 1 would
    /// claim a reliability the data do not show, so the figure is left out.
    pub alpha: Option<f64>,
    /// n.., the number of pairable values: the values in units with at least
    /// two values.
    pub pairable: usize,
    /// The units with at least two values, the only ones alpha uses.
    pub units: usize,
}

/// Krippendorff's alpha over `units`, each the values the coders gave that
/// unit (`None` for a coder who gave none). Units may have different numbers
/// of coders. Values that are not finite count as missing.
pub fn alpha(units: &[Vec<Option<f64>>], metric: Metric) -> Alpha {
    let pairable_units: Vec<Vec<f64>> = units
        .iter()
        .map(|u| present(u))
        .filter(|u| u.len() >= 2)
        .collect();
    let pairable = pairable_units.iter().map(Vec::len).sum();
    let values = distinct(&pairable_units);
    let o = coincidences(&pairable_units, &values);
    let n_c: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = n_c.iter().sum();
    let delta = |c: usize, k: usize| difference(metric, &values, &n_c, c, k);
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..values.len() {
        for k in 0..values.len() {
            let d = delta(c, k);
            observed += o[c][k] * d;
            expected += n_c[c] * n_c[k] * d;
        }
    }
    let alpha = (pairable >= 2 && expected > 0.0).then(|| 1.0 - (n - 1.0) * observed / expected);
    Alpha {
        alpha,
        pairable,
        units: pairable_units.len(),
    }
}

/// The share of respondent pairs within a unit whose values differ by at
/// most `tolerance` (see [`Metric::tolerance`]), over all units; `None` when
/// no unit has two values. Each unit with m values gives m(m − 1)/2 pairs.
pub fn share_within(units: &[Vec<Option<f64>>], tolerance: f64) -> Option<f64> {
    let mut pairs = 0usize;
    let mut close = 0usize;
    for unit in units {
        let values = present(unit);
        for (i, a) in values.iter().enumerate() {
            for b in &values[i + 1..] {
                pairs += 1;
                if (a - b).abs() <= tolerance + 1e-9 {
                    close += 1;
                }
            }
        }
    }
    (pairs > 0).then(|| close as f64 / pairs as f64)
}

/// When a question's agreement is worth a person's look.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// Alpha below this flags the question: 0.667 is the lowest value
    /// Krippendorff accepts even for tentative conclusions.
    pub min_alpha: f64,
    /// Pairable values needed before alpha counts.
    pub min_pairable: usize,
    /// Municipalities (with two or more values) needed before alpha counts.
    pub min_units: usize,
}

impl Default for Rule {
    /// At least 6 pairable values from at least 3 municipalities. With two
    /// municipalities, the expected disagreement rests on a single contrast
    /// between them and one odd pair decides the figure; three municipalities
    /// with two respondents each (6 values) is the smallest design in which
    /// the other sites can outweigh one. That is far from the sample sizes
    /// Krippendorff asks for before a firm conclusion, and on purpose: a pilot
    /// has few sites, and the flag asks someone to read the question again,
    /// it does not reject it. Raise the minimum when the survey has more
    /// sites with several respondents.
    fn default() -> Rule {
        Rule {
            min_alpha: 0.667,
            min_pairable: 6,
            min_units: 3,
        }
    }
}

/// The answers to one question from municipalities with several respondents.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionValues {
    pub question: String,
    pub kind: QuestionKind,
    /// Per municipality, one value per respondent (`None` for "Vet ikke",
    /// "Ikke relevant", skipped or not asked); see [`value`].
    pub municipalities: Vec<Vec<Option<f64>>>,
}

/// How well the respondents of the same municipality agree on one question.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionAgreement {
    pub question: String,
    pub metric: Metric,
    /// Alpha, with n.. and the municipalities used.
    pub alpha: Alpha,
    /// The share of respondent pairs within [`Metric::tolerance`] of each
    /// other (one level on a scale, the same option or yes/no otherwise).
    pub within_one: Option<f64>,
    /// Whether there are enough values for alpha to count (see [`Rule`]).
    pub enough_data: bool,
    /// Alpha is below [`Rule::min_alpha`] with enough data.
    pub low: bool,
}

/// Agreement per question, in the order given, over the municipalities with
/// two or more respondents. Questions whose type has no [`Metric`] (`text`,
/// `multi`, `date`) are left out.
pub fn by_question(questions: &[QuestionValues], rule: &Rule) -> Vec<QuestionAgreement> {
    questions
        .iter()
        .filter_map(|q| {
            let metric = Metric::for_kind(q.kind)?;
            let units: Vec<Vec<Option<f64>>> = q
                .municipalities
                .iter()
                .filter(|m| m.len() >= 2)
                .cloned()
                .collect();
            let a = alpha(&units, metric);
            let enough_data = a.pairable >= rule.min_pairable && a.units >= rule.min_units;
            Some(QuestionAgreement {
                question: q.question.clone(),
                metric,
                alpha: a,
                within_one: share_within(&units, metric.tolerance()),
                enough_data,
                low: enough_data && a.alpha.is_some_and(|x| x < rule.min_alpha),
            })
        })
        .collect()
}

/// A response as a value for [`alpha`]: the level of a `scale`, the number
/// of a `number`, 1 or 0 for `yesno`, the option's position for `single`;
/// `None` when the question was not answered or its type has no metric.
pub fn value(question: &Question, response: &Response) -> Option<f64> {
    match (question.kind, response.value()?) {
        (QuestionKind::Scale | QuestionKind::Number, AnswerValue::Number(n)) => Some(*n),
        (QuestionKind::YesNo, AnswerValue::Bool(b)) => Some(f64::from(u8::from(*b))),
        (QuestionKind::Single, AnswerValue::Text(id)) => question
            .options
            .iter()
            .position(|o| o.id == *id)
            .map(|i| i as f64),
        _ => None,
    }
}

fn present(unit: &[Option<f64>]) -> Vec<f64> {
    unit.iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .collect()
}

/// The values that occur, in ascending order.
fn distinct(units: &[Vec<f64>]) -> Vec<f64> {
    let mut values: Vec<f64> = units.iter().flatten().copied().collect();
    values.sort_by(f64::total_cmp);
    values.dedup();
    values
}

/// The coincidence matrix o_ck: every ordered pair of values from different
/// coders in a unit with m_u values adds 1/(m_u − 1).
fn coincidences(units: &[Vec<f64>], values: &[f64]) -> Vec<Vec<f64>> {
    let index = |v: f64| values.partition_point(|x| *x < v);
    let mut o = vec![vec![0.0; values.len()]; values.len()];
    for unit in units {
        let weight = 1.0 / (unit.len() - 1) as f64;
        for (i, &a) in unit.iter().enumerate() {
            for (j, &b) in unit.iter().enumerate() {
                if i != j {
                    o[index(a)][index(b)] += weight;
                }
            }
        }
    }
    o
}

/// δ²_ck between the c-th and k-th distinct values.
fn difference(metric: Metric, values: &[f64], n_c: &[f64], c: usize, k: usize) -> f64 {
    match metric {
        Metric::Nominal => f64::from(u8::from(c != k)),
        Metric::Interval => (values[c] - values[k]).powi(2),
        Metric::Ordinal => {
            let (lo, hi) = (c.min(k), c.max(k));
            let between: f64 = n_c[lo..=hi].iter().sum();
            (between - (n_c[lo] + n_c[hi]) / 2.0).powi(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const M: Option<f64> = None;

    /// Turns a coders × units table, one line per coder as printed in the
    /// paper (`.` for a missing value), into units.
    fn table(coders: &[&str]) -> Vec<Vec<Option<f64>>> {
        let rows: Vec<Vec<Option<f64>>> = coders
            .iter()
            .map(|line| line.split_whitespace().map(|v| v.parse().ok()).collect())
            .collect();
        (0..rows[0].len())
            .map(|u| rows.iter().map(|r| r[u]).collect())
            .collect()
    }

    fn row(values: &[f64]) -> Vec<Option<f64>> {
        values.iter().map(|v| Some(*v)).collect()
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 0.0005)
    }

    #[test]
    fn paper_four_observers_with_missing_values() {
        // Section C: 4 observers, 12 units, missing values; unit 12 has one
        // value only and is not pairable.
        let units = table(&[
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 .",
        ]);
        let nominal = alpha(&units, Metric::Nominal);
        assert!(close(nominal.alpha, 0.743), "{nominal:?}");
        assert_eq!((nominal.pairable, nominal.units), (40, 11));
        assert!(close(alpha(&units, Metric::Ordinal).alpha, 0.815));
        assert!(close(alpha(&units, Metric::Interval).alpha, 0.849));
    }

    #[test]
    fn paper_binary_two_observers() {
        // Section A: 2 observers, 10 units, no missing values.
        let units = table(&["0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0"]);
        let a = alpha(&units, Metric::Nominal);
        assert!(close(a.alpha, 0.095), "{a:?}");
        assert_eq!((a.pairable, a.units), (20, 10));
    }

    #[test]
    fn paper_nominal_two_observers() {
        // Section B: values a–e coded 1–5, 2 observers, 12 units.
        let units = table(&["1 1 2 2 4 3 3 3 5 4 4 1", "2 1 2 2 2 3 3 3 5 4 4 4"]);
        assert!(close(alpha(&units, Metric::Nominal).alpha, 0.692));
    }

    #[test]
    fn wikipedia_three_coders_with_missing_values() {
        // The example in the Wikipedia article; the figures (0.691, 0.811)
        // agree with the `krippendorff` Python package.
        let units = table(&[
            ". . . . . 3 4 1 2 1 1 3 3 . 3",
            "1 . 2 1 3 3 4 3 . . . . . . .",
            ". . 2 1 3 4 4 . 2 1 1 3 3 . 4",
        ]);
        assert!(close(alpha(&units, Metric::Nominal).alpha, 0.691));
        assert!(close(alpha(&units, Metric::Interval).alpha, 0.811));
    }

    #[test]
    fn a_random_matrix_matches_the_python_package() {
        // `krippendorff.alpha` 0.9.0 gives 0.200, 0.828 and 0.815.
        let units = table(&["0 3 5 . 2 2 4", "1 3 4 1 . 0 4", ". 2 5 1 3 . 5"]);
        assert!(close(alpha(&units, Metric::Nominal).alpha, 0.200));
        assert!(close(alpha(&units, Metric::Ordinal).alpha, 0.828));
        assert!(close(alpha(&units, Metric::Interval).alpha, 0.815));
    }

    #[test]
    fn units_with_one_value_are_not_pairable() {
        let units = vec![vec![Some(1.), M], vec![M, Some(3.)], vec![M, M]];
        let a = alpha(&units, Metric::Nominal);
        let none = Alpha {
            alpha: None,
            pairable: 0,
            units: 0,
        };
        assert_eq!(a, none);
        assert_eq!(share_within(&units, 1.0), None);
        assert_eq!(alpha(&[], Metric::Ordinal), none);
    }

    #[test]
    fn missing_values_leave_the_rest_of_the_unit_in_use() {
        let units = table(&["1 2", "1 3", ". 3"]);
        let a = alpha(&units, Metric::Nominal);
        assert_eq!((a.pairable, a.units), (5, 2));
        // o_11 = 2, o_23 = o_32 = o_33 = 1, so n_1 = 2, n_2 = 1, n_3 = 2:
        // alpha = 1 − (5 − 1)·2 / (25 − 9) = 0.5, as the Python package says.
        assert!(close(a.alpha, 0.5), "{a:?}");
    }

    #[test]
    fn all_equal_values_leave_alpha_undefined() {
        let units = vec![row(&[3., 3.]), row(&[3., 3., 3.])];
        for metric in [Metric::Nominal, Metric::Ordinal, Metric::Interval] {
            let a = alpha(&units, metric);
            assert_eq!((a.alpha, a.pairable, a.units), (None, 5, 2));
        }
        assert_eq!(share_within(&units, 0.0), Some(1.0));
    }

    #[test]
    fn perfect_agreement_with_variation_is_one() {
        let units = vec![row(&[1., 1.]), row(&[4., 4., 4.]), row(&[2., 2.])];
        for metric in [Metric::Nominal, Metric::Ordinal, Metric::Interval] {
            assert_eq!(alpha(&units, metric).alpha, Some(1.0));
        }
    }

    #[test]
    fn systematic_disagreement_is_below_zero() {
        let units = vec![row(&[0., 5.]), row(&[5., 0.]), row(&[1., 4.])];
        let a = alpha(&units, Metric::Interval).alpha;
        assert!(a.is_some_and(|a| a < 0.0), "{a:?}");
    }

    #[test]
    fn values_that_are_not_finite_are_missing() {
        let units = vec![
            vec![Some(1.), Some(f64::NAN)],
            vec![Some(2.), Some(f64::INFINITY)],
        ];
        assert_eq!(alpha(&units, Metric::Interval).pairable, 0);
    }

    #[test]
    fn share_within_counts_pairs_in_each_unit() {
        // Pairs: (1,2) within one; (0,3) not; (2,2) equal; (2,5) twice not.
        let units = vec![
            row(&[1., 2.]),
            row(&[0., 3.]),
            vec![Some(2.), Some(2.), M, Some(5.)],
        ];
        assert_eq!(share_within(&units, 1.0), Some(2.0 / 5.0));
        assert_eq!(share_within(&units, 0.0), Some(1.0 / 5.0));
    }

    #[test]
    fn metric_follows_the_question_type() {
        use QuestionKind as K;
        assert_eq!(Metric::for_kind(K::Scale), Some(Metric::Ordinal));
        assert_eq!(Metric::for_kind(K::YesNo), Some(Metric::Nominal));
        assert_eq!(Metric::for_kind(K::Single), Some(Metric::Nominal));
        assert_eq!(Metric::for_kind(K::Number), Some(Metric::Interval));
        for kind in [K::Text, K::Multi, K::Date] {
            assert_eq!(Metric::for_kind(kind), None);
        }
    }

    fn values(question: &str, kind: QuestionKind, sites: &[&[Option<f64>]]) -> QuestionValues {
        QuestionValues {
            question: question.to_string(),
            kind,
            municipalities: sites.iter().map(|s| s.to_vec()).collect(),
        }
    }

    #[test]
    fn by_question_flags_low_alpha_only_with_enough_data() {
        let s = Some;
        let questions = [
            // Respondents agree within one level: high alpha.
            values(
                "agree",
                QuestionKind::Scale,
                &[&[s(1.), s(1.)], &[s(4.), s(5.)], &[s(3.), s(3.)]],
            ),
            // Systematic disagreement in every site.
            values(
                "split",
                QuestionKind::Scale,
                &[&[s(5.), s(0.)], &[s(4.), s(1.)], &[s(4.), s(0.)]],
            ),
            // Disagreement, but only two municipalities.
            values(
                "few",
                QuestionKind::YesNo,
                &[&[s(1.), s(0.)], &[s(0.), s(1.)], &[s(1.)]],
            ),
            values("words", QuestionKind::Text, &[&[s(1.), s(2.)]]),
        ];
        let found = by_question(&questions, &Rule::default());
        let names: Vec<&str> = found.iter().map(|q| q.question.as_str()).collect();
        assert_eq!(names, ["agree", "split", "few"]);
        let (agree, split, few) = (&found[0], &found[1], &found[2]);
        assert_eq!(agree.metric, Metric::Ordinal);
        assert!(agree.alpha.alpha.is_some_and(|a| a > 0.8), "{agree:?}");
        assert_eq!(
            (agree.enough_data, agree.low, agree.within_one),
            (true, false, Some(1.0))
        );
        assert!(split.alpha.alpha.is_some_and(|a| a < 0.0), "{split:?}");
        assert_eq!(
            (split.enough_data, split.low, split.within_one),
            (true, true, Some(0.0))
        );
        assert_eq!((few.alpha.units, few.alpha.pairable), (2, 4));
        assert_eq!((few.enough_data, few.low), (false, false));
    }

    #[test]
    fn by_question_leaves_out_municipalities_with_one_respondent() {
        let s = Some;
        let q = values(
            "q",
            QuestionKind::Number,
            &[&[s(2.)], &[s(3.), s(3.)], &[M, s(1.)]],
        );
        let found = by_question(&[q], &Rule::default());
        assert_eq!((found[0].alpha.units, found[0].alpha.pairable), (1, 2));
        assert_eq!(found[0].alpha.alpha, None);
        assert_eq!(found[0].within_one, Some(1.0));
    }

    #[test]
    fn value_turns_answers_into_numbers() {
        use crate::questionnaire::answer::State;
        let Ok(q) = crate::questionnaire::builtin::resolve("it-struktur") else {
            panic!("the built-in questionnaire it-struktur loads");
        };
        let of = |kind: QuestionKind| q.questions().map(|(_, x)| x).find(|x| x.kind == kind);
        let (Some(yesno), Some(single), Some(number), Some(text)) = (
            of(QuestionKind::YesNo),
            of(QuestionKind::Single),
            of(QuestionKind::Number),
            of(QuestionKind::Text),
        ) else {
            panic!("it-struktur has yesno, single, number and text questions");
        };
        let answered = Response::answered;
        assert_eq!(value(yesno, &answered(AnswerValue::Bool(true))), Some(1.0));
        assert_eq!(value(yesno, &answered(AnswerValue::Bool(false))), Some(0.0));
        let second = AnswerValue::Text(single.options[1].id.clone());
        assert_eq!(value(single, &answered(second)), Some(1.0));
        let stranger = AnswerValue::Text("no-such-option".into());
        assert_eq!(value(single, &answered(stranger)), None);
        assert_eq!(
            value(number, &answered(AnswerValue::Number(12.5))),
            Some(12.5)
        );
        assert_eq!(
            value(number, &Response::without_value(State::Unknown)),
            None
        );
        assert_eq!(value(text, &answered(AnswerValue::Text("x".into()))), None);
    }
}
