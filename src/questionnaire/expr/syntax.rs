//! Reading a `show_if` expression: characters into tokens, tokens into an
//! [`Expr`]. Every error carries the character offset it is about, so the
//! validator can point at the column in the questionnaire file.

use super::{CmpOp, Expr, Literal, Operand, QuestionRef};

/// How deep parentheses and `not` may nest before the parser refuses.
const MAX_NESTING: usize = 32;

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
        Tok::End => crate::tr!("syntax-the-end-of-the-expression"),
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
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let two: String = chars[i..chars.len().min(i + 2)].iter().collect();
        let (tok, next) = match (c, two.as_str()) {
            (_, "==") => (Tok::Op(CmpOp::Eq), i + 2),
            (_, "!=") => (Tok::Op(CmpOp::Ne), i + 2),
            (_, "<=") => (Tok::Op(CmpOp::Le), i + 2),
            (_, ">=") => (Tok::Op(CmpOp::Ge), i + 2),
            ('<', _) => (Tok::Op(CmpOp::Lt), i + 1),
            ('>', _) => (Tok::Op(CmpOp::Gt), i + 1),
            ('(', _) => (Tok::LParen, i + 1),
            (')', _) => (Tok::RParen, i + 1),
            ('[', _) => (Tok::LBracket, i + 1),
            (']', _) => (Tok::RBracket, i + 1),
            (',', _) => (Tok::Comma, i + 1),
            ('\'' | '"', _) => quoted(&chars, start)?,
            _ if c.is_ascii_digit()
                || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) =>
            {
                number(&chars, start)?
            }
            _ if is_ident_start(c) => {
                let mut end = i;
                while chars.get(end).is_some_and(|&d| is_ident_char(d)) {
                    end += 1;
                }
                (Tok::Ident(chars[start..end].iter().collect()), end)
            }
            _ => {
                return Err(ParseError {
                    offset: start,
                    message: crate::tr!("syntax-unexpected-character", c = c),
                });
            }
        };
        out.push((tok, start));
        i = next;
    }
    out.push((Tok::End, chars.len()));
    Ok(out)
}

/// A quoted text starting at `start`, and the index just after its closing quote.
fn quoted(chars: &[char], start: usize) -> Result<(Tok, usize), ParseError> {
    let err = |offset: usize, message: String| Err(ParseError { offset, message });
    let quote = chars[start];
    let mut text = String::new();
    let mut i = start + 1;
    loop {
        match chars.get(i) {
            None => {
                return err(start, crate::tr!("syntax-the-text-starting-here-is-never"));
            }
            Some('\\') => {
                match chars.get(i + 1) {
                    Some(&e @ ('\\' | '\'' | '"')) => text.push(e),
                    _ => {
                        return err(i, crate::tr!("syntax-unknown-escape-sequence"));
                    }
                }
                i += 2;
            }
            Some(&ch) if ch == quote => return Ok((Tok::Text(text), i + 1)),
            Some(&ch) => {
                text.push(ch);
                i += 1;
            }
        }
    }
}

/// A number starting at `start` (digits, `.`, a leading `-`), and the index after it.
fn number(chars: &[char], start: usize) -> Result<(Tok, usize), ParseError> {
    let mut i = start + 1;
    while chars
        .get(i)
        .is_some_and(|d| d.is_ascii_digit() || *d == '.')
    {
        i += 1;
    }
    let text: String = chars[start..i].iter().collect();
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() => Ok((Tok::Number(n), i)),
        _ => Err(ParseError {
            offset: start,
            message: crate::tr!("syntax-is-not-a-number", text = text),
        }),
    }
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
            message: crate::tr!("syntax-expected-found", expected = expected, found = found),
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
                    "syntax-the-expression-is-nested-deeper-than",
                    MAX_NESTING = MAX_NESTING
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
                    Err(_) => self.fail(crate::tr!("syntax-a-value-or-a-question")),
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
                    Err(_) => self.fail(crate::tr!("syntax-a-value")),
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
                return self.fail(crate::tr!("syntax-a-question-or-a-value"));
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
            _ => self.fail(crate::tr!("syntax-a-question-id")),
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
                _ => return self.fail(crate::tr!("syntax-a-value")),
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
        return parser.fail(crate::tr!("syntax-and-or-or-the-end"));
    }
    Ok(expr)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::answer::Responses;

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
