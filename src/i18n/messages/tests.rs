//! The catalogues stay in step with each other and with the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Every message of one catalogue with the variables it uses.
fn keys(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("a catalogue does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut vars);
            }
            let key = message.id.name.to_string();
            assert!(out.insert(key.clone(), vars).is_none(), "`{key}` twice");
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_the_same_messages_with_the_same_placeholders() {
    let (first, source) = CATALOGUES[0];
    let reference = keys(source);
    assert!(
        reference.len() > 100,
        "{first:?}: {} messages",
        reference.len()
    );
    for (lang, source) in &CATALOGUES[1..] {
        let other = keys(source);
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !other.contains_key(*k))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has what {first:?} lacks: {extra:?}"
        );
        for (key, vars) in &reference {
            assert_eq!(
                &other[key], vars,
                "`{key}` has other placeholders in {lang:?}"
            );
        }
    }
}

/// The program's sources.
fn sources() -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
        .collect()
}

/// The key-like string literals that follow `call` in `text`.
fn keys_after(text: &str, call: &str, out: &mut BTreeSet<String>) {
    for (at, _) in text.match_indices(call) {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut rest = &text[at + call.len()..];
        // `Column::new` names two keys: the header and its meaning.
        for _ in 0..2 {
            let Some(literal) = rest.trim_start().strip_prefix('"') else {
                break;
            };
            let key: String = literal
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if key.is_empty() || !literal[key.len()..].starts_with('"') {
                break;
            }
            out.insert(key.clone());
            rest = literal[key.len() + 1..].trim_start();
            match rest.strip_prefix(',') {
                Some(next) if call == "Column::new(" => rest = next,
                _ => break,
            }
        }
    }
}

/// Keys the code builds at run time, named by their beginning: NSM's
/// categories and principles by number, help texts by their English text.
const BUILT: [&str; 3] = ["category-", "principle-", "help-"];

#[test]
fn the_code_and_the_catalogues_name_the_same_messages() {
    let defined: BTreeSet<String> = keys(CATALOGUES[0].1).into_keys().collect();
    let mut named = BTreeSet::new();
    let mut quoted = String::new();
    for text in sources() {
        for call in ["tr!(", "Text::message(", "Column::new("] {
            keys_after(&text, call, &mut named);
        }
        quoted.push_str(&text);
    }
    let undefined: Vec<_> = named.difference(&defined).collect();
    assert!(
        undefined.is_empty(),
        "used but not in the catalogues: {undefined:?}"
    );
    let unused: Vec<_> = defined
        .iter()
        .filter(|key| !BUILT.iter().any(|prefix| key.starts_with(prefix)))
        .filter(|key| !quoted.contains(&format!("\"{key}\"")))
        .collect();
    assert!(
        unused.is_empty(),
        "in the catalogues but never used: {unused:?}"
    );
}

#[test]
fn placeholders_are_filled_and_numbers_keep_their_look() {
    let args = [
        ("x", "1000".to_string()),
        ("lo", "0,5".to_string()),
        ("hi", "9007199254740993".to_string()),
    ];
    let text = format_in(Lang::En, "settings-is-outside", &args);
    assert_eq!(
        text.as_deref(),
        Some("1000 is outside 0,5–9007199254740993")
    );
}

#[test]
fn counts_take_the_plural_form_of_the_language() {
    let n = |lang, n: usize| format_in(lang, "count-files", &[("n", n.to_string())]);
    assert_eq!(n(Lang::Nb, 1).as_deref(), Some("1 fil"));
    assert_eq!(n(Lang::Nb, 3).as_deref(), Some("3 filer"));
    assert_eq!(n(Lang::Nb, 0).as_deref(), Some("0 filer"));
    assert_eq!(n(Lang::En, 1).as_deref(), Some("1 file"));
    assert_eq!(n(Lang::En, 2).as_deref(), Some("2 files"));
}

#[test]
fn an_unknown_key_shows_itself() {
    assert_eq!(message("no-such-message", &[]), "no-such-message");
}

#[test]
fn help_keys_are_stable_and_readable() {
    assert_eq!(
        help_key("Print only results and errors"),
        help_key("Print only results and errors")
    );
    assert!(help_key("Print only results and errors").starts_with("help-print-only-results-and-"));
    assert_ne!(help_key("a b"), help_key("a c"));
}
