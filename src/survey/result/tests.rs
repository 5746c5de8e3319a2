//! Writing and reading result files: round trips, old files, refusals.

use super::*;

fn sample() -> SurveyResult {
    SurveyResult {
        questionnaire: QuestionnaireRef {
            id: "modenhet".into(),
            version: "1.0.0".into(),
            sha256: "ab".repeat(32),
        },
        subject: Subject {
            id: "ikt-nordfjord".into(),
            name: "IKT Nordfjord".into(),
            members: vec!["4602".into(), "4649".into()],
        },
        role: Some("IT-leder".into()),
        respondent: None,
        consensus: false,
        tool: "kartlegg 0.1.0".into(),
        started: "2026-11-28T08:00:00+01:00".into(),
        finished: None,
        language: Some("nn".into()),
        changed: Some("2026-11-28T08:10:00+01:00".into()),
        status: Status::Partial,
        answers: vec![
            Answer {
                id: "a".into(),
                response: Response::answered(AnswerValue::Number(3.0)),
                comment: Some(
                    "=cmd|' /C calc'!A0 \"quoted\"\nline two\t\u{202e}rtl\u{200b}\u{7}".into(),
                ),
                evidence: Some("Internkontrollhåndbok, kap. 4".into()),
                unclear: true,
                seconds: 12.5,
            },
            Answer {
                id: "b".into(),
                response: Response::without_value(State::Unknown),
                comment: None,
                evidence: None,
                unclear: false,
                seconds: 3.0,
            },
            Answer {
                id: "c".into(),
                response: Response::answered(AnswerValue::Choices(vec![
                    "edr".into(),
                    "soc".into(),
                ])),
                comment: None,
                evidence: None,
                unclear: false,
                seconds: 0.0,
            },
            Answer {
                id: "d".into(),
                response: Response::answered(AnswerValue::Text("true".into())),
                comment: None,
                evidence: None,
                unclear: false,
                seconds: 1.0,
            },
        ],
        unanswered: vec![Note {
            id: "e".into(),
            comment: Some("spør økonomi".into()),
            unclear: true,
            seconds: 7.0,
        }],
    }
}

#[test]
fn writes_and_reads_back_the_same_result() {
    let r = sample();
    let yaml = r.to_yaml();
    assert_eq!(from_str(&yaml).unwrap(), r, "{yaml}");
}

#[test]
fn consensus_is_written_only_when_true_and_read_back() {
    let mut r = sample();
    assert!(!r.to_yaml().contains("consensus"));
    r.consensus = true;
    let yaml = r.to_yaml();
    assert!(
        yaml.contains("respondent:\n  role: \"IT-leder\"\n  consensus: true\n"),
        "{yaml}"
    );
    assert_eq!(from_str(&yaml).unwrap(), r);
    r.role = None;
    let yaml = r.to_yaml();
    assert!(yaml.contains("respondent:\n  consensus: true\n"), "{yaml}");
    assert_eq!(from_str(&yaml).unwrap(), r);
}

#[test]
fn a_file_without_consensus_reads_as_not_agreed_jointly() {
    let old = sample().to_yaml();
    assert!(old.contains("respondent:\n  role:"));
    assert!(!from_str(&old).unwrap().consensus);
    let no_respondent = old.replace("respondent:\n  role: \"IT-leder\"\n", "");
    let read = from_str(&no_respondent).unwrap();
    assert_eq!((read.role, read.consensus), (None, false));
    let bad = old.replace(
        "  role: \"IT-leder\"\n",
        "  role: \"IT-leder\"\n  consensus: kanskje\n",
    );
    assert!(from_str(&bad).is_err());
}

#[test]
fn the_respondent_key_ignores_case_and_spacing() {
    let mut a = sample();
    let mut b = sample();
    a.role = Some("  IT-leder ".into());
    a.respondent = Some("Kari  Nordmann".into());
    b.role = Some("it-LEDER".into());
    b.respondent = Some("kari nordmann\t".into());
    b.consensus = true;
    assert_eq!(a.respondent_key(), b.respondent_key());
    assert_eq!(a.respondent_key().role, "it-leder");
    b.role = Some("Informasjonssikkerhetsleder".into());
    assert_ne!(a.respondent_key(), b.respondent_key());
    b.role = None;
    b.respondent = None;
    assert_eq!(
        b.respondent_key(),
        RespondentKey {
            role: String::new(),
            name: String::new()
        }
    );
}

#[test]
fn refuses_unknown_formats_and_inconsistent_answers() {
    let yaml = sample().to_yaml();
    let future = yaml.replace("kartlegg-svar/1", "kartlegg-svar/2");
    assert_eq!(from_str(&future).unwrap_err()[0].code, "unknown-format");
    let no_value = yaml.replacen("    value: 3\n", "", 1);
    assert_eq!(from_str(&no_value).unwrap_err()[0].code, "bad-value");
}

proptest::proptest! {
    #[test]
    fn any_comment_round_trips(comment in "\\PC*|[\\x00-\\x1f\\u{80}-\\u{9f}\\u{2028}\\u{feff}\"\\\\ ]{0,20}") {
        let mut r = sample();
        r.answers[0].comment = Some(comment);
        proptest::prop_assert_eq!(from_str(&r.to_yaml()).unwrap(), r);
    }
}
