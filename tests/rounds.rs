//! Rounds of mapping: `merge --round` names the dataset's round, `compare`
//! finds a planted improvement and a planted drop between two rounds of
//! fictional answers (and nothing else), from result folders and from merged
//! datasets alike, and `report --baseline` shows the same numbers.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{kartlegg_en, read_csv};
use kartlegg::dataset::tables::round_score;
use kartlegg::questionnaire::answer::AnswerValue;
use kartlegg::questionnaire::{QuestionKind, Questionnaire, builtin, scoring};
use kartlegg::survey::result::{self, SurveyResult};

/// The municipality whose every maturity level rises by two, and the one
/// whose levels fall by two.
const RISES: &str = "9901";
const FALLS: &str = "9906";

fn overall(q: &Questionnaire, r: &SurveyResult) -> f64 {
    round_score(scoring::score(q, &r.responses()).overall.score().unwrap())
}

/// Round 1 (2026) and round 2 (2027, with the planted changes) of the
/// fictional survey files, and the planted overall changes as scored.
fn two_rounds(dir: &Path) -> BTreeMap<&'static str, f64> {
    let questionnaires = builtin::all().unwrap();
    let maturity = builtin::resolve("modenhet").unwrap();
    let mut planted = BTreeMap::new();
    for f in kartlegg::synthetic::pilot_set(&questionnaires, false) {
        if !f.name.contains("kartlegg-svar") {
            continue;
        }
        for round in ["r1", "r2"] {
            let path = dir.join(round).join(&f.name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let mut text = f.text.clone();
            let mut r = result::from_str(&text).unwrap();
            let step = match r.subject.id.as_str() {
                RISES => 2.0,
                FALLS => -2.0,
                _ => 0.0,
            };
            if round == "r2" {
                if r.questionnaire.id == "modenhet" && step != 0.0 {
                    let before = overall(&maturity, &r);
                    shift(&maturity, &mut r, step);
                    let after = overall(&maturity, &r);
                    planted.insert(if step > 0.0 { RISES } else { FALLS }, after - before);
                }
                text = r.to_yaml().replace("2026-", "2027-");
            }
            std::fs::write(path, text).unwrap();
        }
    }
    planted
}

/// Every scale answer `step` levels up or down, within the scale.
fn shift(q: &Questionnaire, r: &mut SurveyResult, step: f64) {
    for (_, question) in q.questions() {
        if question.kind != QuestionKind::Scale {
            continue;
        }
        let top = q.levels_of(question).iter().map(|l| l.level).max().unwrap();
        for a in r.answers.iter_mut().filter(|a| a.id == question.id) {
            if let Some(AnswerValue::Number(n)) = &mut a.response.value {
                *n = (*n + step).clamp(0.0, f64::from(top));
            }
        }
    }
}

/// Every file below a folder.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn merge(dir: &Path, input: &str, out: &str, extra: &[&str]) -> String {
    let output = kartlegg_en(dir)
        .args(["merge", input, "-o", out])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn merge_names_its_round_by_default_and_on_request() {
    let dir = tempfile::tempdir().unwrap();
    two_rounds(dir.path());
    let said = merge(dir.path(), "r2", "d2", &[]);
    assert!(
        said.contains("Round: 2027 (the year of the newest file; choose with --round)"),
        "{said}"
    );
    let maturity = read_csv(&dir.path().join("d2/modenhet.csv"));
    assert_eq!(maturity[0].last().unwrap(), "round");
    assert_eq!(maturity.len(), 7);
    assert!(maturity[1..].iter().all(|r| r.last().unwrap() == "2027"));
    let said = merge(dir.path(), "r1", "d1", &["--round", "2026-pilot"]);
    assert!(!said.contains("Round:"), "{said}");
    for file in ["modenhet.csv", "modenhet_respondenter.csv"] {
        let rows = read_csv(&dir.path().join("d1").join(file));
        assert!(rows[1..].iter().all(|r| r.last().unwrap() == "2026-pilot"));
    }
    let mut book: Xlsx<_> = open_workbook(dir.path().join("d1/kartlegging.xlsx")).unwrap();
    let overview = book.worksheet_range("Overview").unwrap();
    let round = overview
        .rows()
        .find(|r| r[0] == Data::String("Round".into()))
        .map(|r| r[1].clone());
    assert_eq!(round, Some(Data::String("2026-pilot".into())));
}

/// The overall change per municipality in endring.csv.
fn overall_changes(path: &Path) -> BTreeMap<String, f64> {
    let rows = read_csv(path);
    assert_eq!(
        rows[0],
        [
            "municipality_no",
            "municipality",
            "measure",
            "name",
            "old",
            "new",
            "change",
            "coverage_old",
            "coverage_new",
            "flags"
        ]
    );
    // Nothing flagged, and every score of the two planted sites moves their way.
    for r in &rows[1..] {
        assert_eq!(r[9], "", "{r:?}");
        let change: f64 = r[6].parse().unwrap_or(0.0);
        match r[0].as_str() {
            RISES => assert!(change >= 0.0, "{r:?}"),
            FALLS => assert!(change <= 0.0, "{r:?}"),
            _ => assert_eq!(change, 0.0, "{r:?}"),
        }
    }
    rows[1..]
        .iter()
        .filter(|r| r[2] == "overall")
        .map(|r| (r[0].clone(), r[6].parse().unwrap()))
        .collect()
}

#[test]
fn compare_finds_the_planted_rise_and_fall_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let planted = two_rounds(d);
    assert!(planted[RISES] > 1.0 && planted[FALLS] < -1.0, "{planted:?}");

    // From the folders of result files.
    let output = kartlegg_en(d)
        .args(["compare", "r1", "r2", "-o", "from-inputs"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let changes = overall_changes(&d.join("from-inputs/endring.csv"));
    assert_eq!(changes.len(), 6);
    for (id, change) in &changes {
        let expected = planted.get(id.as_str()).copied().unwrap_or(0.0);
        assert!(
            (change - expected).abs() < 0.011,
            "{id}: {change} vs {expected}"
        );
    }
    // The summary names the two, each under its heading, and no other.
    let rise = stdout.find("Largest rise").unwrap();
    let fall = stdout.find("Largest fall").unwrap();
    assert!(stdout[rise..fall].contains(RISES), "{stdout}");
    assert!(stdout[fall..].contains(FALLS), "{stdout}");
    assert_eq!(stdout.matches("990").count(), 2, "{stdout}");
    assert!(
        stdout.contains("from 2026 to 2027 (6 municipalities"),
        "{stdout}"
    );

    // From merged datasets, one of them in the Norwegian Excel dialect:
    // the very same table.
    merge(d, "r1", "d1", &[]);
    merge(d, "r2", "d2", &["--csv-dialect", "excel-nb"]);
    kartlegg_en(d)
        .args(["compare", "d1", "d2", "-o", "from-datasets"])
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read_to_string(d.join("from-datasets/endring.csv")).unwrap(),
        std::fs::read_to_string(d.join("from-inputs/endring.csv")).unwrap()
    );

    // A municipality that did not answer again is `gone`, with no change.
    let fewer = d.join("r2-fewer");
    for f in walk(&d.join("r2")) {
        if !f.to_string_lossy().contains("havnes") {
            let to = fewer.join(f.strip_prefix(d.join("r2")).unwrap());
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(&f, to).unwrap();
        }
    }
    kartlegg_en(d)
        .args(["compare", "d1", "r2-fewer", "-o", "fewer"])
        .assert()
        .code(0);
    let rows = read_csv(&d.join("fewer/endring.csv"));
    let gone: Vec<(&str, &str, &str)> = rows[1..]
        .iter()
        .filter(|r| !r[9].is_empty())
        .map(|r| (r[0].as_str(), r[6].as_str(), r[9].as_str()))
        .collect();
    assert_eq!(gone.len(), rows[1..].len() / 6, "{gone:?}");
    assert!(gone.iter().all(|g| *g == (FALLS, "", "gone")), "{gone:?}");

    // The workbook's category means: the same municipalities both rounds,
    // so the overall mean moves by the two planted changes over six.
    let mut book: Xlsx<_> = open_workbook(d.join("from-datasets/endring.xlsx")).unwrap();
    let means = book.worksheet_range("Category means").unwrap();
    let header: Vec<String> = means
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header, ["category", "mean 2026", "mean 2027"]);
    let overall = means.rows().nth(1).unwrap();
    let (Data::Float(old), Data::Float(new)) = (&overall[1], &overall[2]) else {
        panic!("{overall:?}");
    };
    let expected = (planted[RISES] + planted[FALLS]) / 6.0;
    assert!(
        (new - old - expected).abs() < 0.02,
        "{old} {new} {expected}"
    );
    assert_eq!(means.rows().count(), 6);
    // And its chart: one series per round.
    let file = std::fs::File::open(d.join("from-datasets/endring.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut chart = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/charts/chart1.xml").unwrap(),
        &mut chart,
    )
    .unwrap();
    assert_eq!(chart.matches("<c:ser>").count(), 2, "{chart}");
    assert!(chart.contains("<c:v>2026</c:v>") && chart.contains("<c:v>2027</c:v>"));
}

#[test]
fn the_report_shows_the_change_since_the_baseline() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let planted = two_rounds(d);
    merge(d, "r1", "d1", &[]);
    let report = |extra: &[&str]| {
        kartlegg_en(d)
            .args([
                "report",
                "r2",
                "--baseline",
                "d1",
                "-o",
                "r.html",
                "--force",
            ])
            .args(extra)
            .assert()
            .code(0);
        let html = std::fs::read_to_string(d.join("r.html")).unwrap();
        let start = html.find("Change since the last round").unwrap();
        let end = html[start..].find("</table>").unwrap();
        html[start..start + end].to_string()
    };
    let section = report(&[]);
    assert!(section.contains("From 2026 to 2027"), "{section}");
    let row = |name: &str| {
        let at = section.find(name).unwrap();
        section[at..section[at..].find("</tr>").unwrap() + at].to_string()
    };
    let fjordvik = row("Fjordvik");
    let sign = format!("(+{:.2})", planted[RISES]);
    assert!(fjordvik.contains(&sign), "{fjordvik} {sign}");
    let havnes = row("Havnes");
    let sign = format!("(−{:.2})", -planted[FALLS]);
    assert!(havnes.contains(&sign), "{havnes} {sign}");
    assert!(row("Lisund").contains("(0.00)"));
    // The round of the report's own data can be named too.
    let section = report(&["--round", "2027-autumn"]);
    assert!(section.contains("From 2026 to 2027-autumn"), "{section}");
    // With one municipality chosen, the others are lettered.
    let section = report(&["-k", RISES]);
    assert!(section.contains("Fjordvik"), "{section}");
    assert!(
        !section.contains("Havnes") && !section.contains("Lisund"),
        "{section}"
    );
    assert_eq!(section.matches("Municipality ").count(), 5, "{section}");
}
