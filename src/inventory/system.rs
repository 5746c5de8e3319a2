//! The collectors: system facts through sysinfo (every platform), and on
//! Linux the package databases, listening sockets and security settings read
//! from files and harmless commands. Every command runs with a time limit;
//! what cannot be read is recorded, not fatal.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{Disk, Findings, Indicator, Options, Tri, known};
use crate::tr;

/// Output of a command, or why there is none. Never waits longer than `timeout`.
pub fn run(program: &str, args: &[&str], timeout: Duration) -> Result<String, String> {
    let mut child = Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            tr!(
                "kunne ikke starte `{program}`: {e}",
                "could not start `{program}`: {e}"
            )
        })?;
    let mut stdout = child.stdout.take().ok_or("no output")?;
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                let secs = timeout.as_secs_f64();
                return Err(tr!(
                    "`{program}` svarte ikke innen {secs} s",
                    "`{program}` did not answer within {secs} s"
                ));
            }
        }
    };
    let out = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    if status.success() {
        Ok(out)
    } else {
        Err(tr!(
            "`{program}` avsluttet med {status} (krever kanskje administratorrettigheter)",
            "`{program}` ended with {status} (perhaps it needs admin rights)"
        ))
    }
}

pub fn collect(f: &mut Findings, options: &Options, progress: &mut dyn FnMut(&str)) {
    progress(&tr!("system", "system"));
    system(f);
    progress(&tr!("disker", "disks"));
    disks(f);
    progress(&tr!("nettverk", "network"));
    network(f, options);
    #[cfg(target_os = "linux")]
    {
        if options.software {
            progress(&tr!("programvare", "software"));
            f.software = Some(linux::software(f, options));
        }
        progress(&tr!("sikkerhet", "security"));
        linux::security(f, options);
    }
    #[cfg(windows)]
    {
        if options.software {
            progress(&tr!("programvare", "software"));
            f.software = Some(windows::software(f));
        }
        progress(&tr!("sikkerhet", "security"));
        windows::security(f, options);
    }
    #[cfg(target_os = "macos")]
    {
        if options.software {
            progress(&tr!("programvare", "software"));
            f.software = Some(macos::software(f));
        }
        progress(&tr!("sikkerhet", "security"));
        macos::security(f, options);
    }
    // Whatever a platform could not tell is unknown, and says so.
    let os = std::env::consts::OS;
    for name in crate::catalogue::INVENTORY_INDICATORS {
        f.security.entry(name.to_string()).or_insert_with(|| {
            Indicator::unknown(tr!(
                "leses ikke på {os} i denne versjonen",
                "not read on {os} in this version"
            ))
        });
    }
    let supported = match f.host.os.end_of_support.as_deref() {
        Some(end) => {
            let today = jiff::Zoned::now().date().to_string();
            Indicator::known(
                today.as_str() <= end,
                tr!(
                    "støtte til {end} (tabell fra {})",
                    "supported until {end} (table of {})",
                    known::CHECKED
                ),
            )
        }
        None => Indicator::unknown(tr!(
            "operativsystemet står ikke i tabellen over støtteslutt",
            "the operating system is not in the end-of-support table"
        )),
    };
    f.security.insert("os_supported".into(), supported);
}

fn system(f: &mut Findings) {
    use sysinfo::{CpuRefreshKind, MemoryRefreshKind, RefreshKind, System};
    let sys = System::new_with_specifics(
        RefreshKind::nothing()
            .with_memory(MemoryRefreshKind::nothing().with_ram())
            .with_cpu(CpuRefreshKind::nothing()),
    );
    f.host_name = System::host_name();
    let os = &mut f.host.os;
    os.family = std::env::consts::OS.to_string();
    os.name = System::name().unwrap_or_else(|| std::env::consts::OS.to_string());
    os.version = System::os_version();
    os.kernel = System::kernel_version();
    os.architecture = System::cpu_arch();
    let id = System::distribution_id();
    os.end_of_support =
        known::end_of_support(&format!("{id} {}", os.version.clone().unwrap_or_default()))
            .map(str::to_string);
    f.host.cpu_model = sys
        .cpus()
        .first()
        .map(|c| c.brand().trim().to_string())
        .unwrap_or_default();
    f.host.cpu_cores = sys.cpus().len() as u64;
    f.host.memory_bytes = sys.total_memory();
    f.host.uptime_seconds = System::uptime();
    f.host.boot_time = i64::try_from(System::boot_time())
        .ok()
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .map(|t| t.to_string())
        .unwrap_or_default();
    f.host.virtualisation = virtualisation();
}

fn virtualisation() -> String {
    if Path::new("/.dockerenv").exists() {
        return "container:docker".into();
    }
    if Path::new("/run/.containerenv").exists() {
        return "container:podman".into();
    }
    if let Ok(out) = run("systemd-detect-virt", &[], Duration::from_secs(2)) {
        let kind = out.trim();
        if !kind.is_empty() {
            return kind.to_string();
        }
    }
    match std::fs::read_to_string("/proc/cpuinfo") {
        Ok(cpuinfo)
            if cpuinfo.lines().any(|l| {
                l.starts_with("flags") && l.split_whitespace().any(|w| w == "hypervisor")
            }) =>
        {
            "vm".into()
        }
        Ok(_) => "none".into(),
        Err(_) => "unknown".into(),
    }
}

fn disks(f: &mut Findings) {
    let list = sysinfo::Disks::new_with_refreshed_list();
    for d in list.list() {
        let mount = d.mount_point().to_string_lossy().into_owned();
        f.disks.push(Disk {
            encrypted: disk_encrypted(&d.name().to_string_lossy()),
            mount,
            file_system: d.file_system().to_string_lossy().into_owned(),
            size_bytes: d.total_space(),
            free_bytes: d.available_space(),
            removable: d.is_removable(),
        });
    }
}

/// Whether a block device is a dm-crypt mapping (Linux: readable without root).
fn disk_encrypted(device: &str) -> Tri {
    if !cfg!(target_os = "linux") {
        return Tri::Unknown;
    }
    let Ok(target) = std::fs::canonicalize(device) else {
        return Tri::Unknown;
    };
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Tri::Unknown;
    };
    if !name.starts_with("dm-") {
        return Tri::False;
    }
    match std::fs::read_to_string(format!("/sys/block/{name}/dm/uuid")) {
        Ok(uuid) => (uuid.starts_with("CRYPT-")).into(),
        Err(_) => Tri::Unknown,
    }
}

fn network(f: &mut Findings, options: &Options) {
    let networks = sysinfo::Networks::new_with_refreshed_list();
    f.network.interfaces = networks.list().len() as u64;
    f.network.interfaces_up = networks
        .list()
        .keys()
        .filter(
            |name| match std::fs::read_to_string(format!("/sys/class/net/{name}/operstate")) {
                Ok(state) => matches!(state.trim(), "up" | "unknown"),
                Err(_) => true,
            },
        )
        .count() as u64;
    if options.privacy == super::Privacy::Full {
        f.network.addresses = Some(
            networks
                .list()
                .values()
                .flat_map(|d| d.ip_networks().iter().map(|n| n.addr.to_string()))
                .collect(),
        );
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use std::collections::BTreeMap;

    use super::super::{Listener, Package, parse};
    use super::*;

    fn read(f: &mut Findings, path: &str) -> Option<String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                f.unreadable(path, e.to_string());
                None
            }
        }
    }

    pub fn software(f: &mut Findings, options: &Options) -> Vec<Package> {
        let mut packages = Vec::new();
        if let Some(status) = read(f, "/var/lib/dpkg/status") {
            packages.extend(parse::dpkg_status(&status));
        }
        let listers: [(&str, &[&str], &str, bool); 3] = [
            (
                "rpm",
                &["-qa", "--qf", "%{NAME}\\t%{VERSION}-%{RELEASE}\\n"],
                "rpm",
                false,
            ),
            (
                "flatpak",
                &["list", "--columns=application,version"],
                "flatpak",
                false,
            ),
            ("snap", &["list"], "snap", true),
        ];
        for (program, args, source, header) in listers {
            if !on_path(program) {
                continue;
            }
            match run(program, args, options.timeout) {
                Ok(out) => packages.extend(parse::name_version_lines(&out, source, header)),
                Err(why) => f.unreadable(program, why),
            }
        }
        packages
    }

    fn on_path(program: &str) -> bool {
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
        })
    }

    /// Names of running processes (their executable names, lower case).
    fn process_names(f: &mut Findings) -> Vec<String> {
        let mut names = Vec::new();
        match std::fs::read_dir("/proc") {
            Ok(entries) => {
                for entry in entries.flatten() {
                    if entry
                        .file_name()
                        .to_string_lossy()
                        .chars()
                        .all(|c| c.is_ascii_digit())
                        && let Ok(comm) = std::fs::read_to_string(entry.path().join("comm"))
                    {
                        names.push(comm.trim().to_lowercase());
                    }
                }
            }
            Err(e) => f.unreadable("/proc", e.to_string()),
        }
        names.sort();
        names.dedup();
        names
    }

    pub fn security(f: &mut Findings, options: &Options) {
        let processes = process_names(f);
        let mut names = processes.clone();
        if let Some(packages) = &f.software {
            names.extend(
                packages
                    .iter()
                    .map(|p| p.name.split(':').next().unwrap_or_default().to_lowercase()),
            );
        }
        let t = options.timeout;
        let mut put = |key: &str, i: Indicator| {
            f.security.insert(key.to_string(), i);
        };

        let agents = known::matches(known::SECURITY_AGENTS, &names);
        let edr: Vec<&str> = agents
            .iter()
            .copied()
            .filter(|a| known::EDR_PRODUCTS.contains(a))
            .collect();
        let evidence = tr!(
            "prosesser og pakker mot listen fra {}",
            "processes and packages against the list of {}",
            known::CHECKED
        );
        put(
            "antivirus_present",
            Indicator {
                found: agents.iter().map(|s| s.to_string()).collect(),
                ..Indicator::known(!agents.is_empty(), evidence.clone())
            },
        );
        put(
            "edr_present",
            Indicator {
                found: edr.iter().map(|s| s.to_string()).collect(),
                ..Indicator::known(!edr.is_empty(), evidence.clone())
            },
        );
        let backup = known::matches(known::BACKUP_AGENTS, &names);
        put(
            "backup_agent_present",
            Indicator {
                found: backup.iter().map(|s| s.to_string()).collect(),
                ..Indicator::known(!backup.is_empty(), evidence)
            },
        );

        put("firewall_active", firewall(t));
        put("disk_encrypted", root_encrypted());
        put("automatic_updates", automatic_updates(t));
        put("ssh_password_login", ssh_password_login(&processes));
        put("time_synchronised", time_sync(t, &processes));
        let pending = match std::fs::read_to_string("/var/lib/update-notifier/updates-available")
            .ok()
            .and_then(|s| parse::security_updates(&s))
        {
            Some(n) => Indicator {
                count: Some(n),
                ..Indicator::known(n > 0, "/var/lib/update-notifier/updates-available")
            },
            None => Indicator::unknown(tr!(
                "ingen billig kilde på dette systemet",
                "no cheap source on this system"
            )),
        };
        put("pending_security_updates", pending);
        let admins = match std::fs::read_to_string("/etc/group") {
            Ok(group) => {
                let n = parse::admin_members(&group).len() as u64;
                Indicator {
                    count: Some(n),
                    ..Indicator::known(
                        n > 0,
                        tr!(
                            "/etc/group (gruppene sudo, wheel, admin; bare antallet)",
                            "/etc/group (groups sudo, wheel, admin; count only)"
                        ),
                    )
                }
            }
            Err(e) => Indicator::unknown(format!("/etc/group: {e}")),
        };
        put("local_admins", admins);
        listening(f);
        let rdp = f
            .network
            .listening
            .iter()
            .any(|l| l.protocol == "tcp" && l.port == 3389 && !l.local_only);
        f.security.insert(
            "remote_desktop_exposed".into(),
            Indicator::known(
                rdp,
                tr!("lyttende porter (3389/tcp)", "listening ports (3389/tcp)"),
            ),
        );
    }

    fn firewall(t: Duration) -> Indicator {
        if let Ok(conf) = std::fs::read_to_string("/etc/ufw/ufw.conf")
            && conf.lines().any(|l| l.trim() == "ENABLED=yes")
        {
            return Indicator::known(true, "/etc/ufw/ufw.conf (ENABLED=yes)");
        }
        if let Ok(out) = run("systemctl", &["is-active", "firewalld"], t)
            && out.trim() == "active"
        {
            return Indicator::known(true, "systemctl is-active firewalld");
        }
        let mut why = Vec::new();
        for (program, args, has_rules) in [
            (
                "nft",
                &["list", "ruleset"][..],
                parse::nft_has_rules as fn(&str) -> bool,
            ),
            ("iptables", &["-S"][..], parse::iptables_has_rules),
        ] {
            match run(program, args, t) {
                Ok(out) if has_rules(&out) => {
                    return Indicator::known(true, format!("{program} {}", args.join(" ")));
                }
                Ok(_) => {
                    return Indicator::known(
                        false,
                        format!(
                            "{program} {} ({})",
                            args.join(" "),
                            tr!(
                                "ingen regler som stanser trafikk",
                                "no rules that stop traffic"
                            )
                        ),
                    );
                }
                Err(e) => why.push(e),
            }
        }
        Indicator::unknown(why.join("; "))
    }

    fn root_encrypted() -> Indicator {
        let Ok(mounts) = std::fs::read_to_string("/proc/mounts") else {
            return Indicator::unknown("/proc/mounts");
        };
        let Some(device) = mounts.lines().find_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.get(1) == Some(&"/")).then(|| f[0].to_string())
        }) else {
            return Indicator::unknown(tr!(
                "fant ikke rotfilsystemet i /proc/mounts",
                "no root file system in /proc/mounts"
            ));
        };
        match disk_encrypted(&device) {
            Tri::Unknown if device.starts_with("/dev/") => Indicator::unknown(tr!(
                "kan ikke se om {device} er kryptert",
                "cannot tell whether {device} is encrypted"
            )),
            Tri::Unknown => Indicator::unknown(tr!(
                "rotfilsystemet er {device} (container eller nettverk)",
                "the root file system is {device} (container or network)"
            )),
            other => Indicator {
                value: other,
                evidence: tr!(
                    "/sys/block (dm-crypt) for {device}",
                    "/sys/block (dm-crypt) for {device}"
                ),
                ..Indicator::default()
            },
        }
    }

    fn automatic_updates(t: Duration) -> Indicator {
        if let Ok(dir) = std::fs::read_dir("/etc/apt/apt.conf.d") {
            let mut files: Vec<_> = dir.flatten().map(|e| e.path()).collect();
            files.sort();
            let enabled = files
                .iter()
                .any(|p| std::fs::read_to_string(p).is_ok_and(|c| parse::apt_unattended(&c)));
            return Indicator::known(
                enabled,
                "/etc/apt/apt.conf.d (APT::Periodic::Unattended-Upgrade)",
            );
        }
        match run("systemctl", &["is-enabled", "dnf-automatic.timer"], t) {
            Ok(out) => Indicator::known(
                out.trim() == "enabled",
                "systemctl is-enabled dnf-automatic.timer",
            ),
            Err(e) => Indicator::unknown(e),
        }
    }

    fn ssh_password_login(processes: &[String]) -> Indicator {
        let main = match std::fs::read_to_string("/etc/ssh/sshd_config") {
            Ok(text) => text,
            Err(_) if !processes.iter().any(|p| p == "sshd") => {
                return Indicator::known(
                    false,
                    tr!(
                        "ingen SSH-tjener (ingen sshd_config, ingen sshd-prosess)",
                        "no SSH server (no sshd_config, no sshd process)"
                    ),
                );
            }
            Err(e) => return Indicator::unknown(format!("/etc/ssh/sshd_config: {e}")),
        };
        let include = |pattern: &str| -> Vec<String> {
            let path = if pattern.starts_with('/') {
                pattern.to_string()
            } else {
                format!("/etc/ssh/{pattern}")
            };
            expand(&path)
                .into_iter()
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        };
        let settings: BTreeMap<String, String> = parse::sshd_config(&main, &include);
        let value = settings
            .get("passwordauthentication")
            .map_or("yes", String::as_str)
            .to_lowercase();
        Indicator::known(
            value == "yes",
            format!("/etc/ssh/sshd_config (PasswordAuthentication {value})"),
        )
    }

    /// Files matching a path whose last part may hold `*`.
    fn expand(pattern: &str) -> Vec<std::path::PathBuf> {
        let path = Path::new(pattern);
        let (Some(dir), Some(name)) = (
            path.parent(),
            path.file_name().map(|n| n.to_string_lossy().into_owned()),
        ) else {
            return Vec::new();
        };
        let Some((prefix, suffix)) = name.split_once('*') else {
            return vec![path.to_path_buf()];
        };
        let mut found: Vec<_> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name().is_some_and(|n| {
                    let n = n.to_string_lossy();
                    n.starts_with(prefix) && n.ends_with(suffix)
                })
            })
            .collect();
        found.sort();
        found
    }

    fn time_sync(t: Duration, processes: &[String]) -> Indicator {
        if let Ok(out) = run(
            "timedatectl",
            &["show", "-p", "NTPSynchronized", "--value"],
            t,
        ) {
            return Indicator::known(out.trim() == "yes", "timedatectl show -p NTPSynchronized");
        }
        let daemons = ["chronyd", "ntpd", "systemd-timesyn", "openntpd"];
        match processes.iter().find(|p| daemons.contains(&p.as_str())) {
            Some(d) => Indicator::known(
                true,
                tr!("prosessen {d} kjører", "the process {d} is running"),
            ),
            None => Indicator::unknown(tr!(
                "timedatectl svarte ikke, og ingen tidstjeneste kjører",
                "timedatectl did not answer, and no time service is running"
            )),
        }
    }

    /// Listening sockets and, where readable, the program that owns each.
    fn listening(f: &mut Findings) {
        let mut sockets = Vec::new();
        for (file, protocol, tcp) in [
            ("/proc/net/tcp", "tcp", true),
            ("/proc/net/tcp6", "tcp", true),
            ("/proc/net/udp", "udp", false),
            ("/proc/net/udp6", "udp", false),
        ] {
            if let Ok(text) = std::fs::read_to_string(file) {
                sockets.extend(
                    parse::proc_net(&text, tcp)
                        .into_iter()
                        .map(|s| (protocol, s)),
                );
            }
        }
        let owners = socket_owners();
        let mut unknown_owner = 0;
        let mut seen = std::collections::BTreeSet::new();
        for (protocol, s) in sockets {
            if !seen.insert((protocol, s.port, s.loopback)) {
                continue;
            }
            let program = owners.get(&s.inode).cloned();
            unknown_owner += usize::from(program.is_none());
            f.network.listening.push(Listener {
                protocol: protocol.into(),
                port: s.port,
                local_only: s.loopback,
                program,
            });
        }
        if unknown_owner > 0 {
            f.unreadable(
                "/proc/*/fd",
                tr!(
                    "eieren av {unknown_owner} lyttende porter kan ikke leses uten administratorrettigheter",
                    "the owner of {unknown_owner} listening ports cannot be read without admin rights"
                ),
            );
        }
    }

    /// Socket inode → program name, for the processes whose fds can be read.
    fn socket_owners() -> BTreeMap<u64, String> {
        let mut owners = BTreeMap::new();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return owners;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(fds) = std::fs::read_dir(path.join("fd")) else {
                continue;
            };
            let comm = std::fs::read_to_string(path.join("comm"))
                .unwrap_or_default()
                .trim()
                .to_string();
            for fd in fds.flatten() {
                if let Ok(target) = std::fs::read_link(fd.path())
                    && let Some(inode) = target
                        .to_string_lossy()
                        .strip_prefix("socket:[")
                        .and_then(|s| s.trim_end_matches(']').parse().ok())
                {
                    owners.insert(inode, comm.clone());
                }
            }
        }
        owners
    }
}

/// Names of running processes, lower case, without `.exe` (every platform).
#[cfg(any(windows, target_os = "macos"))]
fn process_names() -> Vec<String> {
    use sysinfo::{ProcessRefreshKind, RefreshKind, System};
    let sys = System::new_with_specifics(
        RefreshKind::nothing().with_processes(ProcessRefreshKind::nothing()),
    );
    let mut names: Vec<String> = sys
        .processes()
        .values()
        .map(|p| {
            p.name()
                .to_string_lossy()
                .to_lowercase()
                .trim_end_matches(".exe")
                .to_string()
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Antivirus, EDR and backup agents among process and package names.
#[cfg(any(windows, target_os = "macos"))]
fn agents(f: &mut Findings) {
    let mut names = process_names();
    if let Some(packages) = &f.software {
        names.extend(packages.iter().map(|p| p.name.to_lowercase()));
    }
    let evidence = tr!(
        "prosesser og programvare mot listen fra {}",
        "processes and software against the list of {}",
        known::CHECKED
    );
    let av = known::matches(known::SECURITY_AGENTS, &names);
    let edr: Vec<&str> = av
        .iter()
        .copied()
        .filter(|a| known::EDR_PRODUCTS.contains(a))
        .collect();
    let backup = known::matches(known::BACKUP_AGENTS, &names);
    for (key, found) in [
        ("antivirus_present", av),
        ("edr_present", edr),
        ("backup_agent_present", backup),
    ] {
        f.security.insert(
            key.into(),
            Indicator {
                found: found.iter().map(|s| s.to_string()).collect(),
                ..Indicator::known(!found.is_empty(), evidence.clone())
            },
        );
    }
}

#[cfg(windows)]
mod windows {
    use winreg::RegKey;
    use winreg::enums::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE};

    use super::super::{Listener, Package, parse};
    use super::*;

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

    /// Installed programs from the Uninstall keys (64- and 32-bit, machine and user).
    pub fn software(f: &mut Findings) -> Vec<Package> {
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
        out
    }

    pub fn security(f: &mut Findings, options: &Options) {
        let t = options.timeout;
        agents(f);
        let firewall = match run("netsh", &["advfirewall", "show", "allprofiles", "state"], t) {
            Ok(out) => match parse::netsh_firewall(&out) {
                Some(on) => Indicator::known(on, "netsh advfirewall show allprofiles state"),
                None => Indicator::unknown("netsh advfirewall: ukjent utdata / unknown output"),
            },
            Err(e) => Indicator::unknown(e),
        };
        f.security.insert("firewall_active".into(), firewall);
        let bitlocker = match run("manage-bde", &["-status", "C:"], t) {
            Ok(out) => Indicator::known(
                out.contains("Protection On") || out.contains("Beskyttelse på"),
                "manage-bde -status C:",
            ),
            Err(e) => Indicator::unknown(e),
        };
        f.security.insert("disk_encrypted".into(), bitlocker);
        let au = hive("HKLM").open_subkey(r"SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU");
        let updates = match au {
            Ok(key) => {
                let off: u32 = key.get_value("NoAutoUpdate").unwrap_or(0);
                let option: u32 = key.get_value("AUOptions").unwrap_or(4);
                Indicator::known(
                    off == 0 && option >= 3,
                    r"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU",
                )
            }
            Err(_) => Indicator::known(
                true,
                tr!(
                    "ingen policy som slår av Windows Update (standard er automatisk)",
                    "no policy turning Windows Update off (the default is automatic)"
                ),
            ),
        };
        f.security.insert("automatic_updates".into(), updates);
        let rdp = hive("HKLM")
            .open_subkey(r"SYSTEM\CurrentControlSet\Control\Terminal Server")
            .and_then(|k| k.get_value::<u32, _>("fDenyTSConnections"));
        f.security.insert(
            "remote_desktop_exposed".into(),
            match rdp {
                Ok(deny) => Indicator::known(
                    deny == 0,
                    r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\fDenyTSConnections",
                ),
                Err(e) => Indicator::unknown(e.to_string()),
            },
        );
        let time = match run("w32tm", &["/query", "/status"], t) {
            Ok(out) => parse::w32tm_synchronised(&out).map_or_else(
                || Indicator::unknown("w32tm /query /status"),
                |s| Indicator::known(s, "w32tm /query /status"),
            ),
            Err(e) => Indicator::unknown(e),
        };
        f.security.insert("time_synchronised".into(), time);
        let admins = run(
            "powershell",
            &[
                "-NoProfile",
                "-NonInteractive",
                "-Command",
                "(Get-LocalGroupMember -SID S-1-5-32-544).Count",
            ],
            t,
        )
        .ok()
        .and_then(|out| out.trim().parse::<u64>().ok());
        f.security.insert(
            "local_admins".into(),
            match admins {
                Some(n) => Indicator {
                    count: Some(n),
                    ..Indicator::known(n > 0, "Get-LocalGroupMember -SID S-1-5-32-544")
                },
                None => Indicator::unknown("Get-LocalGroupMember"),
            },
        );
        if let Ok(config) = std::fs::read_to_string(r"C:\ProgramData\ssh\sshd_config") {
            let settings = parse::sshd_config(&config, &|_| Vec::new());
            let value = settings
                .get("passwordauthentication")
                .map_or("yes", String::as_str)
                .to_lowercase();
            f.security.insert(
                "ssh_password_login".into(),
                Indicator::known(value == "yes", r"C:\ProgramData\ssh\sshd_config"),
            );
        } else {
            f.security.insert(
                "ssh_password_login".into(),
                Indicator::known(false, tr!("ingen OpenSSH-tjener", "no OpenSSH server")),
            );
        }
        match run("netstat", &["-ano", "-p", "TCP"], t) {
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
}

#[cfg(target_os = "macos")]
mod macos {
    use super::super::{Package, parse};
    use super::*;

    /// Application bundles in /Applications (one level, no links followed).
    pub fn software(f: &mut Findings) -> Vec<Package> {
        let mut out = Vec::new();
        let Ok(entries) = std::fs::read_dir("/Applications") else {
            f.unreadable("/Applications", "cannot list");
            return out;
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
                    "{binary} programmer har Info.plist i binærformat",
                    "{binary} applications have a binary Info.plist"
                ),
            );
        }
        out
    }

    pub fn security(f: &mut Findings, options: &Options) {
        let t = options.timeout;
        agents(f);
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
}
