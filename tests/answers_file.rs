//! `survey --answers FILE.csv`: every problem at once with its real line and
//! column, decimal commas read or refused as the separator demands, and
//! comments kept as written.

mod common;
use std::path::Path;

use common::{fixture, kartlegg, read_result};
use kartlegg::questionnaire::answer::AnswerValue;
use kartlegg::survey::result::SurveyResult;

/// Runs `survey` on the small fixture with an answers file and gives the
/// exit code, stderr and the result written, if any.
fn survey_with(
    dir: &Path,
    lang: &str,
    name: &str,
    answers: &str,
) -> (Option<i32>, String, Option<SurveyResult>) {
    std::fs::write(dir.join(name), answers).unwrap();
    let out = kartlegg(dir)
        .args([
            "--lang",
            lang,
            "survey",
            "-k",
            "4601",
            "-o",
            "ut.yaml",
            "--answers",
            name,
        ])
        .arg(fixture("survey-small.yaml"))
        .write_stdin("")
        .output()
        .unwrap();
    let path = dir.join("ut.yaml");
    let result = path.exists().then(|| read_result(&path));
    (
        out.status.code(),
        String::from_utf8(out.stderr).unwrap(),
        result,
    )
}

#[test]
fn every_problem_of_a_crlf_answers_file_is_listed_at_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr, result) = survey_with(
        dir.path(),
        "nb",
        "a.csv",
        "question_id,value,comment\r\nhar_soc,ja\r\ndrift,egen,a,b,c\r\nsoc_niva,9\r\n",
    );
    assert_eq!(code, Some(3), "{stderr}");
    assert!(result.is_none());
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(
        lines[0].starts_with("a.csv:3:16: forventet 2 til 4 kolonner"),
        "{stderr}"
    );
    assert!(lines[1].starts_with("a.csv:4:10: soc_niva: "), "{stderr}");
    assert!(lines[2].ends_with("a.csv: 2 problemer i svarfilen; ingenting ble lagret. Rett det som står over, og prøv igjen."), "{stderr}");
}

#[test]
fn a_decimal_comma_split_by_the_comma_separator_is_refused_not_read_as_a_comment() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr, result) = survey_with(
        dir.path(),
        "en",
        "a.csv",
        "har_soc,nei\ndrift,egen\nansatte,12,5\n",
    );
    assert_eq!(code, Some(3), "{stderr}");
    assert!(result.is_none());
    assert!(
        stderr.contains("a.csv:3:9: `12,5` is split in two fields"),
        "{stderr}"
    );
    assert!(stderr.contains("use `;` as separator"), "{stderr}");
    // Quoted, or with `;` as separator, it is twelve and a half.
    for (name, src) in [
        ("b.csv", "har_soc,nei\ndrift,egen\nansatte,\"12,5\"\n"),
        ("c.csv", "har_soc;nei\ndrift;egen\nansatte;12,5\n"),
    ] {
        std::fs::remove_file(dir.path().join("ut.yaml")).ok();
        let (code, stderr, result) = survey_with(dir.path(), "en", name, src);
        assert_eq!(code, Some(0), "{name}: {stderr}");
        let r = result.unwrap();
        let a = r.answers.iter().find(|a| a.id == "ansatte").unwrap();
        assert_eq!(a.response.value, Some(AnswerValue::Number(12.5)), "{name}");
        assert_eq!(a.comment, None, "{name}");
    }
}

#[test]
fn a_decimal_comma_under_a_comment_column_is_refused_unless_the_comment_is_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr, result) = survey_with(
        dir.path(),
        "en",
        "a.csv",
        "question_id,value,comment\nhar_soc,nei\ndrift,egen\nansatte,12,5\n",
    );
    assert_eq!(code, Some(3), "{stderr}");
    assert!(result.is_none());
    assert!(
        stderr.contains("a.csv:4:9: `12,5` is split in two fields"),
        "{stderr}"
    );
    // A comment of digits alone is kept when it is quoted.
    let (code, stderr, result) = survey_with(
        dir.path(),
        "en",
        "b.csv",
        "question_id,value,comment\nhar_soc,nei\ndrift,egen\nansatte,12,\"5\"\n",
    );
    assert_eq!(code, Some(0), "{stderr}");
    let r = result.unwrap();
    let a = r.answers.iter().find(|a| a.id == "ansatte").unwrap();
    assert_eq!(a.response.value, Some(AnswerValue::Number(12.0)));
    assert_eq!(a.comment.as_deref(), Some("5"));
}

#[test]
fn comments_in_a_csv_answers_file_are_kept_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr, result) = survey_with(
        dir.path(),
        "en",
        "a.csv",
        "har_soc, nei ,\"  to mellomrom \"\ndrift,egen,\u{a0}hardt mellomrom\u{2029}\n",
    );
    assert_eq!(code, Some(0), "{stderr}");
    let r = result.unwrap();
    let comment = |id: &str| {
        r.answers
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.comment.clone())
    };
    assert_eq!(comment("har_soc").as_deref(), Some("  to mellomrom "));
    assert_eq!(
        comment("drift").as_deref(),
        Some("\u{a0}hardt mellomrom\u{2029}")
    );
}
