//! The register of municipalities a result file may name: Norway's 357
//! municipalities (numbers from 2024, built in from [`national`]'s data
//! files), plus municipalities and IT cooperations the user adds from a YAML
//! file (`--kommuner FILE`). Vestland's are the default scope of lists.
//!
//! Lookup forgives the ways people type names on a keyboard without Norwegian
//! letters: case, `ø`/`o`, `æ`/`ae`, `å`/`a`/`aa` and spaces do not matter.
//! Which typed text names which unit is decided in one place, [`resolve`].

use std::path::Path;

use anyhow::Context;

use crate::diagnostic::{Diagnostic, Rejected};
use crate::tr;
use crate::yaml::{Decoder, Node};

mod national;
mod resolve;

pub use national::{County, DEFAULT_COUNTY, counties, county_of_number, find_county};
pub use resolve::{Picker, Resolution};

/// A register file larger than this is refused unread.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// A municipality's official language form, which it decides itself under
/// the Language Act and which decides the language kartlegg speaks by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Maalform {
    #[value(alias = "nn")]
    Nynorsk,
    #[value(alias = "bokmål", alias = "nb")]
    Bokmal,
    /// Språkleg nøytral: neither form chosen.
    #[value(alias = "nøytral", alias = "noytral")]
    Neutral,
}

impl Maalform {
    /// The form named in a register file (the same words as on the command line).
    pub fn parse(text: &str) -> Option<Maalform> {
        <Maalform as clap::ValueEnum>::from_str(text.trim(), true).ok()
    }

    /// The name people read, in the current language.
    pub fn label(self) -> String {
        match self {
            Maalform::Nynorsk => tr!("kommune-nynorsk"),
            Maalform::Bokmal => tr!("kommune-bokm-l"),
            Maalform::Neutral => tr!("kommune-neutral"),
        }
    }

    /// The name people read of a form that may be unknown.
    pub fn label_of(form: Option<Maalform>) -> String {
        form.map_or_else(|| tr!("kommune-unknown"), Maalform::label)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kommune {
    /// Four-digit kommunenummer.
    pub number: String,
    pub name: String,
    /// Other official names (such as a Sámi or Kven name), found as the name is.
    pub other_names: Vec<String>,
    /// The official language form, when known (a register file may leave it
    /// out, and the built-in data where its sources disagree).
    pub maalform: Option<Maalform>,
    /// Two-digit county number, when known.
    pub county: Option<String>,
    /// From the built-in national register, not from a register file.
    pub builtin: bool,
}

impl Kommune {
    /// Whether lists and the survey's picker show it unless told otherwise:
    /// Vestland's municipalities, and every one a register file adds.
    pub fn in_default_scope(&self) -> bool {
        !self.builtin || self.county.as_deref() == Some(DEFAULT_COUNTY)
    }

    /// The name of its county, when known.
    pub fn county_name(&self) -> Option<&'static str> {
        let county = national::county(self.county.as_deref()?)?;
        Some(county.name.as_str())
    }
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

    /// The name, then any other official names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let others: &[String] = match self {
            Entity::Kommune(k) => &k.other_names,
            Entity::Cooperation(_) => &[],
        };
        std::iter::once(self.name()).chain(others.iter().map(String::as_str))
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
    /// The built-in register: Norway's municipalities, no cooperations.
    pub fn builtin() -> Register {
        Register {
            kommuner: national::municipalities().to_vec(),
            cooperations: Vec::new(),
        }
    }

    /// How many municipalities the built-in register holds.
    pub fn builtin_count() -> usize {
        national::municipalities().len()
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
                        "kommune-the-municipality-register-in-cannot-be",
                        path = path.display()
                    )
                })?;
        }
        Ok(register)
    }

    /// Adds the municipalities and cooperations of a register file:
    ///
    /// ```yaml
    /// municipalities:
    ///   - {number: "4699", name: Prøvekommune, other_names: [Prøve], maalform: nynorsk}
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
        let f = d.fields(node, &["number", "name", "other_names", "maalform"])?;
        let number_node = d.required(&f, "number")?;
        let number = d.string(number_node)?;
        let name = d.required(&f, "name").and_then(|n| d.string(n))?;
        let other_names = match f.get("other_names") {
            Some(n) => d.strings(n)?,
            None => Vec::new(),
        };
        let maalform = match f.get("maalform") {
            None => None,
            Some(node) => Some(Self::maalform_entry(d, node)?),
        };
        if number.len() != 4 || !number.chars().all(|c| c.is_ascii_digit()) {
            d.report(
                number_node.mark,
                "bad-number",
                tr!("kommune-is-not-a-four-digit-municipality", number = number),
            );
            return None;
        }
        if let Some(Entity::Kommune(k)) = self.exact(&number) {
            let existing = &k.name;
            d.report(
                number_node.mark,
                "duplicate-id",
                tr!(
                    "kommune-municipality-number-already-exists",
                    number = number,
                    existing = existing
                ),
            );
            return None;
        }
        let county = county_of_number(&number).map(|c| c.number.clone());
        Some(Kommune {
            number,
            name,
            other_names,
            maalform,
            county,
            builtin: false,
        })
    }

    fn maalform_entry(d: &mut Decoder, node: &Node) -> Option<Maalform> {
        let text = d.string(node)?;
        let form = Maalform::parse(&text);
        if form.is_none() {
            d.report(
                node.mark,
                "bad-value",
                tr!("kommune-is-not-a-language-form-write", text = text),
            );
        }
        form
    }

    /// The language form of a municipality, or of a cooperation whose
    /// members all have the same one.
    pub fn maalform(&self, entity: Entity<'_>) -> Option<Maalform> {
        let of = |number: &str| match self.exact(number) {
            Some(Entity::Kommune(k)) => k.maalform,
            _ => None,
        };
        match entity {
            Entity::Kommune(k) => k.maalform,
            Entity::Cooperation(c) => {
                let first = of(c.members.first()?)?;
                c.members
                    .iter()
                    .all(|m| of(m) == Some(first))
                    .then_some(first)
            }
        }
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
                tr!("kommune-already-exists-in-the-register", id = id),
            );
            return None;
        }
        let mut numbers = Vec::new();
        for (member, node) in members.iter().zip(d.seq(members_node).unwrap_or_default()) {
            match self.exact_all(member).as_slice() {
                [Entity::Kommune(k)] => numbers.push(k.number.clone()),
                [] | [Entity::Cooperation(_)] => d.report(
                    node.mark,
                    "unknown-kommune",
                    tr!("kommune-the-member-is-not-a-known", member = member),
                ),
                several => {
                    let names = several.iter().map(resolve::label).collect::<Vec<_>>();
                    let names = names.join(", ");
                    d.report(
                        node.mark,
                        "ambiguous-kommune",
                        tr!(
                            "kommune-the-member-fits-several",
                            member = member,
                            names = names
                        ),
                    );
                }
            }
        }
        if members.is_empty() {
            d.report(
                members_node.mark,
                "empty",
                tr!("kommune-the-cooperation-has-no-members"),
            );
        }
        (numbers.len() == members.len() && !numbers.is_empty()).then_some(Cooperation {
            id,
            name,
            members: numbers,
        })
    }

    /// Every unit, those in the default scope first (Vestland's
    /// municipalities, what a register file adds, the cooperations), then
    /// the rest of the country: the order of the survey's picker.
    pub fn scope_first(&self) -> Vec<Entity<'_>> {
        let (first, rest): (Vec<&Kommune>, Vec<&Kommune>) =
            self.kommuner.iter().partition(|k| k.in_default_scope());
        first
            .into_iter()
            .map(Entity::Kommune)
            .chain(self.cooperations.iter().map(Entity::Cooperation))
            .chain(rest.into_iter().map(Entity::Kommune))
            .collect()
    }

    fn entities(&self) -> impl Iterator<Item = Entity<'_>> {
        self.kommuner
            .iter()
            .map(Entity::Kommune)
            .chain(self.cooperations.iter().map(Entity::Cooperation))
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
    fn vestland_is_the_default_scope_and_a_register_file_joins_it() {
        let mut r = Register::builtin();
        assert_eq!(r.kommuner.len(), Register::builtin_count());
        let scope: Vec<&Kommune> = r.kommuner.iter().filter(|k| k.in_default_scope()).collect();
        assert_eq!(scope.len(), 43);
        assert!(scope.iter().all(|k| k.number.starts_with("46")));
        r.extend_from_str("municipalities:\n  - {number: '5099', name: Prøve}\n")
            .unwrap();
        let added = r.kommuner.last().unwrap();
        assert!(added.in_default_scope() && !added.builtin);
        assert_eq!(added.county_name(), Some("Trøndelag"));
        let order = r.scope_first();
        let keys: Vec<&str> = order.iter().map(|e| e.key()).collect();
        assert_eq!(keys.len(), 358);
        assert_eq!(
            (keys[0], keys[42], keys[43], keys[44]),
            ("4601", "4651", "5099", "0301")
        );
    }

    #[test]
    fn vestland_writes_nynorsk_but_bergen_and_askoy_are_neutral() {
        let r = Register::builtin();
        let form = |q: &str| r.maalform(r.lookup(q).unwrap());
        assert_eq!(form("sogndal"), Some(Maalform::Nynorsk));
        assert_eq!(form("4601"), Some(Maalform::Neutral));
        assert_eq!(form("askøy"), Some(Maalform::Neutral));
        let nynorsk = r
            .kommuner
            .iter()
            .filter(|k| k.in_default_scope() && k.maalform == Some(Maalform::Nynorsk))
            .count();
        assert_eq!(nynorsk, 41);
        assert_eq!(form("Oslo"), Some(Maalform::Neutral));
        assert_eq!(form("4204"), None);
    }

    #[test]
    fn a_register_file_may_give_the_language_form() {
        let mut r = Register::builtin();
        r.extend_from_str("municipalities:\n  - {number: '4699', name: A, maalform: bokmål}\n  - {number: '4698', name: B}\ncooperations:\n  - {id: c, name: C, members: [Voss, Kvam]}\n")
            .unwrap();
        assert_eq!(
            r.maalform(r.lookup("4699").unwrap()),
            Some(Maalform::Bokmal)
        );
        assert_eq!(r.maalform(r.lookup("4698").unwrap()), None);
        assert_eq!(r.maalform(r.lookup("c").unwrap()), Some(Maalform::Nynorsk));
        let problems = r
            .extend_from_str("municipalities:\n  - {number: '4697', name: D, maalform: riksmål}\n")
            .unwrap_err();
        assert_eq!(
            (problems[0].code, problems[0].mark.unwrap().line),
            ("bad-value", 2)
        );
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
        assert!(err.contains("4626 Øygarden"), "{err}");
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
        assert_eq!(names("fjorden"), ["Bjørnafjorden", "Masfjorden"]);
        assert_eq!(names("fjord").len(), 15);
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

    #[test]
    fn a_member_several_municipalities_share_the_name_of_is_refused() {
        let mut r = Register::builtin();
        let problems = r
            .extend_from_str("cooperations:\n  - {id: c, name: C, members: [Herøy]}\n")
            .unwrap_err();
        assert_eq!(problems[0].code, "ambiguous-kommune");
        assert!(
            problems[0]
                .message
                .contains("1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland)"),
            "{}",
            problems[0].message
        );
        r.extend_from_str("cooperations:\n  - {id: c, name: C, members: ['1515', Vanylven]}\n")
            .unwrap();
    }
}
