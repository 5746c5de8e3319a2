//! `kartlegg kommuner [--search TEXT] [--maalform FORM]`: the municipality
//! register as a table, with each municipality's official language form.

use std::io::Write;
use std::process::ExitCode;

use crate::config::Config;
use crate::kommune::{Entity, Maalform};
use crate::tr;
use crate::ui;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show only entries whose name contains TEXT or whose number starts with it
    #[arg(short, long, value_name = "TEXT")]
    pub search: Option<String>,

    /// Show only municipalities with this official language form
    #[arg(long, value_enum, value_name = "FORM")]
    pub maalform: Option<Maalform>,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let register = config.register()?;
    let entities = match &args.search {
        None => register
            .kommuner
            .iter()
            .map(Entity::Kommune)
            .chain(register.cooperations.iter().map(Entity::Cooperation))
            .collect(),
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
        .filter(|e| args.maalform.is_none() || register.maalform(*e) == args.maalform)
        .collect();
    let with_members = entities.iter().any(|e| matches!(e, Entity::Cooperation(_)));
    let mut header = vec![
        tr!("kommuner-number-id"),
        tr!("kommuner-name"),
        tr!("kommuner-language-form"),
    ];
    if with_members {
        header.push(tr!("kommuner-members"));
    }
    let mut table = ui::table(header, config.color.stdout());
    for entity in &entities {
        let members = match entity {
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
        };
        let form = register.maalform(*entity).map(Maalform::label);
        let mut row = vec![
            entity.key().to_string(),
            entity.name().to_string(),
            form.unwrap_or_default(),
        ];
        if with_members {
            row.push(members);
        }
        table.add_row(row);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{table}")?;
    if !config.quiet {
        let n = entities.len();
        writeln!(out, "{}", tr!("kommuner-in-all", n = n))?;
    }
    Ok(ExitCode::SUCCESS)
}
