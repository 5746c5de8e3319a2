//! Windows: the version, installed programs and security settings from the
//! registry and from harmless built-in commands (netsh, manage-bde, w32tm,
//! netstat), and the drives from the Windows API when sysinfo finds no volume.

use std::time::Duration;

use winreg::RegKey;
use winreg::enums::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE};

use super::super::{Disk, Findings, Indicator, Listener, Options, Os, Package, Tri, parse, winver};
use super::{agents_from_processes, run};
use crate::tr;

const UNINSTALL: [(&str, &str); 3] = [
    (
        "HKLM",
        r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
    ),
    (
        "HKLM",
        r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
    ),
    (
        "HKCU",
        r"Software\Microsoft\Windows\CurrentVersion\Uninstall",
    ),
];

fn hive(name: &str) -> RegKey {
    RegKey::predef(if name == "HKCU" {
        HKEY_CURRENT_USER
    } else {
        HKEY_LOCAL_MACHINE
    })
}

/// The operating system from the registry (see `winver`), and whether Wine
/// runs the program: Wine answers as an older Windows, so its name is kept
/// but the virtualisation says "wine".
pub fn identify(os: &mut Os) -> bool {
    let mut values = winver::Values::new();
    if let Ok(key) = hive("HKLM").open_subkey(winver::PATH) {
        for name in winver::NAMES {
            let value = key
                .get_value::<String, _>(name)
                .or_else(|_| key.get_value::<u32, _>(name).map(|n| n.to_string()));
            if let Ok(value) = value {
                values.insert(name, value);
            }
        }
    }
    winver::describe(&values, os);
    hive("HKLM").open_subkey(r"Software\Wine").is_ok()
        || hive("HKCU").open_subkey(r"Software\Wine").is_ok()
}

/// Installed programs from the Uninstall keys (64- and 32-bit, machine and user).
pub fn software(f: &mut Findings, _: &Options) -> Option<Vec<Package>> {
    let mut out = Vec::new();
    for (root, path) in UNINSTALL {
        let key = match hive(root).open_subkey(path) {
            Ok(key) => key,
            Err(e) => {
                f.unreadable(format!("{root}\\{path}"), e.to_string());
                continue;
            }
        };
        for name in key.enum_keys().flatten() {
            let Ok(entry) = key.open_subkey(&name) else {
                continue;
            };
            let system: u32 = entry.get_value("SystemComponent").unwrap_or(0);
            let Ok(display) = entry.get_value::<String, _>("DisplayName") else {
                continue;
            };
            if system == 1 {
                continue;
            }
            out.push(Package {
                name: display,
                version: entry.get_value("DisplayVersion").ok(),
                source: "windows-registry".into(),
                state: None,
            });
        }
    }
    Some(out)
}

pub fn security(f: &mut Findings, options: &Options) {
    let t = options.timeout;
    agents_from_processes(f);
    let indicators = [
        ("firewall_active", firewall(t)),
        ("disk_encrypted", bitlocker(t)),
        ("automatic_updates", automatic_updates()),
        ("remote_desktop_exposed", remote_desktop()),
        ("time_synchronised", time_sync(t)),
        ("local_admins", local_admins(t)),
        ("ssh_password_login", ssh_password_login()),
    ];
    for (key, indicator) in indicators {
        f.security.insert(key.into(), indicator);
    }
    listening(f, t);
}

/// Windows Defender Firewall, on in every profile.
fn firewall(t: Duration) -> Indicator {
    match run("netsh", &["advfirewall", "show", "allprofiles", "state"], t) {
        Ok(out) => match parse::netsh_firewall(&out) {
            Some(on) => Indicator::known(on, "netsh advfirewall show allprofiles state"),
            None => Indicator::unknown(tr!("windows-netsh-advfirewall-unknown-output")),
        },
        Err(e) => Indicator::unknown(e),
    }
}

/// BitLocker on the system drive.
fn bitlocker(t: Duration) -> Indicator {
    let command = "manage-bde -status C:";
    match run("manage-bde", &["-status", "C:"], t) {
        Ok(out) => match parse::manage_bde_protected(&out) {
            Some(on) => Indicator::known(on, command),
            None => Indicator::unknown(tr!("windows-unknown-output", command = command)),
        },
        Err(e) => Indicator::unknown(e),
    }
}

/// Windows Update, unless a policy turns it off or makes it ask first.
fn automatic_updates() -> Indicator {
    let au = hive("HKLM").open_subkey(r"SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU");
    match au {
        Ok(key) => {
            let off: u32 = key.get_value("NoAutoUpdate").unwrap_or(0);
            let option: u32 = key.get_value("AUOptions").unwrap_or(4);
            Indicator::known(
                off == 0 && option >= 3,
                r"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU",
            )
        }
        Err(_) => Indicator::known(true, tr!("windows-no-policy-turning-windows-update-off")),
    }
}

/// Whether Remote Desktop accepts connections.
fn remote_desktop() -> Indicator {
    let rdp = hive("HKLM")
        .open_subkey(r"SYSTEM\CurrentControlSet\Control\Terminal Server")
        .and_then(|k| k.get_value::<u32, _>("fDenyTSConnections"));
    let value = r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\fDenyTSConnections";
    match rdp {
        Ok(deny) => Indicator::known(deny == 0, value),
        Err(e) => Indicator::unknown(tr!("windows-could-not-read", value = value, e = e)),
    }
}

/// Whether the Windows time service is synchronised.
fn time_sync(t: Duration) -> Indicator {
    match run("w32tm", &["/query", "/status"], t) {
        Ok(out) => parse::w32tm_synchronised(&out).map_or_else(
            || Indicator::unknown("w32tm /query /status"),
            |s| Indicator::known(s, "w32tm /query /status"),
        ),
        Err(e) => Indicator::unknown(e),
    }
}

/// How many members the local Administrators group has (never who).
fn local_admins(t: Duration) -> Indicator {
    let command = "Get-LocalGroupMember -SID S-1-5-32-544";
    let admins = run(
        "powershell",
        &[
            "-NoProfile",
            "-NonInteractive",
            "-Command",
            &format!("({command}).Count"),
        ],
        t,
    );
    match admins.map(|out| out.trim().parse::<u64>().ok()) {
        Ok(Some(n)) => Indicator {
            count: Some(n),
            ..Indicator::known(n > 0, command)
        },
        Ok(None) => Indicator::unknown(tr!("windows-unknown-output", command = command)),
        Err(e) => Indicator::unknown(e),
    }
}

/// Password login to the OpenSSH server, where one is installed.
fn ssh_password_login() -> Indicator {
    let Ok(config) = std::fs::read_to_string(r"C:\ProgramData\ssh\sshd_config") else {
        return Indicator::known(false, tr!("windows-no-openssh-server"));
    };
    let settings = parse::sshd_config(&config, &|_| Vec::new());
    let value = settings
        .get("passwordauthentication")
        .map_or("yes", String::as_str)
        .to_lowercase();
    Indicator::known(value == "yes", r"C:\ProgramData\ssh\sshd_config")
}

/// Listening TCP ports and the program that owns each. A Windows that is
/// running always has TCP sockets (RPC, SMB), so a table without a single
/// TCP row (Wine's netstat prints only the heading) is recorded as not
/// read, not as "nothing listens".
fn listening(f: &mut Findings, t: Duration) {
    match run("netstat", &["-ano", "-p", "TCP"], t) {
        Ok(out) if !parse::netstat_has_tcp_rows(&out) => f.unreadable(
            "netstat -ano -p TCP",
            tr!("windows-netstat-listed-no-tcp-socket"),
        ),
        Ok(out) => {
            use sysinfo::{ProcessRefreshKind, RefreshKind, System};
            let sys = System::new_with_specifics(
                RefreshKind::nothing().with_processes(ProcessRefreshKind::nothing()),
            );
            for (port, local_only, pid) in parse::netstat_listening(&out) {
                let program = sys
                    .process(sysinfo::Pid::from_u32(pid))
                    .map(|p| p.name().to_string_lossy().into_owned());
                f.network.listening.push(Listener {
                    protocol: "tcp".into(),
                    port,
                    local_only,
                    program,
                });
            }
        }
        Err(e) => f.unreadable("netstat", e),
    }
}

/// Not read on Windows in this version (BitLocker is reported for the system drive).
pub fn disk_encrypted(_device: &str) -> Tri {
    Tri::Unknown
}

/// The drives Windows lists (letter, size, free space, file system), for
/// when sysinfo's volume list is empty, as under Wine.
pub fn drives() -> Vec<Disk> {
    use windows_sys::Win32::Storage::FileSystem::{
        GetDiskFreeSpaceExW, GetDriveTypeW, GetLogicalDrives, GetVolumeInformationW,
    };
    use windows_sys::Win32::System::WindowsProgramming::{DRIVE_NO_ROOT_DIR, DRIVE_REMOVABLE};
    // SAFETY: no arguments; returns a bit mask of drive letters.
    let mask = unsafe { GetLogicalDrives() };
    let mut out = Vec::new();
    for (bit, letter) in (b'A'..=b'Z').enumerate() {
        if mask & (1 << bit) == 0 {
            continue;
        }
        let root = format!("{}:\\", letter as char);
        let wide: Vec<u16> = root.encode_utf16().chain([0]).collect();
        let (mut free, mut total, mut free_all) = (0u64, 0u64, 0u64);
        let mut fs = [0u16; 64];
        // SAFETY: `wide` is NUL-terminated and outlives the calls; the out
        // pointers are valid locals; `fs` is passed with its length.
        let (kind, sized, named) = unsafe {
            (
                GetDriveTypeW(wide.as_ptr()),
                GetDiskFreeSpaceExW(wide.as_ptr(), &mut free, &mut total, &mut free_all),
                GetVolumeInformationW(
                    wide.as_ptr(),
                    std::ptr::null_mut(),
                    0,
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    fs.as_mut_ptr(),
                    fs.len() as u32,
                ),
            )
        };
        if kind == DRIVE_NO_ROOT_DIR || sized == 0 {
            continue;
        }
        let end = fs.iter().position(|&c| c == 0).unwrap_or(fs.len());
        out.push(Disk {
            encrypted: disk_encrypted(&root),
            mount: root,
            file_system: if named == 0 {
                String::new()
            } else {
                String::from_utf16_lossy(&fs[..end])
            },
            size_bytes: total,
            free_bytes: free,
            removable: kind == DRIVE_REMOVABLE,
        });
    }
    out
}
