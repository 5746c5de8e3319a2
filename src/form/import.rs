//! Reading a filled form: which questionnaire it was made from, the
//! municipality, role and consensus written on it, and one row per answered question,
//! checked with the same rules as answers typed in the terminal.

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{Data, Reader};

use super::{ANSWERS, COL_ANSWER, COL_COMMENT, COL_EVIDENCE, COL_ID, INFO, cell};
use super::{KEY_CONSENSUS, KEY_ID, KEY_KOMMUNE, KEY_LANGUAGE, KEY_ROLE, KEY_SHA256, KEY_VERSION};
use crate::diagnostic::{Diagnostic, Mark};
use crate::questionnaire::{QuestionKind, Questionnaire};
use crate::survey::answers::{self, Prepared, Row};
use crate::survey::result::QuestionnaireRef;
use crate::tr;

/// What a filled form holds, before it is checked against its questionnaire.
#[derive(Debug)]
pub struct Filled {
    pub questionnaire: QuestionnaireRef,
    pub kommune: Option<String>,
    pub role: Option<String>,
    /// The answers were agreed in a joint session (Ja in the consensus cell).
    pub consensus: bool,
    /// The language the form was written in; forms from before it was
    /// recorded have none.
    pub language: Option<String>,
    /// Answers with their cell as mark: line = Excel row, column = answer column.
    pub rows: Vec<Row>,
}

/// Reads a filled form; problems are whole-file diagnostics naming the cell.
pub fn read(path: &Path) -> Result<Filled, Vec<Diagnostic>> {
    if let Some(problem) = crate::source::not_a_file_at(path) {
        return Err(vec![problem]);
    }
    super::guard::check(path).map_err(|d| vec![d])?;
    let mut book = calamine::open_workbook_auto(path).map_err(|e| {
        vec![Diagnostic::whole_file(
            "not-a-workbook",
            tr!("import-cannot-be-read-as-an-excel", e = e),
        )]
    })?;
    let mut sheet = |name: &str| {
        book.worksheet_range(name).map_err(|_| {
            vec![Diagnostic::whole_file(
                "not-a-form",
                tr!("import-the-workbook-has-no-sheet-was", name = name),
            )]
        })
    };
    let info = sheet(INFO)?;
    let answers = sheet(ANSWERS)?;
    // A formula's result is not what a person typed: each is named.
    let formulas = book.worksheet_formula(ANSWERS).unwrap_or_default();

    let mut facts: BTreeMap<String, (String, u32)> = BTreeMap::new();
    let (info_row, _) = info.start().unwrap_or((0, 0));
    for (i, row) in info.rows().enumerate() {
        let key = row.first().map(text).unwrap_or_default();
        if !key.is_empty() {
            let value = row.get(2).map(text).unwrap_or_default();
            facts.insert(key, (value.trim().to_string(), info_row + i as u32));
        }
    }
    let fact = |key: &str| {
        facts
            .get(key)
            .map(|(v, _)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let (Some(id), Some(version), Some(sha256)) =
        (fact(KEY_ID), fact(KEY_VERSION), fact(KEY_SHA256))
    else {
        return Err(vec![Diagnostic::whole_file(
            "not-a-form",
            tr!("import-the-sheet-does-not-say-which", INFO = INFO),
        )]);
    };

    let consensus = consensus(facts.get(KEY_CONSENSUS));
    let rows = answer_rows(&answers, &formulas);
    let (consensus, rows) = match (consensus, rows) {
        (Ok(consensus), Ok(rows)) => (consensus, rows),
        (consensus, rows) => {
            let mut problems: Vec<Diagnostic> = consensus.err().into_iter().collect();
            problems.extend(rows.err().unwrap_or_default());
            return Err(problems);
        }
    };
    Ok(Filled {
        questionnaire: QuestionnaireRef {
            id,
            version,
            sha256,
        },
        kommune: fact(KEY_KOMMUNE),
        role: fact(KEY_ROLE),
        consensus,
        language: fact(KEY_LANGUAGE),
        rows,
    })
}

/// One row per answered question of the answer sheet, with the answer cell
/// as mark.
fn answer_rows(
    answers: &calamine::Range<Data>,
    formulas: &calamine::Range<String>,
) -> Result<Vec<Row>, Vec<Diagnostic>> {
    let mut rows = Vec::new();
    let mut problems = formula_cells(formulas);
    let mut questions = 0;
    let (first_row, _) = answers.start().unwrap_or((0, 0));
    for (i, row) in answers.rows().enumerate().skip(1) {
        let at = first_row + i as u32;
        let get = |col: u16| row.get(usize::from(col)).unwrap_or(&Data::Empty);
        let id = text(get(COL_ID));
        let answer = get(COL_ANSWER);
        if let Data::Error(e) = answer {
            problems.push(Diagnostic::whole_file(
                "bad-answer",
                format!(
                    "{ANSWERS}!{}: {}",
                    cell(at, COL_ANSWER),
                    tr!("import-the-cell-holds-the-error", e = e)
                ),
            ));
            continue;
        }
        let value = text(answer);
        questions += usize::from(!id.trim().is_empty());
        if id.is_empty() || value.trim().is_empty() {
            continue;
        }
        let optional = |col: u16| Some(text(get(col)).trim().to_string()).filter(|c| !c.is_empty());
        rows.push(Row {
            id,
            text: value,
            comment: optional(COL_COMMENT),
            evidence: optional(COL_EVIDENCE),
            mark: Mark::new(at as usize + 1, usize::from(COL_ANSWER) + 1),
        });
    }
    if questions == 0 {
        let column = cell(0, COL_ID).trim_end_matches('1').to_string();
        problems.push(Diagnostic::whole_file(
            "not-a-form",
            tr!(
                "import-the-sheet-has-no-questions-column",
                ANSWERS = ANSWERS,
                column = column
            ),
        ));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// A problem for every formula in a column that is read (answer, comment,
/// evidence): kartlegg reads what was typed, and a formula is not imported.
fn formula_cells(formulas: &calamine::Range<String>) -> Vec<Diagnostic> {
    let (first_row, first_col) = formulas.start().unwrap_or((0, 0));
    formulas
        .used_cells()
        .filter_map(|(row, col, formula)| {
            let (row, col) = (first_row + row as u32, first_col + col as u32);
            let col = u16::try_from(col).ok()?;
            if row == 0 || ![COL_ANSWER, COL_COMMENT, COL_EVIDENCE].contains(&col) {
                return None;
            }
            let formula = crate::diagnostic::excerpt(formula, crate::diagnostic::EXCERPT_CHARS);
            Some(Diagnostic::whole_file(
                "formula",
                format!(
                    "{ANSWERS}!{}: {}",
                    cell(row, col),
                    tr!("import-the-cell-holds-the-formula-which", formula = formula)
                ),
            ))
        })
        .collect()
}

/// Checks the rows against the questionnaire the form was made from. A
/// scale level picked from the drop-down (`3 – Definert`) counts as its number.
pub fn prepare(
    rows: Vec<Row>,
    q: &Questionnaire,
) -> Result<BTreeMap<String, Prepared>, Vec<Diagnostic>> {
    let rows = rows
        .into_iter()
        .map(|mut row| {
            let is_scale = q
                .question(&row.id)
                .is_some_and(|question| question.kind == QuestionKind::Scale);
            if let Some((level, _)) = row.text.split_once(" – ")
                && is_scale
                && level.trim().parse::<u8>().is_ok()
            {
                row.text = level.trim().to_string();
            }
            row
        })
        .collect();
    answers::check(rows, q, &|mark| Some(place(mark)))
}

/// `Svar!D14` for a mark made by [`read`].
pub fn place(mark: Mark) -> String {
    let (row, col) = (mark.line.saturating_sub(1), mark.col.saturating_sub(1));
    format!("{ANSWERS}!{}", cell(row as u32, col as u16))
}

/// Ja/Nei (or Yes/No) in the consensus cell; a blank cell is Nei.
/// The consensus cell: Ja/Nei (or Yes/No); a form without it says Nei.
fn consensus(cell_value: Option<&(String, u32)>) -> Result<bool, Diagnostic> {
    let Some((value, row)) = cell_value else {
        return Ok(false);
    };
    yes_or_no(value).ok_or_else(|| {
        Diagnostic::whole_file(
            "bad-answer",
            format!(
                "{INFO}!{}: {}",
                cell(*row, 2),
                tr!("import-is-neither-yes-nor-no-pick", value = value)
            ),
        )
    })
}

fn yes_or_no(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "true" | "1" => Some(true),
        "nei" | "n" | "no" | "false" | "0" | "" => Some(false),
        _ => None,
    }
}

/// A cell as the text a person would have typed.
fn text(data: &Data) -> String {
    match data {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "ja" } else { "nei" }.to_string(),
        Data::DateTime(d) => {
            let (y, m, d, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Data::DateTimeIso(s) => s.chars().take(10).collect(),
        Data::DurationIso(s) => s.clone(),
    }
}
