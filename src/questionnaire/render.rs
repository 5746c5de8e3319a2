//! A questionnaire as readable text, for `kartlegg questionnaire show`:
//! every question with its type, options or levels, and conditions, wrapped
//! to the terminal width so it also reads well at 80 columns.

use std::fmt::Write;

use crate::i18n::Text;
use crate::tr;

use super::{Question, QuestionKind, Questionnaire};

/// Renders the whole questionnaire in the current language, `width` columns wide.
pub fn questionnaire(q: &Questionnaire, width: usize) -> String {
    let width = width.clamp(40, 120);
    let mut out = String::new();
    let title = q.title.get();
    let (id, version, hash) = (&q.id, &q.version, q.hash());
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "{}", "=".repeat(title.chars().count().min(width)));
    let _ = writeln!(
        out,
        "{}",
        tr!("render-id-version", id = id, version = version)
    );
    let _ = writeln!(out, "sha256: {hash}");
    if let Some(description) = &q.description {
        out.push('\n');
        wrap_into(&mut out, description.get(), width, "", "");
    }
    let mut number = 0;
    for (s, section) in q.sections.iter().enumerate() {
        let heading = format!("{}. {}", s + 1, section.title.get());
        let _ = writeln!(
            out,
            "\n{heading}\n{}",
            "-".repeat(heading.chars().count().min(width))
        );
        if let Some(intro) = &section.intro {
            wrap_into(&mut out, intro.get(), width, "", "");
        }
        for question in &section.questions {
            number += 1;
            render_question(&mut out, q, question, number, width);
        }
    }
    out
}

fn render_question(
    out: &mut String,
    q: &Questionnaire,
    question: &Question,
    number: usize,
    width: usize,
) {
    let head = format!("{number:>3}. ");
    let indent = " ".repeat(head.len());
    out.push('\n');
    wrap_into(out, question.text.get(), width, &head, &indent);

    let facts = facts(q, question);
    wrap_into(
        out,
        &format!("[{}]", facts.join(" · ")),
        width,
        &indent,
        &indent,
    );
    if let Some(condition) = &question.show_if {
        let expr = condition.expr.to_string();
        wrap_into(
            out,
            &tr!("render-shown-when", expr = expr),
            width,
            &indent,
            &indent,
        );
    }
    if let Some(help) = &question.help {
        let help = help.get();
        wrap_into(
            out,
            &tr!("render-help", help = help),
            width,
            &indent,
            &format!("{indent}  "),
        );
    }
    render_choices(out, q, question, width, &indent);
    if let Some(scores) = question.scores {
        let (yes, no) = (scores.yes, scores.no);
        wrap_into(
            out,
            &tr!("render-yes-points-no-points", yes = yes, no = no),
            width,
            &indent,
            &indent,
        );
    }
}

/// The short facts under a question: type, id, principle, weight and what
/// answers it allows.
fn facts(q: &Questionnaire, question: &Question) -> Vec<String> {
    let mut facts = vec![format!("{} `{}`", kind_name(question.kind), question.id)];
    if let Some(p) = question.principle {
        facts.push(format!("NSM {p}"));
    }
    if question.weight != 1.0 {
        let w = question.weight;
        facts.push(tr!("render-weight", w = w));
    }
    if question.required {
        facts.push(tr!("render-required"));
    }
    if question.allow_unknown {
        facts.push(tr!("render-don-t-know-allowed"));
    }
    if question.allow_never {
        facts.push(tr!("render-never-allowed"));
    }
    if question.allow_na {
        facts.push(tr!("render-not-applicable-allowed"));
    }
    if q.asks_evidence(question) {
        facts.push(tr!("render-evidence-asked"));
    }
    if let Some(n) = question.pick {
        facts.push(tr!("render-the-most-important-in-order", n = n));
    }
    if question.kind == QuestionKind::Number {
        facts.push(bounds(question));
    }
    if !question.tags.is_empty() {
        facts.push(format!("#{}", question.tags.join(" #")));
    }
    facts
}

/// The levels of a scale question, or the options of a choice question.
fn render_choices(
    out: &mut String,
    q: &Questionnaire,
    question: &Question,
    width: usize,
    indent: &str,
) {
    let sub = format!("{indent}      ");
    for level in q.levels_of(question) {
        let line = match level.description {
            Some(d) => format!("{} – {}", level.label.get(), d.get()),
            None => level.label.get().to_string(),
        };
        wrap_into(
            out,
            &line,
            width,
            &format!("{indent}  [{}] ", level.level),
            &sub,
        );
    }
    for option in &question.options {
        let score = option
            .score
            .map(|s| tr!("render-points", s = s))
            .unwrap_or_default();
        let alone = if option.exclusive {
            tr!("render-chosen-on-its-own")
        } else {
            String::new()
        };
        wrap_into(
            out,
            &format!("{}{score}{alone}", option.text.get()),
            width,
            &format!("{indent}  ( ) "),
            &sub,
        );
    }
}

fn kind_name(kind: QuestionKind) -> String {
    match kind {
        QuestionKind::Scale => tr!("render-scale-0-5"),
        QuestionKind::Single => tr!("render-single-choice"),
        QuestionKind::Multi => tr!("render-multiple-choice"),
        QuestionKind::YesNo => tr!("render-yes-no"),
        QuestionKind::Number => tr!("render-number"),
        QuestionKind::Text => tr!("render-free-text"),
        QuestionKind::Date => tr!("render-date"),
        QuestionKind::Rank => tr!("render-ranking"),
    }
}

fn bounds(question: &Question) -> String {
    let unit = question
        .unit
        .as_ref()
        .map(Text::get)
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    match (question.min, question.max) {
        (Some(lo), Some(hi)) => format!("{lo}–{hi}{unit}"),
        (Some(lo), None) => format!("≥ {lo}{unit}"),
        (None, Some(hi)) => format!("≤ {hi}{unit}"),
        (None, None) => unit.trim().to_string(),
    }
}

fn wrap_into(out: &mut String, text: &str, width: usize, first: &str, rest: &str) {
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest);
    for line in textwrap::wrap(text.trim(), options) {
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_questionnaires_fit_in_80_columns() {
        for q in super::super::builtin::all().unwrap() {
            let text = questionnaire(&q, 80);
            for line in text.lines() {
                assert!(line.chars().count() <= 80, "too wide: {line}");
            }
            assert!(text.contains(&q.hash()));
        }
    }
}
