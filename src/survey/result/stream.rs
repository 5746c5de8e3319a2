//! Reading result files in `merge` without a tree of their answers. The
//! document's events (from [`crate::stream::events`]) build the same tree
//! the tree reader builds, but each item of `answers:` and `unanswered:` is
//! decoded as soon as it is complete and its small tree dropped: a file of a
//! hundred thousand short answers is held as its typed answers, not as a
//! node per key and value.
//!
//! The rules are the tree reader's own: the same decoder functions read each
//! item and the rest of the file, and their problems come in the same order,
//! at the same lines and columns. [`super::from_str`] stays the reader of a
//! single file (`survey --resume`, `report`).

use std::collections::BTreeMap;

use super::{Answer, Note, SurveyResult};
use crate::diagnostic::{Diagnostic, Mark};
use crate::yaml::{Decoder, Fields, Node, Value};

/// A document read, with the items of its top-level answer lists taken out
/// of its tree and decoded.
pub struct Parsed {
    /// The document without the items of its first `answers:` and
    /// `unanswered:` lists (those lists are empty here).
    pub root: Node,
    lists: Lists,
}

/// The items of `answers:` and `unanswered:` decoded while the file was read.
#[derive(Default)]
pub(super) struct Lists {
    answers: Listed<Answer>,
    unanswered: Listed<Note>,
    /// Where the value of each answer stands (its entry where it has no
    /// value), as [`crate::collect`] names a value the questionnaire does
    /// not allow; a later answer to an id wins.
    marks: BTreeMap<String, Mark>,
}

/// The items of one list: those that read, and the problems of the others.
struct Listed<T> {
    items: Vec<T>,
    /// Every item read.
    complete: bool,
    decoder: Decoder,
}

impl<T> Default for Listed<T> {
    fn default() -> Self {
        Listed {
            items: Vec::new(),
            complete: true,
            decoder: Decoder::default(),
        }
    }
}

impl<T> Listed<T> {
    fn take(&mut self, item: &Node, read: fn(&mut Decoder, &Node) -> Option<T>) {
        match read(&mut self.decoder, item) {
            Some(value) => self.items.push(value),
            None => self.complete = false,
        }
    }

    /// The list under `key` as the tree reader gives it: the items taken
    /// when its value is a list, else what the tree says (nothing, or a
    /// value that is not a list). The problems join `d`'s at this point.
    fn decoded(
        self,
        d: &mut Decoder,
        f: &Fields,
        key: &str,
        read: fn(&mut Decoder, &Node) -> Option<T>,
    ) -> Option<Vec<T>> {
        match f.get(key) {
            Some(node) if matches!(node.value, Value::Seq(_)) => {
                d.problems.extend(self.decoder.problems);
                // The list grew an item at a time: its spare room goes, as
                // every kept survey holds its answers to the end.
                let mut items = self.items;
                items.shrink_to_fit();
                self.complete.then_some(items)
            }
            _ => super::optional_list(d, f, key, read),
        }
    }
}

impl Lists {
    /// Takes an item of a top-level list: answers and notes are decoded and
    /// kept out of the tree, items of any other list stay in it.
    fn take(&mut self, key: &str, item: Node) -> Option<Node> {
        match key {
            "answers" => {
                if let Some(id) = item.get("id").and_then(Node::as_scalar) {
                    let at = item.get("value").map_or(item.mark, |v| v.mark);
                    self.marks.insert(id.to_string(), at);
                }
                self.answers.take(&item, super::answer);
            }
            "unanswered" => self.unanswered.take(&item, super::note),
            _ => return Some(item),
        }
        None
    }

    /// The answers and notes, with their problems added to `d`'s, answers
    /// first, as the tree reader reports them.
    pub(super) fn decoded(
        self,
        d: &mut Decoder,
        f: &Fields,
    ) -> (Option<Vec<Answer>>, Option<Vec<Note>>) {
        let answers = self.answers.decoded(d, f, "answers", super::answer);
        let unanswered = self.unanswered.decoded(d, f, "unanswered", super::note);
        (answers, unanswered)
    }
}

/// Reads a document, taking out and decoding the items of its answer lists
/// as they come; a syntax problem, alias, tag or second document is refused
/// as [`crate::yaml::parse`] refuses it.
pub fn parse(src: &str) -> Result<Parsed, Diagnostic> {
    let mut lists = Lists::default();
    let root = crate::yaml::build(crate::stream::events(src), &mut |key, item| {
        lists.take(key, item)
    })?;
    Ok(Parsed { root, lists })
}

impl Parsed {
    /// The result the document holds, as [`super::from_node`] reads it, and
    /// where each answer's value stands.
    pub fn into_result(
        self,
    ) -> (
        Result<SurveyResult, Vec<Diagnostic>>,
        BTreeMap<String, Mark>,
    ) {
        let Parsed { root, mut lists } = self;
        let marks = std::mem::take(&mut lists.marks);
        (super::decoded(&root, Some(lists)), marks)
    }
}

#[cfg(test)]
mod tests;
