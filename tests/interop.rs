//! The dataset as analysts' default tools read it: pandas' `read_csv` with
//! no options keeps every principle code (`P2.10` is not the number 2.1),
//! and with the column types docs/formats.md gives, every municipality
//! number as written. Skipped where python3 with pandas is not installed.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::{read_csv, repo};

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
