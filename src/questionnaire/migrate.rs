//! Brings the answers to one questionnaire version to the newest version by
//! following the `changes:` lists version by version, so that answers from
//! the pilot and from later rounds can be merged and scored together.
//!
//! A pure function of the registry and the answers: no files, no terminal.
//! Every answer either arrives (unchanged, or migrated with where it came
//! from) or is set aside with its old id, its value as written and why, so
//! that nothing is silently lost or scored against questions it was not
//! given to. Each step uses the entry of the later version that maps
//! straight from the current one, the furthest such version first; without
//! one, the next version is reached with no changes (ids kept).

use std::fmt;

use crate::survey::result::{Answer, SurveyResult};
use crate::tr;

use super::answer::{AnswerValue, Response, Responses, State};
use super::changes::{Change, IdAt, Route};
use super::combine::{Item, combine};
use super::history::Registry;
use super::{Question, Questionnaire};

/// How an answer reached the newest version.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// Same id and value as written.
    Carried,
    /// Renamed, split from, merged from, or given against other levels or
    /// options (a `levels:` or `options:` map applied): `from_ids` are the
    /// questions answered in `from_version`, the version the file was
    /// written with.
    Migrated {
        from_version: String,
        from_ids: Vec<String>,
    },
}

/// An answer in the newest version.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrived {
    pub answer: Answer,
    pub origin: Origin,
}

/// Why an answer was not carried to the newest version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// The question was dropped (`dropped:`).
    Dropped,
    /// The question's meaning changed (`meaning_changed:`).
    MeaningChanged,
    /// The question is gone and no entry says where its answers went.
    Unmapped,
    /// Merged answers that cannot be combined (different unscored options).
    Conflict,
    /// The migrated value does not fit the new question (a level or option
    /// the map did not cover).
    DoesNotFit,
    /// The id is not a question of the version the file names.
    UnknownQuestion,
}

impl Reason {
    /// Stable name for files (`avvik.csv`) and scripts.
    pub fn name(self) -> &'static str {
        match self {
            Reason::Dropped => "dropped",
            Reason::MeaningChanged => "meaning_changed",
            Reason::Unmapped => "unmapped",
            Reason::Conflict => "conflict",
            Reason::DoesNotFit => "does_not_fit",
            Reason::UnknownQuestion => "unknown_question",
        }
    }

    /// A sentence for people, naming the version where it happened.
    pub fn describe(self, version: &str) -> String {
        match self {
            Reason::Dropped => tr!(
                "migrate-the-question-was-dropped-in-version",
                version = version
            ),
            Reason::MeaningChanged => tr!(
                "migrate-the-question-s-meaning-changed-in",
                version = version
            ),
            Reason::Unmapped => tr!("migrate-the-question-is-not-in-version", version = version),
            Reason::Conflict => tr!(
                "migrate-the-answers-merged-in-version-disagree",
                version = version
            ),
            Reason::DoesNotFit => tr!("migrate-the-answer-does-not-fit-the", version = version),
            Reason::UnknownQuestion => tr!("migrate-not-a-question-of-version", version = version),
        }
    }
}

/// An answer that did not reach the newest version, as it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub answer: Answer,
    /// The version whose map left it out.
    pub at_version: String,
    pub reason: Reason,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Migration {
    pub from_version: String,
    pub to_version: String,
    /// In the order of the newest version's questions.
    pub answers: Vec<Arrived>,
    pub set_aside: Vec<SetAside>,
}

impl Migration {
    /// The answers by question id, as scoring and `show_if` read them.
    pub fn responses(&self) -> Responses {
        self.answers
            .iter()
            .map(|a| (a.answer.id.clone(), a.answer.response.clone()))
            .collect()
    }
}

/// The questionnaire or version a result names is not in the registry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownVersion {
    pub id: String,
    pub version: String,
    /// The versions of `id` that are known.
    pub known: Vec<String>,
}

impl fmt::Display for UnknownVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (id, version) = (&self.id, &self.version);
        let text = if self.known.is_empty() {
            tr!("migrate-the-questionnaire-is-unknown-give-its", id = id)
        } else {
            let known = self.known.join(", ");
            tr!(
                "migrate-version-of-is-unknown-known-give",
                version = version,
                id = id,
                known = known
            )
        };
        f.write_str(&text)
    }
}

impl std::error::Error for UnknownVersion {}

/// The answers of a result file brought to the newest version of its
/// questionnaire.
pub fn migrate_result(
    registry: &Registry,
    result: &SurveyResult,
) -> Result<Migration, UnknownVersion> {
    let q = &result.questionnaire;
    migrate(registry, &q.id, &q.version, &result.answers)
}

/// Answers given to version `from` of questionnaire `id`, brought to its
/// newest version.
pub fn migrate(
    registry: &Registry,
    id: &str,
    from: &str,
    answers: &[Answer],
) -> Result<Migration, UnknownVersion> {
    let versions = registry.versions(id);
    let Some(mut at) = versions.iter().position(|q| q.version == from) else {
        return Err(UnknownVersion {
            id: id.to_string(),
            version: from.to_string(),
            known: versions.iter().map(|q| q.version.clone()).collect(),
        });
    };
    let mut set_aside = Vec::new();
    let mut items = Vec::new();
    for (i, answer) in answers.iter().enumerate() {
        if versions[at].question(&answer.id).is_some() {
            items.push(Item::new(i, answer));
        } else {
            set_aside.push(SetAside {
                answer: answer.clone(),
                at_version: from.to_string(),
                reason: Reason::UnknownQuestion,
            });
        }
    }
    let none = Change::default();
    while at + 1 < versions.len() {
        let (next, change) = next_step(versions, at);
        let step = Step {
            old: &versions[at],
            new: &versions[next],
            change: change.unwrap_or(&none),
            written: answers,
        };
        items = step.run(items, &mut set_aside);
        at = next;
    }
    list_once(&mut set_aside);
    let newest = &versions[at];
    let order = |item: &Item| newest.questions().position(|(_, q)| q.id == item.answer.id);
    items.sort_by_key(order);
    let answers = items
        .into_iter()
        .map(|item| Arrived {
            origin: match item.changed {
                false => Origin::Carried,
                true => Origin::Migrated {
                    from_version: from.to_string(),
                    from_ids: item
                        .written
                        .iter()
                        .map(|&i| answers[i].id.clone())
                        .collect(),
                },
            },
            answer: item.answer,
        })
        .collect();
    Ok(Migration {
        from_version: from.to_string(),
        to_version: newest.version.clone(),
        answers,
        set_aside,
    })
}

/// The parts of a split answer that are all left out later stand for one
/// written answer: it is listed once.
fn list_once(set_aside: &mut Vec<SetAside>) {
    // A set, not a list: a file of many unknown answers would take time
    // growing with the square of their number.
    let mut listed: std::collections::HashSet<(String, String, Reason)> =
        std::collections::HashSet::new();
    set_aside.retain(|s| listed.insert((s.answer.id.clone(), s.at_version.clone(), s.reason)));
}

/// The next version to reach from `at`: the furthest one with an entry
/// straight from `at`, else the next version with no entry.
fn next_step(versions: &[Questionnaire], at: usize) -> (usize, Option<&Change>) {
    let from = &versions[at].version;
    for next in (at + 1..versions.len()).rev() {
        if let Some(change) = versions[next].changes.iter().find(|c| &c.from == from) {
            return (next, Some(change));
        }
    }
    (at + 1, None)
}

/// One version to the next.
struct Step<'a> {
    old: &'a Questionnaire,
    new: &'a Questionnaire,
    change: &'a Change,
    /// The answers as written, which items point into.
    written: &'a [Answer],
}

impl Step<'_> {
    fn run(&self, items: Vec<Item>, set_aside: &mut Vec<SetAside>) -> Vec<Item> {
        let mut out = Vec::new();
        let mut merged: Vec<(&IdAt, &[IdAt], Vec<Item>)> = Vec::new();
        for mut item in items {
            let old_id = item.answer.id.clone();
            self.map_value(&old_id, &mut item);
            match self.change.route(&old_id) {
                Route::Kept if self.new.question(&old_id).is_some() => out.push(item),
                Route::Kept => self.set_aside(set_aside, item, Reason::Unmapped),
                Route::Renamed(new) => {
                    item.answer.id = new.value.clone();
                    item.changed = true;
                    out.push(item);
                }
                Route::Split(news) => {
                    let share = item.answer.seconds / news.len() as f64;
                    for new in news {
                        let mut part = item.clone();
                        part.answer.id = new.value.clone();
                        part.answer.seconds = share;
                        part.changed = true;
                        out.push(part);
                    }
                }
                Route::Merged(new, olds) => {
                    match merged.iter_mut().find(|(id, _, _)| id.value == new.value) {
                        Some((_, _, parts)) => parts.push(item),
                        None => merged.push((new, olds, vec![item])),
                    }
                }
                Route::Dropped => self.set_aside(set_aside, item, Reason::Dropped),
                Route::MeaningChanged => self.set_aside(set_aside, item, Reason::MeaningChanged),
            }
        }
        for (new, olds, mut parts) in merged {
            // Parts in the order the entry lists them, which is the order
            // texts and comments are joined in.
            parts.sort_by_key(|p| olds.iter().position(|o| o.value == p.answer.id));
            let Some(question) = self.new.question(&new.value) else {
                for part in parts {
                    self.set_aside(set_aside, part, Reason::Unmapped);
                }
                continue;
            };
            match combine(question, parts) {
                Ok(item) => out.push(item),
                Err(parts) => {
                    for part in parts {
                        self.set_aside(set_aside, part, Reason::Conflict);
                    }
                }
            }
        }
        out.into_iter()
            .filter_map(|item| self.fits(item, set_aside))
            .collect()
    }

    /// Applies the question's level or option map to the value.
    fn map_value(&self, old_id: &str, item: &mut Item) {
        if let Some(map) = self.change.level_map(old_id) {
            item.changed = true;
            if let Some(AnswerValue::Number(n)) = &mut item.answer.response.value
                && let Some((_, new)) = map.iter().find(|(old, _)| f64::from(old.value) == *n)
            {
                *n = f64::from(new.value);
            }
        }
        if let Some(map) = self.change.option_map(old_id) {
            item.changed = true;
            let rename = |id: &String| {
                map.iter()
                    .find(|(old, _)| &old.value == id)
                    .map_or_else(|| id.clone(), |(_, new)| new.value.clone())
            };
            match &mut item.answer.response.value {
                Some(AnswerValue::Text(id)) if self.is_choice(old_id) => *id = rename(id),
                Some(AnswerValue::Choices(ids)) => {
                    let mut renamed: Vec<String> = Vec::new();
                    for id in ids.iter().map(rename) {
                        if !renamed.contains(&id) {
                            renamed.push(id);
                        }
                    }
                    *ids = renamed;
                }
                _ => {}
            }
        }
    }

    fn is_choice(&self, old_id: &str) -> bool {
        self.old
            .question(old_id)
            .is_some_and(|q| !q.options.is_empty())
    }

    /// The item if its value fits the new question; else it is set aside.
    fn fits(&self, item: Item, set_aside: &mut Vec<SetAside>) -> Option<Item> {
        let question: Option<&Question> = self.new.question(&item.answer.id);
        let fits = question.is_some_and(|q| value_fits(self.new, q, &item.answer.response));
        if fits {
            return Some(item);
        }
        self.set_aside(set_aside, item, Reason::DoesNotFit);
        None
    }

    fn set_aside(&self, out: &mut Vec<SetAside>, item: Item, reason: Reason) {
        out.extend(item.written.into_iter().map(|i| SetAside {
            answer: self.written[i].clone(),
            at_version: self.new.version.clone(),
            reason,
        }));
    }
}

/// Whether an answered value fits the question; states other than
/// answered carry whatever the new question offers, since they are facts
/// about the respondent, not values.
fn value_fits(q: &Questionnaire, question: &Question, response: &Response) -> bool {
    if response.state != State::Answered {
        return true;
    }
    super::answer::check(q, question, response).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(version: &str, questions: &[&str], changes: &str) -> Questionnaire {
        let questions: Vec<String> = questions
            .iter()
            .map(|id| format!("{{id: {id}, type: yesno, text: {{nb: {id}?, en: {id}?}}}}"))
            .collect();
        let src = format!(
            "id: t\nversion: {version}\ntitle: {{nb: T, en: T}}\nsections: [{{id: d, title: {{nb: D, en: D}}, questions: [{}]}}]\n{changes}",
            questions.join(", ")
        );
        super::super::from_str(&src).unwrap_or_else(|p| panic!("{p:#?}"))
    }

    #[test]
    fn a_split_answer_dropped_later_is_set_aside_once() {
        let mut registry = Registry::default();
        registry.insert(version("1.0.0", &["a"], ""));
        registry.insert(version(
            "1.1.0",
            &["b", "c"],
            "changes: [{from: 1.0.0, split: {a: [b, c]}}]",
        ));
        registry.insert(version(
            "1.2.0",
            &["d"],
            "changes: [{from: 1.1.0, dropped: [b, c]}]",
        ));
        let src = "format: kartlegg-svar/1\ntool: k\nquestionnaire: {id: t, version: 1.0.0, sha256: x}\nmunicipality: {id: \"9901\", name: F}\nstarted: \"2026-10-05T09:00:00Z\"\nstatus: complete\nanswers:\n  - {id: a, state: answered, value: true, seconds: 10}\n";
        let result = crate::survey::result::from_str(src).unwrap();
        let m = migrate_result(&registry, &result).unwrap();
        assert!(m.answers.is_empty());
        let aside: Vec<(&str, &str, Reason)> = m
            .set_aside
            .iter()
            .map(|s| (s.answer.id.as_str(), s.at_version.as_str(), s.reason))
            .collect();
        assert_eq!(aside, [("a", "1.2.0", Reason::Dropped)]);
        assert_eq!(m.to_version, "1.2.0");
    }

    #[test]
    fn an_entry_straight_from_the_written_version_is_preferred() {
        let mut registry = Registry::default();
        registry.insert(version("1.0.0", &["a"], ""));
        registry.insert(version(
            "1.1.0",
            &["b"],
            "changes: [{from: 1.0.0, renamed: {a: b}}]",
        ));
        let both = "changes: [{from: 1.1.0, renamed: {b: c}}, {from: 1.0.0, dropped: [a]}]";
        registry.insert(version("1.2.0", &["c"], both));
        let written = |id: &str| {
            let src = format!(
                "format: kartlegg-svar/1\ntool: k\nquestionnaire: {{id: t, version: x, sha256: x}}\nmunicipality: {{id: \"9901\", name: F}}\nstarted: \"2026-10-05T09:00:00Z\"\nstatus: complete\nanswers:\n  - {{id: {id}, state: answered, value: true, seconds: 10}}\n"
            );
            crate::survey::result::from_str(&src).unwrap().answers
        };
        let m = migrate(&registry, "t", "1.0.0", &written("a")).unwrap();
        assert!(m.answers.is_empty());
        assert_eq!(m.set_aside[0].reason, Reason::Dropped);
        let m = migrate(&registry, "t", "1.1.0", &written("b")).unwrap();
        assert_eq!(m.answers[0].answer.id, "c");
        let origin = migrated_from("1.1.0", "b");
        assert_eq!(m.answers[0].origin, origin);
    }

    fn migrated_from(version: &str, id: &str) -> Origin {
        Origin::Migrated {
            from_version: version.into(),
            from_ids: vec![id.into()],
        }
    }
}
