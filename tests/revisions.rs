//! Questionnaire revisions: a chain of three versions of a small
//! questionnaire (tests/fixtures/revisions), answers from each version
//! brought to the newest, and the scores of what arrives, all checked by hand.

mod common;

use std::path::{Path, PathBuf};

use kartlegg::questionnaire::answer::{AnswerValue, State};
use kartlegg::questionnaire::history::Registry;
use kartlegg::questionnaire::migrate::{Migration, Origin, Reason, migrate, migrate_result};
use kartlegg::questionnaire::{self, scoring};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/revisions")
}

fn registry() -> Registry {
    let mut registry = Registry::default();
    for version in ["1.2.0", "1.0.0", "1.1.0"] {
        let path = fixtures().join(format!("revisjon-{version}.yaml"));
        let q = questionnaire::from_file(&path).unwrap_or_else(|e| panic!("{e:#}"));
        registry.insert(q);
    }
    registry
}

/// One answer as a result file writes it: (id, the lines under it).
type Written = (String, String);

fn answered(id: &str, value: &str) -> Written {
    (id.into(), format!("state: answered\n    value: {value}"))
}

fn level(id: &str, n: u8) -> Written {
    answered(id, &n.to_string())
}

fn yes_no(id: &str, b: bool) -> Written {
    answered(id, &b.to_string())
}

fn option(id: &str, o: &str) -> Written {
    answered(id, &format!("\"{o}\""))
}

fn unknown(id: &str) -> Written {
    (id.into(), "state: unknown".into())
}

/// The answers read from a result file answered with `version`, brought
/// to the newest version.
fn migrate_written(version: &str, answers: &[Written]) -> Migration {
    let registry = registry();
    let sha = registry
        .get("revisjon", version)
        .map(|q| q.hash())
        .unwrap_or_default();
    let mut src = format!(
        "format: kartlegg-svar/1\ntool: \"kartlegg 0.1.0\"\nquestionnaire:\n  id: revisjon\n  version: \"{version}\"\n  sha256: \"{sha}\"\nmunicipality:\n  id: \"9901\"\n  name: Fjordvik\nstarted: \"2026-10-05T09:00:00Z\"\nstatus: complete\nanswers:\n"
    );
    for (id, lines) in answers {
        src.push_str(&format!("  - id: {id}\n    {lines}\n    seconds: 12\n"));
    }
    let result = kartlegg::survey::result::from_str(&src).unwrap_or_else(|p| panic!("{p:#?}"));
    migrate_result(&registry, &result).unwrap()
}

/// (id, value, origin) of each answer that arrived, in question order.
fn arrived(m: &Migration) -> Vec<(String, Option<AnswerValue>, Origin)> {
    m.answers
        .iter()
        .map(|a| {
            (
                a.answer.id.clone(),
                a.answer.response.value.clone(),
                a.origin.clone(),
            )
        })
        .collect()
}

fn migrated(version: &str, ids: &[&str]) -> Origin {
    Origin::Migrated {
        from_version: version.into(),
        from_ids: ids.iter().map(|s| s.to_string()).collect(),
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn answers_from_the_first_version_travel_through_two_revisions() {
    let answers = vec![
        level("backup", 5),
        yes_no("mfa", true),
        option("driftsform", "ekstern"),
        yes_no("faks", false),
        level("ansvar", 3),
        level("logg_servere", 4),
        level("logg_klienter", 2),
        answered("ansatte", "120"),
    ];
    let m = migrate_written("1.0.0", &answers);
    assert_eq!(
        (m.from_version.as_str(), m.to_version.as_str()),
        ("1.0.0", "1.2.0")
    );
    use AnswerValue as V;
    let expected = vec![
        // renamed in 1.1.0, level 5 mapped to 4 in 1.2.0
        (
            "sikkerhetskopi".into(),
            Some(V::Number(4.0)),
            migrated("1.0.0", &["backup"]),
        ),
        (
            "mfa_admin".into(),
            Some(V::Bool(true)),
            migrated("1.0.0", &["mfa"]),
        ),
        (
            "mfa_ansatte".into(),
            Some(V::Bool(true)),
            migrated("1.0.0", &["mfa"]),
        ),
        (
            "driftsform".into(),
            Some(V::Text("leverandor".into())),
            migrated("1.0.0", &["driftsform"]),
        ),
        // the lowest of 4 and 2
        (
            "logging".into(),
            Some(V::Number(2.0)),
            migrated("1.0.0", &["logg_servere", "logg_klienter"]),
        ),
        ("ansatte".into(), Some(V::Number(120.0)), Origin::Carried),
    ];
    assert_eq!(arrived(&m), expected);
    let mfa_seconds: Vec<f64> = m.answers[1..3].iter().map(|a| a.answer.seconds).collect();
    assert_eq!(mfa_seconds, [6.0, 6.0]);
    assert_eq!(m.answers[4].answer.seconds, 24.0);

    let aside: Vec<(&str, Option<&AnswerValue>, &str, Reason)> = m
        .set_aside
        .iter()
        .map(|s| {
            (
                s.answer.id.as_str(),
                s.answer.response.value.as_ref(),
                s.at_version.as_str(),
                s.reason,
            )
        })
        .collect();
    assert_eq!(
        aside,
        [
            ("faks", Some(&V::Bool(false)), "1.1.0", Reason::Dropped),
            (
                "ansvar",
                Some(&V::Number(3.0)),
                "1.2.0",
                Reason::MeaningChanged
            ),
        ]
    );

    // Scored with 1.2.0: sikkerhetskopi 4, mfa_admin 5, mfa_ansatte 5 (weight
    // 2), logging 2 → (4 + 5 + 10 + 2) / 5 = 4.2; ansvar (set aside) and
    // hendelser (new, shown since 120 ≥ 20) are missing.
    let newest = registry().newest("revisjon").unwrap().clone();
    let scores = scoring::score(&newest, &m.responses());
    assert!(close(scores.overall.score(), 4.2), "{:?}", scores.overall);
    assert_eq!((scores.overall.answered, scores.overall.missing), (4, 2));
    let principle = |p: &str| scores.principles[&p.parse().unwrap()].clone();
    assert!(close(principle("2.6").score(), 5.0));
    assert!(close(principle("2.8").score(), 2.0));
    assert!(close(principle("2.9").score(), 4.0));
    assert_eq!(principle("1.1").score(), None);
    assert_eq!(principle("1.1").missing, 1);
    assert_eq!(principle("4.2").missing, 1);
    assert!(close(scores.categories[&2].score(), 4.2));
}

#[test]
fn answers_from_the_middle_version_take_one_step() {
    let answers = vec![
        level("sikkerhetskopi", 5),
        yes_no("mfa_admin", true),
        yes_no("mfa_ansatte", false),
        option("driftsform", "egen"),
        level("ansvar", 2),
        level("logging", 3),
        unknown("ansatte"),
        yes_no("hendelser", false),
    ];
    let m = migrate_written("1.1.0", &answers);
    use AnswerValue as V;
    let expected = vec![
        (
            "sikkerhetskopi".into(),
            Some(V::Number(4.0)),
            migrated("1.1.0", &["sikkerhetskopi"]),
        ),
        // reworded: the meaning is kept, so the answer carries
        ("mfa_admin".into(), Some(V::Bool(true)), Origin::Carried),
        ("mfa_ansatte".into(), Some(V::Bool(false)), Origin::Carried),
        // answered against the old option list: marked, value kept
        (
            "driftsform".into(),
            Some(V::Text("egen".into())),
            migrated("1.1.0", &["driftsform"]),
        ),
        ("logging".into(), Some(V::Number(3.0)), Origin::Carried),
        ("ansatte".into(), None, Origin::Carried),
        ("hendelser".into(), Some(V::Bool(false)), Origin::Carried),
    ];
    assert_eq!(arrived(&m), expected);
    assert_eq!(m.answers[5].answer.response.state, State::Unknown);
    assert_eq!(m.set_aside.len(), 1);
    assert_eq!(m.set_aside[0].answer.id, "ansvar");
    assert_eq!(m.set_aside[0].reason, Reason::MeaningChanged);

    // hendelser is shown in 1.2.0: its condition `ansatte >= 20` rests on
    // "vet ikke" and is unknown, and an unknown condition shows the
    // question. Answered "no" (score 1, weight 1): 4 + 5 + 0·2 + 3 + 1 over
    // weights 1 + 1 + 2 + 1 + 1 = 13 / 6; principle 2.6: (5 + 0·2) / 3;
    // principle 4.2: 1.
    let newest = registry().newest("revisjon").unwrap().clone();
    let scores = scoring::score(&newest, &m.responses());
    assert!(
        close(scores.overall.score(), 13.0 / 6.0),
        "{:?}",
        scores.overall
    );
    assert_eq!((scores.overall.answered, scores.overall.missing), (5, 1));
    assert!(close(
        scores.principles[&"2.6".parse().unwrap()].score(),
        5.0 / 3.0
    ));
    assert!(close(
        scores.principles[&"4.2".parse().unwrap()].score(),
        1.0
    ));
}

#[test]
fn answers_to_the_newest_version_are_carried_as_they_are() {
    let answers = vec![
        level("sikkerhetskopi", 5),
        yes_no("mfa_admin", false),
        yes_no("mfa_ansatte", true),
        option("driftsform", "samarbeid"),
        level("ansvar", 3),
        level("logging", 1),
        answered("ansatte", "30"),
        yes_no("hendelser", true),
    ];
    let m = migrate_written("1.2.0", &answers);
    assert!(m.set_aside.is_empty());
    assert!(m.answers.iter().all(|a| a.origin == Origin::Carried));
    let ids: Vec<&str> = m.answers.iter().map(|a| a.answer.id.as_str()).collect();
    let written: Vec<&str> = answers.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, written);
    // 5 + 0 + 5·2 + 3 + 1 + 5 over weights 7 = 24 / 7.
    let newest = registry().newest("revisjon").unwrap().clone();
    let scores = scoring::score(&newest, &m.responses());
    assert!(
        close(scores.overall.score(), 24.0 / 7.0),
        "{:?}",
        scores.overall
    );
    assert!(close(
        scores.principles[&"1.1".parse().unwrap()].score(),
        3.0
    ));
}

#[test]
fn unknown_ids_values_and_versions_are_reported_not_lost() {
    let answers = vec![
        level("finnes_ikke", 2),
        level("logg_servere", 4),
        unknown("logg_klienter"),
        option("driftsform", "annet"),
    ];
    let m = migrate_written("1.0.0", &answers);
    let aside: Vec<(&str, Reason)> = m
        .set_aside
        .iter()
        .map(|s| (s.answer.id.as_str(), s.reason))
        .collect();
    assert_eq!(
        aside,
        [
            ("finnes_ikke", Reason::UnknownQuestion),
            ("driftsform", Reason::DoesNotFit)
        ]
    );
    // One part unknown: the lowest level cannot be known.
    assert_eq!(m.answers.len(), 1);
    assert_eq!(m.answers[0].answer.id, "logging");
    assert_eq!(m.answers[0].answer.response.state, State::Unknown);

    let err = migrate(&registry(), "revisjon", "0.9.0", &[]).unwrap_err();
    assert_eq!(err.known, ["1.0.0", "1.1.0", "1.2.0"]);
    assert!(err.to_string().contains("0.9.0"), "{err}");
}

/// `kartlegg --lang en questionnaire validate ARGS…` in the fixtures folder:
/// (exit code, stdout lines). Texts without nynorsk are not listed: the
/// released files some tests copy and edit were written before nynorsk.
fn validate(args: &[&str]) -> (Option<i32>, Vec<String>) {
    let out = common::kartlegg(&fixtures())
        .args(["--lang", "en", "questionnaire", "validate", "-q"])
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    (
        out.status.code(),
        stdout
            .lines()
            .filter(|l| !l.contains("the `nn` (Nynorsk) text is missing"))
            .map(str::to_string)
            .collect(),
    )
}

#[test]
fn validate_accepts_each_revision_against_the_one_before() {
    for (file, previous) in [
        ("revisjon-1.1.0.yaml", "revisjon-1.0.0.yaml"),
        ("revisjon-1.2.0.yaml", "revisjon-1.1.0.yaml"),
    ] {
        let (code, lines) = validate(&[file, "--previous", previous]);
        assert_eq!((code, lines.len()), (Some(0), 0), "{file}: {lines:#?}");
    }
}

#[test]
fn validate_refuses_a_revision_whose_map_does_not_fit_at_each_place() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::fs::read_to_string(fixtures().join("revisjon-1.2.0.yaml")).unwrap();
    let broken = src
        .replace("    reworded: [mfa_admin]", "    dropped: [finnes_ikke]")
        .replace("{ekstern: leverandor}", "{eksterne: leverandor}");
    let path = dir.path().join("revisjon.yaml");
    std::fs::write(&path, broken).unwrap();
    let previous = fixtures().join("revisjon-1.1.0.yaml");
    let (code, lines) = validate(&[
        path.to_str().unwrap(),
        "--previous",
        previous.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(3));
    let file = path.display().to_string();
    let expected = [
        // mfa_admin's text changed without `reworded` or `meaning_changed`
        ("34:13", "[reworded]", "add `mfa_admin` to `reworded:`"),
        // the old option is neither kept nor mapped
        (
            "45:13",
            "[unmapped-option]",
            "map it under `options: {driftsform: {ekstern: …}}`",
        ),
        (
            "75:28",
            "[unknown-option]",
            "`driftsform` has no option `eksterne` in version 1.1.0",
        ),
        (
            "77:15",
            "[unknown-question]",
            "`finnes_ikke` is not a question of version 1.1.0",
        ),
    ];
    assert_eq!(lines.len(), expected.len(), "{lines:#?}");
    for (line, (place, code, text)) in lines.iter().zip(expected) {
        assert!(
            line.starts_with(&format!("{file}:{place}: ")),
            "{place}: {line}"
        );
        assert!(line.ends_with(code) && line.contains(text), "{line}");
    }
}

#[test]
fn validate_refuses_an_edited_release_and_an_unmapped_old_question() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current =
        std::fs::read_to_string(root.join("questionnaires/history/hurtigsjekk-1.0.0.yaml"))
            .unwrap();
    let edited = dir.path().join("hurtigsjekk.yaml");
    std::fs::write(
        &edited,
        current.replacen("nb: Hurtigsjekk", "nb: Hurtig sjekk", 1),
    )
    .unwrap();
    let (code, lines) = validate(&[edited.to_str().unwrap()]);
    assert_eq!(code, Some(3));
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].contains("version 1.0.0 of `hurtigsjekk` was already released with other content; raise `version:`"), "{}", lines[0]);

    // Against 1.0.0, version 1.2.0 has no entry: the old ids must be kept.
    let (code, lines) = validate(&["revisjon-1.2.0.yaml", "--previous", "revisjon-1.0.0.yaml"]);
    assert_eq!(code, Some(3));
    let unaccounted: Vec<&String> = lines
        .iter()
        .filter(|l| l.ends_with("[unaccounted]"))
        .collect();
    assert_eq!(unaccounted.len(), 5, "{lines:#?}");
    assert!(unaccounted[0].contains(
        "`backup` of version 1.0.0 is not in this version; say under `changes:` (`from: 1.0.0`)"
    ));
}

/// `kartlegg questionnaire diff ARGS…` in the fixtures folder: stdout.
fn diff(lang: &str, args: &[&str]) -> String {
    let out = common::kartlegg(&fixtures())
        .args(["--lang", lang, "questionnaire", "diff"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn diff_lists_each_kind_of_change_of_a_revision() {
    let text = diff("en", &["revisjon-1.1.0.yaml", "revisjon-1.2.0.yaml"]);
    let expected = "revisjon 1.1.0 → 1.2.0

Reworded (2):
  mfa_admin (same meaning)
      was: “Is multi-factor sign-in used for administrators?”
      now: “Does the municipality require multi-factor sign-in for administrators?”
  ansvar (new meaning: old answers are not scored)
      was: “Is responsibility for ICT security assigned?”
      now: “Is responsibility for ICT security assigned to one named manager?”

Levels changed (1):
  sikkerhetskopi
      0: “Not established” → “No copy”
      1: “Initial” → “Occasional copy”
      2: “Repeatable” → “Regular copy”
      3: “Defined” → “Offline copy”
      4: “Managed” → “Tested restore”
      5: “Optimised” → “Restore rehearsed every year”
      old answers: 5 → 4

Options changed (1):
  driftsform
      ekstern → leverandor

Conditions (show_if) changed (1):
  hendelser: ansatte >= 50 → ansatte >= 20
";
    assert_eq!(text, expected);
}

#[test]
fn diff_as_markdown_names_renames_splits_merges_and_drops() {
    let text = diff(
        "nb",
        &[
            "revisjon-1.0.0.yaml",
            "revisjon-1.1.0.yaml",
            "--format",
            "markdown",
        ],
    );
    let expected = "## revisjon 1.0.0 → 1.1.0

### Lagt til (1)

- `hendelser`: Har kommunen en plan for hendelseshåndtering?

### Fjernet (1)

- `faks`: Brukes faks? (svarene føres ikke over)

### Omdøpt (1)

- `backup` → `sikkerhetskopi`

### Delt (1)

- `mfa` → `mfa_admin`, `mfa_ansatte`

### Slått sammen (1)

- `logg_servere` + `logg_klienter` → `logging`
";
    assert_eq!(text, expected);
}

#[test]
fn diff_detects_renames_by_text_and_reads_builtin_versions() {
    // 1.2.0 maps only from 1.1.0: against 1.0.0 the rename is found by its
    // unchanged text, and the rest is reported as unstated.
    let text = diff("en", &["revisjon-1.0.0.yaml", "revisjon-1.2.0.yaml"]);
    assert!(
        text.contains("  backup → sikkerhetskopi (same text; not named in changes:)\n"),
        "{text}"
    );
    assert!(
        text.contains("  - faks: Is fax used? (not named in changes:)\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "      + leverandor: “External supplier”\n      - ekstern: “External supplier”\n"
        ),
        "{text}"
    );

    let release =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/history/hurtigsjekk-1.0.0.yaml");
    let same = diff("en", &["hurtigsjekk@1.0.0", release.to_str().unwrap()]);
    assert_eq!(same, "hurtigsjekk 1.0.0 → 1.0.0\n\nNo changes.\n");
    let out = common::kartlegg(&fixtures())
        .args([
            "--lang",
            "en",
            "questionnaire",
            "diff",
            "hurtigsjekk@0.1.0",
            "hurtigsjekk",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "version 0.1.0 of `hurtigsjekk` is not known here (known versions: 1.0.0, 1.1.0)"
        ),
        "{stderr}"
    );
}

#[test]
fn validate_checks_a_revised_builtin_questionnaire_against_its_release() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current =
        std::fs::read_to_string(root.join("questionnaires/history/hurtigsjekk-1.0.0.yaml"))
            .unwrap();
    let revised = current
        .replacen("version: 1.0.0", "version: 1.0.1", 1)
        .replacen(
            "nb: Hvem drifter kommunens IT-systemer i det daglige?",
            "nb: Hvem drifter IT-systemene i det daglige?",
            1,
        );
    let path = dir.path().join("hurtigsjekk.yaml");
    std::fs::write(&path, &revised).unwrap();
    let (code, lines) = validate(&[path.to_str().unwrap()]);
    assert_eq!(code, Some(3));
    assert_eq!(lines.len(), 1, "{lines:#?}");
    let expected = format!(
        "{}:57:13: the wording of `drift` changed since version 1.0.0 (the nb text); add `drift` to `reworded:`",
        path.display()
    );
    assert!(lines[0].starts_with(&expected), "{}", lines[0]);

    let acknowledged = format!("{revised}changes:\n  - from: 1.0.0\n    reworded: [drift]\n");
    std::fs::write(&path, acknowledged).unwrap();
    let (code, lines) = validate(&[path.to_str().unwrap()]);
    // Nothing is left but the texts of 1.0.0 that have no nynorsk.
    assert_eq!((code, lines.len()), (Some(3), 0), "{lines:#?}");
}

#[test]
fn diff_refuses_two_different_questionnaires() {
    let out = common::kartlegg(&fixtures())
        .args([
            "--lang",
            "en",
            "questionnaire",
            "diff",
            "hurtigsjekk",
            "revisjon-1.0.0.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("`hurtigsjekk` and `revisjon` are different questionnaires"),
        "{stderr}"
    );
}

/// The example pilot answered the released 1.0.0 questionnaires; a
/// municipality mapped after the revision answers 1.1.0. Both merge into the
/// same columns, and no answer is lost outside what the maps drop.
#[test]
fn pilot_answers_to_1_0_0_merge_with_answers_to_1_1_0() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inn");
    let pilot = common::repo("examples/pilot/innkommet");
    for entry in walkdir::WalkDir::new(&pilot) {
        let entry = entry.unwrap();
        let to = input.join(entry.path().strip_prefix(&pilot).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
    // A municipality that answers the newest modenhet, after the revision.
    let current = questionnaire::builtin::all().unwrap();
    let new_file = kartlegg::synthetic::pilot_set(&current, false)
        .into_iter()
        .find(|f| f.name.contains("9901-modenhet"))
        .unwrap();
    let text = new_file
        .text
        .replace("\"9901\"", "\"4627\"")
        .replace("Fjordvik (fiktiv)", "Askøy");
    assert!(text.contains("version: \"1.1.0\""), "{text}");
    std::fs::write(input.join("askoy-modenhet.yaml"), text).unwrap();

    let out = dir.path().join("ut");
    common::kartlegg_en(dir.path())
        .arg("merge")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(3); // the pilot's planted duplicate
    let avvik = common::read_csv(&out.join("avvik.csv"));
    // The only other-version note is the pilot's fictional behov 0.9.0.
    let other: Vec<&String> = avvik
        .iter()
        .filter(|r| r[2] == "other-version")
        .map(|r| &r[0])
        .collect();
    assert_eq!(other.len(), 1, "{other:?}");
    assert!(other[0].ends_with("kartlegg-svar-9905-behov-2026-10-09.yaml"));

    let svar = common::read_csv(&out.join("svar.csv"));
    let head = &svar[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let (who, version, id, from, file) = (
        col("municipality_no"),
        col("version"),
        col("question_id"),
        col("migrated_from"),
        col("source_file"),
    );
    // logginnsamling was split in 1.1.0: the pilot's answer fills both
    // parts, marked as migrated; Askøy answered both itself.
    let storage: Vec<(&str, &str, &str)> = svar
        .iter()
        .filter(|r| r[id] == "logglagring" && (r[who] == "9901" || r[who] == "4627"))
        .map(|r| (r[who].as_str(), r[version].as_str(), r[from].as_str()))
        .collect();
    assert_eq!(
        storage,
        [
            ("4627", "1.1.0", ""),
            ("9901", "1.0.0", "1.0.0: logginnsamling")
        ]
    );
    // Every answer of every kept 1.0.0 modenhet file is in svar.csv under its
    // own id or as the source of a migrated one, or counted as dropped.
    let registry = Registry::builtin().unwrap();
    let old = registry.get("modenhet", "1.0.0").unwrap();
    let mut files: Vec<&str> = svar
        .iter()
        .skip(1)
        .filter(|r| r[version] == "1.0.0" && r[file].contains("modenhet"))
        .map(|r| r[file].as_str())
        .collect();
    files.dedup();
    assert_eq!(files.len(), 9, "{files:?}");
    for f in files {
        let rows: Vec<&Vec<String>> = svar.iter().filter(|x| x[file] == f).collect();
        for a in &common::read_result(Path::new(f)).answers {
            assert!(old.question(&a.id).is_some(), "{f}: {}", a.id);
            let kept = rows
                .iter()
                .any(|x| x[id] == a.id || x[from].split([':', ',', ' ']).any(|s| s == a.id));
            let dropped = avvik
                .iter()
                .any(|x| x[0] == f && x[2].starts_with("migration-") && x[3].contains(&a.id));
            assert!(
                kept || dropped,
                "{f}: {} is neither carried nor counted",
                a.id
            );
        }
    }
}
