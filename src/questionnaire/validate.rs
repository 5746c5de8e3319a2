//! Checks that compare values across a questionnaire: unique ids, and `show_if` expressions that may only name earlier questions
//! and must compare each with values it can have.

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::tr;

use super::answer::NEVER;
use super::decode::Draft;
use super::decode::fields::MAX_LEVEL;
pub use super::decode::fields::repeated_ids;
use super::expr::{CmpOp, Expr, Literal, Operand, QuestionRef};
use super::{Condition, Question, QuestionKind};

pub fn cross_references(draft: &Draft) -> Vec<Diagnostic> {
    let mut problems = Vec::new();

    problems.extend(repeated_ids(
        draft.scales.iter().map(|s| (s.id.as_str(), s.at)),
        |id, line| {
            tr!(
                "validate-the-scale-is-already-defined-on",
                id = id,
                line = line
            )
        },
    ));
    problems.extend(repeated_ids(
        draft.sections.iter().map(|s| (s.id.as_str(), s.at)),
        |id, line| {
            tr!(
                "validate-the-section-is-already-defined-on",
                id = id,
                line = line
            )
        },
    ));
    let questions = || draft.sections.iter().flat_map(|s| &s.questions);
    problems.extend(repeated_ids(
        questions().map(|q| (q.id.as_str(), q.at)),
        |id, line| {
            tr!(
                "validate-the-question-is-already-defined-on",
                id = id,
                line = line
            )
        },
    ));

    let mut earlier: HashMap<&str, &Question> = HashMap::new();
    for question in questions() {
        if let Some(condition) = &question.show_if {
            problems.extend(check_condition(
                condition,
                question,
                &earlier,
                &draft.declared,
            ));
        }
        earlier.entry(&question.id).or_insert(question);
    }
    problems
}

/// Problems with one `show_if`: names that are unknown or not yet asked, and
/// comparisons with values the named question cannot have.
fn check_condition(
    cond: &Condition,
    this: &Question,
    earlier: &HashMap<&str, &Question>,
    declared: &[String],
) -> Vec<Diagnostic> {
    let position = |id: &str| declared.iter().position(|d| d == id);
    let mut out = Vec::new();
    let mut resolved: HashMap<&str, &Question> = HashMap::new();
    for r in cond.expr.questions() {
        let at = cond.at.shifted(r.offset);
        let id = &r.id;
        if let Some(q) = earlier.get(id.as_str()) {
            resolved.insert(id, q);
        } else if id == &this.id {
            out.push(Diagnostic::at(
                at,
                "show-if-order",
                tr!("validate-show-if-cannot-name-the-question", id = id),
            ));
        } else if position(id) < position(&this.id) && position(id).is_some() {
            // Declared earlier but could not be read: already reported.
        } else if position(id).is_some() {
            out.push(Diagnostic::at(
                at,
                "show-if-order",
                tr!("validate-is-asked-after-this-question-show", id = id),
            ));
        } else {
            let hint = crate::yaml::did_you_mean(id, earlier.keys().copied());
            out.push(Diagnostic::at(
                at,
                "show-if-unknown",
                tr!(
                    "validate-show-if-names-an-unknown-question",
                    id = id,
                    hint = hint
                ),
            ));
        }
    }
    out.extend(type_check(cond, &resolved, "show_if"));
    out
}

/// Problems with an expression over the answers to `questions` (all of them
/// may be named, in any order): unknown names and comparisons that do not fit.
/// `label` names the field in messages.
pub(crate) fn check_expression(
    cond: &Condition,
    questions: &HashMap<&str, &Question>,
    label: &'static str,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in cond.expr.questions() {
        if !questions.contains_key(r.id.as_str()) {
            let id = &r.id;
            let hint = crate::yaml::did_you_mean(id, questions.keys().copied());
            out.push(Diagnostic::at(
                cond.at.shifted(r.offset),
                "unknown-question",
                tr!(
                    "validate-unknown-question",
                    label = label,
                    id = id,
                    hint = hint
                ),
            ));
        }
    }
    out.extend(type_check(cond, questions, label));
    out
}

fn type_check(
    cond: &Condition,
    resolved: &HashMap<&str, &Question>,
    label: &'static str,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let types = TypeCheck {
        cond,
        resolved,
        label,
    };
    cond.expr.visit(&mut |e| types.expr(e, &mut out));
    out
}

struct TypeCheck<'a> {
    cond: &'a Condition,
    resolved: &'a HashMap<&'a str, &'a Question>,
    label: &'static str,
}

impl<'a> TypeCheck<'a> {
    fn question<'o>(&self, operand: &'o Operand) -> Option<(&'o QuestionRef, &'a Question)> {
        match operand {
            Operand::Question(r) => self.resolved.get(r.id.as_str()).map(|q| (r, *q)),
            Operand::Literal(_) => None,
        }
    }

    fn report(&self, out: &mut Vec<Diagnostic>, r: Option<&QuestionRef>, message: String) {
        let at = self.cond.at.shifted(r.map_or(0, |r| r.offset));
        out.push(Diagnostic::at(
            at,
            "show-if-type",
            format!("{}: {message}", self.label),
        ));
    }

    fn expr(&self, e: &Expr, out: &mut Vec<Diagnostic>) {
        match e {
            Expr::Compare { left, op, right } => match (left, right) {
                (Operand::Literal(_), Operand::Literal(_)) => {
                    self.report(out, None, fixed_values())
                }
                (Operand::Question(_), Operand::Literal(lit))
                | (Operand::Literal(lit), Operand::Question(_)) => {
                    let operand = if matches!(left, Operand::Question(_)) {
                        left
                    } else {
                        right
                    };
                    if let Some((r, q)) = self.question(operand) {
                        self.literal(out, r, q, *op, lit);
                    }
                }
                (Operand::Question(_), Operand::Question(_)) => {
                    if let (Some((r, a)), Some((_, b))) =
                        (self.question(left), self.question(right))
                        && family(a.kind) != family(b.kind)
                    {
                        let (x, y) = (&a.id, &b.id);
                        self.report(
                            out,
                            Some(r),
                            tr!("validate-and-have-answers-of-different-types", x = x, y = y),
                        );
                    }
                }
            },
            Expr::In { left, list } => match self.question(left) {
                Some((r, q)) => {
                    for lit in list {
                        self.literal(out, r, q, CmpOp::Eq, lit);
                    }
                }
                None if matches!(left, Operand::Literal(_)) => {
                    self.report(out, None, fixed_values())
                }
                None => {}
            },
            Expr::Contains { left, right } => self.contains(out, left, right),
            Expr::Truthy(operand) => match self.question(operand) {
                Some((_, q)) if q.kind == QuestionKind::YesNo => {}
                Some((r, q)) => {
                    let id = &q.id;
                    self.report(
                        out,
                        Some(r),
                        tr!("validate-is-not-a-yes-no-question", id = id),
                    );
                }
                None if matches!(operand, Operand::Literal(_)) => {
                    self.report(out, None, fixed_values())
                }
                None => {}
            },
            _ => {}
        }
    }

    /// `question contains option`: only for multiple choice and rankings.
    fn contains(&self, out: &mut Vec<Diagnostic>, left: &Operand, right: &Operand) {
        match (self.question(left), right) {
            (Some((r, q)), Operand::Literal(Literal::Text(option)))
                if matches!(q.kind, QuestionKind::Multi | QuestionKind::Rank) =>
            {
                self.option(out, r, q, option);
            }
            (Some((r, q)), _) if !matches!(q.kind, QuestionKind::Multi | QuestionKind::Rank) => {
                let id = &q.id;
                self.report(
                    out,
                    Some(r),
                    tr!("validate-contains-is-used-with-multiple-choice", id = id),
                );
            }
            (Some((r, _)), _) => {
                self.report(out, Some(r), tr!("validate-contains-must-be-followed-by-a"))
            }
            (None, _) if matches!(left, Operand::Literal(_)) => {
                self.report(out, None, fixed_values())
            }
            (None, _) => {}
        }
    }

    /// `question op literal`: the literal must be a value the question can have.
    fn literal(
        &self,
        out: &mut Vec<Diagnostic>,
        r: &QuestionRef,
        q: &Question,
        op: CmpOp,
        lit: &Literal,
    ) {
        use QuestionKind as K;
        let id = &q.id;
        let sym = op.symbol();
        match (q.kind, lit) {
            (K::Scale, Literal::Number(n)) if !(0.0..=f64::from(MAX_LEVEL)).contains(n) => {
                self.report(
                    out,
                    Some(r),
                    tr!(
                        "validate-is-a-0-scale-is-outside",
                        id = id,
                        MAX_LEVEL = MAX_LEVEL,
                        n = n
                    ),
                );
            }
            (K::Number, Literal::Number(n))
                if q.min.is_some_and(|lo| *n < lo) || q.max.is_some_and(|hi| *n > hi) =>
            {
                self.report(
                    out,
                    Some(r),
                    tr!("validate-is-outside-the-bounds-of", n = n, id = id),
                );
            }
            (K::Scale | K::Number, Literal::Number(_)) => {}
            (K::Single, Literal::Text(option)) if !op.is_ordering() => {
                self.option(out, r, q, option)
            }
            (K::YesNo, Literal::Bool(_)) | (K::Text, Literal::Text(_)) if !op.is_ordering() => {}
            (K::Date, Literal::Text(date)) => self.date(out, r, q, date),
            (K::Multi | K::Rank, _) => {
                self.report(
                    out,
                    Some(r),
                    tr!("validate-is-a-multiple-choice-question-use", id = id),
                );
            }
            (K::Single | K::YesNo | K::Text, _) if op.is_ordering() => {
                let kind = q.kind.name();
                self.report(
                    out,
                    Some(r),
                    tr!(
                        "validate-cannot-be-used-with-type-use",
                        sym = sym,
                        id = id,
                        kind = kind
                    ),
                );
            }
            (kind, lit) => {
                let kind = kind.name();
                self.report(
                    out,
                    Some(r),
                    tr!(
                        "validate-type-cannot-have-the-value",
                        id = id,
                        kind = kind,
                        lit = lit
                    ),
                );
            }
        }
    }

    /// A date, or `'never'` where the question allows "Aldri".
    fn date(&self, out: &mut Vec<Diagnostic>, r: &QuestionRef, q: &Question, date: &str) {
        if is_iso_date(date) || (date == NEVER && q.allow_never) {
            return;
        }
        self.report(
            out,
            Some(r),
            tr!("validate-is-not-a-date-of-the", date = date),
        );
    }

    fn option(&self, out: &mut Vec<Diagnostic>, r: &QuestionRef, q: &Question, option: &str) {
        if !q.options.iter().any(|o| o.id == option) {
            let id = &q.id;
            let known: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
            let known = known.join(", ");
            self.report(
                out,
                Some(r),
                tr!(
                    "validate-has-no-option-has",
                    id = id,
                    option = option,
                    known = known
                ),
            );
        }
    }
}

fn fixed_values() -> String {
    tr!("validate-the-condition-uses-only-fixed-values")
}

/// Kinds whose answers can be compared with each other.
fn family(kind: QuestionKind) -> u8 {
    match kind {
        QuestionKind::Scale | QuestionKind::Number => 0,
        QuestionKind::Single | QuestionKind::Text => 1,
        QuestionKind::Date => 2,
        QuestionKind::YesNo => 3,
        QuestionKind::Multi | QuestionKind::Rank => 4,
    }
}

pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}
