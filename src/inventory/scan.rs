//! Reading an inventory fast, for `merge`. The software list is nearly all
//! of an inventory's bytes (800 packages of three lines each is common), and
//! a national merge reads tens of thousands of them. When the list is in the
//! block style kartlegg itself writes, it is read here a line at a time,
//! each package's texts borrowed from the file; the rest of the file, a few
//! dozen lines, goes through the ordinary reader.
//!
//! Anything else (a comment or blank line in the list, a plain or
//! multi-line value, an unknown or repeated key, a character the block
//! reader leaves to the general parser) makes the caller read the whole
//! file with [`Inventory::read`], which also gives the error messages. Both
//! ways give the same inventory and packages: a property test writes random
//! lists and reads them both ways.

use std::borrow::Cow;

use super::{Inventory, Package};
use crate::stream::block;

/// A package as a file says it, its texts borrowed from the file where
/// they need no unescaping. Hashes as the [`Package`] it stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PackageRef<'a> {
    pub name: Cow<'a, str>,
    pub version: Option<Cow<'a, str>>,
    pub source: Cow<'a, str>,
    pub state: Option<Cow<'a, str>>,
}

impl<'a> PackageRef<'a> {
    pub fn of(p: &'a Package) -> PackageRef<'a> {
        PackageRef {
            name: Cow::Borrowed(&p.name),
            version: p.version.as_deref().map(Cow::Borrowed),
            source: Cow::Borrowed(&p.source),
            state: p.state.as_deref().map(Cow::Borrowed),
        }
    }

    pub fn to_package(&self) -> Package {
        Package {
            name: self.name.to_string(),
            version: self.version.as_ref().map(|v| v.to_string()),
            source: self.source.to_string(),
            state: self.state.as_ref().map(|s| s.to_string()),
        }
    }
}

/// A line of the list that is not in kartlegg's own style: read the whole
/// file the ordinary way.
#[derive(Debug, PartialEq, Eq)]
pub struct OtherStyle;

/// An inventory whose software list is left to be read line by line.
pub struct Split<'a> {
    /// Everything but the software list (`software` is `None` here).
    pub inventory: Inventory,
    list: &'a str,
}

/// Reads everything but the software list, when the file has a block-style
/// list (`software:` on a line of its own, items below it). `None` when the
/// file is not laid out so, or its other lines do not read: the caller then
/// reads the whole file with [`Inventory::read`].
pub fn split(text: &str) -> Option<Split<'_>> {
    let start = if text.starts_with("software:\n") {
        0
    } else {
        text.find("\nsoftware:\n")? + 1
    };
    let body = start + "software:\n".len();
    // The list ends at the next line that is not indented.
    let mut end = body;
    while end < text.len() && text.as_bytes()[end] == b' ' {
        end = text[end..].find('\n').map_or(text.len(), |n| end + n + 1);
    }
    // A blank line in the list: the ordinary reader decides what it means.
    if text[end..].starts_with('\n') {
        return None;
    }
    let rest = [&text[..start], &text[end..]].concat();
    let inventory = Inventory::read(&rest).ok()?;
    // A second `software:` in the rest: the ordinary reader refuses that.
    if inventory.software.is_some() {
        return None;
    }
    Some(Split {
        inventory,
        list: &text[body..end],
    })
}

impl<'a> Split<'a> {
    /// The packages of the list, in order; an [`OtherStyle`] item as soon as
    /// a line is not in kartlegg's style, and nothing after it.
    pub fn packages(&self) -> impl Iterator<Item = Result<PackageRef<'a>, OtherStyle>> + use<'a> {
        let mut lines = self.list.lines().peekable();
        let mut failed = false;
        std::iter::from_fn(move || {
            if failed {
                return None;
            }
            let first = lines.next()?;
            let item = package(first, &mut lines);
            failed = item.is_err();
            Some(item)
        })
    }
}

/// One package: `  - key: value` and then `    key: value` lines.
fn package<'a>(
    first: &'a str,
    lines: &mut std::iter::Peekable<std::str::Lines<'a>>,
) -> Result<PackageRef<'a>, OtherStyle> {
    let mut fields: [Option<Option<Cow<'a, str>>>; 4] = Default::default();
    field(first.strip_prefix("  - ").ok_or(OtherStyle)?, &mut fields)?;
    while let Some(line) = lines.next_if(|l| l.starts_with("    ")) {
        field(&line[4..], &mut fields)?;
    }
    let [name, version, source, state] = fields;
    Ok(PackageRef {
        name: name.flatten().ok_or(OtherStyle)?,
        version: version.flatten(),
        source: source.flatten().ok_or(OtherStyle)?,
        state: state.flatten(),
    })
}

/// `key: "value"` or `key: ~` for one of the four keys, each at most once.
fn field<'a>(
    text: &'a str,
    fields: &mut [Option<Option<Cow<'a, str>>>; 4],
) -> Result<(), OtherStyle> {
    let (key, value) = text.split_once(": ").ok_or(OtherStyle)?;
    let at = ["name", "version", "source", "state"]
        .iter()
        .position(|k| *k == key)
        .ok_or(OtherStyle)?;
    if fields[at].is_some() || !block::printable(value.as_bytes()) {
        return Err(OtherStyle);
    }
    fields[at] = Some(match value {
        "~" => None,
        _ if value.starts_with('"') => {
            let (text, len) = block::quoted(value).ok_or(OtherStyle)?;
            if len != value.len() {
                return Err(OtherStyle);
            }
            Some(text)
        }
        _ => return Err(OtherStyle),
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::hash::BuildHasher;

    const HEAD: &str = "format: \"kartlegg-inventar/1\"\n";

    /// A small inventory of the example, with `list` as its software.
    fn inventory(list: Option<Vec<Package>>) -> String {
        let mut inv: Inventory = Inventory::read(&example()).unwrap();
        inv.software = list;
        inv.to_yaml()
    }

    fn example() -> String {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/pilot/innkommet/breidal"
        );
        let file = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.to_string_lossy().contains("inventar"))
            .unwrap();
        std::fs::read_to_string(file).unwrap()
    }

    /// Both ways of reading: (inventory without software, packages) or why not.
    fn fast(text: &str) -> Option<(Inventory, Vec<Package>)> {
        let split = split(text)?;
        let packages: Result<Vec<Package>, OtherStyle> = split
            .packages()
            .map(|p| p.map(|p| p.to_package()))
            .collect();
        Some((split.inventory, packages.ok()?))
    }

    fn ordinary(text: &str) -> Option<(Inventory, Vec<Package>)> {
        let mut inv = Inventory::read(text).ok()?;
        let software = inv.software.take()?;
        Some((inv, software))
    }

    #[test]
    fn a_package_hashes_as_its_borrowed_form() {
        let p = Package {
            name: "a".into(),
            version: None,
            source: "dpkg".into(),
            state: Some("config-files".into()),
        };
        let hash = |x: &dyn Fn(&mut rustc_hash::FxHasher)| {
            let mut h = rustc_hash::FxBuildHasher.build_hasher();
            x(&mut h);
            std::hash::Hasher::finish(&h)
        };
        use std::hash::Hash;
        assert_eq!(hash(&|h| p.hash(h)), hash(&|h| PackageRef::of(&p).hash(h)));
        assert_eq!(PackageRef::of(&p).to_package(), p);
    }

    #[test]
    fn the_example_reads_the_same_both_ways() {
        let text = example();
        let (inv, packages) = fast(&text).unwrap();
        assert!(packages.len() >= 4, "{packages:?}");
        assert_eq!(Some((inv, packages)), ordinary(&text));
    }

    #[test]
    fn other_styles_are_left_to_the_ordinary_reader() {
        let text = example();
        let (head, list) = text.split_once("software:\n").unwrap();
        let with = |list: &str| format!("{head}software:\n{list}");
        let first_item = list.split_once("\n  - ").unwrap().0;
        for odd in [
            "  - name: \"a\"\n    # a comment\n    source: \"dpkg\"\n",
            "  - name: a\n    source: \"dpkg\"\n",
            "  - name: \"a\"\n    source: \"dpkg\"\n    colour: \"red\"\n",
            "  - name: \"a\"\n    name: \"b\"\n    source: \"dpkg\"\n",
            "  - name: \"a\"\n    source: \"dpkg\" # x\n",
            "  - name: \"a\tb\"\n    source: \"dpkg\"\n",
            "  - name: \"a\"\n",
            "  - {name: \"a\", source: \"dpkg\"}\n",
        ] {
            let text = with(&format!("{odd}{first_item}\n{list}"));
            let read = split(&text).and_then(|s| s.packages().find_map(Result::err));
            assert_eq!(read, Some(OtherStyle), "{odd:?}");
        }
        // A list without items, or none at all, is not split.
        assert!(split(&inventory(None)).is_none());
        assert!(split(&inventory(Some(Vec::new()))).is_none());
        // A second list: refused by the ordinary reader, not split.
        assert!(split(&format!("{text}software:\n  - name: \"x\"\n")).is_none());
        assert!(split(HEAD).is_none());
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-zA-Z0-9 ._+:-]{0,12}",
            any::<String>(),
            Just("~".to_string()),
            Just("\"quoted\" \\ back".to_string()),
        ]
    }

    fn a_package() -> impl Strategy<Value = Package> {
        (
            text(),
            proptest::option::of(text()),
            text(),
            proptest::option::of(text()),
        )
            .prop_map(|(name, version, source, state)| Package {
                name,
                version,
                source,
                state,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_list_kartlegg_writes_reads_the_same_both_ways(
            list in proptest::collection::vec(a_package(), 1..20)
        ) {
            let text = inventory(Some(list.clone()));
            let (inv, packages) = fast(&text).expect("kartlegg's own style");
            prop_assert_eq!(&packages, &list);
            prop_assert_eq!(Some((inv, packages)), ordinary(&text));
        }

        #[test]
        fn any_text_in_the_list_reads_the_same_or_is_left_alone(
            lines in proptest::collection::vec("(  - |    )?(name|version|source|state|x)?(: )?(\"[a-z\\\\\"\t]{0,3}\"|~|[a-z]{0,2})?", 1..8)
        ) {
            let text = example();
            let (head, _) = text.split_once("software:\n").unwrap();
            let text = format!("{head}software:\n{}\ntool: \"kartlegg 0.1.0\"\nunreadable: []\n", lines.join("\n"));
            if let Some((inv, packages)) = fast(&text) {
                prop_assert_eq!(Some((inv, packages)), ordinary(&text));
            }
        }
    }
}
