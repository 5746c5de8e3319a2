//! The survey result file (`format: kartlegg-svar/1`): what was asked (the
//! questionnaire's id, version and hash), about whom, by which role, and every
//! response with its state, comment, "unclear" flag and time spent.
//!
//! Written by hand rather than through a YAML library so that the layout is
//! stable and every string is safely quoted; read back through the same
//! position-keeping reader as questionnaires.

use std::fmt::Write;

use crate::diagnostic::Diagnostic;
use crate::questionnaire::answer::{AnswerValue, Response, State};
use crate::subject::Subject;
use crate::tr;
use crate::yaml::{Decoder, Fields, Node, Value, quote};

pub mod stream;

pub const FORMAT: &str = "kartlegg-svar/1";

/// Result files larger than this are refused unread.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Status {
    /// Saved during the survey; more questions remain.
    Partial,
    Complete,
}

/// Which questionnaire, exactly, the answers belong to.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

impl QuestionnaireRef {
    pub fn of(q: &crate::questionnaire::Questionnaire) -> QuestionnaireRef {
        QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
            sha256: q.hash(),
        }
    }
}

/// The result file's default name: `kartlegg-svar-<kommunenr>-<questionnaire>-<date>.yaml`.
/// An id that is not a safe token is an error, never a path.
pub fn default_file_name(subject: &Subject, questionnaire: &str) -> anyhow::Result<String> {
    let date = crate::time::today().to_string();
    let ids = [subject.id.as_str(), questionnaire, &date];
    crate::fsutil::id_file_name("kartlegg-svar-", &ids, ".yaml")
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Answer {
    pub id: String,
    pub response: Response,
    pub comment: Option<String>,
    /// Where the answer can be documented (a document, system or report),
    /// when the questionnaire asks; `evidence:` in the file, left out when empty.
    pub evidence: Option<String>,
    /// The respondent found the question hard to understand.
    pub unclear: bool,
    pub seconds: f64,
}

/// Serialised only for merge's cache of files already read; the file
/// itself is written and read by hand (below and in [`stream`]).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SurveyResult {
    pub questionnaire: QuestionnaireRef,
    pub subject: Subject,
    pub role: Option<String>,
    /// Only when the respondent asked for it (`--respondent`).
    pub respondent: Option<String>,
    /// The answers were agreed in a joint session of several respondents and
    /// stand for the municipality (`--consensus`); written only when true.
    pub consensus: bool,
    /// `kartlegg <version>` that wrote the file.
    pub tool: String,
    /// The language the questions were asked in (`nb`, `nn`, `en`); files
    /// written before this field existed have none.
    pub language: Option<String>,
    /// RFC 3339 timestamps.
    pub started: String,
    pub finished: Option<String>,
    /// When an answer, comment or flag was last changed (RFC 3339); files
    /// written before this field existed have none.
    pub changed: Option<String>,
    pub status: Status,
    pub answers: Vec<Answer>,
    /// Comments and "unclear" flags given on questions not answered yet,
    /// kept so that an interrupt does not lose them.
    pub unanswered: Vec<Note>,
}

/// A comment or flag on a question that has no response yet.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Note {
    pub id: String,
    pub comment: Option<String>,
    pub unclear: bool,
    pub seconds: f64,
}

fn number(n: f64) -> String {
    // Whole numbers without a fraction; others with as many digits as needed.
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Who answered, normalised so that files with the same municipality,
/// questionnaire and respondent are seen as versions of one answer: the role
/// and name in lower case with runs of whitespace made one space. Whether
/// the answers were agreed jointly is not part of it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RespondentKey {
    pub role: String,
    pub name: String,
}

fn normalised(text: Option<&str>) -> String {
    text.unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl SurveyResult {
    /// Who answered, as [`RespondentKey`] compares them.
    pub fn respondent_key(&self) -> RespondentKey {
        RespondentKey {
            role: normalised(self.role.as_deref()),
            name: normalised(self.respondent.as_deref()),
        }
    }

    /// The answers by question id, as scoring and `show_if` read them.
    /// One answer at a time, a later answer to an id replacing the
    /// earlier (as collecting does): collecting would first hold a copy of
    /// every answer, however many repeat an id.
    pub fn responses(&self) -> crate::questionnaire::answer::Responses {
        let mut responses = crate::questionnaire::answer::Responses::new();
        for a in &self.answers {
            responses.insert(a.id.clone(), a.response.clone());
        }
        responses
    }

    pub fn to_yaml(&self) -> String {
        let mut y = String::new();
        let q = &self.questionnaire;
        let _ = writeln!(
            y,
            "# kartlegg: svar på spørreskjema / questionnaire answers."
        );
        let _ = writeln!(
            y,
            "# Beskriver kommunens sikkerhet: behandles som internt (begrenset). Send kryptert."
        );
        let _ = writeln!(y, "format: {FORMAT}");
        let _ = writeln!(y, "tool: {}", quote(&self.tool));
        if let Some(language) = &self.language {
            let _ = writeln!(y, "language: {}", quote(language));
        }
        let _ = writeln!(
            y,
            "questionnaire:\n  id: {}\n  version: {}\n  sha256: {}",
            quote(&q.id),
            quote(&q.version),
            quote(&q.sha256)
        );
        let _ = writeln!(
            y,
            "municipality:\n  id: {}\n  name: {}",
            quote(&self.subject.id),
            quote(&self.subject.name)
        );
        if !self.subject.members.is_empty() {
            let members: Vec<String> = self.subject.members.iter().map(|m| quote(m)).collect();
            let _ = writeln!(y, "  members: [{}]", members.join(", "));
        }
        if self.role.is_some() || self.respondent.is_some() || self.consensus {
            let _ = writeln!(y, "respondent:");
        }
        if let Some(role) = &self.role {
            let _ = writeln!(y, "  role: {}", quote(role));
        }
        if let Some(name) = &self.respondent {
            let _ = writeln!(y, "  name: {}", quote(name));
        }
        if self.consensus {
            let _ = writeln!(y, "  consensus: true");
        }
        let _ = writeln!(y, "started: {}", quote(&self.started));
        if let Some(finished) = &self.finished {
            let _ = writeln!(y, "finished: {}", quote(finished));
        }
        if let Some(changed) = &self.changed {
            let _ = writeln!(y, "changed: {}", quote(changed));
        }
        let status = match self.status {
            Status::Partial => "partial",
            Status::Complete => "complete",
        };
        let _ = writeln!(y, "status: {status}");
        if self.answers.is_empty() {
            let _ = writeln!(y, "answers: []");
        } else {
            let _ = writeln!(y, "answers:");
        }
        for a in &self.answers {
            write_answer(&mut y, a);
        }
        if !self.unanswered.is_empty() {
            let _ = writeln!(y, "unanswered:");
        }
        for n in &self.unanswered {
            write_note(&mut y, n);
        }
        y
    }
}

/// One entry of `answers:`, in the order and layout readers expect.
fn write_answer(y: &mut String, a: &Answer) {
    let _ = writeln!(y, "  - id: {}", quote(&a.id));
    let _ = writeln!(y, "    state: {}", a.response.state.name());
    match &a.response.value {
        None => {}
        Some(AnswerValue::Number(n)) => {
            let _ = writeln!(y, "    value: {}", number(*n));
        }
        Some(AnswerValue::Bool(b)) => {
            let _ = writeln!(y, "    value: {b}");
        }
        Some(AnswerValue::Text(t)) => {
            let _ = writeln!(y, "    value: {}", quote(t));
        }
        Some(AnswerValue::Choices(c)) => {
            let items: Vec<String> = c.iter().map(|i| quote(i)).collect();
            let _ = writeln!(y, "    value: [{}]", items.join(", "));
        }
    }
    if let Some(comment) = &a.comment {
        let _ = writeln!(y, "    comment: {}", quote(comment));
    }
    if let Some(evidence) = &a.evidence {
        let _ = writeln!(y, "    evidence: {}", quote(evidence));
    }
    if a.unclear {
        let _ = writeln!(y, "    unclear: true");
    }
    let _ = writeln!(
        y,
        "    seconds: {}",
        number((a.seconds * 10.0).round() / 10.0)
    );
}

/// One entry of `unanswered:`: a comment or flag waiting for its answer.
fn write_note(y: &mut String, n: &Note) {
    let _ = writeln!(y, "  - id: {}", quote(&n.id));
    if let Some(comment) = &n.comment {
        let _ = writeln!(y, "    comment: {}", quote(comment));
    }
    if n.unclear {
        let _ = writeln!(y, "    unclear: true");
    }
    let _ = writeln!(
        y,
        "    seconds: {}",
        number((n.seconds * 10.0).round() / 10.0)
    );
}

/// Reads a result file's text; every problem found is returned.
pub fn from_str(src: &str) -> Result<SurveyResult, Vec<Diagnostic>> {
    let root = crate::yaml::parse(src).map_err(|d| vec![d])?;
    from_node(&root)
}

/// A result from a YAML tree already parsed.
pub fn from_node(root: &Node) -> Result<SurveyResult, Vec<Diagnostic>> {
    decoded(root, None)
}

/// A result from a tree, with its answer lists taken out of it while it was
/// read when `lists` is given (see [`stream`]).
fn decoded(root: &Node, lists: Option<stream::Lists>) -> Result<SurveyResult, Vec<Diagnostic>> {
    let mut d = Decoder::default();
    let result = decode(&mut d, root, lists);
    match result {
        Some(r) if d.problems.is_empty() => Ok(r),
        _ => Err(d.problems),
    }
}

fn decode(d: &mut Decoder, root: &Node, lists: Option<stream::Lists>) -> Option<SurveyResult> {
    let f = d.fields(
        root,
        &[
            "format",
            "tool",
            "language",
            "questionnaire",
            "municipality",
            "respondent",
            "started",
            "finished",
            "changed",
            "status",
            "answers",
            "unanswered",
        ],
    )?;
    let format_node = d.required(&f, "format")?;
    let format = d.string(format_node)?;
    if format != FORMAT {
        d.report(
            format_node.mark,
            "unknown-format",
            tr!(
                "result-is-not-a-format-this-version",
                format = format,
                FORMAT = FORMAT
            ),
        );
        return None;
    }
    let tool = d.required(&f, "tool").and_then(|n| d.string(n));
    let questionnaire = d
        .required(&f, "questionnaire")
        .and_then(|n| questionnaire_ref(d, n));
    let subject = d.required(&f, "municipality").and_then(|n| subject(d, n));
    let (role, respondent, consensus) = respondent(d, f.get("respondent"));
    let started = d.required(&f, "started").and_then(|n| d.string(n));
    let finished = optional_text(d, &f, "finished");
    let language = optional_text(d, &f, "language");
    let changed = optional_text(d, &f, "changed");
    let status = d.required(&f, "status").and_then(|n| status(d, n));
    let (answers, unanswered) = match lists {
        Some(lists) => lists.decoded(d, &f),
        None => (
            optional_list(d, &f, "answers", answer),
            optional_list(d, &f, "unanswered", note),
        ),
    };
    Some(SurveyResult {
        questionnaire: questionnaire?,
        subject: subject?,
        role: role?,
        respondent: respondent?,
        consensus: consensus?,
        tool: tool?,
        language: language?,
        started: started?,
        finished: finished?,
        changed: changed?,
        status: status?,
        answers: answers?,
        unanswered: unanswered?,
    })
}

fn questionnaire_ref(d: &mut Decoder, n: &Node) -> Option<QuestionnaireRef> {
    let q = d.fields(n, &["id", "version", "sha256"])?;
    let id = d.required(&q, "id").and_then(|n| d.safe_id(n));
    let version = d.required(&q, "version").and_then(|n| d.string(n));
    let sha256 = d.required(&q, "sha256").and_then(|n| d.string(n));
    Some(QuestionnaireRef {
        id: id?,
        version: version?,
        sha256: sha256?,
    })
}

fn subject(d: &mut Decoder, n: &Node) -> Option<Subject> {
    let m = d.fields(n, &["id", "name", "members"])?;
    let id = d.required(&m, "id").and_then(|n| d.safe_id(n));
    let name = d.required(&m, "name").and_then(|n| d.string(n));
    let members = match m.get("members") {
        None => Some(Vec::new()),
        Some(n) => d.strings(n),
    };
    Some(Subject {
        id: id?,
        name: name?,
        members: members?,
    })
}

/// Role, name and consensus mark, each `None` when broken (already
/// reported); a file without `respondent:` has none of them.
#[allow(clippy::type_complexity)]
fn respondent(
    d: &mut Decoder,
    node: Option<&Node>,
) -> (Option<Option<String>>, Option<Option<String>>, Option<bool>) {
    let Some(n) = node else {
        return (Some(None), Some(None), Some(false));
    };
    let Some(r) = d.fields(n, &["role", "name", "consensus"]) else {
        return (None, None, None);
    };
    let mut get = |key: &str| match r.get(key) {
        None => Some(None),
        Some(n) => d.string(n).map(Some),
    };
    let (role, name) = (get("role"), get("name"));
    let consensus = match r.get("consensus") {
        None => Some(false),
        Some(n) => d.bool(n),
    };
    (role, name, consensus)
}

fn status(d: &mut Decoder, n: &Node) -> Option<Status> {
    match n.as_scalar() {
        Some("partial") => Some(Status::Partial),
        Some("complete") => Some(Status::Complete),
        _ => {
            d.report(
                n.mark,
                "bad-value",
                tr!("result-status-must-be-partial-or-complete"),
            );
            None
        }
    }
}

/// The value as written, typed by its YAML form; the questionnaire decides
/// later whether it fits the question.
pub fn value_of(d: &mut Decoder, node: &Node) -> Option<AnswerValue> {
    match &node.value {
        Value::Scalar { text, plain: true } if text == "true" || text == "false" => {
            Some(AnswerValue::Bool(text == "true"))
        }
        Value::Scalar { text, plain: true } if text.parse::<f64>().is_ok_and(f64::is_finite) => {
            d.number(node).map(AnswerValue::Number)
        }
        Value::Scalar { .. } => d.string(node).map(AnswerValue::Text),
        Value::Seq(_) => d.strings(node).map(AnswerValue::Choices),
        Value::Map(_) => {
            d.report(
                node.mark,
                "wrong-type",
                tr!("result-an-answer-cannot-be-a-map"),
            );
            None
        }
    }
}

fn answer(d: &mut Decoder, node: &Node) -> Option<Answer> {
    let f = d.fields(
        node,
        &[
            "id", "state", "value", "comment", "evidence", "unclear", "seconds",
        ],
    )?;
    let id = d.required(&f, "id").and_then(|n| d.string(n));
    let state = d.required(&f, "state").and_then(|n| match n.as_scalar() {
        Some("answered") => Some(State::Answered),
        Some("unknown") => Some(State::Unknown),
        Some("not_applicable") => Some(State::NotApplicable),
        Some("skipped") => Some(State::Skipped),
        _ => {
            d.report(
                n.mark,
                "bad-value",
                tr!("result-state-must-be-answered-unknown-not"),
            );
            None
        }
    });
    let value = match f.get("value") {
        None => Some(None),
        Some(n) => value_of(d, n).map(Some),
    };
    let comment = optional_text(d, &f, "comment");
    let evidence = optional_text(d, &f, "evidence");
    let (unclear, seconds) = unclear_and_seconds(d, &f);
    let (state, value) = (state?, value?);
    if (state == State::Answered) != value.is_some() {
        d.report(
            f.mark,
            "bad-value",
            tr!("result-an-answered-question-must-have-a"),
        );
        return None;
    }
    Some(Answer {
        id: id?,
        response: Response { state, value },
        comment: comment?,
        evidence: evidence?,
        unclear: unclear?,
        seconds: seconds?,
    })
}

fn note(d: &mut Decoder, node: &Node) -> Option<Note> {
    let f = d.fields(node, &["id", "comment", "unclear", "seconds"])?;
    let id = d.required(&f, "id").and_then(|n| d.string(n));
    let comment = optional_text(d, &f, "comment");
    let (unclear, seconds) = unclear_and_seconds(d, &f);
    Some(Note {
        id: id?,
        comment: comment?,
        unclear: unclear?,
        seconds: seconds?,
    })
}

/// An optional text: `Some(None)` when it is left out, `None` when it is
/// there but not a text (the decoder has reported it).
fn optional_text(d: &mut Decoder, f: &Fields, key: &str) -> Option<Option<String>> {
    match f.get(key) {
        None => Some(None),
        Some(n) => d.string(n).map(Some),
    }
}

/// An optional list whose every item must read; empty when left out.
fn optional_list<T>(
    d: &mut Decoder,
    f: &Fields,
    key: &str,
    item: fn(&mut Decoder, &Node) -> Option<T>,
) -> Option<Vec<T>> {
    let Some(n) = f.get(key) else {
        return Some(Vec::new());
    };
    let items = d.seq(n)?;
    let out: Vec<T> = items.iter().filter_map(|node| item(d, node)).collect();
    (out.len() == items.len()).then_some(out)
}

/// The `unclear` flag and the `seconds` spent, which answers and notes share.
fn unclear_and_seconds(d: &mut Decoder, f: &Fields) -> (Option<bool>, Option<f64>) {
    let unclear = match f.get("unclear") {
        None => Some(false),
        Some(n) => d.bool(n),
    };
    let seconds = match f.get("seconds") {
        None => Some(0.0),
        Some(n) => d.number(n).filter(|s| *s >= 0.0),
    };
    (unclear, seconds)
}

#[cfg(test)]
mod tests;
