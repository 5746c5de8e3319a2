//! Workbooks that are not what `import` expects: an answer sheet without
//! questions, formulas where answers should be typed, and a zip bomb. Each is
//! refused with the sheet, cell or part named, and nothing is written.

mod common;

use std::io::{Read, Write};
use std::path::Path;

use common::kartlegg;

/// Exports the hurtigsjekk form into `dir` as `skjema.xlsx`.
fn export(dir: &Path) {
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
}

/// A copy of the form with the answer sheet's XML changed by `edit`, saved
/// as `out`.
fn rewrite(dir: &Path, out: &str, edit: impl Fn(String) -> String) {
    rewrite_padded(dir, out, edit, 0);
}

/// [`rewrite`] with `padding` blanks before the sheet's cells, written a
/// piece at a time so that this process stays small: a child's peak memory
/// counts its parent's from before it started the program.
fn rewrite_padded(dir: &Path, out: &str, edit: impl Fn(String) -> String, padding: usize) {
    let form = std::fs::File::open(dir.join("skjema.xlsx")).unwrap();
    let mut archive = zip::ZipArchive::new(form).unwrap();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(dir.join(out)).unwrap());
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).unwrap();
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file(name.clone(), options).unwrap();
        // The answer sheet is the third sheet the export adds.
        if name != "xl/worksheets/sheet3.xml" {
            writer.write_all(&bytes).unwrap();
            continue;
        }
        let xml = edit(String::from_utf8(bytes).unwrap());
        let at = xml.find("<sheetData").unwrap();
        writer.write_all(xml[..at].as_bytes()).unwrap();
        let blanks = vec![b' '; 1 << 16];
        for _ in 0..padding >> 16 {
            writer.write_all(&blanks).unwrap();
        }
        writer.write_all(xml[at..].as_bytes()).unwrap();
    }
    writer.finish().unwrap();
}

/// `import FILE` in `lang`: exit code and stderr.
fn import(dir: &Path, file: &str, lang: &str) -> (Option<i32>, String) {
    let out = kartlegg(dir)
        .args([
            "--lang",
            lang,
            "import",
            file,
            "-k",
            "4627",
            "-o",
            "svar.yaml",
        ])
        .output()
        .unwrap();
    assert!(!dir.join("svar.yaml").exists(), "a result was written");
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn an_answer_sheet_without_questions_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    export(dir.path());
    rewrite(dir.path(), "tom.xlsx", |xml| {
        let start = xml.find("<sheetData>").unwrap();
        let end = xml.find("</sheetData>").unwrap() + "</sheetData>".len();
        format!("{}<sheetData/>{}", &xml[..start], &xml[end..])
    });
    let (code, en) = import(dir.path(), "tom.xlsx", "en");
    assert_eq!(code, Some(3), "{en}");
    assert!(
        en.contains(
            "tom.xlsx: the sheet “Svar” has no questions (column A should hold the question ids)"
        ),
        "{en}"
    );
    let (_, nb) = import(dir.path(), "tom.xlsx", "nb");
    assert!(
        nb.contains("tom.xlsx: arket «Svar» har ingen spørsmål"),
        "{nb}"
    );
}

#[test]
fn formulas_in_answer_cells_are_named_with_every_other_problem() {
    let dir = tempfile::tempdir().unwrap();
    export(dir.path());
    rewrite(dir.path(), "formel.xlsx", |xml| {
        // D2 computed from another cell (no stored result, as some programs
        // save it), E3 a comment with a stored result, D4 a bad error value.
        xml.replacen(
            "<c r=\"D2\" s=\"3\"/>",
            "<c r=\"D2\" s=\"3\"><f>B2&amp;\"x\"</f></c>",
            1,
        )
        .replacen(
            "<c r=\"E3\" s=\"3\"/>",
            "<c r=\"E3\" s=\"3\" t=\"str\"><f>C3</f><v>kopi</v></c>",
            1,
        )
        .replacen(
            "<c r=\"D4\" s=\"3\"/>",
            "<c r=\"D4\" s=\"3\" t=\"e\"><v>#DIV/0!</v></c>",
            1,
        )
    });
    let (code, en) = import(dir.path(), "formel.xlsx", "en");
    assert_eq!(code, Some(3), "{en}");
    assert!(
        en.contains("formel.xlsx: Svar!D2: the cell holds the formula =B2&\"x\", which is not imported; type the answer itself into the cell"),
        "{en}"
    );
    assert!(
        en.contains("formel.xlsx: Svar!E3: the cell holds the formula =C3"),
        "{en}"
    );
    assert!(en.contains("formel.xlsx: Svar!D4:"), "{en}");
    assert!(en.contains("3 problems in the form"), "{en}");
    let (_, nb) = import(dir.path(), "formel.xlsx", "nb");
    assert!(
        nb.contains("Svar!D2: cellen har formelen =B2&\"x\", som ikke leses inn; skriv selve svaret i cellen"),
        "{nb}"
    );
}

/// Largest resident size of any finished child process, in MB.
#[cfg(unix)]
fn children_peak_mb() -> i64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr());
        usage.assume_init()
    };
    usage.ru_maxrss / 1024
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    let dir = tempfile::tempdir().unwrap();
    export(dir.path());
    // 48 MiB of blanks in the sheet packs to about 50 KB.
    rewrite_padded(dir.path(), "bombe.xlsx", |xml| xml, 48 << 20);
    let packed = std::fs::metadata(dir.path().join("bombe.xlsx"))
        .unwrap()
        .len();
    assert!(packed < 1 << 20, "{packed}");
    let (code, en) = import(dir.path(), "bombe.xlsx", "en");
    assert_eq!(code, Some(3), "{en}");
    assert!(
        en.contains("bombe.xlsx: the part xl/worksheets/sheet3.xml unpacks to more than 32 MiB; that is more than a form from kartlegg can hold"),
        "{en}"
    );
    let (_, nb) = import(dir.path(), "bombe.xlsx", "nb");
    assert!(
        nb.contains("delen xl/worksheets/sheet3.xml pakkes ut til mer enn 32 MiB"),
        "{nb}"
    );
    #[cfg(unix)]
    assert!(children_peak_mb() < 60, "{} MB", children_peak_mb());
}

#[test]
fn a_part_packed_far_beyond_a_spreadsheet_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    export(dir.path());
    rewrite_padded(dir.path(), "tett.xlsx", |xml| xml, 4 << 20);
    let (code, en) = import(dir.path(), "tett.xlsx", "en");
    assert_eq!(code, Some(3), "{en}");
    assert!(
        en.contains("the part xl/worksheets/sheet3.xml unpacks to ")
            && en.contains("times its packed size (the limit is 100)"),
        "{en}"
    );
}
