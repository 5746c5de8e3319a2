//! The survey's state machine: `show_if` forwards and back, comments and
//! notes, the question counter, resuming.

use super::*;
use crate::questionnaire::answer::AnswerValue;

const SRC: &str = r#"
id: t
version: 1.0.0
title: {nb: T, en: T}
scales:
  - id: m
    levels:
      - {level: 0, label: {nb: a, en: a}}
      - {level: 1, label: {nb: b, en: b}}
sections:
  - id: s
    title: {nb: S, en: S}
    questions:
      - {id: har_soc, type: yesno, text: {nb: a, en: a}}
      - {id: soc_natt, type: scale, scale: m, show_if: har_soc, allow_unknown: true, text: {nb: b, en: b}}
      - {id: soc_navn, type: text, show_if: "soc_natt == 1", text: {nb: c, en: c}}
      - {id: ansatte, type: number, required: true, min: 0, max: 100, text: {nb: d, en: d}}
      - {id: kommentar, type: text, text: {nb: e, en: e}}
"#;

fn q() -> Questionnaire {
    crate::questionnaire::from_str(SRC).unwrap()
}

fn yes(b: bool) -> Response {
    Response::answered(AnswerValue::Bool(b))
}

fn num(n: f64) -> Response {
    Response::answered(AnswerValue::Number(n))
}

fn at(s: &Session) -> (usize, usize, bool) {
    let p = s.progress();
    (p.position, p.total, p.settled)
}

fn id<'a>(s: &'a Session) -> &'a str {
    s.current().map_or("(end)", |q| q.id.as_str())
}

#[test]
fn follows_show_if_forwards() {
    let q = q();
    let mut s = Session::new(&q);
    // The follow-ups wait on answers to come: counted, but not certain.
    assert_eq!((id(&s), at(&s)), ("har_soc", (1, 5, false)));
    s.record(yes(true)).unwrap();
    assert_eq!((id(&s), at(&s)), ("soc_natt", (2, 5, false)));
    s.record(num(1.0)).unwrap();
    assert_eq!((id(&s), at(&s)), ("soc_navn", (3, 5, true)));
    s.record(Response::answered(AnswerValue::Text("Vakt AS".into())))
        .unwrap();
    s.record(num(40.0)).unwrap();
    s.record(Response::without_value(State::Skipped)).unwrap();
    assert!(s.is_done() && s.is_complete());
    assert_eq!(s.answers().len(), 5);
}

#[test]
fn going_back_and_changing_an_answer_drops_hidden_follow_ups() {
    let q = q();
    let mut s = Session::new(&q);
    s.record(yes(true)).unwrap();
    s.record(num(1.0)).unwrap();
    s.record(Response::answered(AnswerValue::Text("Vakt AS".into())))
        .unwrap();
    assert_eq!(id(&s), "ansatte");
    assert!(s.back());
    assert_eq!(id(&s), "soc_navn");
    assert!(s.back() && s.back());
    assert_eq!(id(&s), "har_soc");
    assert!(!s.back());
    s.record(yes(false)).unwrap();
    // Both follow-ups are hidden now, and their answers are gone.
    assert_eq!(id(&s), "ansatte");
    assert!(s.entry("soc_natt").is_none() && s.entry("soc_navn").is_none());
    assert_eq!(at(&s), (2, 3, true));
    assert!(!s.answers().iter().any(|a| a.id.starts_with("soc_")));
}

#[test]
fn refuses_responses_the_question_does_not_allow() {
    let q = q();
    let mut s = Session::new(&q);
    s.record(yes(false)).unwrap();
    assert_eq!(id(&s), "ansatte");
    assert!(s.record(Response::without_value(State::Skipped)).is_err());
    assert!(s.record(Response::without_value(State::Unknown)).is_err());
    assert!(s.record(num(101.0)).is_err());
    assert!(s.record(yes(true)).is_err());
    assert_eq!(id(&s), "ansatte");
}

#[test]
fn comments_flags_and_time_stay_with_the_question() {
    let q = q();
    let mut s = Session::new(&q);
    s.add_seconds(2.5);
    s.set_comment(Some("usikker".into()));
    s.toggle_unclear();
    s.add_seconds(1.5);
    s.record(yes(true)).unwrap();
    s.add_seconds(4.0);
    s.record(Response::without_value(State::Unknown)).unwrap();
    let a = s.answers();
    assert_eq!(
        (a[0].comment.as_deref(), a[0].unclear, a[0].seconds),
        (Some("usikker"), true, 4.0)
    );
    assert_eq!((a[1].response.state, a[1].seconds), (State::Unknown, 4.0));
    let open: Vec<&str> = s.open_questions().iter().map(|q| q.id.as_str()).collect();
    // soc_navn is shown: its condition rests on the "Vet ikke" above.
    assert_eq!(
        open,
        ["har_soc", "soc_natt", "soc_navn", "ansatte", "kommentar"]
    );
}

#[test]
fn the_count_never_grows_as_answers_open_follow_ups() {
    let q = q();
    let mut s = Session::new(&q);
    let mut totals = vec![s.progress().total];
    for r in [yes(true), num(1.0)] {
        s.record(r).unwrap();
        totals.push(s.progress().total);
    }
    assert_eq!(totals, [5, 5, 5]);
}

#[test]
fn a_comment_or_flag_on_an_unanswered_question_is_a_note_until_answered() {
    let q = q();
    let mut s = Session::new(&q);
    s.set_comment(Some("spør økonomi".into()));
    s.toggle_unclear();
    let notes = s.notes();
    assert_eq!(notes.len(), 1);
    assert_eq!(
        (
            notes[0].id.as_str(),
            notes[0].comment.as_deref(),
            notes[0].unclear
        ),
        ("har_soc", Some("spør økonomi"), true)
    );
    assert!(s.answers().is_empty());
    let mut again = Session::resume(&q, &[]).unwrap();
    again.restore_notes(&notes);
    assert_eq!(again.notes(), notes);
    again.record(yes(false)).unwrap();
    assert!(again.notes().is_empty());
    assert_eq!(again.answers()[0].comment.as_deref(), Some("spør økonomi"));
}

#[test]
fn a_follow_up_on_vet_ikke_is_asked_and_one_on_a_skipped_question_is_not() {
    let q = q();
    let mut s = Session::new(&q);
    s.record(yes(true)).unwrap();
    s.record(Response::without_value(State::Unknown)).unwrap();
    assert_eq!((id(&s), at(&s)), ("soc_navn", (3, 5, true)));
    s.record(Response::answered(AnswerValue::Text("Vakt AS".into())))
        .unwrap();
    assert_eq!(id(&s), "ansatte");
    // Changing "Vet ikke" to a level that rules the follow-up out hides it.
    assert!(s.back() && s.back());
    s.record(num(0.0)).unwrap();
    assert_eq!(id(&s), "ansatte");
    assert!(s.entry("soc_navn").is_none());
    // A follow-up on a skipped question stays hidden, as before.
    assert!(s.goto("soc_natt"));
    s.record(Response::without_value(State::Skipped)).unwrap();
    assert_eq!(s.progress().total, 4);
    assert!(s.entry("soc_navn").is_none());
}

#[test]
fn a_question_revisited_from_the_review_returns_to_the_review() {
    let q = q();
    let mut s = Session::new(&q);
    s.record(yes(false)).unwrap();
    s.record(num(10.0)).unwrap();
    s.record(Response::without_value(State::Skipped)).unwrap();
    assert!(s.is_done());
    assert!(s.goto("kommentar"));
    s.record(Response::answered(AnswerValue::Text("ok".into())))
        .unwrap();
    assert!(s.is_done());
    // Changing an earlier answer may reveal a follow-up; the review lists it.
    assert!(s.goto("har_soc"));
    s.record(yes(true)).unwrap();
    assert!(s.is_done() && !s.is_complete());
    assert_eq!(
        s.open_questions()
            .iter()
            .map(|q| q.id.as_str())
            .collect::<Vec<_>>(),
        ["soc_natt"]
    );
}

#[test]
fn resumes_at_the_first_open_question_and_can_go_back() {
    let q = q();
    let mut s = Session::new(&q);
    s.record(yes(true)).unwrap();
    s.record(num(0.0)).unwrap();
    let saved = s.answers();
    let mut again = Session::resume(&q, &saved).unwrap();
    assert_eq!(id(&again), "ansatte");
    assert_eq!(again.answers(), saved);
    assert!(again.back());
    assert_eq!(id(&again), "soc_natt");
}

#[test]
fn resume_refuses_answers_that_do_not_fit() {
    let q = q();
    let bad = vec![
        Answer {
            id: "finnes_ikke".into(),
            response: yes(true),
            comment: None,
            evidence: None,
            unclear: false,
            seconds: 0.0,
        },
        Answer {
            id: "soc_natt".into(),
            response: num(7.0),
            comment: None,
            evidence: None,
            unclear: false,
            seconds: 0.0,
        },
    ];
    assert_eq!(Session::resume(&q, &bad).err().map(|p| p.len()), Some(2));
}
