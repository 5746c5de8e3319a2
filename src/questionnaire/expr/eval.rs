//! Evaluating a `show_if` expression against the responses so far.

use super::{CmpOp, Expr, Literal, Operand};
use crate::questionnaire::answer::{AnswerValue, Responses};

/// A value during evaluation; `Missing` stands for an unanswered question.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Val<'a> {
    Number(f64),
    Text(&'a str),
    Bool(bool),
    List(&'a [String]),
    Missing,
}

fn literal(lit: &Literal) -> Val<'_> {
    match lit {
        Literal::Number(n) => Val::Number(*n),
        Literal::Text(t) => Val::Text(t),
        Literal::Bool(b) => Val::Bool(*b),
    }
}

fn value<'a>(operand: &'a Operand, responses: &'a Responses) -> Val<'a> {
    match operand {
        Operand::Literal(lit) => literal(lit),
        Operand::Question(q) => match responses.get(&q.id).and_then(|r| r.value()) {
            Some(AnswerValue::Number(n)) => Val::Number(*n),
            Some(AnswerValue::Bool(b)) => Val::Bool(*b),
            Some(AnswerValue::Text(t)) => Val::Text(t),
            Some(AnswerValue::Choices(c)) => Val::List(c),
            None => Val::Missing,
        },
    }
}

fn compare(left: Val, op: CmpOp, right: Val) -> bool {
    use std::cmp::Ordering;
    let ordering = match (left, right) {
        (Val::Number(a), Val::Number(b)) => a.partial_cmp(&b),
        (Val::Text(a), Val::Text(b)) => Some(a.cmp(b)),
        (Val::Bool(a), Val::Bool(b)) if !op.is_ordering() => Some(a.cmp(&b)),
        _ => None,
    };
    let Some(ordering) = ordering else {
        return false;
    };
    match op {
        CmpOp::Eq => ordering == Ordering::Equal,
        CmpOp::Ne => ordering != Ordering::Equal,
        CmpOp::Lt => ordering == Ordering::Less,
        CmpOp::Le => ordering != Ordering::Greater,
        CmpOp::Gt => ordering == Ordering::Greater,
        CmpOp::Ge => ordering != Ordering::Less,
    }
}

impl Expr {
    /// Whether the condition holds for the responses so far.
    pub fn eval(&self, responses: &Responses) -> bool {
        match self {
            Expr::Or(a, b) => a.eval(responses) || b.eval(responses),
            Expr::And(a, b) => a.eval(responses) && b.eval(responses),
            Expr::Not(a) => !a.eval(responses),
            Expr::Compare { left, op, right } => {
                compare(value(left, responses), *op, value(right, responses))
            }
            Expr::In { left, list } => {
                let left = value(left, responses);
                list.iter()
                    .any(|item| compare(left, CmpOp::Eq, literal(item)))
            }
            Expr::Contains { left, right } => {
                match (value(left, responses), value(right, responses)) {
                    (Val::List(items), Val::Text(wanted)) => items.iter().any(|i| i == wanted),
                    _ => false,
                }
            }
            Expr::Answered(q) => responses.get(&q.id).and_then(|r| r.value()).is_some(),
            Expr::Truthy(operand) => value(operand, responses) == Val::Bool(true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;
    use crate::questionnaire::answer::{Response, State};

    fn responses(items: &[(&str, AnswerValue)]) -> Responses {
        items
            .iter()
            .map(|(id, v)| (id.to_string(), Response::answered(v.clone())))
            .collect()
    }

    fn holds(src: &str, r: &Responses) -> bool {
        parse(src)
            .unwrap_or_else(|e| panic!("{src}: {e:?}"))
            .eval(r)
    }

    #[test]
    fn compares_numbers_texts_and_booleans() {
        let r = responses(&[
            ("ansatte", AnswerValue::Number(450.0)),
            ("drift", AnswerValue::Text("samarbeid".into())),
            ("soc", AnswerValue::Bool(true)),
        ]);
        assert!(holds("ansatte >= 450", &r));
        assert!(!holds("ansatte > 450", &r));
        assert!(holds("ansatte < 1000 and ansatte != 3", &r));
        assert!(holds("drift == 'samarbeid'", &r));
        assert!(holds("drift == \"samarbeid\"", &r));
        assert!(holds("drift in ['egen', 'samarbeid']", &r));
        assert!(!holds("drift in ['egen', 'ekstern']", &r));
        assert!(holds("soc == true", &r));
        assert!(holds("soc", &r));
        assert!(!holds("not soc", &r));
        assert!(holds("ansatte > -1.5", &r));
    }

    #[test]
    fn contains_looks_into_multi_answers() {
        let r = responses(&[(
            "sky",
            AnswerValue::Choices(vec!["m365".into(), "azure".into()]),
        )]);
        assert!(holds("sky contains 'azure'", &r));
        assert!(!holds("sky contains 'aws'", &r));
    }

    #[test]
    fn precedence_is_not_then_and_then_or() {
        let r = responses(&[
            ("a", AnswerValue::Bool(true)),
            ("b", AnswerValue::Bool(false)),
        ]);
        // Read as `a or (b and b)`, then `(not b) and a`.
        assert!(holds("a or b and b", &r));
        assert!(holds("not b and a", &r));
        assert!(!holds("not (b or a)", &r));
        assert!(holds("(a or b) and not b", &r));
    }

    #[test]
    fn unanswered_questions_make_comparisons_false() {
        let mut r = responses(&[]);
        r.insert("x".into(), Response::without_value(State::Unknown));
        assert!(!holds("x == 1", &r));
        assert!(!holds("x != 1", &r));
        assert!(!holds("y in [1, 2]", &r));
        assert!(!holds("answered(x)", &r));
        assert!(holds("not answered(x)", &r));
        r.insert("x".into(), Response::answered(AnswerValue::Number(1.0)));
        assert!(holds("answered(x) and x == 1", &r));
    }

    #[test]
    fn mismatched_types_never_hold() {
        let r = responses(&[
            ("n", AnswerValue::Number(1.0)),
            ("b", AnswerValue::Bool(true)),
        ]);
        assert!(!holds("n == '1'", &r));
        assert!(!holds("n != '1'", &r));
        assert!(!holds("b > false", &r));
    }
}
