//! Walking a [`Node`] tree with a [`Decoder`], which collects every problem
//! (unknown or repeated keys, wrong kinds of values) at its line and column
//! instead of stopping at the first.

use super::{Node, Value, closest};
use crate::diagnostic::{Diagnostic, Mark};
use crate::i18n::Text;
use crate::tr;

/// The entries of a map that passed [`Decoder::fields`]: known keys only.
pub struct Fields<'a> {
    pub mark: Mark,
    entries: Vec<(&'a str, &'a Node)>,
}

impl<'a> Fields<'a> {
    /// Every key with its value, in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&'a str, &'a Node)> + '_ {
        self.entries.iter().copied()
    }

    pub fn get(&self, key: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_null())
    }
}

/// Walks a [`Node`] tree into typed values, collecting every problem it meets
/// rather than stopping at the first. Each method returns `None` after it has
/// reported why.
#[derive(Default)]
pub struct Decoder {
    pub problems: Vec<Diagnostic>,
}

impl Decoder {
    pub fn report(&mut self, mark: Mark, code: &'static str, message: String) {
        self.problems.push(Diagnostic::at(mark, code, message));
    }

    fn expected(&mut self, node: &Node, what: &str) {
        let found = node.kind_name();
        self.report(
            node.mark,
            "wrong-type",
            tr!("decode-expected-found", what = what, found = found),
        );
    }

    /// Opens a map whose keys must be among `allowed`; reports unknown and
    /// repeated keys, each at its own position.
    pub fn fields<'a>(&mut self, node: &'a Node, allowed: &[&str]) -> Option<Fields<'a>> {
        self.map(node, Some(allowed))
    }

    /// Opens a map whose keys are data (any name); reports repeated keys.
    pub fn any_fields<'a>(&mut self, node: &'a Node) -> Option<Fields<'a>> {
        self.map(node, None)
    }

    fn map<'a>(&mut self, node: &'a Node, allowed: Option<&[&str]>) -> Option<Fields<'a>> {
        let Value::Map(raw) = &node.value else {
            self.expected(node, &tr!("error-a-map-keys-and-values"));
            return None;
        };
        let mut entries: Vec<(&'a str, &'a Node)> = Vec::with_capacity(raw.len());
        for (key, value) in raw {
            let Some(name) = key.as_scalar() else {
                self.expected(key, &tr!("decode-a-key"));
                continue;
            };
            if let Some(allowed) = allowed
                && !allowed.contains(&name)
            {
                let hint = match closest(name, allowed.iter().copied()) {
                    Some(near) => tr!("catalogue-did-you-mean", near = near),
                    None => tr!("decode-valid-keys", list = allowed.join(", ")),
                };
                self.report(
                    key.mark,
                    "unknown-key",
                    tr!("decode-unknown-key", name = name, hint = hint),
                );
                continue;
            }
            if entries.iter().any(|(k, _)| *k == name) {
                self.report(
                    key.mark,
                    "duplicate-key",
                    tr!("decode-the-key-appears-twice", name = name),
                );
                continue;
            }
            entries.push((name, value));
        }
        Some(Fields {
            mark: node.mark,
            entries,
        })
    }

    /// The value of a key that must be present.
    pub fn required<'a>(&mut self, fields: &Fields<'a>, key: &str) -> Option<&'a Node> {
        let found = fields.get(key);
        if found.is_none() {
            self.report(
                fields.mark,
                "missing-key",
                tr!("decode-the-key-is-missing", key = key),
            );
        }
        found
    }

    pub fn string(&mut self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } if !node.is_null() => Some(text.clone()),
            _ => {
                self.expected(node, &tr!("error-a-text"));
                None
            }
        }
    }

    /// A text that becomes part of file names (a municipality, cooperation
    /// or questionnaire id): only a safe token is accepted, see
    /// [`crate::fsutil::is_safe_id`].
    pub fn safe_id(&mut self, node: &Node) -> Option<String> {
        let text = self.string(node)?;
        if crate::fsutil::is_safe_id(&text) {
            return Some(text);
        }
        self.report(
            node.mark,
            "unsafe-id",
            crate::fsutil::unsafe_id_message(&text),
        );
        None
    }

    pub fn bool(&mut self, node: &Node) -> Option<bool> {
        match &node.value {
            Value::Scalar { text, plain: true } if matches!(text.as_str(), "true" | "false") => {
                Some(text == "true")
            }
            _ => {
                self.expected(node, &tr!("error-true-or-false"));
                None
            }
        }
    }

    /// A finite number written without quotes.
    pub fn number(&mut self, node: &Node) -> Option<f64> {
        if let Value::Scalar { text, plain: true } = &node.value
            && let Ok(n) = text.parse::<f64>()
            && n.is_finite()
            && !text.starts_with(['+', '.'])
        {
            return Some(n);
        }
        self.expected(node, &tr!("error-a-number"));
        None
    }

    pub fn seq<'a>(&mut self, node: &'a Node) -> Option<&'a [Node]> {
        match &node.value {
            Value::Seq(items) => Some(items),
            _ => {
                self.expected(node, &tr!("error-a-list"));
                None
            }
        }
    }

    /// A list of texts, such as tags.
    pub fn strings(&mut self, node: &Node) -> Option<Vec<String>> {
        let items = self.seq(node)?;
        let out: Vec<String> = items.iter().filter_map(|item| self.string(item)).collect();
        (out.len() == items.len()).then_some(out)
    }

    /// A `{nb, nn, en}` text. Bokmål and English must be present and not
    /// blank; nynorsk, when left out, is the bokmål (files written before
    /// nynorsk stay readable, and [`untranslated`] lists the gaps).
    pub fn text(&mut self, node: &Node) -> Option<Text> {
        let fields = self.fields(node, &["nb", "nn", "en"])?;
        let mut part = |lang: &str| -> Option<String> {
            match fields.get(lang) {
                None if lang == "nn" => Some(String::new()),
                None => {
                    self.report(
                        fields.mark,
                        "missing-translation",
                        tr!("decode-the-text-is-missing", lang = lang),
                    );
                    None
                }
                Some(node) => {
                    let text = self.string(node)?;
                    if text.trim().is_empty() {
                        self.report(
                            node.mark,
                            "missing-translation",
                            tr!("decode-the-text-is-empty", lang = lang),
                        );
                        return None;
                    }
                    Some(text)
                }
            }
        };
        let nb = part("nb");
        let nn = part("nn");
        let en = part("en");
        let nb = nb?;
        let nn = nn.filter(|nn| !nn.is_empty()).unwrap_or_else(|| nb.clone());
        Some(Text { nb, nn, en: en? })
    }
}

/// Every language map (a map with an `nb` or `en` key) in a file that has no
/// `nn` text, at the map's position. Reading such a file works (nynorsk
/// falls back to bokmål); `questionnaire validate` counts each as a problem
/// so that translations are complete before a questionnaire is used.
pub fn untranslated(root: &Node) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    walk(root, &mut out);
    out
}

fn walk(node: &Node, out: &mut Vec<Diagnostic>) {
    match &node.value {
        Value::Seq(items) => items.iter().for_each(|item| walk(item, out)),
        Value::Map(entries) => {
            let has = |lang: &str| entries.iter().any(|(k, _)| k.as_scalar() == Some(lang));
            if (has("nb") || has("en")) && !has("nn") {
                out.push(Diagnostic::at(
                    node.mark,
                    "missing-translation",
                    tr!("decode-the-nn-nynorsk-text-is-missing"),
                ));
            }
            entries.iter().for_each(|(_, value)| walk(value, out));
        }
        Value::Scalar { .. } => {}
    }
}
