//! The Excel form on paper: A4 portrait, fitted to the width, the header
//! row repeated, rows as tall as their text and no taller, and a title that
//! does not spill onto the label below it. Printed through LibreOffice (when
//! it is installed) the modenhet form takes at most 12 pages.

mod common;

use std::io::Read;
use std::path::Path;

use common::{have, kartlegg};

/// A part of the workbook, as text.
fn part(form: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(form).unwrap()).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The value of `attribute` in the first `<element …>` of `xml`.
fn attribute(xml: &str, element: &str, attribute: &str) -> Option<String> {
    let start = xml.find(&format!("<{element} "))?;
    let tag = &xml[start..start + xml[start..].find('>')?];
    let value = tag.split(&format!(" {attribute}=\"")).nth(1)?;
    Some(value.split('"').next()?.to_string())
}

/// The heights (points) of every row with a set height.
fn row_heights(sheet: &str) -> Vec<f64> {
    sheet
        .split("<row ")
        .skip(1)
        .filter_map(|r| {
            let tag = &r[..r.find('>')?];
            tag.split(" ht=\"").nth(1)?.split('"').next()?.parse().ok()
        })
        .collect()
}

fn export(dir: &Path) -> std::path::PathBuf {
    let form = dir.join("modenhet.xlsx");
    kartlegg(dir)
        .args(["questionnaire", "export", "modenhet", "--xlsx"])
        .arg(&form)
        .assert()
        .success();
    form
}

#[test]
fn the_form_prints_on_a4_portrait_with_rows_that_fit_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let form = export(dir.path());
    // Sheets in the order they were added: Skjema, Lister, Svar.
    let info = part(&form, "xl/worksheets/sheet1.xml");
    let answers = part(&form, "xl/worksheets/sheet3.xml");
    for sheet in [&info, &answers] {
        assert_eq!(
            attribute(sheet, "pageSetup", "paperSize").as_deref(),
            Some("9")
        );
        assert_eq!(
            attribute(sheet, "pageSetup", "orientation").as_deref(),
            Some("portrait")
        );
        assert_eq!(
            attribute(sheet, "pageSetup", "fitToHeight").as_deref(),
            Some("0")
        );
        assert_eq!(
            attribute(sheet, "pageSetUpPr", "fitToPage").as_deref(),
            Some("1")
        );
        let left: f64 = attribute(sheet, "pageMargins", "left")
            .unwrap()
            .parse()
            .unwrap();
        assert!(left <= 0.5, "left margin {left}");
    }
    // The header row is printed on every page.
    let workbook = part(&form, "xl/workbook.xml");
    assert!(
        workbook.contains("_xlnm.Print_Titles") && workbook.contains("Svar!$1:$1"),
        "{workbook}"
    );
    // Rows fit their text: the tallest question (a scale with six long
    // level descriptions) stays under the 318 points every row once took,
    // and rows with less text are lower.
    let heights = row_heights(&answers);
    assert_eq!(heights.len(), 73, "a height for every question");
    let tallest = heights.iter().copied().fold(0.0, f64::max);
    let lowest = heights.iter().copied().fold(f64::MAX, f64::min);
    assert!(tallest <= 290.0, "tallest row {tallest} pt");
    assert!((30.0..=150.0).contains(&lowest), "lowest row {lowest} pt");
    let total: f64 = heights.iter().sum();
    assert!(total < 17_500.0, "rows add up to {total} pt");
    // The title is one cell over both columns, so it cannot overflow.
    assert!(info.contains("<mergeCell ref=\"B1:C1\"/>"), "{info}");
}

#[test]
fn the_modenhet_form_prints_on_at_most_12_pages() {
    if !have("libreoffice") || !have("pdfinfo") {
        eprintln!("skipped: libreoffice or pdfinfo is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let form = export(dir.path());
    let profile = dir.path().join("profile");
    let converted = std::process::Command::new("libreoffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&form)
        .output()
        .unwrap();
    assert!(converted.status.success(), "{converted:?}");
    let info = std::process::Command::new("pdfinfo")
        .arg(dir.path().join("modenhet.pdf"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&info.stdout);
    let pages: usize = text
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!((2..=12).contains(&pages), "{pages} pages");
    assert!(
        text.contains("595") && text.contains("841"),
        "A4 portrait: {text}"
    );
}
