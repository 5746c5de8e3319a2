//! What the respondent sees and which keys do what, in a pseudo-terminal:
//! the screen fits small terminals and follows a resize, the counter does
//! not jump, stray keys answer nothing, the menu keeps one order, and the
//! municipality and the result file are named before anything is answered,
//! in the municipality's own language form unless another is chosen.
#![cfg(unix)]

mod common;

use common::pty::{DOWN, ENTER, ESC, press, screen, set_size, spawn, spawn_in};
use std::path::Path;

use common::{fixture, kartlegg_process, read_result};
use kartlegg::questionnaire::answer::{AnswerValue, State};
use kartlegg::survey::result::Status;
use rexpect::session::PtySession;

/// Draws the question again at `rows` × `cols` (a key after a resize
/// redraws the screen and is not acted on) and checks that it fits.
fn resized(p: &mut PtySession, rows: u16, cols: u16) -> Vec<String> {
    set_size(p, rows, cols);
    press(p, "x");
    let lines = screen(p);
    assert!(
        lines.len() < usize::from(rows),
        "{rows}×{cols}: {} lines\n{}",
        lines.len(),
        lines.join("\n")
    );
    for l in &lines {
        assert!(l.chars().count() < usize::from(cols), "{cols} wide: {l:?}");
    }
    lines
}

#[test]
fn a_long_scale_question_stays_on_a_60x20_screen_and_is_rewrapped_on_resize() {
    for (lang, place, text) in [
        ("en", "Question 1 of ", "Has management approved"),
        ("nb", "Spørsmål 1 av ", "Har ledelsen vedtatt"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut p = spawn_in(
            dir.path(),
            lang,
            &["modenhet", "-k", "4626", "-o", "m.yaml"],
        );
        p.exp_string("1.1").unwrap();
        let small = resized(&mut p, 20, 60);
        assert!(small[0].starts_with(place), "{small:?}");
        assert!(
            small.iter().take(7).any(|l| l.starts_with(text)),
            "{small:?}"
        );
        // Every level is still one line of the list, below the question.
        assert!(small.iter().any(|l| l.starts_with("> 0  ")), "{small:?}");
        // At 120×40 the levels are shown in full above the list.
        let large = resized(&mut p, 40, 120);
        assert!(large[0].starts_with(place));
        assert!(
            large.iter().any(|l| l.chars().count() > 80),
            "not rewrapped: {large:?}"
        );
        assert!(large.iter().any(|l| l.starts_with("  0  ")), "{large:?}");
        // Back at 60×20, the help is paged under the question.
        resized(&mut p, 20, 60);
        menu_in(&mut p, lang, 7);
        let page = screen(&mut p);
        assert!(page.len() < 20 && page[0].starts_with(place), "{page:?}");
        assert!(
            page.iter()
                .any(|l| l.starts_with("Side 1 av ") || l.starts_with("Page 1 of ")),
            "{page:?}"
        );
        p.send_control('c').unwrap();
        p.exp_eof().unwrap();
    }
}

/// At 60 columns "2" and Enter give level 2 on a listed scale, as on a
/// typed one; the evidence question is wrapped between words; and Ctrl-C's
/// note keeps the file name and the command to continue whole.
#[test]
fn a_digit_chooses_a_level_and_long_lines_break_between_words_at_60_columns() {
    let dir = tempfile::tempdir().unwrap();
    let file = "a-long-result-file-name.yaml";
    let mut p = spawn(dir.path(), &["modenhet", "-k", "4626", "-o", file]);
    p.exp_string("1.1").unwrap();
    resized(&mut p, 20, 60);
    press(&mut p, "2");
    press(&mut p, ENTER);
    let lines = screen(&mut p);
    for l in &lines {
        assert!(l.chars().count() < 60, "60 wide: {l:?}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("? Where can this be documented?")),
        "{lines:?}"
    );
    press(&mut p, ENTER);
    p.exp_string("Question 2 of").unwrap();
    let saved = read_result(&dir.path().join(file));
    assert_eq!(
        saved.answers[0].response.value,
        Some(AnswerValue::Number(2.0))
    );
    p.send_control('c').unwrap();
    let note = p.exp_eof().unwrap();
    let note = &note[note.rfind("Interrupted.").expect("a note")..];
    let command = format!("  kartlegg survey --resume {file}");
    assert!(note.contains(&command), "{note:?}");
    assert!(
        note.contains(&format!("\n{file}. Continue with:")),
        "{note:?}"
    );
    for l in note.lines().filter(|l| !l.starts_with(' ')) {
        assert!(l.trim_end().chars().count() < 60, "60 wide: {l:?}");
    }
}

/// The menu in either language, `steps` down from the top.
fn menu_in(p: &mut PtySession, lang: &str, steps: usize) {
    press(p, ESC);
    let first = if lang == "nb" {
        "> Tilbake til"
    } else {
        "> Back to the question"
    };
    p.exp_string(first).unwrap();
    press(p, &DOWN.repeat(steps));
    press(p, ENTER);
}

#[test]
fn typed_letters_and_space_in_a_list_answer_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    let mut p = spawn(
        dir.path(),
        &[small.to_str().unwrap(), "-k", "4626", "-o", "out.yaml"],
    );
    screen(&mut p);
    for keys in ["ok", "1 000", " ", "q", "k", "a"] {
        press(&mut p, keys);
    }
    let lines = screen(&mut p);
    assert!(lines.iter().any(|l| l == "> Yes"), "{lines:?}");
    assert!(read_result(&dir.path().join("out.yaml")).answers.is_empty());
    press(&mut p, ENTER);
    p.exp_string("How well does it work?").unwrap();
    let saved = read_result(&dir.path().join("out.yaml"));
    assert_eq!(saved.answers.len(), 1, "only Enter answers");
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn the_menu_has_one_order_on_a_choice_and_on_a_number_question() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("q.yaml"),
        "id: meny\nversion: 1.0.0\ntitle: {nb: Meny, en: Menu}\nsections:\n  - id: s\n    title: {nb: Del, en: Part}\n    questions:\n      - {id: valg, type: yesno, text: {nb: Valg?, en: Choice?}}\n      - {id: antall, type: number, allow_unknown: true, allow_na: true, text: {nb: Antall?, en: How many?}}\n",
    )
    .unwrap();
    let mut p = spawn(dir.path(), &["q.yaml", "-k", "4626", "-o", "out.yaml"]);
    p.exp_string("> Yes").unwrap();
    press(&mut p, ESC);
    let on_choice = screen(&mut p);
    press(&mut p, ESC);
    p.exp_string("> Yes").unwrap();
    press(&mut p, ENTER);
    p.exp_string("How many?").unwrap();
    press(&mut p, ENTER); // An empty line opens the menu.
    let on_number = screen(&mut p);
    let menu_of = |lines: &[String]| -> Vec<String> {
        let start = lines.iter().position(|l| l.contains("What do you want"));
        let start = start.unwrap_or_else(|| panic!("{lines:?}"));
        // Entries that do not apply are shown in their place, in brackets.
        let label = |l: &String| {
            let l = l.trim_start_matches('>').trim().trim_start_matches('(');
            l.split(" – ").next().unwrap_or_default().to_string()
        };
        lines[start + 1..].iter().map(label).collect::<Vec<_>>()
    };
    assert_eq!(menu_of(&on_choice), menu_of(&on_number));
    // The second entry goes back on every question.
    press(&mut p, DOWN);
    press(&mut p, ENTER);
    p.exp_string("Choice?").unwrap();
    let saved = read_result(&dir.path().join("out.yaml"));
    assert_eq!(saved.answers.len(), 1, "going back answered nothing");
    // "Don't know" is the fourth entry, also on the number question.
    press(&mut p, ENTER);
    p.exp_string("How many?").unwrap();
    press(&mut p, ENTER);
    p.exp_string("> Back to the question").unwrap();
    press(&mut p, &DOWN.repeat(3));
    press(&mut p, ENTER);
    p.exp_string("Summary").unwrap();
    let saved = read_result(&dir.path().join("out.yaml"));
    assert_eq!(saved.answers[1].response.state, State::Unknown);
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn the_first_screen_and_the_summary_name_the_municipality_and_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    let mut p = spawn(
        dir.path(),
        &[small.to_str().unwrap(), "-k", "4626", "-o", "out.yaml"],
    );
    let first = screen(&mut p);
    let place = "Municipality: 4626 Øygarden · Saved in: out.yaml";
    assert!(first.iter().any(|l| l == place), "{first:?}");
    press(&mut p, DOWN);
    press(&mut p, ENTER); // No
    p.exp_string("Who runs IT?").unwrap();
    press(&mut p, ENTER);
    p.exp_string("Any remark?").unwrap();
    press(&mut p, "-\r");
    p.exp_string("How many employees?").unwrap();
    press(&mut p, "3\r");
    let summary = screen(&mut p);
    assert!(summary.iter().any(|l| l == place), "{summary:?}");
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

/// On a narrow screen the summary's counts break between counts, never
/// between a count and its name.
#[test]
fn the_summary_keeps_each_count_beside_its_name_on_a_narrow_screen() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    let mut p = spawn(
        dir.path(),
        &[small.to_str().unwrap(), "-k", "4626", "-o", "out.yaml"],
    );
    resized(&mut p, 20, 50);
    press(&mut p, DOWN);
    press(&mut p, ENTER); // No
    p.exp_string("Who runs IT?").unwrap();
    press(&mut p, ENTER);
    p.exp_string("Any remark?").unwrap();
    press(&mut p, "-\r");
    p.exp_string("How many employees?").unwrap();
    press(&mut p, "3\r");
    let summary = screen(&mut p);
    assert!(
        summary.iter().any(|l| l.contains("Skipped:\u{a0}0")),
        "{summary:?}"
    );
    for l in &summary {
        assert!(l.chars().count() < 50, "50 wide: {l:?}");
        let bare = l.trim();
        assert!(
            !bare.starts_with('·') && !bare.chars().all(|c| c.is_ascii_digit()),
            "a count apart: {summary:?}"
        );
    }
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

/// With every question answered the summary still offers each one, so that
/// an answer can be corrected before finishing; the change leads back to
/// the summary and the file stays complete once finished.
#[test]
fn an_answered_question_can_be_corrected_from_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    let mut p = spawn(
        dir.path(),
        &[small.to_str().unwrap(), "-k", "4626", "-o", "out.yaml"],
    );
    p.exp_string("> Yes").unwrap();
    press(&mut p, DOWN);
    press(&mut p, ENTER); // No
    p.exp_string("Who runs IT?").unwrap();
    press(&mut p, ENTER);
    p.exp_string("Any remark?").unwrap();
    press(&mut p, "-\r");
    p.exp_string("How many employees?").unwrap();
    press(&mut p, "3\r");
    let summary = screen(&mut p);
    assert!(
        summary.iter().any(|l| l.starts_with("  ansatte: How many")),
        "{summary:?}"
    );
    press(&mut p, &DOWN.repeat(4)); // har_soc, drift, merknad, ansatte
    press(&mut p, ENTER);
    p.exp_string("How many employees?").unwrap();
    press(&mut p, "\x7f"); // Backspace removes the old answer, 3.
    press(&mut p, "12\r");
    p.exp_string("> Finish and save").unwrap();
    press(&mut p, ENTER);
    p.exp_eof().unwrap();
    let saved = read_result(&dir.path().join("out.yaml"));
    assert_eq!(saved.status, Status::Complete);
    let employees = saved.answers.iter().find(|a| a.id == "ansatte").unwrap();
    assert_eq!(employees.response.value, Some(AnswerValue::Number(12.0)));
}

/// On a terminal, a `-k` that fits several municipalities opens the picker
/// with the text already typed, instead of refusing or guessing.
#[test]
fn an_ambiguous_municipality_opens_the_picker_with_the_text_typed() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    // "au" fits Austevoll, Austrheim and Aurland.
    let mut p = spawn(
        dir.path(),
        &[small.to_str().unwrap(), "-k", "au", "-o", "out.yaml"],
    );
    p.exp_string("Which municipality do you answer for?")
        .unwrap();
    // Added to "au", "str" leaves Austrheim alone; on its own it would not.
    press(&mut p, "str");
    press(&mut p, ENTER);
    p.exp_string("Question 1 of").unwrap();
    press(&mut p, "\x03");
    p.exp_string("Interrupted").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(read_result(&dir.path().join("out.yaml")).subject.id, "4632");
}

/// The picker lists Vestland first, but typing finds any municipality in
/// the country: "ber" fits Bergen and several others, "lev" added leaves
/// Berlevåg in Finnmark.
#[test]
fn the_picker_finds_municipalities_outside_vestland() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("survey-small.yaml");
    let mut p = spawn(
        dir.path(),
        &[small.to_str().unwrap(), "-k", "ber", "-o", "out.yaml"],
    );
    p.exp_string("Which municipality do you answer for?")
        .unwrap();
    press(&mut p, "lev");
    press(&mut p, ENTER);
    p.exp_string("Question 1 of").unwrap();
    press(&mut p, "\x03");
    p.exp_string("Interrupted").unwrap();
    p.exp_eof().unwrap();
    let result = read_result(&dir.path().join("out.yaml"));
    assert_eq!(
        (result.subject.id.as_str(), result.subject.name.as_str()),
        ("5630", "Berlevåg")
    );
}

/// `survey` without `--lang` for a municipality, with `args` before it.
fn spawn_for(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = kartlegg_process(dir);
    cmd.env("TERM", "xterm").args(args);
    rexpect::session::spawn_command(cmd, Some(10_000)).unwrap()
}

#[test]
fn a_nynorsk_municipality_is_asked_in_nynorsk_unless_a_language_is_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let survey = ["survey", "hurtigsjekk", "-k", "sogndal", "-o", "nn.yaml"];
    let mut p = spawn_for(dir.path(), &survey);
    p.exp_string("Kven driftar IT-systema til kommunen i det daglege?")
        .unwrap();
    press(&mut p, ENTER); // Eiga IT-avdeling.
    p.exp_string("Har kommunen eit styringssystem for informasjonstryggleik")
        .unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Avbrote").unwrap();
    p.exp_eof().unwrap();
    let saved = read_result(&dir.path().join("nn.yaml"));
    assert_eq!(saved.subject.id, "4640");
    assert_eq!(
        saved.answers[0].response.value,
        Some(AnswerValue::Text("egen".into()))
    );

    let mut p = spawn_for(
        dir.path(),
        &[
            "--lang",
            "nb",
            "survey",
            "hurtigsjekk",
            "-k",
            "4640",
            "-o",
            "nb.yaml",
        ],
    );
    p.exp_string("Hvem drifter kommunens IT-systemer i det daglige?")
        .unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
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
    p.exp_string("Question 1 of").unwrap();
    p.exp_string("  No").unwrap();
    press(&mut p, DOWN);
    press(&mut p, ENTER);
    p.exp_string("Question 2 of").unwrap();
    p.exp_string("> Own").unwrap();
    press(&mut p, ENTER);
    p.exp_string("Question 3 of").unwrap();
    p.exp_string("Answer").unwrap();
    press(&mut p, "fine");
    press(&mut p, ENTER);
    p.exp_string("Number (0").unwrap();
    press(&mut p, "12");
    press(&mut p, ENTER);
    p.exp_string("> Finish and save").unwrap();
    press(&mut p, ENTER);
    p.exp_string("are saved in out.yaml").unwrap();
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
    p.exp_string("l 1 av opptil").unwrap();
    press(&mut p, "\x03");
    p.exp_eof().unwrap();
    let old = std::fs::read_to_string(dir.path().join("out.yaml")).unwrap();
    assert_ne!(old, "gammel\n", "ja overwrites the file");
}
