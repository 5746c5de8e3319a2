//! Property tests across the readers: arbitrary text never panics any of
//! them, and result files keep every string they are given, however
//! hostile (Unicode direction marks, zero-width and control characters,
//! emoji, formulas, YAML syntax, very long text).

mod common;

use common::repo;
use kartlegg::inventory::Inventory;
use kartlegg::questionnaire::answer::{AnswerValue, Response};
use kartlegg::subject::Subject;
use kartlegg::survey::result::{self, Answer, QuestionnaireRef, Status, SurveyResult};
use proptest::prelude::*;

/// Strings in the spirit of the big list of naughty strings.
fn naughty() -> impl Strategy<Value = String> {
    let fixed: Vec<String> = vec![
        "=cmd|' /C calc'!A0".into(),
        "+1-2".into(),
        "@SUM(A1)".into(),
        "-".into(),
        "- item".into(),
        "key: value".into(),
        "# not a comment".into(),
        "&anchor *alias !!tag".into(),
        "null".into(),
        "~".into(),
        "true".into(),
        "0x1F".into(),
        "1e400".into(),
        ".nan".into(),
        "'; DROP TABLE svar; --".into(),
        "<script>alert(1)</script>".into(),
        "\u{202e}gnirts desrever\u{202c}".into(),
        "zero\u{200b}width\u{feff}".into(),
        "👩‍💻🏳️‍🌈 Ås, Bø, Høyanger".into(),
        "line\nbreak\r\nand\ttab".into(),
        "\u{0}\u{7}\u{1b}[31m\u{85}\u{2028}".into(),
        "\"quoted\" and \\backslash\\".into(),
        "  leading and trailing  ".into(),
        "x".repeat(10_000),
    ];
    prop_oneof![
        proptest::sample::select(fixed),
        "\\PC{0,40}",
        "[\\x00-\\x1f\\x7f-\\u{a0}\\u{2028}\\u{feff}\"\\\\:#&*!|>'{}\\[\\], -]{0,30}",
    ]
}

fn survey(role: String, comment: String, text: String) -> SurveyResult {
    SurveyResult {
        questionnaire: QuestionnaireRef {
            id: "hurtigsjekk".into(),
            version: "1.0.0".into(),
            sha256: "0".repeat(64),
        },
        subject: Subject {
            id: "4627".into(),
            name: "Askøy".into(),
            members: Vec::new(),
        },
        role: Some(role),
        respondent: None,
        consensus: false,
        tool: "kartlegg test".into(),
        started: "2026-11-28T08:00:00Z".into(),
        finished: Some("2026-11-28T08:30:00Z".into()),
        language: None,
        changed: None,
        status: Status::Complete,
        answers: vec![
            Answer {
                id: "fritekst".into(),
                response: Response::answered(AnswerValue::Text(text)),
                comment: Some(comment),
                evidence: None,
                unclear: true,
                seconds: 4.5,
            },
            Answer {
                id: "tall".into(),
                response: Response::answered(AnswerValue::Number(1200.0)),
                comment: None,
                evidence: None,
                unclear: false,
                seconds: 2.0,
            },
        ],
        unanswered: Vec::new(),
    }
}

fn inventory() -> Inventory {
    let path =
        repo("examples/pilot/innkommet/breidal/kartlegg-inventar-9902-36284737-2026-10-06.yaml");
    Inventory::read(&std::fs::read_to_string(path).unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn survey_results_keep_any_text(role in naughty(), comment in naughty(), text in naughty()) {
        let r = survey(role, comment, text);
        let yaml = r.to_yaml();
        prop_assert_eq!(result::from_str(&yaml).unwrap(), r);
    }

    #[test]
    fn inventories_keep_any_text(name in naughty(), version in naughty(), os in naughty()) {
        let mut inv = inventory();
        if let Some(software) = inv.software.as_mut() {
            software[0].name = name;
            software[0].version = Some(version);
        }
        inv.host.os.name = os;
        for text in [inv.to_yaml(), inv.to_json()] {
            prop_assert_eq!(Inventory::read(&text).unwrap(), inv.clone());
        }
    }

    #[test]
    fn no_reader_panics_on_any_text(src in "\\PC{0,300}|[a-z0-9_:{}\\[\\],&*!|>'\"#\n .-]{0,300}") {
        let _ = kartlegg::yaml::parse(&src);
        let _ = result::from_str(&src);
        let _ = Inventory::read(&src);
        let _ = kartlegg::questionnaire::from_str(&src);
        let _ = kartlegg::catalogue::from_str(&src);
        let _ = kartlegg::questionnaire::expr::parse(&src);
        let _ = kartlegg::stream::from_str::<serde_json::Value>(&src);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The readers that take a path (answers files as CSV and YAML, the
    /// register file, the ranking weights) never panic, whatever is in them.
    #[test]
    fn file_readers_never_panic(src in "\\PC{0,200}|[a-z_,;\"\n 0-9:{}\\[\\]-]{0,200}") {
        let q = kartlegg::questionnaire::builtin::resolve("hurtigsjekk").unwrap();
        let dir = tempfile::tempdir().unwrap();
        for name in ["svar.csv", "svar.yaml"] {
            let path = dir.path().join(name);
            std::fs::write(&path, &src).unwrap();
            let _ = kartlegg::survey::answers::read(&path, &q);
        }
        let path = dir.path().join("fil.yaml");
        std::fs::write(&path, &src).unwrap();
        let _ = kartlegg::kommune::Register::load(Some(&path));
        let _ = kartlegg::analysis::settings::weights(Some(&path));
    }
}
