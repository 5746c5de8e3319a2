//! Nynorsk from the outside: the help, the dataset and the report speak it
//! with `--lang nn`, and the data in them is the same in every language.

mod common;

use std::path::Path;

use common::{kartlegg, read_csv, root};

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn help_comes_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let nn = stdout(kartlegg(dir.path()).args(["--lang", "nn", "merge", "--help"]));
    for wanted in ["Bruk:", "Val:", "Slå saman resultatfiler frå mange stader"] {
        assert!(nn.contains(wanted), "{wanted}:\n{nn}");
    }
    let nb = stdout(kartlegg(dir.path()).args(["--lang", "nb", "merge", "--help"]));
    assert!(
        nb.contains("Slå sammen resultatfiler fra mange steder"),
        "{nb}"
    );
    let en = stdout(kartlegg(dir.path()).args(["--lang", "en", "merge", "--help"]));
    assert!(en.contains("Merge result files from many sites"), "{en}");
    let top = stdout(kartlegg(dir.path()).args(["--lang", "nn", "--help"]));
    assert!(top.contains("Kommandoar:"), "{top}");
}

/// The example pilot merged in `lang` into `out`, with what it said.
fn merge(dir: &Path, lang: &str, out: &str) -> String {
    let pilot = root().join("examples/pilot/innkommet");
    let run = kartlegg(dir)
        .args(["--lang", lang, "merge"])
        .arg(&pilot)
        .args(["-o", out])
        .assert()
        .code(3);
    String::from_utf8(run.get_output().stderr.clone()).unwrap()
}

#[test]
fn a_nynorsk_dataset_holds_the_same_data_with_nynorsk_words() {
    let dir = tempfile::tempdir().unwrap();
    let said = merge(dir.path(), "nn", "nn");
    assert!(said.contains("Arbeidsboka:"), "{said}");
    assert!(said.contains("Datasettet er i nn"), "{said}");
    merge(dir.path(), "nb", "nb");
    for table in [
        "modenhet.csv",
        "svar.csv",
        "tjenestekatalog.csv",
        "inventar.csv",
    ] {
        let nn = read_csv(&dir.path().join("nn").join(table));
        let nb = read_csv(&dir.path().join("nb").join(table));
        assert_eq!(nn.len(), nb.len(), "{table}");
        // The figures and ids are the same; only words may differ.
        let numeric = |row: &Vec<String>| -> Vec<String> {
            row.iter()
                .filter(|cell| cell.parse::<f64>().is_ok())
                .cloned()
                .collect()
        };
        for (a, b) in nn.iter().zip(&nb).skip(1) {
            assert_eq!(numeric(a), numeric(b), "{table}");
            assert_eq!(a[0], b[0], "{table}: the municipality number");
        }
    }
    // The sheet that explains the columns says so in nynorsk.
    let catalogue = read_csv(&dir.path().join("nn").join("tjenestekatalog.csv"));
    let nb_catalogue = read_csv(&dir.path().join("nb").join("tjenestekatalog.csv"));
    let words = |rows: &[Vec<String>]| rows[1..].iter().map(|r| r.join("|")).collect::<Vec<_>>();
    assert_ne!(
        words(&catalogue),
        words(&nb_catalogue),
        "the reasons should be in nynorsk"
    );
}

#[test]
fn the_report_is_written_in_nynorsk() {
    let dir = tempfile::tempdir().unwrap();
    let pilot = root().join("examples/pilot/innkommet");
    let run = kartlegg(dir.path())
        .args(["--lang", "nn", "report"])
        .arg(&pilot)
        .args(["-o", "rapport.html"])
        .assert()
        .code(3);
    let said = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert!(said.contains("Rapporten er skriven til"), "{said}");
    let html = std::fs::read_to_string(dir.path().join("rapport.html")).unwrap();
    assert!(html.contains("lang=\"nn\""));
    assert!(
        html.contains("Identifisere og kartleggje"),
        "NSM's category in nynorsk"
    );
    assert!(
        !html.contains("Identifisere og kartlegge<"),
        "no bokmål category"
    );
}
