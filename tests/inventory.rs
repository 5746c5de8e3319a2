//! `kartlegg inventory` on this machine: the file agrees with what the
//! system's own tools say, keeps private things out, and reads back the same
//! from YAML and JSON.
#![cfg(target_os = "linux")]

mod common;

use std::path::Path;
use std::process::Command as Std;

use common::kartlegg;
use kartlegg::inventory::{Disk, Findings, Inventory, Listener, Options, Privacy, Tri};

fn collect(dir: &Path, extra: &[&str]) -> (Inventory, String) {
    let out = dir.join(format!(
        "inv-{}.{}",
        extra.join(""),
        if extra.contains(&"json") {
            "json"
        } else {
            "yaml"
        }
    ));
    kartlegg(dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .args(["-q", "inventory", "-k", "4626", "-o"])
        .arg(&out)
        .args(extra)
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    (
        Inventory::read(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}")),
        text,
    )
}

fn shell(cmd: &str) -> String {
    String::from_utf8(Std::new("sh").args(["-c", cmd]).output().unwrap().stdout)
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn agrees_with_the_systems_own_tools() {
    let dir = tempfile::tempdir().unwrap();
    let (inv, _) = collect(dir.path(), &[]);
    let os_release = kartlegg::inventory::parse::os_release(
        &std::fs::read_to_string("/etc/os-release").unwrap(),
    );
    assert_eq!(
        inv.host.os.version.as_deref(),
        os_release.get("VERSION_ID").map(String::as_str)
    );
    assert_eq!(
        inv.host.os.kernel.as_deref(),
        Some(shell("uname -r").as_str())
    );
    let meminfo_kib: u64 = shell("awk '/^MemTotal:/ {print $2}' /proc/meminfo")
        .parse()
        .unwrap();
    assert_eq!(inv.host.memory_bytes, meminfo_kib * 1024);
    let root_size: u64 = shell("df -B1 --output=size / | tail -1").parse().unwrap();
    let root = inv
        .disks
        .iter()
        .find(|d| d.mount == "/")
        .expect("root file system");
    let diff = root.size_bytes.abs_diff(root_size) as f64 / root_size as f64;
    assert!(
        diff < 0.01,
        "disk size {} vs df {root_size}",
        root.size_bytes
    );
    if Path::new("/var/lib/dpkg/status").exists() {
        let dpkg: usize = shell("dpkg-query -W | wc -l").parse().unwrap();
        assert_eq!(inv.software.as_ref().unwrap().len(), dpkg);
    }
    for name in kartlegg::catalogue::INVENTORY_INDICATORS {
        assert!(inv.security.contains_key(*name), "indicator {name} missing");
        assert!(
            !inv.security[*name].evidence.is_empty(),
            "indicator {name} has no evidence"
        );
    }
}

#[test]
fn standard_privacy_keeps_host_name_users_and_addresses_out() {
    let dir = tempfile::tempdir().unwrap();
    let (inv, text) = collect(dir.path(), &[]);
    assert_eq!(inv.privacy, Privacy::Standard);
    let host = shell("hostname");
    assert!(!host.is_empty());
    // Every string in the file is quoted, so the name as a value reads "name";
    // a longer name must not appear anywhere at all.
    assert!(
        !text.contains(&format!("\"{host}\"")),
        "host name {host} found"
    );
    if host.len() >= 6 {
        assert!(!text.contains(&host), "host name {host} found");
    }
    let users: Vec<String> = std::fs::read_to_string("/etc/passwd")
        .unwrap()
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            let uid: u32 = f.get(2)?.parse().ok()?;
            (uid == 0 || uid >= 1000).then(|| f[0].to_string())
        })
        .filter(|u| u.len() > 3 && u != "nobody")
        .collect();
    for user in &users {
        assert!(
            !text.contains(&format!("\"{user}\"")) && !text.contains(&format!("/{user}/")),
            "user name {user} found"
        );
    }
    for mac in std::fs::read_dir("/sys/class/net")
        .unwrap()
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path().join("address")).ok())
    {
        let mac = mac.trim();
        if mac != "00:00:00:00:00:00" && !mac.is_empty() {
            assert!(!text.to_lowercase().contains(mac), "MAC {mac} found");
        }
    }
    assert!(inv.network.addresses.is_none());
    // Listening programs are well-known services or `other`.
    for listener in &inv.network.listening {
        if let Some(name) = &listener.program {
            assert_eq!(
                &kartlegg::inventory::privacy::program(name),
                name,
                "listener {name} kept"
            );
        }
    }

    // The same host gets the same id on the next run (the salt is kept).
    let (again, _) = collect(dir.path(), &["--no-software"]);
    assert_eq!(again.host.id, inv.host.id);
    assert!(again.software.is_none());

    // Full privacy adds the name and addresses, and says so.
    let (full, _) = collect(dir.path(), &["--privacy", "full", "--no-software"]);
    assert_eq!(
        (full.privacy, full.host.name.as_deref()),
        (Privacy::Full, Some(host.as_str()))
    );
    assert!(full.network.addresses.is_some());
}

#[test]
fn yaml_and_json_carry_the_same_data() {
    let dir = tempfile::tempdir().unwrap();
    let (inv, _) = collect(dir.path(), &["--no-software"]);
    // Write both from one collection and read both back.
    let yaml = Inventory::read(&inv.to_yaml()).unwrap();
    let json = Inventory::read(&inv.to_json()).unwrap();
    assert_eq!(yaml, inv);
    assert_eq!(json, inv);
    let (from_json_run, text) = collect(dir.path(), &["--format", "json", "--no-software"]);
    assert!(text.trim_start().starts_with('{'));
    assert_eq!(from_json_run.host.id, inv.host.id);
}

/// Findings as the collectors would report them on a machine with a memory
/// stick and a home-folder mount and a home-made server listening (a test
/// cannot mount things or start servers as another user).
fn planted_findings() -> Findings {
    let disk = |mount: &str, file_system: &str, removable: bool| Disk {
        mount: mount.into(),
        file_system: file_system.into(),
        size_bytes: 32_000_000_000,
        free_bytes: 1_000_000_000,
        removable,
        encrypted: Tri::False,
    };
    let listener = |port: u16, program: &str| Listener {
        protocol: "tcp".into(),
        port,
        local_only: false,
        program: Some(program.into()),
    };
    let mut f = Findings {
        host_name: Some("kontor-pc-17".into()),
        disks: vec![
            disk("/", "ext4", false),
            disk("/media/kari.nordmann/KARIS_MINNEPINNE", "vfat", true),
            disk("/run/media/kari.nordmann/SIKKERHETSKOPI", "exfat", true),
            disk("/home/kari.nordmann/prosjekter", "ext4", false),
        ],
        ..Findings::default()
    };
    f.network.listening = vec![
        listener(22, "sshd"),
        listener(5432, "postgres"),
        listener(8765, "karis-fotoserver"),
    ];
    f
}

#[test]
fn standard_privacy_generalises_mounts_and_unknown_listeners() {
    let dir = tempfile::tempdir().unwrap();
    let write = |privacy: Privacy| {
        let options = Options {
            privacy,
            software: false,
            timeout: std::time::Duration::from_secs(1),
            salt: "salt".into(),
        };
        let subject = kartlegg::subject::Subject::kommune("4626", "Øygarden");
        let inv = Inventory::from_findings(subject, planted_findings(), &options, 0.5);
        let path = dir.path().join(format!("inv-{privacy:?}.yaml"));
        std::fs::write(&path, inv.to_yaml()).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        (Inventory::read(&text).unwrap(), text, inv.to_json())
    };
    let secrets = [
        "kari.nordmann",
        "KARIS_MINNEPINNE",
        "SIKKERHETSKOPI",
        "prosjekter",
        "karis-fotoserver",
        "kontor-pc-17",
    ];

    let (inv, text, json) = write(Privacy::Standard);
    for secret in secrets {
        assert!(!text.contains(secret), "{secret} in\n{text}");
        assert!(!json.contains(secret), "{secret} in\n{json}");
    }
    // What matters for security stays: the kind of mount, file system, size.
    let disks: Vec<(&str, &str, bool)> = inv
        .disks
        .iter()
        .map(|d| (d.mount.as_str(), d.file_system.as_str(), d.removable))
        .collect();
    assert_eq!(
        disks,
        [
            ("/", "ext4", false),
            ("/media/…", "vfat", true),
            ("/run/media/…", "exfat", true),
            ("/home/…", "ext4", false),
        ]
    );
    assert!(inv.disks.iter().all(|d| d.size_bytes == 32_000_000_000));
    let programs: Vec<(u16, Option<&str>)> = inv
        .network
        .listening
        .iter()
        .map(|l| (l.port, l.program.as_deref()))
        .collect();
    assert_eq!(
        programs,
        [
            (22, Some("sshd")),
            (5432, Some("postgres")),
            (8765, Some("other"))
        ]
    );

    // Full privacy keeps everything as collected.
    let (full, text, _) = write(Privacy::Full);
    for secret in secrets {
        assert!(text.contains(secret), "{secret} missing in\n{text}");
    }
    assert_eq!(full.disks, planted_findings().disks);
    assert_eq!(full.network.listening, planted_findings().network.listening);
}
