//! The built-in national register: Norway's municipalities and counties,
//! kept as two tab-separated data files (`kommuner.tsv`, `fylker.tsv`) that a
//! person can review without reading Rust, embedded at build time and read
//! once. Which municipalities lists and reports show unless told otherwise
//! (Vestland's) is decided here too; nothing here reads user files.

use std::sync::LazyLock;

use super::{Kommune, Maalform};

/// The county whose municipalities lists, reports and the survey's picker
/// show first and by default: Vestland.
pub const DEFAULT_COUNTY: &str = "46";

const MUNICIPALITIES: &str = include_str!("kommuner.tsv");
const COUNTIES: &str = include_str!("fylker.tsv");

/// The separator between a unit's official name forms in the data files.
const NAME_SEPARATOR: &str = " | ";

/// The word the municipality file uses where the sources leave the language
/// form open.
const UNKNOWN_FORM: &str = "ukjent";

static BUILTIN_MUNICIPALITIES: LazyLock<Vec<Kommune>> =
    LazyLock::new(|| parse_municipalities(MUNICIPALITIES));
static BUILTIN_COUNTIES: LazyLock<Vec<County>> = LazyLock::new(|| parse_counties(COUNTIES));

/// A county (fylke): its two-digit number and official name forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct County {
    pub number: String,
    pub name: String,
    /// Other official names (Sámi, Kven), found as the name is.
    pub other_names: Vec<String>,
}

impl County {
    /// The name, then any other official names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.other_names.iter().map(String::as_str))
    }
}

/// Norway's municipalities, in number order.
pub fn municipalities() -> &'static [Kommune] {
    &BUILTIN_MUNICIPALITIES
}

/// Norway's counties, in number order.
pub fn counties() -> &'static [County] {
    &BUILTIN_COUNTIES
}

/// The county with this two-digit number.
pub fn county(number: &str) -> Option<&'static County> {
    counties().iter().find(|c| c.number == number)
}

/// The county a text names: its number, or one of its names written as
/// `-k` accepts a municipality's (`46`, `Vestland`, `trondelag`, `Romsa`).
pub fn find_county(text: &str) -> Option<&'static County> {
    let typed = text.trim();
    let folded = super::fold(typed);
    counties().iter().find(|c| {
        c.number == typed || (!folded.is_empty() && c.names().any(|n| super::fold(n) == folded))
    })
}

/// The county of a municipality number, when the number's first two digits
/// are a county's.
pub fn county_of_number(number: &str) -> Option<&'static County> {
    number.get(..2).and_then(county)
}

/// The data lines of a data file: comments (`#`), blank lines and the
/// header (the first other line) left out, each split at its tabs.
fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// `Trondheim | Tråante` as the name shown and the other names.
fn names(field: &str) -> (String, Vec<String>) {
    let mut all = field.split(NAME_SEPARATOR).map(|n| n.trim().to_string());
    let name = all.next().unwrap_or_default();
    (name, all.collect())
}

fn parse_municipalities(src: &str) -> Vec<Kommune> {
    rows(src)
        .filter_map(|row| {
            let [number, names_field, county, form] = row.as_slice() else {
                return None;
            };
            let (name, other_names) = names(names_field);
            let maalform = match *form {
                UNKNOWN_FORM => None,
                form => Some(Maalform::parse(form)?),
            };
            Some(Kommune {
                number: number.to_string(),
                name,
                other_names,
                maalform,
                county: Some(county.to_string()),
                builtin: true,
            })
        })
        .collect()
}

fn parse_counties(src: &str) -> Vec<County> {
    rows(src)
        .filter_map(|row| {
            let [number, names_field] = row.as_slice() else {
                return None;
            };
            let (name, other_names) = names(names_field);
            Some(County {
                number: number.to_string(),
                name,
                other_names,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
