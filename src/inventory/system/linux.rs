//! Linux: the package databases, listening sockets and security settings,
//! read from files under /etc, /proc and /sys and from harmless commands.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use super::super::{Findings, Indicator, Listener, Options, Package, Tri, known, parse};
use super::{agents, run};
use crate::tr;

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

pub fn software(f: &mut Findings, options: &Options) -> Option<Vec<Package>> {
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
    Some(packages)
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
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
    let evidence = tr!(
        "linux-processes-and-packages-against-the-list",
        checked = known::CHECKED
    );
    agents(f, &names, &evidence);

    let t = options.timeout;
    let mut put = |key: &str, i: Indicator| {
        f.security.insert(key.to_string(), i);
    };
    put("firewall_active", firewall(t));
    put("disk_encrypted", root_encrypted());
    put("automatic_updates", automatic_updates(t));
    put("ssh_password_login", ssh_password_login(&processes));
    put("time_synchronised", time_sync(t, &processes));
    put("pending_security_updates", pending_security_updates());
    put("local_admins", local_admins());
    listening(f);
    let rdp = f
        .network
        .listening
        .iter()
        .any(|l| l.protocol == "tcp" && l.port == 3389 && !l.local_only);
    f.security.insert(
        "remote_desktop_exposed".into(),
        Indicator::known(rdp, tr!("linux-listening-ports-3389-tcp")),
    );
}

/// Pending security updates, where update-notifier has counted them.
fn pending_security_updates() -> Indicator {
    match std::fs::read_to_string("/var/lib/update-notifier/updates-available")
        .ok()
        .and_then(|s| parse::security_updates(&s))
    {
        Some(n) => Indicator {
            count: Some(n),
            ..Indicator::known(n > 0, "/var/lib/update-notifier/updates-available")
        },
        None => Indicator::unknown(tr!("linux-no-cheap-source-on-this-system")),
    }
}

/// How many members the administrator groups have (never who).
fn local_admins() -> Indicator {
    match std::fs::read_to_string("/etc/group") {
        Ok(group) => {
            let n = parse::admin_members(&group).len() as u64;
            Indicator {
                count: Some(n),
                ..Indicator::known(n > 0, tr!("linux-etc-group-groups-sudo-wheel-admin"))
            }
        }
        Err(e) => Indicator::unknown(format!("/etc/group: {e}")),
    }
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
                        tr!("linux-no-rules-that-stop-traffic")
                    ),
                );
            }
            Err(e) => why.push(e),
        }
    }
    Indicator::unknown(why.join("; "))
}

/// Whether a block device is a dm-crypt mapping (readable without root).
pub fn disk_encrypted(device: &str) -> Tri {
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

fn root_encrypted() -> Indicator {
    let Ok(mounts) = std::fs::read_to_string("/proc/mounts") else {
        return Indicator::unknown("/proc/mounts");
    };
    let Some(device) = mounts.lines().find_map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        (f.get(1) == Some(&"/")).then(|| f[0].to_string())
    }) else {
        return Indicator::unknown(tr!("linux-no-root-file-system-in-proc"));
    };
    match disk_encrypted(&device) {
        Tri::Unknown if device.starts_with("/dev/") => Indicator::unknown(tr!(
            "linux-cannot-tell-whether-is-encrypted",
            device = device
        )),
        Tri::Unknown => Indicator::unknown(tr!(
            "linux-the-root-file-system-is-container",
            device = device
        )),
        other => Indicator {
            value: other,
            evidence: tr!("linux-sys-block-dm-crypt-for", device = device),
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
            return Indicator::known(false, tr!("linux-no-ssh-server-no-sshd-config"));
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
        Some(d) => Indicator::known(true, tr!("linux-the-process-is-running", d = d)),
        None => Indicator::unknown(tr!("linux-timedatectl-did-not-answer-and-no")),
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
                "linux-the-owner-of-listening-ports-cannot",
                unknown_owner = unknown_owner
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
