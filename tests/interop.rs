//! The dataset as analysts' default tools read it: pandas' `read_csv` with
//! no options keeps every principle code (`P2.10` is not the number 2.1),
//! and with the column types docs/formats.md gives, every municipality
//! number as written; LibreOffice opening the `excel-nb` CSV in a Norwegian
//! locale keeps the codes as text, not dates. Skipped where python3 with
//! pandas, or LibreOffice, is not installed.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use calamine::{Data, Reader};
use common::{have, kartlegg, read_csv, repo, root};

/// Whether `python3 -c "import pandas"` works here.
fn have_pandas() -> bool {
    Command::new("python3")
        .args(["-c", "import pandas"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The distinct values of a column, as pandas prints them one per line.
fn pandas_column(file: &str, column: &str, dtype: &str) -> BTreeSet<String> {
    let path = repo("examples/pilot/datasett").join(file);
    let script = format!(
        "import pandas, sys\n\
         frame = pandas.read_csv(sys.argv[1]{dtype})\n\
         for v in frame[sys.argv[2]].dropna().unique(): print(v)\n"
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .arg(&path)
        .arg(column)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// The distinct values of a column as the file writes them.
fn written_column(file: &str, column: &str) -> BTreeSet<String> {
    let rows = read_csv(&repo("examples/pilot/datasett").join(file));
    let k = rows[0].iter().position(|h| h == column).unwrap();
    rows[1..]
        .iter()
        .map(|r| r[k].clone())
        .filter(|v| !v.is_empty())
        .collect()
}

#[test]
fn pandas_defaults_keep_every_principle_code() {
    if !have_pandas() {
        eprintln!("skipped: python3 with pandas is not installed");
        return;
    }
    let principles: BTreeSet<String> = kartlegg::nsm::principles().map(|p| p.id.code()).collect();
    assert_eq!(principles.len(), 21);
    assert!(principles.contains("P2.10") && principles.contains("P2.1"));
    let read = pandas_column("svar.csv", "prinsipp", "");
    assert_eq!(read, principles, "svar.csv read by pandas");
    assert_eq!(read, written_column("svar.csv", "prinsipp"));
    // The wide table's headers, as pandas names its columns.
    let path = repo("examples/pilot/datasett/modenhet.csv");
    let out = Command::new("python3")
        .args([
            "-c",
            "import pandas, sys\nfor c in pandas.read_csv(sys.argv[1]).columns: print(c)",
        ])
        .arg(&path)
        .output()
        .unwrap();
    let columns: BTreeSet<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert!(principles.is_subset(&columns), "{columns:?}");
}

#[test]
fn pandas_with_the_documented_types_keeps_every_municipality_number() {
    if !have_pandas() {
        eprintln!("skipped: python3 with pandas is not installed");
        return;
    }
    let formats = std::fs::read_to_string(repo("docs/formats.md")).unwrap();
    assert!(
        formats.contains("| `kommunenr` | text |"),
        "kommunenr is documented as text"
    );
    for file in [
        "svar.csv",
        "modenhet.csv",
        "inventar.csv",
        "behovspoeng.csv",
    ] {
        let read = pandas_column(file, "kommunenr", ", dtype={'kommunenr': str}");
        assert_eq!(read, written_column(file, "kommunenr"), "{file}");
    }
}

#[test]
fn libreoffice_in_norwegian_keeps_principle_codes_as_text() {
    if !have("libreoffice") {
        eprintln!("skipped: libreoffice is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("datasett");
    kartlegg(root())
        .args([
            "merge",
            "examples/pilot/innkommet",
            "--csv-dialect",
            "excel-nb",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(3);
    // `;` between fields, `"` around text, UTF-8 (76), from line 1, the
    // first column (kommunenr) as text as docs/formats.md says, and the
    // Norwegian (bokmål) locale, 1044: as Calc opens it there.
    let converted = Command::new("libreoffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("profile").display()
        ))
        .args([
            "--headless",
            "--infilter=CSV:59,34,76,1,1/2,1044",
            "--convert-to",
            "xlsx",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(out.join("svar.csv"))
        .output()
        .unwrap();
    assert!(converted.status.success(), "{converted:?}");
    let mut book = calamine::open_workbook_auto(dir.path().join("svar.xlsx")).unwrap();
    let name = book.sheet_names()[0].clone();
    let sheet = book.worksheet_range(&name).unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let column = |name: &str| {
        let k = rows[0]
            .iter()
            .position(|c| matches!(c, Data::String(h) if h == name))
            .unwrap();
        rows[1..].iter().map(move |r| r[k].clone())
    };
    let principles: BTreeSet<String> = column("prinsipp")
        .filter(|c| *c != Data::Empty)
        .map(|c| match c {
            Data::String(text) => text,
            other => panic!("a principle code became {other:?}"),
        })
        .collect();
    let all: BTreeSet<String> = kartlegg::nsm::principles().map(|p| p.id.code()).collect();
    assert_eq!(principles, all);
    let written = read_csv_semicolon(&out.join("svar.csv"), "kommunenr");
    let read: BTreeSet<String> = column("kommunenr").map(|c| c.to_string()).collect();
    assert_eq!(read, written);
}

/// The distinct values of a column of an `excel-nb` CSV.
fn read_csv_semicolon(path: &std::path::Path, column: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let k = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == column)
        .unwrap();
    reader
        .records()
        .map(|r| r.unwrap()[k].to_string())
        .collect()
}
