//! A YAML reader that remembers where every value stood, and refuses what is
//! dangerous, so that readers can report every problem at its line and column.
//!
//! `serde`-style deserialisers stop at the first error and forget positions;
//! questionnaire authors need all problems at once. So a document is first
//! turned into a small tree of [`Node`]s (each with its [`Mark`]), and readers
//! walk that tree with a [`Decoder`], which collects problems instead of
//! stopping. The tree builder refuses aliases (no "billion laughs"), more
//! than one document, and nesting deeper than [`MAX_DEPTH`].

use std::fmt::Write as _;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use crate::diagnostic::{Diagnostic, Mark};
use crate::i18n::Text;
use crate::tr;

/// How deep maps and lists may nest; real files need fewer than ten levels.
pub const MAX_DEPTH: usize = 64;

/// One value of a YAML document and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub mark: Mark,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A scalar as written; `plain` is false for quoted and block scalars,
    /// which are always strings.
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// True for an empty value, `~` or `null` written without quotes.
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar { text, plain: true } if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// The text of a scalar that is not null.
    pub fn as_scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } if !self.is_null() => Some(text),
            _ => None,
        }
    }

    /// The value under `key`, if this node is a map that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.as_scalar() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// A short name for the kind of value, for messages.
    fn kind_name(&self) -> String {
        match &self.value {
            _ if self.is_null() => tr!("tom verdi", "an empty value"),
            Value::Scalar { .. } => tr!("en enkeltverdi", "a single value"),
            Value::Seq(_) => tr!("en liste", "a list"),
            Value::Map(_) => tr!("et kart (nøkler og verdier)", "a map (keys and values)"),
        }
    }
}

fn mark_of(span: &Span) -> Mark {
    Mark::new(span.start.line(), span.start.col() + 1)
}

/// Parses one YAML document into a [`Node`] tree, or returns the first
/// syntax problem.
pub fn parse(src: &str) -> Result<Node, Diagnostic> {
    enum Open {
        Seq(Mark, Vec<Node>),
        Map(Mark, Vec<(Node, Node)>, Option<Node>),
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    let mut documents = 0;
    for event in Parser::new_from_str(src) {
        let (event, span) = event.map_err(|err| {
            let m = err.marker();
            Diagnostic::at(
                Mark::new(m.line(), m.col() + 1),
                "yaml-syntax",
                tr!("ugyldig YAML: {}", "invalid YAML: {}", err.info()),
            )
        })?;
        let mark = mark_of(&span);
        let node = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(Diagnostic::at(
                        mark,
                        "yaml-documents",
                        tr!(
                            "filen har mer enn ett YAML-dokument (`---`); bare ett er tillatt",
                            "the file holds more than one YAML document (`---`); only one is allowed"
                        ),
                    ));
                }
                continue;
            }
            Event::Alias(_) => {
                return Err(Diagnostic::at(
                    mark,
                    "yaml-alias",
                    tr!(
                        "YAML-aliaser (`*navn`) er ikke tillatt; skriv verdien ut der den brukes",
                        "YAML aliases (`*name`) are not allowed; write the value out where it is used"
                    ),
                ));
            }
            Event::Scalar(text, style, _, tag) => {
                let plain = style == ScalarStyle::Plain;
                let plain = match tag.as_deref() {
                    None => plain,
                    Some(t) if t.handle == "tag:yaml.org,2002:" && t.suffix == "str" => false,
                    Some(t) if t.handle == "!!" && t.suffix == "str" => false,
                    Some(_) => {
                        return Err(Diagnostic::at(
                            mark,
                            "yaml-tag",
                            tr!(
                                "YAML-tagger (`!tag`) er ikke tillatt",
                                "YAML tags (`!tag`) are not allowed"
                            ),
                        ));
                    }
                };
                Node {
                    mark,
                    value: Value::Scalar {
                        text: text.into_owned(),
                        plain,
                    },
                }
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(Diagnostic::at(
                        mark,
                        "yaml-depth",
                        tr!(
                            "verdiene er nøstet dypere enn {MAX_DEPTH} nivåer",
                            "values are nested deeper than {MAX_DEPTH} levels"
                        ),
                    ));
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Open::Seq(mark, Vec::new())
                } else {
                    Open::Map(mark, Vec::new(), None)
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Open::Seq(mark, items)) => Node {
                    mark,
                    value: Value::Seq(items),
                },
                Some(Open::Map(mark, entries, _)) => Node {
                    mark,
                    value: Value::Map(entries),
                },
                None => continue,
            },
            _ => continue,
        };
        match stack.last_mut() {
            Some(Open::Seq(_, items)) => items.push(node),
            Some(Open::Map(_, entries, pending)) => match pending.take() {
                Some(key) => entries.push((key, node)),
                None => *pending = Some(node),
            },
            None => root = Some(node),
        }
    }
    root.ok_or_else(|| {
        Diagnostic::whole_file(
            "empty",
            tr!("filen har ikke noe innhold", "the file has no content"),
        )
    })
}

/// A YAML double-quoted scalar: escapes everything that is not printable, so
/// any text (control characters, line breaks, right-to-left marks) survives.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}'
                if !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') =>
            {
                out.push(c)
            }
            c if (c as u32) >= 0x10000 => out.push(c),
            c if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push('"');
    out
}

/// Writes a JSON-like value as block-style YAML: maps and lists indented,
/// every string double-quoted, numbers and booleans plain, `null` as `~`.
pub fn emit(value: &serde_json::Value) -> String {
    let mut out = String::new();
    emit_into(&mut out, value, 0);
    out
}

fn scalar(value: &serde_json::Value) -> Option<String> {
    use serde_json::Value as J;
    match value {
        J::Null => Some("~".into()),
        J::Bool(b) => Some(b.to_string()),
        J::Number(n) => Some(n.to_string()),
        J::String(s) => Some(quote(s)),
        J::Array(a) if a.is_empty() => Some("[]".into()),
        J::Object(o) if o.is_empty() => Some("{}".into()),
        _ => None,
    }
}

/// A map key: plain when it is a simple lower-case name, quoted otherwise.
fn key(k: &str) -> String {
    let simple = k.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && k.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !matches!(k, "true" | "false" | "null" | "yes" | "no" | "on" | "off");
    if simple { k.to_string() } else { quote(k) }
}

fn emit_into(out: &mut String, value: &serde_json::Value, indent: usize) {
    use serde_json::Value as J;
    let pad = " ".repeat(indent);
    match value {
        J::Object(map) => {
            for (key, v) in map {
                match scalar(v) {
                    Some(s) => out.push_str(&format!("{pad}{}: {s}\n", self::key(key))),
                    None => {
                        out.push_str(&format!("{pad}{}:\n", self::key(key)));
                        emit_into(out, v, indent + 2);
                    }
                }
            }
        }
        J::Array(items) => {
            for item in items {
                match scalar(item) {
                    Some(s) => out.push_str(&format!("{pad}- {s}\n")),
                    None => {
                        // The first line of a nested block shares the dash.
                        let mut inner = String::new();
                        emit_into(&mut inner, item, indent + 2);
                        let inner = inner.trim_start();
                        out.push_str(&format!("{pad}- {inner}"));
                    }
                }
            }
        }
        other => out.push_str(&format!("{pad}{}\n", scalar(other).unwrap_or_default())),
    }
}

/// A node as a JSON-like value, typing plain scalars as YAML 1.2 does
/// (`true`, numbers, `null`); quoted scalars stay strings.
pub fn to_json(node: &Node) -> serde_json::Value {
    use serde_json::Value as J;
    match &node.value {
        _ if node.is_null() => J::Null,
        Value::Scalar { text, plain: true } if text == "true" || text == "false" => {
            J::Bool(text == "true")
        }
        Value::Scalar { text, plain: true } => {
            if let Ok(i) = text.parse::<i64>() {
                J::from(i)
            } else if let Some(f) = text.parse::<f64>().ok().filter(|f| f.is_finite()) {
                J::from(f)
            } else {
                J::String(text.clone())
            }
        }
        Value::Scalar { text, .. } => J::String(text.clone()),
        Value::Seq(items) => J::Array(items.iter().map(to_json).collect()),
        Value::Map(entries) => J::Object(
            entries
                .iter()
                .map(|(k, v)| (k.as_scalar().unwrap_or_default().to_string(), to_json(v)))
                .collect(),
        ),
    }
}

/// The entries of a map that passed [`Decoder::fields`]: known keys only.
pub struct Fields<'a> {
    pub mark: Mark,
    entries: Vec<(&'a str, &'a Node)>,
}

impl<'a> Fields<'a> {
    /// Every key with its value, in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&'a str, &'a Node)> + '_ {
        self.entries.iter().copied()
    }

    pub fn get(&self, key: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_null())
    }
}

/// Walks a [`Node`] tree into typed values, collecting every problem it meets
/// rather than stopping at the first. Each method returns `None` after it has
/// reported why.
#[derive(Default)]
pub struct Decoder {
    pub problems: Vec<Diagnostic>,
}

impl Decoder {
    pub fn report(&mut self, mark: Mark, code: &'static str, message: String) {
        self.problems.push(Diagnostic::at(mark, code, message));
    }

    fn expected(&mut self, node: &Node, what: &str) {
        let found = node.kind_name();
        self.report(
            node.mark,
            "wrong-type",
            tr!(
                "forventet {what}, fant {found}",
                "expected {what}, found {found}"
            ),
        );
    }

    /// Opens a map whose keys must be among `allowed`; reports unknown and
    /// repeated keys, each at its own position.
    pub fn fields<'a>(&mut self, node: &'a Node, allowed: &[&str]) -> Option<Fields<'a>> {
        self.map(node, Some(allowed))
    }

    /// Opens a map whose keys are data (any name); reports repeated keys.
    pub fn any_fields<'a>(&mut self, node: &'a Node) -> Option<Fields<'a>> {
        self.map(node, None)
    }

    fn map<'a>(&mut self, node: &'a Node, allowed: Option<&[&str]>) -> Option<Fields<'a>> {
        let Value::Map(raw) = &node.value else {
            self.expected(
                node,
                &tr!("et kart (nøkler og verdier)", "a map (keys and values)"),
            );
            return None;
        };
        let mut entries: Vec<(&'a str, &'a Node)> = Vec::with_capacity(raw.len());
        for (key, value) in raw {
            let Some(name) = key.as_scalar() else {
                self.expected(key, &tr!("en nøkkel", "a key"));
                continue;
            };
            if let Some(allowed) = allowed
                && !allowed.contains(&name)
            {
                let hint = match closest(name, allowed.iter().copied()) {
                    Some(near) => tr!("; mente du `{near}`?", "; did you mean `{near}`?"),
                    None => tr!(
                        "; gyldige nøkler: {}",
                        "; valid keys: {}",
                        allowed.join(", ")
                    ),
                };
                self.report(
                    key.mark,
                    "unknown-key",
                    tr!("ukjent nøkkel `{name}`{hint}", "unknown key `{name}`{hint}"),
                );
                continue;
            }
            if entries.iter().any(|(k, _)| *k == name) {
                self.report(
                    key.mark,
                    "duplicate-key",
                    tr!(
                        "nøkkelen `{name}` står to ganger",
                        "the key `{name}` appears twice"
                    ),
                );
                continue;
            }
            entries.push((name, value));
        }
        Some(Fields {
            mark: node.mark,
            entries,
        })
    }

    /// The value of a key that must be present.
    pub fn required<'a>(&mut self, fields: &Fields<'a>, key: &str) -> Option<&'a Node> {
        let found = fields.get(key);
        if found.is_none() {
            self.report(
                fields.mark,
                "missing-key",
                tr!("mangler nøkkelen `{key}`", "the key `{key}` is missing"),
            );
        }
        found
    }

    pub fn string(&mut self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } if !node.is_null() => Some(text.clone()),
            _ => {
                self.expected(node, &tr!("en tekst", "a text"));
                None
            }
        }
    }

    pub fn bool(&mut self, node: &Node) -> Option<bool> {
        match &node.value {
            Value::Scalar { text, plain: true } if matches!(text.as_str(), "true" | "false") => {
                Some(text == "true")
            }
            _ => {
                self.expected(node, &tr!("`true` eller `false`", "`true` or `false`"));
                None
            }
        }
    }

    /// A finite number written without quotes.
    pub fn number(&mut self, node: &Node) -> Option<f64> {
        if let Value::Scalar { text, plain: true } = &node.value
            && let Ok(n) = text.parse::<f64>()
            && n.is_finite()
            && !text.starts_with(['+', '.'])
        {
            return Some(n);
        }
        self.expected(node, &tr!("et tall", "a number"));
        None
    }

    pub fn seq<'a>(&mut self, node: &'a Node) -> Option<&'a [Node]> {
        match &node.value {
            Value::Seq(items) => Some(items),
            _ => {
                self.expected(node, &tr!("en liste", "a list"));
                None
            }
        }
    }

    /// A list of texts, such as tags.
    pub fn strings(&mut self, node: &Node) -> Option<Vec<String>> {
        let items = self.seq(node)?;
        let out: Vec<String> = items.iter().filter_map(|item| self.string(item)).collect();
        (out.len() == items.len()).then_some(out)
    }

    /// A `{nb, en}` text; both languages must be present and not blank.
    pub fn text(&mut self, node: &Node) -> Option<Text> {
        let fields = self.fields(node, &["nb", "en"])?;
        let mut part = |lang: &str| -> Option<String> {
            match fields.get(lang) {
                None => {
                    self.report(
                        fields.mark,
                        "missing-translation",
                        tr!(
                            "mangler teksten på `{lang}`",
                            "the `{lang}` text is missing"
                        ),
                    );
                    None
                }
                Some(node) => {
                    let text = self.string(node)?;
                    if text.trim().is_empty() {
                        self.report(
                            node.mark,
                            "missing-translation",
                            tr!("teksten på `{lang}` er tom", "the `{lang}` text is empty"),
                        );
                        return None;
                    }
                    Some(text)
                }
            }
        };
        let nb = part("nb");
        let en = part("en");
        Some(Text { nb: nb?, en: en? })
    }
}

/// The candidate closest to `word`, if any is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_positions_of_keys_and_values() {
        let root = parse("id: a\nsections:\n  - id: b\n    title: 'x'\n").unwrap();
        assert_eq!(root.mark, Mark::new(1, 1));
        let section = &match &root.get("sections").unwrap().value {
            Value::Seq(items) => items.clone(),
            _ => panic!("not a list"),
        }[0];
        assert_eq!(section.get("title").unwrap().mark, Mark::new(4, 12));
        assert_eq!(
            section.get("title").unwrap().value,
            Value::Scalar {
                text: "x".into(),
                plain: false
            }
        );
    }

    #[test]
    fn refuses_aliases_before_expanding_anything() {
        let bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b]\n";
        let err = parse(bomb).unwrap_err();
        assert_eq!(err.code, "yaml-alias");
        assert_eq!(err.mark, Some(Mark::new(2, 8)));
    }

    #[test]
    fn refuses_deep_nesting_and_several_documents() {
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(parse(&deep).unwrap_err().code, "yaml-depth");
        // The parser's own recursion limit stops unclosed nesting.
        assert!(parse(&"[".repeat(1_000_000)).is_err());
        assert_eq!(
            parse("a: 1\n---\nb: 2\n").unwrap_err().code,
            "yaml-documents"
        );
        assert_eq!(parse("# only a comment\n").unwrap_err().code, "empty");
    }

    #[test]
    fn reports_syntax_errors_with_position() {
        let err = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert_eq!(err.code, "yaml-syntax");
        assert!(err.mark.is_some());
    }

    #[test]
    fn decoder_reports_every_unknown_and_repeated_key() {
        let root = parse("id: a\nnavn: b\nid: c\ntitel: d\n").unwrap();
        let mut d = Decoder::default();
        let fields = d.fields(&root, &["id", "title"]).unwrap();
        assert_eq!(fields.get("id").and_then(|n| n.as_scalar()), Some("a"));
        let found: Vec<_> = d
            .problems
            .iter()
            .map(|p| (p.code, p.mark.unwrap().line))
            .collect();
        assert_eq!(
            found,
            [("unknown-key", 2), ("duplicate-key", 3), ("unknown-key", 4)]
        );
        assert!(
            d.problems[2].message.contains("`title`"),
            "{}",
            d.problems[2].message
        );
    }

    #[test]
    fn numbers_must_be_plain_and_finite() {
        let root = parse("a: 3.5\nb: '3'\nc: .nan\nd: .inf\ne: 1e400\n").unwrap();
        let mut d = Decoder::default();
        assert_eq!(d.number(root.get("a").unwrap()), Some(3.5));
        for key in ["b", "c", "d", "e"] {
            assert_eq!(d.number(root.get(key).unwrap()), None, "{key}");
        }
        assert_eq!(d.problems.len(), 4);
    }

    proptest::proptest! {
        #[test]
        fn parsing_and_decoding_any_text_never_panics(src in "[a-z0-9:{}\\[\\],&*!|>'\"#\n -]{0,200}") {
            if let Ok(root) = parse(&src) {
                let mut d = Decoder::default();
                let _ = d.fields(&root, &["a", "b"]);
                let _ = d.text(&root);
                let _ = crate::questionnaire::from_str(&src);
            }
        }
    }
}
