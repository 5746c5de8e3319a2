//! What `--privacy standard` leaves out of an inventory, applied once to
//! everything the collectors found: the host name (kept only as its hash),
//! network addresses, the user names and volume labels in mount paths, and
//! the names of listening programs that are not well-known services.
//!
//! A mount under a home or media folder keeps the folder and loses the rest
//! (`/media/ola/USBSTICK` is `/media/…`), so what matters for security — a
//! home-folder or removable mount, its file system, size and encryption —
//! stays. `--privacy full` keeps everything as collected.

use super::{Findings, Privacy, known};

/// What stands for the rest of a generalised mount path.
pub const REST: &str = "…";

/// What a listening program not in `known::LISTENING_SERVICES` is written as.
pub const OTHER_PROGRAM: &str = "other";

/// Folders whose next part is a user name or a volume label (Linux, macOS).
const PERSONAL_FOLDERS: &[&str] = &[
    "/run/media",
    "/var/home",
    "/home",
    "/media",
    "/mnt",
    "/Users",
    "/Volumes",
];

/// Applies `privacy` to what was collected.
pub fn apply(f: &mut Findings, privacy: Privacy) {
    match privacy {
        Privacy::Full => f.host.name = f.host_name.clone(),
        Privacy::Standard => {
            f.host.name = None;
            f.network.addresses = None;
            for disk in &mut f.disks {
                disk.mount = mount(&disk.mount);
            }
            for listener in &mut f.network.listening {
                if let Some(name) = &listener.program {
                    listener.program = Some(program(name));
                }
            }
        }
    }
}

/// A mount path without what follows a home or media folder:
/// `/home/ola/data` is `/home/…`, `C:\Users\ola\OneDrive` is `C:\Users\…`.
/// Other paths are kept as they are.
pub fn mount(path: &str) -> String {
    if let Some(users) = windows_users(path) {
        return format!("{users}\\{REST}");
    }
    for folder in PERSONAL_FOLDERS {
        if let Some(rest) = path.strip_prefix(folder).and_then(|r| r.strip_prefix('/'))
            && !rest.trim_matches('/').is_empty()
        {
            return format!("{folder}/{REST}");
        }
    }
    path.to_string()
}

/// `X:\Users` (as written) when `path` lies below it.
fn windows_users(path: &str) -> Option<&str> {
    let bytes = path.as_bytes();
    let drive = bytes.len() > 9 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    let users = path.get(2..9)?;
    let below = path.get(9..)?;
    (drive && users.eq_ignore_ascii_case("\\users\\") && !below.trim_matches('\\').is_empty())
        .then(|| &path[..8])
}

/// The program name if it is a well-known service, else `other`.
pub fn program(name: &str) -> String {
    if is_known_service(name) {
        name.to_string()
    } else {
        OTHER_PROGRAM.to_string()
    }
}

/// Whether `name` (any case, with or without `.exe` and a trailing version)
/// is in `known::LISTENING_SERVICES`.
fn is_known_service(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let bare = lower.strip_suffix(".exe").unwrap_or(&lower);
    let base = bare.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    [bare, base]
        .iter()
        .any(|n| !n.is_empty() && known::LISTENING_SERVICES.contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_and_media_mounts_lose_user_names_and_labels() {
        for (path, want) in [
            ("/media/ola/USBSTICK", "/media/…"),
            ("/media/USBSTICK", "/media/…"),
            ("/run/media/ola/BACKUP", "/run/media/…"),
            ("/home/ola/data", "/home/…"),
            ("/var/home/ola", "/var/home/…"),
            ("/mnt/ola-disk", "/mnt/…"),
            ("/Users/ola/Mounts/x", "/Users/…"),
            ("/Volumes/OLAS DISK", "/Volumes/…"),
            (r"C:\Users\ola\OneDrive", r"C:\Users\…"),
            (r"d:\users\ola", r"d:\users\…"),
            // The folders themselves and system mounts are kept.
            ("/home", "/home"),
            ("/home/", "/home/"),
            ("/media", "/media"),
            ("/", "/"),
            ("/boot/efi", "/boot/efi"),
            ("/homework/x", "/homework/x"),
            ("/System/Volumes/Data", "/System/Volumes/Data"),
            (r"C:\", r"C:\"),
            (r"C:\Users", r"C:\Users"),
            (r"C:\Users\", r"C:\Users\"),
        ] {
            assert_eq!(mount(path), want, "{path}");
        }
    }

    #[test]
    fn only_well_known_listeners_keep_their_names() {
        for (name, want) in [
            ("sshd", "sshd"),
            ("python3.12", "python3.12"),
            ("systemd-resolve", "systemd-resolve"),
            ("svchost.exe", "svchost.exe"),
            ("SQLSERVR.EXE", "SQLSERVR.EXE"),
            ("System", "System"),
            ("ola-hjemmeserver", "other"),
            ("sshd-kari", "other"),
            ("1234", "other"),
            ("", "other"),
        ] {
            assert_eq!(program(name), want, "{name}");
        }
    }
}
