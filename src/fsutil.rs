//! Writing result files so that nothing is ever half-written or readable by
//! others: a temporary file in the same folder, flushed to disk, then renamed
//! over the target; 0600 on Unix (0700 for folders), an access list with the
//! owner alone on Windows; the temporary file is removed on failure. File
//! names are built here from checked ids only, so no id read from a file can
//! point outside the folder it is meant for.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::tr;

#[cfg(windows)]
mod windows_acl;

/// Creates a file readable and writable by its owner only.
pub(crate) fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // Still empty: nothing is readable before the access list is set.
    #[cfg(windows)]
    if let Err(err) = windows_acl::restrict_to_owner(path) {
        drop(file);
        let _ = fs::remove_file(path);
        return Err(err);
    }
    Ok(file)
}

/// Creates `dir` and any missing parents, each new one readable by its
/// owner only (on Windows: the folder itself, whose contents inherit its
/// access list). A folder that exists keeps its permissions.
pub fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    #[cfg(windows)]
    let existed = dir.exists();
    builder
        .create(dir)
        .with_context(|| tr!("fsutil-cannot-create", dir = dir.display()))?;
    #[cfg(windows)]
    if !existed {
        windows_acl::restrict_to_owner(dir)
            .with_context(|| tr!("fsutil-cannot-make-private", dir = dir.display()))?;
    }
    Ok(())
}

/// The longest id that may become part of a file name.
const MAX_ID_CHARS: usize = 64;

/// Whether `id` is a safe token for a file name: 1–64 characters of
/// `a–z`, `A–Z`, `0–9`, `-`, `_` and `.`, starting with a letter or digit.
/// Such an id can name no folder, no parent, no drive and no hidden file.
pub fn is_safe_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && id.len() <= MAX_ID_CHARS
}

/// Why `id` cannot be used, and what is allowed.
pub fn unsafe_id_message(id: &str) -> String {
    let id: String = id.chars().take(MAX_ID_CHARS * 2).collect();
    let id = id.escape_debug();
    tr!("fsutil-cannot-be-used-as-an-id", id = id)
}

/// A file name made of `prefix`, the ids joined by `-`, and `suffix`
/// (such as `kartlegg-svar-4601-modenhet-2026-10-01.yaml`); an id that is
/// not a safe token is an error naming it.
pub fn id_file_name(prefix: &str, ids: &[&str], suffix: &str) -> anyhow::Result<String> {
    if let Some(bad) = ids.iter().find(|id| !is_safe_id(id)) {
        anyhow::bail!(unsafe_id_message(bad));
    }
    Ok(format!("{prefix}{}{suffix}", ids.join("-")))
}

fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Replaces `target` with `contents` atomically: readers see the old file or
/// the new one, never a mixture, even if the process dies mid-way.
/// Refuses to replace an existing file unless `force` is given.
pub fn refuse_overwrite(target: &Path, force: bool) -> anyhow::Result<()> {
    if target.exists() && !force {
        let path = target.display();
        anyhow::bail!(tr!(
            "fsutil-already-exists-choose-another-file-with",
            path = path
        ));
    }
    Ok(())
}

pub fn write_atomic(target: &Path, contents: &[u8]) -> anyhow::Result<()> {
    write_all_atomic(&[(target.to_path_buf(), contents)])
}

/// Replaces several files at once: every file is written to a temporary
/// file beside it first, and only when all are safely on disk are they
/// renamed into place. A full disk or a read-only folder leaves the old
/// files as they were and no temporary files behind.
pub fn write_all_atomic(files: &[(PathBuf, &[u8])]) -> anyhow::Result<()> {
    let mut written: Vec<PathBuf> = Vec::new();
    // On any failure: no temporary file stays, and the error names the file.
    let fail = |written: &[PathBuf], target: &Path, err: std::io::Error| {
        for temp in written {
            let _ = fs::remove_file(temp);
        }
        anyhow::Error::new(err).context(tr!("fsutil-cannot-write", target = target.display()))
    };
    for (target, contents) in files {
        let temp = temp_path(target);
        let result = (|| -> std::io::Result<()> {
            let _ = fs::remove_file(&temp);
            let mut file = create_private(&temp)?;
            written.push(temp.clone());
            file.write_all(contents)?;
            file.sync_all()
        })();
        if let Err(err) = result {
            return Err(fail(&written, target, err));
        }
    }
    for (target, _) in files {
        let temp = temp_path(target);
        if let Err(err) = fs::rename(&temp, target) {
            return Err(fail(&written, target, err));
        }
    }
    // Make the renames themselves durable.
    #[cfg(unix)]
    for dir in files
        .iter()
        .filter_map(|(t, _)| t.parent())
        .filter(|d| !d.as_os_str().is_empty())
    {
        File::open(dir)
            .and_then(|d| d.sync_all())
            .with_context(|| tr!("fsutil-cannot-write", dir = dir.display()))?;
    }
    Ok(())
}

/// An exclusive claim on a result file, so that two processes never write
/// the same file. The operating system releases it when the process ends,
/// however it ends; the lock file itself is removed when the claim is dropped.
pub struct Lock {
    path: PathBuf,
    _file: File,
}

impl Lock {
    pub fn acquire(target: &Path) -> anyhow::Result<Lock> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = target.with_file_name(format!(".{name}.lock"));
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options
            .open(&path)
            .with_context(|| tr!("fsutil-cannot-create-the-lock-file", path = path.display()))?;
        #[cfg(windows)]
        windows_acl::restrict_to_owner(&path).with_context(|| {
            tr!(
                "fsutil-cannot-make-the-lock-file-private",
                path = path.display()
            )
        })?;
        match file.try_lock() {
            Ok(()) => Ok(Lock { path, _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(anyhow::anyhow!(tr!(
                "fsutil-another-kartlegg-is-already-writing-finish",
                target = target.display()
            ))),
            Err(std::fs::TryLockError::Error(e)) => {
                Err(anyhow::Error::new(e).context(tr!("fsutil-cannot-lock", path = path.display())))
            }
        }
    }

    /// Where the lock file is, for removing it on an interrupt.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("svar.yaml");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&target).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }

    #[test]
    fn a_second_claim_on_the_same_file_is_refused_until_the_first_ends() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("svar.yaml");
        let first = Lock::acquire(&target).unwrap();
        assert!(Lock::acquire(&target).is_err());
        drop(first);
        let again = Lock::acquire(&target).unwrap();
        assert!(again.path().exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(again.path()).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        drop(again);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn new_folders_are_private_and_existing_ones_keep_their_mode() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a").join("b");
        create_private_dir(&deep).unwrap();
        create_private_dir(&deep).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&deep), 0o700);
            assert_eq!(mode(&dir.path().join("a")), 0o700);
        }
    }

    #[test]
    fn only_safe_tokens_become_file_names() {
        for bad in [
            "x/../../pwned",
            "..",
            ".",
            "/etc/passwd",
            "C:\\Windows",
            "a\\b",
            "a\0b",
            "",
            ".hidden",
            "-rf",
            "a b",
            &"x".repeat(65),
        ] {
            assert!(!is_safe_id(bad), "{bad:?}");
            let err = id_file_name("kartlegg-svar-", &["4601", bad], ".yaml").unwrap_err();
            assert!(err.to_string().contains("a–z"), "{err}");
        }
        for good in [
            "4601",
            "ikt-nordfjord",
            "modenhet",
            "sha256.ab_CD-1",
            &"x".repeat(64),
        ] {
            assert!(is_safe_id(good), "{good:?}");
        }
        assert_eq!(
            id_file_name("salt-", &["4601"], "").unwrap(),
            "salt-4601".to_string()
        );
    }

    #[test]
    fn a_failed_write_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing-folder").join("svar.yaml");
        assert!(write_atomic(&target, b"x").is_err());
    }
}
