//! The fleet result file (`format: kartlegg-flate/1`): device counts read
//! from Intune, Entra ID and Active Directory exports, one block per file
//! read. It holds counts, dates and normalised OS names and versions only:
//! never a device name, user, UPN, serial number, id, domain or file name,
//! so there is no field that could carry one.
//!
//! Written through the same emitter as the inventory and read back by the
//! streaming reader, which refuses unknown keys and says where they stand.

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::subject::Subject;

pub const FORMAT: &str = "kartlegg-flate/1";

/// Fleet files larger than this are refused unread.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A `kartlegg-flate/1` file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FleetResult {
    pub format: String,
    pub kartlegg_version: String,
    pub municipality: Subject,
    /// RFC 3339, when the file was written.
    pub created: String,
    /// The language the command spoke (`nb`, `nn`, `en`).
    pub language: String,
    /// The date (YYYY-MM) of the end-of-support table used.
    pub end_of_support_list: String,
    /// One per export read, in the order given.
    pub sources: Vec<FleetSource>,
}

/// Which management tool an export comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    Intune,
    Entra,
    ActiveDirectory,
}

impl ExportKind {
    /// The name in the file (`intune`, `entra`, `active-directory`).
    pub fn key(self) -> &'static str {
        match self {
            ExportKind::Intune => "intune",
            ExportKind::Entra => "entra",
            ExportKind::ActiveDirectory => "active-directory",
        }
    }
}

/// The counts of one export. A block is absent (`None`) when the export
/// has no column for it: never 0 for "not in the export".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FleetSource {
    pub kind: ExportKind,
    /// Of the file's bytes (the file name may name people, so it is not kept).
    pub sha256: String,
    pub devices: u64,
    /// The earliest and latest last check-in, sign-in or logon (YYYY-MM-DD);
    /// absent when no row has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_first: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_last: Option<String>,
    /// Devices with no activity for more than 30 (90) days before
    /// `activity_last`; a device with no date at all counts as stale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stale_30: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stale_90: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<Tally>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliant: Option<Tally>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Tally>,
    /// Active Directory's `Enabled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<Tally>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_types: Option<JoinTypes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership: Option<Ownership>,
    pub operating_systems: Vec<OsCount>,
}

/// A yes/no property over the devices of an export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    pub yes: u64,
    pub no: u64,
    pub unknown: u64,
}

impl Tally {
    pub fn add(&mut self, value: Option<bool>) {
        match value {
            Some(true) => self.yes += 1,
            Some(false) => self.no += 1,
            None => self.unknown += 1,
        }
    }
}

/// How devices are joined to Entra ID.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinTypes {
    pub entra_joined: u64,
    pub hybrid_joined: u64,
    pub registered: u64,
    /// Anything else, and rows without a join type.
    pub other: u64,
}

/// Who owns the devices (Intune's `Ownership`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ownership {
    pub corporate: u64,
    pub personal: u64,
    pub unknown: u64,
}

/// The family an operating system belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    Windows,
    WindowsServer,
    Macos,
    Ios,
    Android,
    Linux,
    Other,
}

impl Platform {
    /// The name in the file (`windows`, `windows-server`, `macos`, …).
    pub fn key(self) -> &'static str {
        match self {
            Platform::Windows => "windows",
            Platform::WindowsServer => "windows-server",
            Platform::Macos => "macos",
            Platform::Ios => "ios",
            Platform::Android => "android",
            Platform::Linux => "linux",
            Platform::Other => "other",
        }
    }
}

/// The devices of an export that run one operating system release.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OsCount {
    pub platform: Platform,
    /// The OS and release as kartlegg names it, such as `Windows 11 23H2`.
    pub name: String,
    /// The version without the parts that tell devices apart (no Windows
    /// revision, no Apple or Android patch level); absent when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    pub devices: u64,
    /// YYYY-MM-DD; absent when the table does not know the release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_of_support: Option<String>,
    /// Whether `end_of_support` lies before the export's `activity_last`;
    /// absent when either is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_end_of_support: Option<bool>,
}

impl FleetSource {
    /// An export of `kind` with no devices counted yet.
    pub fn empty(kind: ExportKind, sha256: String) -> FleetSource {
        FleetSource {
            kind,
            sha256,
            devices: 0,
            activity_first: None,
            activity_last: None,
            stale_30: None,
            stale_90: None,
            encrypted: None,
            compliant: None,
            managed: None,
            enabled: None,
            join_types: None,
            ownership: None,
            operating_systems: Vec::new(),
        }
    }
}

impl FleetResult {
    pub fn to_yaml(&self) -> String {
        let value = serde_json::to_value(self).unwrap_or_default();
        format!(
            "# kartlegg: flate / fleet. Antall enheter fra eksporter; ingen enhetsnavn eller brukere.\n{}",
            crate::yaml::emit(&value)
        )
    }

    /// Reads a fleet file, saying where the first problem is; unknown keys
    /// are refused.
    pub fn read(src: &str) -> Result<FleetResult, Vec<Diagnostic>> {
        let fleet: FleetResult = crate::stream::from_str(src).map_err(|d| vec![d])?;
        if fleet.format != FORMAT {
            let format = &fleet.format;
            return Err(vec![Diagnostic::whole_file(
                "unknown-format",
                crate::tr!(
                    "fleet-is-not-a-format-this-version",
                    format = format,
                    FORMAT = FORMAT
                ),
            )]);
        }
        if !crate::fsutil::is_safe_id(&fleet.municipality.id) {
            let message = crate::fsutil::unsafe_id_message(&fleet.municipality.id);
            return Err(vec![Diagnostic::whole_file(
                "unsafe-id",
                format!("municipality.id: {message}"),
            )]);
        }
        Ok(fleet)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn example() -> FleetResult {
        FleetResult {
            format: FORMAT.into(),
            kartlegg_version: "0.1.0".into(),
            municipality: Subject::kommune("4640", "Sogndal"),
            created: "2026-12-02T10:15:00Z".into(),
            language: "nn".into(),
            end_of_support_list: "2026-12".into(),
            sources: vec![FleetSource {
                devices: 3,
                activity_first: Some("2026-10-01".into()),
                activity_last: Some("2026-11-28".into()),
                stale_30: Some(1),
                stale_90: Some(0),
                encrypted: Some(Tally {
                    yes: 2,
                    no: 1,
                    unknown: 0,
                }),
                ownership: Some(Ownership {
                    corporate: 3,
                    ..Ownership::default()
                }),
                operating_systems: vec![OsCount {
                    platform: Platform::Windows,
                    name: "Windows 11 23H2".into(),
                    version: Some("10.0.22631".into()),
                    devices: 3,
                    end_of_support: Some("2025-11-11".into()),
                    past_end_of_support: Some(true),
                }],
                ..FleetSource::empty(ExportKind::Intune, "ab".repeat(32))
            }],
        }
    }

    #[test]
    fn a_fleet_file_reads_back_as_written() {
        let fleet = example();
        let yaml = fleet.to_yaml();
        assert!(yaml.contains("kind: \"intune\""), "{yaml}");
        assert!(!yaml.contains("compliant"), "absent, not 0: {yaml}");
        assert_eq!(FleetResult::read(&yaml).unwrap(), fleet);
    }

    #[test]
    fn unknown_keys_and_formats_are_refused_with_their_place() {
        let yaml = example().to_yaml();
        let bad = yaml.replacen(
            "    devices: 3\n",
            "    devices: 3\n    device_names: []\n",
            1,
        );
        let problems = FleetResult::read(&bad).unwrap_err();
        let mark = problems[0].mark.expect("a place");
        assert!(mark.line > 1, "{problems:?}");
        assert!(problems[0].message.contains("device_names"), "{problems:?}");
        let other = yaml.replace(FORMAT, "kartlegg-flate/9");
        assert_eq!(
            FleetResult::read(&other).unwrap_err()[0].code,
            "unknown-format"
        );
    }
}
