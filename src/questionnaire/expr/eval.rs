//! Evaluating a `show_if` expression against the responses so far, in
//! three-valued (Kleene) logic: a condition is true, false, or unknown.
//!
//! What a named question contributes:
//!
//! - answered: its value;
//! - "Vet ikke" (state `unknown`): an unknown value, so a comparison with it
//!   is unknown, and so is everything that depends on that comparison;
//! - "Ikke relevant", skipped, not reached or not shown: absent, and every
//!   comparison with an absent question is false (the question the condition
//!   guards does not apply).
//!
//! `answered(id)` is never unknown: it asks whether there is a value.

use super::{CmpOp, Expr, Literal, Operand};
use crate::questionnaire::answer::{AnswerValue, NEVER, Responses, State};

/// The value of a condition in three-valued logic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Truth {
    True,
    False,
    /// Rests on a "Vet ikke" answer.
    Unknown,
}

impl Truth {
    fn of(b: bool) -> Truth {
        if b { Truth::True } else { Truth::False }
    }

    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::False, _) | (_, Truth::False) => Truth::False,
            (Truth::True, Truth::True) => Truth::True,
            _ => Truth::Unknown,
        }
    }

    pub fn or(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::True, _) | (_, Truth::True) => Truth::True,
            (Truth::False, Truth::False) => Truth::False,
            _ => Truth::Unknown,
        }
    }
}

impl std::ops::Not for Truth {
    type Output = Truth;

    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

/// A value during evaluation.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Val<'a> {
    Number(f64),
    Text(&'a str),
    Bool(bool),
    List(&'a [String]),
    /// Answered "Vet ikke".
    Unknown,
    /// Not answered with a value and not "Vet ikke".
    Absent,
}

fn literal(lit: &Literal) -> Val<'_> {
    match lit {
        Literal::Number(n) => Val::Number(*n),
        Literal::Text(t) => Val::Text(t),
        Literal::Bool(b) => Val::Bool(*b),
    }
}

fn value<'a>(operand: &'a Operand, responses: &'a Responses) -> Val<'a> {
    let q = match operand {
        Operand::Literal(lit) => return literal(lit),
        Operand::Question(q) => q,
    };
    let Some(response) = responses.get(&q.id) else {
        return Val::Absent;
    };
    match (response.state, response.value()) {
        (State::Unknown, _) => Val::Unknown,
        (_, Some(AnswerValue::Number(n))) => Val::Number(*n),
        (_, Some(AnswerValue::Bool(b))) => Val::Bool(*b),
        (_, Some(AnswerValue::Text(t))) => Val::Text(t),
        (_, Some(AnswerValue::Choices(c))) => Val::List(c),
        (_, None) => Val::Absent,
    }
}

/// Absent wins over unknown: a condition on a question that does not apply
/// is false even if another part of it is not known.
fn known<'a>(vals: [Val<'a>; 2]) -> Result<[Val<'a>; 2], Truth> {
    if vals.contains(&Val::Absent) {
        Err(Truth::False)
    } else if vals.contains(&Val::Unknown) {
        Err(Truth::Unknown)
    } else {
        Ok(vals)
    }
}

fn compare(left: Val, op: CmpOp, right: Val) -> Truth {
    use std::cmp::Ordering;
    let [left, right] = match known([left, right]) {
        Ok(vals) => vals,
        Err(truth) => return truth,
    };
    let ordering = match (left, right) {
        (Val::Number(a), Val::Number(b)) => a.partial_cmp(&b),
        (Val::Text(a), Val::Text(b)) => Some(text_order(a, b)),
        (Val::Bool(a), Val::Bool(b)) if !op.is_ordering() => Some(a.cmp(&b)),
        _ => None,
    };
    let Some(ordering) = ordering else {
        return Truth::False;
    };
    Truth::of(match op {
        CmpOp::Eq => ordering == Ordering::Equal,
        CmpOp::Ne => ordering != Ordering::Equal,
        CmpOp::Lt => ordering == Ordering::Less,
        CmpOp::Le => ordering != Ordering::Greater,
        CmpOp::Gt => ordering == Ordering::Greater,
        CmpOp::Ge => ordering != Ordering::Less,
    })
}

/// Texts in code-point order, except that "Aldri" (never) on a date question
/// comes before every date: `siste_ovelse < '2024-01-01'` holds for it.
fn text_order(a: &str, b: &str) -> std::cmp::Ordering {
    use crate::questionnaire::validate::is_iso_date;
    match (a == NEVER, b == NEVER) {
        (true, false) if is_iso_date(b) => std::cmp::Ordering::Less,
        (false, true) if is_iso_date(a) => std::cmp::Ordering::Greater,
        _ => a.cmp(b),
    }
}

impl Expr {
    /// The condition's value for the responses so far, in three-valued logic.
    pub fn truth(&self, responses: &Responses) -> Truth {
        match self {
            Expr::Or(a, b) => a.truth(responses).or(b.truth(responses)),
            Expr::And(a, b) => a.truth(responses).and(b.truth(responses)),
            Expr::Not(a) => !a.truth(responses),
            Expr::Compare { left, op, right } => {
                compare(value(left, responses), *op, value(right, responses))
            }
            Expr::In { left, list } => {
                let left = value(left, responses);
                list.iter()
                    .map(|item| compare(left, CmpOp::Eq, literal(item)))
                    .fold(Truth::False, Truth::or)
            }
            Expr::Contains { left, right } => {
                match known([value(left, responses), value(right, responses)]) {
                    Ok([Val::List(items), Val::Text(wanted)]) => {
                        Truth::of(items.iter().any(|i| i == wanted))
                    }
                    Ok(_) => Truth::False,
                    Err(truth) => truth,
                }
            }
            Expr::Answered(q) => Truth::of(responses.get(&q.id).and_then(|r| r.value()).is_some()),
            Expr::Truthy(operand) => match value(operand, responses) {
                Val::Unknown => Truth::Unknown,
                v => Truth::of(v == Val::Bool(true)),
            },
        }
    }

    /// Whether the condition certainly holds: true, not false or unknown.
    /// Checks over finished answers (service signals, pilot checks) use this.
    pub fn eval(&self, responses: &Responses) -> bool {
        self.truth(responses) == Truth::True
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

    fn truth(src: &str, r: &Responses) -> Truth {
        parse(src)
            .unwrap_or_else(|e| panic!("{src}: {e:?}"))
            .truth(r)
    }

    #[test]
    fn vet_ikke_makes_comparisons_unknown_and_absence_makes_them_false() {
        let mut r = responses(&[]);
        r.insert("x".into(), Response::without_value(State::Unknown));
        r.insert("s".into(), Response::without_value(State::Skipped));
        r.insert("na".into(), Response::without_value(State::NotApplicable));
        for src in [
            "x == 1",
            "x != 1",
            "x in [1, 2]",
            "x",
            "not x",
            "x contains 'a'",
        ] {
            assert_eq!(truth(src, &r), Truth::Unknown, "{src}");
        }
        for src in ["s == 1", "s != 1", "na == 1", "y in [1, 2]", "y", "x == s"] {
            assert_eq!(truth(src, &r), Truth::False, "{src}");
        }
        assert_eq!(truth("not s", &r), Truth::True);
        assert_eq!(truth("answered(x)", &r), Truth::False);
        assert_eq!(truth("not answered(x)", &r), Truth::True);
        // `eval` holds only when the condition is certainly true.
        assert!(!holds("x == 1", &r) && !holds("not (x == 1)", &r));
        r.insert("x".into(), Response::answered(AnswerValue::Number(1.0)));
        assert!(holds("answered(x) and x == 1", &r));
    }

    #[test]
    fn and_or_not_follow_kleene() {
        use Truth::{False as F, True as T, Unknown as U};
        let table = [
            (T, T, T, T),
            (T, U, U, T),
            (T, F, F, T),
            (U, U, U, U),
            (U, F, F, U),
            (F, F, F, F),
        ];
        for (a, b, and, or) in table {
            assert_eq!((a.and(b), b.and(a)), (and, and), "{a:?} and {b:?}");
            assert_eq!((a.or(b), b.or(a)), (or, or), "{a:?} or {b:?}");
        }
        assert_eq!((!T, !F, !U), (F, T, U));
        let mut r = responses(&[("a", AnswerValue::Bool(true))]);
        r.insert("x".into(), Response::without_value(State::Unknown));
        assert_eq!(truth("a or x", &r), T);
        assert_eq!(truth("a and x", &r), U);
        assert_eq!(truth("not a and x", &r), F);
        assert_eq!(truth("x == 1 or x == 2", &r), U);
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

    #[test]
    fn never_comes_before_every_date() {
        let r = responses(&[("d", AnswerValue::Text(NEVER.into()))]);
        assert!(holds("d < '2024-01-01'", &r));
        assert!(holds("d != '2024-01-01'", &r));
        assert!(holds("d == 'never'", &r));
        assert!(!holds("d >= '1900-01-01'", &r));
    }
}
