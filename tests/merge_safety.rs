//! `kartlegg merge` under failure: killed at any moment, on a full disk or
//! in a read-only folder, it never leaves a half-written dataset under the
//! final names.
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};

use calamine::{Reader, Xlsx, open_workbook};
use common::{kartlegg_en, kartlegg_process, repo, root};

/// Killed at any moment, merge leaves under the final names only whole
/// files: every CSV that exists parses to the end, and the workbook opens.
#[cfg(unix)]
#[test]
fn an_interrupted_merge_never_leaves_a_half_written_file() {
    let inputs = repo("examples/pilot/innkommet");
    let mut seen_partial = 0;
    for trial in 0..20u64 {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("ut");
        let mut child = kartlegg_process(root())
            .args(["-q", "merge"])
            .arg(&inputs)
            .arg("-o")
            .arg(&out)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Spread the kills over the whole run (about a second in a debug build).
        std::thread::sleep(std::time::Duration::from_millis(trial * 60));
        let _ = child.kill();
        let _ = child.wait();
        let Ok(entries) = std::fs::read_dir(&out) else {
            continue;
        };
        let names: Vec<String> = entries
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        if names.iter().any(|n| n.ends_with(".tmp")) {
            seen_partial += 1;
        }
        for name in names.iter().filter(|n| !n.starts_with('.')) {
            let path = out.join(name);
            if name.ends_with(".csv") {
                let mut reader = csv::Reader::from_path(&path).unwrap();
                for record in reader.records() {
                    record.unwrap_or_else(|e| panic!("trial {trial}: {name}: {e}"));
                }
                let bytes = std::fs::read(&path).unwrap();
                assert!(
                    bytes.ends_with(b"\n"),
                    "trial {trial}: {name} ends mid-line"
                );
            } else if name.ends_with(".xlsx") {
                let mut book: Xlsx<_> =
                    open_workbook(&path).unwrap_or_else(|e| panic!("trial {trial}: {name}: {e}"));
                for sheet in book.sheet_names() {
                    book.worksheet_range(&sheet).unwrap();
                }
            } else {
                panic!("trial {trial}: unexpected {name}");
            }
        }
    }
    println!("merge kill trials: 20; trials that left a temporary file: {seen_partial}");
}

/// Mounts a tmpfs of `size` (or a read-only bind of an empty folder) at
/// `dir`; `None` when this machine does not allow it (not root, no mount).
#[cfg(target_os = "linux")]
fn mount(dir: &Path, read_only: bool) -> Option<impl Drop> {
    struct Mounted(PathBuf);
    impl Drop for Mounted {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    std::fs::create_dir_all(dir).ok()?;
    let ok = |args: &[&str]| {
        std::process::Command::new("mount")
            .args(args)
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    let mounted = if read_only {
        ok(&["-t", "tmpfs", "-o", "size=1m,ro", "tmpfs"])
    } else {
        ok(&["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
    };
    mounted.then(|| Mounted(dir.to_path_buf()))
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_or_read_only_folder_gives_a_clear_error_and_no_partial_dataset() {
    let inputs = repo("examples/pilot/innkommet");
    let dir = tempfile::tempdir().unwrap();
    for (read_only, why) in [(false, "No space left"), (true, "Read-only file system")] {
        let target = dir.path().join(if read_only { "ro" } else { "full" });
        let Some(_mounted) = mount(&target, read_only) else {
            eprintln!("skipped: cannot mount a small or read-only file system here (needs root)");
            return;
        };
        let out = target.join("ut");
        let assert = kartlegg_en(root())
            .args(["--lang", "en", "merge"])
            .arg(&inputs)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(1);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
        assert!(
            stderr.contains("cannot") && stderr.contains(why),
            "{stderr}"
        );
        let left: Vec<_> = std::fs::read_dir(&out)
            .map(|d| d.map(|e| e.unwrap().file_name()).collect())
            .unwrap_or_default();
        assert!(left.is_empty(), "left behind: {left:?}");

        // A survey from an answers file: the same clear error, and no file.
        if !read_only {
            let _ = std::fs::write(target.join("fyll"), vec![0u8; 128 * 1024]);
        }
        std::fs::write(dir.path().join("svar.csv"), "drift,egen\n").unwrap();
        let assert = kartlegg_en(dir.path())
            .args(["--lang", "en", "survey", "hurtigsjekk", "-k", "4627"])
            .args(["--answers", "svar.csv", "-o"])
            .arg(target.join("svar.yaml"))
            .assert()
            .code(1);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
        assert!(stderr.contains(why), "{stderr}");
        assert!(!target.join("svar.yaml").exists());
    }
}

/// The CSV files of a dataset folder and whether it has its workbook:
/// enough to tell one complete dataset from another or from a mixture.
fn dataset(dir: &Path) -> (Vec<(String, Vec<u8>)>, bool) {
    let mut csv: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    csv.sort();
    (csv, dir.join("kartlegging.xlsx").is_file())
}

/// Names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Killed at every write and rename of `merge -o DIR --force`, the folder
/// holds the complete old dataset or the complete new one, and the next
/// run succeeds and leaves nothing of the killed one behind.
#[test]
fn a_merge_killed_at_any_step_leaves_the_old_or_the_new_dataset_whole() {
    let inputs = repo("examples/pilot/innkommet/breidal");
    let dir = tempfile::tempdir().unwrap();
    let run = |out: &str, dialect: &str, kill_at: Option<usize>, force: bool| {
        let mut cmd = kartlegg_process(dir.path());
        cmd.args(["-q", "merge"])
            .arg(&inputs)
            .args(["-o", out, "--csv-dialect", dialect]);
        if force {
            cmd.arg("--force");
        }
        if let Some(n) = kill_at {
            cmd.env("KARTLEGG_TEST_KILL_AT", n.to_string());
        }
        let status = cmd.stderr(std::process::Stdio::null()).status().unwrap();
        // This folder holds one planted duplicate: a finished merge exits 3.
        match status.code() {
            Some(3) => Some(0),
            code => code,
        }
    };
    let merge = |out: &str, dialect: &str, kill_at: Option<usize>| run(out, dialect, kill_at, true);
    assert_eq!(merge("gammel", "excel-nb", None), Some(0));
    assert_eq!(merge("ny", "standard", None), Some(0));
    let (old, new) = (
        dataset(&dir.path().join("gammel")),
        dataset(&dir.path().join("ny")),
    );
    assert!(old.1 && new.1 && old.0.len() >= 10 && old != new);
    for fresh in [false, true] {
        let mut steps = 0;
        for n in 1.. {
            let out = dir.path().join("ut");
            let _ = std::fs::remove_dir_all(&out);
            if !fresh {
                assert_eq!(merge("ut", "excel-nb", None), Some(0));
            }
            if merge("ut", "standard", Some(n)) != Some(137) {
                break;
            }
            steps = n;
            let seen = out.is_dir().then(|| dataset(&out));
            let whole = seen.as_ref().is_some_and(|d| *d == old || *d == new);
            // The one moment between the two renames: no folder, and the old
            // dataset whole beside it.
            let between = seen.is_none() && !fresh;
            let empty_fresh = seen.is_none() && fresh;
            assert!(
                whole || between || empty_fresh,
                "fresh {fresh}, killed at {n}"
            );
            if between {
                // The next run puts the old dataset back, and without
                // --force does not replace it.
                assert_eq!(run("ut", "standard", None, false), Some(1));
                assert_eq!(dataset(&out), old, "killed at {n}");
            }
            // A temporary file of a killed older run inside the folder.
            if out.is_dir() {
                let gone = std::process::Command::new("true").spawn().unwrap();
                let pid = gone.id();
                let _ = { gone }.wait();
                std::fs::write(out.join(format!(".svar.csv.{pid}.tmp")), "x").unwrap();
            }
            assert_eq!(
                merge("ut", "standard", None),
                Some(0),
                "after a kill at {n}"
            );
            assert_eq!(dataset(&out), new, "after a kill at {n}");
            let left: Vec<String> = names(dir.path());
            assert_eq!(left, ["gammel", "ny", "ut"], "after a kill at {n}");
            // Nothing of the killed run is left; the one hidden name is the
            // cache of what was read, for the next merge.
            let hidden = |n: &String| n.starts_with('.') && n != ".kartlegg-cache";
            assert!(!names(&out).iter().any(hidden), "after {n}");
        }
        // Every file written (the CSVs, the workbook and the cache), then two
        // renames and a removal (or one rename).
        let files = new.0.len() + 2;
        assert_eq!(steps, files + if fresh { 1 } else { 3 }, "fresh {fresh}");
    }
}
