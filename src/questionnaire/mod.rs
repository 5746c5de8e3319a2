//! Questionnaires: the model, how it is read and checked, the `show_if`
//! language, scoring, and the questionnaires built into the binary.
//!
//! The model is plain data. Positions ([`Mark`]) ride along so that checks run
//! after reading can still point at the right line; they are left out of the
//! canonical form, so moving a question in the file does not change the hash
//! unless its content or order changes.

pub mod answer;
pub mod builtin;
pub mod changes;
pub(crate) mod combine;
pub(crate) mod decode;
pub mod diff;
pub mod diff_render;
pub mod expr;
pub mod history;
pub mod migrate;
pub mod render;
pub mod revision;
pub mod scoring;
pub(crate) mod validate;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Serialize, Serializer};
use sha2::{Digest, Sha256};

use crate::diagnostic::{Diagnostic, Mark, Rejected};
use crate::i18n::Text;
use crate::nsm::PrincipleId;

/// Questionnaire files larger than this are refused unread.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Questionnaire {
    pub id: String,
    /// Semantic version: a new question or changed wording raises it; a
    /// question whose meaning changes gets a new id instead.
    pub version: String,
    pub title: Text,
    pub description: Option<Text>,
    /// Ask every question where its answer can be documented, unless the
    /// question says otherwise. Left out of the canonical form when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub evidence: bool,
    pub scales: Vec<Scale>,
    pub sections: Vec<Section>,
    /// How answers to earlier versions map onto this one. Not part of the
    /// canonical form: see [`changes`].
    #[serde(skip)]
    pub changes: Vec<changes::Change>,
}

/// A reusable answer scale: labelled levels, each with a general description.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scale {
    #[serde(skip)]
    pub at: Mark,
    pub id: String,
    pub levels: Vec<Level>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Level {
    pub level: u8,
    pub label: Text,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    #[serde(skip)]
    pub at: Mark,
    pub id: String,
    pub title: Text,
    pub intro: Option<Text>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// A level 0–5 on a named scale.
    Scale,
    /// One of several options.
    Single,
    /// Any number of several options.
    Multi,
    YesNo,
    Number,
    Text,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// The `pick` most important of several options, in order.
    Rank,
}

impl QuestionKind {
    pub const ALL: [(&'static str, QuestionKind); 8] = [
        ("scale", QuestionKind::Scale),
        ("single", QuestionKind::Single),
        ("multi", QuestionKind::Multi),
        ("yesno", QuestionKind::YesNo),
        ("number", QuestionKind::Number),
        ("text", QuestionKind::Text),
        ("date", QuestionKind::Date),
        ("rank", QuestionKind::Rank),
    ];

    pub fn name(self) -> &'static str {
        QuestionKind::ALL
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(name, _)| name)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question {
    #[serde(skip)]
    pub at: Mark,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: QuestionKind,
    pub text: Text,
    pub help: Option<Text>,
    pub required: bool,
    /// Offer "Vet ikke".
    pub allow_unknown: bool,
    /// Offer "Ikke relevant".
    pub allow_na: bool,
    /// Offer "Aldri" (never) on a `date` question: the thing has never
    /// happened. Left out of the canonical form when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub allow_never: bool,
    /// Ask where the answer can be documented; `None` follows the
    /// questionnaire's `evidence`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<bool>,
    pub show_if: Option<Condition>,
    pub principle: Option<PrincipleId>,
    pub weight: f64,
    pub tags: Vec<String>,
    pub unit: Option<Text>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// A `number` question that counts people or things: fractions are
    /// refused. Left out of the canonical form when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub integer: bool,
    pub options: Vec<Choice>,
    /// The scale a `scale` question uses.
    pub scale: Option<String>,
    /// What each level means for this question, overriding the scale's
    /// general description.
    pub levels: BTreeMap<u8, Text>,
    /// Scores of the answers to a `yesno` question.
    pub scores: Option<YesNoScores>,
    /// How many options a `rank` question ranks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pick: Option<usize>,
}

/// An option of a `single`, `multi` or `rank` question.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Choice {
    #[serde(skip)]
    pub at: Mark,
    pub id: String,
    pub text: Text,
    /// Maturity score 0–5 when this option is chosen (single questions).
    pub score: Option<f64>,
    /// Chosen only on its own ("Ingen", "Vet ikke", "none of these"), in
    /// `multi` questions. Left out of the canonical form when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct YesNoScores {
    pub yes: f64,
    pub no: f64,
}

/// A parsed `show_if` expression and where it stands in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    /// Position of the expression's first character.
    pub at: Mark,
    pub expr: expr::Expr,
}

impl Serialize for Condition {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.expr)
    }
}

/// One level of a scale question as the respondent sees it.
pub struct LevelView<'a> {
    pub level: u8,
    pub label: &'a Text,
    pub description: Option<&'a Text>,
}

impl Questionnaire {
    /// Every question, in the order they are asked, with its section.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    /// Whether the survey asks where this question's answer can be documented.
    pub fn asks_evidence(&self, question: &Question) -> bool {
        question.evidence.unwrap_or(self.evidence)
    }

    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// The levels of a scale question, each with the description that applies
    /// to this question.
    pub fn levels_of<'a>(&'a self, question: &'a Question) -> Vec<LevelView<'a>> {
        let Some(scale) = question.scale.as_deref().and_then(|id| self.scale(id)) else {
            return Vec::new();
        };
        scale
            .levels
            .iter()
            .map(|l| LevelView {
                level: l.level,
                label: &l.label,
                description: question.levels.get(&l.level).or(l.description.as_ref()),
            })
            .collect()
    }

    /// sha256 (hex) of the canonical form: the content as JSON with sorted
    /// keys, defaults filled in and `show_if` in canonical spelling. YAML
    /// layout, quoting and comments do not change it.
    pub fn hash(&self) -> String {
        let canonical = serde_json::to_value(self).and_then(|v| serde_json::to_string(&v));
        // Serialising plain data with string keys cannot fail.
        let canonical = canonical.unwrap_or_default();
        sha256_hex(canonical.as_bytes())
    }
}

/// The evidence question, asked after an answer where the questionnaire wants it.
pub fn evidence_prompt() -> String {
    crate::tr!("questionnaire-where-can-this-be-documented-document")
}

/// sha256 of bytes as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads and checks a questionnaire from text; every problem found is returned.
pub fn from_str(src: &str) -> Result<Questionnaire, Vec<Diagnostic>> {
    let root = crate::yaml::parse(src).map_err(|d| vec![d])?;
    let mut decoder = crate::yaml::Decoder::default();
    let draft = decode::questionnaire(&mut decoder, &root);
    let mut problems = decoder.problems;
    problems.extend(validate::cross_references(&draft));
    if let Some(q) = &draft.questionnaire {
        problems.extend(changes::check_targets(q));
    }
    problems.sort_by_key(|p| p.mark);
    match draft.questionnaire {
        Some(q) if problems.is_empty() => Ok(q),
        _ => Err(problems),
    }
}

/// Reads and checks a questionnaire file. Content problems are [`Rejected`];
/// a file that cannot be opened is an I/O error.
pub fn from_file(path: &Path) -> anyhow::Result<Questionnaire> {
    let src = crate::source::read_text(path, MAX_FILE_BYTES)?;
    from_str(&src).map_err(|problems| {
        Rejected {
            path: path.to_path_buf(),
            problems,
        }
        .into()
    })
}

#[cfg(test)]
mod tests {
    const BLOCK: &str = "
# A comment that does not count.
id: t
version: 1.0.0
title:
  nb: Tittel
  en: Title
sections:
  - id: s
    title: {nb: S, en: S}
    questions:
      - id: a
        type: yesno
        text: {nb: A?, en: A?}
      - id: b
        type: text
        show_if: a   ==   true
        text:
          nb: 'B?'
          en: \"B?\"
";

    const FLOW: &str = r#"{id: t, version: "1.0.0", title: {en: Title, nb: Tittel}, sections: [{id: s, title: {nb: S, en: S}, questions: [
  {id: a, type: yesno, text: {nb: A?, en: A?}, required: false, weight: 1},
  {id: b, type: text, show_if: "a == true", text: {nb: B?, en: B?}}]}]}"#;

    #[test]
    fn hash_ignores_layout_comments_quoting_and_defaults() {
        let block = super::from_str(BLOCK).unwrap();
        let flow = super::from_str(FLOW).unwrap();
        assert_eq!(block.hash(), flow.hash());
        assert_eq!(block.hash().len(), 64);
    }

    #[test]
    fn hash_changes_with_content() {
        let base = super::from_str(BLOCK).unwrap().hash();
        for changed in [
            BLOCK.replace("nb: Tittel", "nb: Tittel2"),
            BLOCK.replace("a   ==   true", "a == false"),
            BLOCK.replace("version: 1.0.0", "version: 1.0.1"),
            BLOCK.replace("type: text", "type: text\n        required: true"),
        ] {
            assert_ne!(super::from_str(&changed).unwrap().hash(), base, "{changed}");
        }
    }

    #[test]
    fn question_features_left_at_their_defaults_keep_the_hash() {
        let q = super::from_str(BLOCK).unwrap();
        let canonical = serde_json::to_string(&q).unwrap();
        for key in ["evidence", "allow_never", "exclusive", "pick"] {
            assert!(!canonical.contains(key), "{key} in {canonical}");
        }
        let base = q.hash();
        for changed in [
            BLOCK.replace("sections:", "evidence: true\nsections:"),
            BLOCK.replace("type: text", "type: text\n        evidence: false"),
        ] {
            assert_ne!(super::from_str(&changed).unwrap().hash(), base, "{changed}");
        }
    }
}
