//! A questionnaire's `changes:` list: for each earlier version, how its
//! answers map onto this one (renamed, split, merged, dropped, rescaled,
//! options renamed, meaning changed, reworded).
//!
//! This module reads the list and checks what can be checked with the new
//! version alone (targets exist, nothing is mapped twice). Checks against
//! the old version live in `revision`; using the map lives in `migrate`.
//! The list is not part of the canonical form, so the hash of a version
//! stays what its result files recorded even when its map is corrected.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Mark};
use crate::tr;
use crate::yaml::{Decoder, Node, Value};

use super::Questionnaire;
use super::decode::fields::{read_id, read_level_number, read_version};

/// A value read from the file and where it stood.
#[derive(Clone, Debug, PartialEq)]
pub struct At<T> {
    pub value: T,
    pub at: Mark,
}

/// A question or option id and where it stood.
pub type IdAt = At<String>;

/// Old level → new level, each where it stood.
pub type LevelMap = Vec<(At<u8>, At<u8>)>;

/// How the answers of one earlier version map onto this version. Ids on the
/// old side are the earlier version's; ids on the new side are this one's.
/// A question of the old version that is not named keeps its id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    /// Where the `from:` value stands.
    pub at: Mark,
    /// The earlier version.
    pub from: String,
    /// old id → new id.
    pub renamed: Vec<(IdAt, IdAt)>,
    /// old id → new ids; the old answer fills each.
    pub split: Vec<(IdAt, Vec<IdAt>)>,
    /// new id ← old ids; answers are combined (see `migrate`).
    pub merged: Vec<(IdAt, Vec<IdAt>)>,
    /// Old questions whose answers have no place in this version.
    pub dropped: Vec<IdAt>,
    /// old question → (old level → new level).
    pub levels: Vec<(IdAt, LevelMap)>,
    /// old question → (old option → new option).
    pub options: Vec<(IdAt, Vec<(IdAt, IdAt)>)>,
    /// Kept under the same id, but answers to the old wording are not
    /// scored against the new one.
    pub meaning_changed: Vec<IdAt>,
    /// Wording changed under the same id, meaning kept: answers carry.
    pub reworded: Vec<IdAt>,
}

/// Where the answer to one old question goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Route<'a> {
    /// Same id, same meaning.
    Kept,
    Renamed(&'a IdAt),
    Split(&'a [IdAt]),
    /// Combined with the other old questions into this new one.
    Merged(&'a IdAt, &'a [IdAt]),
    Dropped,
    MeaningChanged,
}

impl Change {
    /// Where the answer to the old question `old` goes.
    pub fn route(&self, old: &str) -> Route<'_> {
        if let Some((_, new)) = self.renamed.iter().find(|(o, _)| o.value == old) {
            return Route::Renamed(new);
        }
        if let Some((_, news)) = self.split.iter().find(|(o, _)| o.value == old) {
            return Route::Split(news);
        }
        if let Some((new, olds)) = self
            .merged
            .iter()
            .find(|(_, olds)| olds.iter().any(|o| o.value == old))
        {
            return Route::Merged(new, olds);
        }
        if self.dropped.iter().any(|o| o.value == old) {
            return Route::Dropped;
        }
        if self.meaning_changed.iter().any(|o| o.value == old) {
            return Route::MeaningChanged;
        }
        Route::Kept
    }

    /// The level map of an old scale question, if its scale was rewritten.
    pub fn level_map(&self, old: &str) -> Option<&[(At<u8>, At<u8>)]> {
        self.levels
            .iter()
            .find(|(q, _)| q.value == old)
            .map(|(_, m)| m.as_slice())
    }

    /// The option map of an old single or multi question.
    pub fn option_map(&self, old: &str) -> Option<&[(IdAt, IdAt)]> {
        self.options
            .iter()
            .find(|(q, _)| q.value == old)
            .map(|(_, m)| m.as_slice())
    }

    /// Every old question id the entry names, with the key that names it.
    pub fn old_ids(&self) -> Vec<(&IdAt, &'static str)> {
        let mut out: Vec<(&IdAt, &'static str)> = Vec::new();
        out.extend(self.renamed.iter().map(|(o, _)| (o, "renamed")));
        out.extend(self.split.iter().map(|(o, _)| (o, "split")));
        out.extend(
            self.merged
                .iter()
                .flat_map(|(_, os)| os)
                .map(|o| (o, "merged")),
        );
        out.extend(self.dropped.iter().map(|o| (o, "dropped")));
        out.extend(self.meaning_changed.iter().map(|o| (o, "meaning_changed")));
        out.extend(self.reworded.iter().map(|o| (o, "reworded")));
        out
    }

    /// Every new question id the entry maps answers to, with its key.
    pub fn new_ids(&self) -> Vec<(&IdAt, &'static str)> {
        let mut out: Vec<(&IdAt, &'static str)> = Vec::new();
        out.extend(self.renamed.iter().map(|(_, n)| (n, "renamed")));
        out.extend(
            self.split
                .iter()
                .flat_map(|(_, ns)| ns)
                .map(|n| (n, "split")),
        );
        out.extend(self.merged.iter().map(|(n, _)| (n, "merged")));
        out
    }
}

const CHANGE_KEYS: &[&str] = &[
    "from",
    "renamed",
    "split",
    "merged",
    "dropped",
    "levels",
    "options",
    "meaning_changed",
    "reworded",
];

/// Reads one entry of `changes:`.
pub(crate) fn change(d: &mut Decoder, node: &Node) -> Option<Change> {
    let f = d.fields(node, CHANGE_KEYS)?;
    let from_node = d.required(&f, "from");
    let from = from_node.and_then(|n| read_version(d, n));
    let map = |d: &mut Decoder, key: &str, value: fn(&mut Decoder, &Node) -> Option<IdAt>| {
        f.get(key).map_or(Some(Vec::new()), |n| id_map(d, n, value))
    };
    let renamed = map(d, "renamed", id_at);
    let split = f
        .get("split")
        .map_or(Some(Vec::new()), |n| id_map(d, n, ids_at));
    let merged = f
        .get("merged")
        .map_or(Some(Vec::new()), |n| id_map(d, n, ids_at));
    let options = f.get("options").map_or(Some(Vec::new()), |n| {
        id_map(d, n, |d, n| id_map(d, n, id_at))
    });
    let levels = f
        .get("levels")
        .map_or(Some(Vec::new()), |n| id_map(d, n, level_map));
    let list = |d: &mut Decoder, key: &str| f.get(key).map_or(Some(Vec::new()), |n| ids_at(d, n));
    let dropped = list(d, "dropped");
    let meaning_changed = list(d, "meaning_changed");
    let reworded = list(d, "reworded");
    Some(Change {
        at: from_node.map_or(f.mark, |n| n.mark),
        from: from?,
        renamed: renamed?,
        split: split?,
        merged: merged?,
        dropped: dropped?,
        levels: levels?,
        options: options?,
        meaning_changed: meaning_changed?,
        reworded: reworded?,
    })
}

fn id_at(d: &mut Decoder, node: &Node) -> Option<IdAt> {
    read_id(d, node).map(|value| At {
        value,
        at: node.mark,
    })
}

/// A non-empty list of ids.
fn ids_at(d: &mut Decoder, node: &Node) -> Option<Vec<IdAt>> {
    let items = d.seq(node)?;
    if items.is_empty() {
        d.report(node.mark, "empty", tr!("changes-the-list-is-empty"));
        return None;
    }
    let out: Vec<IdAt> = items.iter().filter_map(|n| id_at(d, n)).collect();
    (out.len() == items.len()).then_some(out)
}

/// A map whose keys are ids, each value read by `value`; repeated keys are
/// reported.
fn id_map<T>(
    d: &mut Decoder,
    node: &Node,
    value: impl Fn(&mut Decoder, &Node) -> Option<T>,
) -> Option<Vec<(IdAt, T)>> {
    let Value::Map(entries) = &node.value else {
        d.fields(node, &[]); // reports the wrong type
        return None;
    };
    let mut out: Vec<(IdAt, T)> = Vec::new();
    let mut ok = true;
    for (key, v) in entries {
        let (key, v) = (id_at(d, key), value(d, v));
        match (key, v) {
            (Some(key), Some(v)) => {
                if out.iter().any(|(k, _)| k.value == key.value) {
                    let id = &key.value;
                    d.report(
                        key.at,
                        "duplicate-key",
                        tr!("changes-appears-twice", id = id),
                    );
                }
                out.push((key, v));
            }
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

/// `{old_level: new_level}`.
fn level_map(d: &mut Decoder, node: &Node) -> Option<LevelMap> {
    let Value::Map(entries) = &node.value else {
        d.fields(node, &[]);
        return None;
    };
    let mut out: LevelMap = Vec::new();
    let mut ok = true;
    for (key, v) in entries {
        let old = read_level_number(d, key).map(|value| At {
            value,
            at: key.mark,
        });
        let new = read_level_number(d, v).map(|value| At { value, at: v.mark });
        match (old, new) {
            (Some(old), Some(new)) => {
                if out.iter().any(|(o, _)| o.value == old.value) {
                    let level = old.value;
                    d.report(
                        old.at,
                        "duplicate-key",
                        tr!("changes-level-appears-twice", level = level),
                    );
                }
                out.push((old, new));
            }
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

/// Checks of `changes:` that need only this version: each earlier version
/// once and really earlier, new ids that exist, and no id mapped twice.
pub fn check_targets(q: &Questionnaire) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let this = semver::Version::parse(&q.version).ok();
    let mut seen: HashMap<&str, Mark> = HashMap::new();
    for change in &q.changes {
        let from = &change.from;
        if let Some(line) = seen.insert(from, change.at).map(|m| m.line) {
            out.push(Diagnostic::at(
                change.at,
                "duplicate-id",
                tr!(
                    "changes-the-changes-from-are-already-given",
                    from = from,
                    line = line
                ),
            ));
        }
        let earlier = semver::Version::parse(from).ok();
        if let (Some(this), Some(earlier)) = (&this, earlier)
            && earlier >= *this
        {
            let version = &q.version;
            out.push(Diagnostic::at(
                change.at,
                "not-earlier",
                tr!(
                    "changes-from-must-be-a-version-earlier",
                    from = from,
                    version = version
                ),
            ));
        }
        out.extend(check_entry(q, change));
    }
    out
}

fn check_entry(q: &Questionnaire, change: &Change) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let kept = change
        .meaning_changed
        .iter()
        .chain(&change.reworded)
        .map(|id| (id, "meaning_changed/reworded"));
    for (id, key) in change.new_ids().into_iter().chain(kept) {
        if q.question(&id.value).is_none() {
            out.push(unknown_new(q, id, key));
        }
    }
    let mut olds: HashMap<&str, &str> = HashMap::new();
    for (id, key) in change.old_ids() {
        if let Some(first) = olds.insert(&id.value, key) {
            let name = &id.value;
            let message = if first == key {
                tr!("changes-appears-twice-under", name = name, key = key)
            } else {
                tr!(
                    "changes-is-under-both-and-an-old",
                    name = name,
                    first = first,
                    key = key
                )
            };
            out.push(Diagnostic::at(id.at, "mapped-twice", message));
        }
    }
    let mut news: HashMap<&str, &str> = HashMap::new();
    for (id, key) in change.new_ids() {
        if let Some(first) = news.insert(&id.value, key) {
            let name = &id.value;
            out.push(Diagnostic::at(
                id.at,
                "mapped-twice",
                tr!(
                    "changes-gets-answers-from-both-and-a",
                    name = name,
                    first = first,
                    key = key
                ),
            ));
        }
    }
    out
}

fn unknown_new(q: &Questionnaire, id: &IdAt, key: &str) -> Diagnostic {
    let name = &id.value;
    let version = &q.version;
    let ids = q.questions().map(|(_, q)| q.id.as_str());
    let hint = crate::yaml::did_you_mean(name, ids);
    Diagnostic::at(
        id.at,
        "unknown-question",
        tr!(
            "changes-is-not-a-question-of-version",
            key = key,
            name = name,
            version = version,
            hint = hint
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::Route;

    const BASE: &str = "id: t
version: 1.1.0
title: {nb: T, en: T}
scales:
  - id: s
    levels:
      - {level: 0, label: {nb: Ingen, en: None}}
      - {level: 1, label: {nb: En, en: One}}
sections:
  - id: d
    title: {nb: D, en: D}
    questions:
      - {id: a, type: scale, scale: s, text: {nb: A?, en: A?}}
      - {id: b1, type: yesno, text: {nb: B1?, en: B1?}}
      - {id: b2, type: yesno, text: {nb: B2?, en: B2?}}
      - {id: c, type: single, text: {nb: C?, en: C?}, options: [{id: x, text: {nb: X, en: X}}]}
";

    fn with_changes(changes: &str) -> Result<super::Questionnaire, Vec<String>> {
        let src = format!("{BASE}changes:\n{changes}");
        super::super::from_str(&src).map_err(|problems| {
            problems
                .iter()
                .map(|p| format!("{} {} {}", p.mark.unwrap_or_default(), p.code, p.message))
                .collect()
        })
    }

    #[test]
    fn reads_every_kind_of_mapping_and_routes_old_ids() {
        let q = with_changes(
            "  - from: 1.0.0
    renamed: {a_old: a}
    split: {b: [b1, b2]}
    merged: {c: [c1, c2]}
    dropped: [gone]
    levels: {a_old: {0: 0, 5: 1}}
    options: {c1: {y: x}}
    meaning_changed: [a]
    reworded: [c]
",
        );
        let q = q.unwrap_or_else(|p| panic!("{p:?}"));
        let change = &q.changes[0];
        assert_eq!(change.from, "1.0.0");
        assert_eq!(change.at.line, 18);
        assert!(matches!(change.route("a_old"), Route::Renamed(n) if n.value == "a"));
        match change.route("b") {
            Route::Split(news) => {
                let ids: Vec<&str> = news.iter().map(|n| n.value.as_str()).collect();
                assert_eq!(ids, ["b1", "b2"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(
            matches!(change.route("c2"), Route::Merged(n, olds) if n.value == "c" && olds.len() == 2)
        );
        assert_eq!(change.route("gone"), Route::Dropped);
        assert_eq!(change.route("a"), Route::MeaningChanged);
        assert_eq!(change.route("c"), Route::Kept);
        let levels: Vec<(u8, u8)> = change
            .level_map("a_old")
            .unwrap()
            .iter()
            .map(|(o, n)| (o.value, n.value))
            .collect();
        assert_eq!(levels, [(0, 0), (5, 1)]);
        let options = change.option_map("c1").unwrap();
        assert_eq!(
            (options[0].0.value.as_str(), options[0].1.value.as_str()),
            ("y", "x")
        );
    }

    #[test]
    fn changes_do_not_change_the_hash() {
        let without = super::super::from_str(BASE).unwrap();
        let with = with_changes("  - from: 1.0.0\n    dropped: [gone]\n").unwrap();
        assert_eq!(without.hash(), with.hash());
        assert!(without.changes.is_empty());
    }

    #[test]
    fn reports_bad_entries_at_their_place() {
        let problems = with_changes(
            "  - from: 1.2.0
    renamed: {a_old: aa}
    dropped: [x, x]
    colour: red
  - from: 1.0.0
    split: {b: []}
    levels: {a: {0: 9}}
  - from: 1.0.1
    merged: {c: [c1]}
    renamed: {c0: c}
  - from: 1.0.1
    dropped: [z]
",
        )
        .unwrap_err();
        let expected = [
            "18:11 not-earlier",
            "19:22 unknown-question",
            "20:18 mapped-twice",
            "21:5 unknown-key",
            "23:16 empty",
            "24:21 out-of-range",
            "26:14 mapped-twice",
            "28:11 duplicate-id",
        ];
        for (want, got) in expected.iter().zip(&problems) {
            assert!(got.starts_with(want), "{want} vs {got}\n{problems:#?}");
        }
        assert_eq!(problems.len(), expected.len(), "{problems:#?}");
        assert!(
            problems[1].contains("did you mean `a`") || problems[1].contains("mente du `a`"),
            "{}",
            problems[1]
        );
    }
}
