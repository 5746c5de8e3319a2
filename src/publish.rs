//! Publishing a folder of outputs (a dataset) as a whole, so that a reader
//! or a later run sees either the complete old folder or the complete new
//! one, never a mixture, however the process ends.
//!
//! The new folder is written beside the target as `.NAME.PID.tmp`; then
//! the old folder is renamed away to `.NAME.PID.old`, the new one renamed
//! in, and the old one removed. A later run puts back what a killed run
//! left half-swapped and removes its temporary folders and files, but only
//! names that are clearly kartlegg's and only when their process is gone.
//! It must not touch anything else beside the target.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::fsutil::{self, Lock};
use crate::tr;

/// A new version of a folder being written, not yet visible under its name.
pub struct Staging {
    target: PathBuf,
    temp: PathBuf,
    _lock: Lock,
}

/// `.NAME.PID.KIND` beside `target`.
fn sibling(target: &Path, pid: u32, kind: &str) -> PathBuf {
    target.with_file_name(format!(".{}.{pid}.{kind}", name_of(target)))
}

fn name_of(target: &Path) -> String {
    target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The target as a path with a real last component (`.` and `..` have
/// none, and a folder cannot be renamed through them).
fn resolved(target: &Path) -> anyhow::Result<PathBuf> {
    let cannot = || tr!("publish-cannot-use", target = target.display());
    let absolute = std::path::absolute(target).with_context(cannot)?;
    let cwd = std::env::current_dir().with_context(cannot)?;
    let cwd = fs::canonicalize(&cwd).unwrap_or(cwd);
    let real = fs::canonicalize(&absolute).unwrap_or_else(|_| absolute.clone());
    if real.file_name().is_none() || cwd.starts_with(&real) {
        let dir = target.display();
        anyhow::bail!(tr!("publish-is-the-folder-you-are-in", dir = dir));
    }
    Ok(real)
}

/// Starts a new version of the folder `target`: claims it, cleans up after
/// killed runs, and makes an empty private folder beside it to write into.
pub fn begin(target: &Path) -> anyhow::Result<Staging> {
    let target = resolved(target)?;
    if let Some(parent) = target.parent() {
        fsutil::create_private_dir(parent)?;
    }
    let lock = Lock::acquire(&target)?;
    clean_up(&target)?;
    let temp = sibling(&target, std::process::id(), "tmp");
    let _ = fs::remove_dir_all(&temp);
    fsutil::create_private_dir(&temp)?;
    Ok(Staging {
        target,
        temp,
        _lock: lock,
    })
}

impl Staging {
    /// Writes one file of the new version, flushed to disk.
    pub fn write(&self, name: &str, contents: &[u8]) -> anyhow::Result<()> {
        self.write_with(name, |file| file.write_all(contents))
    }

    /// Writes one file of the new version a piece at a time through `fill`,
    /// so that a large table is never held whole as bytes; flushed to disk.
    pub fn write_with(
        &self,
        name: &str,
        fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        let path = self.temp.join(name);
        step();
        (|| -> std::io::Result<()> {
            let mut file = std::io::BufWriter::new(fsutil::create_private(&path)?);
            fill(&mut file)?;
            file.into_inner().map_err(|e| e.into_error())?.sync_all()
        })()
        .with_context(|| {
            tr!(
                "fsutil-cannot-write",
                path = self.target.join(name).display()
            )
        })
    }

    /// Writes one file of the new version through `fill`, which may seek (a
    /// workbook is a zip archive written as its sheets are compressed);
    /// flushed to disk.
    pub fn write_file(
        &self,
        name: &str,
        fill: impl FnOnce(&mut std::fs::File) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let path = self.temp.join(name);
        step();
        let cannot = || {
            let path = self.target.join(name);
            tr!("fsutil-cannot-write", path = path.display())
        };
        let mut file = fsutil::create_private(&path).with_context(cannot)?;
        fill(&mut file).with_context(cannot)?;
        file.sync_all().with_context(cannot)
    }

    /// Makes the new version visible under the target's name. Files of the
    /// old folder that the new one does not have are carried over.
    pub fn publish(self) -> anyhow::Result<()> {
        let old = sibling(&self.target, std::process::id(), "old");
        let exists = self.target.is_dir();
        if exists {
            carry_over(&self.target, &self.temp)?;
            if let Ok(meta) = fs::metadata(&self.target) {
                let _ = fs::set_permissions(&self.temp, meta.permissions());
            }
        }
        sync_dir(&self.temp)?;
        let cannot = |path: &Path| tr!("fsutil-cannot-write", path = path.display());
        if exists {
            step();
            fs::rename(&self.target, &old).with_context(|| cannot(&self.target))?;
        }
        step();
        if let Err(err) = fs::rename(&self.temp, &self.target) {
            // Put the old version back before saying why.
            if exists {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(anyhow::Error::new(err).context(cannot(&self.target)));
        }
        if let Some(parent) = self.target.parent() {
            sync_dir(parent)?;
        }
        if exists {
            step();
            fs::remove_dir_all(&old).with_context(|| cannot(&old))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    /// A version that was never published (an error on the way) leaves no
    /// temporary folder behind; after publishing there is none to remove.
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.temp);
    }
}

/// Hard links (or copies) every entry of `from` that `to` lacks, so files
/// a person put beside the dataset survive its replacement.
fn carry_over(from: &Path, to: &Path) -> anyhow::Result<()> {
    let cannot = |path: &Path| tr!("publish-cannot-read", path = path.display());
    for entry in fs::read_dir(from).with_context(|| cannot(from))? {
        let entry = entry.with_context(|| cannot(from))?;
        let (source, dest) = (entry.path(), to.join(entry.file_name()));
        if dest.exists() || is_leftover(&entry.file_name().to_string_lossy()).is_some() {
            continue;
        }
        let kind = entry.file_type().with_context(|| cannot(&source))?;
        let done = if kind.is_dir() {
            fs::create_dir(&dest)
                .map_err(anyhow::Error::from)
                .and_then(|()| carry_over(&source, &dest))
        } else if kind.is_symlink() {
            copy_link(&source, &dest)
        } else {
            fs::hard_link(&source, &dest)
                .or_else(|_| fs::copy(&source, &dest).map(|_| ()))
                .map_err(anyhow::Error::from)
        };
        done.with_context(|| cannot(&source))?;
    }
    Ok(())
}

#[cfg(unix)]
fn copy_link(source: &Path, dest: &Path) -> anyhow::Result<()> {
    Ok(std::os::unix::fs::symlink(fs::read_link(source)?, dest)?)
}

#[cfg(not(unix))]
fn copy_link(source: &Path, dest: &Path) -> anyhow::Result<()> {
    fs::copy(source, dest)?;
    Ok(())
}

fn sync_dir(dir: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .with_context(|| tr!("fsutil-cannot-write", dir = dir.display()))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// The name, process id and kind (`tmp` or `old`) in a name kartlegg
/// gives temporary files and folders: `.NAME.PID.tmp` or `.NAME.PID.old`.
fn is_leftover(name: &str) -> Option<(&str, u32, &str)> {
    let rest = name.strip_prefix('.')?;
    let (rest, kind) = rest.rsplit_once('.')?;
    let (stem, pid) = rest.rsplit_once('.')?;
    let pid = pid.parse().ok()?;
    (!stem.is_empty() && matches!(kind, "tmp" | "old")).then_some((stem, pid, kind))
}

/// Puts back an old version a killed run had renamed away without
/// publishing the new one, and removes what killed runs left: folders
/// beside the target, files inside it.
fn clean_up(target: &Path) -> anyhow::Result<()> {
    let name = name_of(target);
    let parent = target.parent().unwrap_or(Path::new("."));
    let mut stale = leftovers(parent, |stem| stem == name);
    // Restore the old version first, while the other leftovers still say
    // nothing about it.
    if !target.exists()
        && let Some(old) = stale
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == "old"))
            .cloned()
    {
        fs::rename(&old, target)
            .with_context(|| tr!("publish-cannot-restore", target = target.display()))?;
        stale.retain(|p| *p != old);
    }
    stale.extend(leftovers(target, |_| true));
    for path in stale {
        let _ = if path.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
    }
    Ok(())
}

/// Entries of `dir` named like kartlegg's temporary ones for a stem `keep`
/// accepts, whose process is no longer running.
fn leftovers(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            is_leftover(&name).is_some_and(|(stem, pid, _)| {
                keep(stem) && pid != std::process::id() && !alive(pid)
            })
        })
        .map(|e| e.path())
        .collect()
}

/// Whether a process with this id is running.
fn alive(pid: u32) -> bool {
    use sysinfo::{Pid, ProcessesToUpdate, System};
    let pid = Pid::from_u32(pid);
    let mut system = System::new();
    system.refresh_processes(ProcessesToUpdate::Some(&[pid]), true);
    system.process(pid).is_some()
}

/// A point where the dataset is being written or swapped in. Debug builds
/// end the process at the N-th such point when `KARTLEGG_TEST_KILL_AT=N`,
/// so tests can check what a kill at each point leaves behind.
fn step() {
    #[cfg(debug_assertions)]
    {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static STEPS: AtomicUsize = AtomicUsize::new(0);
        let n = STEPS.fetch_add(1, Ordering::SeqCst) + 1;
        let kill_at = std::env::var("KARTLEGG_TEST_KILL_AT").ok();
        if kill_at.and_then(|k| k.parse::<usize>().ok()) == Some(n) {
            // No destructors, no clean-up: as close to a kill as it gets.
            std::process::exit(137);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_only_its_own_temporary_names() {
        assert_eq!(is_leftover(".ut.123.tmp"), Some(("ut", 123, "tmp")));
        assert_eq!(is_leftover(".svar.csv.9.tmp"), Some(("svar.csv", 9, "tmp")));
        assert_eq!(is_leftover(".ut.123.old"), Some(("ut", 123, "old")));
        for other in ["ut.123.tmp", ".ut.tmp", ".ut.x.tmp", "..1.tmp", ".ut.1.bak"] {
            assert_eq!(is_leftover(other), None, "{other}");
        }
    }

    #[test]
    fn replaces_the_folder_and_keeps_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("ut");
        let first = begin(&target).unwrap();
        first.write("a.csv", b"1").unwrap();
        first.publish().unwrap();
        fs::write(target.join("notat.txt"), "mine").unwrap();
        let second = begin(&target).unwrap();
        second.write("a.csv", b"2").unwrap();
        second.publish().unwrap();
        assert_eq!(fs::read_to_string(target.join("a.csv")).unwrap(), "2");
        assert_eq!(
            fs::read_to_string(target.join("notat.txt")).unwrap(),
            "mine"
        );
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["ut"]);
    }

    #[test]
    fn a_version_never_published_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("ut");
        let staging = begin(&target).unwrap();
        staging.write("a.csv", b"1").unwrap();
        drop(staging);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
