//! Checks on the built-in content: the questionnaires and the service
//! catalogue must cover NSM's principles, speak both languages, describe
//! levels distinctly, and have `show_if` conditions that really vary.

use std::collections::{BTreeMap, BTreeSet};

use kartlegg::catalogue;
use kartlegg::i18n::Text;
use kartlegg::nsm::{self, PrincipleId};
use kartlegg::questionnaire::answer::{AnswerValue, Response, Responses, State};
use kartlegg::questionnaire::{Question, QuestionKind, Questionnaire, builtin};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

fn questionnaire(id: &str) -> Questionnaire {
    builtin::all()
        .unwrap()
        .into_iter()
        .find(|q| q.id == id)
        .unwrap()
}

#[test]
fn modenhet_covers_every_principle_with_two_to_six_scale_questions() {
    let q = questionnaire("modenhet");
    let mut per_principle: BTreeMap<PrincipleId, usize> = BTreeMap::new();
    for (_, question) in q.questions() {
        let principle = question
            .principle
            .unwrap_or_else(|| panic!("{} has no principle", question.id));
        if question.kind != QuestionKind::Scale {
            // A scored single choice ("who responds at night") or an
            // unscored fact ("DMARC policy"); neither describes levels.
            assert_eq!(question.kind, QuestionKind::Single, "{}", question.id);
            continue;
        }
        *per_principle.entry(principle).or_default() += 1;
        assert_eq!(
            q.levels_of(question).len(),
            6,
            "{} must describe levels 0–5",
            question.id
        );
        assert_eq!(
            question.levels.len(),
            6,
            "{} must describe every level itself",
            question.id
        );
    }
    for p in nsm::principles() {
        let n = per_principle.get(&p.id).copied().unwrap_or(0);
        assert!((2..=6).contains(&n), "principle {} has {n} questions", p.id);
    }
    let total: usize = per_principle.values().sum();
    assert!((50..=75).contains(&total), "{total} questions");
}

#[test]
fn catalogue_is_valid_and_names_only_real_principles() {
    let c = catalogue::builtin().unwrap();
    assert!(
        (16..=24).contains(&c.services.len()),
        "{} services",
        c.services.len()
    );
    let departments: BTreeSet<&str> = c.services.iter().map(|s| s.department.as_str()).collect();
    assert_eq!(departments.len(), 2);
    let known: BTreeSet<PrincipleId> = nsm::principles().map(|p| p.id).collect();
    let behov = questionnaire("behov");
    for s in &c.services {
        for p in s.principles.iter().chain(&s.signals.maturity) {
            assert!(known.contains(p), "{} names {p}", s.id);
        }
        for id in s.need_question_ids() {
            assert!(behov.question(&id).is_some(), "behov lacks {id}");
        }
    }
}

fn texts_of(q: &Questionnaire) -> Vec<(String, &Text)> {
    let mut out = vec![("title".to_string(), &q.title)];
    for (section, question) in q.questions() {
        out.push((format!("{}.title", section.id), &section.title));
        out.push((question.id.clone(), &question.text));
        out.extend(
            question
                .help
                .iter()
                .map(|t| (format!("{}.help", question.id), t)),
        );
        out.extend(
            question
                .unit
                .iter()
                .map(|t| (format!("{}.unit", question.id), t)),
        );
        out.extend(
            question
                .options
                .iter()
                .map(|o| (format!("{}.{}", question.id, o.id), &o.text)),
        );
        out.extend(
            question
                .levels
                .iter()
                .map(|(l, t)| (format!("{}.level{l}", question.id), t)),
        );
    }
    out
}

#[test]
fn every_text_has_bokmal_and_english() {
    for q in builtin::all().unwrap() {
        for (place, text) in texts_of(&q) {
            assert!(
                !text.nb.trim().is_empty() && !text.en.trim().is_empty(),
                "{}: {place}",
                q.id
            );
        }
    }
}

/// How many words must change to turn one text into the other.
fn word_distance(a: &str, b: &str) -> usize {
    let a: Vec<&str> = a.split_whitespace().collect();
    let b: Vec<&str> = b.split_whitespace().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, wa) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, wb) in b.iter().enumerate() {
            let cost = usize::from(wa != wb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[test]
fn no_level_description_is_another_with_one_word_changed() {
    assert_eq!(word_distance("a b c", "a x c"), 1);
    for q in builtin::all().unwrap() {
        let levels: Vec<(String, &Text)> = q
            .questions()
            .flat_map(|(_, question)| {
                question
                    .levels
                    .iter()
                    .map(move |(l, t)| (format!("{}[{l}]", question.id), t))
            })
            .collect();
        for (i, (a_id, a)) in levels.iter().enumerate() {
            for (b_id, b) in &levels[i + 1..] {
                for (x, y) in [(&a.nb, &b.nb), (&a.en, &b.en)] {
                    assert!(
                        word_distance(x, y) > 1,
                        "{a_id} and {b_id} differ by at most one word:\n{x}\n{y}"
                    );
                }
            }
        }
    }
}

/// A random response to a question, of the kinds a respondent can give.
fn response(question: &Question, pick: &[u32; 4]) -> Option<Response> {
    let value = match question.kind {
        QuestionKind::Scale => AnswerValue::Number(f64::from(pick[1] % 6)),
        QuestionKind::Single => AnswerValue::Text(
            question.options[pick[1] as usize % question.options.len()]
                .id
                .clone(),
        ),
        QuestionKind::Multi => {
            let chosen: Vec<_> = question
                .options
                .iter()
                .enumerate()
                .filter(|(i, _)| pick[1] >> i & 1 == 1)
                .map(|(_, o)| o)
                .collect();
            // An exclusive option ("none of these") is only ever chosen alone.
            let alone = chosen
                .iter()
                .find(|o| o.exclusive)
                .filter(|_| chosen.len() > 1);
            let ids = match alone {
                Some(o) => vec![o.id.clone()],
                None => chosen.iter().map(|o| o.id.clone()).collect(),
            };
            AnswerValue::Choices(ids)
        }
        QuestionKind::Rank => {
            let n = question.options.len();
            let places = question.pick.unwrap_or(n).min(n);
            AnswerValue::Choices(
                (0..places)
                    .map(|i| question.options[(pick[1] as usize + i) % n].id.clone())
                    .collect(),
            )
        }
        QuestionKind::YesNo => AnswerValue::Bool(pick[1] & 1 == 0),
        QuestionKind::Number => {
            let (lo, hi) = (question.min.unwrap_or(0.0), question.max.unwrap_or(1000.0));
            AnswerValue::Number(lo + (hi - lo) * f64::from(pick[2] % 1001) / 1000.0)
        }
        QuestionKind::Text => AnswerValue::Text(format!("tekst {}", pick[2])),
        QuestionKind::Date => AnswerValue::Text(format!(
            "20{:02}-{:02}-15",
            10 + pick[2] % 16,
            1 + pick[3] % 12
        )),
    };
    match pick[0] % 10 {
        0 => None,
        1 => Some(Response::without_value(State::Unknown)),
        2 => Some(Response::without_value(State::Skipped)),
        _ => Some(Response::answered(value)),
    }
}

#[test]
fn every_show_if_is_true_for_some_answers_and_false_for_others() {
    let mut runner = TestRunner::deterministic();
    for q in builtin::all().unwrap() {
        let questions: Vec<&Question> = q.questions().map(|(_, question)| question).collect();
        let strategy = proptest::collection::vec(
            proptest::array::uniform4(proptest::num::u32::ANY),
            questions.len(),
        );
        let mut seen: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
        for _ in 0..2000 {
            let picks = strategy.new_tree(&mut runner).unwrap().current();
            let responses: Responses = questions
                .iter()
                .zip(&picks)
                .filter_map(|(question, pick)| {
                    response(question, pick).map(|r| (question.id.clone(), r))
                })
                .collect();
            for question in &questions {
                if let Some(condition) = &question.show_if {
                    let entry = seen.entry(&question.id).or_default();
                    if condition.expr.eval(&responses) {
                        entry.0 = true;
                    } else {
                        entry.1 = true;
                    }
                }
            }
        }
        for (id, (was_true, was_false)) in seen {
            assert!(was_true, "{}: show_if of {id} never holds", q.id);
            assert!(was_false, "{}: show_if of {id} always holds", q.id);
        }
    }
}
