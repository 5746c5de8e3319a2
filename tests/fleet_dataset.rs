//! Fleet files in the dataset: `merge` keeps the newest of each
//! municipality and tables its counts in flate.csv and flate_os.csv, the
//! catalogue's signals and the pilot's checks read its figures, and a
//! settings file that names an unknown figure is refused where it stands.

mod common;

use std::path::Path;

use common::{kartlegg, kartlegg_en, read_csv, repo};

/// Runs `kartlegg fleet` on fixtures from tests/fleet into `out`.
fn fleet(dir: &Path, exports: &[&str], kommune: &str, out: &str) {
    let mut cmd = kartlegg(dir);
    cmd.arg("fleet");
    for name in exports {
        cmd.arg(repo("tests/fleet").join(name));
    }
    cmd.args(["-k", kommune, "-o", out]).assert().success();
}

/// The cells of `row` under the named headers.
fn cells<'a>(table: &'a [Vec<String>], row: usize, names: &[&str]) -> Vec<&'a str> {
    names
        .iter()
        .map(|name| {
            let i = table[0]
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("no column {name}: {:?}", table[0]));
            table[row][i].as_str()
        })
        .collect()
}

#[test]
fn merge_keeps_the_newest_fleet_file_of_each_municipality_and_tables_its_counts() {
    let dir = tempfile::tempdir().unwrap();
    let inn = dir.path().join("inn");
    std::fs::create_dir(&inn).unwrap();
    fleet(dir.path(), &["intune-nb.csv"], "4640", "inn/eldre.yaml");
    // Made a month earlier: the newer file below replaces it.
    let older = std::fs::read_to_string(inn.join("eldre.yaml")).unwrap();
    let created = older
        .lines()
        .find(|l| l.starts_with("created: "))
        .unwrap()
        .to_string();
    let older = older.replace(&created, "created: \"2026-01-05T10:00:00Z\"");
    std::fs::write(inn.join("eldre.yaml"), older).unwrap();
    fleet(
        dir.path(),
        &["ad-ps7.csv", "intune-en.csv"],
        "4640",
        "inn/nyere.yaml",
    );
    fleet(dir.path(), &["entra.csv"], "4601", "inn/bergen.yaml");

    let out = kartlegg(dir.path())
        .args(["merge", "inn", "-o", "ut"])
        .output()
        .unwrap();
    // The older file is rejected as a duplicate.
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "3 filer lest: 0 spørreskjemasvar, 0 maskiner og 2 enhetsoversikter brukt, 1 avvist"
        ),
        "{stderr}"
    );
    let avvik = read_csv(&dir.path().join("ut/avvik.csv"));
    assert_eq!(avvik.len(), 2, "{avvik:?}");
    assert!(avvik[1][0].ends_with("eldre.yaml"), "{avvik:?}");
    assert_eq!(cells(&avvik, 1, &["kode"]), ["duplicate"], "{avvik:?}");
    assert!(
        avvik[1][3].contains("nyere.yaml, som ble brukt"),
        "{avvik:?}"
    );

    let table = read_csv(&dir.path().join("ut/flate.csv"));
    let rows: Vec<Vec<&str>> = (1..table.len())
        .map(|r| cells(&table, r, &["kommunenr", "eksport", "enheter"]))
        .collect();
    assert_eq!(
        rows,
        [
            ["4601", "entra", "280"],
            ["4640", "active-directory", "200"],
            ["4640", "intune", "320"],
        ]
    );
    // The Intune export's counts, as tests/fleet.rs has them from the file.
    let intune = [
        "kryptert_ja",
        "kryptert_nei",
        "kryptert_ukjent",
        "i_samsvar_ja",
        "i_samsvar_nei",
        "styrt_ja",
        "styrt_ukjent",
        "entra_tilknyttet",
        "hybrid_tilknyttet",
        "eid_av_kommunen",
        "privat_eid",
        "inaktive_30d",
        "inaktive_90d",
        "ukryptert_prosent",
        "aktivitet_fra",
    ];
    assert_eq!(
        cells(&table, 3, &intune),
        [
            "258",
            "48",
            "14",
            "234",
            "50",
            "287",
            "33",
            "189",
            "52",
            "261",
            "27",
            "141",
            "80",
            "15.7",
            "2025-04-17"
        ]
    );
    // What an export does not carry is empty, never 0.
    let ad = cells(
        &table,
        2,
        &["kryptert_ja", "i_samsvar_ja", "eid_av_kommunen"],
    );
    assert_eq!(ad, ["", "", ""]);
    assert!(!cells(&table, 2, &["aktivert_ja"])[0].is_empty());

    // Every device of every export stands on one release row.
    let releases = read_csv(&dir.path().join("ut/flate_os.csv"));
    for (row, (kommune, export, devices)) in [
        ("4601", "entra", 280),
        ("4640", "active-directory", 200),
        ("4640", "intune", 320),
    ]
    .into_iter()
    .enumerate()
    {
        let sum: u64 = (1..releases.len())
            .filter(|&r| cells(&releases, r, &["kommunenr", "eksport"]) == [kommune, export])
            .map(|r| cells(&releases, r, &["enheter"])[0].parse::<u64>().unwrap())
            .sum();
        assert_eq!(sum, devices, "row {row}: {kommune} {export}");
    }
    let past: Vec<&str> = (1..releases.len())
        .map(|r| cells(&releases, r, &["forbi_stotte"])[0])
        .collect();
    assert!(
        past.iter()
            .all(|p| ["true", "false", "unknown"].contains(p))
    );
    assert!(
        past.contains(&"true") && past.contains(&"false"),
        "{past:?}"
    );
}

#[test]
fn the_pilot_finds_the_claim_a_device_export_contradicts() {
    let out = kartlegg_en(&repo("."))
        .args(["pilot", "examples/pilot/innkommet"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The table wraps its cells: compare the words.
    let words = stdout
        .replace(['│', '┆'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        words.contains(
            "Lisund (fiktiv): states device encryption at level 4–5, but the device export shows more than 5 % unencrypted"
        ),
        "{stdout}"
    );
    assert!(
        words.contains("contradiction in 2 municipalities: Nordøy (fiktiv)"),
        "{stdout}"
    );
}

#[test]
fn catalogue_signals_read_the_device_exports() {
    let dir = tempfile::tempdir().unwrap();
    let out = kartlegg(dir.path())
        .args(["-q", "merge", "--csv-only", "-o", "ut"])
        .arg(repo("examples/pilot/innkommet"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let table = read_csv(&dir.path().join("ut/tjenestekatalog.csv"));
    let herding = table.iter().find(|r| r[1] == "herding").unwrap();
    let why = herding.last().unwrap();
    assert!(
        why.contains(
            "«Mer enn én av ti enheter oppfyller ikke kravene i enhetsstyringen» gjelder 5 kommuner"
        ),
        "{why}"
    );
}

#[test]
fn an_unknown_figure_or_a_limit_outside_0_to_100_is_refused_where_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    let check = |against: &str| {
        format!(
            "checks:\n  - question: {{questionnaire: modenhet, id: kryptering_enheter}}\n    claims: \"kryptering_enheter >= 4\"\n    against: {against}\n    reason: {{nb: a, nn: a, en: a}}\n"
        )
    };
    for (against, want) in [
        (
            "{measure: unencrypted, above: 5}",
            "pilot.yaml:4:24: unknown device-export measure `unencrypted` (known: devices, unencrypted_percent, noncompliant_percent, unmanaged_percent, unsupported_percent, stale_percent); did you mean `unencrypted_percent`?",
        ),
        (
            "{measure: stale_percent, above: 150}",
            "pilot.yaml:4:46: the limit for `stale_percent` must be a number from 0 (to 100 for percents)",
        ),
    ] {
        std::fs::write(dir.path().join("pilot.yaml"), check(against)).unwrap();
        let out = kartlegg_en(dir.path())
            .args(["pilot", "--pilot-config", "pilot.yaml"])
            .arg(repo("examples/pilot/innkommet"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{out:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(want), "{stderr}");
    }
}
