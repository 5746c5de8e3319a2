//! The `show_if` language: a small boolean expression over earlier answers.
//!
//! Parsed once when a questionnaire is loaded; evaluation is a pure function
//! of the responses so far. Grammar, loosest binding first:
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
//!
//! A comparison that involves a question without an answer (not reached,
//! "vet ikke", "ikke relevant", skipped) is false; `answered(id)` asks about
//! that directly. A bare question id is true when that yes/no question was
//! answered yes.

use std::fmt;

use super::answer::{AnswerValue, Responses};

/// How deep parentheses and `not` may nest before the parser refuses.
const MAX_NESTING: usize = 32;

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

/// Why an expression could not be parsed, and at which character (from 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Number(f64),
    Text(String),
    Op(CmpOp),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    End,
}

fn describe(tok: &Tok) -> String {
    match tok {
        Tok::Ident(id) => format!("`{id}`"),
        Tok::Number(n) => format!("`{n}`"),
        Tok::Text(t) => format!("'{t}'"),
        Tok::Op(op) => format!("`{}`", op.symbol()),
        Tok::LParen => "`(`".into(),
        Tok::RParen => "`)`".into(),
        Tok::LBracket => "`[`".into(),
        Tok::RBracket => "`]`".into(),
        Tok::Comma => "`,`".into(),
        Tok::End => crate::tr!("slutten av uttrykket", "the end of the expression"),
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

fn tokenize(src: &str) -> Result<Vec<(Tok, usize)>, ParseError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |offset: usize, message: String| Err(ParseError { offset, message });
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let two: String = chars[i..chars.len().min(i + 2)].iter().collect();
        let tok = match (c, two.as_str()) {
            (_, "==") => Tok::Op(CmpOp::Eq),
            (_, "!=") => Tok::Op(CmpOp::Ne),
            (_, "<=") => Tok::Op(CmpOp::Le),
            (_, ">=") => Tok::Op(CmpOp::Ge),
            ('<', _) => Tok::Op(CmpOp::Lt),
            ('>', _) => Tok::Op(CmpOp::Gt),
            ('(', _) => Tok::LParen,
            (')', _) => Tok::RParen,
            ('[', _) => Tok::LBracket,
            (']', _) => Tok::RBracket,
            (',', _) => Tok::Comma,
            ('\'' | '"', _) => {
                let quote = c;
                let mut text = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => {
                            return err(
                                start,
                                crate::tr!(
                                    "teksten som starter her, slutter aldri",
                                    "the text starting here is never closed"
                                ),
                            );
                        }
                        Some('\\') => {
                            match chars.get(i + 1) {
                                Some(&e @ ('\\' | '\'' | '"')) => text.push(e),
                                _ => {
                                    return err(
                                        i,
                                        crate::tr!(
                                            "ukjent escape-sekvens",
                                            "unknown escape sequence"
                                        ),
                                    );
                                }
                            }
                            i += 2;
                        }
                        Some(&ch) if ch == quote => break,
                        Some(&ch) => {
                            text.push(ch);
                            i += 1;
                        }
                    }
                }
                i += 1;
                out.push((Tok::Text(text), start));
                continue;
            }
            _ if c.is_ascii_digit()
                || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) =>
            {
                i += 1;
                while chars
                    .get(i)
                    .is_some_and(|d| d.is_ascii_digit() || *d == '.')
                {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                match text.parse::<f64>() {
                    Ok(n) if n.is_finite() => out.push((Tok::Number(n), start)),
                    _ => {
                        return err(
                            start,
                            crate::tr!("`{text}` er ikke et tall", "`{text}` is not a number"),
                        );
                    }
                }
                continue;
            }
            _ if is_ident_start(c) => {
                while chars.get(i).is_some_and(|&d| is_ident_char(d)) {
                    i += 1;
                }
                out.push((Tok::Ident(chars[start..i].iter().collect()), start));
                continue;
            }
            _ => {
                return err(
                    start,
                    crate::tr!("uventet tegn `{c}`", "unexpected character `{c}`"),
                );
            }
        };
        i += if matches!(tok, Tok::Op(op) if op.symbol().len() == 2) {
            2
        } else {
            1
        };
        out.push((tok, start));
    }
    out.push((Tok::End, chars.len()));
    Ok(out)
}

const KEYWORDS: [&str; 7] = ["and", "or", "not", "in", "contains", "true", "false"];

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> &Tok {
        &self.toks[self.pos].0
    }

    fn offset(&self) -> usize {
        self.toks[self.pos].1
    }

    fn bump(&mut self) -> (Tok, usize) {
        let t = self.toks[self.pos].clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn is_keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Tok::Ident(id) if id == word)
    }

    fn fail<T>(&self, expected: String) -> Result<T, ParseError> {
        let found = describe(self.peek());
        Err(ParseError {
            offset: self.offset(),
            message: crate::tr!(
                "forventet {expected}, fant {found}",
                "expected {expected}, found {found}"
            ),
        })
    }

    fn nested<T>(
        &mut self,
        f: impl FnOnce(&mut Parser) -> Result<T, ParseError>,
    ) -> Result<T, ParseError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(ParseError {
                offset: self.offset(),
                message: crate::tr!(
                    "uttrykket er nøstet dypere enn {MAX_NESTING} nivåer",
                    "the expression is nested deeper than {MAX_NESTING} levels"
                ),
            });
        }
        let out = f(self);
        self.depth -= 1;
        out
    }

    fn expr(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.and()?;
        while self.is_keyword("or") {
            self.bump();
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.unary()?;
        while self.is_keyword("and") {
            self.bump();
            left = Expr::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        if self.is_keyword("not") {
            self.bump();
            return self.nested(|p| Ok(Expr::Not(Box::new(p.unary()?))));
        }
        self.test()
    }

    fn test(&mut self) -> Result<Expr, ParseError> {
        let left = match self.operand()? {
            Ok(operand) => operand,
            Err(expr) => return Ok(expr),
        };
        match self.peek().clone() {
            Tok::Op(op) => {
                self.bump();
                match self.operand()? {
                    Ok(right) => Ok(Expr::Compare { left, op, right }),
                    Err(_) => self.fail(crate::tr!(
                        "en verdi eller et spørsmål",
                        "a value or a question"
                    )),
                }
            }
            Tok::Ident(kw) if kw == "in" => {
                self.bump();
                Ok(Expr::In {
                    left,
                    list: self.list()?,
                })
            }
            Tok::Ident(kw) if kw == "contains" => {
                self.bump();
                match self.operand()? {
                    Ok(right) => Ok(Expr::Contains { left, right }),
                    Err(_) => self.fail(crate::tr!("en verdi", "a value")),
                }
            }
            _ => Ok(Expr::Truthy(left)),
        }
    }

    /// An operand, or (as `Err`) a complete sub-expression: `answered(..)`
    /// or a parenthesised expression, which cannot be compared further.
    fn operand(&mut self) -> Result<Result<Operand, Expr>, ParseError> {
        let (tok, offset) = (self.peek().clone(), self.offset());
        let operand = match tok {
            Tok::Number(n) => Operand::Literal(Literal::Number(n)),
            Tok::Text(t) => Operand::Literal(Literal::Text(t)),
            Tok::Ident(id) if id == "true" || id == "false" => {
                Operand::Literal(Literal::Bool(id == "true"))
            }
            Tok::Ident(id) if id == "answered" => {
                self.bump();
                self.expect(Tok::LParen, "`(`")?;
                let question = self.question()?;
                self.expect(Tok::RParen, "`)`")?;
                return Ok(Err(Expr::Answered(question)));
            }
            Tok::Ident(id) if !KEYWORDS.contains(&id.as_str()) => {
                Operand::Question(QuestionRef { id, offset })
            }
            Tok::LParen => {
                self.bump();
                let inner = self.nested(|p| p.expr())?;
                self.expect(Tok::RParen, "`)`")?;
                return Ok(Err(inner));
            }
            _ => {
                return self.fail(crate::tr!(
                    "et spørsmål eller en verdi",
                    "a question or a value"
                ));
            }
        };
        self.bump();
        Ok(Ok(operand))
    }

    fn question(&mut self) -> Result<QuestionRef, ParseError> {
        match self.peek().clone() {
            Tok::Ident(id) if !KEYWORDS.contains(&id.as_str()) => {
                let offset = self.offset();
                self.bump();
                Ok(QuestionRef { id, offset })
            }
            _ => self.fail(crate::tr!("en spørsmåls-id", "a question id")),
        }
    }

    fn list(&mut self) -> Result<Vec<Literal>, ParseError> {
        self.expect(Tok::LBracket, "`[`")?;
        let mut items = Vec::new();
        loop {
            items.push(match self.peek().clone() {
                Tok::Number(n) => Literal::Number(n),
                Tok::Text(t) => Literal::Text(t),
                Tok::Ident(id) if id == "true" || id == "false" => Literal::Bool(id == "true"),
                _ => return self.fail(crate::tr!("en verdi", "a value")),
            });
            self.bump();
            match self.peek() {
                Tok::Comma => self.bump(),
                Tok::RBracket => {
                    self.bump();
                    return Ok(items);
                }
                _ => return self.fail("`,` / `]`".into()),
            };
        }
    }

    fn expect(&mut self, tok: Tok, name: &str) -> Result<(), ParseError> {
        if *self.peek() == tok {
            self.bump();
            Ok(())
        } else {
            self.fail(name.to_string())
        }
    }
}

/// Parses a `show_if` expression.
pub fn parse(src: &str) -> Result<Expr, ParseError> {
    let mut parser = Parser {
        toks: tokenize(src)?,
        pos: 0,
        depth: 0,
    };
    let expr = parser.expr()?;
    if *parser.peek() != Tok::End {
        return parser.fail(crate::tr!(
            "`and`, `or` eller slutten",
            "`and`, `or` or the end"
        ));
    }
    Ok(expr)
}

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
    use super::super::answer::{Response, State};
    use super::*;

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

    #[test]
    fn errors_point_at_the_offending_character() {
        let at = |src: &str| parse(src).unwrap_err().offset;
        assert_eq!(at("a == "), 5);
        assert_eq!(at("a == 1 b"), 7);
        assert_eq!(at("a $ 1"), 2);
        assert_eq!(at("(a == 1"), 7);
        assert_eq!(at("a in [1, ]"), 9);
        assert_eq!(at("x == 'open"), 5);
        assert_eq!(at("answered(1)"), 9);
        assert_eq!(at("a == 1 and"), 10);
        assert_eq!(at("and"), 0);
        assert_eq!(at(""), 0);
        let e = parse("a == 1 b").unwrap_err();
        assert!(e.message.contains("`b`"), "{}", e.message);
    }

    #[test]
    fn refuses_deep_nesting_without_overflowing_the_stack() {
        let deep = format!("{}a{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(parse(&deep).is_err());
        let nots = format!("{}a", "not ".repeat(10_000));
        assert!(parse(&nots).is_err());
    }

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

    proptest::proptest! {
        #[test]
        fn parsing_any_text_never_panics(src in "[a-z_()\\[\\]'\" ,.<>=!0-9-]{0,60}|(and|or|not|in|contains|answered|true|false|x|==|\\(|\\)| ){0,30}") {
            if let Ok(expr) = parse(&src) {
                // Whatever parses prints canonically and parses back to the same.
                let again = parse(&expr.to_string()).unwrap();
                proptest::prop_assert_eq!(again.to_string(), expr.to_string());
                expr.eval(&Responses::new());
            }
        }

        #[test]
        fn error_offsets_stay_inside_the_source(src in "\\PC{0,40}") {
            if let Err(e) = parse(&src) {
                proptest::prop_assert!(e.offset <= src.chars().count());
            }
        }
    }
}
