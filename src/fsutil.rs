//! Writing result files so that nothing is ever half-written or readable by
//! others: a temporary file in the same folder, flushed to disk, then renamed
//! over the target; 0600 on Unix; the temporary file is removed on failure.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::tr;

/// Creates a file readable and writable by its owner only (on Unix).
fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
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
pub fn write_atomic(target: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let temp = temp_path(target);
    let result = (|| -> std::io::Result<()> {
        let _ = fs::remove_file(&temp);
        let mut file = create_private(&temp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        fs::rename(&temp, target)?;
        // Make the rename itself durable.
        #[cfg(unix)]
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            File::open(dir)?.sync_all()?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.with_context(|| tr!("kan ikke skrive {}", "cannot write {}", target.display()))
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
    fn a_failed_write_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing-folder").join("svar.yaml");
        assert!(write_atomic(&target, b"x").is_err());
    }
}
