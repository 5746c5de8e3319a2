//! Inputs that try to reach outside their folder or to stall a reader: ids
//! that are paths, FIFOs, symbolic links and their loops; and the modes of
//! what kartlegg creates, which only its owner may read.
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{kartlegg_en, read_csv, repo};
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

/// Ids that would be paths, in YAML double-quoted form, with what they mean.
const PAYLOADS: [&str; 8] = [
    "x/../../pwned",
    "..",
    "../pwned",
    "ABSOLUTE",
    "a\\\\..\\\\..\\\\pwned",
    "a\\0b",
    "",
    ".skjult",
];

/// The payload as YAML text, with `ABSOLUTE` a path inside `dir`.
fn yaml_payload(payload: &str, dir: &Path) -> String {
    match payload {
        "ABSOLUTE" => dir.join("pwned-absolute").display().to_string(),
        p => p.to_string(),
    }
}

/// Every file below `dir`, relative to it.
fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walk(dir)
        .into_iter()
        .map(|p| p.strip_prefix(dir).unwrap().to_path_buf())
        .collect();
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

const EXAMPLE_SURVEY: &str =
    "examples/pilot/innkommet/breidal/kartlegg-svar-9902-modenhet-2026-10-05.yaml";
const EXAMPLE_INVENTORY: &str =
    "examples/pilot/innkommet/breidal/kartlegg-inventar-9902-36284737-2026-10-06.yaml";

#[test]
fn a_cooperation_id_that_is_a_path_is_refused_where_the_register_is_read() {
    for payload in PAYLOADS {
        let dir = tempfile::tempdir().unwrap();
        let work = dir.path().join("a").join("b");
        std::fs::create_dir_all(&work).unwrap();
        let id = yaml_payload(payload, dir.path());
        let register =
            format!("cooperations:\n  - id: \"{id}\"\n    name: Samarbeid\n    members: [Kinn]\n");
        std::fs::write(work.join("reg.yaml"), register).unwrap();
        std::fs::write(work.join("svar.csv"), "har_soc,nei\n").unwrap();
        kartlegg_en(&work)
            .args(["--kommuner", "reg.yaml", "survey", "-k", "Samarbeid"])
            .args(["--role", "IT-leder", "--answers", "svar.csv"])
            .arg(common::fixture("survey-small.yaml"))
            .write_stdin("")
            .timeout(Duration::from_secs(30))
            .assert()
            .code(3)
            .stderr(contains("reg.yaml:2:9:").and(contains("a–z, A–Z, 0–9")));
        assert_eq!(
            files_below(dir.path()),
            [PathBuf::from("a/b/reg.yaml"), PathBuf::from("a/b/svar.csv")],
            "payload {payload:?}"
        );
    }
}

#[test]
fn ids_that_are_paths_in_result_files_are_rejected_by_merge_with_their_place() {
    let survey = std::fs::read_to_string(repo(EXAMPLE_SURVEY)).unwrap();
    let inventory = std::fs::read_to_string(repo(EXAMPLE_INVENTORY)).unwrap();
    for payload in PAYLOADS {
        let dir = tempfile::tempdir().unwrap();
        let inn = dir.path().join("inn");
        std::fs::create_dir(&inn).unwrap();
        let id = yaml_payload(payload, dir.path());
        let municipality = "municipality:\n  id: \"9902\"";
        let bad = format!("municipality:\n  id: \"{id}\"");
        let files = [
            ("kommune.yaml", survey.replacen(municipality, &bad, 1)),
            (
                "skjema.yaml",
                survey.replacen("id: \"modenhet\"", &format!("id: \"{id}\""), 1),
            ),
            ("inventar.yaml", inventory.replacen(municipality, &bad, 1)),
        ];
        for (name, text) in &files {
            assert!(text.contains(&format!("id: \"{id}\"")), "{name}");
            std::fs::write(inn.join(name), text).unwrap();
        }
        kartlegg_en(dir.path())
            .args(["-q", "merge", "inn", "-o", "ut"])
            .assert()
            .code(3);
        let avvik = read_csv(&dir.path().join("ut/avvik.csv"));
        let row = |name: &str| {
            avvik
                .iter()
                .find(|r| r[0].ends_with(name))
                .unwrap_or_else(|| panic!("{name} {payload:?}: {avvik:?}"))
                .clone()
        };
        let kommune = row("kommune.yaml");
        assert_eq!(kommune[1], "1");
        assert!(
            kommune[3].contains(":10:7: ") && kommune[3].contains("a–z"),
            "{kommune:?}"
        );
        assert!(row("skjema.yaml")[3].contains(":6:7: "), "{payload:?}");
        assert!(
            row("inventar.yaml")[3].contains("municipality.id"),
            "{payload:?}"
        );
        assert!(!dir.path().join("pwned").exists() && !dir.path().join("pwned-absolute").exists());
    }
}

#[test]
fn a_questionnaire_id_that_is_a_path_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::fixture("survey-small.yaml")).unwrap();
    let first = text.lines().position(|l| l.starts_with("id:")).unwrap() + 1;
    let bad = text.replacen(
        text.lines().nth(first - 1).unwrap(),
        "id: \"x/../../pwned\"",
        1,
    );
    std::fs::write(dir.path().join("q.yaml"), bad).unwrap();
    kartlegg_en(dir.path())
        .args(["questionnaire", "validate", "q.yaml"])
        .assert()
        .code(3)
        .stdout(contains(format!("q.yaml:{first}:5:")).and(contains("x/../../pwned")));
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_fifo_named_or_found_in_a_folder_is_refused_at_once_by_kind() {
    let dir = tempfile::tempdir().unwrap();
    let inn = dir.path().join("inn");
    std::fs::create_dir(&inn).unwrap();
    std::fs::copy(repo(EXAMPLE_SURVEY), inn.join("svar.yaml")).unwrap();
    mkfifo(&inn.join("rør.yaml"));
    mkfifo(&dir.path().join("alene.yaml"));
    kartlegg_en(dir.path())
        .args(["-q", "merge", "inn", "alene.yaml", "-o", "ut"])
        .timeout(Duration::from_secs(20))
        .assert()
        .code(3);
    let avvik = read_csv(&dir.path().join("ut/avvik.csv"));
    for name in ["inn/rør.yaml", "alene.yaml"] {
        let row = avvik.iter().find(|r| r[0].ends_with(name)).unwrap();
        assert_eq!(row[1..3], ["1", "not-a-file"], "{row:?}");
        assert!(row[3].contains("a FIFO (named pipe)"), "{row:?}");
    }
    let answers = read_csv(&dir.path().join("ut/svar.csv"));
    assert!(answers.len() > 10, "the real file is still used");
    let fifo = dir.path().join("alene.yaml");
    for args in [
        &["questionnaire", "validate"][..],
        &["survey", "-k", "4626", "--answers"][..],
        &["import"][..],
        &["--kommuner"][..],
        &["pilot", "inn", "--pilot-config"][..],
    ] {
        let mut cmd = kartlegg_en(dir.path());
        cmd.args(args).arg(&fifo);
        match args[0] {
            "survey" => cmd.arg(common::fixture("survey-small.yaml")),
            "--kommuner" => cmd.arg("kommuner"),
            _ => &mut cmd,
        };
        let out = cmd.timeout(Duration::from_secs(20)).output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr) + String::from_utf8_lossy(&out.stdout);
        assert!(said.contains("a FIFO (named pipe)"), "{args:?}: {said}");
        assert!(
            !out.status.success() && out.status.code().is_some(),
            "{args:?}"
        );
    }
}

#[test]
fn links_in_an_input_folder_are_followed_and_loops_listed() {
    let dir = tempfile::tempdir().unwrap();
    let inn = dir.path().join("inn");
    let elsewhere = dir.path().join("annet");
    std::fs::create_dir_all(&inn).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::copy(repo(EXAMPLE_SURVEY), elsewhere.join("svar.yaml")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("svar.yaml"), inn.join("lenke.yaml")).unwrap();
    std::os::unix::fs::symlink(&inn, inn.join("løkke")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("borte.yaml"), inn.join("død.yaml")).unwrap();
    kartlegg_en(dir.path())
        .args(["-q", "merge", "inn", "-o", "ut"])
        .timeout(Duration::from_secs(20))
        .assert()
        .code(3);
    let answers = read_csv(&dir.path().join("ut/svar.csv"));
    assert!(answers.iter().skip(1).all(|r| r[0] == "9902") && answers.len() > 10);
    let avvik = read_csv(&dir.path().join("ut/avvik.csv"));
    let row = |name: &str| avvik.iter().find(|r| r[0].ends_with(name)).cloned();
    let looped = row("inn/løkke").unwrap_or_else(|| panic!("{avvik:?}"));
    assert_eq!(looped[1..3], ["1", "link-loop"]);
    assert!(looped[3].contains("points back to"), "{looped:?}");
    let dangling = row("inn/død.yaml").unwrap();
    assert_eq!(
        dangling[1..],
        ["1", "unreadable", "the link points to nothing that exists"]
    );
    let linked = row("lenke.yaml");
    assert!(linked.is_none_or(|r| r[1] == "0"), "{avvik:?}");
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn folders_kartlegg_makes_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let inn = repo("examples/pilot/innkommet");
    kartlegg_en(dir.path())
        .args(["-q", "merge"])
        .arg(&inn)
        .args(["-o", "ny/ut"])
        .assert()
        .code(3);
    assert_eq!(mode(&dir.path().join("ny")), 0o700);
    assert_eq!(mode(&dir.path().join("ny/ut")), 0o700);
    assert_eq!(mode(&dir.path().join("ny/ut/svar.csv")), 0o600);
    kartlegg_en(dir.path())
        .args(["-q", "pilot"])
        .arg(&inn)
        .args(["-o", "pilot"])
        .assert()
        .code(3);
    assert_eq!(mode(&dir.path().join("pilot")), 0o700);
    assert_eq!(mode(&dir.path().join("pilot/metode.csv")), 0o600);
}

#[cfg(target_os = "linux")]
#[test]
fn the_salt_folder_and_file_are_private() {
    let dir = tempfile::tempdir().unwrap();
    kartlegg_en(dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .args([
            "-q",
            "inventory",
            "-k",
            "4626",
            "--no-software",
            "-o",
            "inv.yaml",
        ])
        .assert()
        .success();
    let folder = dir.path().join("config/kartlegg");
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(&folder.join("salt-4626")), 0o600);
}
