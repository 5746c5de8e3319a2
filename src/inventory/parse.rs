//! Parsers for the files and command outputs the inventory reads. Each is a
//! plain function from text to data, so every one is tested on fixtures
//! without the real system.

use std::collections::BTreeMap;

use super::Package;

/// `KEY=value` pairs of /etc/os-release (quotes removed).
pub fn os_release(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| {
            (
                k.trim().to_string(),
                v.trim().trim_matches(['"', '\'']).to_string(),
            )
        })
        .collect()
}

/// Packages in dpkg's status file, as `dpkg-query -W` lists them: every
/// package that is not purged. Multi-arch "same" packages carry `:arch` in
/// their name; packages that are not fully installed carry their state.
pub fn dpkg_status(text: &str) -> Vec<Package> {
    let mut out = Vec::new();
    for paragraph in text.split("\n\n") {
        let mut fields: BTreeMap<&str, &str> = BTreeMap::new();
        for line in paragraph.lines() {
            if line.starts_with([' ', '\t']) {
                continue; // continuation of a multi-line field
            }
            if let Some((k, v)) = line.split_once(':') {
                fields.insert(k.trim(), v.trim());
            }
        }
        let Some(name) = fields.get("Package") else {
            continue;
        };
        let status: Vec<&str> = fields
            .get("Status")
            .map(|s| s.split_whitespace().collect())
            .unwrap_or_default();
        let state = status.get(2).copied().unwrap_or("unknown");
        if state == "not-installed" {
            continue;
        }
        let name = match (fields.get("Multi-Arch"), fields.get("Architecture")) {
            (Some(&"same"), Some(arch)) => format!("{name}:{arch}"),
            _ => name.to_string(),
        };
        out.push(Package {
            name,
            version: fields.get("Version").map(|v| v.to_string()),
            source: "dpkg".into(),
            state: (state != "installed").then(|| state.to_string()),
        });
    }
    out
}

/// Lines of `rpm -qa --qf '%{NAME}\t%{VERSION}-%{RELEASE}\n'`, also used for
/// `flatpak list --columns=application,version` and `snap list` rows.
pub fn name_version_lines(text: &str, source: &str, skip_header: bool) -> Vec<Package> {
    text.lines()
        .skip(usize::from(skip_header))
        .filter_map(|l| {
            let mut parts = l.split(['\t', ' ']).filter(|p| !p.is_empty());
            let name = parts.next()?;
            Some(Package {
                name: name.to_string(),
                version: parts.next().map(str::to_string),
                source: source.into(),
                state: None,
            })
        })
        .collect()
}

/// The global settings of an sshd_config (keywords lower-cased, first value
/// wins, as sshd reads it). Settings inside `Match` blocks apply only to some
/// connections and are left out; `Include` lines are expanded by `include`,
/// which returns the text of the files a pattern names.
pub fn sshd_config(text: &str, include: &dyn Fn(&str) -> Vec<String>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    read_sshd(text, include, &mut out, &mut false, 0);
    out
}

fn read_sshd(
    text: &str,
    include: &dyn Fn(&str) -> Vec<String>,
    out: &mut BTreeMap<String, String>,
    in_match: &mut bool,
    depth: usize,
) {
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        let mut parts = line.splitn(2, [' ', '\t', '=']);
        let (Some(key), Some(value)) = (parts.next(), parts.next()) else {
            continue;
        };
        let key = key.to_ascii_lowercase();
        let value = value.trim().trim_start_matches('=').trim();
        match key.as_str() {
            "match" => *in_match = true,
            "include" if depth < 8 => {
                for pattern in value.split_whitespace() {
                    for included in include(pattern) {
                        read_sshd(&included, include, out, in_match, depth + 1);
                    }
                }
            }
            _ if !*in_match => {
                out.entry(key).or_insert_with(|| value.to_string());
            }
            _ => {}
        }
    }
}

/// Whether an `nft list ruleset` output has any rule that filters traffic.
pub fn nft_has_rules(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim();
        l.starts_with("type filter hook")
            || l.contains(" drop")
            || l.contains(" reject")
            || l.starts_with("policy drop")
    })
}

/// Whether `iptables -S` output has a policy or rule that blocks something.
pub fn iptables_has_rules(text: &str) -> bool {
    text.lines().any(|l| {
        (l.starts_with("-P") && (l.ends_with("DROP") || l.ends_with("REJECT")))
            || (l.starts_with("-A") && (l.contains("-j DROP") || l.contains("-j REJECT")))
    })
}

/// A listening socket from /proc/net/{tcp,tcp6,udp,udp6}.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Socket {
    pub port: u16,
    pub loopback: bool,
    pub inode: u64,
}

/// Sockets in the listening state (TCP) or bound (UDP) from a /proc/net table.
pub fn proc_net(text: &str, tcp: bool) -> Vec<Socket> {
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let (local, state, inode) = (f.get(1)?, f.get(3)?, f.get(9)?);
            // 0A is LISTEN for TCP; 07 is an unconnected (bound) UDP socket.
            if *state != if tcp { "0A" } else { "07" } {
                return None;
            }
            let (addr, port) = local.split_once(':')?;
            let port = u16::from_str_radix(port, 16).ok()?;
            let loopback = addr == "0100007F" || addr == "00000000000000000000000001000000";
            Some(Socket {
                port,
                loopback,
                inode: inode.parse().ok()?,
            })
        })
        .collect()
}

/// Members of the administrator groups (sudo, wheel, admin) in /etc/group,
/// without duplicates. Only the count leaves this function's caller.
pub fn admin_members(group: &str) -> Vec<String> {
    let mut members: Vec<String> = group
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() == 4 && ["sudo", "wheel", "admin"].contains(&f[0])).then(|| f[3])
        })
        .flat_map(|m| m.split(',').filter(|s| !s.is_empty()).map(str::to_string))
        .collect();
    members.sort();
    members.dedup();
    members
}

/// Whether apt's configuration turns on unattended upgrades.
pub fn apt_unattended(config: &str) -> bool {
    config.lines().any(|l| {
        let l = l.trim();
        l.starts_with("APT::Periodic::Unattended-Upgrade")
            && (l.contains("\"1\"") || l.contains("\"true\""))
    })
}

/// The number of security updates in Ubuntu's update-notifier summary.
pub fn security_updates(text: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let l = l.trim();
        let n = l.split_whitespace().next()?.parse().ok()?;
        (l.contains("security update")).then_some(n)
    })
}

/// Windows Firewall from `netsh advfirewall show allprofiles state`: on when
/// every profile is on; `None` when the output has no profile states.
#[cfg_attr(not(target_os = "windows"), allow(dead_code))]
pub fn netsh_firewall(text: &str) -> Option<bool> {
    let states: Vec<bool> = text
        .lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            // "State  ON" in English; other languages put the word first too.
            let (_, value) = (words.next()?, words.next_back()?);
            match value.to_ascii_uppercase().as_str() {
                "ON" | "PÅ" => Some(true),
                "OFF" | "AV" => Some(false),
                _ => None,
            }
        })
        .collect();
    (!states.is_empty()).then(|| states.iter().all(|s| *s))
}

/// BitLocker on a volume from `manage-bde -status C:`: its protection status
/// in English or Norwegian; `None` for any other output (another language, or
/// a volume without the line), never a guess.
#[cfg_attr(not(target_os = "windows"), allow(dead_code))]
pub fn manage_bde_protected(text: &str) -> Option<bool> {
    text.lines().find_map(|l| {
        let l = l.trim();
        let (_, value) = l
            .split_once("Protection Status:")
            .or_else(|| l.split_once("Beskyttelsesstatus:"))?;
        match value.trim() {
            "Protection On" | "Beskyttelse på" => Some(true),
            "Protection Off" | "Beskyttelse av" => Some(false),
            _ => None,
        }
    })
}

/// Listening TCP ports and owning process ids from `netstat -ano -p TCP`.
#[cfg_attr(not(target_os = "windows"), allow(dead_code))]
pub fn netstat_listening(text: &str) -> Vec<(u16, bool, u32)> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            if f.len() != 5 || !f[0].eq_ignore_ascii_case("TCP") || f[3].parse::<u32>().is_ok() {
                return None;
            }
            let (addr, port) = f[1].rsplit_once(':')?;
            // The state column is localised ("LISTENING", "ABHÖREN", ...);
            // listening sockets are the ones whose remote port is 0.
            if !f[2].ends_with(":0") {
                return None;
            }
            Some((
                port.parse().ok()?,
                addr == "127.0.0.1" || addr == "[::1]",
                f[4].parse().ok()?,
            ))
        })
        .collect()
}

/// Whether `netstat -ano -p TCP` listed any TCP socket at all, in any state.
#[cfg_attr(not(target_os = "windows"), allow(dead_code))]
pub fn netstat_has_tcp_rows(text: &str) -> bool {
    text.lines().any(|l| {
        l.split_whitespace()
            .next()
            .is_some_and(|proto| proto.eq_ignore_ascii_case("TCP"))
    })
}

/// Whether `w32tm /query /status` shows a real time source.
#[cfg_attr(not(target_os = "windows"), allow(dead_code))]
pub fn w32tm_synchronised(text: &str) -> Option<bool> {
    let source = text
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Source:")
                .or_else(|| l.trim().strip_prefix("Kilde:"))
        })?
        .trim()
        .to_lowercase();
    Some(
        !(source.is_empty()
            || source.contains("local cmos clock")
            || source.contains("free-running")),
    )
}

/// Name and version from an application bundle's XML Info.plist.
#[cfg_attr(not(target_os = "macos"), allow(dead_code))]
pub fn info_plist(text: &str) -> Option<(String, Option<String>)> {
    let value = |key: &str| -> Option<String> {
        let after = text.split(&format!("<key>{key}</key>")).nth(1)?;
        let start = after.find("<string>")? + "<string>".len();
        let end = after[start..].find("</string>")? + start;
        Some(after[start..end].trim().to_string())
    };
    let name = value("CFBundleName").or_else(|| value("CFBundleDisplayName"))?;
    Some((
        name,
        value("CFBundleShortVersionString").or_else(|| value("CFBundleVersion")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> String {
        std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/inventory")
                .join(name),
        )
        .unwrap()
    }

    #[test]
    fn reads_os_release() {
        let r = os_release(&fixture("os-release"));
        assert_eq!(r["ID"], "debian");
        assert_eq!(r["VERSION_ID"], "12");
        assert_eq!(r["PRETTY_NAME"], "Debian GNU/Linux 12 (bookworm)");
    }

    #[test]
    fn reads_dpkg_status_with_multiarch_half_installed_held_and_purged() {
        let p = dpkg_status(&fixture("dpkg-status"));
        let found: Vec<(&str, Option<&str>, Option<&str>)> = p
            .iter()
            .map(|p| (p.name.as_str(), p.version.as_deref(), p.state.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("bash", Some("5.2.15-2+b7"), None),
                ("libc6:amd64", Some("2.36-9+deb12u9"), None),
                ("libc6:i386", Some("2.36-9+deb12u9"), None),
                ("openssh-server", Some("1:9.2p1-2+deb12u5"), None),
                ("broken-tool", Some("0.1"), Some("half-installed")),
                ("old-config", Some("1.0"), Some("config-files")),
            ]
        );
    }

    #[test]
    fn reads_sshd_config_with_include_match_and_comments() {
        let main = fixture("sshd_config");
        let included = fixture("sshd_config.d-10-local.conf");
        let settings = sshd_config(&main, &|pattern| {
            assert_eq!(pattern, "/etc/ssh/sshd_config.d/*.conf");
            vec![included.clone()]
        });
        // The included file comes first and wins; Match blocks do not count.
        assert_eq!(settings["passwordauthentication"], "no");
        assert_eq!(settings["permitrootlogin"], "prohibit-password");
        assert_eq!(settings["port"], "22");
        assert!(!settings.contains_key("x11forwarding"));
    }

    #[test]
    fn reads_firewall_outputs() {
        assert!(nft_has_rules(&fixture("nft-ruleset")));
        assert!(!nft_has_rules("table inet filter {\n}\n"));
        assert!(iptables_has_rules(&fixture("iptables-S")));
        assert!(!iptables_has_rules(
            "-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n"
        ));
    }

    #[test]
    fn reads_listening_sockets() {
        let s = proc_net(&fixture("proc-net-tcp"), true);
        assert_eq!(
            s,
            [
                Socket {
                    port: 22,
                    loopback: false,
                    inode: 20512
                },
                Socket {
                    port: 631,
                    loopback: true,
                    inode: 21810
                },
            ]
        );
    }

    #[test]
    fn counts_administrators_once() {
        let g =
            "root:x:0:\nsudo:x:27:kari,ola\nwheel:x:10:ola,per\nusers:x:100:kari,ola,per,anne\n";
        assert_eq!(admin_members(g).len(), 3);
    }

    #[test]
    fn reads_update_settings() {
        assert!(apt_unattended(
            "APT::Periodic::Update-Package-Lists \"1\";\nAPT::Periodic::Unattended-Upgrade \"1\";\n"
        ));
        assert!(!apt_unattended(
            "APT::Periodic::Unattended-Upgrade \"0\";\n"
        ));
        assert_eq!(
            security_updates(
                "\n12 updates can be applied immediately.\n5 of these updates are standard security updates.\n"
            ),
            Some(5)
        );
        assert_eq!(
            security_updates("3 updates are security updates.\n"),
            Some(3)
        );
    }

    #[test]
    fn reads_windows_command_outputs() {
        assert_eq!(netsh_firewall(&fixture("netsh-firewall.txt")), Some(false));
        assert_eq!(
            netsh_firewall(&fixture("netsh-firewall.txt").replace("OFF", "ON")),
            Some(true)
        );
        assert_eq!(netsh_firewall("Ok.\n"), None);
        assert_eq!(
            netstat_listening(&fixture("netstat.txt")),
            [(135, false, 1084), (3389, false, 1220), (5040, true, 7412)]
        );
        assert!(netstat_has_tcp_rows(&fixture("netstat.txt")));
        // What Wine's netstat prints: the heading and no rows.
        let wine = "\nActive Connections\n\n  Proto  Local Address          Foreign Address        State\n";
        assert!(!netstat_has_tcp_rows(wine));
        assert_eq!(netstat_listening(wine), []);
        let bde = fixture("manage-bde.txt");
        assert_eq!(manage_bde_protected(&bde), Some(true));
        assert_eq!(
            manage_bde_protected(&bde.replace("Protection On", "Protection Off")),
            Some(false)
        );
        assert_eq!(
            manage_bde_protected("    Beskyttelsesstatus:   Beskyttelse på\n"),
            Some(true)
        );
        // Another language or no status line: unknown, not "off".
        assert_eq!(
            manage_bde_protected("    Schutzstatus:         Der Schutz ist aktiviert.\n"),
            None
        );
        assert_eq!(manage_bde_protected(""), None);
        assert_eq!(w32tm_synchronised(&fixture("w32tm.txt")), Some(true));
        assert_eq!(
            w32tm_synchronised("Leap Indicator: 3(not synchronized)\nSource: Local CMOS Clock\n"),
            Some(false)
        );
    }

    #[test]
    fn reads_macos_info_plists() {
        let plist = "<?xml version=\"1.0\"?>\n<plist><dict>\n<key>CFBundleName</key>\n<string>Firefox</string>\n<key>CFBundleShortVersionString</key>\n<string>133.0</string>\n</dict></plist>";
        assert_eq!(
            info_plist(plist),
            Some(("Firefox".into(), Some("133.0".into())))
        );
        assert_eq!(info_plist("bplist00"), None);
    }
}
