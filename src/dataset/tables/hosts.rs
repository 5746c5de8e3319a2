//! `inventar.csv`: one row per machine, with what its inventory says about
//! the system and its security indicators.

use super::{Column, MUNICIPALITY, col, with_rows, words};
use crate::collect::{Collected, Host};
use crate::dataset::{CellRef, Rows, Table};
use crate::i18n::Text;
use crate::inventory::Tri;

/// What the machine is, after the municipality columns.
const SYSTEM: [Column; 11] = [
    Column::new("hosts-host-id", "hosts-salted-sha256-of-the-host-name"),
    Column::new("hosts-os", "inventory-operating-system"),
    Column::new("hosts-os-version", "questionnaire-version"),
    Column::new("hosts-kernel", "hosts-kernel-version"),
    Column::new("hosts-architecture", "hosts-cpu-architecture"),
    Column::new("hosts-cpu-cores", "hosts-logical-cpu-cores"),
    Column::new("hosts-memory-gib", "hosts-memory-in-gib"),
    Column::new("hosts-virtualisation", "hosts-none-hypervisor-or-container"),
    Column::new(
        "hosts-end-of-support",
        "hosts-end-of-security-support-of-the",
    ),
    Column::new(
        "hosts-exposed-ports",
        "hosts-listening-ports-not-bound-to-loopback",
    ),
    Column::new("hosts-software", "hosts-number-of-installed-packages"),
];

/// When and from which file, after the security indicators.
const PROVENANCE: [Column; 2] = [
    Column::new("hosts-collected", "hosts-time-of-collection"),
    Column::new("answers-source-file", "hosts-the-file-the-row-came-from"),
];

fn tri(t: Tri) -> CellRef<'static> {
    match t {
        Tri::True => "true".into(),
        Tri::False => "false".into(),
        Tri::Unknown => "unknown".into(),
    }
}

pub fn table(c: &Collected) -> Table {
    let mut columns = words(&MUNICIPALITY);
    columns.extend(words(&SYSTEM));
    for name in crate::catalogue::INVENTORY_INDICATORS {
        columns.push(col(
            name,
            &crate::tr!("hosts-security-indicator-true-false-or-unknown"),
        ));
    }
    columns.extend(words(&PROVENANCE));
    // A row per machine, made when written from where the machine is:
    // tens of thousands of machines are not held twice.
    let records = std::sync::Arc::clone(&c.records);
    let places: Vec<(u32, u32)> = records
        .iter()
        .enumerate()
        .flat_map(|(r, record)| (0..record.hosts.len()).map(move |h| (r as u32, h as u32)))
        .collect();
    let rows = Rows::made(places.len(), move |at, out| {
        let (r, h) = places[at];
        match records[r as usize].hosts.get(h as usize) {
            Some(host) => out(&row(host)),
            None => out(&[]),
        }
    });
    with_rows("inventar", Text::message("hosts-inventory"), columns, rows)
}

/// The row of one machine.
fn row(h: &Host) -> Vec<CellRef<'_>> {
    let i = &h.inventory;
    let mut row: Vec<CellRef> = Vec::with_capacity(
        MUNICIPALITY.len()
            + SYSTEM.len()
            + crate::catalogue::INVENTORY_INDICATORS.len()
            + PROVENANCE.len(),
    );
    row.extend([
        (&i.municipality.id).into(),
        (&i.municipality.name).into(),
        (&i.host.id).into(),
        (&i.host.os.name).into(),
        i.host.os.version.as_deref().into(),
        i.host.os.kernel.as_deref().into(),
        (&i.host.os.architecture).into(),
        CellRef::Number(i.host.cpu_cores as f64),
        CellRef::Number((i.host.memory_bytes as f64 / 1024f64.powi(3) * 10.0).round() / 10.0),
        (&i.host.virtualisation).into(),
        i.host.os.end_of_support.as_deref().into(),
        CellRef::Number(i.network.listening.iter().filter(|l| !l.local_only).count() as f64),
        h.packages.as_ref().map(|s| s.len() as f64).into(),
    ]);
    for name in crate::catalogue::INVENTORY_INDICATORS {
        row.push(
            i.security
                .get(*name)
                .map_or(CellRef::Empty, |ind| tri(ind.value)),
        );
    }
    row.push((&i.collected).into());
    row.push((&h.file).into());
    row
}
