//! The collectors: system facts through sysinfo (every platform), and per
//! platform the installed software and security settings, read from files,
//! the registry and harmless commands. Every command runs with a time limit;
//! what cannot be read is recorded, not fatal.
//!
//! This module holds what every platform shares; `linux`, `windows` and
//! `macos` each hold one platform's collectors behind its `cfg`, with the
//! same three entry points: `software`, `security` and `disk_encrypted`.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{Disk, Findings, Indicator, Options, known};
use crate::tr;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
use linux as platform;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as platform;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as platform;

/// Other systems: only what sysinfo tells.
#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
mod platform {
    use super::super::{Findings, Options, Package, Tri};

    pub fn software(_: &mut Findings, _: &Options) -> Option<Vec<Package>> {
        None
    }

    pub fn security(_: &mut Findings, _: &Options) {}

    pub fn disk_encrypted(_: &str) -> Tri {
        Tri::Unknown
    }
}

/// Output of a command, or why there is none. Never waits longer than `timeout`.
pub fn run(program: &str, args: &[&str], timeout: Duration) -> Result<String, String> {
    let mut child = Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| tr!("system-could-not-start", program = program, e = e))?;
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
                    "system-did-not-answer-within-s",
                    program = program,
                    secs = secs
                ));
            }
        }
    };
    let out = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    if status.success() {
        Ok(out)
    } else {
        Err(tr!(
            "system-ended-with-perhaps-it-needs-admin",
            program = program,
            status = status
        ))
    }
}

pub fn collect(f: &mut Findings, options: &Options, progress: &mut dyn FnMut(&str)) {
    progress(&tr!("system-system"));
    system(f);
    progress(&tr!("system-disks"));
    disks(f);
    progress(&tr!("system-network"));
    network(f, options);
    if options.software {
        progress(&tr!("hosts-software"));
        f.software = platform::software(f, options);
    }
    progress(&tr!("system-security"));
    platform::security(f, options);
    // Whatever a platform could not tell is unknown, and says so.
    let os = std::env::consts::OS;
    for name in crate::catalogue::INVENTORY_INDICATORS {
        f.security.entry(name.to_string()).or_insert_with(|| {
            Indicator::unknown(tr!("system-not-read-on-in-this-version", os = os))
        });
    }
    let supported = os_supported(f.host.os.end_of_support.as_deref());
    f.security.insert("os_supported".into(), supported);
}

/// Whether the operating system is still supported, from the table in `known`.
fn os_supported(end_of_support: Option<&str>) -> Indicator {
    match end_of_support {
        Some(end) => {
            let today = crate::time::today().to_string();
            Indicator::known(
                today.as_str() <= end,
                tr!(
                    "system-supported-until-table-of",
                    end = end,
                    checked = known::CHECKED
                ),
            )
        }
        None => Indicator::unknown(tr!("system-the-operating-system-is-not-in")),
    }
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
    #[cfg(windows)]
    let wine = windows::identify(os);
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
    #[cfg(windows)]
    if wine {
        f.host.virtualisation = "wine".into();
    }
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
            encrypted: platform::disk_encrypted(&d.name().to_string_lossy()),
            mount,
            file_system: d.file_system().to_string_lossy().into_owned(),
            size_bytes: d.total_space(),
            free_bytes: d.available_space(),
            removable: d.is_removable(),
        });
    }
    #[cfg(windows)]
    if f.disks.is_empty() {
        f.disks = windows::drives();
    }
    if f.disks.is_empty() {
        f.unreadable(
            tr!("system-disks"),
            tr!("system-the-system-listed-no-disks"),
        );
    }
}

fn network(f: &mut Findings, options: &Options) {
    let networks = sysinfo::Networks::new_with_refreshed_list();
    f.network.interfaces = networks.list().len() as u64;
    // Every system has at least a loopback interface; none means the list
    // could not be read (as under Wine), not a machine without a network.
    if networks.list().is_empty() {
        f.unreadable(
            tr!("system-network-interfaces"),
            tr!("system-the-system-listed-no-network-interfaces"),
        );
    }
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

/// Antivirus, EDR and backup agents among process and package `names`.
fn agents(f: &mut Findings, names: &[String], evidence: &str) {
    let av = known::matches(known::SECURITY_AGENTS, names);
    let edr: Vec<&str> = av
        .iter()
        .copied()
        .filter(|a| known::EDR_PRODUCTS.contains(a))
        .collect();
    let backup = known::matches(known::BACKUP_AGENTS, names);
    for (key, found) in [
        ("antivirus_present", av),
        ("edr_present", edr),
        ("backup_agent_present", backup),
    ] {
        f.security.insert(
            key.into(),
            Indicator {
                found: found.iter().map(|s| s.to_string()).collect(),
                ..Indicator::known(!found.is_empty(), evidence)
            },
        );
    }
}

/// Agents among running processes (through sysinfo) and installed software.
#[cfg(any(windows, target_os = "macos"))]
fn agents_from_processes(f: &mut Findings) {
    let mut names = process_names();
    if let Some(packages) = &f.software {
        names.extend(packages.iter().map(|p| p.name.to_lowercase()));
    }
    let evidence = tr!(
        "system-processes-and-software-against-the-list",
        checked = known::CHECKED
    );
    agents(f, &names, &evidence);
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
