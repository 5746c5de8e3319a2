//! The three languages from the outside: help, usage errors, system errors,
//! the dataset and the report speak the language chosen, and the data in them
//! is the same in every language.

mod common;

use std::path::Path;

use common::{fixture, kartlegg, kartlegg_en, read_csv, root};
use predicates::prelude::*;
use predicates::str::contains;

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn help_comes_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let nn = stdout(kartlegg(dir.path()).args(["--lang", "nn", "merge", "--help"]));
    for wanted in ["Bruk:", "Val:", "Slå saman resultatfiler frå mange stader"] {
        assert!(nn.contains(wanted), "{wanted}:\n{nn}");
    }
    let nb = stdout(kartlegg(dir.path()).args(["--lang", "nb", "merge", "--help"]));
    assert!(
        nb.contains("Slå sammen resultatfiler fra mange steder"),
        "{nb}"
    );
    let en = stdout(kartlegg(dir.path()).args(["--lang", "en", "merge", "--help"]));
    assert!(en.contains("Merge result files from many sites"), "{en}");
    let top = stdout(kartlegg(dir.path()).args(["--lang", "nn", "--help"]));
    assert!(top.contains("Kommandoar:"), "{top}");
}

/// The example pilot merged in `lang` into `out`, with what it said.
fn merge(dir: &Path, lang: &str, out: &str) -> String {
    let pilot = root().join("examples/pilot/innkommet");
    let run = kartlegg(dir)
        .args(["--lang", lang, "merge"])
        .arg(&pilot)
        .args(["-o", out])
        .assert()
        .code(3);
    String::from_utf8(run.get_output().stderr.clone()).unwrap()
}

#[test]
fn a_nynorsk_dataset_holds_the_same_data_with_nynorsk_words() {
    let dir = tempfile::tempdir().unwrap();
    let said = merge(dir.path(), "nn", "nn");
    assert!(said.contains("Arbeidsboka:"), "{said}");
    assert!(said.contains("Datasettet er i nn"), "{said}");
    merge(dir.path(), "nb", "nb");
    for table in [
        "modenhet.csv",
        "svar.csv",
        "tjenestekatalog.csv",
        "inventar.csv",
    ] {
        let nn = read_csv(&dir.path().join("nn").join(table));
        let nb = read_csv(&dir.path().join("nb").join(table));
        assert_eq!(nn.len(), nb.len(), "{table}");
        // The figures and ids are the same; only words may differ.
        let numeric = |row: &Vec<String>| -> Vec<String> {
            row.iter()
                .filter(|cell| cell.parse::<f64>().is_ok())
                .cloned()
                .collect()
        };
        for (a, b) in nn.iter().zip(&nb).skip(1) {
            assert_eq!(numeric(a), numeric(b), "{table}");
            assert_eq!(a[0], b[0], "{table}: the municipality number");
        }
    }
    // The sheet that explains the columns says so in nynorsk.
    let catalogue = read_csv(&dir.path().join("nn").join("tjenestekatalog.csv"));
    let nb_catalogue = read_csv(&dir.path().join("nb").join("tjenestekatalog.csv"));
    let words = |rows: &[Vec<String>]| rows[1..].iter().map(|r| r.join("|")).collect::<Vec<_>>();
    assert_ne!(
        words(&catalogue),
        words(&nb_catalogue),
        "the reasons should be in nynorsk"
    );
}

#[test]
fn the_report_is_written_in_nynorsk() {
    let dir = tempfile::tempdir().unwrap();
    let pilot = root().join("examples/pilot/innkommet");
    let run = kartlegg(dir.path())
        .args(["--lang", "nn", "report"])
        .arg(&pilot)
        .args(["-o", "rapport.html"])
        .assert()
        .code(3);
    let said = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert!(said.contains("Rapporten er skriven til"), "{said}");
    let html = std::fs::read_to_string(dir.path().join("rapport.html")).unwrap();
    assert!(html.contains("lang=\"nn\""));
    assert!(
        html.contains("Identifisere og kartleggje"),
        "NSM's category in nynorsk"
    );
    assert!(
        !html.contains("Identifisere og kartlegge<"),
        "no bokmål category"
    );
}

#[test]
fn lang_nn_shows_the_questionnaires_in_nynorsk() {
    kartlegg(root())
        .args(["--lang", "nn", "questionnaire", "show", "hurtigsjekk"])
        .assert()
        .success()
        .stdout(
            contains("Hurtigsjekk av informasjonstryggleik").and(contains(
                "Kven driftar IT-systema til kommunen i det daglege?",
            )),
        );
    kartlegg(root())
        .env("KARTLEGG_LANG", "nn")
        .args(["questionnaire", "show", "modenhet"])
        .assert()
        .success()
        .stdout(contains("Modenheit i informasjonstryggleik"));
    kartlegg(root())
        .args(["--lang", "nno", "questionnaire", "list"])
        .assert()
        .code(2)
        .stderr(contains("nn"));
}

#[test]
fn validate_names_each_text_without_nynorsk_at_its_place() {
    let path = fixture("questionnaires/missing-nynorsk.yaml");
    let out = kartlegg(root())
        .args(["--lang", "en", "questionnaire", "validate"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.trim_end(),
        format!(
            "{}:16:11: the `nn` (Nynorsk) text is missing; add it between `nb` and `en` [missing-translation]",
            path.display()
        )
    );
    // It still reads: nynorsk falls back to bokmål.
    kartlegg(root())
        .args(["--lang", "nn", "questionnaire", "show"])
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("Har kommunen ein plan?").and(contains("Er planen øvd?")));
}

#[test]
fn help_and_usage_errors_speak_bokmal_by_default_and_english_on_request() {
    let help = kartlegg(root()).arg("--help").assert().success();
    let help = String::from_utf8(help.get_output().stdout.clone()).unwrap();
    for nb in [
        "Bruk: kartlegg",
        "Kommandoer:",
        "Valg:",
        "Vis hjelp",
        "Vis versjon",
    ] {
        assert!(help.contains(nb), "{nb}: {help}");
    }
    for en in ["Usage:", "Commands:", "Options:", "Print help", "[default:"] {
        assert!(!help.contains(en), "{en}: {help}");
    }
    let sub = kartlegg(root())
        .args(["survey", "--help"])
        .assert()
        .success();
    let sub = String::from_utf8(sub.get_output().stdout.clone()).unwrap();
    assert!(
        sub.contains("Svar på spørreskjemaer for en kommune"),
        "{sub}"
    );
    assert!(sub.contains("[mulige verdier: nb, nn, en]"), "{sub}");
    assert!(!sub.contains("Possible values"), "{sub}");

    let errors: [(&[&str], &str); 5] = [
        (&["surway"], "feil: ukjent underkommando «surway»"),
        (
            &["survey", "--bogus"],
            "tips: for å gi «--bogus» som verdi, skriv «-- --bogus»",
        ),
        (&["kommuner", "--bogus"], "feil: uventet argument «--bogus»"),
        (&["merge", "x", "-o"], "trenger en verdi, men fikk ingen"),
        (
            &["--color", "bad", "kommuner"],
            "ugyldig verdi «bad» for «--color <WHEN>»",
        ),
    ];
    for (args, says) in errors {
        let out = kartlegg(root()).args(args).assert().code(2);
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(
            stderr.contains("For mer informasjon, prøv «--help»."),
            "{stderr}"
        );
        for en in [
            "error:",
            "Usage:",
            "For more information",
            "unrecognized",
            "unexpected",
            "to pass",
            "as a value",
        ] {
            assert!(!stderr.contains(en), "{args:?}: {en}: {stderr}");
        }
    }
    kartlegg(root()).args(["surway"]).assert().stderr(contains(
        "tips: en underkommando med lignende navn finnes: «survey»",
    ));
    kartlegg_en(root())
        .args(["surway"])
        .assert()
        .code(2)
        .stderr(contains("error: unrecognized subcommand 'surway'"));
}

#[test]
#[cfg(unix)]
fn operating_system_errors_are_told_in_bokmal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("mappe.csv")).unwrap();
    let out = kartlegg(dir.path())
        .args([
            "survey",
            "hurtigsjekk",
            "-k",
            "4601",
            "--answers",
            "mappe.csv",
        ])
        .write_stdin("")
        .assert()
        .failure();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("mappe.csv: er en mappe"), "{stderr}");
    assert!(!stderr.contains("Is a directory"), "{stderr}");
    let out = kartlegg(dir.path())
        .args(["questionnaire", "validate", "finnes-ikke.yaml"])
        .assert()
        .failure();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("finnes ikke (OS-feil 2)"), "{stdout}");
    assert!(!stdout.contains("No such file"), "{stdout}");
}

/// A result file goes on in the language it was begun in, unless another
/// is asked for.
#[test]
fn a_resumed_survey_speaks_the_language_it_was_begun_in() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.csv"), "drift,egen\n").unwrap();
    std::fs::write(dir.path().join("b.csv"), "mfa_admin,nei\n").unwrap();
    kartlegg(dir.path())
        .args([
            "survey",
            "hurtigsjekk",
            "-k",
            "sogndal",
            "--answers",
            "a.csv",
        ])
        .args(["-o", "nn.yaml"])
        .write_stdin("")
        .assert()
        .success();
    let saved = std::fs::read_to_string(dir.path().join("nn.yaml")).unwrap();
    assert!(saved.contains("language: \"nn\""), "{saved}");
    kartlegg(dir.path())
        .args(["survey", "--resume", "nn.yaml", "--answers", "b.csv"])
        .write_stdin("")
        .assert()
        .success()
        .stderr(contains("Lagra i nn.yaml"));
    kartlegg(dir.path())
        .args([
            "--lang",
            "en",
            "survey",
            "--resume",
            "nn.yaml",
            "--answers",
            "b.csv",
        ])
        .write_stdin("")
        .assert()
        .success()
        .stderr(contains("Saved in nn.yaml"));
}
