//! Naming a municipality with `-k`: one rule everywhere, never a quiet guess,
//! and a plain word about municipalities the register does not hold.

mod common;
use common::{fixture, kartlegg, kartlegg_en, read_result, repo, root};
use kartlegg::questionnaire::answer::AnswerValue;
use predicates::prelude::*;
use predicates::str::contains;

/// The built-in register is Norway's: `-k Oslo` and `-k Trondheim` work
/// without a file. A name it does not hold is not "corrected" to one that
/// merely looks a bit like it; the message says what the built-in register
/// holds and how to add to it. Near misspellings are still suggested.
#[test]
fn any_norwegian_municipality_is_found_and_others_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    for (kommune, id, name) in [
        ("Oslo", "0301", "Oslo"),
        ("Trondheim", "5001", "Trondheim"),
        ("kautokeino", "5612", "Guovdageaidnu"),
    ] {
        let out = dir.path().join(format!("{id}.yaml"));
        kartlegg_en(dir.path())
            .args(["inventory", "--no-software", "-k", kommune, "-o"])
            .arg(&out)
            .assert()
            .success();
        let text = std::fs::read_to_string(&out).unwrap();
        let subject = format!("municipality:\n  id: \"{id}\"\n  name: \"{name}\"\n");
        assert!(text.contains(&subject), "{text}");
    }
    let out = kartlegg_en(root())
        .args(["inventory", "-k", "Uppsala"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    for wanted in [
        "Norway's 357 municipalities",
        "--kommuner FILE",
        "docs/formats.md",
    ] {
        assert!(stderr.contains(wanted), "{wanted}: {stderr}");
    }
    kartlegg(root())
        .args(["inventory", "-k", "Sogndall"])
        .assert()
        .code(1)
        .stderr(
            contains("Mente du 4640 Sogndal, 1111 Sokndal (Rogaland)?").and(contains("-k 4640")),
        );
    kartlegg_en(root())
        .args(["inventory", "-k", "aust"])
        .assert()
        .code(1)
        .stderr(contains(
            "fits several municipalities: 4625 Austevoll, 4632 Austrheim",
        ));
    kartlegg_en(root())
        .args(["inventory", "-k", "Herøy"])
        .assert()
        .code(1)
        .stderr(contains(
            "fits several municipalities: 1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland)",
        ));
}

/// `report -k` picks among the municipalities in the data by the same rule.
#[test]
fn report_compares_a_municipality_named_by_the_same_rule() {
    let dir = tempfile::tempdir().unwrap();
    let pilot = repo("examples/pilot/innkommet");
    kartlegg_en(dir.path())
        .arg("report")
        .arg(&pilot)
        .args(["-k", "s", "-o", "s.html"])
        .assert()
        .code(1)
        .stderr(contains("9904 Solstrand (fiktiv), 9905 Lisund (fiktiv)"));
    assert!(!dir.path().join("s.html").exists());
    kartlegg_en(dir.path())
        .arg("report")
        .arg(&pilot)
        .args(["-k", "lis", "-o", "lis.html"])
        .assert()
        .code(3)
        .stderr(contains("Municipality: 9905 Lisund (fiktiv)\n"));
    let html = std::fs::read_to_string(dir.path().join("lis.html")).unwrap();
    assert!(html.contains("Lisund"));
}

#[test]
fn a_nynorsk_municipality_gets_its_result_and_a_chosen_language_wins() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.csv"), "question_id,value\ndrift,egen\n").unwrap();
    let survey = |lang: Option<&str>, out: &str| {
        let mut cmd = kartlegg(dir.path());
        if let Some(lang) = lang {
            cmd.env("KARTLEGG_LANG", lang);
        }
        cmd.args([
            "survey",
            "hurtigsjekk",
            "-k",
            "sogndal",
            "--answers",
            "a.csv",
            "-o",
            out,
        ])
        .write_stdin("")
        .assert()
        .success()
    };
    survey(None, "nn.yaml").stderr(contains("Lagra i nn.yaml"));
    let r = read_result(&dir.path().join("nn.yaml"));
    assert_eq!(
        (r.subject.id.as_str(), r.subject.name.as_str()),
        ("4640", "Sogndal")
    );
    assert_eq!(
        r.answers[0].response.value,
        Some(AnswerValue::Text("egen".into()))
    );
    survey(Some("en"), "en.yaml").stderr(contains("Saved in en.yaml"));
}

/// `-k` names one municipality by the same rule everywhere: an exact number
/// or name is taken, a beginning that fits one name is taken and said, and a
/// text that fits several is refused with the candidates before anything is
/// written.
#[test]
fn a_municipality_is_never_picked_quietly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "har_soc: ja\n").unwrap();
    let run = |kommune: &str, output: &str| {
        kartlegg(dir.path())
            .args(["--lang", "en", "survey", "-k", kommune, "-o", output])
            .args(["--answers", "a.yaml"])
            .arg(fixture("survey-small.yaml"))
            .write_stdin("")
            .output()
            .unwrap()
    };
    // Fits Austevoll and Austrheim (as `kommuner --search aust` lists): refused.
    let out = run("aust", "aust.yaml");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("`aust` fits several municipalities: 4625 Austevoll, 4632 Austrheim")
            && stderr.contains("`-k 4625`"),
        "{stderr}"
    );
    assert!(!dir.path().join("aust.yaml").exists());
    // The only name that begins with "Bøm": taken, and said before saving.
    let out = run("Bøm", "bom.yaml");
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("Municipality: 4613 Bømlo\n"), "{stderr}");
    assert_eq!(read_result(&dir.path().join("bom.yaml")).subject.id, "4613");
    // "Bø" is exactly Bø in Nordland: taken, with the Vestland name it
    // also begins said beside it.
    let out = run("Bø", "bo.yaml");
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "Municipality: 1867 Bø (Nordland). Did you mean 4613 Bømlo? Use -k 4613.\n"
        ),
        "{stderr}"
    );
    assert_eq!(read_result(&dir.path().join("bo.yaml")).subject.id, "1867");
    // The whole name, with "kommune" and without Norwegian letters: taken quietly.
    let out = run("bomlo Kommune", "bomlo.yaml");
    assert!(out.status.success(), "{out:?}");
    assert!(
        !String::from_utf8(out.stderr)
            .unwrap()
            .contains("Municipality:")
    );
    assert_eq!(
        read_result(&dir.path().join("bomlo.yaml")).subject.id,
        "4613"
    );
}

/// Cooperations from a register file follow the same rule by id and name.
#[test]
fn a_cooperation_is_found_by_its_id_or_whole_name_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "har_soc: ja\n").unwrap();
    std::fs::write(
        dir.path().join("reg.yaml"),
        "cooperations:\n  - {id: ikt-nord, name: IKT Nord, members: [Kinn, Stad]}\n  - {id: ikt-nordhordland, name: IKT Nordhordland, members: [Alver, Fedje]}\n",
    )
    .unwrap();
    let run = |kommune: &str| {
        kartlegg(dir.path())
            .args([
                "--lang",
                "en",
                "--kommuner",
                "reg.yaml",
                "survey",
                "-k",
                kommune,
            ])
            .args(["-o", "ut.yaml", "--force", "--answers", "a.yaml"])
            .arg(fixture("survey-small.yaml"))
            .write_stdin("")
            .output()
            .unwrap()
    };
    let out = run("ikt");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("ikt-nord IKT Nord, ikt-nordhordland IKT Nordhordland"),
        "{stderr}"
    );
    assert!(!dir.path().join("ut.yaml").exists());
    for exact in ["ikt-nord", "IKT Nord"] {
        assert!(run(exact).status.success(), "{exact}");
        assert_eq!(
            read_result(&dir.path().join("ut.yaml")).subject.id,
            "ikt-nord"
        );
    }
}

/// The language form of any municipality in the register chooses the
/// language when none is asked for: nynorsk for Volda (Møre og Romsdal),
/// bokmål for neutral Trondheim and for Kristiansand, whose form is unknown.
#[test]
fn the_language_form_of_any_municipality_chooses_the_language() {
    let dir = tempfile::tempdir().unwrap();
    for (kommune, saved) in [
        ("Volda", "Lagra i volda.yaml"),
        ("Trondheim", "Lagret i trondheim.yaml"),
        ("4204", "Lagret i 4204.yaml"),
    ] {
        let file = format!("{}.yaml", kommune.to_lowercase());
        kartlegg(dir.path())
            .args(["inventory", "--no-software", "-k", kommune, "-o", &file])
            .assert()
            .success()
            .stderr(contains(saved));
    }
}
