//! `kartlegg kommuner [--search TEXT] [--fylke COUNTY | --alle] [--maalform FORM]`:
//! the municipality register as a table, with each municipality's official
//! language form. Without a choice it lists the default scope (Vestland, and
//! what a register file adds) and says how to see the others.

use std::io::Write;
use std::process::ExitCode;

use crate::config::Config;
use crate::kommune::{Entity, Maalform, Register, counties, find_county};
use crate::tr;
use crate::ui;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show only entries whose name contains TEXT or whose number starts with it
    #[arg(short, long, value_name = "TEXT")]
    pub search: Option<String>,

    /// Show only the municipalities of one county, by number or name (46, Trøndelag)
    #[arg(long, value_name = "COUNTY", conflicts_with = "alle")]
    pub fylke: Option<String>,

    /// Show all of Norway's municipalities, not only Vestland's
    #[arg(long, visible_alias = "all")]
    pub alle: bool,

    /// Show only municipalities with this official language form
    #[arg(long, value_enum, value_name = "FORM")]
    pub maalform: Option<Maalform>,
}

/// Which part of the register is listed.
enum Scope {
    /// Vestland's municipalities, what a register file adds, cooperations.
    Default,
    /// One county's municipalities.
    County(String),
    All,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let register = config.register()?;
    let scope = match (&args.fylke, args.alle || args.search.is_some()) {
        (Some(text), _) => Scope::County(county_number(text)?),
        (None, true) => Scope::All,
        (None, false) => Scope::Default,
    };
    let entities = match &args.search {
        None => all_entities(&register),
        Some(text) => {
            let found = register.search(text);
            if found.is_empty() {
                anyhow::bail!(register.not_found(text, &register.closest(text, 3)));
            }
            found
        }
    };
    let entities: Vec<Entity> = entities
        .into_iter()
        .filter(|e| in_scope(e, &scope))
        .filter(|e| args.maalform.is_none() || register.maalform(*e) == args.maalform)
        .collect();
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", table(&register, &entities, config))?;
    if !config.quiet {
        let n = entities.len();
        let line = match scope {
            Scope::Default => {
                let total = Register::builtin_count();
                tr!("kommuner-default-scope", n = n, total = total)
            }
            _ => tr!("kommuner-in-all", n = n),
        };
        writeln!(out, "{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The number of the county `text` names, or an error listing the counties.
fn county_number(text: &str) -> anyhow::Result<String> {
    match find_county(text) {
        Some(county) => Ok(county.number.clone()),
        None => {
            let list: Vec<String> = counties()
                .iter()
                .map(|c| format!("{} {}", c.number, c.name))
                .collect();
            let list = list.join(", ");
            anyhow::bail!(tr!("kommuner-no-county", text = text.trim(), list = list))
        }
    }
}

fn all_entities(register: &Register) -> Vec<Entity<'_>> {
    register
        .kommuner
        .iter()
        .map(Entity::Kommune)
        .chain(register.cooperations.iter().map(Entity::Cooperation))
        .collect()
}

fn in_scope(entity: &Entity, scope: &Scope) -> bool {
    match (scope, entity) {
        (Scope::All, _) => true,
        (Scope::Default, Entity::Kommune(k)) => k.in_default_scope(),
        (Scope::Default, Entity::Cooperation(_)) => true,
        (Scope::County(number), Entity::Kommune(k)) => k.county.as_ref() == Some(number),
        (Scope::County(_), Entity::Cooperation(_)) => false,
    }
}

/// The table of the entities: number, name, language form, and the county
/// when more than one is shown, the members when a cooperation is.
fn table(register: &Register, entities: &[Entity], config: &Config) -> comfy_table::Table {
    let with_members = entities.iter().any(|e| matches!(e, Entity::Cooperation(_)));
    let county_of = |e: &Entity| match e {
        Entity::Kommune(k) => k.county.clone(),
        Entity::Cooperation(_) => None,
    };
    let mut shown_counties: Vec<Option<String>> = entities.iter().map(county_of).collect();
    shown_counties.sort();
    shown_counties.dedup();
    let with_county = shown_counties.len() > 1;
    let mut header = vec![tr!("kommuner-number-id"), tr!("kommuner-name")];
    if with_county {
        header.push(tr!("kommuner-county"));
    }
    header.push(tr!("kommuner-language-form"));
    if with_members {
        header.push(tr!("kommuner-members"));
    }
    let mut table = ui::table(header, config.color.stdout());
    for entity in entities {
        let mut row = vec![
            entity.key().to_string(),
            entity.names().collect::<Vec<_>>().join(" – "),
        ];
        if with_county {
            let county = match entity {
                Entity::Kommune(k) => k.county_name().unwrap_or_default(),
                Entity::Cooperation(_) => "",
            };
            row.push(county.to_string());
        }
        row.push(match entity {
            Entity::Kommune(_) => Maalform::label_of(register.maalform(*entity)),
            Entity::Cooperation(_) => register
                .maalform(*entity)
                .map(Maalform::label)
                .unwrap_or_default(),
        });
        if with_members {
            row.push(members(register, entity));
        }
        table.add_row(row);
    }
    table
}

/// A cooperation's members by name; empty for a municipality.
fn members(register: &Register, entity: &Entity) -> String {
    match entity {
        Entity::Kommune(_) => String::new(),
        Entity::Cooperation(c) => c
            .members
            .iter()
            .map(|m| {
                register
                    .lookup(m)
                    .map_or_else(|_| m.clone(), |e| e.name().to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}
