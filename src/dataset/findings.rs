//! The tables of the analyses: the ranked service catalogue, each
//! municipality's need per service, the stability curve, and the method
//! quality of every question. Built like `tables` so that the CSV files and
//! the XLSX sheets hold the same cells.

use super::tables::{Column, MUNICIPALITY, QUESTIONNAIRE, col, make as table, words};
use super::{Cell, Chart, ChartKind, Table};
use crate::analysis::pilot::Evaluation;
use crate::analysis::ranking::Ranking;
use crate::analysis::sample::round;
use crate::catalogue::Catalogue;
use crate::i18n::Text;
use crate::tr;

const PERCENT: &str = "0%";
const ONE_DECIMAL: &str = "0.0";

const NEEDS_COLUMNS: [Column; 8] = [
    Column::new("findings-service", "findings-the-service-s-id-in-the"),
    Column::new("findings-need", "findings-need-score-0-100-weighted-mean"),
    Column::new(
        "findings-maturity-gap",
        "findings-5-maturity-5-on-the-service",
    ),
    Column::new(
        "findings-stated-need",
        "findings-the-need-the-municipality-states-in",
    ),
    Column::new("findings-ranked", "findings-the-service-s-place-among-the"),
    Column::new(
        "findings-signals",
        "findings-share-of-the-service-s-signals",
    ),
    Column::new(
        "findings-unknown",
        "findings-answers-the-need-rests-on-that",
    ),
    Column::new(
        "findings-answers",
        "findings-answers-the-need-rests-on-with",
    ),
];

const METHOD_COLUMNS: [Column; 18] = [
    Column::new("findings-question", "findings-the-question-s-id"),
    Column::new("findings-text", "findings-the-question-text"),
    Column::new(
        "findings-municipalities",
        "findings-result-files-that-reached-the-question",
    ),
    Column::new("findings-unknown-share", "findings-share-don-t-know"),
    Column::new(
        "findings-not-applicable-share",
        "findings-share-not-applicable",
    ),
    Column::new("findings-skipped-share", "findings-share-skipped"),
    Column::new(
        "findings-unclear-share",
        "findings-share-who-marked-the-question-unclear",
    ),
    Column::new("findings-comments", "findings-number-of-comments"),
    Column::new(
        "findings-median-seconds",
        "findings-median-answer-time-in-seconds",
    ),
    Column::new(
        "findings-p90-seconds",
        "findings-90th-percentile-of-the-answer-time",
    ),
    Column::new(
        "findings-most-common-share",
        "findings-share-of-those-who-answered-giving",
    ),
    Column::new(
        "findings-distinct-answers",
        "findings-number-of-distinct-answers",
    ),
    Column::new(
        "findings-contradictions",
        "findings-municipalities-whose-answer-contradicts-other-answers",
    ),
    Column::new(
        "findings-alpha",
        "findings-krippendorff-s-alpha-between-respondents-of",
    ),
    Column::new(
        "findings-alpha-values",
        "findings-pairable-values-from-municipalities-with-at",
    ),
    Column::new(
        "findings-within-one-level",
        "findings-share-of-respondent-pairs-in-the",
    ),
    Column::new("findings-revise", "findings-1-when-the-question-should-be"),
    Column::new(
        "findings-reasons",
        "findings-why-the-question-should-be-revised",
    ),
];

const DURATIONS_COLUMNS: [Column; 5] = [
    Column::new("findings-files", "findings-result-files-used"),
    Column::new("findings-complete", "findings-of-them-finished"),
    Column::new(
        "findings-median-minutes",
        "findings-median-total-time-of-finished-files",
    ),
    Column::new(
        "findings-p90-minutes",
        "findings-90th-percentile-of-the-total-time",
    ),
    Column::new(
        "findings-estimate-minutes",
        "findings-sum-of-the-questions-median-times",
    ),
];

const CATALOGUE_COLUMNS: [Column; 8] = [
    Column::new(
        "findings-rank",
        "findings-1-greatest-need-equal-means-share",
    ),
    Column::new("findings-service", "findings-the-service-s-id-in-the"),
    Column::new("compare-name", "findings-the-service-s-name"),
    Column::new(
        "findings-department",
        "findings-the-department-of-the-security-centre",
    ),
    Column::new("findings-need", "findings-mean-need-score-0-100-see"),
    Column::new(
        "findings-high-need-share",
        "findings-share-of-municipalities-with-high-need",
    ),
    Column::new(
        "findings-municipalities-with-data",
        "findings-municipalities-with-a-need-score-for",
    ),
    Column::new(
        "findings-unknown-share",
        "findings-share-of-don-t-know-among",
    ),
];

const CATALOGUE_STABILITY_COLUMNS: [Column; 4] = [
    Column::new(
        "findings-mean-rank",
        "findings-mean-rank-over-the-bootstrap-resamples",
    ),
    Column::new(
        "findings-rank-low",
        "findings-5th-percentile-of-the-rank-the",
    ),
    Column::new(
        "findings-rank-high",
        "findings-95th-percentile-of-the-rank-the",
    ),
    Column::new("findings-explanation", "findings-what-in-the-data-the-need"),
];

fn count(n: usize) -> Cell {
    Cell::Number(n as f64)
}

/// The ranked catalogue, one row per service.
pub fn catalogue(r: &Ranking, c: &Catalogue) -> Table {
    let top = r.top;
    let mut columns = words(&CATALOGUE_COLUMNS);
    columns.push(col(
        &tr!("findings-probability-top", top = top),
        &tr!("findings-share-of-bootstrap-resamples-in-which"),
    ));
    columns.extend(words(&CATALOGUE_STABILITY_COLUMNS));
    let rows = r
        .ranked
        .iter()
        .map(|x| {
            let s = &c.services[x.service];
            let department = c
                .departments
                .iter()
                .find(|d| d.id == s.department)
                .map_or(s.department.clone(), |d| d.name.get().to_string());
            vec![
                x.rank.map(|r| r as f64).into(),
                s.id.clone().into(),
                s.name.get().into(),
                department.into(),
                x.mean_need.into(),
                x.high_share.into(),
                count(x.with_data),
                x.unknown_share.into(),
                Cell::Number(x.stability.in_top),
                Cell::Number(x.stability.mean_rank),
                Cell::Number(x.stability.rank_low),
                Cell::Number(x.stability.rank_high),
                x.explanation.join(". ").into(),
            ]
        })
        .collect();
    let mut t = table(
        "tjenestekatalog",
        Text::message("findings-service-catalogue"),
        columns,
        rows,
    );
    t.formats = vec![(4, ONE_DECIMAL), (5, PERCENT), (7, PERCENT), (8, PERCENT)];
    let rows = t.rows.len() as u32;
    t.chart = Some(Chart {
        kind: ChartKind::Bar,
        title: tr!("findings-need-per-service-0-100"),
        labels: 2,
        series: vec![(t.headers[4].clone(), 4)],
        max: 100.0,
        percent: false,
        x_title: None,
        size: Some((720, 80 + 26 * rows)),
        beside: None,
        max_rows: 1000,
    });
    t
}

/// Each municipality's need per service, with its four components.
pub fn needs(r: &Ranking, c: &Catalogue) -> Table {
    let mut columns = words(&MUNICIPALITY);
    columns.extend(words(&NEEDS_COLUMNS));
    let mut rows = Vec::new();
    for (si, s) in c.services.iter().enumerate() {
        for (k, (id, name)) in r.sites.iter().enumerate() {
            let n = &r.needs[si][k];
            let frac = |x: Option<f64>| Cell::from(x.map(|v| crate::analysis::sample::round(v, 3)));
            rows.push(vec![
                id.clone().into(),
                name.clone().into(),
                s.id.clone().into(),
                n.score.into(),
                frac(n.maturity_gap),
                frac(n.stated),
                frac(n.ranked),
                frac(n.signals),
                count(n.unknown),
                count(n.given),
            ]);
        }
    }
    let mut t = table(
        "behovspoeng",
        Text::message("findings-need-scores"),
        columns,
        rows,
    );
    t.formats = vec![
        (3, ONE_DECIMAL),
        (4, PERCENT),
        (5, PERCENT),
        (6, PERCENT),
        (7, PERCENT),
    ];
    t
}

/// How well the top N is recovered from a given number of municipalities.
pub fn stability(r: &Ranking) -> Table {
    let top = r.top;
    let columns = vec![
        col(
            &tr!("findings-municipalities"),
            &tr!("findings-number-of-municipalities-mapped-drawn-with"),
        ),
        col(
            &tr!("findings-agreement"),
            &tr!("findings-mean-share-of-the-top-from", top = top),
        ),
        col(
            &tr!("findings-same-top"),
            &tr!("findings-share-of-resamples-whose-top-is", top = top),
        ),
        col(
            &tr!("findings-extrapolated"),
            &tr!("findings-1-when-the-number-is-larger"),
        ),
    ];
    let rows = r
        .curve
        .iter()
        .map(|p| {
            vec![
                count(p.mapped),
                Cell::Number(p.agreement),
                Cell::Number(p.same_top),
                Cell::Number(f64::from(u8::from(p.extrapolated))),
            ]
        })
        .collect();
    let mut t = table(
        "stabilitet",
        Text::message("findings-stability"),
        columns,
        rows,
    );
    t.formats = vec![(1, PERCENT), (2, PERCENT)];
    t.chart = Some(Chart {
        kind: ChartKind::Line,
        title: tr!("findings-how-stable-is-the-top-list"),
        labels: 0,
        series: vec![(t.headers[1].clone(), 1)],
        max: 1.0,
        percent: true,
        x_title: Some(t.headers[0].clone()),
        size: None,
        beside: Some(5),
        max_rows: 1000,
    });
    t
}

/// Method quality: one row per question and questionnaire version.
pub fn method(e: &Evaluation) -> Table {
    let mut columns = words(&QUESTIONNAIRE);
    columns.extend(words(&METHOD_COLUMNS));
    let rows = e
        .questions
        .iter()
        .map(|q| {
            let agreement = q.agreement.as_ref();
            let share = |n: usize| {
                Cell::from((q.reached > 0).then(|| round(n as f64 / q.reached as f64, 3)))
            };
            vec![
                q.questionnaire.clone().into(),
                q.version.clone().into(),
                q.question.clone().into(),
                q.text.clone().into(),
                count(q.reached),
                share(q.unknown),
                share(q.not_applicable),
                share(q.skipped),
                share(q.unclear),
                count(q.comments),
                q.median_seconds.into(),
                q.p90_seconds.into(),
                q.most_common.into(),
                count(q.distinct),
                count(q.contradictions.len()),
                agreement
                    .and_then(|a| a.alpha.alpha.map(|x| round(x, 3)))
                    .into(),
                agreement.map(|a| a.alpha.pairable as f64).into(),
                agreement
                    .and_then(|a| a.within_one.map(|x| round(x, 3)))
                    .into(),
                Cell::Number(f64::from(u8::from(!q.flags.is_empty()))),
                q.flags.join("; ").into(),
            ]
        })
        .collect();
    let mut t = table("metode", Text::message("findings-method"), columns, rows);
    t.formats = vec![
        (5, PERCENT),
        (6, PERCENT),
        (7, PERCENT),
        (8, PERCENT),
        (12, PERCENT),
        (17, PERCENT),
    ];
    t
}

/// Time per questionnaire version.
pub fn durations(e: &Evaluation) -> Table {
    let mut columns = words(&QUESTIONNAIRE);
    columns.extend(words(&DURATIONS_COLUMNS));
    let rows = e
        .durations
        .iter()
        .map(|d| {
            vec![
                d.questionnaire.clone().into(),
                d.version.clone().into(),
                count(d.files),
                count(d.complete),
                d.median_minutes.into(),
                d.p90_minutes.into(),
                d.estimated_minutes.into(),
            ]
        })
        .collect();
    let mut t = table("tidsbruk", Text::message("findings-time"), columns, rows);
    t.formats = vec![(4, ONE_DECIMAL), (5, ONE_DECIMAL), (6, ONE_DECIMAL)];
    t
}
