//! `kartlegg merge`: every kind of deviation gets its row in avvik.csv, the
//! CSV and XLSX agree cell for cell, no answer becomes a formula, and the
//! result does not depend on the order or repetition of inputs.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{kartlegg_en, read_csv};
use kartlegg::collect::Collected;
use kartlegg::dataset::Dataset;
use kartlegg::inventory::{Host, Indicator, Inventory, Network, Os, Package, Privacy};
use kartlegg::questionnaire::answer::{AnswerValue, Response, State};
use kartlegg::questionnaire::builtin;
use kartlegg::subject::Subject;
use kartlegg::survey::result::{Answer, QuestionnaireRef, Status, SurveyResult};
use proptest::prelude::*;

fn survey(
    kommune: &str,
    status: Status,
    finished: &str,
    answers: &[(&str, AnswerValue, Option<&str>)],
) -> SurveyResult {
    let q = builtin::resolve("hurtigsjekk").unwrap();
    SurveyResult {
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
            sha256: q.hash(),
        },
        subject: Subject::kommune(kommune, format!("Kommune {kommune}")),
        role: Some("IT-leder".into()),
        respondent: None,
        consensus: false,
        tool: "kartlegg test".into(),
        started: "2026-11-01T08:00:00Z".into(),
        finished: (status == Status::Complete).then(|| finished.to_string()),
        language: None,
        changed: None,
        status,
        answers: answers
            .iter()
            .map(|(id, v, comment)| Answer {
                id: id.to_string(),
                response: Response::answered(v.clone()),
                comment: comment.map(str::to_string),
                evidence: None,
                unclear: false,
                seconds: 12.0,
            })
            .collect(),
        unanswered: Vec::new(),
    }
}

fn complete(kommune: &str, finished: &str, level: f64) -> SurveyResult {
    survey(
        kommune,
        Status::Complete,
        finished,
        &[
            ("drift", AnswerValue::Text("samarbeid".into()), None),
            (
                "samarbeid_navn",
                AnswerValue::Text("IKT Nordhordland".into()),
                None,
            ),
            ("styringssystem", AnswerValue::Number(level), None),
            ("mfa_admin", AnswerValue::Bool(true), None),
        ],
    )
}

fn inventory(kommune: &str, host: &str, privacy: Privacy, collected: &str) -> Inventory {
    Inventory {
        format: "kartlegg-inventar/1".into(),
        tool: "kartlegg test".into(),
        municipality: Subject::kommune(kommune, format!("Kommune {kommune}")),
        collected: collected.into(),
        privacy,
        seconds: 0.1,
        host: Host {
            id: format!("sha256:{host}"),
            name: (privacy == Privacy::Full).then(|| "srv01".into()),
            os: Os {
                family: "linux".into(),
                name: "Debian GNU/Linux".into(),
                version: Some("12".into()),
                ..Os::default()
            },
            cpu_model: "cpu".into(),
            cpu_cores: 2,
            memory_bytes: 8 << 30,
            uptime_seconds: 10,
            boot_time: "2026-11-01T00:00:00Z".into(),
            virtualisation: "kvm".into(),
        },
        disks: vec![],
        network: Network::default(),
        security: [(
            "backup_agent_present".to_string(),
            Indicator::known(false, "test"),
        )]
        .into_iter()
        .collect(),
        software: Some(vec![
            Package {
                name: "openssh-server".into(),
                version: Some("9.2".into()),
                source: "dpkg".into(),
                state: None,
            },
            Package {
                name: "bash".into(),
                version: Some("5.2".into()),
                source: "dpkg".into(),
                state: None,
            },
        ]),
        unreadable: vec![],
    }
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// One input of every kind merge must handle.
fn every_case(dir: &Path) {
    write(
        dir,
        "a-4601.yaml",
        &complete("4601", "2026-11-02T10:00:00Z", 3.0).to_yaml(),
    );
    write(
        dir,
        "a-4601-old.yaml",
        &complete("4601", "2026-11-01T10:00:00Z", 1.0).to_yaml(),
    );
    write(
        dir,
        "b-4626-partial.yaml",
        &survey(
            "4626",
            Status::Partial,
            "",
            &[("drift", AnswerValue::Text("egen".into()), None)],
        )
        .to_yaml(),
    );
    let mut altered = complete("4627", "2026-11-02T10:00:00Z", 4.0);
    altered.questionnaire.sha256 = "0".repeat(64);
    write(dir, "c-4627-altered.yaml", &altered.to_yaml());
    let mut old = complete("4628", "2026-11-02T10:00:00Z", 2.0);
    old.questionnaire.version = "0.9.0".into();
    old.questionnaire.sha256 = "1".repeat(64);
    old.answers.push(Answer {
        id: "fjernet_sporsmal".into(),
        response: Response::without_value(State::Unknown),
        comment: None,
        evidence: None,
        unclear: false,
        seconds: 1.0,
    });
    write(dir, "d-4628-old-version.yaml", &old.to_yaml());
    let mut unknown = complete("4629", "2026-11-02T10:00:00Z", 2.0);
    unknown.questionnaire.id = "ukjent-skjema".into();
    write(dir, "e-unknown-questionnaire.yaml", &unknown.to_yaml());
    write(
        dir,
        "f-future.yaml",
        "format: kartlegg-svar/2\nstatus: complete\n",
    );
    write(
        dir,
        "g-not-kartlegg.yaml",
        "navn: innkjøpsliste\nvarer: [melk, brød]\n",
    );
    std::fs::write(dir.join("h-binary.yaml"), [0u8, 159, 146, 150]).unwrap();
    write(
        dir,
        "i-host.yaml",
        &inventory("4626", "aa", Privacy::Standard, "2026-11-02T10:00:00Z").to_yaml(),
    );
    write(
        dir,
        "j-host-again.json",
        &inventory("4626", "aa", Privacy::Standard, "2026-11-01T10:00:00Z").to_json(),
    );
    write(
        dir,
        "k-host-full.yaml",
        &inventory("4627", "bb", Privacy::Full, "2026-11-02T10:00:00Z").to_yaml(),
    );
    write(
        dir,
        "notes.txt",
        "not read: folders are searched for .yaml, .yml and .json only",
    );
}

#[test]
fn every_deviation_has_its_row_and_the_exit_code_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inn");
    std::fs::create_dir(&input).unwrap();
    every_case(&input);
    let out = dir.path().join("ut");
    kartlegg_en(dir.path())
        .args(["merge", "inn", "-o", "ut"])
        .assert()
        .code(3);
    let avvik: Vec<(String, String, String)> = read_csv(&out.join("avvik.csv"))
        .into_iter()
        .skip(1)
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    let expect = |file: &str, rejected: &str, code: &str| {
        (
            format!("inn/{file}"),
            rejected.to_string(),
            code.to_string(),
        )
    };
    assert_eq!(
        avvik,
        [
            expect("a-4601-old.yaml", "1", "duplicate"),
            expect("b-4626-partial.yaml", "0", "partial"),
            expect("c-4627-altered.yaml", "0", "hash-mismatch"),
            expect("d-4628-old-version.yaml", "0", "other-version"),
            expect("d-4628-old-version.yaml", "0", "unknown-question"),
            expect("e-unknown-questionnaire.yaml", "1", "unknown-questionnaire"),
            expect("f-future.yaml", "1", "unknown-version"),
            expect("g-not-kartlegg.yaml", "1", "not-kartlegg"),
            expect("h-binary.yaml", "1", "unreadable"),
            expect("j-host-again.json", "1", "duplicate"),
            expect("k-host-full.yaml", "0", "privacy-full"),
        ]
    );
    // The newest complete answer of 4601 is the one used.
    let svar = read_csv(&out.join("svar.csv"));
    let level_4601: Vec<&str> = svar
        .iter()
        .filter(|r| r[0] == "4601" && r[8] == "styringssystem")
        .map(|r| r[10].as_str())
        .collect();
    assert_eq!(level_4601, ["3"]);
    assert!(!svar.iter().any(|r| r[8] == "fjernet_sporsmal"));
    let software = read_csv(&out.join("programvare.csv"));
    assert!(software.contains(&vec![
        "bash".into(),
        "5.2".into(),
        "dpkg".into(),
        "4626".into(),
        "Kommune 4626".into(),
        "1".into()
    ]));

    refusals_write_nothing(dir.path());
}

/// A missing input, `--strict` with a rejected input, and an existing
/// dataset without `--force`: each is refused before anything is written.
fn refusals_write_nothing(dir: &Path) {
    // A path that does not exist is a usage mistake: nothing is written.
    kartlegg_en(dir)
        .args(["merge", "inn", "finnes-ikke", "-o", "feil"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("finnes-ikke does not exist"));
    assert!(!dir.join("feil").exists());
    // --strict writes nothing when an input is rejected.
    kartlegg_en(dir)
        .args(["merge", "inn", "-o", "streng", "--strict"])
        .assert()
        .code(3);
    assert!(!dir.join("streng").exists());
    // An existing dataset is not replaced without --force.
    kartlegg_en(dir)
        .args(["merge", "inn", "-o", "ut"])
        .assert()
        .code(1);
    kartlegg_en(dir)
        .args(["merge", "inn", "-o", "ut", "--force"])
        .assert()
        .code(3);
}

/// A cell as the standard CSV dialect writes it.
fn as_csv(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => {
            if kartlegg::dataset::csv::looks_like_formula(s) {
                format!("'{s}")
            } else {
                s.clone()
            }
        }
        Data::Float(f) => {
            kartlegg::dataset::csv::number(*f, kartlegg::dataset::csv::Dialect::Standard)
        }
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    }
}

/// Answers and comments that a spreadsheet would take for formulas.
fn formula_like_answers(input: &Path) {
    for (i, start) in ["=1+1", "+47 55 55 55 55", "-2+3", "@SUM(A1:A2)"]
        .iter()
        .enumerate()
    {
        let kommune = format!("46{:02}", 11 + i);
        let r = survey(
            &kommune,
            Status::Complete,
            "2026-11-02T10:00:00Z",
            &[
                ("drift", AnswerValue::Text("egen".into()), Some(start)),
                (
                    "styringssystem",
                    AnswerValue::Number(i as f64),
                    Some("=HYPERLINK(\"http://x\")"),
                ),
                (
                    "kommentar",
                    AnswerValue::Text(format!("{start} og mer")),
                    None,
                ),
            ],
        );
        write(input, &format!("{kommune}.yaml"), &r.to_yaml());
    }
}

/// The workbook has every sheet, holds no formula, and its data sheets equal
/// the CSV files cell for cell (Software is a summary of its CSV: see
/// `the_software_sheet_sums_up_the_csv`).
fn workbook_agrees_with_csv(out: &Path) {
    let mut book: Xlsx<_> = open_workbook(out.join("kartlegging.xlsx")).unwrap();
    let sheets = book.sheet_names();
    for name in [
        "Overview",
        "Maturity",
        "Answers",
        "Inventory",
        "Software",
        "Deviations",
        "Columns",
    ] {
        assert!(
            sheets.contains(&name.to_string()),
            "no sheet {name} in {sheets:?}"
        );
    }
    for (sheet, file) in [
        ("Answers", "svar.csv"),
        ("Maturity", "modenhet.csv"),
        ("Inventory", "inventar.csv"),
    ] {
        let range = book.worksheet_range(sheet).unwrap();
        let xlsx: Vec<Vec<String>> = range
            .rows()
            .map(|r| r.iter().map(as_csv).collect())
            .collect();
        let csv = read_csv(&out.join(file));
        assert_eq!(xlsx.len(), csv.len(), "{sheet}");
        for (x, c) in xlsx.iter().zip(&csv) {
            assert_eq!(x, c, "{sheet}");
        }
        let formulas = book.worksheet_formula(sheet).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{sheet} holds a formula"
        );
    }
}

#[test]
fn csv_and_xlsx_agree_and_no_answer_becomes_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inn");
    std::fs::create_dir(&input).unwrap();
    formula_like_answers(&input);
    write(
        &input,
        "host.yaml",
        &inventory("4611", "cc", Privacy::Standard, "2026-11-02T10:00:00Z").to_yaml(),
    );
    kartlegg_en(dir.path())
        .args(["merge", "inn", "-o", "ut"])
        .assert()
        .success();
    let out = dir.path().join("ut");
    workbook_agrees_with_csv(&out);
    let svar = read_csv(&out.join("svar.csv"));
    let comments: Vec<&str> = svar
        .iter()
        .skip(1)
        .map(|r| r[15].as_str())
        .filter(|c| !c.is_empty())
        .collect();
    assert!(
        comments.contains(&"'=1+1")
            && comments.contains(&"'+47 55 55 55 55")
            && comments.contains(&"'-2+3")
            && comments.contains(&"'@SUM(A1:A2)"),
        "{comments:?}"
    );
    assert!(comments.iter().all(|c| c.starts_with('\'')));
}

#[test]
fn two_respondents_of_one_municipality_are_both_kept_and_combined() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inn");
    std::fs::create_dir(&input).unwrap();
    let leader = complete("4601", "2026-11-02T10:00:00Z", 4.0);
    let mut coordinator = complete("4601", "2026-11-03T10:00:00Z", 1.0);
    coordinator.role = Some("Informasjonssikkerhetskoordinator".into());
    write(&input, "leder.yaml", &leader.to_yaml());
    write(&input, "koordinator.yaml", &coordinator.to_yaml());
    let out = dir.path().join("ut");
    for rule in ["median", "min"] {
        kartlegg_en(dir.path())
            .arg("merge")
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .args(["--force", "--aggregate", rule])
            .assert()
            .code(0);
        // Both respondents' answers are in svar.csv, with their roles.
        let svar = read_csv(&out.join("svar.csv"));
        let levels: Vec<(&str, &str)> = svar
            .iter()
            .filter(|r| r[8] == "styringssystem")
            .map(|r| (r[4].as_str(), r[10].as_str()))
            .collect();
        assert_eq!(
            levels,
            [
                ("Informasjonssikkerhetskoordinator", "1"),
                ("IT-leder", "4")
            ]
        );
        // One maturity row for the municipality, from the combined values.
        let maturity = read_csv(&out.join("modenhet.csv"));
        assert_eq!(maturity.len(), 2, "{maturity:?}");
        assert_eq!(
            (maturity[1][4].as_str(), maturity[1][5].as_str()),
            ("2", rule)
        );
        let by_respondent = read_csv(&out.join("modenhet_respondenter.csv"));
        assert_eq!(by_respondent.len(), 3, "{by_respondent:?}");
        // And in the workbook.
        let mut book: Xlsx<_> = open_workbook(out.join("kartlegging.xlsx")).unwrap();
        let sheet = book.worksheet_range("Answers").unwrap();
        let roles: Vec<String> = sheet.rows().skip(1).map(|r| as_csv(&r[4])).collect();
        assert!(roles.contains(&"IT-leder".to_string()), "{roles:?}");
        assert!(
            roles.contains(&"Informasjonssikkerhetskoordinator".to_string()),
            "{roles:?}"
        );
    }
}

#[test]
fn a_cooperation_answers_for_members_without_their_own_answer() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inn");
    std::fs::create_dir(&input).unwrap();
    let mut cooperation = complete("ikt-test", "2026-11-02T10:00:00Z", 2.0);
    cooperation.subject.name = "IKT Test".into();
    cooperation.subject.members = vec!["4626".into(), "4627".into()];
    write(&input, "samarbeid.yaml", &cooperation.to_yaml());
    write(
        &input,
        "askoy.yaml",
        &complete("4627", "2026-11-02T10:00:00Z", 4.0).to_yaml(),
    );
    let out = dir.path().join("ut");
    kartlegg_en(dir.path())
        .arg("merge")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    let coverage = read_csv(&out.join("dekning.csv"));
    let rows: Vec<Vec<&str>> = coverage
        .iter()
        .skip(1)
        .map(|r| vec![r[0].as_str(), r[3].as_str(), r[4].as_str()])
        .collect();
    assert_eq!(
        rows,
        [
            vec!["4626", "cooperation", "ikt-test"],
            vec!["4627", "own", ""]
        ]
    );
    // Øygarden's maturity is the cooperation's, marked as inherited.
    let maturity = read_csv(&out.join("modenhet.csv"));
    let basis: Vec<(&str, &str, &str)> = maturity
        .iter()
        .skip(1)
        .map(|r| (r[0].as_str(), r[5].as_str(), r[8].as_str()))
        .collect();
    assert_eq!(
        basis,
        [
            ("4626", "inherited", "2"),
            ("4627", "single", "4"),
            ("ikt-test", "single", "2")
        ]
    );
    // The ranking weighs the two municipalities, not the cooperation too.
    let needs = read_csv(&out.join("behovspoeng.csv"));
    let weighed: std::collections::BTreeSet<&str> =
        needs.iter().skip(1).map(|r| r[0].as_str()).collect();
    assert_eq!(weighed.into_iter().collect::<Vec<_>>(), ["4626", "4627"]);
    // svar.csv has the answers as given: the cooperation's and Askøy's.
    let svar = read_csv(&out.join("svar.csv"));
    let who: std::collections::BTreeSet<&str> =
        svar.iter().skip(1).map(|r| r[0].as_str()).collect();
    assert_eq!(who.into_iter().collect::<Vec<_>>(), ["4627", "ikt-test"]);
}

#[test]
fn values_a_question_does_not_allow_are_left_out_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inn");
    std::fs::create_dir(&input).unwrap();
    let bad = [
        ("4601", AnswerValue::Number(7.0)),
        ("4602", AnswerValue::Number(-3.0)),
        ("4611", AnswerValue::Number(3.5)),
        ("4612", AnswerValue::Text("ugyldig".into())),
        ("4613", AnswerValue::Choices(vec!["1".into(), "2".into()])),
    ];
    for (kommune, value) in &bad {
        let mut s = complete(kommune, "2026-11-02T10:00:00Z", 3.0);
        let answer = s
            .answers
            .iter_mut()
            .find(|a| a.id == "styringssystem")
            .unwrap();
        answer.response = Response::answered(value.clone());
        write(&input, &format!("{kommune}.yaml"), &s.to_yaml());
    }
    let out = dir.path().join("ut");
    kartlegg_en(dir.path())
        .arg("merge")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    let avvik = read_csv(&out.join("avvik.csv"));
    let invalid: Vec<&Vec<String>> = avvik.iter().filter(|r| r[2] == "invalid-value").collect();
    assert_eq!(invalid.len(), bad.len(), "{avvik:?}");
    for row in &invalid {
        // file:line:column of the value, the question, and what was done.
        assert!(row[3].starts_with(&format!("{}:", row[0])), "{row:?}");
        assert!(row[3].contains(": styringssystem: "), "{row:?}");
        assert!(row[3].ends_with("the answer is left out"), "{row:?}");
    }
    // The value is in no table and no score.
    let svar = read_csv(&out.join("svar.csv"));
    assert!(!svar.iter().any(|r| r[8] == "styringssystem"), "{svar:?}");
    // With --strict the files are refused and nothing is written.
    kartlegg_en(dir.path())
        .arg("merge")
        .arg(&input)
        .arg("-o")
        .arg(dir.path().join("streng"))
        .arg("--strict")
        .assert()
        .code(3);
    assert!(!dir.path().join("streng").exists());
}

/// A sheet of the workbook in `out`, as the standard CSV dialect writes it.
fn sheet(out: &Path, name: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(out.join("kartlegging.xlsx")).unwrap();
    let range = book.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(as_csv).collect())
        .collect()
}

/// An inventory of `kommune` with these packages (name, version), or none.
fn with_software(kommune: &str, host: &str, packages: Option<&[(&str, &str)]>) -> String {
    let mut i = inventory(kommune, host, Privacy::Standard, "2026-11-02T10:00:00Z");
    i.software = packages.map(|list| {
        list.iter()
            .map(|(name, version)| Package {
                name: name.to_string(),
                version: Some(version.to_string()),
                source: "dpkg".into(),
                state: None,
            })
            .collect()
    });
    i.to_yaml()
}

/// The Software sheet has a row per package with its municipalities,
/// machines and share of every machine, and describes those columns;
/// programvare.csv keeps a row per package and municipality.
#[test]
fn the_software_sheet_sums_up_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inn");
    std::fs::create_dir(&input).unwrap();
    let (both, old_bash) = (
        &[("openssh-server", "9.2"), ("bash", "5.2")],
        ("bash", "5.1"),
    );
    write(&input, "a.yaml", &with_software("4601", "aa", Some(both)));
    write(&input, "b.yaml", &with_software("4601", "bb", Some(both)));
    let other = [old_bash, ("vim", "9.0"), ("openssh-server", "9.2")];
    write(&input, "c.yaml", &with_software("4602", "cc", Some(&other)));
    // A machine without a software list counts among all machines.
    write(&input, "d.yaml", &with_software("4602", "dd", None));
    kartlegg_en(dir.path())
        .args(["merge", "inn", "-o", "ut"])
        .assert()
        .success();
    let out = dir.path().join("ut");
    let row = |cells: &[&str]| -> Vec<String> { cells.iter().map(|c| c.to_string()).collect() };
    let header = [
        "software",
        "version",
        "source",
        "municipalities",
        "hosts",
        "host_share",
    ];
    assert_eq!(
        sheet(&out, "Software"),
        [
            row(&header),
            row(&["bash", "5.1", "dpkg", "1", "1", "0.25"]),
            row(&["bash", "5.2", "dpkg", "1", "2", "0.5"]),
            row(&["openssh-server", "9.2", "dpkg", "2", "3", "0.75"]),
            row(&["vim", "9.0", "dpkg", "1", "1", "0.25"]),
        ]
    );
    let (kommune, to) = ("Kommune 4601", "Kommune 4602");
    assert_eq!(
        read_csv(&out.join("programvare.csv")),
        [
            row(&[
                "software",
                "version",
                "source",
                "municipality_no",
                "municipality",
                "hosts"
            ]),
            row(&["bash", "5.1", "dpkg", "4602", to, "1"]),
            row(&["bash", "5.2", "dpkg", "4601", kommune, "2"]),
            row(&["openssh-server", "9.2", "dpkg", "4601", kommune, "2"]),
            row(&["openssh-server", "9.2", "dpkg", "4602", to, "1"]),
            row(&["vim", "9.0", "dpkg", "4602", to, "1"]),
        ]
    );
    let described: Vec<String> = sheet(&out, "Columns")
        .into_iter()
        .filter(|r| r[0] == "Software")
        .map(|r| r[1].clone())
        .collect();
    assert_eq!(described, header);
}

/// The pilot's programvare.csv is the committed one, byte for byte, and its
/// Programvare sheet is that CSV summed up per package.
#[test]
fn the_pilot_s_software_csv_is_unchanged_and_its_sheet_sums_it_up() {
    let dir = tempfile::tempdir().unwrap();
    common::kartlegg(common::root())
        .args(["merge", "examples/pilot/innkommet", "-o"])
        .arg(dir.path().join("ut"))
        .assert()
        .code(3);
    let out = dir.path().join("ut");
    let committed = common::repo("examples/pilot/datasett/programvare.csv");
    let csv = std::fs::read(out.join("programvare.csv")).unwrap();
    assert_eq!(csv, std::fs::read(&committed).unwrap());
    let hosts = read_csv(&out.join("inventar.csv")).len() - 1;
    let mut sums: BTreeMap<Vec<String>, (usize, u64)> = BTreeMap::new();
    for r in read_csv(&committed).iter().skip(1) {
        let sum = sums.entry(r[..3].to_vec()).or_default();
        *sum = (sum.0 + 1, sum.1 + r[5].parse::<u64>().unwrap());
    }
    let expected: Vec<Vec<String>> = sums
        .into_iter()
        .map(|(mut r, (kommuner, maskiner))| {
            let share = maskiner as f64 / hosts as f64;
            r.extend([
                kommuner.to_string(),
                maskiner.to_string(),
                share.to_string(),
            ]);
            r
        })
        .collect();
    assert_eq!(sheet(&out, "Programvare")[1..], expected);
}

/// All tables of a merge, as text, for comparing runs.
fn tables(inputs: &[PathBuf]) -> BTreeMap<&'static str, Vec<Vec<String>>> {
    let questionnaires = builtin::all().unwrap();
    let settings = kartlegg::analysis::Settings::load(None, None, None, &questionnaires).unwrap();
    let registry = kartlegg::questionnaire::history::Registry::builtin().unwrap();
    let questionnaires = kartlegg::collect::Questionnaires::new(registry);
    let found = kartlegg::collect::discover(inputs);
    let collected = Collected::read(
        found,
        &[],
        &questionnaires,
        Default::default(),
        None,
        &|| {},
    );
    let data = Dataset::new(collected, &settings);
    data.tables(&settings, true)
        .all()
        .map(|t| {
            let bytes =
                kartlegg::dataset::csv::to_bytes(t, kartlegg::dataset::csv::Dialect::Standard)
                    .unwrap();
            let rows = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(&bytes[..])
                .records()
                .map(|r| r.unwrap().iter().map(str::to_string).collect())
                .collect();
            (t.file, rows)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn merging_does_not_depend_on_order_or_repetition(levels in proptest::collection::vec(0u8..=5, 2..5), reverse in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<PathBuf> = levels
            .iter()
            .enumerate()
            .map(|(i, level)| {
                let kommune = format!("46{:02}", 11 + i);
                write(dir.path(), &format!("s{i}.yaml"), &complete(&kommune, "2026-11-02T10:00:00Z", f64::from(*level)).to_yaml())
            })
            .collect();
        let mut shuffled = files.clone();
        if reverse { shuffled.reverse() } else { shuffled.rotate_left(1) }
        let base = tables(&files);
        prop_assert_eq!(&base, &tables(&shuffled));
        // The same inputs named twice change nothing.
        let twice: Vec<PathBuf> = files.iter().chain(&files).cloned().collect();
        prop_assert_eq!(&base, &tables(&twice));
        // Copies elsewhere are duplicates: the data stays the same, avvik lists them.
        let copies = dir.path().join("kopi");
        std::fs::create_dir(&copies).unwrap();
        for f in &files {
            std::fs::copy(f, copies.join(f.file_name().unwrap())).unwrap();
        }
        let with_copies = tables(&[dir.path().to_path_buf()]);
        for name in ["svar", "modenhet"] {
            let strip = |rows: &Vec<Vec<String>>| -> Vec<Vec<String>> { rows.iter().map(|r| r[..r.len() - 1].to_vec()).collect() };
            if name == "svar" {
                prop_assert_eq!(strip(&base[name]), strip(&with_copies[name]));
            } else {
                prop_assert_eq!(&base[name], &with_copies[name]);
            }
        }
        prop_assert_eq!(with_copies["avvik"].len() - 1, files.len());
    }
}
