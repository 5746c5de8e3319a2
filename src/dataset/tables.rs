//! The output tables, column by column. Both the CSV files and the XLSX
//! sheets are written from these, so they always agree.

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::read::Collected;
use super::{Cell, Deviation, Table};
use crate::i18n::Text;
use crate::inventory::Tri;
use crate::nsm;
use crate::questionnaire::answer::AnswerValue;
use crate::questionnaire::scoring::{self, Tally};
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::tr;

/// The two columns that say whom a row is about, the same in every table.
pub(super) fn municipality_columns() -> [(String, String); 2] {
    [
        col(
            "kommunenr",
            "municipality_no",
            "Kommunenummer, eller id-en til et IKT-samarbeid",
            "Municipality number, or the id of an IT cooperation",
        ),
        col(
            "kommune",
            "municipality",
            "Navnet på kommunen eller samarbeidet",
            "Name of the municipality or cooperation",
        ),
    ]
}

/// The two columns that say which questionnaire, in which version, a row is from.
pub(super) fn questionnaire_columns() -> [(String, String); 2] {
    [
        col(
            "skjema",
            "questionnaire",
            "Spørreskjemaets id",
            "The questionnaire's id",
        ),
        col(
            "versjon",
            "version",
            "Versjonen som ble besvart",
            "The version that was answered",
        ),
    ]
}

/// A column: its header and what it means.
pub(super) fn col(nb: &str, en: &str, about_nb: &str, about_en: &str) -> (String, String) {
    let lang = crate::i18n::current();
    (
        Text::new(nb, en).in_lang(lang).to_string(),
        Text::new(about_nb, about_en).in_lang(lang).to_string(),
    )
}

pub(super) fn table(
    file: &'static str,
    sheet: Text,
    columns: Vec<(String, String)>,
    rows: Vec<Vec<Cell>>,
) -> Table {
    let (headers, descriptions) = columns.into_iter().unzip();
    Table {
        file,
        sheet: sheet.get().to_string(),
        headers,
        descriptions,
        rows,
        formats: Vec::new(),
    }
}

/// The value as data and as words, for one answer.
fn value_cells(
    q: &Questionnaire,
    question: &Question,
    value: Option<&AnswerValue>,
) -> (Cell, Cell) {
    let option_text = |id: &str| {
        question
            .options
            .iter()
            .find(|o| o.id == id)
            .map_or(id.to_string(), |o| o.text.get().to_string())
    };
    match value {
        None => (Cell::Empty, Cell::Empty),
        Some(AnswerValue::Number(n)) => {
            let label = if question.kind == QuestionKind::Scale {
                q.levels_of(question)
                    .iter()
                    .find(|l| f64::from(l.level) == *n)
                    .map(|l| l.label.get().to_string())
            } else {
                question.unit.as_ref().map(|u| format!("{n} {}", u.get()))
            };
            (Cell::Number(*n), label.into())
        }
        Some(AnswerValue::Bool(b)) => (
            Cell::Text(b.to_string()),
            Cell::Text(if *b {
                tr!("Ja", "Yes")
            } else {
                tr!("Nei", "No")
            }),
        ),
        Some(AnswerValue::Text(t)) if question.kind == QuestionKind::Single => {
            (Cell::Text(t.clone()), Cell::Text(option_text(t)))
        }
        Some(AnswerValue::Text(t)) => (Cell::Text(t.clone()), Cell::Empty),
        Some(AnswerValue::Choices(ids)) => (
            Cell::Text(ids.join(";")),
            Cell::Text(
                ids.iter()
                    .map(|i| option_text(i))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ),
    }
}

pub fn answers(c: &Collected, questionnaires: &[Questionnaire]) -> Table {
    let mut columns = municipality_columns().to_vec();
    columns.extend(questionnaire_columns());
    columns.extend([
        col(
            "seksjon",
            "section",
            "Seksjonen spørsmålet står i",
            "The section the question is in",
        ),
        col(
            "prinsipp",
            "principle",
            "NSM-prinsippet spørsmålet måler, om noe",
            "The NSM principle the question measures, if any",
        ),
        col(
            "sporsmal_id",
            "question_id",
            "Spørsmålets faste id",
            "The question's stable id",
        ),
        col(
            "sporsmal",
            "question",
            "Spørsmålsteksten",
            "The question text",
        ),
        col(
            "verdi",
            "value",
            "Svaret som data: nivå, tall, alternativ-id(er) skilt med ;, true/false, tekst eller dato",
            "The answer as data: level, number, option id(s) separated by ;, true/false, text or date",
        ),
        col(
            "verdi_tekst",
            "value_label",
            "Svaret i ord",
            "The answer in words",
        ),
        col(
            "poeng",
            "score",
            "Modenhetspoeng 0–5, der spørsmålet gir poeng",
            "Maturity score 0–5, where the question has one",
        ),
        col(
            "status",
            "state",
            "answered, unknown («vet ikke»), not_applicable («ikke relevant») eller skipped",
            "answered, unknown, not_applicable or skipped",
        ),
        col(
            "uklart",
            "unclear",
            "1 når respondenten markerte spørsmålet som uklart",
            "1 when the respondent flagged the question as unclear",
        ),
        col(
            "kommentar",
            "comment",
            "Respondentens kommentar",
            "The respondent's comment",
        ),
        col(
            "sekunder",
            "seconds",
            "Tid brukt på spørsmålet",
            "Time spent on the question",
        ),
        col(
            "kildefil",
            "source_file",
            "Filen svaret kom fra",
            "The file the answer came from",
        ),
    ]);
    let mut rows = Vec::new();
    for s in &c.surveys {
        let q = &questionnaires[s.questionnaire];
        let r = &s.result;
        let answers: BTreeMap<&str, &crate::survey::result::Answer> =
            r.answers.iter().map(|a| (a.id.as_str(), a)).collect();
        for (section, question) in q.questions() {
            let Some(a) = answers.get(question.id.as_str()) else {
                continue;
            };
            let (value, label) = value_cells(q, question, a.response.value.as_ref());
            let score = a
                .response
                .value()
                .and_then(|v| scoring::question_score(question, v));
            rows.push(vec![
                r.subject.id.clone().into(),
                r.subject.name.clone().into(),
                r.questionnaire.id.clone().into(),
                r.questionnaire.version.clone().into(),
                section.title.get().into(),
                question.principle.map(|p| p.to_string()).into(),
                question.id.clone().into(),
                question.text.get().into(),
                value,
                label,
                score.into(),
                a.response.state.name().into(),
                Cell::Number(f64::from(u8::from(a.unclear))),
                a.comment.clone().into(),
                Cell::Number(a.seconds),
                s.file.clone().into(),
            ]);
        }
    }
    table("svar", Text::new("Svar", "Answers"), columns, rows)
}

fn score_cells(t: Option<&Tally>) -> [Cell; 2] {
    match t {
        Some(t) => [
            t.score().map(|s| (s * 100.0).round() / 100.0).into(),
            t.coverage().map(|c| (c * 1000.0).round() / 1000.0).into(),
        ],
        None => [Cell::Empty, Cell::Empty],
    }
}

/// One row per municipality and scored questionnaire: score and coverage per
/// NSM principle and category, and overall.
pub fn maturity(c: &Collected, questionnaires: &[Questionnaire]) -> Table {
    let mut columns = municipality_columns().to_vec();
    columns.extend(questionnaire_columns());
    columns.extend([
        col(
            "samlet",
            "overall",
            "Veid gjennomsnitt 0–5 over alle besvarte spørsmål med poeng",
            "Weighted mean 0–5 over every answered scored question",
        ),
        col(
            "samlet_dekning",
            "overall_coverage",
            "Besvarte delt på relevante spørsmål, 0–1",
            "Answered divided by applicable questions, 0–1",
        ),
    ]);
    for cat in nsm::categories() {
        let name = cat.title.get();
        columns.push(col(
            &format!("k{}", cat.id),
            &format!("c{}", cat.id),
            &format!("Kategori {}: {name}", cat.id),
            &format!("Category {}: {name}", cat.id),
        ));
        columns.push(col(
            &format!("k{}_dekning", cat.id),
            &format!("c{}_coverage", cat.id),
            "Dekning 0–1",
            "Coverage 0–1",
        ));
    }
    for p in nsm::principles() {
        let name = p.title.get();
        columns.push(col(
            &p.id.to_string(),
            &p.id.to_string(),
            &format!("Prinsipp {}: {name}", p.id),
            &format!("Principle {}: {name}", p.id),
        ));
        columns.push(col(
            &format!("{}_dekning", p.id),
            &format!("{}_coverage", p.id),
            "Dekning 0–1",
            "Coverage 0–1",
        ));
    }
    let mut rows = Vec::new();
    for s in &c.surveys {
        let q = &questionnaires[s.questionnaire];
        let responses = s.result.responses();
        let scores = scoring::score(q, &responses);
        if scores.principles.is_empty() {
            continue;
        }
        let r = &s.result;
        let mut row: Vec<Cell> = vec![
            r.subject.id.clone().into(),
            r.subject.name.clone().into(),
            q.id.clone().into(),
            r.questionnaire.version.clone().into(),
        ];
        row.extend(score_cells(Some(&scores.overall)));
        for cat in nsm::categories() {
            row.extend(score_cells(scores.categories.get(&cat.id)));
        }
        for p in nsm::principles() {
            row.extend(score_cells(scores.principles.get(&p.id)));
        }
        rows.push(row);
    }
    table("modenhet", Text::new("Modenhet", "Maturity"), columns, rows)
}

fn tri(t: Tri) -> Cell {
    match t {
        Tri::True => "true".into(),
        Tri::False => "false".into(),
        Tri::Unknown => "unknown".into(),
    }
}

pub fn hosts(c: &Collected) -> Table {
    let mut columns = municipality_columns().to_vec();
    columns.extend([
        col(
            "vert_id",
            "host_id",
            "Saltet sha256 av vertsnavnet",
            "Salted sha256 of the host name",
        ),
        col("os", "os", "Operativsystem", "Operating system"),
        col("os_versjon", "os_version", "Versjon", "Version"),
        col("kjerne", "kernel", "Kjerneversjon", "Kernel version"),
        col(
            "arkitektur",
            "architecture",
            "Prosessorarkitektur",
            "CPU architecture",
        ),
        col(
            "kjerner",
            "cpu_cores",
            "Logiske prosessorkjerner",
            "Logical CPU cores",
        ),
        col("minne_gib", "memory_gib", "Minne i GiB", "Memory in GiB"),
        col(
            "virtualisering",
            "virtualisation",
            "none, hypervisor eller container",
            "none, hypervisor or container",
        ),
        col(
            "stotte_til",
            "end_of_support",
            "Slutt på sikkerhetsstøtte for operativsystemet",
            "End of security support of the operating system",
        ),
        col(
            "porter_mot_nett",
            "exposed_ports",
            "Lyttende porter som ikke bare er lokale",
            "Listening ports not bound to loopback only",
        ),
        col(
            "programvare",
            "software",
            "Antall installerte pakker",
            "Number of installed packages",
        ),
    ]);
    for name in crate::catalogue::INVENTORY_INDICATORS {
        columns.push(col(
            name,
            name,
            "Sikkerhetsindikator: true, false eller unknown",
            "Security indicator: true, false or unknown",
        ));
    }
    columns.push(col(
        "innsamlet",
        "collected",
        "Tidspunkt for innsamling",
        "Time of collection",
    ));
    columns.push(col(
        "kildefil",
        "source_file",
        "Filen raden kom fra",
        "The file the row came from",
    ));
    let rows = c
        .hosts
        .iter()
        .map(|h| {
            let i = &h.inventory;
            let mut row: Vec<Cell> = vec![
                i.municipality.id.clone().into(),
                i.municipality.name.clone().into(),
                i.host.id.clone().into(),
                i.host.os.name.clone().into(),
                i.host.os.version.clone().into(),
                i.host.os.kernel.clone().into(),
                i.host.os.architecture.clone().into(),
                Cell::Number(i.host.cpu_cores as f64),
                Cell::Number((i.host.memory_bytes as f64 / 1024f64.powi(3) * 10.0).round() / 10.0),
                i.host.virtualisation.clone().into(),
                i.host.os.end_of_support.clone().into(),
                Cell::Number(i.network.listening.iter().filter(|l| !l.local_only).count() as f64),
                h.packages.as_ref().map(|s| s.len() as f64).into(),
            ];
            for name in crate::catalogue::INVENTORY_INDICATORS {
                row.push(
                    i.security
                        .get(*name)
                        .map_or(Cell::Empty, |ind| tri(ind.value)),
                );
            }
            row.push(i.collected.clone().into());
            row.push(h.file.clone().into());
            row
        })
        .collect();
    table(
        "inventar",
        Text::new("Inventar", "Inventory"),
        columns,
        rows,
    )
}

/// Software name × version × municipality, with the number of hosts.
pub fn software(c: &Collected) -> Table {
    let mut columns = vec![
        col(
            "programvare",
            "software",
            "Navnet på pakken eller programmet",
            "Name of the package or program",
        ),
        col("versjon", "version", "Versjon", "Version"),
        col(
            "kilde",
            "source",
            "dpkg, rpm, flatpak, snap, windows-registry eller macos-app",
            "dpkg, rpm, flatpak, snap, windows-registry or macos-app",
        ),
    ];
    columns.extend(municipality_columns());
    columns.push(col(
        "maskiner",
        "hosts",
        "Antall maskiner med denne versjonen",
        "Number of machines with this version",
    ));
    // Millions of packages: one (package, municipality) pair of indices per
    // installed package, sorted and counted in runs, then sorted by name.
    let mut municipalities: Vec<(&str, &str)> = c
        .hosts
        .iter()
        .map(|h| {
            let m = &h.inventory.municipality;
            (m.id.as_str(), m.name.as_str())
        })
        .collect();
    municipalities.sort_unstable();
    municipalities.dedup();
    let mut pairs: Vec<(u32, u32)> = c
        .hosts
        .par_iter()
        .flat_map_iter(|h| {
            let m = &h.inventory.municipality;
            let at = municipalities
                .binary_search(&(m.id.as_str(), m.name.as_str()))
                .unwrap_or_default() as u32;
            h.packages
                .iter()
                .flatten()
                .filter(|&&p| c.packages[p as usize].state.is_none())
                .map(move |&p| (p, at))
        })
        .collect();
    pairs.par_sort_unstable();
    let mut counts: Vec<((u32, u32), u64)> = Vec::new();
    for pair in pairs {
        match counts.last_mut() {
            Some((last, n)) if *last == pair => *n += 1,
            _ => counts.push((pair, 1)),
        }
    }
    let key = |(p, m): (u32, u32)| {
        let p = &c.packages[p as usize];
        let (id, kommune) = municipalities[m as usize];
        let version = p.version.as_deref().unwrap_or_default();
        (p.name.as_str(), version, p.source.as_str(), id, kommune)
    };
    counts.par_sort_unstable_by(|a, b| key(a.0).cmp(&key(b.0)));
    let rows = counts
        .into_par_iter()
        .map(|(pair, n)| {
            let (name, version, source, id, kommune) = key(pair);
            vec![
                name.into(),
                version.into(),
                source.into(),
                id.into(),
                kommune.into(),
                Cell::Number(n as f64),
            ]
        })
        .collect();
    table(
        "programvare",
        Text::new("Programvare", "Software"),
        columns,
        rows,
    )
}

pub fn deviations(list: &[Deviation]) -> Table {
    let columns = vec![
        col(
            "fil",
            "file",
            "Inndatafilen det gjelder",
            "The input file concerned",
        ),
        col(
            "avvist",
            "rejected",
            "1 når filen ikke er med i datasettet; 0 når den er med, men bør sees på",
            "1 when the file is left out of the dataset; 0 when it is in, but needs a look",
        ),
        col(
            "kode",
            "code",
            "Fast kode for typen avvik",
            "Stable code for the kind of deviation",
        ),
        col(
            "melding",
            "message",
            "Hva som er galt, og hva som ble gjort",
            "What is wrong, and what was done",
        ),
    ];
    let rows = list
        .iter()
        .map(|d| {
            vec![
                d.file.clone().into(),
                Cell::Number(f64::from(u8::from(d.rejected))),
                d.code.into(),
                d.message.clone().into(),
            ]
        })
        .collect();
    table("avvik", Text::new("Avvik", "Deviations"), columns, rows)
}
