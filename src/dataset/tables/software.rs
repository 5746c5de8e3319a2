//! `programvare.csv`: software name × version × municipality, with the
//! number of machines that have it. Tens of millions of installed packages
//! pass through here, so it counts indices, in parallel.
//!
//! The Programvare sheet sums the same counts up per name × version ×
//! source (municipalities, machines, share of all machines): half a million
//! rows suit a program reading the CSV, not a person reading a sheet.

use std::sync::Arc;

use rayon::prelude::*;

use super::{Column, MUNICIPALITY, with_rows, words};
use crate::collect::{Collected, Host};
use crate::dataset::{CellRef, Rows, Table};
use crate::i18n::Text;
use crate::inventory::Package;

/// The package, before the municipality columns.
const PACKAGE: [Column; 3] = [
    Column::new("hosts-software", "software-name-of-the-package-or-program"),
    Column::new("tables-version", "questionnaire-version"),
    Column::new(
        "software-source",
        "software-dpkg-rpm-flatpak-snap-windows-registry",
    ),
];

const HOSTS: Column = Column::new(
    "software-hosts",
    "software-number-of-machines-with-this-version",
);

/// The sheet's counts, after the package.
const SUMMARY: [Column; 3] = [
    Column::new(
        "findings-municipalities",
        "software-number-of-municipalities-with-this-version",
    ),
    Column::new(
        "software-hosts",
        "software-number-of-machines-in-all-municipalities",
    ),
    Column::new(
        "software-host-share",
        "software-share-of-all-inventoried-machines",
    ),
];

/// The share column's format: a package on one machine in a thousand
/// still shows.
const SHARE: &str = "0.0%";

/// Software name × version × municipality, with the number of hosts, and
/// its summary for the sheet. The rows are made when written, from the
/// shared package list and the sorted counts (16 bytes a row), not held as
/// copies of the text.
pub fn table(c: &Collected) -> Table {
    let columns = words(&[&PACKAGE[..], &MUNICIPALITY, &[HOSTS]].concat());
    let hosts: Vec<&Host> = c.hosts().collect();
    let mut municipalities: Vec<(String, String)> = hosts
        .iter()
        .map(|h| {
            let m = &h.inventory.municipality;
            (m.id.clone(), m.name.clone())
        })
        .collect();
    municipalities.sort_unstable();
    municipalities.dedup();
    let packages = Arc::clone(&c.packages);
    // Sorted by the texts of the key: the packages' texts are compared once
    // each, to rank them, and the rows are sorted by numbers.
    let rank = ranks(&packages);
    let counts = by_rank(count(c, &hosts, &municipalities), &rank);
    let summary = summary(&packages, &municipalities, &counts, hosts.len());
    let rows = Rows::made(counts.len(), move |i, out| {
        let (pair, n) = counts[i];
        let (name, version, source, id, kommune) = key(&packages, &municipalities, pair);
        out(&[
            name.into(),
            version.into(),
            source.into(),
            id.into(),
            kommune.into(),
            CellRef::Number(n as f64),
        ])
    });
    let mut table = with_rows(
        "programvare",
        Text::message("inventory-software"),
        columns,
        rows,
    );
    table.summary = Some(Box::new(summary));
    table
}

/// The sheet: one row per package (name, version, source) with the number
/// of municipalities and machines that have it, and the machines' share of
/// all `machines` inventoried. `counts` are sorted as the CSV's rows, so
/// each package's municipalities follow one another.
fn summary(
    packages: &Arc<Vec<Package>>,
    municipalities: &[(String, String)],
    counts: &[((u32, u32), u64)],
    machines: usize,
) -> Table {
    // (package, municipalities, machines), 16 bytes a package.
    let mut sums: Vec<(u32, u32, u64)> = Vec::new();
    let mut last = None;
    for &(pair, n) in counts {
        let (name, version, source, id, kommune) = key(packages, municipalities, pair);
        let (package, municipality) = ((name, version, source), (id, kommune));
        match (last, sums.last_mut()) {
            (Some((p, m)), Some(sum)) if p == package => {
                sum.1 += u32::from(m != municipality);
                sum.2 += n;
            }
            _ => sums.push((pair.0, 1, n)),
        }
        last = Some((package, municipality));
    }
    let packages = Arc::clone(packages);
    let rows = Rows::made(sums.len(), move |i, out| {
        let (p, municipalities, hosts) = sums[i];
        let p = &packages[p as usize];
        out(&[
            p.name.as_str().into(),
            p.version.as_deref().unwrap_or_default().into(),
            p.source.as_str().into(),
            CellRef::Number(f64::from(municipalities)),
            CellRef::Number(hosts as f64),
            CellRef::Number(hosts as f64 / machines as f64),
        ])
    });
    let columns = words(&[&PACKAGE[..], &SUMMARY].concat());
    let mut table = with_rows(
        "programvare",
        Text::message("inventory-software"),
        columns,
        rows,
    );
    table.formats = vec![(PACKAGE.len() + 2, SHARE)];
    table
}

/// What a row of the table says, in the order the rows are sorted by:
/// package name, version and source, municipality id and name.
fn key<'a>(
    packages: &'a [Package],
    municipalities: &'a [(String, String)],
    (p, m): (u32, u32),
) -> (&'a str, &'a str, &'a str, &'a str, &'a str) {
    let p = &packages[p as usize];
    let (id, kommune) = &municipalities[m as usize];
    let version = p.version.as_deref().unwrap_or_default();
    (&p.name, version, &p.source, id, kommune)
}

/// Each package's place when the packages are sorted by name, version and
/// source; packages that read the same share a place.
fn ranks(packages: &[Package]) -> Vec<u32> {
    let text = |i: u32| {
        let p = &packages[i as usize];
        let version = p.version.as_deref().unwrap_or_default();
        (p.name.as_str(), version, p.source.as_str())
    };
    let mut order: Vec<u32> = (0..packages.len() as u32).collect();
    order.par_sort_unstable_by(|&a, &b| text(a).cmp(&text(b)));
    let mut rank = vec![0; packages.len()];
    let mut place = 0;
    for (i, &p) in order.iter().enumerate() {
        if i > 0 && text(order[i - 1]) != text(p) {
            place = i as u32;
        }
        rank[p as usize] = place;
    }
    rank
}

/// The counts sorted by the package's rank (a place among the packages),
/// then municipality, then package. They come sorted by municipality and
/// package, so one stable pass that puts each count in its rank's place
/// does it, without comparing.
fn by_rank(counts: Vec<((u32, u32), u64)>, rank: &[u32]) -> Vec<((u32, u32), u64)> {
    let rank_of = |&((p, _), _): &((u32, u32), u64)| rank[p as usize] as usize;
    // Where each rank's counts begin.
    let mut next = vec![0usize; rank.len() + 1];
    for c in &counts {
        next[rank_of(c) + 1] += 1;
    }
    for r in 1..next.len() {
        next[r] += next[r - 1];
    }
    let mut sorted = vec![((0, 0), 0); counts.len()];
    for c in counts {
        let at = &mut next[rank_of(&c)];
        sorted[*at] = c;
        *at += 1;
    }
    sorted
}

/// How many hosts of each municipality have each installed package, by
/// municipality and then package.
/// Tens of millions of installed packages: each municipality's machines are
/// counted into one array of a count per package, in parallel, and only
/// the packages it has become rows; the installed packages are never
/// listed one by one.
fn count(
    c: &Collected,
    hosts: &[&Host],
    municipalities: &[(String, String)],
) -> Vec<((u32, u32), u64)> {
    let at = |h: &Host| {
        let m = &h.inventory.municipality;
        municipalities
            .binary_search_by(|(id, name)| {
                (id.as_str(), name.as_str()).cmp(&(m.id.as_str(), m.name.as_str()))
            })
            .unwrap_or_default()
    };
    let mut by_municipality: Vec<Vec<&Host>> = vec![Vec::new(); municipalities.len()];
    for h in hosts {
        by_municipality[at(h)].push(h);
    }
    by_municipality
        .par_iter()
        .enumerate()
        .flat_map_iter(|(m, hosts)| {
            let mut counts = vec![0u32; c.packages.len()];
            for p in hosts
                .iter()
                .filter_map(|h| h.packages.as_ref())
                .flat_map(|p| p.iter())
            {
                counts[p as usize] += 1;
            }
            counts
                .into_iter()
                .enumerate()
                .filter(|&(p, n)| n > 0 && c.packages[p].state.is_none())
                .map(move |(p, n)| ((p as u32, m as u32), u64::from(n)))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Placing by rank gives the order a sort by (rank, municipality,
        /// package) gives, for counts by municipality and package.
        #[test]
        fn placing_by_rank_is_sorting(
            rank in proptest::collection::vec(0u32..6, 1..12),
            present in proptest::collection::vec(any::<bool>(), 0..60),
        ) {
            // A rank is a place among the packages.
            let packages = rank.len() as u32;
            let rank: Vec<u32> = rank.iter().map(|r| r % packages).collect();
            let counts: Vec<((u32, u32), u64)> = present
                .iter()
                .enumerate()
                .filter(|(_, here)| **here)
                .map(|(i, _)| ((i as u32 % packages, i as u32 / packages), i as u64))
                .collect();
            let mut sorted = counts.clone();
            sorted.sort_unstable_by_key(|&((p, m), _)| (rank[p as usize], m, p));
            prop_assert_eq!(by_rank(counts, &rank), sorted);
        }
    }
}
