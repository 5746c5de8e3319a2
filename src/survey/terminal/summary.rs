//! The scores and counts shown at the end of a survey, and printed again
//! after it is saved.

use crate::nsm;
use crate::questionnaire::answer::State;
use crate::questionnaire::scoring;
use crate::tr;
use crate::ui;

use super::super::session::Session;

/// Scores per NSM category and principle, with coverage, as a table fitted
/// to `width` columns when given; or the counts alone for a questionnaire
/// without scores.
pub fn summary_table(session: &Session, color: bool, width: Option<u16>) -> String {
    let scores = scoring::score(session.questionnaire, &session.responses());
    let answers = session.answers();
    let count = |state: State| answers.iter().filter(|a| a.response.state == state).count();
    let counts = tr!(
        "summary-answered-don-t-know-not-applicable",
        value = count(State::Answered),
        value2 = count(State::Unknown),
        value3 = count(State::NotApplicable),
        value4 = count(State::Skipped)
    );
    if scores.principles.is_empty() {
        return counts;
    }
    let mut table = ui::table(
        vec![
            "NSM".into(),
            tr!("summary-area"),
            tr!("summary-maturity-0-5"),
            tr!("coverage-coverage-2"),
            tr!("catalogue-don-t-know"),
        ],
        color,
    );
    if let Some(width) = width {
        table.set_width(width.saturating_sub(1));
    }
    let fmt_score = |s: Option<f64>| s.map_or("–".to_string(), |s| crate::i18n::decimal(s, 1));
    let fmt_cov = |c: Option<f64>| c.map_or("–".to_string(), |c| format!("{:.0} %", c * 100.0));
    for category in nsm::categories() {
        let Some(tally) = scores.categories.get(&category.id) else {
            continue;
        };
        table.add_row(vec![
            category.id.to_string(),
            category.title.get().to_uppercase(),
            fmt_score(tally.score()),
            fmt_cov(tally.coverage()),
            tally.unknown.to_string(),
        ]);
        for (id, tally) in scores
            .principles
            .iter()
            .filter(|(id, _)| id.category == category.id)
        {
            let title = nsm::principle(*id)
                .map(|p| p.title.get().to_string())
                .unwrap_or_default();
            table.add_row(vec![
                id.to_string(),
                format!("  {title}"),
                fmt_score(tally.score()),
                fmt_cov(tally.coverage()),
                tally.unknown.to_string(),
            ]);
        }
    }
    let overall = &scores.overall;
    table.add_row(vec![
        String::new(),
        tr!("summary-overall"),
        fmt_score(overall.score()),
        fmt_cov(overall.coverage()),
        overall.unknown.to_string(),
    ]);
    format!("{table}\n{counts}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::answer::{AnswerValue, Response};

    #[test]
    fn scores_have_a_decimal_comma_in_norwegian() {
        let q = crate::questionnaire::from_str(
            "id: t\nversion: 1.0.0\ntitle: {nb: T, en: T}\nscales:\n  - id: m\n    levels:\n      - {level: 0, label: {nb: a, en: a}}\n      - {level: 1, label: {nb: b, en: b}}\n      - {level: 2, label: {nb: c, en: c}}\nsections:\n  - id: s\n    title: {nb: S, en: S}\n    questions:\n      - {id: x, type: scale, scale: m, principle: \"3.2\", text: {nb: X, en: X}}\n",
        )
        .unwrap();
        let mut session = Session::new(&q);
        session
            .record(Response::answered(AnswerValue::Number(1.0)))
            .unwrap();
        let table = summary_table(&session, false, None);
        // Language is bokmål in tests.
        assert!(
            table.contains("┆ 1,0 ") && !table.contains("┆ 1.0 "),
            "{table}"
        );
    }
}
