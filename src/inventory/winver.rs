//! Which Windows a machine runs, from the values under
//! `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion`. sysinfo builds its
//! version from `CurrentMajorVersionNumber`, which only Windows 10 and later
//! have, and calls every Windows Server "10": that gave "Windows 0" on older
//! systems and Windows 10's end of support for Windows Server 2019. A plain
//! function of the values, so it is tested without Windows.

use std::collections::BTreeMap;

use super::Os;

/// The key under HKLM the values come from.
pub const PATH: &str = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion";

/// One value of the key, as text (numbers in decimal).
pub type Values = BTreeMap<&'static str, String>;

/// The names of the values `describe` reads.
pub const NAMES: [&str; 9] = [
    "ProductName",
    "EditionID",
    "DisplayVersion",
    "ReleaseId",
    "CSDVersion",
    "CurrentBuild",
    "CurrentBuildNumber",
    "UBR",
    "CurrentMajorVersionNumber",
];

/// Name, version and kernel of `os` from the registry values, and the end of
/// support from the table in `known`. Without a product name the name stays
/// "Windows" and the version unknown: never a made-up number.
pub fn describe(values: &Values, os: &mut Os) {
    let get = |name: &str| values.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
    let build = get("CurrentBuild").or_else(|| get("CurrentBuildNumber"));
    let Some(product) = get("ProductName") else {
        os.name = "Windows".into();
        os.version = None;
        os.kernel = build.map(str::to_string);
        os.end_of_support = None;
        return;
    };
    let mut name = product
        .strip_prefix("Microsoft ")
        .unwrap_or(product)
        .to_string();
    // Windows 11 kept Windows 10's product name in the registry.
    let build_number: u32 = build.and_then(|b| b.parse().ok()).unwrap_or(0);
    if build_number >= 22000 && name.starts_with("Windows 10") {
        name = name.replacen("Windows 10", "Windows 11", 1);
    }
    let release = get("DisplayVersion")
        .or_else(|| get("ReleaseId"))
        .or_else(|| get("CSDVersion"));
    let full_build = match (build, get("UBR")) {
        (Some(b), Some(ubr)) => Some(format!("{b}.{ubr}")),
        (b, _) => b.map(str::to_string),
    };
    os.version = match (release, &full_build) {
        (Some(r), Some(b)) => Some(format!("{r} ({b})")),
        (Some(r), None) => Some(r.to_string()),
        (None, Some(b)) => Some(format!("({b})")),
        (None, None) => None,
    };
    os.kernel = full_build;
    os.end_of_support =
        super::known::end_of_support(&support_key(&name, get("EditionID"), release))
            .map(str::to_string);
    os.name = name;
}

/// What the end-of-support table is looked up by: the product name, and for
/// Windows 10 and 11 the feature update, with Enterprise and Education (IoT
/// Enterprise too) apart: they get a longer support. Pro Education follows
/// Pro. Long-term servicing editions go by their name alone. Also used by
/// `fleet` for the releases exports name.
pub fn support_key(name: &str, edition: Option<&str>, release: Option<&str>) -> String {
    let lower = name.to_lowercase();
    let Some((generation, rest)) = ["windows 11", "windows 10"]
        .into_iter()
        .find_map(|g| lower.strip_prefix(g).map(|rest| (g, rest)))
    else {
        return lower;
    };
    if lower.contains("ltsc") || lower.contains("ltsb") {
        return lower;
    }
    let edition = edition.unwrap_or_default().to_lowercase();
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("iot ").unwrap_or(rest);
    let edition = edition.strip_prefix("iot").unwrap_or(&edition);
    let long = ["enterprise", "education"]
        .iter()
        .any(|e| edition.starts_with(e) || rest.starts_with(e));
    let release = release.unwrap_or("unknown").to_lowercase();
    if long {
        format!("{generation} enterprise {release}")
    } else {
        format!("{generation} {release}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(pairs: &[(&'static str, &str)]) -> Os {
        let values = pairs.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let mut os = Os::default();
        describe(&values, &mut os);
        os
    }

    #[test]
    fn windows_11_is_named_from_its_build_with_its_feature_update() {
        let os = described(&[
            ("ProductName", "Windows 10 Pro"),
            ("EditionID", "Professional"),
            ("DisplayVersion", "23H2"),
            ("CurrentBuild", "22631"),
            ("UBR", "4460"),
            ("CurrentMajorVersionNumber", "10"),
        ]);
        assert_eq!(os.name, "Windows 11 Pro");
        assert_eq!(os.version.as_deref(), Some("23H2 (22631.4460)"));
        assert_eq!(os.kernel.as_deref(), Some("22631.4460"));
        assert_eq!(os.end_of_support.as_deref(), Some("2025-11-11"));
        let enterprise = described(&[
            ("ProductName", "Windows 10 Enterprise"),
            ("EditionID", "Enterprise"),
            ("DisplayVersion", "23H2"),
            ("CurrentBuild", "22631"),
        ]);
        assert_eq!(enterprise.name, "Windows 11 Enterprise");
        assert_eq!(enterprise.end_of_support.as_deref(), Some("2026-11-10"));
        // Pro Education is serviced as Pro, IoT Enterprise as Enterprise.
        let pro_education = described(&[
            ("ProductName", "Windows 10 Pro Education"),
            ("EditionID", "ProfessionalEducation"),
            ("DisplayVersion", "24H2"),
            ("CurrentBuild", "26100"),
        ]);
        assert_eq!(pro_education.end_of_support.as_deref(), Some("2026-10-13"));
        let iot = described(&[
            ("ProductName", "Windows 10 IoT Enterprise"),
            ("EditionID", "IoTEnterprise"),
            ("DisplayVersion", "25H2"),
            ("CurrentBuild", "26200"),
        ]);
        assert_eq!(iot.end_of_support.as_deref(), Some("2028-10-10"));
    }

    #[test]
    fn long_term_servicing_editions_go_by_their_name_not_their_feature_update() {
        let ltsc = described(&[
            ("ProductName", "Windows 10 Enterprise LTSC 2024"),
            ("EditionID", "EnterpriseS"),
            ("DisplayVersion", "24H2"),
            ("CurrentBuild", "26100"),
        ]);
        assert_eq!(ltsc.name, "Windows 11 Enterprise LTSC 2024");
        assert_eq!(ltsc.end_of_support.as_deref(), Some("2029-10-09"));
        let iot = described(&[
            ("ProductName", "Windows 10 IoT Enterprise LTSC 2024"),
            ("EditionID", "IoTEnterpriseS"),
            ("DisplayVersion", "24H2"),
            ("CurrentBuild", "26100"),
        ]);
        assert_eq!(iot.end_of_support.as_deref(), Some("2034-10-10"));
        let server = described(&[
            ("ProductName", "Windows Server 2025 Datacenter"),
            ("DisplayVersion", "24H2"),
            ("CurrentBuild", "26100"),
        ]);
        assert_eq!(server.end_of_support.as_deref(), Some("2034-10-10"));
    }

    #[test]
    fn servers_are_not_windows_10() {
        let os = described(&[
            ("ProductName", "Windows Server 2019 Standard"),
            ("EditionID", "ServerStandard"),
            ("ReleaseId", "1809"),
            ("CurrentBuild", "17763"),
            ("UBR", "6414"),
            ("CurrentMajorVersionNumber", "10"),
        ]);
        assert_eq!(os.name, "Windows Server 2019 Standard");
        assert_eq!(os.version.as_deref(), Some("1809 (17763.6414)"));
        assert_eq!(os.end_of_support.as_deref(), Some("2029-01-09"));
        let ltsc = described(&[
            ("ProductName", "Windows 10 Enterprise LTSC 2021"),
            ("DisplayVersion", "21H2"),
            ("CurrentBuild", "19044"),
        ]);
        assert_eq!(ltsc.end_of_support.as_deref(), Some("2027-01-12"));
        let ten = described(&[
            ("ProductName", "Windows 10 Pro"),
            ("DisplayVersion", "22H2"),
            ("CurrentBuild", "19045"),
        ]);
        assert_eq!(ten.end_of_support.as_deref(), Some("2025-10-14"));
    }

    #[test]
    fn old_windows_and_missing_values_never_read_windows_0() {
        // What Wine 8 reports: Windows 7 without CurrentMajorVersionNumber.
        let seven = described(&[
            ("ProductName", "Microsoft Windows 7"),
            ("CSDVersion", "Service Pack 1"),
            ("CurrentBuild", "7601"),
        ]);
        assert_eq!(seven.name, "Windows 7");
        assert_eq!(seven.version.as_deref(), Some("Service Pack 1 (7601)"));
        assert_eq!(seven.end_of_support.as_deref(), Some("2020-01-14"));
        let nothing = described(&[]);
        assert_eq!(nothing.name, "Windows");
        assert_eq!(nothing.version, None);
        assert_eq!(nothing.end_of_support, None);
    }
}
