//! Which export a file is, told by its header row, and where each column
//! the counts need stands. Header names are compared without case, spaces
//! or punctuation (`Last check-in`, `LastCheckIn` and `last_check_in` are
//! one name), so small differences between portal versions do not matter.
//!
//! The names are those the exports write in English, the camelCase names of
//! Entra ID's "Download devices" and Graph, the property names
//! `Get-ADComputer | Export-Csv` writes, and the Norwegian column titles of
//! the portals where a person has seen them.

use super::result::ExportKind;

/// A column the counts read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Only to recognise the export; never read further.
    DeviceName,
    Os,
    OsVersion,
    /// Intune's `SkuFamily` (Enterprise, Education, Pro …).
    Edition,
    Activity,
    Compliant,
    Encrypted,
    Managed,
    Enabled,
    JoinType,
    Ownership,
    /// A user's UPN, read for its domain only (the tenant check).
    Upn,
    /// AD's DistinguishedName, read for its DC= parts only (the domain check).
    DistinguishedName,
}

/// A column of an export: the field, whether the export is recognised by
/// it, and the names it goes by (already folded by [`fold`]).
pub struct Column {
    pub field: Field,
    pub required: bool,
    /// The name shown in messages.
    pub shown: &'static str,
    pub names: &'static [&'static str],
}

const fn col(
    field: Field,
    required: bool,
    shown: &'static str,
    names: &'static [&'static str],
) -> Column {
    Column {
        field,
        required,
        shown,
        names,
    }
}

const INTUNE: &[Column] = &[
    col(
        Field::DeviceName,
        true,
        "Device name",
        &["devicename", "enhetsnavn"],
    ),
    col(
        Field::Os,
        true,
        "OS",
        &["os", "operativsystem", "operatingsystem"],
    ),
    col(
        Field::OsVersion,
        true,
        "OS version",
        &["osversion", "osversjon", "operativsystemversjon"],
    ),
    col(
        Field::Activity,
        true,
        "Last check-in",
        &[
            "lastcheckin",
            "sisteinnsjekking",
            "lastsyncdatetime",
            "sistsynkronisert",
        ],
    ),
    col(
        Field::Compliant,
        false,
        "Compliance",
        &["compliance", "samsvar", "compliancestate", "overholdelse"],
    ),
    col(
        Field::Encrypted,
        false,
        "Encrypted",
        &[
            "encrypted",
            "encryption",
            "kryptert",
            "kryptering",
            "isencrypted",
        ],
    ),
    col(
        Field::Ownership,
        false,
        "Ownership",
        &[
            "ownership",
            "eierskap",
            "owner",
            "ownertype",
            "managedeviceownertype",
        ],
    ),
    col(
        Field::Managed,
        false,
        "Managed by",
        &[
            "managedby",
            "administrertav",
            "managementagent",
            "behandletav",
        ],
    ),
    col(
        Field::Upn,
        false,
        "Primary user UPN",
        &[
            "primaryuserupn",
            "userprincipalname",
            "primærbrukerupn",
            "upnforprimærbruker",
            "primærbrukerensupn",
        ],
    ),
    col(
        Field::JoinType,
        false,
        "JoinType",
        &["jointype", "tilkoblingstype", "koblingstype"],
    ),
    col(
        Field::Edition,
        false,
        "SkuFamily",
        &["skufamily", "skufamilie"],
    ),
];

const ENTRA: &[Column] = &[
    col(
        Field::DeviceName,
        true,
        "displayName",
        &["displayname", "name", "navn", "visningsnavn"],
    ),
    col(
        Field::Os,
        true,
        "operatingSystem",
        &["operatingsystem", "os", "operativsystem"],
    ),
    col(
        Field::OsVersion,
        true,
        "operatingSystemVersion",
        &[
            "operatingsystemversion",
            "osversion",
            "version",
            "versjon",
            "osversjon",
        ],
    ),
    col(
        Field::Activity,
        true,
        "approximateLastSignInDateTime",
        &[
            "approximatelastsignindatetime",
            "activity",
            "aktivitet",
            "lastsignin",
            "sistepålogging",
        ],
    ),
    col(
        Field::JoinType,
        false,
        "joinType",
        &[
            "jointype",
            "jointypetrusttype",
            "trusttype",
            "tilkoblingstype",
            "koblingstype",
        ],
    ),
    col(
        Field::Compliant,
        false,
        "isCompliant",
        &["iscompliant", "compliant", "samsvarende", "isamsvar"],
    ),
    col(
        Field::Managed,
        false,
        "isManaged",
        &["ismanaged", "managed", "administrert"],
    ),
    col(
        Field::Upn,
        false,
        "userNames",
        &["usernames", "userprincipalname", "brukernavn"],
    ),
];

const ACTIVE_DIRECTORY: &[Column] = &[
    col(Field::DeviceName, true, "Name", &["name", "samaccountname"]),
    col(Field::Os, true, "OperatingSystem", &["operatingsystem"]),
    col(
        Field::DistinguishedName,
        true,
        "DistinguishedName",
        &["distinguishedname"],
    ),
    col(
        Field::OsVersion,
        false,
        "OperatingSystemVersion",
        &["operatingsystemversion"],
    ),
    col(Field::Activity, false, "LastLogonDate", &["lastlogondate"]),
    col(Field::Enabled, false, "Enabled", &["enabled"]),
];

/// The exports in the order they are tried: the one with the most telling
/// columns first.
pub const KINDS: [(ExportKind, &[Column]); 3] = [
    (ExportKind::Intune, INTUNE),
    (ExportKind::ActiveDirectory, ACTIVE_DIRECTORY),
    (ExportKind::Entra, ENTRA),
];

/// A header name without case, spaces or punctuation.
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Where the fields of one export stand in its rows.
#[derive(Debug)]
pub struct Layout {
    pub kind: ExportKind,
    places: Vec<(Field, usize)>,
}

impl Layout {
    /// The index of `field`'s column, if the export has it.
    pub fn index(&self, field: Field) -> Option<usize> {
        self.places
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, i)| *i)
    }
}

/// Why a header row fits no export: the kinds it resembled (by how many of
/// their telling columns it had), what they expect, and what was found.
#[derive(Debug)]
pub struct Unknown {
    pub resembled: Vec<(ExportKind, Vec<&'static str>)>,
}

/// The export a header row belongs to, and where its fields stand.
pub fn detect(header: &[String]) -> Result<Layout, Unknown> {
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    let find = |column: &Column| {
        folded
            .iter()
            .position(|h| column.names.contains(&h.as_str()))
    };
    for (kind, columns) in KINDS {
        if columns
            .iter()
            .filter(|c| c.required)
            .all(|c| find(c).is_some())
        {
            let places = columns
                .iter()
                .filter_map(|c| find(c).map(|i| (c.field, i)))
                .collect();
            return Ok(Layout { kind, places });
        }
    }
    let mut resembled: Vec<(usize, ExportKind, Vec<&'static str>)> = KINDS
        .iter()
        .map(|(kind, columns)| {
            let required = columns.iter().filter(|c| c.required);
            let found = required.clone().filter(|c| find(c).is_some()).count();
            (found, *kind, required.map(|c| c.shown).collect())
        })
        .collect();
    let best = resembled.iter().map(|(n, ..)| *n).max().unwrap_or(0);
    resembled.retain(|(n, ..)| *n == best);
    Err(Unknown {
        resembled: resembled.into_iter().map(|(_, k, c)| (k, c)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn tells_the_exports_apart_by_their_headers() {
        let intune = header(&[
            "Device ID",
            "Device name",
            "OS",
            "OS version",
            "Last check-in",
            "Encrypted",
        ]);
        let layout = detect(&intune).unwrap();
        assert_eq!(layout.kind, ExportKind::Intune);
        assert_eq!(layout.index(Field::Encrypted), Some(5));
        assert_eq!(layout.index(Field::Compliant), None);
        let norwegian = header(&[
            "Enhetsnavn",
            "Operativsystem",
            "OS-versjon",
            "Siste innsjekking",
        ]);
        assert_eq!(detect(&norwegian).unwrap().kind, ExportKind::Intune);
        let ad = header(&[
            "DistinguishedName",
            "DNSHostName",
            "Enabled",
            "LastLogonDate",
            "Name",
            "OperatingSystem",
        ]);
        assert_eq!(detect(&ad).unwrap().kind, ExportKind::ActiveDirectory);
        let entra = header(&[
            "deviceId",
            "displayName",
            "operatingSystem",
            "operatingSystemVersion",
            "joinType (trustType)",
            "approximateLastSignInDateTime",
        ]);
        let layout = detect(&entra).unwrap();
        assert_eq!(layout.kind, ExportKind::Entra);
        assert_eq!(layout.index(Field::JoinType), Some(4));
    }

    #[test]
    fn an_unknown_header_names_the_exports_it_resembled() {
        let unknown = detect(&header(&["Name", "OperatingSystem", "Owner"])).unwrap_err();
        let kinds: Vec<ExportKind> = unknown.resembled.iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds, [ExportKind::ActiveDirectory, ExportKind::Entra]);
    }
}
