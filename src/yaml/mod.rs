//! A YAML reader that remembers where every value stood, and refuses what is
//! dangerous, so that readers can report every problem at its line and column.
//!
//! `serde`-style deserialisers stop at the first error and forget positions;
//! questionnaire authors need all problems at once. So a document is first
//! turned into a small tree of [`Node`]s (each with its [`Mark`]), and readers
//! walk that tree with a [`Decoder`], which collects problems instead of
//! stopping. The tree builder refuses aliases (no "billion laughs"), more
//! than one document, and nesting deeper than [`MAX_DEPTH`].
//!
//! `emit` writes the block style kartlegg's own files use; `decode` holds
//! the [`Decoder`].

mod decode;
mod emit;

pub use decode::{Decoder, Fields, untranslated};
pub use emit::{emit, quote};

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span, Tag};

use crate::diagnostic::{Diagnostic, Mark};
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
            _ if self.is_null() => tr!("yaml-an-empty-value"),
            Value::Scalar { .. } => tr!("yaml-a-single-value"),
            Value::Seq(_) => tr!("error-a-list"),
            Value::Map(_) => tr!("error-a-map-keys-and-values"),
        }
    }
}

fn mark_of(span: &Span) -> Mark {
    Mark::new(span.start.line(), span.start.col() + 1)
}

/// Maps and lists still open while the tree is built.
enum Open {
    Seq(Mark, Vec<Node>),
    Map(Mark, Vec<(Node, Node)>, Option<Node>),
}

/// The tree under construction: the open collections, and the root once closed.
#[derive(Default)]
struct Tree {
    stack: Vec<Open>,
    root: Option<Node>,
}

impl Tree {
    fn open(&mut self, open: Open, mark: Mark) -> Result<(), Diagnostic> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(Diagnostic::at(
                mark,
                "yaml-depth",
                tr!(
                    "yaml-values-are-nested-deeper-than-levels",
                    MAX_DEPTH = MAX_DEPTH
                ),
            ));
        }
        self.stack.push(open);
        Ok(())
    }

    /// The collection just closed, as a node. Its room to grow is given
    /// back: a file of many small maps would otherwise hold a third more.
    fn close(&mut self) -> Option<Node> {
        match self.stack.pop()? {
            Open::Seq(mark, mut items) => Some(Node {
                mark,
                value: Value::Seq({
                    items.shrink_to_fit();
                    items
                }),
            }),
            Open::Map(mark, mut entries, _) => Some(Node {
                mark,
                value: Value::Map({
                    entries.shrink_to_fit();
                    entries
                }),
            }),
        }
    }

    /// The key of the list being read straight under the root map, when
    /// the key appears there for the first time (readers take the first).
    fn top_level_list(&self) -> Option<&str> {
        let [Open::Map(_, entries, Some(key)), Open::Seq(..)] = self.stack.as_slice() else {
            return None;
        };
        let name = key.as_scalar()?;
        (!entries.iter().any(|(k, _)| k.as_scalar() == Some(name))).then_some(name)
    }

    /// Puts a finished node into the collection it belongs to (a map takes a
    /// key, then its value); an item of a top-level list goes to `take`
    /// first, which may keep it.
    fn add(&mut self, node: Node, take: &mut Take) {
        let node = match self.top_level_list() {
            Some(key) => match take(key, node) {
                Some(node) => node,
                None => return,
            },
            None => node,
        };
        match self.stack.last_mut() {
            Some(Open::Seq(_, items)) => items.push(node),
            Some(Open::Map(_, entries, pending)) => match pending.take() {
                Some(key) => entries.push((key, node)),
                None => *pending = Some(node),
            },
            None => self.root = Some(node),
        }
    }
}

/// What [`build`] gives each item of a list under a top-level key: the
/// key and the item, which it gives back to leave in the tree or keeps.
pub type Take<'t> = dyn FnMut(&str, Node) -> Option<Node> + 't;

/// Parses one YAML document into a [`Node`] tree, or returns the first
/// syntax problem.
pub fn parse(src: &str) -> Result<Node, Diagnostic> {
    let events = Parser::new_from_str(src).map(|e| e.map(|(event, span)| (event, mark_of(&span))));
    build(events, &mut |_, item| Some(item))
}

/// Builds the tree of one document from its events and their places, with
/// the refusals of [`parse`]. Each item of a list under a top-level key
/// (the key's first appearance) goes to `take` as soon as it is complete:
/// a reader can decode it and keep it out of the tree, so that a long list
/// is never held as nodes.
pub fn build<'a>(
    events: impl Iterator<Item = Result<(Event<'a>, Mark), ScanError>>,
    take: &mut Take,
) -> Result<Node, Diagnostic> {
    let mut tree = Tree::default();
    let mut documents = 0;
    for event in events {
        let (event, mark) = event.map_err(|err| {
            let m = err.marker();
            Diagnostic::at(
                Mark::new(m.line(), m.col() + 1),
                "yaml-syntax",
                tr!("yaml-invalid-yaml", value = err.info()),
            )
        })?;
        let node = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(refused(mark, Refusal::Documents));
                }
                continue;
            }
            Event::Alias(_) => return Err(refused(mark, Refusal::Alias)),
            Event::Scalar(text, style, _, tag) => {
                // The scanner's text has room to grow, often twice its
                // length: only the text is kept.
                let mut text = text.into_owned();
                text.shrink_to_fit();
                scalar_node(text, style, tag.as_deref(), mark)?
            }
            Event::SequenceStart(..) => {
                tree.open(Open::Seq(mark, Vec::new()), mark)?;
                continue;
            }
            Event::MappingStart(..) => {
                tree.open(Open::Map(mark, Vec::new(), None), mark)?;
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match tree.close() {
                Some(node) => node,
                None => continue,
            },
            _ => continue,
        };
        tree.add(node, take);
    }
    tree.root
        .ok_or_else(|| Diagnostic::whole_file("empty", tr!("yaml-the-file-has-no-content")))
}

/// A scalar node; a tag is refused unless it only says "string".
fn scalar_node(
    text: String,
    style: ScalarStyle,
    tag: Option<&Tag>,
    mark: Mark,
) -> Result<Node, Diagnostic> {
    let plain = match tag {
        None => style == ScalarStyle::Plain,
        Some(t) if t.handle == "tag:yaml.org,2002:" && t.suffix == "str" => false,
        Some(t) if t.handle == "!!" && t.suffix == "str" => false,
        Some(_) => return Err(refused(mark, Refusal::Tag)),
    };
    Ok(Node {
        mark,
        value: Value::Scalar { text, plain },
    })
}

/// What the reader refuses to read.
enum Refusal {
    Documents,
    Alias,
    Tag,
}

/// A refusal at its place, with what to do instead.
fn refused(mark: Mark, refusal: Refusal) -> Diagnostic {
    match refusal {
        Refusal::Documents => Diagnostic::at(
            mark,
            "yaml-documents",
            tr!("stream-the-file-holds-more-than-one"),
        ),
        Refusal::Alias => Diagnostic::at(
            mark,
            "yaml-alias",
            tr!("stream-yaml-aliases-name-are-not-allowed"),
        ),
        Refusal::Tag => Diagnostic::at(
            mark,
            "yaml-tag",
            tr!("stream-yaml-tags-tag-are-not-allowed"),
        ),
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

/// "; did you mean `x`?" for the [`closest`] candidate, or nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, candidates).map_or_else(String::new, |near| {
        crate::tr!("catalogue-did-you-mean", near = near)
    })
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
