//! `kartlegg survey` without a terminal: prepared answers, refusals, resume.

mod common;

use common::{fixture, kartlegg, read_result};
use kartlegg::questionnaire::answer::{AnswerValue, State};
use kartlegg::survey::result::{Status, SurveyResult};
use predicates::prelude::*;
use predicates::str::contains;
use std::path::Path;

#[test]
fn without_a_terminal_it_needs_prepared_answers() {
    let dir = tempfile::tempdir().unwrap();
    kartlegg(dir.path())
        .args(["--lang", "en", "survey", "hurtigsjekk", "-k", "4626"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains("--answers"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn answers_agreed_in_a_joint_session_are_marked_as_consensus() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("svar.csv"), "har_soc,nei\ndrift,ekstern\n").unwrap();
    kartlegg(dir.path())
        .args(["survey", "-k", "4626", "--role", "IT-leder", "--consensus"])
        .args(["--answers", "svar.csv", "-o", "felles.yaml"])
        .arg(fixture("survey-small.yaml"))
        .write_stdin("")
        .assert()
        .success();
    let path = dir.path().join("felles.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("respondent:\n  role: \"IT-leder\"\n  consensus: true\n"),
        "{text}"
    );
    let r = read_result(&path);
    assert!(r.consensus);
    assert_eq!(r.respondent_key().role, "it-leder");
}

#[test]
fn prepared_answers_make_a_complete_private_result_file() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("svar.csv");
    std::fs::write(&answers, "question_id,value,comment\nhar_soc,ja\nsoc_niva,2,Leverandør\ndrift,ekstern\nmerknad,\"=1+1, naughty\"\nansatte,\"1 000\"\n").unwrap();
    kartlegg(dir.path())
        .args([
            "survey",
            "-k",
            "oygarden",
            "--role",
            "IT-leder",
            "--answers",
            "svar.csv",
        ])
        .arg(fixture("survey-small.yaml"))
        .write_stdin("")
        .assert()
        .success()
        .stderr(contains("fullført"));
    let date = jiff::Zoned::now().date();
    let path = dir
        .path()
        .join(format!("kartlegg-svar-4626-liten-{date}.yaml"));
    let r = read_result(&path);
    assert_eq!(r.status, Status::Complete);
    assert!(r.finished.is_some());
    assert_eq!(
        (
            r.subject.id.as_str(),
            r.subject.name.as_str(),
            r.role.as_deref()
        ),
        ("4626", "Øygarden", Some("IT-leder"))
    );
    assert_eq!(r.respondent, None);
    assert!(!r.consensus);
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("consensus")
    );
    let values: Vec<(&str, Option<AnswerValue>)> = r
        .answers
        .iter()
        .map(|a| (a.id.as_str(), a.response.value.clone()))
        .collect();
    assert_eq!(
        values,
        [
            ("har_soc", Some(AnswerValue::Bool(true))),
            ("soc_niva", Some(AnswerValue::Number(2.0))),
            ("drift", Some(AnswerValue::Text("ekstern".into()))),
            ("merknad", Some(AnswerValue::Text("=1+1, naughty".into()))),
            ("ansatte", Some(AnswerValue::Number(1000.0))),
        ]
    );
    assert_eq!(r.answers[1].comment.as_deref(), Some("Leverandør"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

#[test]
fn answers_to_hidden_questions_are_left_out_and_missing_ones_leave_the_file_partial() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        "har_soc: nei\nsoc_niva: 2\ndrift: egen\n",
    )
    .unwrap();
    kartlegg(dir.path())
        .args([
            "--lang",
            "en",
            "survey",
            "-k",
            "4601",
            "-o",
            "ut.yaml",
            "--answers",
            "a.yaml",
        ])
        .arg(fixture("survey-small.yaml"))
        .write_stdin("")
        .assert()
        .success()
        .stderr(
            contains("Not used")
                .and(contains("soc_niva"))
                .and(contains("partial: 2 questions")),
        );
    let r = read_result(&dir.path().join("ut.yaml"));
    assert_eq!(r.status, Status::Partial);
    let ids: Vec<&str> = r.answers.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["har_soc", "drift"]);
}

#[test]
fn bad_answers_files_name_each_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.csv"),
        "har_soc,kanskje\nsoc_niva,9\nfinnes_ikke,1\nansatte,-3\n",
    )
    .unwrap();
    let out = kartlegg(dir.path())
        .args(["--lang", "en", "survey", "-k", "4601", "--answers", "a.csv"])
        .arg(fixture("survey-small.yaml"))
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "every problem, then one summary: {stderr}");
    assert_eq!(
        lines[0],
        "a.csv:1:9: har_soc: answer “yes” or “no”, not “kanskje”"
    );
    assert!(lines[1].starts_with("a.csv:2:10: soc_niva: "), "{stderr}");
    assert!(lines[2].starts_with("a.csv:3:13: "), "{stderr}");
    assert!(lines[3].starts_with("a.csv:4:9: ansatte: "), "{stderr}");
    assert_eq!(
        lines[4],
        "kartlegg: error: a.csv: 4 problems in the answers file; nothing was saved. Correct what is listed above, and try again."
    );
    // Nothing is written when the answers are refused.
    assert!(!std::fs::read_dir(dir.path()).unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("kartlegg-svar")
    }));
}

#[test]
fn an_existing_result_is_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "har_soc: ja\n").unwrap();
    std::fs::write(dir.path().join("ut.yaml"), "mine\n").unwrap();
    let run = |force: bool| {
        let mut cmd = kartlegg(dir.path());
        cmd.args([
            "--lang",
            "en",
            "survey",
            "-k",
            "4601",
            "-o",
            "ut.yaml",
            "--answers",
            "a.yaml",
        ])
        .arg(fixture("survey-small.yaml"));
        if force {
            cmd.arg("--force");
        }
        cmd.write_stdin("").assert()
    };
    run(false)
        .code(1)
        .stderr(contains("already exists").and(contains("--resume ut.yaml")));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ut.yaml")).unwrap(),
        "mine\n"
    );
    run(true).success();
    assert_eq!(read_result(&dir.path().join("ut.yaml")).answers.len(), 1);
}

#[test]
fn resume_continues_a_partial_file_and_refuses_another_version() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "har_soc: ja\nsoc_niva: 1\n").unwrap();
    std::fs::write(
        dir.path().join("b.yaml"),
        "drift: egen\nmerknad: ''\nansatte: 12\n",
    )
    .unwrap();
    let small = fixture("survey-small.yaml");
    kartlegg(dir.path())
        .args([
            "survey",
            "-k",
            "4601",
            "-o",
            "ut.yaml",
            "--role",
            "IKT-rådgiver",
            "--answers",
            "a.yaml",
        ])
        .arg(&small)
        .write_stdin("")
        .assert()
        .success();
    assert_eq!(
        read_result(&dir.path().join("ut.yaml")).status,
        Status::Partial
    );
    kartlegg(dir.path())
        .args(["survey", "--resume", "ut.yaml", "--answers", "b.yaml"])
        .arg(&small)
        .write_stdin("")
        .assert()
        .success();
    let r = read_result(&dir.path().join("ut.yaml"));
    assert_eq!(
        (r.status, r.answers.len(), r.role.as_deref()),
        (Status::Complete, 5, Some("IKT-rådgiver"))
    );
    assert_eq!(r.answers[3].response.state, State::Skipped);

    // The same file against a changed questionnaire is refused, naming both versions.
    let changed = dir.path().join("liten-1.1.yaml");
    std::fs::write(
        &changed,
        std::fs::read_to_string(&small)
            .unwrap()
            .replace("version: 1.0.0", "version: 1.1.0"),
    )
    .unwrap();
    kartlegg(dir.path())
        .args([
            "--lang",
            "en",
            "survey",
            "--resume",
            "ut.yaml",
            "--answers",
            "b.yaml",
        ])
        .arg(&changed)
        .write_stdin("")
        .assert()
        .code(3)
        .stderr(contains("version 1.0.0").and(contains("version 1.1.0")));
}

/// Runs `survey --answers` on the features fixture; (exit code, stderr, result).
fn answer_features(dir: &Path, answers: &str) -> (Option<i32>, String, Option<SurveyResult>) {
    std::fs::write(dir.join("a.yaml"), answers).unwrap();
    let _ = std::fs::remove_file(dir.join("ut.yaml"));
    let out = kartlegg(dir)
        .args(["--lang", "en", "survey", "-k", "4601", "-o", "ut.yaml"])
        .args(["--answers", "a.yaml"])
        .arg(fixture("survey-features.yaml"))
        .write_stdin("")
        .output()
        .unwrap();
    let written = dir.join("ut.yaml");
    let result = written.exists().then(|| read_result(&written));
    let stderr = String::from_utf8(out.stderr).unwrap();
    (out.status.code(), stderr, result)
}

#[test]
fn an_exclusive_option_with_others_is_refused_in_an_answers_file() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr, result) = answer_features(dir.path(), "overvaking: [logg, ingen]\n");
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains("a.yaml:1:1: overvaking: “None of these” cannot be chosen together"),
        "{stderr}"
    );
    assert!(result.is_none());
    let (code, stderr, result) = answer_features(dir.path(), "overvaking: ingen\n");
    assert_eq!(code, Some(0), "{stderr}");
    let answer = &result.unwrap().answers[0];
    assert_eq!(
        answer.response.value,
        Some(AnswerValue::Choices(vec!["ingen".into()]))
    );
}

#[test]
fn a_date_answered_never_is_kept_apart_from_unknown_and_asks_the_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr, result) = answer_features(
        dir.path(),
        "overvaking: logg\nsiste_ovelse: aldri\nhvorfor_ikke: ingen tid\n",
    );
    assert_eq!(code, Some(0), "{stderr}");
    let r = result.unwrap();
    assert_eq!(r.answers[1].response.state, State::Answered);
    assert_eq!(
        r.answers[1].response.value,
        Some(AnswerValue::Text("never".into()))
    );
    // "Never" is before every date, so the follow-up was asked.
    assert_eq!(r.answers[2].id, "hvorfor_ikke");
    let text = std::fs::read_to_string(dir.path().join("ut.yaml")).unwrap();
    assert!(text.contains("    value: \"never\"\n"), "{text}");
    // "Vet ikke" stays its own state, and the follow-up on it is asked: its
    // condition is unknown, not false.
    let (_, _, result) = answer_features(
        dir.path(),
        "siste_ovelse: vet ikke\nhvorfor_ikke: usikker\n",
    );
    let r = result.unwrap();
    assert_eq!(r.answers[0].response.state, State::Unknown);
    assert_eq!(
        r.answers[1].response.value,
        Some(AnswerValue::Text("usikker".into()))
    );
    // A skipped date leaves the follow-up hidden, and its answer unused.
    let (code, stderr, result) =
        answer_features(dir.path(), "siste_ovelse: ''\nhvorfor_ikke: usikker\n");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("hvorfor_ikke"), "{stderr}");
    let ids: Vec<String> = result.unwrap().answers.into_iter().map(|a| a.id).collect();
    assert_eq!(ids, ["siste_ovelse"]);
}

#[test]
fn evidence_is_kept_per_answer_and_refused_where_the_question_does_not_ask() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr, result) = answer_features(
        dir.path(),
        "overvaking: {value: [logg], evidence: 'SIEM-oppsett, driftsdokumentasjon'}\nsiste_ovelse: 2023-05-02\nhvorfor_ikke: ingen tid\n",
    );
    assert_eq!(code, Some(0), "{stderr}");
    let r = result.unwrap();
    let evidence: Vec<Option<&str>> = r.answers.iter().map(|a| a.evidence.as_deref()).collect();
    assert_eq!(
        evidence,
        [Some("SIEM-oppsett, driftsdokumentasjon"), None, None]
    );
    // hvorfor_ikke says `evidence: false`, overriding the questionnaire.
    let (code, stderr, _) = answer_features(
        dir.path(),
        "siste_ovelse: aldri\nhvorfor_ikke: {value: x, evidence: y}\n",
    );
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains("a.yaml:2:1: hvorfor_ikke: the question does not ask for evidence"),
        "{stderr}"
    );
    // CSV takes it as a fourth column.
    std::fs::write(
        dir.path().join("a.csv"),
        "question_id,value,comment,evidence\nsiste_ovelse,2025-01-10,,Øvingsrapport 2025\n",
    )
    .unwrap();
    kartlegg(dir.path())
        .args([
            "survey",
            "-k",
            "4601",
            "-o",
            "csv.yaml",
            "--answers",
            "a.csv",
        ])
        .arg(fixture("survey-features.yaml"))
        .write_stdin("")
        .assert()
        .success();
    let r = read_result(&dir.path().join("csv.yaml"));
    assert_eq!(r.answers[0].evidence.as_deref(), Some("Øvingsrapport 2025"));
}

#[test]
fn a_ranking_is_stored_in_order_and_a_repeat_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr, result) = answer_features(
        dir.path(),
        "overvaking: ingen\ntjenester: opplaering; soc; Backup\n",
    );
    assert_eq!(code, Some(0), "{stderr}");
    let r = result.unwrap();
    assert_eq!(
        r.answers[1].response.value,
        Some(AnswerValue::Choices(vec![
            "opplaering".into(),
            "soc".into(),
            "backup".into()
        ]))
    );
    let text = std::fs::read_to_string(dir.path().join("ut.yaml")).unwrap();
    assert!(
        text.contains("    value: [\"opplaering\", \"soc\", \"backup\"]\n"),
        "{text}"
    );
    let (code, stderr, _) =
        answer_features(dir.path(), "overvaking: ingen\ntjenester: [soc, soc]\n");
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains("a.yaml:2:1: tjenester: “soc” appears twice in the ranking"),
        "{stderr}"
    );
}

#[test]
fn a_survey_begun_with_a_released_earlier_version_is_continued_with_it() {
    let dir = tempfile::tempdir().unwrap();
    // The pilot's unfinished it-struktur answers, given to 1.0.0; the
    // built-in it-struktur is newer.
    std::fs::copy(
        common::repo(
            "examples/pilot/innkommet/havnes/kartlegg-svar-9906-it-struktur-2026-10-10.yaml",
        ),
        dir.path().join("begun.yaml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("more.csv"), "question_id,value\n").unwrap();
    kartlegg(dir.path())
        .args(["--lang", "en", "survey", "--resume", "begun.yaml"])
        .args(["--answers", "more.csv", "-o", "continued.yaml"])
        .write_stdin("")
        .assert()
        .success();
    let before = read_result(&dir.path().join("begun.yaml"));
    let after = read_result(&dir.path().join("continued.yaml"));
    assert_eq!(after.questionnaire, before.questionnaire);
    assert_eq!(after.questionnaire.version, "1.0.0");
    assert_eq!(after.answers.len(), before.answers.len());
}
