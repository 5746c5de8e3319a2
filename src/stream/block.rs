//! A fast reader for the block style kartlegg itself writes (`yaml::emit`):
//! indented maps and lists, double-quoted strings, simple plain scalars.
//! Merge reads thousands of such files, and a general YAML parser spends
//! most of its time on what this style never uses.
//!
//! It gives the same events as the general parser, or `None` as soon as it
//! meets anything outside that style (flow collections, anchors, tags, block
//! scalars, multi-line scalars, tabs, CR, odd indentation, unusual
//! characters): the caller then uses the general parser, which also gives
//! the error messages for broken files.

use std::borrow::Cow;
use std::collections::VecDeque;

use saphyr_parser::{Event, ScalarStyle};

use crate::diagnostic::Mark;

/// What a block holds; its entries start at `indent`.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Map,
    Seq,
}

type Queue<'a> = VecDeque<(Event<'a>, Mark)>;

/// The events of `src`, made a line at a time as they are read, or `None`
/// when it is not in the simple block style. The whole text is checked
/// first, keeping no events, so that no more than a line's events are ever
/// held: a file of half a million packages would otherwise take ten times
/// its size in events.
pub fn events(src: &str) -> Option<Events<'_>> {
    if !printable(src.as_bytes()) {
        return None;
    }
    let mut check = Events::new(src);
    let mut content = false;
    while !check.done {
        check.step()?;
        content |= !check.done && check.reader.out.len() > 2;
        // Keep the opening events for the count above, nothing else.
        if check.reader.out.len() > 2 {
            check.reader.out.truncate(2);
        }
    }
    // No content: let the general parser say so.
    content.then(|| Events::new(src))
}

/// The events of a text in the block style, in order.
pub struct Events<'a> {
    reader: Reader<'a>,
    lines: std::iter::Enumerate<std::str::Split<'a, char>>,
    /// The number of the last line read.
    line: usize,
    done: bool,
}

impl<'a> Events<'a> {
    fn new(src: &'a str) -> Events<'a> {
        let mut out = VecDeque::new();
        out.push_back((Event::StreamStart, Mark::new(1, 1)));
        out.push_back((Event::DocumentStart(false), Mark::new(1, 1)));
        Events {
            reader: Reader {
                out,
                open: Vec::new(),
                pending: None,
            },
            lines: src.split('\n').enumerate(),
            line: 0,
            done: false,
        }
    }

    /// Reads the next line, or closes the document after the last one.
    fn step(&mut self) -> Option<()> {
        let Some((n, line)) = self.lines.next() else {
            self.finish();
            return Some(());
        };
        self.line = n + 1;
        let body = line.trim_start_matches(' ');
        if body.is_empty() || body.starts_with('#') {
            return Some(());
        }
        let indent = line.len() - body.len();
        self.reader.line(self.line, indent, body)
    }

    fn finish(&mut self) {
        self.done = true;
        let end = Mark::new(self.line, 1);
        let reader = &mut self.reader;
        if let Some((_, mark)) = reader.pending.take() {
            reader.out.push_back((plain(""), mark));
        }
        while let Some((_, kind)) = reader.open.pop() {
            reader.out.push_back((close(kind), end));
        }
        reader.out.push_back((Event::DocumentEnd, end));
        reader.out.push_back((Event::StreamEnd, end));
    }
}

impl<'a> Iterator for Events<'a> {
    type Item = (Event<'a>, Mark);

    fn next(&mut self) -> Option<Self::Item> {
        while self.reader.out.is_empty() && !self.done {
            // The text was checked whole: a line cannot fail here.
            self.step()?;
        }
        self.reader.out.pop_front()
    }
}

struct Reader<'a> {
    out: Queue<'a>,
    /// Open blocks, outermost first.
    open: Vec<(usize, Kind)>,
    /// Indentation and place of a `key:` or `-` whose value is on the next
    /// lines (or missing).
    pending: Option<(usize, Mark)>,
}

impl<'a> Reader<'a> {
    fn line(&mut self, line: usize, indent: usize, body: &'a str) -> Option<()> {
        let at = |col: usize| Mark::new(line, col + 1);
        let kind = if is_item(body) { Kind::Seq } else { Kind::Map };
        if let Some((parent, mark)) = self.pending.take() {
            if indent > parent {
                self.open(indent, kind, at(indent));
            } else if kind == Kind::Seq && indent == parent {
                return None; // a list at the indentation of its key
            } else {
                self.out.push_back((plain(""), mark));
            }
        } else if self.open.is_empty() {
            self.open(indent, kind, at(indent));
        }
        while self.open.last().is_some_and(|&(i, _)| i > indent) {
            let (_, kind) = self.open.pop()?;
            self.out.push_back((close(kind), at(indent)));
        }
        let &(top, top_kind) = self.open.last()?;
        if top != indent || top_kind != kind {
            return None;
        }
        match kind {
            Kind::Map => self.entry(line, indent, body),
            Kind::Seq => self.item(line, indent, body),
        }
    }

    /// `- value`, `- key: value`, `- - value` or `-` in a list whose dashes
    /// are at `col`.
    fn item(&mut self, line: usize, col: usize, body: &'a str) -> Option<()> {
        let item = body[1..].trim_start_matches(' ');
        if item.is_empty() {
            self.pending = Some((col, Mark::new(line, col + 2)));
            return Some(());
        }
        let col = col + body.len() - item.len();
        let at = Mark::new(line, col + 1);
        if is_item(item) {
            self.open(col, Kind::Seq, at);
            self.item(line, col, item)
        } else if is_key(item) {
            self.open(col, Kind::Map, at);
            self.entry(line, col, item)
        } else {
            let value = self.value(line, col, item)?;
            self.out.push_back(value);
            Some(())
        }
    }

    fn open(&mut self, indent: usize, kind: Kind, mark: Mark) {
        let event = match kind {
            Kind::Map => Event::MappingStart(0, None),
            Kind::Seq => Event::SequenceStart(0, None),
        };
        self.out.push_back((event, mark));
        self.open.push((indent, kind));
    }

    /// `key: value` or `key:` in a map whose entries start at `col`.
    fn entry(&mut self, line: usize, col: usize, body: &'a str) -> Option<()> {
        let (key, rest) = if body.starts_with('"') {
            let (text, len) = quoted(body)?;
            (text, body[len..].strip_prefix(':')?)
        } else {
            let len = body.find(':')?;
            let key = &body[..len];
            if !key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                || key.starts_with('-')
            {
                return None;
            }
            (Cow::Borrowed(key), &body[len + 1..])
        };
        self.out.push_back((
            Event::Scalar(
                key,
                if body.starts_with('"') {
                    ScalarStyle::DoubleQuoted
                } else {
                    ScalarStyle::Plain
                },
                0,
                None,
            ),
            Mark::new(line, col + 1),
        ));
        if rest.trim_end_matches(' ').is_empty() {
            self.pending = Some((col, Mark::new(line, col + body.len() - rest.len() + 1)));
            return Some(());
        }
        let value = rest.strip_prefix(' ')?.trim_start_matches(' ');
        let col = col + body.len() - value.len();
        let value = self.value(line, col, value)?;
        self.out.push_back(value);
        Some(())
    }

    /// A value on the same line as its key or dash.
    fn value(&mut self, line: usize, col: usize, text: &'a str) -> Option<(Event<'a>, Mark)> {
        let mark = Mark::new(line, col + 1);
        if text.starts_with('"') {
            let (value, len) = quoted(text)?;
            if !text[len..].trim_end_matches(' ').is_empty() {
                return None;
            }
            return Some((
                Event::Scalar(value, ScalarStyle::DoubleQuoted, 0, None),
                mark,
            ));
        }
        let text = text.trim_end_matches(' ');
        match text {
            "[]" => {
                self.out.push_back((Event::SequenceStart(0, None), mark));
                Some((Event::SequenceEnd, mark))
            }
            "{}" => {
                self.out.push_back((Event::MappingStart(0, None), mark));
                Some((Event::MappingEnd, mark))
            }
            "-" => None,
            _ if text.bytes().all(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-' | b'~')
            }) =>
            {
                Some((plain(text), mark))
            }
            _ => None,
        }
    }
}

fn plain(text: &str) -> Event<'_> {
    Event::Scalar(Cow::Borrowed(text), ScalarStyle::Plain, 0, None)
}

fn close(kind: Kind) -> Event<'static> {
    match kind {
        Kind::Map => Event::MappingEnd,
        Kind::Seq => Event::SequenceEnd,
    }
}

/// `- ` or a lone `-`: a list item.
fn is_item(body: &str) -> bool {
    body == "-" || body.starts_with("- ")
}

/// Starts with a key: a simple word or a quoted string followed by `:`.
fn is_key(body: &str) -> bool {
    if body.starts_with('"') {
        return quoted(body).is_some_and(|(_, len)| body[len..].starts_with(':'));
    }
    body.find(':').is_some_and(|i| {
        matches!(body.as_bytes().get(i + 1), None | Some(b' '))
            && body[..i]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    })
}

/// A double-quoted string at the start of `text`: its value and the bytes
/// it takes, closing quote included. `None` for what this reader leaves to
/// the general parser (an unknown escape, a string that goes on to the next
/// line).
pub(crate) fn quoted(text: &str) -> Option<(Cow<'_, str>, usize)> {
    let inner = &text[1..];
    let end = inner.find(['"', '\\'])?;
    if inner.as_bytes()[end] == b'"' {
        return Some((Cow::Borrowed(&inner[..end]), end + 2));
    }
    let mut out = String::from(&inner[..end]);
    let mut chars = inner[end..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((Cow::Owned(out), end + i + 2)),
            '\\' => {
                let (_, e) = chars.next()?;
                let hex = |n: usize, chars: &mut std::str::CharIndices| {
                    let digits: String = chars.by_ref().take(n).map(|(_, c)| c).collect();
                    (digits.len() == n)
                        .then(|| u32::from_str_radix(&digits, 16).ok())
                        .flatten()
                        .and_then(char::from_u32)
                };
                out.push(match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    ' ' => ' ',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    '0' => '\0',
                    'a' => '\u{7}',
                    'b' => '\u{8}',
                    'e' => '\u{1b}',
                    'f' => '\u{c}',
                    'v' => '\u{b}',
                    'N' => '\u{85}',
                    '_' => '\u{a0}',
                    'L' => '\u{2028}',
                    'P' => '\u{2029}',
                    'x' => hex(2, &mut chars)?,
                    'u' => hex(4, &mut chars)?,
                    'U' => hex(8, &mut chars)?,
                    _ => return None,
                });
            }
            c => out.push(c),
        }
    }
    None
}

/// True when the text has none of what this reader leaves to the general
/// parser: tabs, CR, control characters, C1 controls, NEL, line and
/// paragraph separators, byte-order marks and non-characters.
pub(crate) fn printable(bytes: &[u8]) -> bool {
    let plain = |b: &u8| *b == b'\n' || (b' '..=b'~').contains(b);
    // Most files are plain ASCII: check that a block at a time.
    let mut i = 0;
    while i < bytes.len() {
        let block = &bytes[i..bytes.len().min(i + 64)];
        if block.iter().all(plain) {
            i += block.len();
            continue;
        }
        let end = i + block.len();
        while i < end {
            if !plain(&bytes[i]) && !printable_at(bytes, i) {
                return false;
            }
            i += 1;
        }
    }
    true
}

/// Whether the byte at `i`, which is not plain ASCII, is allowed.
fn printable_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0x80..=0xc1 | 0xc3..=0xe1 | 0xe3..=0xee | 0xf0..=0xff => true,
        0xc2 => !matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        0xe2 => !matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xa8 | 0xa9])),
        0xef => !matches!(
            bytes.get(i + 1..i + 3),
            Some([0xbb, 0xbf] | [0xbf, 0xbe | 0xbf])
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use saphyr_parser::Parser;

    /// Events as comparable text: kind, value and style of scalars, line.
    fn describe<'a>(events: impl Iterator<Item = (Event<'a>, Mark)>) -> Vec<String> {
        events
            .filter(|(e, _)| !matches!(e, Event::DocumentEnd | Event::StreamEnd))
            .map(|(e, m)| match e {
                Event::Scalar(text, style, ..) => format!("{}: {text:?} {style:?}", m.line),
                other => format!("{other:?}"),
            })
            .collect()
    }

    fn general(src: &str) -> Vec<String> {
        describe(Parser::new_from_str(src).map(|e| {
            let (event, span) = e.expect("valid YAML");
            (event, Mark::new(span.start.line(), span.start.col() + 1))
        }))
    }

    fn fast(src: &str) -> Option<Vec<String>> {
        Some(describe(events(src)?))
    }

    #[test]
    fn gives_the_general_parsers_events_for_the_written_style() {
        let src = "# kartlegg\nformat: \"x/1\"\nhost:\n  cores: 4\n  os:\n    name: \"Debian \\\"12\\\" \\u00e6\"\n  empty:\n  list: []\n  map: {}\nitems:\n  - name: \"a\"\n    version: ~\n  - \"b\"\n  -\n    deep: true\n  - - 1\n    - [2]\n";
        // A flow list is outside the style: the general parser takes it.
        assert_eq!(fast(src), None);
        let src = src.replace("[2]", "2\n  - 1.5e3\nlast: -2");
        assert_eq!(fast(&src).expect("block style"), general(&src));
    }

    #[test]
    fn leaves_everything_else_to_the_general_parser() {
        for src in [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: |\n  text\n",
            "a: [1, 2]\n",
            "a: 'single'\n",
            "a: \"open\n  b\"\n",
            "a:\tb\n",
            "a: b\r\n",
            "a:\n- b\n",
            "a: b\n  c: d\n",
            "---\na: b\n",
            "a: b # comment\n",
            "\u{feff}a: b\n",
            "a: \"\u{85}\"\n",
            "just text\n",
            "",
            "a: \"\\q\"\n",
        ] {
            assert_eq!(fast(src), None, "{src:?}");
        }
    }

    fn value() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value as J;
        let leaf = prop_oneof![
            Just(J::Null),
            any::<bool>().prop_map(J::Bool),
            any::<i64>().prop_map(J::from),
            (-1e6f64..1e6).prop_map(J::from),
            ".*".prop_map(J::String),
            "[a-z0-9 ._:#\\-\"\\\\]{0,12}".prop_map(J::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(J::Array),
                prop::collection::btree_map("[a-z_]{1,8}|.{1,6}", inner, 0..5)
                    .prop_map(|m| J::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Whatever kartlegg writes is read the same way by both readers.
        #[test]
        fn agrees_with_the_general_parser_on_written_files(v in value()) {
            let root = serde_json::json!({ "format": "x/1", "value": v });
            let src = crate::yaml::emit(&root);
            let fast = fast(&src);
            prop_assert!(fast.is_some(), "refused: {src}");
            prop_assert_eq!(fast.unwrap_or_default(), general(&src), "{}", src);
        }

        /// Arbitrary text never panics it, and what it accepts it reads as
        /// the general parser does.
        #[test]
        fn never_disagrees_on_arbitrary_text(
            src in "((  |    | )?(- |a: |b:|\"k\": |- c: |- - |#)?(x|\"y\"|~|-1|-|\\[\\]|\\{\\}|\"\\\\n\"|[a-z:#\\- ]{0,4})?\n){0,12}"
        ) {
            if let Some(fast) = fast(&src) {
                let general: Result<Vec<_>, _> = Parser::new_from_str(&src).collect();
                prop_assert!(general.is_ok(), "accepted what the general parser refuses: {src:?}");
                prop_assert_eq!(fast, self::general(&src), "{:?}", src);
            }
        }
    }
}
