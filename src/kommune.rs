//! The register of municipalities a result file may name: the 43 municipalities
//! of Vestland (numbers from 2024), plus municipalities and IT cooperations
//! the user adds from a YAML file (`--kommuner FILE`).
//!
//! Lookup forgives the ways people type names on a keyboard without Norwegian
//! letters: case, `ø`/`o`, `æ`/`ae`, `å`/`a`/`aa` and spaces do not matter.

use std::path::Path;

use anyhow::Context;

use crate::diagnostic::{Diagnostic, Rejected};
use crate::tr;
use crate::yaml::{Decoder, Node};

/// A register file larger than this is refused unread.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

const VESTLAND: [(&str, &str); 43] = [
    ("4601", "Bergen"),
    ("4602", "Kinn"),
    ("4611", "Etne"),
    ("4612", "Sveio"),
    ("4613", "Bømlo"),
    ("4614", "Stord"),
    ("4615", "Fitjar"),
    ("4616", "Tysnes"),
    ("4617", "Kvinnherad"),
    ("4618", "Ullensvang"),
    ("4619", "Eidfjord"),
    ("4620", "Ulvik"),
    ("4621", "Voss"),
    ("4622", "Kvam"),
    ("4623", "Samnanger"),
    ("4624", "Bjørnafjorden"),
    ("4625", "Austevoll"),
    ("4626", "Øygarden"),
    ("4627", "Askøy"),
    ("4628", "Vaksdal"),
    ("4629", "Modalen"),
    ("4630", "Osterøy"),
    ("4631", "Alver"),
    ("4632", "Austrheim"),
    ("4633", "Fedje"),
    ("4634", "Masfjorden"),
    ("4635", "Gulen"),
    ("4636", "Solund"),
    ("4637", "Hyllestad"),
    ("4638", "Høyanger"),
    ("4639", "Vik"),
    ("4640", "Sogndal"),
    ("4641", "Aurland"),
    ("4642", "Lærdal"),
    ("4643", "Årdal"),
    ("4644", "Luster"),
    ("4645", "Askvoll"),
    ("4646", "Fjaler"),
    ("4647", "Sunnfjord"),
    ("4648", "Bremanger"),
    ("4649", "Stad"),
    ("4650", "Gloppen"),
    ("4651", "Stryn"),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kommune {
    /// Four-digit kommunenummer.
    pub number: String,
    pub name: String,
}

/// An IT cooperation that answers on behalf of its member municipalities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cooperation {
    pub id: String,
    pub name: String,
    /// Kommunenummer of the members.
    pub members: Vec<String>,
}

/// What a result file can be about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entity<'a> {
    Kommune(&'a Kommune),
    Cooperation(&'a Cooperation),
}

impl Entity<'_> {
    pub fn name(&self) -> &str {
        match self {
            Entity::Kommune(k) => &k.name,
            Entity::Cooperation(c) => &c.name,
        }
    }

    /// Kommunenummer, or the cooperation's id.
    pub fn key(&self) -> &str {
        match self {
            Entity::Kommune(k) => &k.number,
            Entity::Cooperation(c) => &c.id,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Register {
    pub kommuner: Vec<Kommune>,
    pub cooperations: Vec<Cooperation>,
}

/// Lower case, Norwegian letters spelled in ASCII, `aa` as `a`, and only
/// letters and digits kept: the form names are compared in.
pub fn fold(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let kept: String = ascii.chars().filter(char::is_ascii_alphanumeric).collect();
    kept.replace("aa", "a")
}

impl Register {
    /// The built-in register: Vestland's municipalities, no cooperations.
    pub fn builtin() -> Register {
        Register {
            kommuner: VESTLAND
                .iter()
                .map(|(number, name)| Kommune {
                    number: number.to_string(),
                    name: name.to_string(),
                })
                .collect(),
            cooperations: Vec::new(),
        }
    }

    /// The built-in register, extended from a file if one is given.
    pub fn load(extra: Option<&Path>) -> anyhow::Result<Register> {
        let mut register = Register::builtin();
        if let Some(path) = extra {
            let src = crate::source::read_text(path, MAX_FILE_BYTES)?;
            register
                .extend_from_str(&src)
                .map_err(|problems| Rejected {
                    path: path.to_path_buf(),
                    problems,
                })
                .with_context(|| {
                    tr!(
                        "kommuneregisteret i {} kan ikke brukes",
                        "the municipality register in {} cannot be used",
                        path.display()
                    )
                })?;
        }
        Ok(register)
    }

    /// Adds the municipalities and cooperations of a register file:
    ///
    /// ```yaml
    /// municipalities:
    ///   - {number: "4699", name: Prøvekommune}
    /// cooperations:
    ///   - {id: ikt-nordfjord, name: IKT Nordfjord, members: ["4602", "4649"]}
    /// ```
    pub fn extend_from_str(&mut self, src: &str) -> Result<(), Vec<Diagnostic>> {
        let root = crate::yaml::parse(src).map_err(|d| vec![d])?;
        let mut d = Decoder::default();
        if let Some(f) = d.fields(&root, &["municipalities", "cooperations"]) {
            for node in f
                .get("municipalities")
                .and_then(|n| d.seq(n))
                .unwrap_or_default()
            {
                if let Some(k) = self.kommune_entry(&mut d, node) {
                    self.kommuner.push(k);
                }
            }
            for node in f
                .get("cooperations")
                .and_then(|n| d.seq(n))
                .unwrap_or_default()
            {
                if let Some(c) = self.cooperation_entry(&mut d, node) {
                    self.cooperations.push(c);
                }
            }
        }
        if d.problems.is_empty() {
            Ok(())
        } else {
            Err(d.problems)
        }
    }

    fn kommune_entry(&self, d: &mut Decoder, node: &Node) -> Option<Kommune> {
        let f = d.fields(node, &["number", "name"])?;
        let number_node = d.required(&f, "number")?;
        let number = d.string(number_node)?;
        let name = d.required(&f, "name").and_then(|n| d.string(n))?;
        if number.len() != 4 || !number.chars().all(|c| c.is_ascii_digit()) {
            d.report(
                number_node.mark,
                "bad-number",
                tr!(
                    "`{number}` er ikke et firesifret kommunenummer",
                    "`{number}` is not a four-digit municipality number"
                ),
            );
            return None;
        }
        if let Some(Entity::Kommune(k)) = self.exact(&number) {
            let existing = &k.name;
            d.report(
                number_node.mark,
                "duplicate-id",
                tr!(
                    "kommunenummer {number} finnes allerede ({existing})",
                    "municipality number {number} already exists ({existing})"
                ),
            );
            return None;
        }
        Some(Kommune { number, name })
    }

    fn cooperation_entry(&self, d: &mut Decoder, node: &Node) -> Option<Cooperation> {
        let f = d.fields(node, &["id", "name", "members"])?;
        let id_node = d.required(&f, "id")?;
        let id = d.safe_id(id_node)?;
        let name = d.required(&f, "name").and_then(|n| d.string(n))?;
        let members_node = d.required(&f, "members")?;
        let members = d.strings(members_node)?;
        if self.exact(&id).is_some() {
            d.report(
                id_node.mark,
                "duplicate-id",
                tr!(
                    "`{id}` finnes allerede i registeret",
                    "`{id}` already exists in the register"
                ),
            );
            return None;
        }
        let mut numbers = Vec::new();
        for (member, node) in members.iter().zip(d.seq(members_node).unwrap_or_default()) {
            match self.exact(member) {
                Some(Entity::Kommune(k)) => numbers.push(k.number.clone()),
                _ => d.report(
                    node.mark,
                    "unknown-kommune",
                    tr!(
                        "medlemmet `{member}` er ikke en kjent kommune",
                        "the member `{member}` is not a known municipality"
                    ),
                ),
            }
        }
        if members.is_empty() {
            d.report(
                members_node.mark,
                "empty",
                tr!(
                    "samarbeidet har ingen medlemmer",
                    "the cooperation has no members"
                ),
            );
        }
        (numbers.len() == members.len() && !numbers.is_empty()).then_some(Cooperation {
            id,
            name,
            members: numbers,
        })
    }

    fn entities(&self) -> impl Iterator<Item = Entity<'_>> {
        self.kommuner
            .iter()
            .map(Entity::Kommune)
            .chain(self.cooperations.iter().map(Entity::Cooperation))
    }

    /// The entity with exactly this number, id or (folded) name.
    fn exact(&self, query: &str) -> Option<Entity<'_>> {
        let folded = fold(query);
        self.entities().find(|e| {
            e.key() == query.trim() || fold(e.key()) == folded || fold(e.name()) == folded
        })
    }

    /// Finds one municipality or cooperation by number, id or name. A unique
    /// beginning of a name is enough. Otherwise the error lists the closest
    /// names.
    pub fn lookup(&self, query: &str) -> anyhow::Result<Entity<'_>> {
        if let Some(found) = self.exact(query) {
            return Ok(found);
        }
        let folded = fold(query);
        let starts: Vec<Entity> = if folded.is_empty() {
            Vec::new()
        } else {
            self.entities()
                .filter(|e| fold(e.name()).starts_with(&folded))
                .collect()
        };
        if let [only] = starts.as_slice() {
            return Ok(*only);
        }
        let candidates = if starts.is_empty() {
            self.closest(query, 3)
        } else {
            starts
        };
        let names: Vec<String> = candidates
            .iter()
            .map(|e| format!("{} ({})", e.name(), e.key()))
            .collect();
        let names = names.join(", ");
        let query = query.trim();
        anyhow::bail!(tr!(
            "fant ingen kommune som heter `{query}`. Nærmeste: {names}. Se alle med `kartlegg kommuner`.",
            "found no municipality called `{query}`. Closest: {names}. See them all with `kartlegg kommuner`."
        ))
    }

    /// The `n` entities whose names are most like `query`.
    pub fn closest(&self, query: &str, n: usize) -> Vec<Entity<'_>> {
        let folded = fold(query);
        let mut scored: Vec<(f64, Entity)> = self
            .entities()
            .map(|e| (strsim::jaro_winkler(&folded, &fold(e.name())), e))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored.into_iter().take(n).map(|(_, e)| e).collect()
    }

    /// Entities whose number or id starts with, or whose name contains, `text`.
    pub fn search(&self, text: &str) -> Vec<Entity<'_>> {
        let folded = fold(text);
        self.entities()
            .filter(|e| {
                e.key().starts_with(text.trim())
                    || (!folded.is_empty() && fold(e.name()).contains(&folded))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(r: &Register, q: &str) -> String {
        r.lookup(q)
            .map(|e| e.name().to_string())
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn has_all_43_vestland_municipalities_with_unique_numbers() {
        let r = Register::builtin();
        assert_eq!(r.kommuner.len(), 43);
        let mut numbers: Vec<_> = r.kommuner.iter().map(|k| &k.number).collect();
        numbers.dedup();
        assert_eq!(numbers.len(), 43);
        assert!(r.kommuner.iter().all(|k| k.number.starts_with("46")));
    }

    #[test]
    fn finds_by_number_and_by_name_without_norwegian_letters() {
        let r = Register::builtin();
        for q in [
            "4626",
            "Øygarden",
            "oygarden",
            "OYGARDEN",
            " øygarden ",
            "Oygarden",
        ] {
            assert_eq!(name(&r, q), "Øygarden", "{q}");
        }
        assert_eq!(name(&r, "aardal"), "Årdal");
        assert_eq!(name(&r, "laerdal"), "Lærdal");
        assert_eq!(name(&r, "bjørnafj"), "Bjørnafjorden");
    }

    #[test]
    fn unknown_or_ambiguous_names_list_the_closest() {
        let r = Register::builtin();
        let err = name(&r, "Øygardn");
        assert!(err.contains("Øygarden (4626)"), "{err}");
        let err = name(&r, "au");
        for n in ["Austevoll", "Austrheim", "Aurland"] {
            assert!(err.contains(n), "{err}");
        }
        assert!(r.lookup("").is_err());
    }

    #[test]
    fn search_matches_parts_of_names_and_number_prefixes() {
        let r = Register::builtin();
        let names =
            |q: &str| -> Vec<String> { r.search(q).iter().map(|e| e.name().to_string()).collect() };
        assert_eq!(
            names("fjord"),
            ["Eidfjord", "Bjørnafjorden", "Masfjorden", "Sunnfjord"]
        );
        assert_eq!(names("465").len(), 2);
        assert_eq!(names("askoy"), ["Askøy"]);
    }

    #[test]
    fn a_register_file_adds_municipalities_and_cooperations() {
        let mut r = Register::builtin();
        r.extend_from_str("municipalities:\n  - {number: '4699', name: Prøvekommune}\ncooperations:\n  - id: ikt-nordfjord\n    name: IKT Nordfjord\n    members: ['4602', Stad, gloppen]\n")
            .unwrap();
        assert_eq!(name(&r, "4699"), "Prøvekommune");
        let Entity::Cooperation(c) = r.lookup("ikt nordfjord").unwrap() else {
            panic!("not a cooperation")
        };
        assert_eq!(c.members, ["4602", "4649", "4650"]);
    }

    #[test]
    fn a_broken_register_file_reports_each_problem_at_its_place() {
        let mut r = Register::builtin();
        let problems = r
            .extend_from_str("municipalities:\n  - {number: '46x', name: A}\n  - {number: '4601', name: B}\ncooperations:\n  - {id: c, name: C, members: ['9999'], colour: red}\n")
            .unwrap_err();
        let found: Vec<_> = problems
            .iter()
            .map(|p| (p.code, p.mark.unwrap().line))
            .collect();
        assert_eq!(
            found,
            [
                ("bad-number", 2),
                ("duplicate-id", 3),
                ("unknown-key", 5),
                ("unknown-kommune", 5)
            ]
        );
    }
}
