//! `catalogue`, `pilot` and `report` on the fictional pilot data: the planted
//! problems are found, a clean set flags nothing, the ranking repeats with a
//! seed, the report is valid self-contained HTML, and the workbook's analysis
//! sheets agree with the CSV files.

mod common;

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{kartlegg_en, read_csv, repo, root};
use kartlegg::questionnaire::builtin;

/// Writes the fictional pilot set (with or without planted problems).
fn pilot_set(planted: bool) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("innkommet");
    let questionnaires = builtin::all().unwrap();
    for f in kartlegg::synthetic::pilot_set(&questionnaires, planted) {
        let path = root.join(&f.name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, f.text).unwrap();
    }
    (dir, root)
}

fn column(rows: &[Vec<String>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn pilot_finds_the_planted_confusing_question_and_contradiction() {
    let (dir, input) = pilot_set(true);
    let out = dir.path().join("metode");
    let run = kartlegg_en(root())
        .arg("pilot")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    // The planted duplicate is rejected, so the exit status says so.
    assert_eq!(
        run.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let rows = read_csv(&out.join("metode.csv"));
    let (q, revise, reasons) = (
        column(&rows, "question"),
        column(&rows, "revise"),
        column(&rows, "reasons"),
    );
    let flagged: Vec<&Vec<String>> = rows[1..].iter().filter(|r| r[revise] == "1").collect();
    let find = |id: &str| {
        flagged
            .iter()
            .find(|r| r[q] == id)
            .unwrap_or_else(|| panic!("{id} not flagged: {flagged:?}"))
    };
    let confusing = find(kartlegg::synthetic::CONFUSING);
    assert!(
        confusing[reasons].contains("marked unclear"),
        "{confusing:?}"
    );
    assert!(confusing[reasons].contains("don't know"), "{confusing:?}");
    let contradiction = find("kryptering_enheter");
    assert!(
        contradiction[reasons].contains("Nordøy"),
        "{contradiction:?}"
    );
    assert!(
        contradiction[reasons].contains("unencrypted disks"),
        "{contradiction:?}"
    );
    // Nothing else in the maturity questionnaire is flagged.
    let skjema = column(&rows, "questionnaire");
    let maturity_flags: Vec<&str> = flagged
        .iter()
        .filter(|r| r[skjema] == "modenhet")
        .map(|r| r[q].as_str())
        .collect();
    assert_eq!(
        maturity_flags,
        ["kryptering_enheter", "klassifisering", "logginnsamling"]
    );
    // The planted disagreement between two respondents in three sites.
    let disagreement = find("logginnsamling");
    assert!(
        disagreement[reasons].contains("the respondents disagree: alpha"),
        "{disagreement:?}"
    );
    // Time per questionnaire, with the partial file counted but not finished.
    let times = read_csv(&out.join("tidsbruk.csv"));
    let it = times.iter().find(|r| r[0] == "it-struktur").unwrap();
    assert_eq!((it[2].as_str(), it[3].as_str()), ("6", "5"));
}

#[test]
fn pilot_flags_nothing_on_a_clean_set() {
    let (_dir, input) = pilot_set(false);
    let run = kartlegg_en(root())
        .arg("pilot")
        .arg(&input)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("No question is flagged for revision"),
        "{stdout}"
    );
}

#[test]
fn catalogue_ranks_with_reasons_and_repeats_with_a_seed() {
    let (dir, input) = pilot_set(false);
    let a = dir.path().join("a.csv");
    let b = dir.path().join("b.csv");
    for out in [&a, &b] {
        let run = kartlegg_en(root())
            .args(["catalogue", "--seed", "9", "--top", "4"])
            .arg(&input)
            .arg("-o")
            .arg(out)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(0));
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert!(
            stdout.contains("In top 4") && stdout.contains("--seed 9"),
            "{stdout}"
        );
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let rows = read_csv(&a);
    assert_eq!(rows.len(), 23, "a header and 22 services");
    let (rank, service, why) = (
        column(&rows, "rank"),
        column(&rows, "service"),
        column(&rows, "explanation"),
    );
    assert_eq!(rows[1][rank], "1");
    // The fictional sites want these three most (see src/synthetic.rs).
    assert!(
        ["soc", "hendelseshandtering", "sarbarhetshandtering"].contains(&rows[1][service].as_str()),
        "{:?}",
        rows[1]
    );
    assert!(
        rows[1][why].contains("of 6 state a high or critical need"),
        "{:?}",
        rows[1]
    );
    // An existing file is not replaced without --force.
    kartlegg_en(root())
        .arg("catalogue")
        .arg(&input)
        .arg("-o")
        .arg(&a)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("--force"));
}

/// Every problem the HTML5 parser meets, for a document that must have none.
fn html_errors(html: &str) -> Vec<String> {
    use html5ever::tendril::TendrilSink;
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            exact_errors: true,
            ..Default::default()
        },
        ..Default::default()
    };
    let dom = html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts).one(html);
    dom.errors.iter().map(ToString::to_string).collect()
}

/// The report of the planted pilot set, made by `cmd` (which sets the
/// language), with the set's folder and its input.
fn pilot_report(mut cmd: assert_cmd::Command) -> (tempfile::TempDir, PathBuf, String) {
    let (dir, input) = pilot_set(true);
    let out = dir.path().join("rapport.html");
    cmd.arg("report")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(3);
    let html = std::fs::read_to_string(&out).unwrap();
    (dir, input, html)
}

#[test]
#[cfg_attr(not(unix), allow(unused_variables))]
fn report_is_valid_self_contained_html() {
    let (dir, _, html) = pilot_report(kartlegg_en(root()));
    assert_eq!(html_errors(&html), Vec::<String>::new());
    // Nothing is fetched: the only URL is the SVG namespace name.
    let without_ns = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    for external in [
        "http:", "https:", "<script", "src=", "url(", "@import", "<link",
    ] {
        assert!(!without_ns.contains(external), "{external}");
    }
    for heading in [
        "Inputs",
        "Maturity by NSM",
        "Service catalogue",
        "Method quality",
        "Rejected files",
    ] {
        assert!(html.contains(heading), "{heading}");
    }
    assert!(html.contains("<svg") && html.contains("@media print"));
    assert!(html.contains("Havnes (fiktiv)"));
    // When it was made, as a readable local date, not a UTC stamp.
    let meta = html.split("<p class=\"meta\">").nth(1).unwrap();
    let made = meta.split(" with kartlegg").next().unwrap();
    assert!(!made.contains('T') && !made.ends_with('Z'), "{made}");
    let months = [
        "January", "February", "March", "April", "May", "June", "July",
    ];
    let months = [
        &months[..],
        &["August", "September", "October", "November", "December"],
    ]
    .concat();
    assert!(months.iter().any(|m| made.contains(m)), "{made}");
    assert!(made.contains(", ") && made.contains(':'), "{made}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("rapport.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
}

#[test]
fn report_names_files_relative_to_the_input_folder() {
    let (_dir, input, html) = pilot_report(kartlegg_en(root()));
    let absolute = input.display().to_string();
    assert!(!html.contains(&absolute), "absolute path in the report");
    assert!(
        html.contains("<td>breidal/kartlegg-svar-9902-"),
        "no relative name"
    );
}

#[test]
fn the_printed_report_names_the_principles_and_explains_the_stability_chart() {
    let (_dir, _, html) = pilot_report(common::kartlegg(root()));
    // Beside the heat map, not folded away: every principle by id and name.
    let after_map = html.split("Modenhet per prinsipp").nth(1).unwrap();
    let key = after_map.split("<div class=\"key\">").nth(1).unwrap();
    let key = key.split("</div>").next().unwrap();
    assert!(!html.contains("<details>"), "a collapsed section");
    for p in kartlegg::nsm::principles() {
        let item = format!("<li><b>{}</b> {}</li>", p.id, p.title.nb);
        assert!(key.contains(&item), "{item}");
    }
    // The stability chart has both axes named and a legend of its lines.
    let chart = html.split("Hvor mange kommuner").nth(1).unwrap();
    let chart = chart.split("</svg>").next().unwrap();
    for text in [
        "antall kommuner trukket ut av de kartlagte",
        "andel av topp 5 gjenfunnet",
        "snitt over trekningene",
        "stabil fra 90 %",
        "anslag utover de kartlagte",
    ] {
        assert!(chart.contains(text), "{text}");
    }
    // Numbers on the bar charts' axes have a decimal comma in Norwegian.
    let bars = html.split("<div class=\"small\">").nth(1).unwrap();
    let bars = bars.split("</div>").next().unwrap();
    assert!(bars.contains(">2,5</text>") && !bars.contains(">2.5</text>"));
}

#[test]
fn report_for_one_municipality_keeps_the_others_anonymous() {
    let (dir, input) = pilot_set(false);
    let out = dir.path().join("nordoy.html");
    kartlegg_en(root())
        .args(["report", "-k", "9903"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let html = std::fs::read_to_string(&out).unwrap();
    assert_eq!(html_errors(&html), Vec::<String>::new());
    assert!(html.contains("Nordøy (fiktiv)"));
    assert!(
        !html.contains("Havnes") && !html.contains("Fjordvik"),
        "others named"
    );
    assert!(html.contains("Municipality A"));
    let named = dir.path().join("named.html");
    kartlegg_en(root())
        .args(["report", "-k", "nordøy", "--show-names"])
        .arg(&input)
        .arg("-o")
        .arg(&named)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&named)
            .unwrap()
            .contains("Havnes (fiktiv)")
    );
    kartlegg_en(root())
        .args(["report", "-k", "atlantis"])
        .arg(&input)
        .arg("-o")
        .arg(dir.path().join("x.html"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains("9901 Fjordvik (fiktiv)"));
}

/// The report for Nordøy (9903) over the pilot set with only `keep` of the
/// other municipalities' folders left.
fn report_with_others(keep: &[&str]) -> String {
    report_with_others_and(keep, &[])
}

/// [`report_with_others`] with more arguments.
fn report_with_others_and(keep: &[&str], extra: &[&std::ffi::OsStr]) -> String {
    let (dir, input) = pilot_set(true);
    for entry in std::fs::read_dir(&input).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name != "nordoy" && !keep.contains(&name.as_str()) {
            std::fs::remove_dir_all(&path).unwrap();
        }
    }
    let out = dir.path().join("nordoy.html");
    let run = kartlegg_en(root())
        .args(["report", "-k", "9903"])
        .args(extra)
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    // 3 when the planted duplicate's folder is among those kept.
    assert!(matches!(run.status.code(), Some(0 | 3)), "{run:?}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert_eq!(html_errors(&html), Vec::<String>::new());
    assert!(html.contains("Nordøy (fiktiv)"));
    // No other municipality is named anywhere: not in the method findings,
    // not by its files.
    assert_eq!(
        html.matches("(fiktiv)").count(),
        html.matches("Nordøy (fiktiv)").count(),
        "another municipality named"
    );
    for other in ["-9901-", "-9902-", "-9904-", "-9905-", "-9906-"] {
        assert!(!html.contains(other), "a file of {other}");
    }
    html
}

#[test]
fn one_other_municipality_is_not_compared_at_all() {
    let html = report_with_others(&["havnes"]);
    assert!(!html.contains("Municipality A"), "the one other is drawn");
    assert!(!html.contains("Havnes"));
    assert!(html.contains("only one other municipality with maturity answers"));
    assert!(html.contains("too few to compare with Nordøy (fiktiv) without revealing"));
    assert!(!html.contains("Grey band"), "a range of one is its value");
    // The ranking pools the two municipalities' needs: it would tell the
    // other's, so only a note stands in its place.
    assert!(html.contains("so the ranking would show what the others need"));
    assert!(!html.contains("Need per service"), "the ranking is drawn");
    // The change since an earlier round shows only the chosen one's.
    let baseline = repo("examples/pilot/datasett");
    let html = report_with_others_and(&["havnes"], &["--baseline".as_ref(), baseline.as_os_str()]);
    let change = html.split("Change since the last round").nth(1).unwrap();
    let change = change.split("</table>").next().unwrap();
    assert_eq!(change.matches("<tr><td>").count(), 1, "{change}");
    assert!(change.contains("<tr><td>Nordøy (fiktiv)</td>"), "{change}");
}

#[test]
fn three_other_municipalities_are_shown_only_as_range_and_median() {
    let html = report_with_others(&["havnes", "fjordvik", "breidal"]);
    assert!(!html.contains("Municipality A"), "others drawn one by one");
    assert!(html.contains("Grey band: the range among the 3 other municipalities"));
    assert!(html.contains("not shown one by one: that takes at least 5"));
    assert!(
        html.contains("Need per service"),
        "three others: the pooled ranking is shown"
    );
}

#[test]
fn five_other_municipalities_are_lettered_one_by_one() {
    let html = report_with_others(&["havnes", "fjordvik", "breidal", "lisund", "solstrand"]);
    for letter in ["A", "B", "C", "D", "E"] {
        assert!(html.contains(&format!("Municipality {letter}")), "{letter}");
    }
    assert!(!html.contains("Municipality F"));
    assert!(!html.contains("not shown one by one"));
}

#[test]
fn workbook_analysis_sheets_agree_with_the_csv() {
    let (dir, input) = pilot_set(true);
    let out = dir.path().join("datasett");
    kartlegg_en(root())
        .arg("merge")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(3);
    let mut book: Xlsx<_> = open_workbook(out.join("kartlegging.xlsx")).unwrap();
    for (sheet, file) in [
        ("Service catalogue", "tjenestekatalog.csv"),
        ("Method", "metode.csv"),
        ("Stability", "stabilitet.csv"),
        ("Need scores", "behovspoeng.csv"),
        ("Time", "tidsbruk.csv"),
    ] {
        let range = book.worksheet_range(sheet).unwrap();
        let csv = read_csv(&out.join(file));
        assert_eq!(range.height(), csv.len(), "{sheet}");
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let text = match cell {
                    Data::Empty => String::new(),
                    Data::Float(f) => f.to_string(),
                    Data::Int(i) => i.to_string(),
                    Data::String(s) => s.clone(),
                    other => panic!("{sheet}: unexpected {other:?}"),
                };
                assert_eq!(text, csv[r][c], "{sheet} row {r} column {c}");
            }
        }
    }
}

#[test]
fn the_committed_example_data_is_what_the_generator_makes() {
    let root = repo("examples/pilot/innkommet");
    let questionnaires = kartlegg::synthetic::pilot_questionnaires().unwrap();
    let files = kartlegg::synthetic::pilot_set(&questionnaires, true);
    for f in &files {
        let committed = std::fs::read_to_string(root.join(&f.name)).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run `cargo run --features synthetic --example pilot -- examples/pilot/innkommet`",
                f.name
            )
        });
        assert_eq!(
            committed, f.text,
            "{} differs; regenerate the example data",
            f.name
        );
    }
    let on_disk = walkdir::WalkDir::new(&root)
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_type().is_file())
        .count();
    assert_eq!(on_disk, files.len());
}

/// Answers imported from a file or a form have no time; they must not pull
/// the time a questionnaire takes towards zero.
#[test]
fn files_without_timing_are_left_out_of_the_time_taken() {
    let (dir, root) = pilot_set(false);
    let mut untimed = 0;
    for entry in walk(&root) {
        let name = entry.file_name().unwrap().to_string_lossy().to_string();
        if name.contains("-behov-") && untimed < 2 {
            let text = std::fs::read_to_string(&entry).unwrap();
            let zeroed: String = text
                .lines()
                .map(|l| match l.split_once("seconds: ") {
                    Some((indent, _)) => format!("{indent}seconds: 0\n"),
                    None => format!("{l}\n"),
                })
                .collect();
            std::fs::write(&entry, zeroed).unwrap();
            untimed += 1;
        }
    }
    assert_eq!(untimed, 2);
    let out = dir.path().join("metode");
    kartlegg_en(dir.path())
        .args(["--lang", "nb", "pilot"])
        .arg(&root)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let rows = read_csv(&out.join("tidsbruk.csv"));
    let behov = rows.iter().find(|r| r[0] == "behov").unwrap();
    let (files, complete, median) = (&behov[2], &behov[3], &behov[4]);
    assert_eq!((files.as_str(), complete.as_str()), ("6", "6"), "{behov:?}");
    let median: f64 = median.parse().unwrap();
    assert!(
        median > 10.0,
        "median {median} minutes: untimed files counted"
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}
