//! `kartlegg fleet`: whole fleets of devices counted from the exports
//! municipalities already make in their management tools (Intune, Entra ID,
//! Active Directory), so that nobody has to estimate them in a
//! questionnaire.
//!
//! Only counts leave this module: device names, users, serial numbers, ids
//! and domains are read to be counted or checked and then dropped. Nothing
//! here touches files; the command reads them and gives the bytes.

pub mod columns;
mod count;
pub mod date;
pub mod measure;
pub mod os;
pub mod result;
pub mod text;
pub mod values;

pub use result::{
    ExportKind, FleetResult, FleetSource, JoinTypes, OsCount, Ownership, Platform, Tally,
};

use crate::diagnostic::{Diagnostic, Mark, excerpt};
use crate::tr;

/// The most header names an "unknown export" message lists.
const LISTED_COLUMNS: usize = 30;

/// The counts of one export, or every problem found in it, each with its
/// line and column where it has one.
pub fn read_export(bytes: &[u8]) -> Result<FleetSource, Vec<Diagnostic>> {
    let sha256 = crate::questionnaire::sha256_hex(bytes);
    let mut text = text::decode(bytes);
    // PowerShell 5's Export-Csv writes `#TYPE <class>` above the header
    // unless told not to; blanked, so that line numbers stay true.
    if text.trim_start_matches('\u{feff}').starts_with("#TYPE") {
        let end = text.find('\n').unwrap_or(text.len());
        text.replace_range(..end, "");
    }
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let rows = text::rows(text, text::separator(first_line));
    let Some((header, data)) = rows.split_first() else {
        return Err(vec![Diagnostic::whole_file(
            "empty-export",
            tr!("fleet-empty-export"),
        )]);
    };
    let names: Vec<String> = header.iter().map(|c| c.text.trim().to_string()).collect();
    let layout = columns::detect(&names).map_err(|unknown| {
        let mark = header
            .first()
            .map_or(Mark::new(1, 1), |c| Mark::new(c.line, c.col));
        vec![unknown_export(mark, &unknown, &names)]
    })?;
    count::count(&layout, data, sha256)
}

fn unknown_export(mark: Mark, unknown: &columns::Unknown, found: &[String]) -> Diagnostic {
    let resembled = unknown
        .resembled
        .iter()
        .map(|(kind, expected)| format!("{} ({})", kind_name(*kind), expected.join(", ")))
        .collect::<Vec<_>>()
        .join("; ");
    let mut listed: Vec<String> = found
        .iter()
        .take(LISTED_COLUMNS)
        .map(|name| excerpt(name, 40))
        .collect();
    if found.len() > LISTED_COLUMNS {
        listed.push("…".into());
    }
    let found = listed.join(", ");
    Diagnostic::at(
        mark,
        "unknown-export",
        tr!("fleet-unknown-export", resembled = resembled, found = found),
    )
}

/// The export's name as people know it.
pub fn kind_name(kind: ExportKind) -> &'static str {
    match kind {
        ExportKind::Intune => "Intune",
        ExportKind::Entra => "Entra ID",
        ExportKind::ActiveDirectory => "Active Directory",
    }
}
