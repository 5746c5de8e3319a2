//! The answering unit: the municipality, or the IT cooperation with its
//! member municipalities, that a survey result or an inventory is about.
//! One type for both files, written under the key `municipality`; it is
//! made from the register's [`Entity`] so that a file never names a unit the
//! register does not know.

use serde::{Deserialize, Serialize};

use crate::kommune::Entity;

/// A municipality (kommunenummer and name) or IT cooperation (id, name and members).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    pub id: String,
    pub name: String,
    /// The member municipalities of a cooperation; empty for a municipality.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

impl Subject {
    /// The unit as the register knows it.
    pub fn of(entity: &Entity) -> Subject {
        Subject {
            id: entity.key().to_string(),
            name: entity.name().to_string(),
            members: match entity {
                Entity::Kommune(_) => Vec::new(),
                Entity::Cooperation(c) => c.members.clone(),
            },
        }
    }

    /// A single municipality, by number and name.
    pub fn kommune(id: impl Into<String>, name: impl Into<String>) -> Subject {
        Subject {
            id: id.into(),
            name: name.into(),
            members: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cooperation keeps its members in an inventory file, YAML or JSON
    /// (the survey result file is tested in `survey::result`).
    #[test]
    fn a_cooperation_reads_back_from_an_inventory_file() {
        let cooperation = Subject {
            id: "ikt-nordfjord".into(),
            name: "IKT Nordfjord".into(),
            members: vec!["4602".into(), "4649".into()],
        };
        let inventory = crate::inventory::Inventory {
            format: crate::inventory::FORMAT.into(),
            tool: "kartlegg test".into(),
            municipality: cooperation.clone(),
            collected: "2026-11-28T08:00:00Z".into(),
            privacy: crate::inventory::Privacy::Standard,
            seconds: 0.5,
            host: crate::inventory::Host {
                id: crate::inventory::host_id("salt", "srv01"),
                ..Default::default()
            },
            disks: Vec::new(),
            network: Default::default(),
            security: Default::default(),
            software: None,
            unreadable: Vec::new(),
        };
        for text in [inventory.to_yaml(), inventory.to_json()] {
            let back = crate::inventory::Inventory::read(&text).unwrap();
            assert_eq!(back.municipality, cooperation, "{text}");
        }
        // A municipality's files look as they did before cooperations had members.
        let kommune = crate::inventory::Inventory {
            municipality: Subject::kommune("4627", "Askøy"),
            ..inventory
        };
        assert!(!kommune.to_yaml().contains("members"));
    }
}
