//! Writing result files so that nothing is ever half-written or readable by
//! others: a temporary file in the same folder, flushed to disk, then renamed
//! over the target; 0600 on Unix, an access list with the owner alone on
//! Windows; the temporary file is removed on failure.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::tr;

#[cfg(windows)]
mod windows_acl;

/// Creates a file readable and writable by its owner only.
fn create_private(path: &Path) -> std::io::Result<File> {
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
            "{path} finnes allerede; velg en annen fil med -o eller skriv over med --force",
            "{path} already exists; choose another file with -o or overwrite with --force"
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
        anyhow::Error::new(err).context(tr!(
            "kan ikke skrive {}",
            "cannot write {}",
            target.display()
        ))
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
            .with_context(|| tr!("kan ikke skrive {}", "cannot write {}", dir.display()))?;
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
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| {
                tr!(
                    "kan ikke lage låsefilen {}",
                    "cannot create the lock file {}",
                    path.display()
                )
            })?;
        #[cfg(windows)]
        windows_acl::restrict_to_owner(&path).with_context(|| {
            tr!(
                "kan ikke gjøre låsefilen {} privat",
                "cannot make the lock file {} private",
                path.display()
            )
        })?;
        match file.try_lock() {
            Ok(()) => Ok(Lock { path, _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(anyhow::anyhow!(tr!(
                "en annen kartlegg skriver allerede til {}; avslutt den først, eller velg en annen fil",
                "another kartlegg is already writing {}; finish it first, or choose another file",
                target.display()
            ))),
            Err(std::fs::TryLockError::Error(e)) => Err(anyhow::Error::new(e).context(tr!(
                "kan ikke låse {}",
                "cannot lock {}",
                path.display()
            ))),
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
        drop(again);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_failed_write_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing-folder").join("svar.yaml");
        assert!(write_atomic(&target, b"x").is_err());
    }
}
