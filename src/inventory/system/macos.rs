//! macOS: application bundles, the application firewall and FileVault.

use super::super::{Findings, Indicator, Options, Package, Tri, parse};
use super::{agents_from_processes, run};
use crate::tr;

/// Application bundles in /Applications (one level, no links followed).
pub fn software(f: &mut Findings, _: &Options) -> Option<Vec<Package>> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir("/Applications") else {
        f.unreadable("/Applications", "cannot list");
        return Some(out);
    };
    let mut binary = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "app")
            || entry.file_type().is_ok_and(|t| t.is_symlink())
        {
            continue;
        }
        match std::fs::read_to_string(path.join("Contents/Info.plist"))
            .ok()
            .and_then(|p| parse::info_plist(&p))
        {
            Some((name, version)) => out.push(Package {
                name,
                version,
                source: "macos-app".into(),
                state: None,
            }),
            None => binary += 1,
        }
    }
    if binary > 0 {
        f.unreadable(
            "/Applications",
            tr!(
                "macos-applications-have-a-binary-info-plist",
                binary = binary
            ),
        );
    }
    Some(out)
}

pub fn security(f: &mut Findings, options: &Options) {
    let t = options.timeout;
    agents_from_processes(f);
    let firewall = match run(
        "/usr/libexec/ApplicationFirewall/socketfilterfw",
        &["--getglobalstate"],
        t,
    ) {
        Ok(out) => Indicator::known(out.contains("enabled"), "socketfilterfw --getglobalstate"),
        Err(e) => Indicator::unknown(e),
    };
    f.security.insert("firewall_active".into(), firewall);
    let filevault = match run("fdesetup", &["status"], t) {
        Ok(out) => Indicator::known(out.contains("FileVault is On"), "fdesetup status"),
        Err(e) => Indicator::unknown(e),
    };
    f.security.insert("disk_encrypted".into(), filevault);
}

/// Not read per disk on macOS in this version (FileVault is reported for the system).
pub fn disk_encrypted(_device: &str) -> Tri {
    Tri::Unknown
}
