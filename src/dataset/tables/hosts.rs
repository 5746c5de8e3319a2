//! `inventar.csv`: one row per machine, with what its inventory says about
//! the system and its security indicators.

use super::{Column, MUNICIPALITY, col, make, words};
use crate::collect::Collected;
use crate::dataset::{Cell, Table};
use crate::i18n::Text;
use crate::inventory::Tri;

/// What the machine is, after the municipality columns.
const SYSTEM: [Column; 11] = [
    Column::new(
        "vert_id",
        "host_id",
        "Saltet sha256 av vertsnavnet",
        "Salted sha256 of the host name",
    ),
    Column::new("os", "os", "Operativsystem", "Operating system"),
    Column::new("os_versjon", "os_version", "Versjon", "Version"),
    Column::new("kjerne", "kernel", "Kjerneversjon", "Kernel version"),
    Column::new(
        "arkitektur",
        "architecture",
        "Prosessorarkitektur",
        "CPU architecture",
    ),
    Column::new(
        "kjerner",
        "cpu_cores",
        "Logiske prosessorkjerner",
        "Logical CPU cores",
    ),
    Column::new("minne_gib", "memory_gib", "Minne i GiB", "Memory in GiB"),
    Column::new(
        "virtualisering",
        "virtualisation",
        "none, hypervisor eller container",
        "none, hypervisor or container",
    ),
    Column::new(
        "stotte_til",
        "end_of_support",
        "Slutt på sikkerhetsstøtte for operativsystemet",
        "End of security support of the operating system",
    ),
    Column::new(
        "porter_mot_nett",
        "exposed_ports",
        "Lyttende porter som ikke bare er lokale",
        "Listening ports not bound to loopback only",
    ),
    Column::new(
        "programvare",
        "software",
        "Antall installerte pakker",
        "Number of installed packages",
    ),
];

/// When and from which file, after the security indicators.
const PROVENANCE: [Column; 2] = [
    Column::new(
        "innsamlet",
        "collected",
        "Tidspunkt for innsamling",
        "Time of collection",
    ),
    Column::new(
        "kildefil",
        "source_file",
        "Filen raden kom fra",
        "The file the row came from",
    ),
];

fn tri(t: Tri) -> Cell {
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
            name,
            "Sikkerhetsindikator: true, false eller unknown",
            "Security indicator: true, false or unknown",
        ));
    }
    columns.extend(words(&PROVENANCE));
    let rows = c
        .hosts()
        .map(|h| {
            let i = &h.inventory;
            let mut row: Vec<Cell> = vec![
                i.municipality.id.clone().into(),
                i.municipality.name.clone().into(),
                i.host.id.clone().into(),
                i.host.os.name.clone().into(),
                i.host.os.version.clone().into(),
                i.host.os.kernel.clone().into(),
                i.host.os.architecture.clone().into(),
                Cell::Number(i.host.cpu_cores as f64),
                Cell::Number((i.host.memory_bytes as f64 / 1024f64.powi(3) * 10.0).round() / 10.0),
                i.host.virtualisation.clone().into(),
                i.host.os.end_of_support.clone().into(),
                Cell::Number(i.network.listening.iter().filter(|l| !l.local_only).count() as f64),
                h.packages.as_ref().map(|s| s.len() as f64).into(),
            ];
            for name in crate::catalogue::INVENTORY_INDICATORS {
                row.push(
                    i.security
                        .get(*name)
                        .map_or(Cell::Empty, |ind| tri(ind.value)),
                );
            }
            row.push(i.collected.clone().into());
            row.push(h.file.clone().into());
            row
        })
        .collect();
    make(
        "inventar",
        Text::new("Inventar", "Inventory"),
        columns,
        rows,
    )
}
