//! Inputs that are larger or stranger than they should be. Workbooks that
//! are not what `import` expects (an answer sheet without questions,
//! formulas where answers should be typed, a zip bomb) are refused with the
//! sheet, cell or part named; a large inventory is merged within a small
//! multiple of its size; messages quote a short piece of a long value; and
//! each refusal of a broken inventory in tests/bad-input names its line and
//! column in the chosen language. (These run beside bad_input.rs, not in it,
//! so as not to slow its timed runs.)
//!
//! Memory is the peak resident size of each child. A child's peak counts
//! its parent's from before the program started, so this test binary never
//! holds a large input itself (the one in bad_input.rs does).

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
        writer.write_all(&xml.as_bytes()[..at]).unwrap();
        let blanks = vec![b' '; 1 << 16];
        for _ in 0..padding >> 16 {
            writer.write_all(&blanks).unwrap();
        }
        writer.write_all(&xml.as_bytes()[at..]).unwrap();
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
    {
        let mut cmd = common::kartlegg_process(dir.path());
        cmd.args(["import", "bombe.xlsx", "-k", "4627", "-o", "svar.yaml"]);
        let (code, peak) = run_measured(cmd);
        assert_eq!(code, Some(3));
        assert!(peak < 60, "{peak} MB");
    }
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

/// Runs `cmd` and returns its exit code and its own peak resident size in MB.
#[cfg(unix)]
// wait4 below reaps the child; `Child::wait` would not give its usage.
#[allow(clippy::zombie_processes)]
fn run_measured(mut cmd: std::process::Command) -> (Option<i32>, i64) {
    use std::os::unix::process::ExitStatusExt;
    let child = cmd
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut status = 0;
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: wait4 waits for this child and fills the struct it is given.
    let usage = unsafe {
        libc::wait4(child.id() as i32, &mut status, 0, usage.as_mut_ptr());
        usage.assume_init()
    };
    let code = std::process::ExitStatus::from_raw(status).code();
    (code, usage.ru_maxrss / 1024)
}

/// An inventory of the example's first machine with `packages` more
/// packages, written a line at a time.
#[cfg(unix)]
fn large_inventory(path: &Path, packages: usize) -> u64 {
    let example = common::repo(
        "examples/pilot/innkommet/breidal/kartlegg-inventar-9902-36284737-2026-10-06.yaml",
    );
    let text = std::fs::read_to_string(example).unwrap();
    let (head, tail) = text.split_once("software:\n").unwrap();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(out, "{head}software:").unwrap();
    for n in 0..packages {
        write!(
            out,
            "  - name: \"pakke-{n}\"\n    source: \"dpkg\"\n    version: \"1.{n}.0-1\"\n"
        )
        .unwrap();
    }
    out.write_all(tail.as_bytes()).unwrap();
    out.flush().unwrap();
    std::fs::metadata(path).unwrap().len()
}

#[cfg(unix)]
#[test]
fn a_large_inventory_is_merged_within_a_small_multiple_of_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let merge = |file: &str, out: &str| {
        let mut cmd = common::kartlegg_process(dir.path());
        cmd.args(["-q", "merge", file, "--csv-only", "-o", out]);
        run_measured(cmd)
    };
    large_inventory(&dir.path().join("liten.yaml"), 10);
    let size = large_inventory(&dir.path().join("stor.yaml"), 100_000) as f64 / 1048576.0;
    assert!(size >= 4.0, "{size} MB");
    let (code, base) = merge("liten.yaml", "a");
    assert_eq!(code, Some(0));
    let (code, peak) = merge("stor.yaml", "b");
    assert_eq!(code, Some(0));
    let software = std::fs::read_to_string(dir.path().join("b/programvare.csv")).unwrap();
    assert!(
        software.contains("pakke-99999,1.99999.0-1,dpkg,9902"),
        "{}",
        &software[..200]
    );
    // Before: the events of the whole file and every package twice, 15 times
    // the file; then the file, its packages once, the table of them and its
    // CSV bytes, 11; then the CSV went straight to its file, 9. Now the
    // software table's rows are made when written, not held as copies of
    // the text, and the first inventory's parsed package list becomes the
    // shared list in place: 3.3 here (a 6.7 MB file, 50 MB against 28 MB).
    // In a release build a 32.75 MB inventory of 480,000 packages peaked
    // at 277 MB before and 134 MB then, a small one at 16 MB (3.6 times).
    // Now the list is read a line at a time, each package borrowed from the
    // text until it is kept: the text is held while its packages are
    // counted (3.8 here, every package distinct), and merge reads
    // thousands of ordinary inventories twice as fast.
    println!("a {size:.1} MB inventory: {peak} MB, a small one {base} MB");
    assert!(
        (peak - base) as f64 <= 4.0 * size,
        "a {size} MB inventory took {peak} MB, {base} MB for a small one"
    );
}

/// A survey of the example with a comment of `comment` bytes on every
/// answer, written a piece at a time.
#[cfg(unix)]
fn large_survey(path: &Path, comment: usize) -> u64 {
    let example = common::repo(
        "examples/pilot/innkommet/breidal/kartlegg-svar-9902-modenhet-2026-10-06.yaml",
    );
    let text = std::fs::read_to_string(example).unwrap();
    let (head, answers) = text.split_once("answers:\n").unwrap();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(out, "{head}answers:").unwrap();
    let words = "kommentar ".repeat(comment / 10);
    for answer in answers.split("  - id: ").skip(1) {
        let lines: Vec<&str> = answer
            .lines()
            .filter(|l| !l.trim_start().starts_with("comment:"))
            .collect();
        writeln!(
            out,
            "  - id: {}\n    comment: \"{words}\"",
            lines.join("\n")
        )
        .unwrap();
    }
    out.flush().unwrap();
    std::fs::metadata(path).unwrap().len()
}

#[cfg(unix)]
#[test]
fn a_large_survey_is_merged_within_a_small_multiple_of_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let merge = |file: &str, out: &str| {
        let mut cmd = common::kartlegg_process(dir.path());
        cmd.args(["-q", "merge", file, "--csv-only", "-o", out]);
        run_measured(cmd)
    };
    large_survey(&dir.path().join("liten.yaml"), 100);
    let size = large_survey(&dir.path().join("stor.yaml"), 100_000) as f64 / 1048576.0;
    assert!(size >= 4.0, "{size} MB");
    let (code, base) = merge("liten.yaml", "a");
    assert_eq!(code, Some(0));
    let (code, peak) = merge("stor.yaml", "b");
    assert_eq!(code, Some(0));
    // Read a line at a time: this process stays small (see run_measured).
    use std::io::BufRead;
    let answers = std::fs::File::open(dir.path().join("b/svar.csv")).unwrap();
    let comments = std::io::BufReader::new(answers)
        .lines()
        .filter(|l| l.as_ref().unwrap().contains(&"kommentar ".repeat(9_999)))
        .count();
    assert!(comments >= 50, "{comments} long comments in svar.csv");
    // Before: the text, its tree, the result and the bytes of every CSV at
    // once, 4 times the file; now the tree or the result, the migrated
    // answers and the table of them, 3 (at most 4 here).
    println!("a {size:.1} MB survey: {peak} MB, a small one {base} MB");
    assert!(
        (peak - base) as f64 <= 4.0 * size,
        "a {size} MB survey took {peak} MB, {base} MB for a small one"
    );
}

/// A survey of the example, made an answer to the newest version of its
/// questionnaire, whose answers are repeated, in order, until there are
/// `count` of them (a later answer to an id wins), written a piece at a
/// time. (Answers to an earlier version are first copied to the newest:
/// that is another matter than reading them.)
#[cfg(unix)]
fn many_answers(path: &Path, count: usize) -> u64 {
    let example = common::repo(
        "examples/pilot/innkommet/breidal/kartlegg-svar-9902-modenhet-2026-10-06.yaml",
    );
    let questionnaire =
        std::fs::read_to_string(common::repo("questionnaires/modenhet.yaml")).unwrap();
    let newest = questionnaire
        .lines()
        .find_map(|l| l.strip_prefix("version: "))
        .unwrap();
    let text = std::fs::read_to_string(example).unwrap().replacen(
        "version: \"1.0.0\"",
        &format!("version: \"{newest}\""),
        1,
    );
    let (head, answers) = text.split_once("answers:\n").unwrap();
    // Only answers to questions the newest version has.
    let answers: Vec<&str> = answers
        .split("  - id: ")
        .skip(1)
        .filter(|a| {
            let id = a.lines().next().unwrap().trim_matches('"');
            questionnaire.contains(&format!("- id: {id}\n"))
        })
        .collect();
    assert!(answers.len() > 30, "{} answers", answers.len());
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(out, "{head}answers:").unwrap();
    for answer in answers.iter().cycle().take(count) {
        write!(out, "  - id: {answer}").unwrap();
    }
    out.flush().unwrap();
    std::fs::metadata(path).unwrap().len()
}

#[cfg(unix)]
#[test]
fn a_survey_of_many_short_answers_is_merged_within_a_small_multiple_of_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let merge = |file: &str, out: &str| {
        let mut cmd = common::kartlegg_process(dir.path());
        cmd.args(["-q", "merge", file, "--csv-only", "-o", out]);
        run_measured(cmd)
    };
    many_answers(&dir.path().join("liten.yaml"), 100);
    let size = many_answers(&dir.path().join("stor.yaml"), 100_000) as f64 / 1048576.0;
    assert!(size >= 4.0, "{size} MB");
    let (code, base) = merge("liten.yaml", "a");
    assert_eq!(code, Some(0));
    let (code, peak) = merge("stor.yaml", "b");
    assert_eq!(code, Some(0));
    // The same answers win in both: the last of each id.
    let small = common::read_csv(&dir.path().join("a/svar.csv"));
    let large = common::read_csv(&dir.path().join("b/svar.csv"));
    assert!(small.len() > 30, "{} rows", small.len());
    let without_file = |rows: &[Vec<String>]| -> Vec<Vec<String>> {
        rows.iter().map(|r| r[..r.len() - 1].to_vec()).collect()
    };
    assert_eq!(without_file(&large), without_file(&small));
    // Before: a tree of every answer, 22 times the file (a 7.4 MB file took
    // 164 MB above a small one's peak in a release build); now each answer
    // is decoded as it is read and the text is held once: 3.4 there (25
    // MB), 3.2 here (51 MB against 27 MB).
    println!("a {size:.1} MB survey of short answers: {peak} MB, a small one {base} MB");
    assert!(
        (peak - base) as f64 <= 4.0 * size,
        "a {size} MB survey of short answers took {peak} MB, {base} MB for a small one"
    );
}

#[test]
fn messages_quote_a_short_piece_of_a_long_value() {
    let dir = tempfile::tempdir().unwrap();
    let example =
        common::repo("examples/pilot/innkommet/breidal/kartlegg-svar-9902-behov-2026-10-06.yaml");
    let text = std::fs::read_to_string(example).unwrap();
    let long = "x".repeat(2_600_000);
    std::fs::create_dir(dir.path().join("inn")).unwrap();
    let id = text.replacen(
        "id: \"sikkerhetsleder_behov\"",
        &format!("id: \"{long}\""),
        1,
    );
    std::fs::write(dir.path().join("inn/id.yaml"), id).unwrap();
    let version = text.replacen("version: \"1.0.0\"", &format!("version: \"{long}\""), 1);
    std::fs::write(dir.path().join("inn/versjon.yaml"), version).unwrap();
    drop(text);
    // The two are versions of one answer: one is kept, the other refused.
    kartlegg(dir.path())
        .args(["--lang", "en", "merge", "inn", "-o", "ut"])
        .assert()
        .code(3);
    let rows = common::read_csv(&dir.path().join("ut/avvik.csv"));
    let quoted: Vec<&Vec<String>> = rows.iter().filter(|r| r[3].contains("xxxx")).collect();
    assert!(quoted.len() >= 2, "{rows:?}");
    for row in &quoted {
        assert!(row[3].chars().count() < 400, "{}", row[3].chars().count());
        assert!(row[3].contains("xxxx…"), "{}", row[3]);
        assert!(!row[3].contains(&"x".repeat(81)), "{}", row[3]);
    }
}

/// A file deep in folders with long names is named whole, however long the
/// path: only the values quoted from inside files are cut short.
#[test]
fn a_long_path_is_named_whole() {
    let work = tempfile::tempdir().unwrap();
    let deep = work
        .path()
        .join("innkomne-svar-fra-kommunane-i-vestland-haust-2026".repeat(2));
    std::fs::create_dir_all(&deep).unwrap();
    let file = deep.join("bad--negative-cores.yaml");
    std::fs::copy(
        common::repo("tests/bad-input/inventory-result/bad--negative-cores.yaml"),
        &file,
    )
    .unwrap();
    let out = kartlegg(work.path())
        .args(["--lang", "nb", "merge", "--strict"])
        .arg(&file)
        .args(["-o", "ut"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let want = format!("{}:13:14: heltallet -4 er ikke tillatt her", file.display());
    assert!(stderr.contains(&want), "{stderr}");
}

/// Every refusal of an inventory by `merge --strict`, as stderr shows it in
/// bokmål: the file named once, with line and column where there is one.
#[test]
fn inventory_refusals_name_the_place_in_the_chosen_language() {
    let work = tempfile::tempdir().unwrap();
    let dir = common::repo("tests/bad-input/inventory-result");
    let cases = [
        (
            "bad--alias.yaml",
            "1:1: ukjent nøkkel `anker`; tillatt er `format`",
        ),
        ("bad--billion-laughs.yaml", "1:1: ukjent nøkkel `a`;"),
        ("bad--binary.yaml", "3:304: filen er ikke en tekstfil"),
        ("bad--deep-nesting.yaml", "1:1: ukjent nøkkel `x`;"),
        (
            "bad--duplicate-key.yaml",
            "81:1: nøkkelen `format` står mer enn én gang",
        ),
        (
            "bad--future-format.yaml",
            "10:9: formatet `kartlegg-inventar/99` er ukjent",
        ),
        (
            "bad--huge-memory.yaml",
            "16:17: forventet et heltall fra 0 og oppover, fant desimaltallet 100000000000000000000000",
        ),
        ("bad--latin1.yaml", "1:12: teksten er ikke UTF-8"),
        (
            "bad--nan-seconds.yaml",
            "24:19: forventet et heltall fra 0 og oppover, fant teksten «.nan»",
        ),
        (
            "bad--negative-cores.yaml",
            "13:14: heltallet -4 er ikke tillatt her; forventet et heltall fra 0 og oppover",
        ),
        (
            "bad--not-a-map.yaml",
            "1:1: ikke en resultatfil fra kartlegg",
        ),
        ("bad--nul-byte.yaml", "1:89: filen er ikke en tekstfil"),
        ("bad--scalar.yaml", "1:1: ikke en resultatfil fra kartlegg"),
        (
            "bad--tabs.yaml",
            "4:2: ugyldig YAML: tabulatortegn kan ikke brukes til innrykk; bruk mellomrom",
        ),
        ("bad--tag.yaml", "1:1: ukjent nøkkel `ekstra`;"),
        (
            "bad--truncated.yaml",
            "39:21: forventet et kart (nøkler og verdier), fant en tom verdi",
        ),
        (
            "bad--two-documents.yaml",
            "81:1: filen har mer enn ett YAML-dokument",
        ),
        (
            "bad--wrong-type.yaml",
            "3:8: forventet en liste, fant teksten «ja»",
        ),
    ];
    for (name, want) in cases {
        let out = kartlegg(work.path())
            .args(["--lang", "nb", "merge", "--strict"])
            .arg(dir.join(name))
            .args(["-o", "ut"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{name}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        let line = stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} is not named: {stderr}"));
        assert!(line.contains(&format!("{name}:{want}")), "{line}");
        assert_eq!(stderr.matches(name).count(), 1, "{stderr}");
        for english in ["invalid value", "invalid type", "expected", "unknown field"] {
            assert!(!line.contains(english), "{line}");
        }
    }
}
