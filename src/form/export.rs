//! `kartlegg questionnaire export ID --xlsx FILE`: a questionnaire as a
//! fillable workbook. One row per question with a drop-down or a checked
//! answer cell; everything but the answer and comment cells is locked, and
//! the sheet prints on A4.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, FormatAlign, FormatBorder, Formula,
    ProtectionOptions, Workbook, Worksheet,
};

use super::{
    ANSWERS, COL_ANSWER, COL_COMMENT, COL_EVIDENCE, COL_GUIDANCE, COL_ID, COL_QUESTION,
    COL_SECTION, INFO, KEY_CONSENSUS, KEY_ID, KEY_KOMMUNE, KEY_LANGUAGE, KEY_ROLE, KEY_SHA256,
    KEY_VERSION, LISTS, cell,
};
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::tr;

/// A4 in Excel's numbering of paper sizes.
const A4: u8 = 9;
/// Print margins in inches: narrow at the sides, room for the header and
/// footer above and below.
const MARGIN: f64 = 0.4;
const MARGIN_TOP: f64 = 0.6;
/// Excel refuses input and error messages longer than this.
const MESSAGE_LIMIT: usize = 255;

/// The cell formats of the workbook.
struct Styles {
    header: Format,
    wrap: Format,
    /// Cells the respondent fills in.
    fill: Format,
    date_fill: Format,
}

impl Styles {
    fn new() -> Styles {
        let fill = Format::new()
            .set_unlocked()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_background_color("#FFF7D6")
            .set_border(FormatBorder::Thin)
            .set_border_color("#B8A25A");
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color("#1F3A5F")
                .set_font_color("#FFFFFF")
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            date_fill: fill.clone().set_num_format("yyyy-mm-dd"),
            fill,
        }
    }
}

/// The workbook's bytes.
pub fn workbook(q: &Questionnaire) -> anyhow::Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let protection = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    };
    let styles = Styles::new();
    add_info(
        &mut wb,
        q,
        &styles.header,
        &styles.wrap,
        &styles.fill,
        &protection,
    )?;
    let lists = add_lists(&mut wb, q)?;
    let ws = wb.add_worksheet();
    ws.set_name(ANSWERS)?;
    add_headers(ws, q, &styles.header)?;
    let mut next_list = 0;
    for (i, (section, question)) in q.questions().enumerate() {
        let row = i as u32 + 1;
        write_question(ws, &styles, q, section.title.get(), question, row)?;
        let list = drop_down(q, question).map(|items| {
            let col = lists[next_list];
            next_list += 1;
            let letters = cell(0, col).trim_end_matches('1').to_string();
            format!("={LISTS}!${letters}$1:${letters}${}", items.len())
        });
        let validation = validation(question, &cell(row, COL_ANSWER), list)?
            .set_input_title(truncate(question.id.clone(), 32))?
            .set_input_message(truncate(guidance(q, question), MESSAGE_LIMIT))?;
        ws.add_data_validation(row, COL_ANSWER, row, COL_ANSWER, &validation)?;
    }
    ws.protect_with_options(&protection);
    print_setup(ws, q);
    Ok(wb.save_to_buffer()?)
}

/// The hidden sheet with one column per drop-down list; the columns in the
/// order of the questions that have one.
fn add_lists(wb: &mut Workbook, q: &Questionnaire) -> anyhow::Result<Vec<u16>> {
    let lists = wb.add_worksheet();
    lists.set_name(LISTS)?.set_hidden(true);
    let mut columns = Vec::new();
    for (_, question) in q.questions() {
        if let Some(items) = drop_down(q, question) {
            let col = columns.len() as u16;
            for (row, item) in items.iter().enumerate() {
                lists.write_string(row as u32, col, item)?;
            }
            columns.push(col);
        }
    }
    Ok(columns)
}

/// Whether the form has the evidence column: when any question asks for it.
fn has_evidence(q: &Questionnaire) -> bool {
    q.questions().any(|(_, question)| q.asks_evidence(question))
}

/// The header row, column widths and frozen panes of the answer sheet.
fn add_headers(ws: &mut Worksheet, q: &Questionnaire, header: &Format) -> anyhow::Result<()> {
    let mut headers = vec![
        "id".to_string(),
        tr!("export-section"),
        tr!("pilot-question"),
        tr!("export-answer"),
        tr!("export-comment"),
        tr!("export-guidance"),
    ];
    if has_evidence(q) {
        headers.push(tr!("export-evidence"));
        ws.set_column_width(COL_EVIDENCE, EVIDENCE_WIDTH)?;
    }
    for (col, text) in headers.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, text, header)?;
    }
    for (col, width) in WIDTHS {
        ws.set_column_width(col, width)?;
    }
    ws.set_column_hidden(COL_ID)?;
    ws.set_freeze_panes(1, COL_ANSWER)?;
    Ok(())
}

/// One question's row: its texts, the cells to fill in, and a height that
/// shows all of its wrapped text.
fn write_question(
    ws: &mut Worksheet,
    styles: &Styles,
    q: &Questionnaire,
    section: &str,
    question: &Question,
    row: u32,
) -> anyhow::Result<()> {
    ws.write_string_with_format(row, COL_ID, &question.id, &styles.wrap)?;
    ws.write_string_with_format(row, COL_SECTION, section, &styles.wrap)?;
    let mut text = question.text.get().to_string();
    if question.required {
        text.push_str(" *");
    }
    ws.write_string_with_format(row, COL_QUESTION, &text, &styles.wrap)?;
    let answer_format = if question.kind == QuestionKind::Date {
        &styles.date_fill
    } else {
        &styles.fill
    };
    ws.write_blank(row, COL_ANSWER, answer_format)?;
    ws.write_blank(row, COL_COMMENT, &styles.fill)?;
    if q.asks_evidence(question) {
        ws.write_blank(row, COL_EVIDENCE, &styles.fill)?;
    }
    let guidance = guidance(q, question);
    ws.write_string_with_format(row, COL_GUIDANCE, &guidance, &styles.wrap)?;
    // Spreadsheets do not grow rows for wrapped text they did not type.
    let lines = [
        (section, COL_SECTION),
        (&text, COL_QUESTION),
        (&guidance, COL_GUIDANCE),
    ]
    .iter()
    .map(|(text, col)| wrapped_lines(text, width(*col)))
    .max()
    .unwrap_or(1);
    ws.set_row_height(row, row_height(lines))?;
    Ok(())
}

/// Height of one line of 11-point text, and the room above and below it, in points.
const LINE_HEIGHT: f64 = 13.5;
const ROW_PADDING: f64 = 4.0;

/// The height of a row that shows `lines` lines of wrapped text, in points.
fn row_height(lines: usize) -> f64 {
    LINE_HEIGHT * lines as f64 + ROW_PADDING
}

/// Width of the evidence column, in characters.
const EVIDENCE_WIDTH: f64 = 18.0;

/// Column widths of the answer sheet, in characters.
/// Narrow enough that the sheet prints on A4 portrait at a readable size.
const WIDTHS: [(u16, f64); 6] = [
    (COL_ID, 14.0),
    (COL_SECTION, 13.0),
    (COL_QUESTION, 36.0),
    (COL_ANSWER, 16.0),
    (COL_COMMENT, 20.0),
    (COL_GUIDANCE, 62.0),
];

fn width(col: u16) -> f64 {
    WIDTHS
        .iter()
        .find(|(c, _)| *c == col)
        .map_or(10.0, |(_, w)| *w)
}

/// How many lines `text` takes in a column `width` characters wide.
fn wrapped_lines(text: &str, width: f64) -> usize {
    // A column is `width` digits wide; running text has narrower letters
    // on average, so a line holds a little more than that (measured with
    // the wide fallback font LibreOffice uses where Calibri is missing).
    let usable = (width * 1.1).max(4.0) as usize;
    text.lines()
        .map(|l| textwrap::wrap(l, usable).len().max(1))
        .sum::<usize>()
        .max(1)
}

/// The first sheet: what the form is, what to fill in, and the keys the
/// import reads.
fn add_info(
    wb: &mut Workbook,
    q: &Questionnaire,
    header: &Format,
    wrap: &Format,
    fill: &Format,
    protection: &ProtectionOptions,
) -> anyhow::Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(INFO)?;
    ws.set_column_hidden(0)?;
    ws.set_column_width(1, 34)?;
    ws.set_column_width(2, 70)?;
    // One cell over both columns and tall enough: the title must not spill
    // onto the label below it.
    ws.merge_range(0, 1, 0, 2, q.title.get(), header)?;
    ws.set_row_height(0, row_height(1) + 4.0)?;
    let hash = q.hash();
    let language = crate::i18n::current().code();
    let facts: [(&str, String, &str); 5] = [
        (KEY_ID, tr!("export-questionnaire"), &q.id),
        (KEY_VERSION, tr!("questionnaire-version"), &q.version),
        (KEY_SHA256, "sha256".into(), &hash),
        ("", tr!("questionnaire-questions"), ""),
        (KEY_LANGUAGE, tr!("export-language"), language),
    ];
    let count = q.questions().count().to_string();
    for (i, (key, label, value)) in facts.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string(row, 0, *key)?;
        ws.write_string_with_format(row, 1, label, wrap)?;
        let value = if value.is_empty() { &count } else { *value };
        ws.write_string_with_format(row, 2, value, wrap)?;
    }
    let fields = [
        (
            KEY_KOMMUNE,
            tr!("export-municipality-number-or-name-fill-in"),
        ),
        (KEY_ROLE, tr!("export-your-role-such-as-it-manager")),
        (KEY_CONSENSUS, tr!("export-consensus-joint-session")),
    ];
    for (i, (key, label)) in fields.iter().enumerate() {
        let row = i as u32 + 6;
        ws.write_string(row, 0, *key)?;
        ws.write_string_with_format(row, 1, label, wrap)?;
        ws.write_blank(row, 2, fill)?;
        ws.set_row_height(row, row_height(wrapped_lines(label, 34.0)))?;
    }
    add_consensus(ws, fields.len() as u32 + 5, fill)?;
    add_steps(ws, header, wrap)?;
    ws.protect_with_options(protection);
    ws.set_paper_size(A4)
        .set_portrait()
        .set_print_fit_to_pages(1, 0)
        .set_margins(MARGIN, MARGIN, MARGIN_TOP, MARGIN_TOP, 0.3, 0.3);
    ws.set_active(true);
    Ok(())
}

/// How to fill in the form, below the fields.
fn add_steps(ws: &mut Worksheet, header: &Format, wrap: &Format) -> anyhow::Result<()> {
    let steps = [
        tr!("export-how-to-fill-in"),
        tr!("export-1-fill-in-the-municipality-and"),
        tr!("export-2-answer-in-the-yellow-answer"),
        tr!("export-3-questions-marked-must-be-answered"),
        tr!("export-4-save-as-xlsx-and-send"),
    ];
    for (i, text) in steps.iter().enumerate() {
        let row = i as u32 + 10;
        let format = if i == 0 { header } else { wrap };
        ws.merge_range(row, 1, row, 2, text, format)?;
        ws.set_row_height(row, row_height(wrapped_lines(text, 100.0)))?;
    }
    Ok(())
}

/// The consensus cell on the info sheet: Nei unless changed, with a Ja/Nei
/// drop-down.
fn add_consensus(ws: &mut Worksheet, row: u32, fill: &Format) -> anyhow::Result<()> {
    let (yes, no) = (tr!("answers-yes"), tr!("answers-no"));
    ws.write_string_with_format(row, 2, &no, fill)?;
    let validation = DataValidation::new()
        .allow_list_strings(&[yes, no])?
        .set_input_message(tr!("export-yes-when-the-answers-were-agreed"))?
        .set_error_style(DataValidationErrorStyle::Stop);
    ws.add_data_validation(row, 2, row, 2, &validation)?;
    Ok(())
}

/// The items offered in the answer cell's drop-down, if the question has one.
fn drop_down(q: &Questionnaire, question: &Question) -> Option<Vec<String>> {
    let mut items: Vec<String> = match question.kind {
        QuestionKind::Scale => q
            .levels_of(question)
            .iter()
            .map(|l| format!("{} – {}", l.level, l.label.get()))
            .collect(),
        QuestionKind::Single => question
            .options
            .iter()
            .map(|o| o.text.get().to_string())
            .collect(),
        QuestionKind::YesNo => vec![tr!("answers-yes"), tr!("answers-no")],
        _ => return None,
    };
    items.extend(states(question));
    Some(items)
}

/// "Aldri", "Vet ikke" and "Ikke relevant", where the question allows them.
fn states(question: &Question) -> Vec<String> {
    let mut out = Vec::new();
    if question.allow_never {
        out.push(crate::questionnaire::answer::never_text());
    }
    if question.allow_unknown {
        out.push(tr!("catalogue-don-t-know"));
    }
    if question.allow_na {
        out.push(tr!("export-not-applicable"));
    }
    out
}

/// The check Excel makes when the answer cell is filled in.
fn validation(
    question: &Question,
    at: &str,
    list: Option<String>,
) -> anyhow::Result<DataValidation> {
    let words: Vec<String> = states(question)
        .iter()
        .map(|w| format!("{at}=\"{}\"", w.replace('"', "\"\"")))
        .collect();
    let or_words = |test: String| {
        if words.is_empty() {
            format!("={test}")
        } else {
            format!("=OR({test},{})", words.join(","))
        }
    };
    let validation = match (question.kind, list) {
        (_, Some(list)) => DataValidation::new().allow_list_formula(Formula::new(list)),
        (QuestionKind::Number, None) => {
            let mut test = vec![format!("ISNUMBER({at})")];
            if let Some(lo) = question.min {
                test.push(format!("{at}>={lo}"));
            }
            if let Some(hi) = question.max {
                test.push(format!("{at}<={hi}"));
            }
            DataValidation::new()
                .allow_custom(Formula::new(or_words(format!("AND({})", test.join(",")))))
        }
        (QuestionKind::Date, None) => {
            DataValidation::new().allow_custom(Formula::new(or_words(format!("ISNUMBER({at})"))))
        }
        (_, None) => DataValidation::new().allow_any_value(),
    };
    Ok(validation
        .set_error_style(DataValidationErrorStyle::Stop)
        .set_error_title(tr!("export-invalid-answer"))?
        .set_error_message(tr!("export-the-answer-does-not-fit-the"))?)
}

/// What the respondent needs to answer well: help text, the meaning of each
/// level or option, bounds, and when the question applies.
fn guidance(q: &Questionnaire, question: &Question) -> String {
    let mut lines: Vec<String> = Vec::new();
    if let Some(help) = &question.help {
        lines.push(help.get().to_string());
    }
    kind_guidance(q, question, &mut lines);
    let states = states(question);
    if !states.is_empty() {
        lines.push(tr!("export-may-also-be-answered", list = states.join(", ")));
    }
    if let Some(condition) = &question.show_if {
        lines.push(tr!("export-answer-only-when", expr = condition.expr));
    }
    if q.asks_evidence(question) {
        let prompt = crate::questionnaire::evidence_prompt();
        lines.push(tr!("export-the-evidence-column", prompt = prompt));
    }
    if question.required {
        lines.push(tr!("export-must-be-answered"));
    }
    lines
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join("\n")
}

/// What the answer cell takes, by the question's type.
fn kind_guidance(q: &Questionnaire, question: &Question, lines: &mut Vec<String>) {
    match question.kind {
        QuestionKind::Scale => {
            for l in q.levels_of(question) {
                let description = l.description.map(|d| d.get()).unwrap_or_default();
                lines.push(format!("{} {}: {description}", l.level, l.label.get()));
            }
        }
        QuestionKind::Multi => {
            let options: Vec<&str> = question.options.iter().map(|o| o.text.get()).collect();
            lines.push(tr!(
                "export-write-one-or-more-of-these",
                list = options.join("; ")
            ));
            let alone: Vec<&str> = question
                .options
                .iter()
                .filter(|o| o.exclusive)
                .map(|o| o.text.get())
                .collect();
            if !alone.is_empty() {
                lines.push(tr!(
                    "export-these-are-chosen-on-their-own",
                    list = alone.join("; ")
                ));
            }
        }
        QuestionKind::Number => {
            let unit = question.unit.as_ref().map(|u| u.get()).unwrap_or_default();
            let bounds = match (question.min, question.max) {
                (Some(lo), Some(hi)) => tr!("export-from-to", lo = lo, hi = hi),
                (Some(lo), None) => tr!("export-from", lo = lo),
                (None, Some(hi)) => tr!("export-up-to", hi = hi),
                (None, None) => String::new(),
            };
            lines.push(tr!("export-a-number", bounds = bounds, unit = unit));
        }
        QuestionKind::Date => lines.push(tr!("export-a-date-yyyy-mm-dd")),
        QuestionKind::Rank => {
            let n = question.pick.unwrap_or(question.options.len());
            let options: Vec<&str> = question.options.iter().map(|o| o.text.get()).collect();
            lines.push(tr!(
                "export-write-the-most-important-of-these",
                n = n,
                list = options.join("; ")
            ));
        }
        QuestionKind::Text => lines.push(tr!("export-free-text")),
        QuestionKind::Single | QuestionKind::YesNo => {}
    }
}

fn print_setup(ws: &mut Worksheet, q: &Questionnaire) {
    let title = format!("{} {}", q.title.get(), q.version).replace('&', "&&");
    let page = tr!("export-page-p-of-n");
    ws.set_paper_size(A4)
        .set_portrait()
        .set_print_fit_to_pages(1, 0)
        .set_margins(MARGIN, MARGIN, MARGIN_TOP, MARGIN_TOP, 0.3, 0.3)
        .set_print_gridlines(true)
        .set_header(format!("&L{title}"))
        .set_footer(format!("&R{page}"));
    let _ = ws.set_repeat_rows(0, 0);
}

fn truncate(mut text: String, limit: usize) -> String {
    if text.chars().count() > limit {
        text = text.chars().take(limit - 1).collect::<String>() + "…";
    }
    text
}
