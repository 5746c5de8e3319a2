//! `kartlegg inventory`: what a machine reveals about its systems and
//! security, read without changing anything and without admin rights.
//!
//! Collectors read one source each and report what they could not read under
//! `unreadable`, never failing the whole run. Privacy is applied once, in
//! `privacy`: at `standard` no user names, addresses, MAC or serial numbers
//! are kept, the host name only as a salted hash, mount paths without user
//! names and volume labels, and listening programs only by well-known names.

pub mod known;
pub mod parse;
pub mod privacy;
pub mod scan;
mod system;
pub mod winver;

use std::collections::BTreeMap;
use std::time::Instant;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::subject::Subject;

pub const FORMAT: &str = "kartlegg-inventar/1";

/// Inventory files larger than this are refused unread.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Privacy {
    /// No user names, e-mail, MAC, IP or serial numbers; host name hashed;
    /// home and media mount paths generalised; only well-known listeners named.
    #[default]
    Standard,
    /// Also host name, network addresses, mount paths and program names.
    Full,
}

/// An answer that a machine may not give: true, false, or unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    #[default]
    Unknown,
}

impl From<bool> for Tri {
    fn from(b: bool) -> Tri {
        if b { Tri::True } else { Tri::False }
    }
}

impl Serialize for Tri {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Tri::True => s.serialize_bool(true),
            Tri::False => s.serialize_bool(false),
            Tri::Unknown => s.serialize_str("unknown"),
        }
    }
}

impl<'de> Deserialize<'de> for Tri {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tri, D::Error> {
        struct Shape;
        impl serde::de::Visitor<'_> for Shape {
            type Value = Tri;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("true, false or \"unknown\"")
            }
            fn visit_bool<E>(self, b: bool) -> Result<Tri, E> {
                Ok(b.into())
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Tri, E> {
                match text {
                    "unknown" => Ok(Tri::Unknown),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Str(text), &self)),
                }
            }
        }
        d.deserialize_any(Shape)
    }
}

/// One security indicator with the evidence it rests on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub value: Tri,
    /// The file, command or key the value came from, or why it is unknown.
    pub evidence: String,
    /// A count, where the indicator is one (pending updates, administrators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// Products found (security or backup agents).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub found: Vec<String>,
}

impl Indicator {
    pub fn known(value: bool, evidence: impl Into<String>) -> Indicator {
        Indicator {
            value: value.into(),
            evidence: evidence.into(),
            ..Indicator::default()
        }
    }

    pub fn unknown(why: impl Into<String>) -> Indicator {
        Indicator {
            value: Tri::Unknown,
            evidence: why.into(),
            ..Indicator::default()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    pub name: String,
    pub version: Option<String>,
    /// dpkg, rpm, flatpak, snap, windows-registry, macos-app.
    pub source: String,
    /// Set when the package is not simply installed (such as `config-files`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Os {
    /// linux, windows, macos, …
    pub family: String,
    pub name: String,
    pub version: Option<String>,
    pub kernel: Option<String>,
    pub architecture: String,
    /// End of ordinary security support, from the table in the source.
    pub end_of_support: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Host {
    /// sha256 of the host name with a salt kept per municipality.
    pub id: String,
    /// Only with `--privacy full`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub os: Os,
    pub cpu_model: String,
    pub cpu_cores: u64,
    pub memory_bytes: u64,
    pub uptime_seconds: u64,
    pub boot_time: String,
    /// none, a hypervisor (kvm, vmware, hyperv, …) or container:<kind>.
    pub virtualisation: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disk {
    pub mount: String,
    pub file_system: String,
    pub size_bytes: u64,
    pub free_bytes: u64,
    pub removable: bool,
    pub encrypted: Tri,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listener {
    pub protocol: String,
    pub port: u16,
    /// Bound to the loopback address only: not reachable from the network.
    pub local_only: bool,
    pub program: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Network {
    pub interfaces: u64,
    pub interfaces_up: u64,
    /// Only with `--privacy full`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<String>>,
    pub listening: Vec<Listener>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unreadable {
    pub source: String,
    pub reason: String,
}

/// A `kartlegg-inventar/1` file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    pub format: String,
    pub tool: String,
    pub municipality: Subject,
    /// RFC 3339.
    pub collected: String,
    pub privacy: Privacy,
    pub seconds: f64,
    pub host: Host,
    pub disks: Vec<Disk>,
    pub network: Network,
    /// Keyed by the indicator names the service catalogue uses.
    pub security: BTreeMap<String, Indicator>,
    /// Left out with `--no-software`.
    pub software: Option<Vec<Package>>,
    pub unreadable: Vec<Unreadable>,
}

pub struct Options {
    pub privacy: Privacy,
    pub software: bool,
    /// Longest a single command or scan may take.
    pub timeout: std::time::Duration,
    /// Salt for the host name hash.
    pub salt: String,
}

/// Everything collectors report, before privacy is applied.
#[derive(Default)]
pub struct Findings {
    pub host_name: Option<String>,
    pub host: Host,
    pub disks: Vec<Disk>,
    pub network: Network,
    pub security: BTreeMap<String, Indicator>,
    pub software: Option<Vec<Package>>,
    pub unreadable: Vec<Unreadable>,
}

impl Findings {
    pub fn unreadable(&mut self, source: impl Into<String>, reason: impl Into<String>) {
        self.unreadable.push(Unreadable {
            source: source.into(),
            reason: reason.into(),
        });
    }
}

/// The salted hash that stands for a host name.
pub fn host_id(salt: &str, host_name: &str) -> String {
    let hex = crate::questionnaire::sha256_hex(
        format!("{salt}\n{}", host_name.to_lowercase()).as_bytes(),
    );
    format!("sha256:{hex}")
}

/// Collects the inventory of this machine. `progress` is told the name of
/// each step as it starts.
pub fn collect(subject: Subject, options: &Options, progress: &mut dyn FnMut(&str)) -> Inventory {
    let started = Instant::now();
    let mut f = Findings::default();
    system::collect(&mut f, options, progress);
    let seconds = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
    Inventory::from_findings(subject, f, options, seconds)
}

impl Inventory {
    /// The inventory of what collectors found, with the host id and the
    /// chosen privacy applied.
    pub fn from_findings(
        subject: Subject,
        mut f: Findings,
        options: &Options,
        seconds: f64,
    ) -> Inventory {
        let host_name = f.host_name.clone().unwrap_or_default();
        f.host.id = host_id(&options.salt, &host_name);
        privacy::apply(&mut f, options.privacy);
        Inventory {
            format: FORMAT.into(),
            tool: format!("kartlegg {}", env!("CARGO_PKG_VERSION")),
            municipality: subject,
            collected: crate::time::now(),
            privacy: options.privacy,
            seconds,
            host: f.host,
            disks: f.disks,
            network: f.network,
            security: f.security,
            software: f.software,
            unreadable: f.unreadable,
        }
    }
}

impl Inventory {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    pub fn to_yaml(&self) -> String {
        let value = serde_json::to_value(self).unwrap_or_default();
        format!(
            "# kartlegg: inventar / inventory. Beskriver maskinens sikkerhet: behandles som internt.\n{}",
            crate::yaml::emit(&value)
        )
    }

    /// Reads an inventory written as YAML or JSON, straight from the parser's
    /// events (merge reads thousands of these).
    pub fn read(src: &str) -> Result<Inventory, Vec<crate::diagnostic::Diagnostic>> {
        let inventory: Inventory = crate::stream::from_str(src).map_err(|d| vec![d])?;
        if inventory.format != FORMAT {
            let format = &inventory.format;
            return Err(vec![crate::diagnostic::Diagnostic::whole_file(
                "unknown-format",
                crate::tr!(
                    "inventory-is-not-a-format-this-version",
                    format = format,
                    FORMAT = FORMAT
                ),
            )]);
        }
        inventory.check_ids()?;
        Ok(inventory)
    }

    /// The municipality id and the host id (`sha256:` and a safe token)
    /// may become parts of file names: anything else is refused.
    fn check_ids(&self) -> Result<(), Vec<crate::diagnostic::Diagnostic>> {
        let host = self.host.id.strip_prefix("sha256:").unwrap_or("");
        let bad = [
            (
                "municipality.id",
                self.municipality.id.as_str(),
                self.municipality.id.as_str(),
            ),
            ("host.id", self.host.id.as_str(), host),
        ]
        .into_iter()
        .filter(|(_, _, token)| !crate::fsutil::is_safe_id(token))
        .map(|(field, id, _)| {
            let message = crate::fsutil::unsafe_id_message(id);
            crate::diagnostic::Diagnostic::whole_file("unsafe-id", format!("{field}: {message}"))
        })
        .collect::<Vec<_>>();
        if bad.is_empty() { Ok(()) } else { Err(bad) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_are_paths_are_refused() {
        let good = include_str!(
            "../../examples/pilot/innkommet/breidal/kartlegg-inventar-9902-36284737-2026-10-06.yaml"
        );
        assert!(Inventory::read(good).is_ok());
        let host = "sha256:36284737d35444b99d69f21f4cd4e0dd8f37ba711f6d20e2b878ec26e76e4ded";
        for (from, to) in [
            (host, "sha256:../../pwned"),
            (host, "../pwned"),
            (host, ""),
            ("id: \"9902\"", "id: \"/tmp/pwned\""),
        ] {
            let bad = good.replacen(from, to, 1);
            let problems = Inventory::read(&bad).unwrap_err();
            assert_eq!(problems[0].code, "unsafe-id", "{to}");
        }
    }

    #[test]
    fn host_ids_are_stable_per_salt_and_differ_between_salts() {
        assert_eq!(host_id("a", "SRV01"), host_id("a", "srv01"));
        assert_ne!(host_id("a", "srv01"), host_id("b", "srv01"));
        assert!(host_id("a", "srv01").starts_with("sha256:"));
    }
}
