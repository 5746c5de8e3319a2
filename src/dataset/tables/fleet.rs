//! `flate.csv` and `flate_os.csv`: what each municipality's device exports
//! (`kartlegg fleet`) count, one row per export, and the operating system
//! releases they run. The counts are as the fleet file holds them; a state an
//! export does not carry is an empty cell, never 0.

use super::{Column, MUNICIPALITY, make, words};
use crate::collect::{Collected, Fleet};
use crate::dataset::{Cell, Table};
use crate::fleet::measure::Measure;
use crate::fleet::{FleetSource, Tally};
use crate::i18n::Text;

/// The export, after the municipality columns.
const EXPORT: [Column; 6] = [
    Column::new("fleet-table-export", "fleet-table-export-about"),
    Column::new("fleet-table-devices", "fleet-table-devices-about"),
    Column::new(
        "fleet-table-activity-first",
        "fleet-table-activity-first-about",
    ),
    Column::new(
        "fleet-table-activity-last",
        "fleet-table-activity-last-about",
    ),
    Column::new("fleet-table-stale-30", "fleet-table-stale-30-about"),
    Column::new("fleet-table-stale-90", "fleet-table-stale-90-about"),
];

/// Yes, no and unknown of each state an export may carry.
const STATES: [(&str, &str); 4] = [
    ("fleet-table-encrypted", "fleet-table-encrypted-about"),
    ("fleet-table-compliant", "fleet-table-compliant-about"),
    ("fleet-table-managed", "fleet-table-managed-about"),
    ("fleet-table-enabled", "fleet-table-enabled-about"),
];

/// The rest of the export's figures, before the provenance.
const REST: [Column; 11] = [
    Column::new("fleet-table-entra-joined", "fleet-table-join-about"),
    Column::new("fleet-table-hybrid-joined", "fleet-table-join-about"),
    Column::new("fleet-table-registered", "fleet-table-join-about"),
    Column::new("fleet-table-other-join", "fleet-table-join-about"),
    Column::new("fleet-table-corporate", "fleet-table-ownership-about"),
    Column::new("fleet-table-personal", "fleet-table-ownership-about"),
    Column::new("fleet-table-past-support", "fleet-table-past-support-about"),
    Column::new(
        "fleet-table-unknown-support",
        "fleet-table-unknown-support-about",
    ),
    Column::new(
        "fleet-table-unencrypted-percent",
        "fleet-table-percent-about",
    ),
    Column::new(
        "fleet-table-noncompliant-percent",
        "fleet-table-percent-about",
    ),
    Column::new(
        "fleet-table-unsupported-percent",
        "fleet-table-percent-about",
    ),
];

const PROVENANCE: [Column; 2] = [
    Column::new("fleet-table-created", "fleet-table-created-about"),
    Column::new("answers-source-file", "hosts-the-file-the-row-came-from"),
];

/// One operating system release of an export, after the municipality columns.
const RELEASE: [Column; 7] = [
    Column::new("fleet-table-export", "fleet-table-export-about"),
    Column::new("fleet-table-platform", "fleet-table-platform-about"),
    Column::new("hosts-os", "inventory-operating-system"),
    Column::new("hosts-os-version", "fleet-table-os-version-about"),
    Column::new("fleet-table-devices", "fleet-table-devices-about"),
    Column::new(
        "hosts-end-of-support",
        "hosts-end-of-security-support-of-the",
    ),
    Column::new(
        "fleet-table-past-support-flag",
        "fleet-table-past-support-flag-about",
    ),
];

fn count(n: u64) -> Cell {
    Cell::Number(n as f64)
}

/// Yes, no and unknown of a state; three empty cells when the export lacks it.
fn tally(t: Option<Tally>) -> [Cell; 3] {
    match t {
        Some(t) => [count(t.yes), count(t.no), count(t.unknown)],
        None => [Cell::Empty, Cell::Empty, Cell::Empty],
    }
}

fn percent(source: &FleetSource, measure: Measure) -> Cell {
    measure
        .of_source(source)
        .map(|x| (x * 10.0).round() / 10.0)
        .into()
}

fn export_row(fleet: &Fleet, s: &FleetSource) -> Vec<Cell> {
    let m = &fleet.result.municipality;
    let past = |want: Option<bool>| {
        let n: u64 = s
            .operating_systems
            .iter()
            .filter(|os| os.past_end_of_support == want)
            .map(|os| os.devices)
            .sum();
        count(n)
    };
    let mut row: Vec<Cell> = vec![
        m.id.clone().into(),
        m.name.clone().into(),
        s.kind.key().into(),
        count(s.devices),
        s.activity_first.clone().into(),
        s.activity_last.clone().into(),
        s.stale_30.map(count).into(),
        s.stale_90.map(count).into(),
    ];
    for state in [s.encrypted, s.compliant, s.managed, s.enabled] {
        row.extend(tally(state));
    }
    match s.join_types {
        Some(j) => row.extend([j.entra_joined, j.hybrid_joined, j.registered, j.other].map(count)),
        None => row.extend([Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]),
    }
    match s.ownership {
        Some(o) => row.extend([count(o.corporate), count(o.personal)]),
        None => row.extend([Cell::Empty, Cell::Empty]),
    }
    row.extend([past(Some(true)), past(None)]);
    for measure in [
        Measure::UnencryptedPercent,
        Measure::NoncompliantPercent,
        Measure::UnsupportedPercent,
    ] {
        row.push(percent(s, measure));
    }
    row.push(fleet.result.created.clone().into());
    row.push(fleet.file.clone().into());
    row
}

/// One row per export of every kept fleet file.
pub fn table(c: &Collected) -> Table {
    let mut columns = words(&MUNICIPALITY);
    columns.extend(words(&EXPORT));
    let (yes, no, unknown) = (
        crate::tr!("fleet-table-yes"),
        crate::tr!("fleet-table-no"),
        crate::tr!("fleet-table-unknown"),
    );
    for (header, about) in STATES {
        let (header, about) = Column::new(header, about).words();
        for value in [&yes, &no, &unknown] {
            columns.push((format!("{header}_{value}"), about.clone()));
        }
    }
    columns.extend(words(&REST));
    columns.extend(words(&PROVENANCE));
    let rows = c
        .fleets()
        .flat_map(|f| f.result.sources.iter().map(move |s| export_row(f, s)))
        .collect();
    make("flate", Text::message("fleet-table-sheet"), columns, rows)
}

/// One row per operating system release of every export.
pub fn releases(c: &Collected) -> Table {
    let columns = words(&[&MUNICIPALITY[..], &RELEASE].concat());
    let mut rows = Vec::new();
    for fleet in c.fleets() {
        let m = &fleet.result.municipality;
        for s in &fleet.result.sources {
            for os in &s.operating_systems {
                rows.push(vec![
                    m.id.clone().into(),
                    m.name.clone().into(),
                    s.kind.key().into(),
                    os.platform.key().into(),
                    os.name.clone().into(),
                    os.version.clone().into(),
                    count(os.devices),
                    os.end_of_support.clone().into(),
                    os.past_end_of_support
                        .map_or("unknown", |p| if p { "true" } else { "false" })
                        .into(),
                ]);
            }
        }
    }
    make(
        "flate_os",
        Text::message("fleet-table-releases-sheet"),
        columns,
        rows,
    )
}
