//! Drives the real `kartlegg survey` in a pseudo-terminal with key presses, as
//! a person would: answering, going back, commenting, flagging, Ctrl-C,
//! resuming, and being killed at any moment without losing a confirmed answer.
//! (rexpect reads the output byte by byte as Latin-1, so expectations are ASCII.)
#![cfg(unix)]

mod common;

use std::path::Path;

use common::{fixture, kartlegg_process, read_result};
use kartlegg::questionnaire::answer::{AnswerValue, State};
use kartlegg::survey::result::Status;
use rexpect::process::{Signal, WaitStatus};
use rexpect::session::PtySession;

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";

fn spawn(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = kartlegg_process(dir);
    cmd.env("TERM", "xterm")
        .args(["--lang", "en", "survey"])
        .args(args);
    rexpect::session::spawn_command(cmd, Some(10_000)).unwrap()
}

/// Sends keys and makes sure they reach the program.
fn press(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Opens the menu with Esc and picks the entry `steps` down from the top.
fn menu(p: &mut PtySession, steps: usize) {
    press(p, ESC);
    p.exp_string("> Back to the question").unwrap();
    press(p, &DOWN.repeat(steps));
    press(p, ENTER);
}

// Menu entries for the choice question of the fixture.
const PREVIOUS: usize = 1;
const COMMENT: usize = 3;
const FLAG: usize = 4;

#[test]
fn answer_go_back_comment_flag_interrupt_and_resume() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    let small = small.to_str().unwrap();
    let mut p = spawn(dir.path(), &[small, "-k", "4626", "-o", "out.yaml"]);
    answer_comment_flag_and_change_course(&mut p);
    p.send_control('c').unwrap();
    p.exp_string("Interrupted").unwrap();
    p.exp_string(&format!("--resume out.yaml {small}")).unwrap();
    assert!(matches!(
        p.process().wait().unwrap(),
        WaitStatus::Exited(_, 130)
    ));
    check_interrupted(&dir.path().join("out.yaml"));

    let mut p = spawn(dir.path(), &["--resume", "out.yaml", small]);
    finish_resumed(&mut p);
    check_finished(&dir.path().join("out.yaml"));
}

/// Answers the first questions, comments on and flags the third, then goes
/// back and changes the first answer so that its follow-up disappears.
fn answer_comment_flag_and_change_course(p: &mut PtySession) {
    p.exp_string("Question 1 of 4").unwrap();
    p.exp_string("> Yes").unwrap();
    press(p, ENTER); // Yes: the follow-up appears.
    p.exp_string("Question 2 of 5").unwrap();
    p.exp_string("> 0  None").unwrap();
    press(p, DOWN);
    press(p, ENTER); // Level 1.
    p.exp_string("Question 3 of 5").unwrap();
    p.exp_string("Who runs IT?").unwrap();
    p.exp_string("> Own").unwrap();

    menu(p, COMMENT);
    p.exp_string("Comment (an empty line removes it)").unwrap();
    press(p, "hard to say");
    press(p, ENTER);
    p.exp_string("Comment: hard to say").unwrap();
    p.exp_string("> Own").unwrap();
    menu(p, FLAG);
    p.exp_string("Flagged as an unclear question").unwrap();
    p.exp_string("> Own").unwrap();

    // Back to the first question, and change the answer that shows the follow-up.
    menu(p, PREVIOUS);
    p.exp_string("Question 2 of 5").unwrap();
    p.exp_string("  2  Much").unwrap();
    menu(p, PREVIOUS);
    p.exp_string("Question 1 of 5").unwrap();
    p.exp_string("  No").unwrap();
    press(p, DOWN);
    press(p, ENTER); // No: the follow-up disappears.
    p.exp_string("Question 2 of 4").unwrap();
    p.exp_string("Comment: hard to say").unwrap();
    p.exp_string("  External").unwrap();
    press(p, DOWN);
    press(p, ENTER); // External.
    p.exp_string("Question 3 of 4").unwrap();
    p.exp_string("Answer").unwrap();
}

/// The file an interrupt left: partial, without the hidden follow-up.
fn check_interrupted(path: &Path) {
    let saved = read_result(path);
    assert_eq!(saved.status, Status::Partial);
    let ids: Vec<&str> = saved.answers.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["har_soc", "drift"],
        "the hidden follow-up's answer is gone"
    );
    assert_eq!(
        saved.answers[0].response.value,
        Some(AnswerValue::Bool(false))
    );
    let drift = &saved.answers[1];
    assert_eq!(
        drift.response.value,
        Some(AnswerValue::Text("ekstern".into()))
    );
    assert_eq!(
        (drift.comment.as_deref(), drift.unclear),
        (Some("hard to say"), true)
    );
    assert!(drift.seconds > 0.0);
}

/// Answers the last two questions of a resumed survey and finishes.
fn finish_resumed(p: &mut PtySession) {
    p.exp_string("Question 3 of 4").unwrap();
    p.exp_string("Answer").unwrap();
    press(p, "all good");
    press(p, ENTER);
    p.exp_string("Question 4 of 4").unwrap();
    p.exp_string("How many employees?").unwrap();
    p.exp_string("Number (0").unwrap();
    press(p, "250");
    press(p, ENTER);
    p.exp_string("Summary").unwrap();
    p.exp_string("> Finish and save").unwrap();
    press(p, ENTER);
    p.exp_string("Done. The answers are saved in out.yaml")
        .unwrap();
    p.exp_eof().unwrap();
}

/// The finished file: complete, with the changed answers and the flag kept.
fn check_finished(path: &Path) {
    let done = read_result(path);
    assert_eq!(done.status, Status::Complete);
    let values: Vec<(&str, State, Option<AnswerValue>)> = done
        .answers
        .iter()
        .map(|a| (a.id.as_str(), a.response.state, a.response.value.clone()))
        .collect();
    assert_eq!(
        values,
        [
            ("har_soc", State::Answered, Some(AnswerValue::Bool(false))),
            (
                "drift",
                State::Answered,
                Some(AnswerValue::Text("ekstern".into()))
            ),
            (
                "merknad",
                State::Answered,
                Some(AnswerValue::Text("all good".into()))
            ),
            ("ansatte", State::Answered, Some(AnswerValue::Number(250.0))),
        ]
    );
    assert!(done.answers[1].unclear);
}

#[test]
fn a_second_survey_on_the_same_file_is_refused_while_the_first_runs() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    let mut first = spawn(
        dir.path(),
        &[small.to_str().unwrap(), "-k", "4626", "-o", "out.yaml"],
    );
    first.exp_string("Question 1 of").unwrap();
    std::fs::write(dir.path().join("a.yaml"), "har_soc: nei\n").unwrap();
    let second = kartlegg_process(dir.path())
        .args([
            "--lang",
            "en",
            "survey",
            small.to_str().unwrap(),
            "-k",
            "4626",
            "-o",
            "out.yaml",
            "--force",
            "--answers",
            "a.yaml",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("another kartlegg is already writing out.yaml"),
        "{stderr}"
    );
    assert_eq!(
        read_result(&dir.path().join("out.yaml")).answers.len(),
        0,
        "the second run must not touch the file"
    );
    press(&mut first, "\x03");
    first.exp_string("Interrupted").unwrap();
    first.exp_eof().unwrap();
    // Ctrl-C cleans up after itself.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.ends_with(".lock") || n.ends_with(".tmp")),
        "{names:?}"
    );
}

#[test]
fn answers_survive_a_lost_output_folder_and_can_be_saved_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let small = fixture("survey-small.yaml");
    let mut p = spawn(
        dir.path(),
        &[small.to_str().unwrap(), "-k", "4626", "-o", "sub/out.yaml"],
    );
    p.exp_string("Question 1 of").unwrap();
    p.exp_string("> Yes").unwrap();
    // The folder disappears (a USB stick pulled out, a share gone).
    std::fs::remove_dir_all(dir.path().join("sub")).unwrap();
    press(&mut p, ENTER);
    p.exp_string("Could not save").unwrap();
    p.exp_string("> 0  None").unwrap();
    menu(&mut p, 5); // Save and continue later
    p.exp_string("Save them in another file").unwrap();
    press(&mut p, "elsewhere.yaml\r");
    p.exp_string("Saved in elsewhere.yaml").unwrap();
    p.exp_eof().unwrap();
    let saved = read_result(&dir.path().join("elsewhere.yaml"));
    assert_eq!(saved.answers.len(), 1);
    assert_eq!(
        saved.answers[0].response.value,
        Some(AnswerValue::Bool(true))
    );
}

#[test]
fn killing_the_process_never_loses_a_confirmed_answer() {
    // After each confirmed answer the next question appears; kill -9 then.
    // (what shows the prompt is ready, the keys that answer it)
    let steps: [(&str, &str); 4] = [
        ("> Yes", ENTER),
        ("> 0  None", ENTER),
        ("> Own", ENTER),
        ("Answer", "x\r"),
    ];
    for answered in 1..=steps.len() {
        let dir = tempfile::tempdir().unwrap();
        let small = fixture("survey-small.yaml");
        let mut p = spawn(
            dir.path(),
            &[small.to_str().unwrap(), "-k", "4626", "-o", "out.yaml"],
        );
        p.exp_string("Question 1 of").unwrap();
        for (i, (ready, keys)) in steps.iter().take(answered).enumerate() {
            p.exp_string(ready).unwrap();
            press(&mut p, keys);
            p.exp_string(&format!("Question {} of", i + 2)).unwrap();
        }
        p.process_mut().kill(Signal::SIGKILL).unwrap();
        let saved = read_result(&dir.path().join("out.yaml"));
        assert_eq!(
            saved.answers.len(),
            answered,
            "killed after {answered} answers"
        );
        assert_eq!(saved.status, Status::Partial);
        // No temporary file is left; the lock file may be, but it no longer locks.
        let mut leftovers: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        leftovers.sort();
        assert!(
            leftovers == ["out.yaml"] || leftovers == [".out.yaml.lock", "out.yaml"],
            "{leftovers:?}"
        );
        assert!(kartlegg::fsutil::Lock::acquire(&dir.path().join("out.yaml")).is_ok());
    }
}

/// A fixed sequence of pseudo-random numbers (SplitMix64), so a failing
/// trial can be repeated.
fn next_random(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[test]
fn killed_at_100_random_moments_no_confirmed_answer_is_lost() {
    let steps: [(&str, &str); 4] = [
        ("> Yes", ENTER),
        ("> 0  None", ENTER),
        ("> Own", ENTER),
        ("Answer", "x\r"),
    ];
    let small = fixture("survey-small.yaml");
    let mut seed = 2026;
    let (mut trials, mut lost) = (0, 0);
    for trial in 0..100 {
        let confirmed = (next_random(&mut seed) % 4) as usize;
        let delay = next_random(&mut seed) % 40;
        let dir = tempfile::tempdir().unwrap();
        let mut p = spawn(
            dir.path(),
            &[small.to_str().unwrap(), "-k", "4626", "-o", "out.yaml"],
        );
        p.exp_string("Question 1 of").unwrap();
        // Confirmed: the next question is on screen.
        for (i, (ready, keys)) in steps.iter().take(confirmed).enumerate() {
            p.exp_string(ready).unwrap();
            press(&mut p, keys);
            p.exp_string(&format!("Question {} of", i + 2)).unwrap();
        }
        // The next answer is on its way when the process dies.
        press(&mut p, steps[confirmed].1);
        std::thread::sleep(std::time::Duration::from_millis(delay));
        p.process_mut().kill(Signal::SIGKILL).unwrap();
        let _ = p.process_mut().wait();
        let saved = read_result(&dir.path().join("out.yaml"));
        trials += 1;
        if saved.answers.len() < confirmed {
            lost += confirmed - saved.answers.len();
            eprintln!(
                "trial {trial}: {confirmed} confirmed, {} saved",
                saved.answers.len()
            );
        }
    }
    println!("kill trials: {trials}, confirmed answers lost: {lost}");
    assert_eq!(lost, 0);
}

#[test]
fn exclusive_options_never_dates_evidence_and_a_ranking_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let features = fixture("survey-features.yaml");
    let features = features.to_str().unwrap();
    let mut p = spawn(dir.path(), &[features, "-k", "4626", "-o", "out.yaml"]);

    // Logs together with "None of these" is refused; "None of these" alone is taken.
    p.exp_string("What do you monitor?").unwrap();
    p.exp_string("Logs").unwrap();
    press(&mut p, " ");
    press(&mut p, &DOWN.repeat(2));
    press(&mut p, " ");
    press(&mut p, ENTER);
    p.exp_string("cannot be chosen together with other answers")
        .unwrap();
    press(&mut p, &DOWN.repeat(2));
    press(&mut p, " ");
    press(&mut p, ENTER);
    p.exp_string("Where can this be documented?").unwrap();
    press(&mut p, "SIEM plan");
    press(&mut p, ENTER);

    p.exp_string("When did you last rehearse?").unwrap();
    p.exp_string("Date (YYYY-MM-DD or").unwrap();
    press(&mut p, "never");
    press(&mut p, ENTER);
    p.exp_string("Where can this be documented?").unwrap();
    press(&mut p, ENTER); // Skipped with Enter.

    // "Never" is before every date: the follow-up is asked, without evidence.
    p.exp_string("Why not recently?").unwrap();
    press(&mut p, "no time");
    press(&mut p, ENTER);

    p.exp_string("Place 1 of 3").unwrap();
    press(&mut p, DOWN);
    press(&mut p, ENTER); // Backup.
    p.exp_string("Place 2 of 3").unwrap();
    press(&mut p, ENTER); // Round-the-clock monitoring, the first of those left.
    p.exp_string("Place 3 of 3").unwrap();
    press(&mut p, DOWN);
    press(&mut p, ENTER); // Advice, after Training.
    p.exp_string("Where can this be documented?").unwrap();
    press(&mut p, ENTER);

    p.exp_string("> Finish and save").unwrap();
    press(&mut p, ENTER);
    p.exp_eof().unwrap();

    let done = read_result(&dir.path().join("out.yaml"));
    let got: Vec<(&str, Option<AnswerValue>, Option<&str>)> = done
        .answers
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                a.response.value.clone(),
                a.evidence.as_deref(),
            )
        })
        .collect();
    let choices = |ids: &[&str]| {
        Some(AnswerValue::Choices(
            ids.iter().map(|i| i.to_string()).collect(),
        ))
    };
    assert_eq!(
        got,
        [
            ("overvaking", choices(&["ingen"]), Some("SIEM plan")),
            (
                "siste_ovelse",
                Some(AnswerValue::Text("never".into())),
                None
            ),
            (
                "hvorfor_ikke",
                Some(AnswerValue::Text("no time".into())),
                None
            ),
            ("tjenester", choices(&["backup", "soc", "radgivning"]), None),
        ]
    );
}

#[test]
fn standard_error_sent_to_a_file_still_lets_the_survey_be_asked() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    let log = std::fs::File::create(dir.path().join("log")).unwrap();
    let mut cmd = kartlegg_process(dir.path());
    cmd.env("TERM", "xterm")
        .args(["--lang", "en", "survey", small.to_str().unwrap()])
        .args(["-k", "4626", "-o", "out.yaml"])
        .stderr(log);
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    p.exp_string("Question 1 of 4").unwrap();
    p.exp_string("  No").unwrap();
    press(&mut p, DOWN);
    press(&mut p, ENTER);
    p.exp_string("Question 2 of 4").unwrap();
    p.exp_string("> Own").unwrap();
    press(&mut p, ENTER);
    p.exp_string("Question 3 of 4").unwrap();
    p.exp_string("Answer").unwrap();
    press(&mut p, "fine");
    press(&mut p, ENTER);
    p.exp_string("Number (0").unwrap();
    press(&mut p, "12");
    press(&mut p, ENTER);
    p.exp_string("> Finish and save").unwrap();
    press(&mut p, ENTER);
    p.exp_string("Done. The answers are saved in out.yaml")
        .unwrap();
    p.exp_eof().unwrap();
    let done = read_result(&dir.path().join("out.yaml"));
    assert_eq!(done.status, Status::Complete);
    let employees = done.answers.iter().find(|a| a.id == "ansatte").unwrap();
    assert_eq!(employees.response.value, Some(AnswerValue::Number(12.0)));
    let log = std::fs::read_to_string(dir.path().join("log")).unwrap();
    assert!(!log.contains("not a terminal"), "{log}");
}

#[test]
fn overwriting_asks_j_n_in_norwegian_and_takes_ja() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    std::fs::write(dir.path().join("out.yaml"), "gammel\n").unwrap();
    let mut cmd = kartlegg_process(dir.path());
    cmd.env("TERM", "xterm")
        .args(["--lang", "nb", "survey", small.to_str().unwrap()])
        .args(["-k", "4626", "-o", "out.yaml"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    p.exp_string("Overskrive den? [j/N]").unwrap();
    press(&mut p, "kanskje");
    press(&mut p, ENTER);
    p.exp_string("Svar j (ja) eller n (nei).").unwrap();
    p.exp_string("[j/N]").unwrap();
    press(&mut p, "ja");
    press(&mut p, ENTER);
    p.exp_string("1 av 4").unwrap();
    press(&mut p, "\x03");
    p.exp_eof().unwrap();
    let old = std::fs::read_to_string(dir.path().join("out.yaml")).unwrap();
    assert_ne!(old, "gammel\n", "ja overwrites the file");
}
