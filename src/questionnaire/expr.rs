//! The `show_if` language: a small boolean expression over earlier answers.
//!
//! Parsed once when a questionnaire is loaded (`syntax`); evaluation is a
//! pure function of the responses so far, in three-valued logic, where an
//! answer of "Vet ikke" makes a comparison unknown (`eval`). This file holds the
//! expression tree itself, its canonical spelling and the questions it names.
//! Grammar, loosest binding first:
//!
//! ```text
//! expr     = and ("or" and)*
//! and      = unary ("and" unary)*
//! unary    = "not" unary | test
//! test     = operand (CMP operand | "in" "[" literal ("," literal)* "]" | "contains" operand)?
//! operand  = literal | question-id | "answered" "(" question-id ")" | "(" expr ")"
//! CMP      = "==" | "!=" | "<" | "<=" | ">" | ">="
//! literal  = number | 'text' | "text" | true | false
//! ```

mod eval;
mod syntax;

use std::fmt;

pub use eval::Truth;
pub use syntax::{ParseError, parse};

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Or(Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare {
        left: Operand,
        op: CmpOp,
        right: Operand,
    },
    In {
        left: Operand,
        list: Vec<Literal>,
    },
    Contains {
        left: Operand,
        right: Operand,
    },
    Answered(QuestionRef),
    /// A bare operand used as a condition.
    Truthy(Operand),
}

/// A question named in an expression, with its character offset (from 0) in
/// the source so that problems can point at it.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionRef {
    pub id: String,
    pub offset: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Question(QuestionRef),
    Literal(Literal),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Number(f64),
    Text(String),
    Bool(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// True for `<`, `<=`, `>` and `>=`, which need ordered values.
    pub fn is_ordering(self) -> bool {
        !matches!(self, CmpOp::Eq | CmpOp::Ne)
    }
}

impl Expr {
    /// Every question the expression names, in order of appearance.
    pub fn questions(&self) -> Vec<&QuestionRef> {
        let mut out = Vec::new();
        self.visit(&mut |e| {
            let operands: &[&Operand] = match e {
                Expr::Compare { left, right, .. } | Expr::Contains { left, right } => {
                    &[left, right]
                }
                Expr::In { left, .. } | Expr::Truthy(left) => &[left],
                Expr::Answered(q) => {
                    out.push(q);
                    &[]
                }
                _ => &[],
            };
            out.extend(operands.iter().filter_map(|o| match o {
                Operand::Question(q) => Some(q),
                Operand::Literal(_) => None,
            }));
        });
        out
    }

    /// Calls `f` on this expression and every sub-expression, outermost first.
    pub fn visit<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        f(self);
        match self {
            Expr::Or(a, b) | Expr::And(a, b) => {
                a.visit(f);
                b.visit(f);
            }
            Expr::Not(a) => a.visit(f),
            _ => {}
        }
    }
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Number(n) => write!(f, "{n}"),
            Literal::Bool(b) => write!(f, "{b}"),
            Literal::Text(t) => write!(f, "'{}'", t.replace('\\', "\\\\").replace('\'', "\\'")),
        }
    }
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Question(q) => write!(f, "{}", q.id),
            Operand::Literal(lit) => write!(f, "{lit}"),
        }
    }
}

/// The canonical spelling: one space around operators, `and`/`or` always in
/// parentheses. Formatting and comments in the source do not change it, so it
/// is what the questionnaire hash covers.
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Or(a, b) => write!(f, "({a} or {b})"),
            Expr::And(a, b) => write!(f, "({a} and {b})"),
            Expr::Not(a) => write!(f, "not {a}"),
            Expr::Compare { left, op, right } => write!(f, "{left} {} {right}", op.symbol()),
            Expr::In { left, list } => {
                let items: Vec<String> = list.iter().map(ToString::to_string).collect();
                write!(f, "{left} in [{}]", items.join(", "))
            }
            Expr::Contains { left, right } => write!(f, "{left} contains {right}"),
            Expr::Answered(q) => write!(f, "answered({})", q.id),
            Expr::Truthy(operand) => write!(f, "{operand}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_canonical_and_parses_back() {
        let e = parse("  a==1 or(b  in ['x','y']and not answered( c ))").unwrap();
        assert_eq!(
            e.to_string(),
            "(a == 1 or (b in ['x', 'y'] and not answered(c)))"
        );
        let again = parse(&e.to_string()).unwrap();
        assert_eq!(again.to_string(), e.to_string());
    }

    #[test]
    fn lists_the_questions_it_names_with_offsets() {
        let e = parse("a == 1 or answered(bb) or c contains 'x'").unwrap();
        let found: Vec<_> = e
            .questions()
            .iter()
            .map(|q| (q.id.as_str(), q.offset))
            .collect();
        assert_eq!(found, [("a", 0), ("bb", 19), ("c", 26)]);
    }
}
