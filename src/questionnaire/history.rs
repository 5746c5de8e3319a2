//! Every released version of the built-in questionnaires, compiled in, and
//! the registry that finds a version by id and number.
//!
//! A result file names the questionnaire version it was answered with and its
//! hash. So that any answer a released kartlegg wrote can still be read after
//! a revision, each released version is kept as it was in
//! `questionnaires/history/<id>-<version>.yaml` and never edited again; its
//! hash is what its result files recorded. The registry holds those versions
//! beside the current ones (and any file a command is given), in version
//! order, which is what the `changes:` chain and migration walk.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::bail;

use crate::survey::result::QuestionnaireRef;
use crate::tr;

use super::{Questionnaire, builtin};

/// (file name, YAML source) of every released version kept.
const SOURCES: &[(&str, &str)] = &[
    (
        "modenhet-1.0.0.yaml",
        include_str!("../../questionnaires/history/modenhet-1.0.0.yaml"),
    ),
    (
        "it-struktur-1.0.0.yaml",
        include_str!("../../questionnaires/history/it-struktur-1.0.0.yaml"),
    ),
    (
        "behov-1.0.0.yaml",
        include_str!("../../questionnaires/history/behov-1.0.0.yaml"),
    ),
    (
        "hurtigsjekk-1.0.0.yaml",
        include_str!("../../questionnaires/history/hurtigsjekk-1.0.0.yaml"),
    ),
];

/// Every released version kept in the binary, parsed. They are checked by
/// the test suite, so a failure here means a broken build.
pub fn all() -> anyhow::Result<Vec<Questionnaire>> {
    builtin::parse_embedded(Path::new("questionnaires/history"), SOURCES)
}

/// Questionnaires by id, each id's versions in ascending semantic-version
/// order, one questionnaire per (id, version).
#[derive(Clone, Debug, Default)]
pub struct Registry {
    by_id: BTreeMap<String, Vec<Questionnaire>>,
}

fn semver_of(q: &Questionnaire) -> semver::Version {
    // Versions are checked when a questionnaire is read.
    semver::Version::parse(&q.version).unwrap_or_else(|_| semver::Version::new(0, 0, 0))
}

impl Registry {
    /// The current built-in questionnaires and every released version kept.
    pub fn builtin() -> anyhow::Result<Registry> {
        let mut registry = Registry::default();
        for q in all()?.into_iter().chain(builtin::all()?) {
            registry.insert(q);
        }
        Ok(registry)
    }

    /// Adds a questionnaire; one already there with the same id and version
    /// is replaced and returned.
    pub fn insert(&mut self, q: Questionnaire) -> Option<Questionnaire> {
        let versions = self.by_id.entry(q.id.clone()).or_default();
        if let Some(same) = versions.iter_mut().find(|v| v.version == q.version) {
            return Some(std::mem::replace(same, q));
        }
        versions.push(q);
        versions.sort_by_key(semver_of);
        None
    }

    /// Every version of a questionnaire, oldest first.
    pub fn versions(&self, id: &str) -> &[Questionnaire] {
        self.by_id.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn get(&self, id: &str, version: &str) -> Option<&Questionnaire> {
        self.versions(id).iter().find(|q| q.version == version)
    }

    pub fn newest(&self, id: &str) -> Option<&Questionnaire> {
        self.versions(id).last()
    }

    /// The version a result file names, if its hash matches too.
    pub fn find(&self, wanted: &QuestionnaireRef) -> Option<&Questionnaire> {
        self.get(&wanted.id, &wanted.version)
            .filter(|q| q.hash() == wanted.sha256)
    }

    /// Ids of every questionnaire held.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }

    /// A questionnaire named on the command line: `ID@VERSION` (a version
    /// kept in the registry), a built-in `ID` (its newest version), or a file.
    pub fn resolve(&self, arg: &str) -> anyhow::Result<Questionnaire> {
        let Some((id, version)) = arg.split_once('@').filter(|_| !Path::new(arg).exists()) else {
            return builtin::resolve(arg);
        };
        if let Some(q) = self.get(id, version) {
            return Ok(q.clone());
        }
        let known: Vec<&str> = self
            .versions(id)
            .iter()
            .map(|q| q.version.as_str())
            .collect();
        if known.is_empty() {
            let ids: Vec<&str> = self.ids().collect();
            let ids = ids.join(", ");
            bail!(tr!(
                "history-is-not-a-built-in-questionnaire",
                id = id,
                ids = ids
            ));
        }
        let known = known.join(", ");
        bail!(tr!(
            "history-version-of-is-not-known-here",
            version = version,
            id = id,
            known = known
        ))
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn every_history_file_is_embedded_valid_and_named_after_its_content() {
        let mut on_disk: Vec<String> = std::fs::read_dir(root().join("questionnaires/history"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".yaml"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = SOURCES.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded, "list every history file in SOURCES");
        for ((name, _), q) in SOURCES.iter().zip(all().unwrap()) {
            assert_eq!(format!("{}-{}.yaml", q.id, q.version), *name);
        }
    }

    #[test]
    fn released_versions_keep_the_hash_their_result_files_recorded() {
        let registry = Registry::builtin().unwrap();
        let mut checked = 0;
        for site in std::fs::read_dir(root().join("examples/pilot/innkommet")).unwrap() {
            for file in std::fs::read_dir(site.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if !name.starts_with("kartlegg-svar-") {
                    continue;
                }
                let src = std::fs::read_to_string(&path).unwrap();
                let result = crate::survey::result::from_str(&src).unwrap();
                let wanted = &result.questionnaire;
                if wanted.version != "1.0.0" {
                    continue; // written by hand before the first release
                }
                let q = registry.find(wanted);
                assert!(q.is_some(), "{name}: {wanted:?} not found");
                let kept = all().unwrap().into_iter().find(|q| q.id == wanted.id);
                assert_eq!(kept.unwrap().hash(), wanted.sha256, "{name}");
                checked += 1;
            }
        }
        assert!(checked >= 15, "only {checked} result files checked");
    }

    #[test]
    fn the_current_version_is_the_newest_and_a_released_one_is_never_edited() {
        let registry = Registry::builtin().unwrap();
        let kept = all().unwrap();
        for current in builtin::all().unwrap() {
            let newest = registry.newest(&current.id).unwrap();
            assert_eq!(newest.version, current.version, "{}", current.id);
            if let Some(released) = kept
                .iter()
                .find(|k| k.id == current.id && k.version == current.version)
            {
                assert_eq!(
                    released.hash(),
                    current.hash(),
                    "{} {} was released with other content: raise its version",
                    current.id,
                    current.version
                );
            }
            assert!(!registry.versions(&current.id).is_empty());
        }
    }

    #[test]
    fn registry_keeps_versions_in_order_and_resolves_id_at_version() {
        let mut registry = Registry::builtin().unwrap();
        let mut later = registry.get("hurtigsjekk", "1.0.0").unwrap().clone();
        later.version = "1.10.0".into();
        let mut between = later.clone();
        between.version = "1.2.0".into();
        assert!(registry.insert(later).is_none());
        assert!(registry.insert(between).is_none());
        let order: Vec<&str> = registry
            .versions("hurtigsjekk")
            .iter()
            .map(|q| q.version.as_str())
            .collect();
        assert_eq!(order, ["1.0.0", "1.1.0", "1.2.0", "1.10.0"]);
        assert_eq!(
            registry.resolve("hurtigsjekk@1.2.0").unwrap().version,
            "1.2.0"
        );
        let err = registry
            .resolve("hurtigsjekk@0.1.0")
            .unwrap_err()
            .to_string();
        assert!(err.contains("1.0.0, 1.1.0, 1.2.0, 1.10.0"), "{err}");
        assert!(registry.resolve("ukjent@1.0.0").is_err());
    }
}
