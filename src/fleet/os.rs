//! An export's OS and OS version cells as kartlegg names the release:
//! platform, name (`Windows 11 23H2`, `Windows Server 2019`, `macOS 14`,
//! `iOS 17`, `Android 14`) and a version without what tells devices apart
//! (Windows keeps major.minor.build and drops the revision, Apple keeps
//! major.minor, Android major or major.minor). The end of support comes from
//! the one table in `inventory::known`.
//!
//! Windows editions: Enterprise and Education (IoT Enterprise too) get a
//! longer support for some feature updates. Where the export says the
//! edition (AD's `OperatingSystem`, Intune's `SkuFamily`) it is used; where
//! it does not (Entra ID), the Home and Pro date is used, the earlier one,
//! so that a device is never called supported when it may not be.

use crate::fleet::result::{OsCount, Platform};
use crate::inventory::{known, winver};

/// One release, as counted.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Release {
    pub platform: Platform,
    pub name: String,
    pub version: Option<String>,
    pub end_of_support: Option<&'static str>,
}

impl Release {
    /// The devices of an export that run this release, judged against the
    /// export's latest activity (`last`): past its end of support or not,
    /// unknown when either date is.
    pub fn counted(self, devices: u64, last: Option<jiff::civil::Date>) -> OsCount {
        let end = self
            .end_of_support
            .and_then(|e| e.parse::<jiff::civil::Date>().ok());
        OsCount {
            platform: self.platform,
            past_end_of_support: end.zip(last).map(|(end, last)| end < last),
            end_of_support: self.end_of_support.map(str::to_string),
            name: self.name,
            version: self.version,
            devices,
        }
    }
}

/// The longest OS name kept from a cell kartlegg does not recognise.
const MAX_OTHER_NAME: usize = 40;

/// Windows 10 and 11 feature updates by build number.
const FEATURE_UPDATES: &[(u32, &str)] = &[
    (10240, "1507"),
    (10586, "1511"),
    (14393, "1607"),
    (15063, "1703"),
    (16299, "1709"),
    (17134, "1803"),
    (17763, "1809"),
    (18362, "1903"),
    (18363, "1909"),
    (19041, "2004"),
    (19042, "20H2"),
    (19043, "21H1"),
    (19044, "21H2"),
    (19045, "22H2"),
    (22000, "21H2"),
    (22621, "22H2"),
    (22631, "23H2"),
    (26100, "24H2"),
    (26200, "25H2"),
];

/// Windows Server releases by build number, for exports that say only
/// "Windows" with a server build.
const SERVER_BUILDS: &[(u32, &str)] = &[
    (7601, "2008 R2"),
    (9200, "2012"),
    (9600, "2012 R2"),
    (14393, "2016"),
    (17763, "2019"),
    (20348, "2022"),
    (26100, "2025"),
];

/// The numbers in a version cell: `10.0.22631.4460` and AD's `10.0 (22631)`
/// alike give 10, 0, 22631 …
fn numbers(version: &str) -> Vec<u32> {
    version
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty() && p.len() <= 9)
        .filter_map(|p| p.parse().ok())
        .collect()
}

fn joined(parts: &[u32]) -> Option<String> {
    (!parts.is_empty()).then(|| {
        parts
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".")
    })
}

/// The release an OS cell, a version cell and (where the export has one)
/// an edition cell describe.
pub fn classify(os: &str, version: &str, edition: Option<&str>) -> Release {
    let lower = os.trim().to_lowercase();
    let n = numbers(version);
    let folded: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if lower.contains("windows") {
        return windows(os.trim(), &lower, &n, edition);
    }
    let apple = |platform, name: &str| {
        let major = n.first().copied();
        let named = match (major, n.get(1)) {
            (Some(10), Some(minor)) => format!("{name} 10.{minor}"),
            (Some(major), _) => format!("{name} {major}"),
            (None, _) => name.to_string(),
        };
        let key = named.to_lowercase().replace("ipados", "ios");
        Release {
            platform,
            end_of_support: known::end_of_support(&key),
            name: named,
            version: joined(&n[..n.len().min(2)]),
        }
    };
    if folded.starts_with("mac") || folded.contains("osx") {
        return apple(Platform::Macos, "macOS");
    }
    if folded.starts_with("ipad") {
        return apple(Platform::Ios, "iPadOS");
    }
    if folded.starts_with("ios") || folded.starts_with("iphone") {
        return apple(Platform::Ios, "iOS");
    }
    if folded.starts_with("android") {
        let release = joined(&n[..n.len().min(2)])
            .map(|r| r.strip_suffix(".0").map(str::to_string).unwrap_or(r));
        let name = match n.first() {
            Some(major) => format!("Android {major}"),
            None => "Android".to_string(),
        };
        let key = release.as_ref().map(|r| format!("android {r}"));
        return Release {
            platform: Platform::Android,
            name,
            end_of_support: key.and_then(|k| known::end_of_support(&k)),
            version: release,
        };
    }
    let linux = [
        "linux", "ubuntu", "debian", "redhat", "rhel", "centos", "fedora", "suse", "rocky",
    ];
    let platform = if linux.iter().any(|l| folded.contains(l)) {
        Platform::Linux
    } else {
        Platform::Other
    };
    other(os, platform, version)
}

/// A Linux or unknown OS: its name as written (cut short), the version to
/// major.minor as written (`22.04` keeps its zero).
fn other(os: &str, platform: Platform, version: &str) -> Release {
    let clean: String = os
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '/'))
        .take(MAX_OTHER_NAME)
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts: Vec<&str> = version
        .trim()
        .split('.')
        .take(2)
        .take_while(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let version = (!parts.is_empty()).then(|| parts.join("."));
    let name = match (&version, clean.is_empty()) {
        (_, true) => "Unknown".to_string(),
        (Some(v), false) if platform == Platform::Linux && clean != "Linux" => {
            format!("{clean} {v}")
        }
        _ => clean,
    };
    Release {
        platform,
        end_of_support: known::end_of_support(&name.to_lowercase()),
        name,
        version,
    }
}

fn windows(os: &str, lower: &str, n: &[u32], edition: Option<&str>) -> Release {
    let build = match n {
        [6 | 10, _, build, ..] => Some(*build),
        _ => None,
    };
    let version = joined(&n[..n.len().min(3)]);
    let server =
        lower.contains("server") || edition.is_some_and(|e| e.to_lowercase().contains("server"));
    if server {
        return server_release(os, lower, build, version);
    }
    let generation = match build {
        Some(b) if b >= 22000 => Some("Windows 11"),
        Some(b) if b >= 10240 => Some("Windows 10"),
        Some(9600) => Some("Windows 8.1"),
        Some(7600 | 7601) => Some("Windows 7"),
        _ => ["Windows 11", "Windows 10", "Windows 8.1", "Windows 7"]
            .into_iter()
            .find(|g| lower.starts_with(&g.to_lowercase())),
    };
    let Some(generation) = generation else {
        return Release {
            platform: Platform::Windows,
            name: "Windows".into(),
            version,
            end_of_support: None,
        };
    };
    let release = build
        .and_then(|b| FEATURE_UPDATES.iter().find(|(fb, _)| *fb == b))
        .map(|(_, r)| *r);
    // The product as the table knows it: the export's own name when it
    // names the generation (AD: "Windows 10 Enterprise LTSC 2021"), else
    // the generation with the edition.
    let product = if lower.starts_with(&generation.to_lowercase()) {
        os.to_string()
    } else {
        format!("{generation} {}", edition.unwrap_or_default())
    };
    let long = lower.contains("ltsc") || lower.contains("ltsb");
    let key = winver::support_key(&product, edition, release);
    let enterprise = !long && key.contains(" enterprise ") && release.is_some();
    let name = match (long, release) {
        (true, _) => product.split_whitespace().collect::<Vec<_>>().join(" "),
        (false, Some(r)) if enterprise => format!("{generation} {r} (Enterprise, Education)"),
        (false, Some(r)) => format!("{generation} {r}"),
        (false, None) => generation.to_string(),
    };
    Release {
        platform: Platform::Windows,
        end_of_support: known::end_of_support(&key),
        name,
        version,
    }
}

/// A Windows Server, by the year in its name or else by its build.
fn server_release(os: &str, lower: &str, build: Option<u32>, version: Option<String>) -> Release {
    let year = os
        .split_whitespace()
        .skip_while(|w| !w.eq_ignore_ascii_case("server"))
        .nth(1)
        .filter(|w| w.len() == 4 && w.starts_with("20"))
        .map(|y| {
            let r2 = lower.contains(" r2");
            if r2 { format!("{y} R2") } else { y.to_string() }
        })
        .or_else(|| {
            let build = build?;
            SERVER_BUILDS
                .iter()
                .find(|(b, _)| *b == build)
                .map(|(_, y)| y.to_string())
        });
    let name = match year {
        Some(year) => format!("Windows Server {year}"),
        None => "Windows Server".to_string(),
    };
    Release {
        platform: Platform::WindowsServer,
        end_of_support: known::end_of_support(&name),
        name,
        version,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(
        os: &str,
        version: &str,
        edition: Option<&str>,
    ) -> (String, Option<String>, Option<&'static str>) {
        let r = classify(os, version, edition);
        (r.name, r.version, r.end_of_support)
    }

    #[test]
    fn windows_by_build_edition_and_name() {
        assert_eq!(
            named("Windows", "10.0.22631.4460", None),
            (
                "Windows 11 23H2".into(),
                Some("10.0.22631".into()),
                Some("2025-11-11")
            )
        );
        assert_eq!(
            named("Windows", "10.0.22631.4460", Some("Enterprise")),
            (
                "Windows 11 23H2 (Enterprise, Education)".into(),
                Some("10.0.22631".into()),
                Some("2026-11-10")
            )
        );
        assert_eq!(
            named("Windows 10 Enterprise", "10.0 (19044)", None),
            (
                "Windows 10 21H2 (Enterprise, Education)".into(),
                Some("10.0.19044".into()),
                Some("2024-06-11")
            )
        );
        assert_eq!(
            named("Windows 10 Pro", "10.0 (19045)", None).2,
            Some("2025-10-14")
        );
        assert_eq!(
            named("Windows 10 Pro", "10.0 (19044)", None).2,
            Some("2023-06-13")
        );
        assert_eq!(
            named("Windows 10 Enterprise LTSC 2021", "10.0 (19044)", None).0,
            "Windows 10 Enterprise LTSC 2021"
        );
        assert_eq!(
            named("Windows 10 Enterprise LTSC 2021", "10.0 (19044)", None).2,
            Some("2027-01-12")
        );
        assert_eq!(
            named("Windows Server 2019 Standard", "10.0 (17763)", None),
            (
                "Windows Server 2019".into(),
                Some("10.0.17763".into()),
                Some("2029-01-09")
            )
        );
        assert_eq!(
            named("Windows Server 2012 R2 Standard", "6.3 (9600)", None).0,
            "Windows Server 2012 R2"
        );
        assert_eq!(named("Windows", "", None).0, "Windows");
    }

    #[test]
    fn apple_android_and_the_rest() {
        assert_eq!(
            classify("macOS", "13.6.7", None),
            Release {
                platform: Platform::Macos,
                name: "macOS 13".into(),
                version: Some("13.6".into()),
                end_of_support: Some("2025-09-15")
            }
        );
        assert_eq!(
            named("macOS", "10.15.7", None),
            (
                "macOS 10.15".into(),
                Some("10.15".into()),
                Some("2022-09-12")
            )
        );
        assert_eq!(
            named("iPadOS", "17.5.1", None),
            ("iPadOS 17".into(), Some("17.5".into()), None)
        );
        assert_eq!(named("iOS", "14.8.1", None).2, Some("2021-10-01"));
        assert_eq!(
            named("AndroidForWork", "12.1", None),
            ("Android 12".into(), Some("12.1".into()), Some("2025-03-03"))
        );
        assert_eq!(
            named("Android", "14.0", None),
            ("Android 14".into(), Some("14".into()), None)
        );
        assert_eq!(named("Linux", "22.04.4", None).0, "Linux");
        assert_eq!(
            named("Ubuntu", "22.04.4", None),
            (
                "Ubuntu 22.04".into(),
                Some("22.04".into()),
                Some("2027-06-01")
            )
        );
        assert_eq!(classify("", "", None).platform, Platform::Other);
    }
}
