//! The Excel form round trip: `questionnaire export --xlsx`, cells filled
//! the way Excel would store them, `import`, and the same answers as
//! `survey --answers` gives for the same data.

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

use calamine::{Data, Reader};
use common::{have, kartlegg, repo};
use kartlegg::survey::result::{self, Status, SurveyResult};
use predicates::str::contains;

/// How a filled answer cell is stored in the sheet XML.
enum Fill {
    Text(&'static str),
    Number(f64),
}

/// The rows of the answer sheet by question id (0-based row numbers).
fn rows_by_id(form: &Path) -> BTreeMap<String, u32> {
    let mut book = calamine::open_workbook_auto(form).unwrap();
    let sheet = book.worksheet_range("Svar").unwrap();
    sheet
        .rows()
        .enumerate()
        .skip(1)
        .filter_map(|(i, row)| match row.first() {
            Some(Data::String(id)) => Some((id.clone(), i as u32)),
            _ => None,
        })
        .collect()
}

/// Writes `fills` (cell reference → value) into the answer sheet's XML, the
/// way a spreadsheet program stores typed values, and saves a copy.
fn fill(form: &Path, out: &Path, fills: &[(String, Fill)]) {
    fill_sheet(form, out, "Svar", fills);
}

/// [`fill`] for any sheet of the form.
fn fill_sheet(form: &Path, out: &Path, sheet: &str, fills: &[(String, Fill)]) {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(form).unwrap()).unwrap();
    let mut workbook = String::new();
    archive
        .by_name("xl/workbook.xml")
        .unwrap()
        .read_to_string(&mut workbook)
        .unwrap();
    // Sheets are numbered in the order they were added; find the sheet.
    let names: Vec<&str> = workbook
        .split("<sheet ")
        .skip(1)
        .filter_map(|s| s.split("name=\"").nth(1)?.split('"').next())
        .collect();
    let index = names.iter().position(|n| *n == sheet).unwrap() + 1;
    let sheet_name = format!("xl/worksheets/sheet{index}.xml");

    let mut writer = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name == sheet_name {
            let mut xml = String::from_utf8(bytes).unwrap();
            for (at, value) in fills {
                let open = format!("<c r=\"{at}\" s=\"");
                let start = xml.find(&open).unwrap_or_else(|| panic!("no cell {at}"));
                // An empty cell closes itself; one with a value ends in </c>.
                let tag = start + xml[start..].find('>').unwrap();
                let end = if xml[..tag].ends_with('/') {
                    tag + 1
                } else {
                    tag + xml[tag..].find("</c>").unwrap() + 4
                };
                let style = xml[start + open.len()..]
                    .split('"')
                    .next()
                    .unwrap()
                    .to_string();
                let cell = match value {
                    Fill::Text(t) => format!(
                        "<c r=\"{at}\" s=\"{style}\" t=\"inlineStr\"><is><t>{t}</t></is></c>"
                    ),
                    Fill::Number(n) => format!("<c r=\"{at}\" s=\"{style}\"><v>{n}</v></c>"),
                };
                xml.replace_range(start..end, &cell);
            }
            bytes = xml.into_bytes();
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(&bytes).unwrap();
    }
    writer.finish().unwrap();
}

/// What a result file says, without the times.
fn answers(path: &Path) -> Vec<(String, String, Option<String>)> {
    let r: SurveyResult = result::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    r.answers
        .into_iter()
        .map(|a| (a.id, format!("{:?}", a.response), a.comment))
        .collect()
}

fn filled_form(dir: &Path, styringssystem: Fill) -> std::path::PathBuf {
    kartlegg(dir)
        .args([
            "questionnaire",
            "export",
            "hurtigsjekk",
            "--xlsx",
            "skjema.xlsx",
        ])
        .assert()
        .success();
    let rows = rows_by_id(&dir.join("skjema.xlsx"));
    let d = |id: &str| format!("D{}", rows[id] + 1);
    let e = |id: &str| format!("E{}", rows[id] + 1);
    let fills = vec![
        (d("drift"), Fill::Text("samarbeid")),
        (d("styringssystem"), styringssystem),
        (e("styringssystem"), Fill::Text("vedtatt i 2024")),
        (d("overvaking"), Fill::Text("edr, soc")),
        (d("mfa_admin"), Fill::Text("Ja")),
        (d("admin_kontoer"), Fill::Number(1200.0)),
        (d("backup_frakoblet"), Fill::Text("Ja")),
        (d("gjenoppretting"), Fill::Number(2.0)),
        // 2025-03-01 as Excel stores a date: days since 1899-12-30.
        (d("gjenoppretting_dato"), Fill::Number(45717.0)),
        (d("oversikt_enheter"), Fill::Text("Vet ikke")),
    ];
    let out = dir.join("utfylt.xlsx");
    fill(&dir.join("skjema.xlsx"), &out, &fills);
    out
}

#[test]
fn a_filled_form_imports_as_the_same_answers_as_an_answers_file() {
    let dir = tempfile::tempdir().unwrap();
    let level = {
        // The drop-down offers "3 – <label>"; pick what it offers.
        let q = kartlegg::questionnaire::builtin::resolve("hurtigsjekk").unwrap();
        let question = q.question("styringssystem").unwrap();
        let label = q.levels_of(question)[3].label.nb.clone();
        Box::leak(format!("3 – {label}").into_boxed_str())
    };
    let form = filled_form(dir.path(), Fill::Text(level));
    kartlegg(dir.path())
        .args([
            "import",
            "utfylt.xlsx",
            "-k",
            "4627",
            "-o",
            "importert.yaml",
        ])
        .assert()
        .success()
        .stderr(contains("importert.yaml"));
    assert!(form.exists());

    std::fs::write(
        dir.path().join("svar.csv"),
        "drift,samarbeid\nstyringssystem,3,vedtatt i 2024\novervaking,\"edr,soc\"\nmfa_admin,ja\nadmin_kontoer,1200\nbackup_frakoblet,ja\ngjenoppretting,2\ngjenoppretting_dato,2025-03-01\noversikt_enheter,vet ikke\n",
    )
    .unwrap();
    kartlegg(dir.path())
        .args([
            "survey",
            "hurtigsjekk",
            "-k",
            "4627",
            "--answers",
            "svar.csv",
            "-o",
            "direkte.yaml",
        ])
        .assert()
        .success();
    let imported = answers(&dir.path().join("importert.yaml"));
    assert_eq!(imported, answers(&dir.path().join("direkte.yaml")));
    let find = |id: &str| imported.iter().find(|(i, ..)| i == id).cloned().unwrap();
    assert!(
        find("admin_kontoer").1.contains("Number(1200.0)"),
        "{imported:?}"
    );
    assert!(find("gjenoppretting_dato").1.contains("\"2025-03-01\""));
    assert!(find("oversikt_enheter").1.contains("Unknown"));
    assert_eq!(find("styringssystem").2.as_deref(), Some("vedtatt i 2024"));
    let r = result::from_str(&std::fs::read_to_string(dir.path().join("importert.yaml")).unwrap())
        .unwrap();
    assert_eq!(r.subject.id, "4627");
    assert_eq!(r.status, Status::Partial);
    assert!(!r.consensus, "the form says Nei unless changed");

    // Saved again by LibreOffice, the way many municipalities will.
    if !have("libreoffice") {
        eprintln!("skipped the LibreOffice part: libreoffice is not installed");
        return;
    }
    let lo = dir.path().join("lo");
    let status = std::process::Command::new("libreoffice")
        .args(["--headless", "--convert-to", "xlsx", "--outdir"])
        .arg(&lo)
        .arg(&form)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    kartlegg(dir.path())
        .args(["import", "lo/utfylt.xlsx", "-k", "4627", "-o", "lo.yaml"])
        .assert()
        .success();
    assert_eq!(answers(&dir.path().join("lo.yaml")), imported);
}

/// Imports the form with the consensus cell (Skjema!C9) set to `value`.
fn import_with_consensus(dir: &Path, value: &'static str) -> assert_cmd::assert::Assert {
    filled_form(dir, Fill::Number(2.0));
    let form = dir.join("utfylt.xlsx");
    let out = dir.join("felles.xlsx");
    fill_sheet(&form, &out, "Skjema", &[("C9".into(), Fill::Text(value))]);
    kartlegg(dir)
        .args([
            "--lang",
            "en",
            "import",
            "felles.xlsx",
            "-k",
            "4627",
            "-o",
            "felles.yaml",
        ])
        .assert()
}

#[test]
fn the_consensus_field_of_the_form_is_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = {
        kartlegg(dir.path())
            .args(["questionnaire", "export", "hurtigsjekk", "--xlsx", "s.xlsx"])
            .assert()
            .success();
        calamine::open_workbook_auto(dir.path().join("s.xlsx")).unwrap()
    };
    let info = book.worksheet_range("Skjema").unwrap();
    let at = |row: u32, col: u32| info.get_value((row, col)).cloned();
    assert_eq!(at(8, 0), Some(Data::String("consensus".into())));
    assert_eq!(
        at(8, 1),
        Some(Data::String("Konsensus (felles økt)".into()))
    );
    assert_eq!(at(8, 2), Some(Data::String("Nei".into())));

    import_with_consensus(dir.path(), "Ja").success();
    let yaml = std::fs::read_to_string(dir.path().join("felles.yaml")).unwrap();
    assert!(yaml.contains("\n  consensus: true\n"), "{yaml}");
    assert!(result::from_str(&yaml).unwrap().consensus);
}

#[test]
fn a_consensus_cell_that_is_neither_yes_nor_no_is_named() {
    let dir = tempfile::tempdir().unwrap();
    import_with_consensus(dir.path(), "Kanskje")
        .code(3)
        .stderr(contains("Skjema!C9: “Kanskje” is neither Yes nor No"));
    assert!(!dir.path().join("felles.yaml").exists());
}

#[test]
fn a_bad_cell_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    filled_form(dir.path(), Fill::Number(7.0));
    let rows = rows_by_id(&dir.path().join("skjema.xlsx"));
    let cell = format!("Svar!D{}", rows["styringssystem"] + 1);
    kartlegg(dir.path())
        .args([
            "--lang",
            "en",
            "import",
            "utfylt.xlsx",
            "-k",
            "4627",
            "-o",
            "x.yaml",
        ])
        .assert()
        .code(3)
        .stderr(contains(format!(
            "utfylt.xlsx: {cell}: styringssystem: 7 is outside"
        )));
    assert!(!dir.path().join("x.yaml").exists());
}

#[test]
fn a_form_from_another_questionnaire_version_is_refused_with_a_way_out() {
    let dir = tempfile::tempdir().unwrap();
    let changed = std::fs::read_to_string(repo("questionnaires/history/hurtigsjekk-1.0.0.yaml"))
        .unwrap()
        .replacen("version: 1.0.0", "version: 0.9.0", 1);
    std::fs::write(dir.path().join("gammel.yaml"), &changed).unwrap();
    kartlegg(dir.path())
        .args([
            "questionnaire",
            "export",
            "gammel.yaml",
            "--xlsx",
            "gammel.xlsx",
        ])
        .assert()
        .success();
    kartlegg(dir.path())
        .args(["--lang", "en", "import", "gammel.xlsx", "-k", "4627"])
        .assert()
        .code(3)
        .stderr(contains(
            "version 0.9.0, but this kartlegg has version 1.1.0",
        ));
    // With the old questionnaire given, it imports against that version.
    kartlegg(dir.path())
        .args([
            "import",
            "gammel.xlsx",
            "-k",
            "4627",
            "--questionnaire",
            "gammel.yaml",
            "-o",
            "g.yaml",
        ])
        .assert()
        .success();
    let r = result::from_str(&std::fs::read_to_string(dir.path().join("g.yaml")).unwrap()).unwrap();
    assert_eq!(r.questionnaire.version, "0.9.0");
}

#[test]
fn a_workbook_that_is_not_a_form_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tom.xlsx"), b"not a zip").unwrap();
    kartlegg(dir.path())
        .args(["--lang", "en", "import", "tom.xlsx", "-k", "4627"])
        .assert()
        .code(3)
        .stderr(contains("tom.xlsx: cannot be read as an Excel workbook"));
}

/// Exports the features fixture, fills `fills` (question id, column letter,
/// value) and imports it; (exit code, stderr, the result if one was written).
fn import_features(
    dir: &Path,
    fills: &[(&str, &str, Fill)],
) -> (Option<i32>, String, Option<SurveyResult>) {
    let questionnaire =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/survey-features.yaml");
    for made in ["f.xlsx", "ff.xlsx", "f.yaml"] {
        let _ = std::fs::remove_file(dir.join(made));
    }
    kartlegg(dir)
        .args(["questionnaire", "export"])
        .arg(&questionnaire)
        .args(["--xlsx", "f.xlsx"])
        .assert()
        .success();
    let rows = rows_by_id(&dir.join("f.xlsx"));
    let cells: Vec<(String, Fill)> = fills
        .iter()
        .map(|(id, col, value)| {
            let value = match value {
                Fill::Text(t) => Fill::Text(t),
                Fill::Number(n) => Fill::Number(*n),
            };
            (format!("{col}{}", rows[*id] + 1), value)
        })
        .collect();
    fill(&dir.join("f.xlsx"), &dir.join("ff.xlsx"), &cells);
    let out = kartlegg(dir)
        .args([
            "--lang", "en", "import", "ff.xlsx", "-k", "4627", "-o", "f.yaml",
        ])
        .arg("--questionnaire")
        .arg(&questionnaire)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let written = dir.join("f.yaml");
    let result = written
        .exists()
        .then(|| result::from_str(&std::fs::read_to_string(&written).unwrap()).unwrap());
    (out.status.code(), stderr, result)
}

#[test]
fn an_exclusive_option_with_others_is_refused_naming_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let fills = [("overvaking", "D", Fill::Text("Logs, None of these"))];
    let (code, stderr, result) = import_features(dir.path(), &fills);
    let rows = rows_by_id(&dir.path().join("f.xlsx"));
    let cell = format!("Svar!D{}", rows["overvaking"] + 1);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!("{cell}: overvaking: “None of these” cannot")),
        "{stderr}"
    );
    assert!(result.is_none());
}

#[test]
fn a_date_cell_may_say_never() {
    let dir = tempfile::tempdir().unwrap();
    let fills = [("siste_ovelse", "D", Fill::Text("Never"))];
    let (code, stderr, result) = import_features(dir.path(), &fills);
    assert_eq!(code, Some(0), "{stderr}");
    let r = result.unwrap();
    let answer = r.answers.iter().find(|a| a.id == "siste_ovelse").unwrap();
    assert_eq!(
        format!("{:?}", answer.response.value),
        "Some(Text(\"never\"))"
    );
}

#[test]
fn the_evidence_column_is_read_where_the_question_asks() {
    let dir = tempfile::tempdir().unwrap();
    let fills = [
        ("siste_ovelse", "D", Fill::Text("2023-04-01")),
        ("siste_ovelse", "G", Fill::Text("Øvingsrapport")),
        ("hvorfor_ikke", "D", Fill::Text("Ingen tid")),
    ];
    let (code, stderr, result) = import_features(dir.path(), &fills);
    assert_eq!(code, Some(0), "{stderr}");
    let r = result.unwrap();
    let got: Vec<(&str, Option<&str>)> = r
        .answers
        .iter()
        .map(|a| (a.id.as_str(), a.evidence.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("siste_ovelse", Some("Øvingsrapport")),
            ("hvorfor_ikke", None)
        ]
    );
    let mut book = calamine::open_workbook_auto(dir.path().join("f.xlsx")).unwrap();
    let sheet = book.worksheet_range("Svar").unwrap();
    assert_eq!(
        sheet.get_value((0, 6)),
        Some(&Data::String("Dokumentasjon".into()))
    );
}

#[test]
fn a_ranking_is_one_cell_in_order_and_a_repeat_names_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let fills = [("tjenester", "D", Fill::Text("Backup; Training; soc"))];
    let (code, stderr, result) = import_features(dir.path(), &fills);
    assert_eq!(code, Some(0), "{stderr}");
    let r = result.unwrap();
    assert_eq!(
        format!("{:?}", r.answers[0].response.value),
        "Some(Choices([\"backup\", \"opplaering\", \"soc\"]))"
    );
    let fills = [("tjenester", "D", Fill::Text("Backup; Backup"))];
    let (code, stderr, _) = import_features(dir.path(), &fills);
    let rows = rows_by_id(&dir.path().join("f.xlsx"));
    let cell = format!("Svar!D{}", rows["tjenester"] + 1);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!("{cell}: tjenester: “backup” appears twice")),
        "{stderr}"
    );
}

#[test]
fn a_follow_up_on_vet_ikke_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let fills = [
        ("siste_ovelse", "D", Fill::Text("Don't know")),
        ("hvorfor_ikke", "D", Fill::Text("Ingen oversikt")),
    ];
    let (code, stderr, result) = import_features(dir.path(), &fills);
    assert_eq!(code, Some(0), "{stderr}");
    let got: Vec<(String, String)> = result
        .unwrap()
        .answers
        .into_iter()
        .map(|a| (a.id, format!("{:?}", a.response)))
        .collect();
    assert_eq!(
        got,
        [
            (
                "siste_ovelse".to_string(),
                "Response { state: Unknown, value: None }".to_string()
            ),
            (
                "hvorfor_ikke".to_string(),
                "Response { state: Answered, value: Some(Text(\"Ingen oversikt\")) }".to_string()
            ),
        ]
    );
}

/// A form written in nynorsk says so, and its nynorsk answers are read back
/// whatever language the import speaks; the result records the language.
#[test]
fn a_nynorsk_form_is_read_back_and_its_language_kept() {
    let dir = tempfile::tempdir().unwrap();
    kartlegg(dir.path())
        .args(["--lang", "nn", "questionnaire", "export", "hurtigsjekk"])
        .args(["--xlsx", "skjema.xlsx"])
        .assert()
        .success();
    let rows = rows_by_id(&dir.path().join("skjema.xlsx"));
    let d = |id: &str| format!("D{}", rows[id] + 1);
    let fills = vec![
        (d("drift"), Fill::Text("Eiga IT-avdeling")),
        (d("oversikt_enheter"), Fill::Text("Veit ikkje")),
    ];
    let out = dir.path().join("utfylt.xlsx");
    fill(&dir.path().join("skjema.xlsx"), &out, &fills);
    kartlegg(dir.path())
        .args(["--lang", "nb", "import"])
        .arg(&out)
        .args(["-k", "4640", "-o", "svar.yaml"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("svar.yaml")).unwrap();
    assert!(text.contains("language: \"nn\""), "{text}");
    let got = answers(&dir.path().join("svar.yaml"));
    let find = |id: &str| got.iter().find(|a| a.0 == id).unwrap().1.clone();
    assert!(find("drift").contains("egen"), "{}", find("drift"));
    assert!(
        find("oversikt_enheter").contains("Unknown"),
        "{}",
        find("oversikt_enheter")
    );
}
