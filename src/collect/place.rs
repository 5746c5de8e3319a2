//! Which questionnaire a survey is read with: the newest version of its id.
//! Answers given to an earlier released version are brought to the newest
//! through the versions' `changes:` maps, so that the pilot's answers and
//! the rollout's sit in the same columns; what a map does not carry
//! (dropped, meaning changed) is said per file, with counts. A version the
//! registry does not know is merged by question id, with a note.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::Refusal;
use crate::diagnostic::Mark;
use crate::questionnaire::history::Registry;
use crate::questionnaire::migrate::{self, Migration, Origin, Reason};
use crate::questionnaire::{Questionnaire, answer};
use crate::survey::result::SurveyResult;
use crate::tr;

/// Every version of every questionnaire merge knows, and the newest of each.
pub struct Questionnaires {
    registry: Registry,
    newest: BTreeMap<String, Arc<Questionnaire>>,
    /// The sha256 of every version, by (id, version): hashing takes the
    /// whole canonical form, so once each.
    hashes: BTreeMap<(String, String), String>,
}

/// How one survey is read.
pub(super) struct Placement {
    pub questionnaire: Arc<Questionnaire>,
    /// What needs a note in avvik.csv: (code, message).
    pub notes: Vec<(&'static str, String)>,
    /// Answers that came through a `changes:` map, by their question id in
    /// the newest version: "version: old id(s)".
    pub migrated: BTreeMap<String, String>,
}

impl Questionnaires {
    pub fn new(registry: Registry) -> Questionnaires {
        let mut newest = BTreeMap::new();
        let mut hashes = BTreeMap::new();
        for id in registry.ids() {
            for q in registry.versions(id) {
                hashes.insert((q.id.clone(), q.version.clone()), q.hash());
            }
            if let Some(q) = registry.newest(id) {
                newest.insert(id.to_string(), Arc::new(q.clone()));
            }
        }
        Questionnaires {
            registry,
            newest,
            hashes,
        }
    }

    /// One hash for every version in use, with its id and version: what
    /// merge's cache was read with.
    pub fn fingerprint(&self) -> String {
        let lines: String = self
            .hashes
            .iter()
            .map(|((id, version), hash)| format!("{id} {version} {hash}\n"))
            .collect();
        crate::questionnaire::sha256_hex(lines.as_bytes())
    }

    /// The newest version of every questionnaire.
    pub fn newest(&self) -> impl Iterator<Item = &Questionnaire> {
        self.newest.values().map(|q| &**q)
    }

    /// Finds the questionnaire for a survey and, for an earlier version,
    /// brings its answers to the newest.
    pub(super) fn place(
        &self,
        r: &mut SurveyResult,
        file: &str,
        marks: &BTreeMap<String, Mark>,
    ) -> Result<Placement, Refusal> {
        let wanted = &r.questionnaire;
        let Some(newest) = self.newest.get(&wanted.id) else {
            let id = &wanted.id;
            return Err((
                "unknown-questionnaire",
                tr!("place-the-questionnaire-is-unknown-give-it", id = id),
            ));
        };
        let mut placement = Placement {
            questionnaire: Arc::clone(newest),
            notes: Vec::new(),
            migrated: BTreeMap::new(),
        };
        let key = (wanted.id.clone(), wanted.version.clone());
        match self.hashes.get(&key) {
            Some(hash) if *hash != wanted.sha256 => {
                let version = &wanted.version;
                placement.notes.push((
                    "hash-mismatch",
                    tr!("place-the-sha256-does-not-match-version", version = version),
                ));
            }
            None => {
                let (version, here) = (&wanted.version, &newest.version);
                placement.notes.push((
                    "other-version",
                    tr!(
                        "place-answered-with-version-which-this-kartlegg",
                        version = version,
                        here = here
                    ),
                ));
            }
            Some(_) => {}
        }
        if wanted.version != newest.version
            && let Ok(migration) = migrate::migrate_result(&self.registry, r)
        {
            self.carry(r, migration, &mut placement);
        }
        if let Some(note) = unknown_questions(r, newest) {
            placement.notes.push(note);
        }
        placement
            .notes
            .extend(invalid_values(r, newest, file, marks));
        Ok(placement)
    }

    /// Replaces the answers by the migrated ones and notes what was set aside.
    fn carry(&self, r: &mut SurveyResult, m: Migration, placement: &mut Placement) {
        for arrived in &m.answers {
            if let Origin::Migrated {
                from_version,
                from_ids,
            } = &arrived.origin
            {
                let from = format!("{from_version}: {}", from_ids.join(", "));
                placement.migrated.insert(arrived.answer.id.clone(), from);
            }
        }
        r.answers = m.answers.into_iter().map(|a| a.answer).collect();
        // One note per kind and version, with the ids it concerns.
        let mut by_reason: BTreeMap<(&'static str, String), Vec<String>> = BTreeMap::new();
        for aside in &m.set_aside {
            let code = match aside.reason {
                Reason::Dropped => "migration-dropped",
                Reason::MeaningChanged => "migration-meaning-changed",
                _ => "migration-not-carried",
            };
            let why = aside.reason.describe(&aside.at_version);
            by_reason
                .entry((code, why))
                .or_default()
                .push(aside.answer.id.clone());
        }
        for ((code, why), ids) in by_reason {
            let (n, ids) = (ids.len(), ids.join(", "));
            let n = tr!("count-answers-were", n = n);
            placement.notes.push((
                code,
                tr!(
                    "place-not-carried-to-the-newest-version",
                    n = n,
                    ids = ids,
                    why = why
                ),
            ));
        }
        if let Some(note) = mostly_migrated(&placement.questionnaire, &placement.migrated) {
            placement.notes.push(note);
        }
    }
}

/// Takes out every answer whose value the question does not allow (a level
/// outside the scale, an unknown option, text for a number, …), with a note
/// naming where it stands: such a value is left out of every table and score.
fn invalid_values(
    r: &mut SurveyResult,
    q: &Questionnaire,
    file: &str,
    marks: &BTreeMap<String, Mark>,
) -> Vec<(&'static str, String)> {
    let mut notes = Vec::new();
    r.answers.retain(|a| {
        let Some(question) = q.question(&a.id) else {
            return true;
        };
        let Err(why) = answer::check(q, question, &a.response) else {
            return true;
        };
        let at = marks
            .get(&a.id)
            .map_or(format!("{file}: "), |m| format!("{file}:{m}: "));
        let id = &a.id;
        notes.push((
            "invalid-value",
            tr!("place-the-answer-is-left-out", at = at, id = id, why = why),
        ));
        false
    });
    notes
}

/// The note for answers to ids the questionnaire does not have; they are
/// left out.
fn unknown_questions(r: &SurveyResult, q: &Questionnaire) -> Option<(&'static str, String)> {
    let unknown: Vec<&str> = r
        .answers
        .iter()
        .filter(|a| q.question(&a.id).is_none())
        .map(|a| a.id.as_str())
        .collect();
    if unknown.is_empty() {
        return None;
    }
    let ids = unknown.join(", ");
    Some((
        "unknown-question",
        tr!("place-answers-to-questions-the-version-does", ids = ids),
    ))
}

/// The principles whose scored questions were mostly answered through a
/// map, so that their scores rest on migrated answers.
fn mostly_migrated(
    q: &Questionnaire,
    migrated: &BTreeMap<String, String>,
) -> Option<(&'static str, String)> {
    let mut per_principle: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (_, question) in q.questions() {
        let Some(p) = question.principle else {
            continue;
        };
        let entry = per_principle.entry(p.to_string()).or_default();
        entry.0 += 1;
        entry.1 += usize::from(migrated.contains_key(&question.id));
    }
    let mostly: BTreeSet<&str> = per_principle
        .iter()
        .filter(|(_, (all, moved))| *moved * 2 > *all)
        .map(|(p, _)| p.as_str())
        .collect();
    if mostly.is_empty() {
        return None;
    }
    let list = mostly.into_iter().collect::<Vec<_>>().join(", ");
    Some((
        "mostly-migrated",
        tr!("place-the-scores-of-principle-rest-mostly", list = list),
    ))
}
