//! NSM Grunnprinsipper for IKT-sikkerhet: the four categories and 21 principles
//! that maturity questions are tied to and scores are grouped by.
//!
//! Titles are given as NSM names them in Norwegian, with our own English
//! rendering. Ids are `category.number`, ordered numerically (2.10 after 2.9).

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::i18n::Text;

/// A principle id such as `2.6`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PrincipleId {
    pub category: u8,
    pub number: u8,
}

impl fmt::Display for PrincipleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.category, self.number)
    }
}

impl PrincipleId {
    /// The id as the data files write it, `P2.10`: a code that spreadsheets
    /// and data-frame readers keep as text, where `2.10` would become the
    /// number 2.1 or the date 2 October.
    pub fn code(self) -> String {
        format!("P{self}")
    }

    /// An id as written in a data file, new (`P2.10`) or as datasets
    /// before the code was introduced wrote it (`2.10`).
    pub fn from_code(text: &str) -> Option<PrincipleId> {
        text.strip_prefix('P').unwrap_or(text).parse().ok()
    }
}

impl FromStr for PrincipleId {
    type Err = ();

    /// Accepts only the ids NSM defines.
    fn from_str(s: &str) -> Result<PrincipleId, ()> {
        let (c, n) = s.split_once('.').ok_or(())?;
        let id = PrincipleId {
            category: c.parse().map_err(|_| ())?,
            number: n.parse().map_err(|_| ())?,
        };
        // "02.6" parses to the same numbers but is not how NSM writes it.
        if id.to_string() != s || principle(id).is_none() {
            return Err(());
        }
        Ok(id)
    }
}

impl Serialize for PrincipleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

pub struct Category {
    pub id: u8,
    pub title: Text,
}

pub struct Principle {
    pub id: PrincipleId,
    pub title: Text,
}

const fn p(category: u8, number: u8) -> PrincipleId {
    PrincipleId { category, number }
}

const CATEGORY_TITLES: [(u8, &str, &str); 4] = [
    (1, "Identifisere og kartlegge", "Identify and map"),
    (2, "Beskytte og opprettholde", "Protect and maintain"),
    (3, "Oppdage", "Detect"),
    (4, "Håndtere og gjenopprette", "Respond and recover"),
];

const PRINCIPLE_TITLES: [(PrincipleId, &str, &str); 21] = [
    (
        p(1, 1),
        "Kartlegg styringsstrukturer, leveranser og understøttende systemer",
        "Map governance structures, deliveries and supporting systems",
    ),
    (
        p(1, 2),
        "Kartlegg enheter og programvare",
        "Map devices and software",
    ),
    (
        p(1, 3),
        "Kartlegg brukere og behov for tilgang",
        "Map users and their need for access",
    ),
    (
        p(2, 1),
        "Ivareta sikkerhet i anskaffelses- og utviklingsprosesser",
        "Build security into procurement and development",
    ),
    (
        p(2, 2),
        "Etabler en sikker IKT-arkitektur",
        "Establish a secure ICT architecture",
    ),
    (
        p(2, 3),
        "Ivareta en sikker konfigurasjon",
        "Maintain a secure configuration",
    ),
    (
        p(2, 4),
        "Beskytt virksomhetens nettverk",
        "Protect the organisation's network",
    ),
    (p(2, 5), "Kontroller dataflyt", "Control data flows"),
    (
        p(2, 6),
        "Ha kontroll på identiteter og tilganger",
        "Control identities and access",
    ),
    (
        p(2, 7),
        "Beskytt data i ro og i transitt",
        "Protect data at rest and in transit",
    ),
    (
        p(2, 8),
        "Beskytt e-post og nettleser",
        "Protect e-mail and web browsers",
    ),
    (
        p(2, 9),
        "Etabler evne til gjenoppretting av data",
        "Be able to restore data",
    ),
    (
        p(2, 10),
        "Integrer sikkerhet i prosess for endringshåndtering",
        "Build security into change management",
    ),
    (
        p(3, 1),
        "Oppdag og fjern kjente sårbarheter og trusler",
        "Find and remove known vulnerabilities and threats",
    ),
    (
        p(3, 2),
        "Etabler sikkerhetsovervåkning",
        "Establish security monitoring",
    ),
    (
        p(3, 3),
        "Analyser data fra sikkerhetsovervåkning",
        "Analyse security monitoring data",
    ),
    (
        p(3, 4),
        "Gjennomfør inntrengningstester",
        "Carry out penetration tests",
    ),
    (
        p(4, 1),
        "Forbered virksomheten på håndtering av hendelser",
        "Prepare for incident handling",
    ),
    (
        p(4, 2),
        "Vurder og klassifiser hendelser",
        "Assess and classify incidents",
    ),
    (
        p(4, 3),
        "Kontroller og håndter hendelser",
        "Contain and handle incidents",
    ),
    (
        p(4, 4),
        "Evaluer og lær av hendelser",
        "Evaluate and learn from incidents",
    ),
];

/// All four categories, in order.
pub fn categories() -> impl Iterator<Item = Category> {
    CATEGORY_TITLES.iter().map(|&(id, nb, en)| Category {
        id,
        title: Text::new(nb, en),
    })
}

/// All 21 principles, in order.
pub fn principles() -> impl Iterator<Item = Principle> {
    PRINCIPLE_TITLES.iter().map(|&(id, nb, en)| Principle {
        id,
        title: Text::new(nb, en),
    })
}

pub fn principle(id: PrincipleId) -> Option<Principle> {
    principles().find(|p| p.id == id)
}

pub fn category(id: u8) -> Option<Category> {
    categories().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_four_categories_and_twenty_one_principles() {
        assert_eq!(categories().count(), 4);
        assert_eq!(principles().count(), 21);
        for c in categories() {
            assert!(principles().any(|p| p.id.category == c.id));
        }
    }

    #[test]
    fn parses_only_ids_nsm_defines_and_orders_them_numerically() {
        assert_eq!("2.10".parse(), Ok(p(2, 10)));
        for (text, id) in [("P2.10", "2.10"), ("2.10", "2.10"), ("P1.1", "1.1")] {
            let id: PrincipleId = id.parse().unwrap();
            assert_eq!(PrincipleId::from_code(text), Some(id));
        }
        assert_eq!("2.10".parse::<PrincipleId>().unwrap().code(), "P2.10");
        assert_eq!(PrincipleId::from_code("P2.11"), None);
        assert_eq!(PrincipleId::from_code("p2.1"), None);
        for bad in ["2.11", "5.1", "02.6", "2", "2.6.1", "", "a.b"] {
            assert!(bad.parse::<PrincipleId>().is_err(), "{bad}");
        }
        assert!(p(2, 9) < p(2, 10));
    }
}
