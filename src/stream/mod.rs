//! Reads large YAML result files straight into typed values, without first
//! building a tree: a serde deserialiser driven by the parser's events. Used
//! where speed matters (merge reads thousands of inventories); it keeps the
//! same refusals as the tree reader (no aliases, no tags, limited nesting),
//! but reports only the first problem. [`events`] gives the same events to
//! readers that build values their own way (merge's survey reader).
//!
//! Files in the block style kartlegg writes are read by [`block`] without the
//! general parser; everything else goes through it.

pub(crate) mod block;
mod error;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span, StrInput};
use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use error::Error;

use crate::diagnostic::{Diagnostic, Mark};
use crate::tr;
use crate::yaml::MAX_DEPTH;

/// Where the events come from.
enum Source<'a> {
    Parser(Box<Parser<'a, StrInput<'a>>>),
    Block(Box<std::iter::Peekable<block::Events<'a>>>),
}

struct Events<'a> {
    source: Source<'a>,
    depth: usize,
    last: Mark,
}

fn syntax(e: &ScanError) -> Error {
    let m = e.marker();
    Error::syntax(Some(Mark::new(m.line(), m.col() + 1)), e.info())
}

fn mark(span: &Span) -> Mark {
    Mark::new(span.start.line(), span.start.col() + 1)
}

impl<'a> Source<'a> {
    /// The block-style reader for a text in the style kartlegg writes, the
    /// general parser for any other.
    fn of(src: &'a str) -> Source<'a> {
        match block::events(src) {
            Some(events) => Source::Block(Box::new(events.peekable())),
            None => Source::Parser(Box::new(Parser::new_from_str(src))),
        }
    }

    fn next(&mut self) -> Option<Result<(Event<'a>, Mark), ScanError>> {
        match self {
            Source::Block(events) => events.next().map(Ok),
            Source::Parser(parser) => parser
                .next_event()
                .map(|e| e.map(|(event, span)| (event, mark(&span)))),
        }
    }
}

/// The events of one YAML (or JSON) text and where each starts, from the
/// reader [`from_str`] uses: for readers that build their own values from
/// the events (see `crate::yaml::build`).
pub fn events(src: &str) -> impl Iterator<Item = Result<(Event<'_>, Mark), ScanError>> {
    let mut source = Source::of(src);
    std::iter::from_fn(move || source.next())
}

impl<'a> Events<'a> {
    fn error(&self, message: String) -> Error {
        Error::at(Some(self.last), message)
    }

    /// The next event and where it is, or `None` at the end of the input.
    fn raw(&mut self) -> Option<Result<(Event<'a>, Mark), Error>> {
        self.source.next().map(|e| e.map_err(|e| syntax(&e)))
    }

    fn next(&mut self) -> Result<Event<'a>, Error> {
        match self.raw() {
            Some(Ok((event, mark))) => {
                self.last = mark;
                Ok(event)
            }
            Some(Err(e)) => Err(e),
            None => Err(Error::end_of_document(Some(self.last))),
        }
    }

    /// One level deeper into a list or map, refused past [`MAX_DEPTH`].
    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(tr!(
                "stream-values-are-nested-deeper-than-levels",
                MAX_DEPTH = MAX_DEPTH
            )));
        }
        Ok(())
    }

    fn peek(&mut self) -> Result<&Event<'a>, Error> {
        let peeked = match &mut self.source {
            Source::Block(events) => events.peek().map(|(event, _)| Ok(event)),
            Source::Parser(parser) => parser
                .peek()
                .map(|e| e.as_ref().map(|(event, _)| event).map_err(syntax)),
        };
        let last = self.last;
        peeked.unwrap_or_else(|| Err(Error::end_of_document(Some(last))))
    }
}

/// Reads one YAML (or JSON) document into `T`.
pub fn from_str<T: DeserializeOwned>(src: &str) -> Result<T, Diagnostic> {
    let mut events = Events {
        source: Source::of(src),
        depth: 0,
        last: Mark::new(1, 1),
    };
    while matches!(events.peek()?, Event::StreamStart | Event::DocumentStart(_)) {
        events.next()?;
    }
    let value = match T::deserialize(&mut events) {
        Ok(value) => value,
        Err(e) => return Err(e.placed(events.last).into()),
    };
    loop {
        match events.raw() {
            None | Some(Ok((Event::StreamEnd, _))) => return Ok(value),
            Some(Ok((Event::DocumentEnd, _))) => {}
            Some(Ok((_, mark))) => {
                return Err(
                    Error::at(Some(mark), tr!("stream-the-file-holds-more-than-one")).into(),
                );
            }
            Some(Err(e)) => return Err(e.into()),
        }
    }
}

fn plain_scalar<'de, V: Visitor<'de>>(text: &str, visitor: V) -> Result<V::Value, Error> {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => visitor.visit_unit(),
        "true" => visitor.visit_bool(true),
        "false" => visitor.visit_bool(false),
        _ => {
            if let Ok(u) = text.parse::<u64>() {
                visitor.visit_u64(u)
            } else if let Ok(i) = text.parse::<i64>() {
                visitor.visit_i64(i)
            } else if let Some(f) = text.parse::<f64>().ok().filter(|f| f.is_finite()) {
                visitor.visit_f64(f)
            } else {
                visitor.visit_str(text)
            }
        }
    }
}

impl<'de> de::Deserializer<'de> for &mut Events<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.next()? {
            Event::Scalar(text, style, _, tag) => {
                if tag.is_some() {
                    return Err(self.error(tr!("stream-yaml-tags-tag-are-not-allowed")));
                }
                if style == ScalarStyle::Plain {
                    plain_scalar(&text, visitor)
                } else {
                    visitor.visit_str(&text)
                }
            }
            Event::SequenceStart(..) => {
                self.enter()?;
                let value = visitor.visit_seq(Items { events: self })?;
                self.depth -= 1;
                Ok(value)
            }
            Event::MappingStart(..) => {
                self.enter()?;
                let value = visitor.visit_map(Entries { events: self })?;
                self.depth -= 1;
                Ok(value)
            }
            Event::Alias(_) => Err(self.error(tr!("stream-yaml-aliases-name-are-not-allowed"))),
            _ => Err(self.error(tr!("stream-unexpected-yaml-structure"))),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let is_null = matches!(self.peek()?, Event::Scalar(text, ScalarStyle::Plain, _, None) if matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL"));
        if is_null {
            self.next()?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    /// Unit variants are written as plain words (`privacy: standard`).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.next()? {
            Event::Scalar(text, ..) => visitor.visit_enum(
                de::IntoDeserializer::<Error>::into_deserializer(text.into_owned()),
            ),
            _ => Err(self.error(tr!("stream-expected-a-word-naming-one-of"))),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

struct Items<'e, 'a> {
    events: &'e mut Events<'a>,
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if matches!(self.events.peek()?, Event::SequenceEnd) {
            self.events.next()?;
            return Ok(None);
        }
        seed.deserialize(&mut *self.events).map(Some)
    }
}

struct Entries<'e, 'a> {
    events: &'e mut Events<'a>,
}

impl<'de> MapAccess<'de> for Entries<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if matches!(self.events.peek()?, Event::MappingEnd) {
            self.events.next()?;
            return Ok(None);
        }
        seed.deserialize(&mut *self.events).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.events)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        name: String,
        count: u64,
        share: f64,
        flag: bool,
        none: Option<String>,
        items: Vec<String>,
    }

    #[test]
    fn reads_yaml_and_json_like_the_tree_reader() {
        let want = Sample {
            name: "12".into(),
            count: 3,
            share: 2.0,
            flag: true,
            none: None,
            items: vec!["a".into(), "b c".into()],
        };
        let yaml =
            "name: \"12\"\ncount: 3\nshare: 2\nflag: true\nnone: ~\nitems:\n  - a\n  - \"b c\"\n";
        assert_eq!(from_str::<Sample>(yaml).unwrap(), want);
        let json = r#"{"name": "12", "count": 3, "share": 2.0, "flag": true, "none": null, "items": ["a", "b c"]}"#;
        assert_eq!(from_str::<Sample>(json).unwrap(), want);
    }

    #[test]
    fn refuses_aliases_unknown_keys_and_deep_nesting() {
        assert!(from_str::<Sample>("name: &x a\ncount: *x\n").is_err());
        assert!(from_str::<Sample>("name: a\ncolour: red\n").is_err());
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(from_str::<serde_json::Value>(&deep).is_err());
    }
}
