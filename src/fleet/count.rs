//! The rows of one recognised export, counted: devices per OS release,
//! activity dates and staleness, and the yes/no properties the export has.
//! Each row's identifying cells (names, users, ids) are never looked at,
//! except the UPN or distinguished name, read for its domain to refuse a
//! file that mixes tenants or domains.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::columns::{Field, Layout};
use super::date::{self, Reading};
use super::os::{self, Release};
use super::result::{ExportKind, FleetSource, JoinTypes, OsCount, Ownership, Tally};
use super::text::Cell;
use super::values::{self, Join};
use crate::diagnostic::{Diagnostic, Mark, excerpt};
use crate::tr;

/// What one pass over the rows gathers before the totals are made.
#[derive(Default)]
struct Gathered {
    dates: Vec<Option<Date>>,
    releases: BTreeMap<Release, u64>,
    domains: BTreeMap<String, u64>,
    tallies: BTreeMap<&'static str, Tally>,
    joins: JoinTypes,
    ownership: Ownership,
    problems: Vec<Diagnostic>,
}

/// The counts of the data rows of an export laid out as `layout`.
pub fn count(
    layout: &Layout,
    rows: &[Vec<Cell>],
    sha256: String,
) -> Result<FleetSource, Vec<Diagnostic>> {
    let mut g = Gathered::default();
    for row in rows {
        gather_row(layout, row, &mut g);
    }
    if !g.problems.is_empty() {
        return Err(g.problems);
    }
    let domains = folded(&g.domains);
    let initial = domains
        .keys()
        .filter(|d| d.ends_with(INITIAL_DOMAIN))
        .count();
    if initial > 1 || domains.len() - initial > 1 {
        return Err(vec![mixed(layout.kind, &domains)]);
    }
    Ok(totals(layout, g, rows.len() as u64, sha256))
}

fn gather_row(layout: &Layout, row: &[Cell], g: &mut Gathered) {
    let cell = |field| layout.index(field).and_then(|i| row.get(i));
    let text = |field| cell(field).map(|c: &Cell| c.text.as_str());
    if let Some(c) = cell(Field::Activity) {
        match date::read(&c.text) {
            Reading::Date(d) => g.dates.push(Some(d)),
            Reading::None => g.dates.push(None),
            Reading::Unreadable => {
                let value = excerpt(c.text.trim(), 40);
                g.problems.push(Diagnostic::at(
                    Mark::new(c.line, c.col),
                    "unreadable-date",
                    tr!("fleet-unreadable-date", value = value),
                ));
            }
        }
    }
    let release = os::classify(
        text(Field::Os).unwrap_or_default(),
        text(Field::OsVersion).unwrap_or_default(),
        text(Field::Edition).filter(|e| !e.trim().is_empty()),
    );
    *g.releases.entry(release).or_default() += 1;
    let domain = match layout.kind {
        ExportKind::ActiveDirectory => text(Field::DistinguishedName).and_then(values::dn_domain),
        _ => text(Field::Upn).and_then(values::upn_domain),
    };
    if let Some(domain) = domain {
        *g.domains.entry(domain).or_default() += 1;
    }
    for (field, key, read) in [
        (
            Field::Encrypted,
            "encrypted",
            values::yes_no as fn(&str) -> Option<bool>,
        ),
        (Field::Compliant, "compliant", values::yes_no),
        (Field::Enabled, "enabled", values::yes_no),
        (
            Field::Managed,
            "managed",
            if layout.kind == ExportKind::Intune {
                values::managed_by
            } else {
                values::yes_no
            },
        ),
    ] {
        if layout.index(field).is_some() {
            g.tallies
                .entry(key)
                .or_default()
                .add(text(field).and_then(read));
        }
    }
    match text(Field::JoinType).map(values::join) {
        Some(Join::EntraJoined) => g.joins.entra_joined += 1,
        Some(Join::HybridJoined) => g.joins.hybrid_joined += 1,
        Some(Join::Registered) => g.joins.registered += 1,
        Some(Join::Other) | None => g.joins.other += 1,
    }
    match text(Field::Ownership).and_then(values::ownership) {
        Some(true) => g.ownership.corporate += 1,
        Some(false) => g.ownership.personal += 1,
        None => g.ownership.unknown += 1,
    }
}

/// Microsoft's own domain every tenant has besides its custom ones
/// (`sogndal.onmicrosoft.com`), used by service and enrolment accounts.
const INITIAL_DOMAIN: &str = ".onmicrosoft.com";

/// The domains with each subdomain counted under the domain above it
/// (`skule.sogndal.kommune.no` under `sogndal.kommune.no`), so that one
/// tenant's schools or departments are not taken for another tenant.
fn folded(domains: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    let mut out: BTreeMap<String, u64> = BTreeMap::new();
    for (domain, n) in domains {
        let parent = domains
            .keys()
            .filter(|p| domain.ends_with(&format!(".{p}")))
            .min_by_key(|p| p.len())
            .unwrap_or(domain);
        *out.entry(parent.clone()).or_default() += n;
    }
    out
}

/// A file with rows from more than one tenant or domain: how many rows each
/// has (the names go to the person, never into the result).
fn mixed(kind: ExportKind, domains: &BTreeMap<String, u64>) -> Diagnostic {
    let counts = domains
        .iter()
        .map(|(domain, n)| format!("{domain}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let n = domains.len();
    let message = match kind {
        ExportKind::ActiveDirectory => tr!("fleet-mixed-domains", n = n, counts = counts),
        _ => tr!("fleet-mixed-tenants", n = n, counts = counts),
    };
    Diagnostic::whole_file("mixed-tenants", message)
}

fn totals(layout: &Layout, g: Gathered, devices: u64, sha256: String) -> FleetSource {
    let mut source = FleetSource::empty(layout.kind, sha256);
    source.devices = devices;
    let known: Vec<Date> = g.dates.iter().flatten().copied().collect();
    let last = known.iter().max().copied();
    source.activity_first = known.iter().min().map(ToString::to_string);
    source.activity_last = last.map(|d| d.to_string());
    if let Some(last) = last {
        let stale = |days: i64| {
            g.dates
                .iter()
                .filter(|d| d.is_none_or(|d| days_between(d, last) > days))
                .count() as u64
        };
        source.stale_30 = Some(stale(30));
        source.stale_90 = Some(stale(90));
    }
    source.encrypted = g.tallies.get("encrypted").copied();
    source.compliant = g.tallies.get("compliant").copied();
    source.managed = g.tallies.get("managed").copied();
    source.enabled = g.tallies.get("enabled").copied();
    source.join_types = layout.index(Field::JoinType).map(|_| g.joins);
    source.ownership = layout.index(Field::Ownership).map(|_| g.ownership);
    let mut systems: Vec<OsCount> = g
        .releases
        .into_iter()
        .map(|(r, n)| r.counted(n, last))
        .collect();
    systems.sort_by(|a, b| b.devices.cmp(&a.devices).then(a.name.cmp(&b.name)));
    source.operating_systems = systems;
    source
}

/// Whole days from `from` to `to`.
fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
        pairs.iter().map(|(d, n)| (d.to_string(), *n)).collect()
    }

    #[test]
    fn subdomains_count_under_their_domain() {
        let one = folded(&domains(&[
            ("sogndal.kommune.no", 10),
            ("skule.sogndal.kommune.no", 5),
            ("elev.skule.sogndal.kommune.no", 2),
            ("leikanger.kommune.no", 1),
        ]));
        assert_eq!(
            one,
            domains(&[("leikanger.kommune.no", 1), ("sogndal.kommune.no", 17)])
        );
    }
}
