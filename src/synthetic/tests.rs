//! The fictional pilot keeps its planted problems and nothing else.

use std::collections::BTreeMap;

use super::*;
use crate::analysis::agreement::{self, QuestionValues, Rule};
use crate::survey::result;

/// The agreement of the `modenhet` respondents in the planted set, from
/// the newest file of each respondent at each site.
fn modenhet_agreement() -> Vec<agreement::QuestionAgreement> {
    let Ok(questionnaires) = crate::questionnaire::builtin::all() else {
        panic!("the built-in questionnaires load");
    };
    let Some(q) = questionnaires.iter().find(|q| q.id == "modenhet") else {
        panic!("modenhet is built in");
    };
    let mut newest: BTreeMap<(String, result::RespondentKey), SurveyResult> = BTreeMap::new();
    for file in pilot_set(&questionnaires, true) {
        if !file.name.contains("/kartlegg-svar-") {
            continue;
        }
        let Ok(r) = result::from_str(&file.text) else {
            panic!("{} reads back", file.name);
        };
        if r.questionnaire.id != "modenhet" {
            continue;
        }
        let key = (r.subject.id.clone(), r.respondent_key());
        if newest.get(&key).is_none_or(|old| old.finished < r.finished) {
            newest.insert(key, r);
        }
    }
    let mut sites: BTreeMap<&str, Vec<&SurveyResult>> = BTreeMap::new();
    for ((site, _), r) in &newest {
        sites.entry(site).or_default().push(r);
    }
    let values: Vec<QuestionValues> = q
        .questions()
        .map(|(_, question)| QuestionValues {
            question: question.id.clone(),
            kind: question.kind,
            municipalities: sites
                .values()
                .map(|rs| {
                    rs.iter()
                        .map(|r| {
                            let a = r.answers.iter().find(|a| a.id == question.id)?;
                            agreement::value(question, &a.response)
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    agreement::by_question(&values, &Rule::default())
}

#[test]
fn only_the_planted_question_has_low_agreement_between_respondents() {
    let found = modenhet_agreement();
    let low: Vec<&str> = found
        .iter()
        .filter(|q| q.low)
        .map(|q| q.question.as_str())
        .collect();
    assert_eq!(low, [DISAGREED]);
    let planted = found.iter().find(|q| q.question == DISAGREED);
    let lowest_other = found
        .iter()
        .filter(|q| q.question != DISAGREED && q.enough_data)
        .filter_map(|q| q.alpha.alpha.map(|a| (a, q.question.as_str())))
        .min_by(|a, b| a.0.total_cmp(&b.0));
    println!("planted: {planted:?}\nlowest other: {lowest_other:?}");
    let Some(planted) = planted else {
        panic!("{DISAGREED} is measured");
    };
    assert_eq!((planted.alpha.units, planted.alpha.pairable), (3, 6));
    assert_eq!(planted.within_one, Some(0.0));
    assert!(lowest_other.is_some_and(|(a, _)| a >= 0.667));
    let measured = found.iter().filter(|q| q.enough_data).count();
    assert_eq!(
        measured,
        found.len(),
        "every question has values at all three sites"
    );
}
