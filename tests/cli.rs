//! Runs the real `kartlegg` binary for every command, as a user would, and
//! checks what it prints and the exit code.

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use common::{fixture, kartlegg, kartlegg_en, kartlegg_process, repo, root};
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn version_and_help() {
    kartlegg(root())
        .arg("--version")
        .assert()
        .success()
        .stdout(contains(format!("kartlegg {}", env!("CARGO_PKG_VERSION"))));
    // The long form also names each built-in questionnaire and its version.
    let mut listed = kartlegg(root()).arg("--version").assert().success();
    for q in kartlegg::questionnaire::builtin::all().unwrap() {
        listed = listed.stdout(contains(format!("  {} {}\n", q.id, q.version)));
    }
    kartlegg(root()).arg("--help").assert().success().stdout(
        contains("questionnaire")
            .and(contains("kommuner"))
            .and(contains("--lang")),
    );
}

#[test]
fn usage_errors_exit_with_2() {
    kartlegg(root()).arg("frobnicate").assert().code(2);
    kartlegg(root())
        .args(["--lang", "de", "kommuner"])
        .assert()
        .code(2);
    kartlegg(root())
        .args(["-q", "-v", "kommuner"])
        .assert()
        .code(2);
}

#[test]
fn questionnaire_list_shows_builtin_questionnaires_with_version_and_hash() {
    kartlegg(root())
        .args(["questionnaire", "list"])
        .assert()
        .success()
        .stdout(
            contains("hurtigsjekk")
                .and(contains("1.1.0"))
                .and(contains("Hurtigsjekk av informasjonssikkerhet")),
        );
    let hash = kartlegg::questionnaire::builtin::all().unwrap()[0].hash();
    kartlegg(root())
        .args(["questionnaire", "list", "-v"])
        .assert()
        .success()
        .stdout(contains(hash));
}

#[test]
fn questionnaire_show_speaks_the_chosen_language() {
    kartlegg(root())
        .args(["questionnaire", "show", "hurtigsjekk"])
        .assert()
        .success()
        .stdout(
            contains("Hvem drifter kommunens IT-systemer")
                .and(contains("Vises når: drift in ['samarbeid', 'blandet']")),
        );
    kartlegg(root())
        .args(["questionnaire", "show", "hurtigsjekk", "--lang", "en"])
        .assert()
        .success()
        .stdout(contains("Who runs the municipality's IT systems").and(contains("Shown when:")));
    kartlegg(root())
        .env("KARTLEGG_LANG", "en")
        .args(["questionnaire", "show", "hurtigsjekk"])
        .assert()
        .success()
        .stdout(contains("Quick check of information security"));
}

#[test]
fn questionnaire_show_reads_a_file_and_prints_its_hash() {
    let path = fixture("questionnaires/valid.yaml");
    let q = kartlegg::questionnaire::from_file(&path).unwrap();
    kartlegg(root())
        .args(["questionnaire", "show"])
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("Prøve").and(contains(q.hash())));
}

#[test]
fn questionnaire_show_explains_unknown_ids_and_broken_files() {
    kartlegg(root())
        .args(["--lang", "en", "questionnaire", "show", "hurtigsjek"])
        .assert()
        .code(1)
        .stderr(contains("Did you mean `hurtigsjekk`?"));
    let broken = fixture("broken-questionnaire.yaml");
    let out = kartlegg(root())
        .args(["--lang", "en", "questionnaire", "show"])
        .arg(&broken)
        .assert()
        .code(3)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("broken-questionnaire.yaml:3:5:"),
        "{stderr}"
    );
    assert!(stderr.contains("questionnaire validate"), "{stderr}");
}

/// Every validator message, each planted alone in a fixture: (fixture, line:column, code).
const PLANTED: &[(&str, &str, &str)] = &[
    ("allow-never-not-date", "16:22", "not-for-type"),
    ("bad-id", "20:13", "bad-id"),
    ("bad-weight", "22:17", "out-of-range"),
    ("duplicate-key", "23:9", "duplicate-key"),
    ("duplicate-option", "25:18", "duplicate-id"),
    ("duplicate-question", "20:13", "duplicate-id"),
    ("empty-options", "22:18", "empty"),
    ("evidence-not-bool", "5:11", "wrong-type"),
    ("exclusive-not-multi", "19:68", "not-for-type"),
    ("level-out-of-range", "25:11", "out-of-range"),
    ("min-above-max", "22:14", "min-above-max"),
    ("missing-key", "20:9", "missing-key"),
    ("missing-score", "25:18", "missing-score"),
    ("missing-translation", "22:15", "missing-translation"),
    ("missing-nynorsk", "16:11", "missing-translation"),
    ("not-for-type", "24:11", "not-for-type"),
    ("rank-pick-above-options", "16:15", "out-of-range"),
    ("score-out-of-range", "22:23", "out-of-range"),
    ("show-if-later", "22:34", "show-if-order"),
    ("show-if-syntax", "22:32", "show-if-syntax"),
    ("show-if-type", "22:18", "show-if-type"),
    ("show-if-unknown", "22:18", "show-if-unknown"),
    ("unknown-key", "22:9", "unknown-key"),
    ("unknown-level", "25:11", "unknown-level"),
    ("unknown-principle", "22:20", "unknown-principle"),
    ("unknown-scale", "22:16", "unknown-scale"),
    ("unknown-type", "21:15", "unknown-type"),
    ("wrong-type", "22:19", "wrong-type"),
    ("yaml-alias", "14:15", "yaml-alias"),
    ("yaml-syntax", "23:1", "yaml-syntax"),
];

#[test]
fn validate_reports_each_planted_problem_at_its_place() {
    for (name, place, code) in PLANTED {
        let path = fixture(&format!("questionnaires/{name}.yaml"));
        let out = kartlegg(root())
            .args(["questionnaire", "validate", "-q"])
            .arg(&path)
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(3), "{name}: {stdout}");
        assert_eq!(
            stdout.lines().count(),
            1,
            "{name}: exactly one problem expected:\n{stdout}"
        );
        let expected = format!("{}:{place}: ", path.display());
        assert!(
            stdout.starts_with(&expected),
            "{name}: expected {expected}…, got {stdout}"
        );
        assert!(
            stdout.trim_end().ends_with(&format!("[{code}]")),
            "{name}: {stdout}"
        );
    }
}

#[test]
fn validate_accepts_valid_files_and_the_builtin_questionnaires() {
    let builtin = repo("questionnaires");
    let files: Vec<PathBuf> = std::fs::read_dir(&builtin)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    assert!(!files.is_empty());
    kartlegg(root())
        .args(["--lang", "en", "questionnaire", "validate"])
        .args(&files)
        .arg(fixture("questionnaires/valid.yaml"))
        .assert()
        .success()
        .stdout("")
        .stderr(contains("valid: 2").or(contains(format!("valid: {}", files.len() + 1))));
}

#[test]
fn validate_reports_every_problem_of_a_broken_file_in_one_run() {
    let out = kartlegg(root())
        .args(["--lang", "en", "questionnaire", "validate"])
        .arg(fixture("broken-questionnaire.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut codes: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.rsplit_once('[').map(|(_, c)| c.trim_end_matches(']')))
        .collect();
    assert!(stdout.lines().count() >= 15, "{stdout}");
    for line in stdout.lines() {
        let place: Vec<&str> = line.splitn(4, ':').collect();
        assert!(
            place[1].parse::<usize>().is_ok() && place[2].parse::<usize>().is_ok(),
            "no line:column in {line}"
        );
    }
    codes.sort();
    codes.dedup();
    assert!(
        codes.len() >= 10,
        "only {} distinct kinds: {codes:?}",
        codes.len()
    );
}

#[test]
fn validate_checks_service_catalogues_against_the_builtin_questionnaires() {
    let path = fixture("broken-catalogue.yaml");
    let out = kartlegg(root())
        .args(["--lang", "en", "questionnaire", "validate", "-q"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let file = path.display();
    for expected in [
        format!("{file}:10:17: the department `teknisk` does not exist"),
        format!("{file}:13:25: `3.9` is not a principle"),
        format!("{file}:17:17: when: `natt_overvaking` has no option 'aldri'"),
        format!(
            "{file}:19:26: `it-strukturen` is not a built-in questionnaire (behov, hurtigsjekk, it-struktur, modenhet)"
        ),
        format!(
            "{file}:23:22: unknown inventory indicator `edr_installed`; did you mean `edr_present`?"
        ),
        format!(
            "{file}:26:5: the questionnaire `behov` lacks the question `ukjent_tjeneste_behov`"
        ),
    ] {
        assert!(
            stdout.contains(&expected),
            "missing {expected} in\n{stdout}"
        );
    }
}

#[test]
fn validate_exits_1_when_a_file_cannot_be_read() {
    kartlegg(root())
        .args(["questionnaire", "validate", "does-not-exist.yaml"])
        .assert()
        .code(1)
        .stdout(contains("does-not-exist.yaml"));
}

#[test]
fn hostile_questionnaire_files_get_one_line_and_exit_3_within_a_second_of_cpu_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("binary", vec![0x7f, b'E', b'L', b'F', 0, 1, 2, 0, 0xff]),
        ("latin1", b"id: \xf8ygarden\n".to_vec()),
        (
            "utf16",
            "id: a"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .fold(vec![0xFF, 0xFE], |mut v, b| {
                    v.push(b);
                    v
                }),
        ),
        (
            "nested",
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
        ),
        (
            "nested-maps",
            (0..200)
                .map(|i| format!("{}k:\n", " ".repeat(i)))
                .collect::<String>()
                .into_bytes(),
        ),
        ("laughs", {
            let mut s = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for i in 1..12 {
                let prev = (b'a' + i - 1) as char;
                let name = (b'a' + i) as char;
                s.push_str(&format!("{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
            }
            s.into_bytes()
        }),
        (
            "long-line",
            format!("id: {}\n", "x".repeat(1_000_000)).into_bytes(),
        ),
    ];
    // 50 MB of plausible YAML.
    cases.push((
        "huge",
        "- {nb: tekst, en: text}\n".repeat(2_200_000).into_bytes(),
    ));
    for (name, bytes) in cases {
        let path = dir.path().join(format!("{name}.yaml"));
        std::fs::File::create(&path)
            .unwrap()
            .write_all(&bytes)
            .unwrap();
        let mut cmd = common::kartlegg_process(root());
        cmd.args(["questionnaire", "show"]).arg(&path);
        // CPU time, which a busy machine hardly changes (see common::Measured).
        let run = common::run_measured(cmd);
        let took = run.cpu;
        let stderr = String::from_utf8(run.stderr).unwrap();
        assert_eq!(run.code, Some(3), "{name}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
        assert!(stderr.starts_with("kartlegg: feil: "), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(took < Duration::from_secs(1), "{name} took {took:?}");
    }
}

#[test]
fn kommuner_lists_and_searches_the_register() {
    kartlegg(root()).arg("kommuner").assert().success().stdout(
        contains("4601")
            .and(contains("Bergen"))
            .and(contains("4651"))
            .and(contains("5001").not())
            .and(contains("Fylke").not())
            .and(contains("Viser 43: Vestland"))
            .and(contains("`--alle` viser alle 357")),
    );
    kartlegg(root())
        .args(["kommuner", "--search", "oygarden"])
        .assert()
        .success()
        .stdout(
            contains("4626")
                .and(contains("Øygarden"))
                .and(contains("nynorsk"))
                .and(contains("1 i alt")),
        );
    kartlegg(root())
        .args(["kommuner", "--maalform", "neutral"])
        .assert()
        .success()
        .stdout(
            contains("Bergen")
                .and(contains("Askøy"))
                .and(contains("nøytral"))
                .and(contains("Viser 2: Vestland")),
        );
    kartlegg(root())
        .args(["kommuner", "--maalform", "nynorsk"])
        .assert()
        .success()
        .stdout(contains("Viser 41").and(contains("Bergen").not()));
    // The other municipalities: searched, by county, or all of them.
    kartlegg(root())
        .args(["--lang", "en", "kommuner", "--search", "Trondheim"])
        .assert()
        .success()
        .stdout(
            contains("5001")
                .and(contains("Trondheim – Tråante"))
                .and(contains("1 in all")),
        );
    kartlegg(root())
        .args(["kommuner", "--fylke", "Trøndelag", "--maalform", "bokmål"])
        .assert()
        .success()
        .stdout(
            contains("5014")
                .and(contains("Frøya"))
                .and(contains("7 i alt")),
        );
    kartlegg(root())
        .args(["kommuner", "--fylke", "56"])
        .assert()
        .success()
        .stdout(contains("Guovdageaidnu – Kautokeino").and(contains("18 i alt")));
    kartlegg(root())
        .args(["--lang", "nn", "kommuner", "--all", "--maalform", "nynorsk"])
        .assert()
        .success()
        .stdout(
            contains("Fylke")
                .and(contains("Møre og Romsdal"))
                .and(contains("88 i alt")),
        );
    kartlegg(root())
        .args(["kommuner", "--alle"])
        .assert()
        .success()
        .stdout(
            contains("0301")
                .and(contains("Oslo"))
                .and(contains("357 i alt")),
        );
    kartlegg(root())
        .args(["--lang", "en", "kommuner", "--fylke", "Viken"])
        .assert()
        .code(1)
        .stderr(contains("`Viken` is not a county").and(contains("46 Vestland")));
    kartlegg(root())
        .args(["--lang", "en", "kommuner", "--search", "Uppsala"])
        .assert()
        .code(1)
        .stderr(contains("found no municipality `Uppsala`").and(contains("--kommuner FILE")));
}

/// A folder without result files is a mistake, not an empty report or dataset.
#[test]
fn analyses_of_a_folder_without_result_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("tom")).unwrap();
    std::fs::write(dir.path().join("tom/notat.txt"), "hei\n").unwrap();
    for args in [
        &["report", "tom", "-o", "r.html"][..],
        &["catalogue", "tom"],
        &["pilot", "tom"],
        &["merge", "tom", "-o", "datasett"],
    ] {
        let out = kartlegg(dir.path()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(String::from_utf8(out.stdout).unwrap(), "", "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with("kartlegg: feil: fant ingen resultatfiler i tom.")
                && stderr.contains(".yaml, .yml, .json eller .age"),
            "{args:?}: {stderr}"
        );
    }
    assert!(!dir.path().join("r.html").exists());
    assert!(!dir.path().join("datasett").exists());
    std::fs::write(dir.path().join("tom/modenhet.xlsx"), "").unwrap();
    kartlegg_en(dir.path())
        .args(["import", "tom"])
        .assert()
        .code(2)
        .stderr(
            contains("tom is a folder; import reads one filled-in Excel form (.xlsx)")
                .and(contains("kartlegg import tom/modenhet.xlsx")),
        );
}

#[test]
fn kommuner_file_adds_cooperations_from_flag_or_environment() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("samarbeid.yaml");
    std::fs::write(&file, "cooperations:\n  - id: ikt-nordfjord\n    name: IKT Nordfjord\n    members: [Kinn, Stad, Gloppen, Stryn, Bremanger]\n").unwrap();
    kartlegg(root())
        .arg("--kommuner")
        .arg(&file)
        .args(["kommuner", "--search", "nordfjord"])
        .assert()
        .success()
        .stdout(contains("ikt-nordfjord").and(contains("Kinn, Stad, Gloppen, Stryn, Bremanger")));
    kartlegg(root())
        .env("KARTLEGG_KOMMUNER", &file)
        .args(["kommuner"])
        .assert()
        .success()
        .stdout(contains("Viser 44"));
    std::fs::write(
        &file,
        "cooperations:\n  - id: x\n    name: X\n    members: [Uppsala]\n",
    )
    .unwrap();
    kartlegg(root())
        .arg("--kommuner")
        .arg(&file)
        .arg("kommuner")
        .assert()
        .code(3)
        .stderr(contains("samarbeid.yaml:4:15:"));
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        kartlegg(root())
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(contains("kartlegg").and(contains("questionnaire")));
    }
    kartlegg(root())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn man_page_is_roff() {
    kartlegg(root())
        .arg("man")
        .assert()
        .success()
        .stdout(contains(".TH kartlegg").and(contains("questionnaire")));
}

#[test]
fn closed_pipe_ends_quietly_with_success() {
    for args in [
        &["kommuner"][..],
        &["questionnaire", "show", "hurtigsjekk"],
        &["man"],
    ] {
        let mut child = kartlegg_process(root())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the program writes, like `| head -0`.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}: {:?}", out.status);
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn questionnaire_show_names_the_question_features() {
    let dir = tempfile::tempdir().unwrap();
    let out = kartlegg_en(dir.path())
        .args(["questionnaire", "show"])
        .arg(fixture("survey-features.yaml"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    // Lines wrap at the terminal width; compare with single spaces.
    let stdout = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    for wanted in [
        "( ) None of these – chosen on its own",
        "[date `siste_ovelse` · “Don't know” allowed · “Never” allowed · evidence asked]",
        "[free text `hvorfor_ikke`]",
        "[ranking `tjenester` · “Don't know” allowed · evidence asked · the 3 most important, in order]",
    ] {
        assert!(stdout.contains(wanted), "{wanted}:\n{stdout}");
    }
}
