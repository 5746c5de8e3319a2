//! Checks a revised questionnaire against an earlier version: the
//! `changes:` map names questions, levels and options that exist on each
//! side, every old question has a fate, answers keep their type, and a
//! question whose wording changed under the same id says whether its meaning
//! did. Without these checks a revision could silently score old answers
//! against new questions, and the rounds would no longer be comparable.

use crate::diagnostic::{Diagnostic, Mark};
use crate::tr;

use super::changes::{At, Change, IdAt, Route};
use super::history::Registry;
use super::{Question, Questionnaire};

/// Every problem of `new` against the earlier versions it can be compared
/// with: `previous` (given by the user) and the versions in the registry.
pub fn check_history(
    new: &Questionnaire,
    registry: &Registry,
    previous: Option<&Questionnaire>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let this = semver_of(new);
    if let Some(released) = registry.get(&new.id, &new.version)
        && released.hash() != new.hash()
    {
        let (id, version) = (&new.id, &new.version);
        out.push(Diagnostic::whole_file(
            "released-version",
            tr!(
                "revision-version-of-was-already-released-with",
                version = version,
                id = id
            ),
        ));
    }
    let mut olds: Vec<&Questionnaire> = registry
        .versions(&new.id)
        .iter()
        .filter(|q| semver_of(q) < this)
        .collect();
    if let Some(p) = previous {
        if let Some(problem) = unusable_previous(p, new) {
            out.push(problem);
        } else {
            olds.retain(|q| q.version != p.version);
            olds.push(p);
            olds.sort_by_key(|q| semver_of(q));
        }
    }
    let predecessor = olds.last().map(|q| q.version.clone());
    for old in olds {
        let entry = new.changes.iter().find(|c| c.from == old.version);
        if entry.is_some() || Some(&old.version) == predecessor.as_ref() {
            out.extend(check_revision(old, new));
        }
    }
    out.sort_by_key(|p| p.mark);
    out
}

fn semver_of(q: &Questionnaire) -> semver::Version {
    semver::Version::parse(&q.version).unwrap_or_else(|_| semver::Version::new(0, 0, 0))
}

fn unusable_previous(previous: &Questionnaire, new: &Questionnaire) -> Option<Diagnostic> {
    let (old_id, old_version, id, version) =
        (&previous.id, &previous.version, &new.id, &new.version);
    if previous.id != new.id {
        return Some(Diagnostic::whole_file(
            "previous",
            tr!(
                "revision-previous-is-the-questionnaire-but-this",
                old_id = old_id,
                id = id
            ),
        ));
    }
    (semver_of(previous) >= semver_of(new)).then(|| {
        Diagnostic::whole_file(
            "previous",
            tr!(
                "revision-previous-has-version-which-is-not",
                old_version = old_version,
                version = version
            ),
        )
    })
}

/// Problems of `new`'s map from `old` (its entry `from: old.version`, or
/// no changes at all when there is none).
pub fn check_revision(old: &Questionnaire, new: &Questionnaire) -> Vec<Diagnostic> {
    let none = Change::default();
    let explicit = new.changes.iter().find(|c| c.from == old.version);
    let check = Check {
        old,
        new,
        change: explicit.unwrap_or(&none),
        at: explicit.map(|c| c.at),
    };
    let mut out = Vec::new();
    check.old_ids_exist(&mut out);
    check.one_source_each(&mut out);
    for (_, question) in old.questions() {
        check.fate(question, &mut out);
    }
    out
}

struct Check<'a> {
    old: &'a Questionnaire,
    new: &'a Questionnaire,
    change: &'a Change,
    /// The entry's `from:`, when there is an entry.
    at: Option<Mark>,
}

impl Check<'_> {
    fn problem(&self, at: Option<Mark>, code: &'static str, message: String) -> Diagnostic {
        match at.or(self.at) {
            Some(mark) => Diagnostic::at(mark, code, message),
            None => Diagnostic::whole_file(code, message),
        }
    }

    fn old_ids_exist(&self, out: &mut Vec<Diagnostic>) {
        let version = &self.old.version;
        let keyed = self.change.levels.iter().map(|(q, _)| (q, "levels"));
        let keyed = keyed.chain(self.change.options.iter().map(|(q, _)| (q, "options")));
        for (id, key) in self.change.old_ids().into_iter().chain(keyed) {
            if self.old.question(&id.value).is_none() {
                let name = &id.value;
                let ids = self.old.questions().map(|(_, q)| q.id.as_str());
                let hint = crate::yaml::did_you_mean(name, ids);
                out.push(Diagnostic::at(
                    id.at,
                    "unknown-question",
                    tr!(
                        "changes-is-not-a-question-of-version",
                        key = key,
                        name = name,
                        version = version,
                        hint = hint
                    ),
                ));
            }
        }
    }

    /// A new question that keeps an old id cannot also receive another old
    /// question's answers.
    fn one_source_each(&self, out: &mut Vec<Diagnostic>) {
        let version = &self.old.version;
        for (id, key) in self.change.new_ids() {
            let name = &id.value;
            let kept = self.old.question(name).is_some()
                && self.change.route(name) == Route::Kept
                && self.new.question(name).is_some();
            if kept {
                out.push(Diagnostic::at(
                    id.at,
                    "mapped-twice",
                    tr!(
                        "revision-also-exists-in-version-and-keeps",
                        name = name,
                        version = version,
                        key = key
                    ),
                ));
            }
        }
    }

    /// Where the old question's answers go, and whether they fit there.
    fn fate(&self, old_q: &Question, out: &mut Vec<Diagnostic>) {
        let (id, version) = (&old_q.id, &self.old.version);
        let targets: Vec<(&Question, Option<Mark>)> = match self.change.route(id) {
            Route::Dropped | Route::MeaningChanged => return,
            Route::Kept => match self.new.question(id) {
                Some(q) => {
                    self.wording(old_q, q, out);
                    vec![(q, Some(q.at))]
                }
                None => {
                    out.push(self.problem(
                        None,
                        "unaccounted",
                        tr!(
                            "revision-of-version-is-not-in-this",
                            id = id,
                            version = version
                        ),
                    ));
                    return;
                }
            },
            Route::Renamed(new) => self.resolve(&[new]),
            Route::Split(news) => self.resolve(&news.iter().collect::<Vec<_>>()),
            Route::Merged(new, _) => self.resolve(&[new]),
        };
        for (target, at) in targets {
            if target.kind != old_q.kind {
                let (from, to, new_id) = (old_q.kind.name(), target.kind.name(), &target.id);
                out.push(self.problem(
                    at,
                    "type-changed",
                    tr!(
                        "revision-was-of-type-in-version-but",
                        id = id,
                        from = from,
                        version = version,
                        new_id = new_id,
                        to = to
                    ),
                ));
                continue;
            }
            self.levels(old_q, target, at, out);
            self.options(old_q, target, at, out);
        }
    }

    fn resolve(&self, ids: &[&IdAt]) -> Vec<(&Question, Option<Mark>)> {
        ids.iter()
            .filter_map(|id| Some((self.new.question(&id.value)?, Some(id.at))))
            .collect()
    }

    /// Every old level maps to a level the target has.
    fn levels(
        &self,
        old_q: &Question,
        target: &Question,
        at: Option<Mark>,
        out: &mut Vec<Diagnostic>,
    ) {
        let old_levels: Vec<u8> = self.old.levels_of(old_q).iter().map(|l| l.level).collect();
        let new_levels: Vec<u8> = self.new.levels_of(target).iter().map(|l| l.level).collect();
        let map = self.change.level_map(&old_q.id).unwrap_or_default();
        let (id, new_id, version) = (&old_q.id, &target.id, &self.old.version);
        for (o, n) in map {
            if !old_levels.contains(&o.value) {
                let level = o.value;
                out.push(Diagnostic::at(
                    o.at,
                    "unknown-level",
                    tr!(
                        "revision-has-no-level-in-version",
                        id = id,
                        level = level,
                        version = version
                    ),
                ));
            }
            if !new_levels.contains(&n.value) {
                let level = n.value;
                out.push(Diagnostic::at(
                    n.at,
                    "unknown-level",
                    tr!("revision-has-no-level", new_id = new_id, level = level),
                ));
            }
        }
        for level in old_levels {
            let mapped = map.iter().any(|(o, _): &(At<u8>, At<u8>)| o.value == level);
            if !mapped && !new_levels.contains(&level) {
                out.push(self.problem(
                    at,
                    "unmapped-level",
                    tr!(
                        "revision-level-of-in-version-is-not",
                        level = level,
                        id = id,
                        version = version,
                        new_id = new_id
                    ),
                ));
            }
        }
    }

    /// Every old option maps to an option the target has.
    fn options(
        &self,
        old_q: &Question,
        target: &Question,
        at: Option<Mark>,
        out: &mut Vec<Diagnostic>,
    ) {
        let map = self.change.option_map(&old_q.id).unwrap_or_default();
        let has = |q: &Question, id: &str| q.options.iter().any(|o| o.id == id);
        let (id, new_id, version) = (&old_q.id, &target.id, &self.old.version);
        for (o, n) in map {
            if !has(old_q, &o.value) {
                let option = &o.value;
                out.push(Diagnostic::at(
                    o.at,
                    "unknown-option",
                    tr!(
                        "revision-has-no-option-in-version",
                        id = id,
                        option = option,
                        version = version
                    ),
                ));
            }
            if !has(target, &n.value) {
                let option = &n.value;
                out.push(Diagnostic::at(
                    n.at,
                    "unknown-option",
                    tr!("revision-has-no-option", new_id = new_id, option = option),
                ));
            }
        }
        for option in &old_q.options {
            let option = &option.id;
            let mapped = map.iter().any(|(o, _)| &o.value == option);
            if !mapped && !has(target, option) {
                out.push(self.problem(
                    at,
                    "unmapped-option",
                    tr!(
                        "revision-the-option-of-in-version-is",
                        option = option,
                        id = id,
                        version = version,
                        new_id = new_id
                    ),
                ));
            }
        }
    }

    /// A question kept under its id whose wording changed must say whether
    /// its meaning did.
    fn wording(&self, old_q: &Question, new_q: &Question, out: &mut Vec<Diagnostic>) {
        if self.change.reworded.iter().any(|r| r.value == old_q.id) {
            return;
        }
        let changed = reworded_parts(self.old, old_q, self.new, new_q, self.change);
        if changed.is_empty() {
            return;
        }
        let (id, version) = (&old_q.id, &self.old.version);
        let what = changed.join(", ");
        out.push(Diagnostic::at(
            new_q.at,
            "reworded",
            tr!(
                "revision-the-wording-of-changed-since-version",
                id = id,
                version = version,
                what = what
            ),
        ));
    }
}

/// What of a question's wording differs between two versions: its text,
/// the texts of its levels (unless its levels are mapped) and of its options
/// (unless its options are mapped), named for a message.
pub fn reworded_parts(
    old: &Questionnaire,
    old_q: &Question,
    new: &Questionnaire,
    new_q: &Question,
    change: &Change,
) -> Vec<String> {
    let mut out = Vec::new();
    if old_q.text.nb != new_q.text.nb {
        out.push(tr!("revision-the-nb-text"));
    }
    if old_q.text.en != new_q.text.en {
        out.push(tr!("revision-the-en-text"));
    }
    if change.level_map(&old_q.id).is_none() {
        let new_levels = new.levels_of(new_q);
        for l in old.levels_of(old_q) {
            let differs = new_levels
                .iter()
                .find(|n| n.level == l.level)
                .is_some_and(|n| n.label != l.label || n.description != l.description);
            if differs {
                let level = l.level;
                out.push(tr!("revision-level", level = level));
            }
        }
    }
    if change.option_map(&old_q.id).is_none() {
        for o in &old_q.options {
            let differs = new_q
                .options
                .iter()
                .find(|n| n.id == o.id)
                .is_some_and(|n| n.text != o.text);
            if differs {
                let option = &o.id;
                out.push(tr!("revision-the-option", option = option));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "id: t
version: 1.0.0
title: {nb: T, en: T}
scales:
  - id: s
    levels:
      - {level: 0, label: {nb: Lav, en: Low}}
      - {level: 1, label: {nb: Middels, en: Middle}}
      - {level: 2, label: {nb: Høy, en: High}}
sections:
  - id: d
    title: {nb: D, en: D}
    questions:
      - {id: a, type: scale, scale: s, text: {nb: A?, en: A?}}
      - {id: b, type: yesno, text: {nb: B?, en: B?}}
";

    fn codes(old: &str, new: &str) -> Vec<String> {
        let old = super::super::from_str(old).unwrap();
        let new = super::super::from_str(new).unwrap_or_else(|p| panic!("{p:#?}"));
        check_revision(&old, &new)
            .iter()
            .map(|p| {
                format!(
                    "{} {}",
                    p.mark.map_or("-".into(), |m| m.to_string()),
                    p.code
                )
            })
            .collect()
    }

    #[test]
    fn adding_a_question_needs_no_entry() {
        let new =
            OLD.replace("1.0.0", "1.1.0") + "      - {id: c, type: text, text: {nb: C?, en: C?}}\n";
        assert!(codes(OLD, &new).is_empty());
    }

    #[test]
    fn a_changed_type_or_a_lost_level_is_refused() {
        let new = OLD
            .replace("1.0.0", "1.1.0")
            .replace("{id: b, type: yesno", "{id: b, type: text")
            .replace("      - {level: 2, label: {nb: Høy, en: High}}\n", "");
        assert_eq!(
            codes(OLD, &new),
            ["13:14 unmapped-level", "14:14 type-changed"]
        );
        let mapped = new.replace("type: text", "type: yesno")
            + "changes:\n  - from: 1.0.0\n    levels: {a: {2: 1, 3: 0}}\n    renamed: {b: a}\n";
        // Level 3 never existed; `a` now gets answers from both `a` and `b`.
        assert_eq!(
            codes(OLD, &mapped),
            [
                "18:18 mapped-twice",
                "17:24 unknown-level",
                "18:18 type-changed"
            ]
        );
    }

    #[test]
    fn level_texts_count_as_wording_unless_the_levels_are_mapped() {
        let new = OLD
            .replace("1.0.0", "1.1.0")
            .replace("nb: Middels", "nb: Noe");
        assert_eq!(codes(OLD, &new), ["14:14 reworded"]);
        let old = super::super::from_str(OLD).unwrap();
        let new = super::super::from_str(&new).unwrap();
        let (a_old, a_new) = (old.question("a").unwrap(), new.question("a").unwrap());
        let parts = reworded_parts(&old, a_old, &new, a_new, &Change::default());
        assert_eq!(parts.len(), 1);
        let mapped = OLD
            .replace("1.0.0", "1.1.0")
            .replace("nb: Middels", "nb: Noe")
            + "changes:\n  - from: 1.0.0\n    levels: {a: {1: 1}}\n";
        assert!(codes(OLD, &mapped).is_empty());
    }
}
