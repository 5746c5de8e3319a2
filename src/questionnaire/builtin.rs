//! The questionnaires compiled into the binary, and how a command-line
//! argument (`ID` or `FILE`) picks one.

use std::path::Path;

use anyhow::bail;
use rayon::prelude::*;

use crate::diagnostic::Rejected;
use crate::tr;

use super::Questionnaire;

/// (file name, YAML source) of every built-in questionnaire.
const SOURCES: &[(&str, &str)] = &[
    (
        "modenhet.yaml",
        include_str!("../../questionnaires/modenhet.yaml"),
    ),
    (
        "it-struktur.yaml",
        include_str!("../../questionnaires/it-struktur.yaml"),
    ),
    (
        "behov.yaml",
        include_str!("../../questionnaires/behov.yaml"),
    ),
    (
        "hurtigsjekk.yaml",
        include_str!("../../questionnaires/hurtigsjekk.yaml"),
    ),
];

/// Every built-in questionnaire, parsed. They are checked by the test suite,
/// so a failure here means a broken build.
pub fn all() -> anyhow::Result<Vec<Questionnaire>> {
    parse_embedded(Path::new("questionnaires"), SOURCES)
}

/// Questionnaires compiled into the binary, parsed; `folder` names where
/// their files are in the source tree, for the message if one is broken.
pub(super) fn parse_embedded(
    folder: &Path,
    sources: &[(&str, &str)],
) -> anyhow::Result<Vec<Questionnaire>> {
    // Each on its own, in parallel: every command that reads results
    // starts here.
    sources
        .par_iter()
        .map(|(name, src)| {
            super::from_str(src).map_err(|problems| {
                Rejected {
                    path: folder.join(name),
                    problems,
                }
                .into()
            })
        })
        .collect()
}

/// `(id, version)` of every built-in questionnaire, read from the top-level
/// `id:` and `version:` lines without parsing (for `--version`, which must
/// start at once). A test checks them against the parsed questionnaires.
pub fn versions() -> Vec<(&'static str, &'static str)> {
    SOURCES
        .iter()
        .map(|(_, src)| {
            let field = |key: &str| {
                src.lines()
                    .find_map(|l| l.strip_prefix(key))
                    .map(|v| v.trim().trim_matches(['"', '\'']))
                    .unwrap_or_default()
            };
            (field("id:"), field("version:"))
        })
        .collect()
}

/// A built-in questionnaire by id, or else a questionnaire file by path.
pub fn resolve(arg: &str) -> anyhow::Result<Questionnaire> {
    let builtin = all()?;
    if let Some(q) = builtin.iter().find(|q| q.id == arg) {
        return Ok(q.clone());
    }
    let path = Path::new(arg);
    if path.exists() {
        return super::from_file(path);
    }
    let ids: Vec<&str> = builtin.iter().map(|q| q.id.as_str()).collect();
    let hint = match crate::yaml::closest(arg, ids.iter().copied()) {
        Some(near) => tr!("builtin-did-you-mean", near = near),
        None => String::new(),
    };
    let ids = ids.join(", ");
    bail!(tr!(
        "builtin-is-neither-a-built-in-questionnaire",
        arg = arg,
        ids = ids,
        hint = hint
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_right_without_parsing() {
        let parsed: Vec<(String, String)> = all()
            .unwrap()
            .into_iter()
            .map(|q| (q.id, q.version))
            .collect();
        let quick: Vec<(String, String)> = versions()
            .into_iter()
            .map(|(id, v)| (id.to_string(), v.to_string()))
            .collect();
        assert_eq!(quick, parsed);
    }

    #[test]
    fn every_builtin_questionnaire_is_valid_and_named_after_its_file() {
        for (name, src) in SOURCES {
            let q = super::super::from_str(src).unwrap_or_else(|problems| {
                let lines: Vec<String> = problems
                    .iter()
                    .map(|p| p.located(Path::new(name)))
                    .collect();
                panic!("{name} has problems:\n{}", lines.join("\n"))
            });
            assert_eq!(format!("{}.yaml", q.id), *name);
            assert!(q.questions().count() > 0);
        }
    }

    /// How many texts a YAML tree gives in each of nb, nn and en.
    fn texts_per_language(node: &crate::yaml::Node, counts: &mut [usize; 3]) {
        use crate::yaml::Value;
        match &node.value {
            Value::Seq(items) => items.iter().for_each(|n| texts_per_language(n, counts)),
            Value::Map(entries) => {
                for (key, value) in entries {
                    match key.as_scalar() {
                        Some("nb") => counts[0] += 1,
                        Some("nn") => counts[1] += 1,
                        Some("en") => counts[2] += 1,
                        _ => texts_per_language(value, counts),
                    }
                }
            }
            Value::Scalar { .. } => {}
        }
    }

    /// The current questionnaires, the service catalogue and the pilot
    /// checks speak all three languages; released versions (history) may
    /// lack nynorsk, which then falls back to bokmål.
    #[test]
    fn every_current_builtin_text_has_bokmal_nynorsk_and_english() {
        let mut files: Vec<(&str, &str)> = SOURCES.to_vec();
        files.push(("tjenestekatalog.yaml", crate::catalogue::BUILTIN));
        files.push((
            "config/pilot.yaml",
            crate::analysis::settings::BUILTIN_PILOT,
        ));
        let mut all = [0; 3];
        for (name, src) in files {
            let root = crate::yaml::parse(src).unwrap();
            let gaps: Vec<String> = crate::yaml::untranslated(&root)
                .iter()
                .map(|p| p.located(Path::new(name)))
                .collect();
            assert!(gaps.is_empty(), "{}", gaps.join("\n"));
            let mut counts = [0; 3];
            texts_per_language(&root, &mut counts);
            assert!(
                counts[0] > 0 && counts.iter().all(|&c| c == counts[0]),
                "{name}: {counts:?}"
            );
            all.iter_mut().zip(counts).for_each(|(a, c)| *a += c);
        }
        println!("texts (nb, nn, en): {all:?}");
    }

    #[test]
    fn nynorsk_is_read_and_a_missing_one_falls_back_to_bokmal() {
        let q = super::super::from_str(SOURCES[0].1).unwrap();
        let title = &q.title;
        assert_eq!(
            title.in_lang(crate::i18n::Lang::Nn),
            "Modenheit i informasjonstryggleik (grunnprinsippa til NSM)"
        );
        let src = "id: t\nversion: 1.0.0\ntitle: {nb: Tittel, en: Title}\nsections:\n  - id: s\n    title: {nb: S, nn: D, en: P}\n    questions:\n      - {id: a, type: yesno, text: {nb: A?, en: A?}}\n";
        let q = super::super::from_str(src).unwrap();
        assert_eq!(q.title.in_lang(crate::i18n::Lang::Nn), "Tittel");
        assert_eq!(q.sections[0].title.in_lang(crate::i18n::Lang::Nn), "D");
        // A translation added later does not change the hash result files record.
        let without = super::super::from_str(&src.replace("nn: D, ", "")).unwrap();
        assert_eq!(q.hash(), without.hash());
    }

    #[test]
    fn resolve_suggests_the_closest_id() {
        let err = resolve("hurtigsjek").unwrap_err().to_string();
        assert!(err.contains("hurtigsjekk"), "{err}");
    }
}
