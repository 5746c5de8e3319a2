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

/// The four categories' numbers; their titles are in the translation
/// catalogues as `category-N`.
const CATEGORY_IDS: [u8; 4] = [1, 2, 3, 4];

/// The 21 principles; their titles are in the translation catalogues as
/// `principle-C-N`.
const PRINCIPLE_IDS: [PrincipleId; 21] = [
    p(1, 1),
    p(1, 2),
    p(1, 3),
    p(2, 1),
    p(2, 2),
    p(2, 3),
    p(2, 4),
    p(2, 5),
    p(2, 6),
    p(2, 7),
    p(2, 8),
    p(2, 9),
    p(2, 10),
    p(3, 1),
    p(3, 2),
    p(3, 3),
    p(3, 4),
    p(4, 1),
    p(4, 2),
    p(4, 3),
    p(4, 4),
];

/// All four categories, in order.
pub fn categories() -> impl Iterator<Item = Category> {
    CATEGORY_IDS.iter().map(|&id| Category {
        id,
        title: Text::message(&format!("category-{id}")),
    })
}

/// All 21 principles, in order.
pub fn principles() -> impl Iterator<Item = Principle> {
    PRINCIPLE_IDS.iter().map(|&id| Principle {
        id,
        title: Text::message(&format!("principle-{}-{}", id.category, id.number)),
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
