//! `kartlegg fleet` on made-up exports in every format and dialect it
//! reads (tests/fleet/, made by tests/fleet/make.py): the exact counts the
//! generator worked out on its own, the refusals of unknown, mixed and
//! broken files with their places, encryption, help in three languages,
//! and that nothing but OS names and versions of a row reaches the file.

mod common;

use std::path::{Path, PathBuf};

use common::{kartlegg, kartlegg_en, repo};
use kartlegg::fleet::{FleetResult, FleetSource, Tally};
use predicates::str::contains;
use proptest::prelude::*;

fn export(name: &str) -> PathBuf {
    repo("tests/fleet").join(name)
}

/// The one source of a fleet file made from `name`.
fn counted(name: &str) -> FleetSource {
    let dir = tempfile::tempdir().unwrap();
    kartlegg_en(dir.path())
        .args(["fleet", "-k", "4640", "-o", "flate.yaml"])
        .arg(export(name))
        .assert()
        .success()
        .stdout(contains("Devices"));
    let text = std::fs::read_to_string(dir.path().join("flate.yaml")).unwrap();
    let fleet = FleetResult::read(&text).unwrap();
    assert_eq!(fleet.municipality.id, "4640");
    assert_eq!(fleet.sources.len(), 1);
    fleet.sources.into_iter().next().unwrap()
}

fn tally(yes: u64, no: u64, unknown: u64) -> Option<Tally> {
    Some(Tally { yes, no, unknown })
}

type Row<'a> = (&'a str, Option<&'a str>, u64, Option<&'a str>, Option<bool>);

/// The OS rows sorted by name: (name, version, devices, end, past).
fn systems(source: &FleetSource) -> Vec<Row<'_>> {
    let mut rows: Vec<Row<'_>> = source
        .operating_systems
        .iter()
        .map(|os| {
            (
                os.name.as_str(),
                os.version.as_deref(),
                os.devices,
                os.end_of_support.as_deref(),
                os.past_end_of_support,
            )
        })
        .collect();
    rows.sort();
    rows
}

fn dates_and_staleness(s: &FleetSource, first: &str, stale: (u64, u64)) {
    assert_eq!(s.activity_first.as_deref(), Some(first));
    assert_eq!(s.activity_last.as_deref(), Some("2026-11-28"));
    assert_eq!((s.stale_30, s.stale_90), (Some(stale.0), Some(stale.1)));
}

#[test]
fn intune_in_english_comma_and_utf8_with_bom() {
    let s = counted("intune-en.csv");
    assert_eq!(s.kind, kartlegg::fleet::ExportKind::Intune);
    assert_eq!(s.devices, 320);
    dates_and_staleness(&s, "2025-04-17", (141, 80));
    assert_eq!(s.compliant, tally(234, 50, 36));
    assert_eq!(s.encrypted, tally(258, 48, 14));
    assert_eq!(s.managed, tally(287, 0, 33));
    assert_eq!(s.enabled, None);
    let join = s.join_types.unwrap();
    let join = (
        join.entra_joined,
        join.hybrid_joined,
        join.registered,
        join.other,
    );
    assert_eq!(join, (189, 52, 40, 39));
    let own = s.ownership.unwrap();
    assert_eq!((own.corporate, own.personal, own.unknown), (261, 27, 32));
    let (w, p) = (Some("2025-11-11"), Some(true));
    assert_eq!(
        systems(&s),
        [
            ("Android 13", Some("13"), 27, Some("2026-03-02"), p),
            ("Android 14", Some("14"), 17, None, None),
            (
                "Windows 10 22H2",
                Some("10.0.19045"),
                45,
                Some("2025-10-14"),
                p
            ),
            ("Windows 11 23H2", Some("10.0.22631"), 27, w, p),
            (
                "Windows 11 23H2 (Enterprise, Education)",
                Some("10.0.22631"),
                34,
                Some("2026-11-10"),
                p
            ),
            (
                "Windows 11 24H2",
                Some("10.0.26100"),
                33,
                Some("2026-10-13"),
                p
            ),
            (
                "Windows 11 24H2 (Enterprise, Education)",
                Some("10.0.26100"),
                26,
                Some("2027-10-12"),
                Some(false)
            ),
            ("iOS 17", Some("17.6"), 32, None, None),
            ("iPadOS 18", Some("18.1"), 25, None, None),
            ("macOS 13", Some("13.6"), 28, Some("2025-09-15"), p),
            ("macOS 14", Some("14.6"), 26, None, None),
        ]
    );
}

#[test]
fn intune_in_norwegian_semicolon_and_norwegian_dates() {
    let s = counted("intune-nb.csv");
    assert_eq!(s.devices, 240);
    dates_and_staleness(&s, "2025-04-14", (105, 55));
    assert_eq!(s.compliant, tally(191, 29, 20));
    assert_eq!(s.encrypted, tally(203, 28, 9));
    assert_eq!(s.managed, tally(240, 0, 0));
    assert_eq!(s.join_types, None, "the export has no join type");
    let own = s.ownership.unwrap();
    assert_eq!((own.corporate, own.personal, own.unknown), (211, 29, 0));
    let p = Some(true);
    assert_eq!(
        systems(&s),
        [
            ("Android 13", Some("13"), 33, Some("2026-03-02"), p),
            ("Android 14", Some("14"), 28, None, None),
            (
                "Windows 10 22H2",
                Some("10.0.19045"),
                22,
                Some("2025-10-14"),
                p
            ),
            (
                "Windows 11 23H2",
                Some("10.0.22631"),
                30,
                Some("2025-11-11"),
                p
            ),
            (
                "Windows 11 24H2",
                Some("10.0.26100"),
                27,
                Some("2026-10-13"),
                p
            ),
            ("iOS 17", Some("17.6"), 23, None, None),
            ("iPadOS 18", Some("18.1"), 26, None, None),
            ("macOS 13", Some("13.6"), 22, Some("2025-09-15"), p),
            ("macOS 14", Some("14.6"), 29, None, None),
        ]
    );
}

#[test]
fn entra_devices_download() {
    let s = counted("entra.csv");
    assert_eq!(s.kind, kartlegg::fleet::ExportKind::Entra);
    assert_eq!(s.devices, 280);
    dates_and_staleness(&s, "2025-04-12", (120, 72));
    assert_eq!(s.compliant, tally(218, 41, 21));
    assert_eq!(s.managed, tally(225, 39, 16));
    assert_eq!((s.encrypted, s.ownership), (None, None));
    let join = s.join_types.unwrap();
    let join = (
        join.entra_joined,
        join.hybrid_joined,
        join.registered,
        join.other,
    );
    assert_eq!(join, (165, 77, 38, 0));
    let p = Some(true);
    assert_eq!(
        systems(&s),
        [
            ("Android 12", Some("12.1"), 53, Some("2025-03-03"), p),
            (
                "Windows 10 22H2",
                Some("10.0.19045"),
                43,
                Some("2025-10-14"),
                p
            ),
            (
                "Windows 11 23H2",
                Some("10.0.22631"),
                45,
                Some("2025-11-11"),
                p
            ),
            (
                "Windows 11 24H2",
                Some("10.0.26100"),
                43,
                Some("2026-10-13"),
                p
            ),
            ("iOS 18", Some("18.1"), 46, None, None),
            ("macOS 14", Some("14.6"), 50, None, None),
        ]
    );
}

/// The AD releases of both PowerShell fixtures, with their counts.
fn ad_systems(counts: [u64; 8]) -> Vec<Row<'static>> {
    let (p, f) = (Some(true), Some(false));
    let [unknown, w21h2, w22h2, ltsc, w11, s2012, s2019, s2022] = counts;
    vec![
        ("Unknown", None, unknown, None, None),
        (
            "Windows 10 21H2",
            Some("10.0.19044"),
            w21h2,
            Some("2023-06-13"),
            p,
        ),
        (
            "Windows 10 22H2 (Enterprise, Education)",
            Some("10.0.19045"),
            w22h2,
            Some("2025-10-14"),
            p,
        ),
        (
            "Windows 10 Enterprise LTSC 2021",
            Some("10.0.19044"),
            ltsc,
            Some("2027-01-12"),
            f,
        ),
        (
            "Windows 11 23H2 (Enterprise, Education)",
            Some("10.0.22631"),
            w11,
            Some("2026-11-10"),
            p,
        ),
        (
            "Windows Server 2012 R2",
            Some("6.3.9600"),
            s2012,
            Some("2023-10-10"),
            p,
        ),
        (
            "Windows Server 2019",
            Some("10.0.17763"),
            s2019,
            Some("2029-01-09"),
            f,
        ),
        (
            "Windows Server 2022",
            Some("10.0.20348"),
            s2022,
            Some("2031-10-14"),
            f,
        ),
    ]
}

#[test]
fn active_directory_from_powershell_5_utf16_with_type_line() {
    let s = counted("ad-ps5.csv");
    assert_eq!(s.kind, kartlegg::fleet::ExportKind::ActiveDirectory);
    assert_eq!(s.devices, 260);
    dates_and_staleness(&s, "2025-04-12", (125, 63));
    assert_eq!(s.enabled, tally(235, 25, 0));
    assert_eq!((s.encrypted, s.compliant, s.managed), (None, None, None));
    assert_eq!(systems(&s), ad_systems([36, 25, 45, 32, 33, 33, 30, 26]));
}

#[test]
fn active_directory_from_powershell_7_utf8_with_norwegian_dates() {
    let s = counted("ad-ps7.csv");
    assert_eq!(s.devices, 200);
    dates_and_staleness(&s, "2025-04-10", (93, 48));
    assert_eq!(s.enabled, tally(177, 23, 0));
    assert_eq!(systems(&s), ad_systems([19, 28, 33, 19, 21, 30, 27, 23]));
}

#[test]
fn several_exports_make_one_file_with_a_source_each_in_order() {
    let dir = tempfile::tempdir().unwrap();
    kartlegg(dir.path())
        .args(["fleet", "-k", "Sogndal"])
        .args([export("ad-ps5.csv"), export("intune-en.csv")])
        .assert()
        .success();
    let today = jiff::Zoned::now().date().to_string();
    let name = dir.path().join(format!("kartlegg-flate-4640-{today}.yaml"));
    let fleet = FleetResult::read(&std::fs::read_to_string(&name).unwrap()).unwrap();
    let kinds: Vec<_> = fleet.sources.iter().map(|s| (s.kind, s.devices)).collect();
    use kartlegg::fleet::ExportKind::*;
    assert_eq!(kinds, [(ActiveDirectory, 260), (Intune, 320)]);
    assert_eq!(fleet.language, "nn", "Sogndal writes nynorsk");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&name).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Never overwritten without --force.
    kartlegg(dir.path())
        .args(["fleet", "-k", "4640"])
        .arg(export("entra.csv"))
        .assert()
        .code(1);
}

fn refused(name: &str) -> String {
    let out = kartlegg_en(Path::new(env!("CARGO_TARGET_TMPDIR")))
        .args(["fleet", "-k", "4640", "-o", "never-written.yaml"])
        .arg(export(name))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(
        !Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("never-written.yaml")
            .exists()
    );
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn an_unknown_export_is_refused_with_the_columns_expected_and_found() {
    let err = refused("unknown.csv");
    assert!(
        err.contains("unknown.csv:1:1: not a device export"),
        "{err}"
    );
    assert!(
        err.contains("Active Directory (Name, OperatingSystem, DistinguishedName)"),
        "{err}"
    );
    assert!(
        err.contains("found Name, OperatingSystem, IPv4Address"),
        "{err}"
    );
}

#[test]
fn a_file_from_two_tenants_is_refused_with_the_rows_of_each() {
    let err = refused("intune-mixed.csv");
    assert!(err.contains("2 tenants"), "{err}");
    assert!(
        err.contains("leikanger.kommune.no: 15, sogndal.kommune.no: 25"),
        "{err}"
    );
    assert!(err.contains("once per municipality"), "{err}");
}

#[test]
fn a_date_that_cannot_be_read_is_named_by_line_and_column() {
    let err = refused("entra-bad-date.csv");
    assert!(
        err.contains("entra-bad-date.csv:14:188: cannot read the date `2026-11-31T08:00:00Z`"),
        "{err}"
    );
}

#[test]
fn an_encrypted_fleet_file_opens_with_the_team_key() {
    let dir = tempfile::tempdir().unwrap();
    let out = kartlegg(dir.path())
        .args(["-q", "keygen"])
        .output()
        .unwrap();
    let public = String::from_utf8(out.stdout).unwrap().trim().to_string();
    kartlegg(dir.path())
        .args([
            "fleet",
            "-k",
            "4640",
            "-o",
            "flate.yaml",
            "--encrypt-to",
            &public,
        ])
        .arg(export("entra.csv"))
        .assert()
        .success();
    assert!(!dir.path().join("flate.yaml").exists());
    let sealed = std::fs::read(dir.path().join("flate.yaml.age")).unwrap();
    assert!(!String::from_utf8_lossy(&sealed).contains("kartlegg-flate"));
    let keys = std::fs::read_to_string(dir.path().join("kartlegg-nokkel.txt")).unwrap();
    let secret = keys
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap();
    let identity: age::x25519::Identity = secret.parse().unwrap();
    let plain = age::decrypt(&identity, &sealed).unwrap();
    let fleet = FleetResult::read(&String::from_utf8(plain).unwrap()).unwrap();
    assert_eq!(fleet.sources[0].devices, 280);
}

#[test]
fn help_is_in_three_languages() {
    for (lang, words) in [
        ("nb", "Tell enhetene i eksporter fra"),
        ("nn", "Tel einingane i eksportar frå"),
        ("en", "Count devices from Intune"),
    ] {
        kartlegg(common::root())
            .env("KARTLEGG_LANG", lang)
            .args(["fleet", "--help"])
            .assert()
            .success()
            .stdout(contains(words));
    }
}

/// A made-up Intune export whose every cell but OS, OS version and the
/// check-in date is one of `planted`.
fn planted_export(planted: &[String], domain: &str) -> String {
    let mut text = String::from(
        "Device ID,Device name,Managed by,Ownership,Compliance,OS,OS version,Last check-in,Primary user UPN,Serial number,Encrypted,JoinType,SkuFamily\n",
    );
    for (i, row) in planted.chunks(9).enumerate() {
        let cell = |n: usize| row.get(n).cloned().unwrap_or_default();
        let os = ["Windows", "macOS", "Android", "iOS"][i % 4];
        text.push_str(&format!(
            "{},{},{},{},{},{os},10.0.22631.{i},2026-11-{:02} 10:00:00,{}@{domain},{},{},{},{}\n",
            cell(0),
            cell(1),
            cell(2),
            cell(3),
            cell(4),
            1 + i % 28,
            cell(5),
            cell(6),
            cell(7),
            cell(8),
            cell(0)
        ));
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// No device name, user, id, serial, domain or any other cell value
    /// except OS names and versions reaches the result file.
    #[test]
    fn nothing_but_os_names_and_versions_reaches_the_file(
        planted in proptest::collection::vec("q[a-z0-9]{7,12}", 9..60),
        domain in "q[a-z]{6}\\.kommune\\.no",
    ) {
        let source = kartlegg::fleet::read_export(planted_export(&planted, &domain).as_bytes())
            .expect("a readable export");
        let fleet = FleetResult {
            format: kartlegg::fleet::result::FORMAT.into(),
            kartlegg_version: "0".into(),
            municipality: kartlegg::subject::Subject::kommune("4640", "Sogndal"),
            created: "2026-12-02T00:00:00Z".into(),
            language: "en".into(),
            end_of_support_list: "2026-12".into(),
            sources: vec![source],
        };
        let yaml = fleet.to_yaml();
        for value in planted.iter().chain([&domain]) {
            prop_assert!(!yaml.contains(value.as_str()), "{value} in {yaml}");
        }
        prop_assert!(!yaml.contains(&domain[..7]));
    }

    /// Any bytes at all are read or refused, never a panic.
    #[test]
    fn any_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = kartlegg::fleet::read_export(&bytes);
    }

    /// Any date cell is a date, no date or unreadable, never a panic.
    #[test]
    fn any_date_cell_is_read_or_refused(cell in "\\PC{0,40}") {
        let _ = kartlegg::fleet::date::read(&cell);
    }
}
