//! The one rule by which typed text (`-k`, a form's municipality cell, a
//! cooperation's member) names a municipality or cooperation. A result saved
//! for the wrong municipality is worse than no result, so nothing is guessed
//! quietly: an exact number or name is taken (when the name lies outside
//! Vestland but also begins a Vestland name, the choice and the alternative
//! are said aloud); a name several municipalities share is refused with each
//! and its county; a beginning that fits one name only is taken and said
//! aloud; anything that fits several is refused with the candidates (or, on
//! a terminal, shown in the picker).
//!
//! Nothing here reads the terminal; the caller passes the picker in.

use std::io::Write;

use super::{Entity, Register, fold};
use crate::tr;

/// How many candidates an ambiguity lists before it points to `kartlegg kommuner`.
const LISTED: usize = 10;

/// Lets the person pick among units, starting from the text they typed.
pub type Picker<'p, 'a> = &'p dyn Fn(&str) -> anyhow::Result<Entity<'a>>;

/// What typed text names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution<'a> {
    /// The exact number, id or (folded) name: taken.
    Exact(Entity<'a>),
    /// An exact name outside the default scope (Vestland) that also begins
    /// names in it: taken, and told with those alternatives.
    ExactOutside {
        found: Entity<'a>,
        alternatives: Vec<Entity<'a>>,
    },
    /// The only unit whose name or number begins with the text: taken, and
    /// told to the person before anything is written.
    Prefix(Entity<'a>),
    /// Several units fit (as `kartlegg kommuner --search` lists them).
    Ambiguous(Vec<Entity<'a>>),
    /// Nothing fits; the names close enough to be a typing mistake, if any.
    Unknown(Vec<Entity<'a>>),
}

/// The folded text with a trailing "kommune" dropped, so that `Bømlo kommune`
/// is `Bømlo`; a text that is only "kommune" is kept.
fn folded_name(text: &str) -> String {
    let folded = fold(text);
    match folded.strip_suffix("kommune") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => folded,
    }
}

/// Whether the name, folded, is the text or begins with it.
fn name_is(entity: &Entity, folded: &str) -> bool {
    entity.names().any(|n| folded_name(n) == folded)
}

fn name_starts(entity: &Entity, folded: &str) -> bool {
    entity.names().any(|n| folded_name(n).starts_with(folded))
}

/// `4613 Bømlo`: number (or id) and name, as candidates are listed; with
/// the county outside the default scope: `1867 Bø (Nordland)`.
pub(super) fn label(entity: &Entity) -> String {
    match entity {
        Entity::Kommune(k) if !k.in_default_scope() => match k.county_name() {
            Some(county) => format!("{} {} ({county})", k.number, k.name),
            None => format!("{} {}", k.number, k.name),
        },
        _ => format!("{} {}", entity.key(), entity.name()),
    }
}

/// Whether lists show the unit unless told otherwise.
fn in_scope(entity: &Entity) -> bool {
    match entity {
        Entity::Kommune(k) => k.in_default_scope(),
        Entity::Cooperation(_) => true,
    }
}

impl Register {
    /// The first entity with exactly this number, id or (folded) name.
    pub(super) fn exact(&self, query: &str) -> Option<Entity<'_>> {
        self.exact_all(query).into_iter().next()
    }

    /// Every entity with exactly this number, id or (folded) name: more than
    /// one when municipalities share a name (Herøy, Våler).
    pub(super) fn exact_all(&self, query: &str) -> Vec<Entity<'_>> {
        let typed = query.trim();
        let folded = folded_name(typed);
        if folded.is_empty() {
            return Vec::new();
        }
        // `4613 Bømlo`, as candidates are listed, when number and name agree.
        let labelled = |e: &Entity| {
            typed
                .split_once(char::is_whitespace)
                .is_some_and(|(key, name)| key == e.key() && name_is(e, &folded_name(name)))
        };
        self.entities()
            .filter(|e| {
                e.key() == typed
                    || fold(e.key()) == fold(typed)
                    || name_is(e, &folded)
                    || labelled(e)
            })
            .collect()
    }

    /// What `query` names, by the rule in this module's header.
    pub fn resolve(&self, query: &str) -> Resolution<'_> {
        let typed = query.trim();
        let folded = folded_name(typed);
        // "… kommune" is meant as a whole name, never as a beginning.
        let whole = fold(typed) != folded;
        if let Some(exact) = self.resolve_exact(query, &folded, whole) {
            return exact;
        }
        if folded.is_empty() {
            return Resolution::Unknown(Vec::new());
        }
        let fits = self.search(typed);
        match fits.as_slice() {
            [only] if !whole && (only.key().starts_with(typed) || name_starts(only, &folded)) => {
                Resolution::Prefix(*only)
            }
            [] | [_] => {
                let mut close = fits.clone();
                close.extend(
                    self.closest(typed, 3)
                        .into_iter()
                        .filter(|e| !fits.contains(e)),
                );
                close.truncate(3);
                Resolution::Unknown(close)
            }
            _ => {
                // Names that begin with the text first, then those in the
                // default scope: the likelier meanings.
                let mut fits = fits;
                fits.sort_by_key(|e| (!name_starts(e, &folded), !in_scope(e)));
                Resolution::Ambiguous(fits)
            }
        }
    }

    /// What an exact number, id or name names, when `query` is one: the
    /// unit, or the units that share the name. A name outside the default
    /// scope comes with the names in it that begin with the text, unless the
    /// text is a whole name ("… kommune").
    fn resolve_exact(&self, query: &str, folded: &str, whole: bool) -> Option<Resolution<'_>> {
        match self.exact_all(query).as_slice() {
            [] => None,
            [found] if whole || in_scope(found) => Some(Resolution::Exact(*found)),
            [found] => {
                let alternatives: Vec<Entity> = self
                    .entities()
                    .filter(|e| in_scope(e) && e != found && name_starts(e, folded))
                    .collect();
                Some(if alternatives.is_empty() {
                    Resolution::Exact(*found)
                } else {
                    Resolution::ExactOutside {
                        found: *found,
                        alternatives,
                    }
                })
            }
            several => Some(Resolution::Ambiguous(several.to_vec())),
        }
    }

    /// The unit `query` names, or an error that lists what it could be and
    /// says what to type.
    pub fn lookup(&self, query: &str) -> anyhow::Result<Entity<'_>> {
        self.lookup_or_pick(query, None)
    }

    /// As [`Register::lookup`]; when `query` fits several units and a
    /// picker is given, the person picks among them there instead.
    pub fn lookup_or_pick<'a>(
        &'a self,
        query: &str,
        pick: Option<Picker<'_, 'a>>,
    ) -> anyhow::Result<Entity<'a>> {
        let unknown = |close: &[Entity]| self.not_found(query, close);
        match (self.resolve(query), pick) {
            (Resolution::Ambiguous(_), Some(pick)) => pick(query.trim()),
            (resolution, _) => resolution.taken(query, unknown),
        }
    }

    /// Why nothing was found for `query`, with the close names if there are
    /// any; otherwise what the built-in register holds and how to add to it.
    pub fn not_found(&self, query: &str, close: &[Entity]) -> String {
        let query = query.trim();
        if close.is_empty() {
            let count = Register::builtin_count();
            return tr!(
                "resolve-found-no-municipality-the-built-in",
                query = query,
                count = count
            );
        }
        let names = close.iter().map(label).collect::<Vec<_>>().join(", ");
        let number = close[0].key();
        tr!(
            "resolve-found-no-municipality-did-you-mean",
            query = query,
            names = names,
            number = number
        )
    }

    /// The `n` units whose names are close enough to `query` to be a typing
    /// mistake for it (a few letters wrong, added, missing or swapped),
    /// closest first; often none.
    pub fn closest(&self, query: &str, n: usize) -> Vec<Entity<'_>> {
        let folded = folded_name(query);
        // One slip in up to six letters, two in up to twelve, and so on.
        let allowed = 1 + folded.chars().count().saturating_sub(1) / 6;
        let mut scored: Vec<(usize, f64, Entity)> = self
            .entities()
            .filter_map(|e| {
                let (distance, similarity) = e
                    .names()
                    .map(|name| {
                        let name = folded_name(name);
                        (
                            strsim::osa_distance(&folded, &name),
                            strsim::jaro_winkler(&folded, &name),
                        )
                    })
                    .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)))?;
                (distance <= allowed).then_some((distance, similarity, e))
            })
            .collect();
        scored.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        scored.into_iter().take(n).map(|(_, _, e)| e).collect()
    }

    /// Units whose number or id starts with, or one of whose names contains,
    /// `text`: the candidates when `-k` is not exact.
    pub fn search(&self, text: &str) -> Vec<Entity<'_>> {
        let folded = folded_name(text);
        self.entities()
            .filter(|e| {
                e.key().starts_with(text.trim())
                    || (!folded.is_empty() && e.names().any(|n| folded_name(n).contains(&folded)))
            })
            .collect()
    }
}

impl<'a> Resolution<'a> {
    /// The unit named, telling on standard error which one a beginning was
    /// taken as; an error listing the candidates when several fit, and
    /// `unknown`'s text when none does.
    pub fn taken(
        self,
        query: &str,
        unknown: impl FnOnce(&[Entity<'a>]) -> String,
    ) -> anyhow::Result<Entity<'a>> {
        match self {
            Resolution::Exact(found) => Ok(found),
            Resolution::ExactOutside {
                found,
                alternatives,
            } => {
                let shown = label(&found);
                let names = alternatives.iter().map(label).collect::<Vec<_>>();
                let names = names.join(", ");
                let number = alternatives.first().map_or("", |e| e.key());
                writeln!(
                    std::io::stderr(),
                    "{}",
                    tr!(
                        "resolve-municipality-did-you-mean",
                        shown = shown,
                        names = names,
                        number = number
                    )
                )?;
                Ok(found)
            }
            Resolution::Prefix(found) => {
                let shown = label(&found);
                let line = match found {
                    Entity::Kommune(_) => tr!("resolve-municipality", shown = shown),
                    Entity::Cooperation(_) => tr!("resolve-cooperation", shown = shown),
                };
                writeln!(std::io::stderr(), "{line}")?;
                Ok(found)
            }
            Resolution::Ambiguous(fits) => anyhow::bail!(ambiguous(query, &fits)),
            Resolution::Unknown(close) => anyhow::bail!(unknown(&close)),
        }
    }
}

/// The refusal of a text that fits several units: the candidates (at most
/// [`LISTED`]) and what to type instead.
fn ambiguous(query: &str, fits: &[Entity]) -> String {
    let query = query.trim();
    let mut names: Vec<String> = fits.iter().take(LISTED).map(label).collect();
    if fits.len() > LISTED {
        let more = fits.len() - LISTED;
        names.push(tr!(
            "resolve-and-more-kartlegg-kommuner-search-lists",
            more = more,
            query = query
        ));
    }
    let names = names.join(", ");
    let number = fits.first().map_or("", |e| e.key());
    tr!(
        "resolve-fits-several-municipalities-type-the-number",
        query = query,
        names = names,
        number = number
    )
}

#[cfg(test)]
mod tests;
