//! Maintained lists the inventory matches against: security agents by the
//! names of their services, processes and packages, and operating systems'
//! end of support. Dated, so a reader knows how fresh they are.

/// When the lists below were last checked.
pub const CHECKED: &str = "2026-12";

/// Antivirus and EDR products: (product, lower-case name fragments seen in
/// process, service or package names).
pub const SECURITY_AGENTS: &[(&str, &[&str])] = &[
    (
        "Microsoft Defender",
        &["msmpeng", "mdatp", "sense", "windefend", "mssense"],
    ),
    (
        "CrowdStrike Falcon",
        &["falcon-sensor", "csfalcon", "csagent", "falcond"],
    ),
    (
        "SentinelOne",
        &["sentinelone", "sentinelagent", "sentinel-agent", "s1-agent"],
    ),
    ("Sophos", &["sophos", "savd", "sophosspl"]),
    ("ESET", &["eset", "esets", "ekrn", "efs"]),
    (
        "Trend Micro",
        &["trendmicro", "ds_agent", "tmccsf", "ntrtscan"],
    ),
    ("Wazuh", &["wazuh"]),
    ("Elastic Defend", &["elastic-agent", "elastic-endpoint"]),
    ("Trellix / McAfee", &["mfetp", "mcafee", "trellix", "xagt"]),
    ("Bitdefender", &["bdsec", "bitdefender", "epag"]),
    ("Kaspersky", &["kesl", "kaspersky", "avp"]),
    (
        "Cisco Secure Endpoint",
        &["ampdaemon", "cisco-secure-endpoint", "sfc"],
    ),
    ("ClamAV", &["clamd", "clamav-daemon", "freshclam"]),
];

/// Products of the list above that detect and respond (EDR), not only scan.
pub const EDR_PRODUCTS: &[&str] = &[
    "CrowdStrike Falcon",
    "SentinelOne",
    "Elastic Defend",
    "Cisco Secure Endpoint",
    "Trend Micro",
    "Sophos",
    "Wazuh",
];

/// Backup agents: (product, name fragments).
pub const BACKUP_AGENTS: &[(&str, &[&str])] = &[
    ("Veeam", &["veeam"]),
    ("Commvault", &["commvault", "cvd", "cvlaunchd"]),
    ("Acronis", &["acronis", "acrocmd"]),
    ("restic", &["restic"]),
    ("BorgBackup", &["borgbackup", "borgmatic"]),
    ("Bacula / Bareos", &["bacula-fd", "bareos-fd"]),
    ("Veritas NetBackup", &["netbackup", "bpcd"]),
    ("IBM Storage Protect", &["dsmc", "dsmcad"]),
    ("Duplicati", &["duplicati"]),
    ("Cohesity", &["cohesity"]),
    ("Rubrik", &["rubrik"]),
];

/// Operating systems and the end of their ordinary security support
/// (YYYY-MM-DD): (name as the OS reports it, lower case, matched as a prefix
/// of "<id> <version>"), end.
pub const END_OF_SUPPORT: &[(&str, &str)] = &[
    ("debian 10", "2024-06-30"),
    ("debian 11", "2026-08-31"),
    ("debian 12", "2028-06-30"),
    ("debian 13", "2030-06-30"),
    ("ubuntu 18.04", "2023-05-31"),
    ("ubuntu 20.04", "2025-05-31"),
    ("ubuntu 22.04", "2027-06-01"),
    ("ubuntu 24.04", "2029-05-31"),
    ("rhel 7", "2024-06-30"),
    ("rhel 8", "2029-05-31"),
    ("rhel 9", "2032-05-31"),
    ("rocky 8", "2029-05-31"),
    ("rocky 9", "2032-05-31"),
    // Windows: the last day of security updates as Microsoft's lifecycle
    // pages give it (learn.microsoft.com/lifecycle/products/windows-11-home-and-pro,
    // .../windows-11-enterprise-and-education, .../windows-10-home-and-pro,
    // windows/release-health/windows11-release-information and
    // windows-server-release-info), checked 2026-12-02 against copies of
    // those pages and the endoflife.date tables that cite them. 26H1 and 26H2
    // are from the release-information page as quoted there (checked
    // 2026-11-04); every date is a second Tuesday, a patch day.
    ("windows 7", "2020-01-14"),
    ("windows 8.1", "2023-01-10"),
    // Long-term servicing editions before the plain name they start with
    // (`winver` looks them up by their name, never by feature update).
    ("windows 10 enterprise 2016 ltsb", "2026-10-13"),
    ("windows 10 enterprise ltsc 2019", "2029-01-09"),
    ("windows 10 enterprise ltsc 2021", "2027-01-12"),
    ("windows 10 iot enterprise ltsc 2021", "2032-01-13"),
    ("windows 11 enterprise ltsc 2024", "2029-10-09"),
    ("windows 11 iot enterprise ltsc 2024", "2034-10-10"),
    // Windows 10 per feature update before 22H2, Home and Pro then
    // Enterprise and Education (learn.microsoft.com/lifecycle and the
    // endoflife.date "windows" table, checked 2026-12-02).
    ("windows 10 1803", "2019-11-12"),
    ("windows 10 1809", "2020-11-10"),
    ("windows 10 1903", "2020-12-08"),
    ("windows 10 1909", "2021-05-11"),
    ("windows 10 2004", "2021-12-14"),
    ("windows 10 20h2", "2022-05-10"),
    ("windows 10 21h1", "2022-12-13"),
    ("windows 10 21h2", "2023-06-13"),
    ("windows 10 enterprise 1803", "2020-05-11"),
    ("windows 10 enterprise 1809", "2021-05-11"),
    ("windows 10 enterprise 1903", "2020-12-08"),
    ("windows 10 enterprise 1909", "2022-05-10"),
    ("windows 10 enterprise 2004", "2021-12-14"),
    ("windows 10 enterprise 20h2", "2023-05-09"),
    ("windows 10 enterprise 21h1", "2022-12-13"),
    ("windows 10 enterprise 21h2", "2024-06-11"),
    // Windows 10 22H2, the last feature update, in every edition (and any
    // Windows 10 whose feature update is not known).
    ("windows 10", "2025-10-14"),
    // Windows 11 per feature update (see `winver`): Home and Pro (also Pro
    // Education, Pro for Workstations, SE), then Enterprise and Education.
    ("windows 11 21h2", "2023-10-10"),
    ("windows 11 22h2", "2024-10-08"),
    ("windows 11 23h2", "2025-11-11"),
    ("windows 11 24h2", "2026-10-13"),
    ("windows 11 25h2", "2027-10-12"),
    ("windows 11 26h1", "2028-03-14"),
    ("windows 11 26h2", "2028-10-10"),
    ("windows 11 enterprise 21h2", "2024-10-08"),
    ("windows 11 enterprise 22h2", "2025-10-14"),
    ("windows 11 enterprise 23h2", "2026-11-10"),
    ("windows 11 enterprise 24h2", "2027-10-12"),
    ("windows 11 enterprise 25h2", "2028-10-10"),
    ("windows 11 enterprise 26h1", "2029-03-13"),
    ("windows 11 enterprise 26h2", "2029-10-09"),
    // Servers: the end of extended support (2012 and 2012 R2 alike).
    ("windows server 2012", "2023-10-10"),
    ("windows server 2016", "2027-01-12"),
    ("windows server 2019", "2029-01-09"),
    ("windows server 2022", "2031-10-14"),
    ("windows server 2025", "2034-10-10"),
    // Apple and Google publish no end dates. These are the dates the last
    // security update came out, as the endoflife.date tables "macos", "ios"
    // and "android" give them (checked 2026-12-02); releases still updated
    // then, or with no date there, are left out (unknown). iPadOS is looked
    // up as iOS.
    ("macos 10.13", "2020-12-01"),
    ("macos 10.14", "2021-10-25"),
    ("macos 10.15", "2022-09-12"),
    ("macos 11", "2023-09-26"),
    ("macos 12", "2024-09-16"),
    ("macos 13", "2025-09-15"),
    ("ios 11", "2018-10-08"),
    ("ios 13", "2020-09-16"),
    ("ios 14", "2021-10-01"),
    ("android 8.0", "2021-01-01"),
    ("android 8.1", "2021-01-10"),
    ("android 9", "2022-01-01"),
    ("android 10", "2023-03-06"),
    ("android 11", "2024-02-05"),
    ("android 12", "2025-03-03"),
    ("android 13", "2026-03-02"),
];

/// Programs whose names a standard-privacy inventory keeps for listening
/// ports: common servers and runtimes, lower case, without `.exe` and
/// without a trailing version (`python3.12` is `python`). Linux cuts process
/// names at 15 characters, so `systemd-resolve` stands for systemd-resolved.
/// Any other program is written as `other`.
pub const LISTENING_SERVICES: &[&str] = &[
    // Remote access, web and proxies.
    "sshd",
    "dropbear",
    "xrdp",
    "xrdp-sesman",
    "xvnc",
    "vino-server",
    "cockpit-ws",
    "nginx",
    "apache2",
    "httpd",
    "lighttpd",
    "caddy",
    "haproxy",
    "traefik",
    "envoy",
    "squid",
    "varnishd",
    "tomcat",
    // Databases, caches and queues.
    "postgres",
    "postmaster",
    "mysqld",
    "mariadbd",
    "mongod",
    "redis-server",
    "memcached",
    "beam.smp",
    "epmd",
    "mosquitto",
    "influxd",
    "etcd",
    // Files, printing and directory.
    "smbd",
    "nmbd",
    "samba",
    "winbindd",
    "rpcbind",
    "rpc.statd",
    "rpc.mountd",
    "cupsd",
    "cups-browsed",
    "slapd",
    "krb5kdc",
    "kadmind",
    "vsftpd",
    "proftpd",
    "pure-ftpd",
    "minidlna",
    // Names, time and addresses.
    "chronyd",
    "ntpd",
    "dnsmasq",
    "named",
    "unbound",
    "systemd-resolve",
    "systemd-resolved",
    "systemd-network",
    "systemd-timesyn",
    "avahi-daemon",
    "dhclient",
    "dhcpd",
    "kea-dhcp4",
    // Mail.
    "master",
    "exim",
    "exim4",
    "sendmail",
    "dovecot",
    // Monitoring and logging.
    "snmpd",
    "rsyslogd",
    "syslog-ng",
    "zabbix_agentd",
    "zabbix_agent",
    "zabbix_server",
    "prometheus",
    "node_exporter",
    "grafana",
    "grafana-server",
    "nrpe",
    // Containers and VPN.
    "docker-proxy",
    "dockerd",
    "containerd",
    "kubelet",
    "kube-proxy",
    "kube-apiserver",
    "openvpn",
    "tailscaled",
    "wireguard",
    // Language runtimes that often serve.
    "java",
    "node",
    "python",
    "perl",
    "ruby",
    "php",
    "php-fpm",
    "dotnet",
    "gunicorn",
    "uwsgi",
    // Windows.
    "system",
    "idle",
    "system idle process",
    "svchost",
    "lsass",
    "services",
    "wininit",
    "spoolsv",
    "sqlservr",
    "sqlbrowser",
    "msdtc",
    "inetinfo",
    "w3wp",
    "dns",
    "dfsrs",
    "ismserv",
    "certsrv",
    "mqsvc",
    "vmms",
    "wslhost",
    // macOS.
    "launchd",
    "mdnsresponder",
    "rapportd",
    "controlcenter",
    "sharingd",
    "screensharingd",
    "netbiosd",
    "remoted",
];

/// The products whose name fragments occur in any of `names`.
pub fn matches<'a>(list: &[(&'a str, &[&str])], names: &[String]) -> Vec<&'a str> {
    list.iter()
        .filter(|(_, fragments)| {
            names.iter().any(|n| {
                fragments
                    .iter()
                    .any(|f| n == f || (f.len() > 4 && n.contains(f)))
            })
        })
        .map(|(product, _)| *product)
        .collect()
}

/// The end of support for an OS described as "<id> <version>", if known.
pub fn end_of_support(os: &str) -> Option<&'static str> {
    let os = os.to_lowercase();
    END_OF_SUPPORT
        .iter()
        .filter(|(name, _)| {
            os == *name
                || os.starts_with(&format!("{name} "))
                || os.starts_with(&format!("{name}."))
        })
        .map(|(_, end)| *end)
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_agents_by_exact_short_names_and_longer_fragments() {
        let names: Vec<String> = ["systemd", "falcon-sensor", "sshd", "veeamservice"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(matches(SECURITY_AGENTS, &names), ["CrowdStrike Falcon"]);
        assert_eq!(matches(BACKUP_AGENTS, &names), ["Veeam"]);
        // Short fragments must match a whole name: "avp" is not found in "avpd-helper".
        assert!(matches(SECURITY_AGENTS, &["avpd-helper".to_string()]).is_empty());
    }

    #[test]
    fn knows_end_of_support() {
        assert_eq!(end_of_support("debian 12"), Some("2028-06-30"));
        assert_eq!(end_of_support("ubuntu 22.04"), Some("2027-06-01"));
        assert_eq!(end_of_support("debian 1"), None);
        assert_eq!(end_of_support("plan9 4"), None);
    }
}
