//! Prepared answers (`kartlegg survey --answers FILE`), from YAML or CSV, so a
//! questionnaire can be answered without a terminal or pre-filled before one.
//!
//! YAML: `question_id: value`, or `question_id: {value: ..., comment: ...,
//! evidence: ...}`. CSV: `question_id,value[,comment[,evidence]]` per line
//! (`;` also works as separator; a first line starting with `question_id` is
//! a header). Values are read with the same rules as typed answers; ids and
//! values are trimmed, comments and evidence are kept as written.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Mark, Rejected};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::answer::{self, Response};
use crate::survey::session::Session;
use crate::tr;
use crate::yaml::{Decoder, Node, Value};

/// One prepared answer and where it stood in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    pub response: Response,
    pub comment: Option<String>,
    /// Where the answer can be documented, for questions that ask.
    pub evidence: Option<String>,
    pub mark: Mark,
}

/// Reads and checks an answers file against a questionnaire; every problem
/// (unknown question, value that does not fit, repeated question) is reported
/// with its line.
pub fn read(path: &Path, q: &Questionnaire) -> anyhow::Result<BTreeMap<String, Prepared>> {
    let src = crate::source::read_text(path, super::result::MAX_FILE_BYTES)?;
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let (rows, mut problems) = if is_csv {
        csv_rows(&src)
    } else {
        match yaml_rows(&src) {
            Ok(rows) => (rows, Vec::new()),
            Err(problems) => (Vec::new(), problems),
        }
    };
    // Every problem at once: those of the file's form and those of its answers.
    let checked = check(rows, q, &|_| None);
    match checked {
        Ok(prepared) if problems.is_empty() => return Ok(prepared),
        Ok(_) => {}
        Err(more) => problems.extend(more),
    }
    problems.sort_by_key(|p| p.mark);
    Err(Rejected {
        path: path.to_path_buf(),
        problems,
    }
    .into())
}

/// Checks answers, one row each, against a questionnaire with the rules of
/// typed answers. `cell` names the place of a mark where it is a spreadsheet
/// cell (`Svar!D14`) rather than a line and column.
pub fn check(
    rows: Vec<Row>,
    q: &Questionnaire,
    cell: &dyn Fn(Mark) -> Option<String>,
) -> Result<BTreeMap<String, Prepared>, Vec<Diagnostic>> {
    let at = |mark: Mark, code: &'static str, message: String| match cell(mark) {
        Some(cell) => Diagnostic::whole_file(code, format!("{cell}: {message}")),
        None => Diagnostic::at(mark, code, message),
    };
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for row in rows {
        let Row {
            id,
            text,
            comment,
            evidence,
            mark,
        } = row;
        let Some(question) = q.question(&id) else {
            let hint = crate::yaml::did_you_mean(&id, q.questions().map(|(_, q)| q.id.as_str()));
            let qid = &q.id;
            problems.push(at(
                mark,
                "unknown-question",
                tr!(
                    "answers-is-not-a-question-of",
                    id = id,
                    qid = qid,
                    hint = hint
                ),
            ));
            continue;
        };
        if evidence.is_some() && !q.asks_evidence(question) {
            problems.push(at(
                mark,
                "bad-answer",
                tr!("answers-the-question-does-not-ask-for", id = id),
            ));
            continue;
        }
        match answer::parse(q, question, &text) {
            Ok(response) => {
                let prepared = Prepared {
                    response,
                    comment,
                    evidence,
                    mark,
                };
                if let Some(first) = out.insert(id.clone(), prepared) {
                    let line = first.mark.line;
                    problems.push(at(
                        mark,
                        "duplicate-id",
                        tr!("answers-was-already-answered-on-line", id = id, line = line),
                    ));
                }
            }
            Err(why) => problems.push(at(mark, "bad-answer", format!("{id}: {why}"))),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Answers the questionnaire with prepared answers, in the order it asks,
/// so that `show_if` sees earlier answers; questions without one are passed.
/// Gives the ids of answers not used (their questions were not shown), or
/// the first answer the session refused, with its mark and why.
pub fn apply(
    session: &mut Session,
    prepared: &BTreeMap<String, Prepared>,
) -> Result<Vec<String>, (String, Mark, String)> {
    let mut unused: Vec<String> = prepared.keys().cloned().collect();
    while let Some(question) = session.current() {
        let id = question.id.clone();
        match prepared.get(&id) {
            Some(p) => {
                session.set_comment(p.comment.clone());
                session
                    .record(p.response.clone())
                    .map_err(|why| (id.clone(), p.mark, why))?;
                session.set_evidence(&id, p.evidence.clone());
                unused.retain(|u| *u != id);
            }
            None => session.pass(),
        }
    }
    Ok(unused)
}

/// One answer as read from a file or a form, before it is checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    /// The answer as typed.
    pub text: String,
    pub comment: Option<String>,
    pub evidence: Option<String>,
    pub mark: Mark,
}

fn csv_rows(src: &str) -> (Vec<Row>, Vec<Diagnostic>) {
    let first = src.lines().next().unwrap_or_default();
    let delimiter = if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(src.as_bytes());
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut header_len = None;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(err) => {
                let at = err.position().map_or(0, |p| p.byte() as usize);
                problems.push(Diagnostic::at(
                    mark_at(src, at),
                    "csv-syntax",
                    tr!("answers-invalid-csv", err = err),
                ));
                break;
            }
        };
        // After a CRLF the csv reader places a record at its line's `\n`.
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let start = start
            + src.get(start..).map_or(0, |rest| {
                rest.len() - rest.trim_start_matches(['\r', '\n']).len()
            });
        let marks = field_marks(src, start, delimiter);
        let mark_of = |i: usize| marks.get(i).copied().unwrap_or_else(|| mark_at(src, start));
        let id = record.get(0).unwrap_or_default().trim().to_string();
        if marks[0].line == 1 && id.eq_ignore_ascii_case("question_id") {
            header_len = Some(record.len());
            continue;
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let comment_quoted = field_quoted(src, start, delimiter, 2);
        if delimiter == b',' && split_decimal(&record, header_len, comment_quoted) {
            problems.push(decimal_comma(&record, mark_of(1)));
            continue;
        }
        if record.len() < 2 || record.len() > 4 {
            let n = record.len();
            problems.push(Diagnostic::at(
                mark_of(n.min(4)),
                "csv-columns",
                tr!("answers-expected-2-to-4-columns-question", n = n),
            ));
            continue;
        }
        // Comments and evidence are kept as written; only an empty field
        // means there is none.
        let field = |i: usize| record.get(i).filter(|c| !c.is_empty()).map(str::to_string);
        rows.push(Row {
            id,
            text: record.get(1).unwrap_or_default().trim().to_string(),
            comment: field(2),
            evidence: field(3),
            mark: mark_of(1),
        });
    }
    (rows, problems)
}

/// The problem of a decimal comma that the comma separator has split.
fn decimal_comma(record: &csv::StringRecord, mark: Mark) -> Diagnostic {
    let (whole, fraction) = (record[1].trim(), record[2].trim());
    Diagnostic::at(
        mark,
        "decimal-comma",
        tr!(
            "answers-is-split-in-two-fields-by",
            whole = whole,
            fraction = fraction
        ),
    )
}

/// Whether a row holds a number with a decimal comma that the comma
/// separator has split: a whole number as value and digits alone in the
/// next field, in a row with one field more than the header (or any row
/// when there is no header). Under a header with a comment column, the
/// digits are taken for a split decimal unless they are quoted: `12,5`
/// read as 12 with the comment "5" would go quietly wrong.
fn split_decimal(
    record: &csv::StringRecord,
    header_len: Option<usize>,
    comment_quoted: bool,
) -> bool {
    let whole = |s: &str| {
        let s = s.trim().trim_start_matches('-');
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == ' ')
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    record.len() >= 3
        && (header_len.is_none_or(|n| record.len() > n) || !comment_quoted)
        && whole(&record[1])
        && digits(&record[2])
}

/// Line and column (both from 1, in characters) of a byte offset.
fn mark_at(src: &str, at: usize) -> Mark {
    let before = src.get(..at).unwrap_or(src);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Mark::new(line, before[line_start..].chars().count() + 1)
}

/// Where each field of the record starting at byte `start` begins, minding
/// quotes (a quoted field may hold the separator or a line break).
fn field_marks(src: &str, start: usize, delimiter: u8) -> Vec<Mark> {
    field_starts(src, start, delimiter)
        .into_iter()
        .map(|at| mark_at(src, at))
        .collect()
}

/// Whether field `index` of the record starting at byte `start` begins
/// with a quote.
fn field_quoted(src: &str, start: usize, delimiter: u8, index: usize) -> bool {
    field_starts(src, start, delimiter)
        .get(index)
        .is_some_and(|&at| src.get(at..).is_some_and(|f| f.starts_with('"')))
}

/// The byte offsets where the fields of the record starting at `start` begin.
fn field_starts(src: &str, start: usize, delimiter: u8) -> Vec<usize> {
    let mut starts = vec![start];
    let mut quoted = false;
    let rest = src.get(start..).unwrap_or_default();
    for (i, c) in rest.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            c if !quoted && c as u32 == u32::from(delimiter) => starts.push(start + i + 1),
            _ => {}
        }
    }
    starts
}

fn yaml_rows(src: &str) -> Result<Vec<Row>, Vec<Diagnostic>> {
    let root = crate::yaml::parse(src).map_err(|d| vec![d])?;
    let mut d = Decoder::default();
    let Value::Map(entries) = &root.value else {
        d.report(
            root.mark,
            "wrong-type",
            tr!("answers-expected-question-id-answer-on-each"),
        );
        return Err(d.problems);
    };
    let mut rows = Vec::new();
    for (key, value) in entries {
        let Some(id) = d.string(key) else { continue };
        let (value_node, comment, evidence) = match &value.value {
            Value::Map(_) => {
                let Some(f) = d.fields(value, &["value", "comment", "evidence"]) else {
                    continue;
                };
                let comment = f.get("comment").and_then(|n| d.string(n));
                let evidence = f.get("evidence").and_then(|n| d.string(n));
                match d.required(&f, "value") {
                    Some(n) => (n, comment, evidence),
                    None => continue,
                }
            }
            _ => (value, None, None),
        };
        if let Some(text) = text_of(&mut d, value_node) {
            rows.push(Row {
                id,
                text,
                comment,
                evidence,
                mark: key.mark,
            });
        }
    }
    if d.problems.is_empty() {
        Ok(rows)
    } else {
        Err(d.problems)
    }
}

/// A value node as the text a person would have typed: lists become
/// comma-separated.
fn text_of(d: &mut Decoder, node: &Node) -> Option<String> {
    match &node.value {
        Value::Seq(_) => d.strings(node).map(|items| items.join(",")),
        _ if node.is_null() => Some(String::new()),
        _ => d.string(node),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::answer::{AnswerValue, State};

    fn hurtigsjekk() -> Questionnaire {
        crate::questionnaire::builtin::resolve("hurtigsjekk").unwrap()
    }

    fn read_str(name: &str, src: &str) -> anyhow::Result<BTreeMap<String, Prepared>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, src).unwrap();
        read(&path, &hurtigsjekk())
    }

    #[test]
    fn reads_yaml_and_csv_alike() {
        let yaml = read_str("a.yaml", "drift: samarbeid\nstyringssystem: {value: 3, comment: 'vedtatt i 2024'}\novervaking: [edr, soc]\nmfa_admin: ja\nadmin_kontoer: '1 200'\ngjenoppretting_dato: 01.03.2025\noversikt_enheter: vet ikke\n").unwrap();
        let csv = read_str("a.csv", "question_id,value,comment\ndrift,samarbeid\nstyringssystem,3,vedtatt i 2024\novervaking,\"edr,soc\"\nmfa_admin,ja\nadmin_kontoer,1 200\ngjenoppretting_dato,01.03.2025\noversikt_enheter,vet ikke\n").unwrap();
        let strip = |m: BTreeMap<String, Prepared>| -> Vec<(String, Response, Option<String>)> {
            m.into_iter()
                .map(|(k, p)| (k, p.response, p.comment))
                .collect()
        };
        let (yaml, csv) = (strip(yaml), strip(csv));
        assert_eq!(yaml, csv);
        let get = |id: &str| yaml.iter().find(|(k, ..)| k == id).unwrap().1.clone();
        assert_eq!(
            get("overvaking").value,
            Some(AnswerValue::Choices(vec!["edr".into(), "soc".into()]))
        );
        assert_eq!(
            get("admin_kontoer").value,
            Some(AnswerValue::Number(1200.0))
        );
        assert_eq!(
            get("gjenoppretting_dato").value,
            Some(AnswerValue::Text("2025-03-01".into()))
        );
        assert_eq!(get("oversikt_enheter").state, State::Unknown);
    }

    #[test]
    fn reports_each_bad_answer_with_its_line() {
        let err = read_str(
            "b.csv",
            "drift;egen\nstyringssystem;7\nfinnes_ikke;1\nmfa_admin;kanskje\ndrift;ekstern\n",
        )
        .unwrap_err();
        let rejected = err.downcast::<Rejected>().unwrap();
        let found: Vec<(usize, &str)> = rejected
            .problems
            .iter()
            .map(|p| (p.mark.unwrap().line, p.code))
            .collect();
        assert_eq!(
            found,
            [
                (2, "bad-answer"),
                (3, "unknown-question"),
                (4, "bad-answer"),
                (5, "duplicate-id")
            ]
        );
        assert!(
            rejected.problems[0].message.contains("7"),
            "{}",
            rejected.problems[0].message
        );
    }
}
