//! Merging again into the same dataset folder: files an earlier merge read
//! are taken from the cache beside the dataset, new and changed files are
//! read, and the dataset is the same as a merge without the cache. A cache
//! of another build or with a broken line is ignored.

mod common;

use std::path::{Path, PathBuf};

use common::kartlegg;

/// A copy of the example pilot's result files in `dir`, at the same
/// relative path as in the project, so that the dataset names them alike.
const INPUT: &str = "examples/pilot/innkommet";

fn inputs(dir: &Path) -> PathBuf {
    let to = dir.join(INPUT);
    for entry in walkdir::WalkDir::new(common::repo("examples/pilot/innkommet")) {
        let entry = entry.unwrap();
        let relative = entry
            .path()
            .strip_prefix(common::repo("examples/pilot/innkommet"))
            .unwrap();
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(to.join(relative)).unwrap();
        } else {
            std::fs::copy(entry.path(), to.join(relative)).unwrap();
        }
    }
    to
}

fn merge(dir: &Path, input: &Path, out: &str, extra: &[&str]) {
    kartlegg(dir)
        .args(["-q", "merge"])
        .arg(input)
        .args(["-o", out, "--force"])
        .args(extra)
        .assert()
        .code(3);
}

/// The CSV files of a dataset folder, by name.
fn csvs(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The inventories below `input`, in name order.
fn inventories(input: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(input)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.to_string_lossy().contains("kartlegg-inventar-"))
        .collect()
}

fn first_inventory(input: &Path) -> PathBuf {
    inventories(input).remove(0)
}

#[test]
fn a_second_merge_reads_only_new_and_changed_files_and_makes_the_same_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let input = inputs(dir.path());
    let input = input.as_path();
    merge(dir.path(), Path::new(INPUT), "datasett", &[]);
    let cache = dir.path().join("datasett/.kartlegg-cache");
    let text = std::fs::read_to_string(&cache).unwrap();
    // A stamp, a line per file read, how the files looked and the package
    // list.
    let files = walkdir::WalkDir::new(input)
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_type().is_file())
        .count();
    assert_eq!(text.lines().count(), 3 + files, "{}", &text[..300]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&cache).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let first = csvs(&dir.path().join("datasett"));
    assert_eq!(
        first,
        csvs(&common::repo("examples/pilot/datasett")),
        "the oracle"
    );

    // Nothing changed: the same dataset, from the cache.
    merge(dir.path(), Path::new(INPUT), "datasett", &[]);
    assert_eq!(csvs(&dir.path().join("datasett")), first);

    // A changed file and a new one are read; the rest comes from the cache.
    let inventory = first_inventory(input);
    let changed = std::fs::read_to_string(&inventory)
        .unwrap()
        .replace("cpu_cores: 4", "cpu_cores: 48")
        .replace("cpu_cores: 8", "cpu_cores: 48")
        .replace("cpu_cores: 2", "cpu_cores: 48");
    assert!(changed.contains("cpu_cores: 48"));
    std::fs::write(&inventory, &changed).unwrap();
    let added = inventory.with_file_name("kartlegg-inventar-9902-0000ffff-2026-10-07.yaml");
    let id_line = changed.lines().find(|l| l.starts_with("  id: ")).unwrap();
    let new_host = changed.replace(id_line, "  id: \"sha256:00000000ffff\"");
    std::fs::write(&added, new_host).unwrap();
    merge(dir.path(), Path::new(INPUT), "datasett", &[]);
    merge(
        dir.path(),
        Path::new(INPUT),
        "uten-mellomlager",
        &["--no-cache"],
    );
    let again = csvs(&dir.path().join("datasett"));
    assert_eq!(again, csvs(&dir.path().join("uten-mellomlager")));
    assert!(!dir.path().join("uten-mellomlager/.kartlegg-cache").exists());
    let hosts = &again.iter().find(|(n, _)| n == "inventar.csv").unwrap().1;
    assert_eq!(hosts.matches(",48,").count(), 2, "{hosts}");
    assert!(hosts.contains("00000000ffff"), "{hosts}");
}

#[test]
fn what_the_cache_holds_is_used_and_a_cache_of_another_build_is_not() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    let input = Path::new(INPUT);
    merge(dir.path(), input, "datasett", &[]);
    let cache = dir.path().join("datasett/.kartlegg-cache");
    let text = std::fs::read_to_string(&cache).unwrap();
    // Plant a value in the cache that no file holds: a merge that shows it
    // took the machine from the cache.
    let planted: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let mut value: serde_json::Value = serde_json::from_str(line).unwrap();
            if let Some(machine) = value
                .pointer_mut("/read/Inventory/0/host/cpu_cores")
                .filter(|_| i >= 1)
            {
                *machine = 7777.into();
            }
            serde_json::to_string(&value).unwrap()
        })
        .collect();
    let planted = planted.join("\n") + "\n";
    let inventar = |dir: &Path| std::fs::read_to_string(dir.join("datasett/inventar.csv")).unwrap();
    std::fs::write(&cache, &planted).unwrap();
    merge(dir.path(), input, "datasett", &[]);
    assert!(
        inventar(dir.path()).contains(",7777,"),
        "{}",
        inventar(dir.path())
    );

    // The same cache from another build: ignored, and replaced.
    std::fs::write(&cache, planted.replacen("\"build\":\"", "\"build\":\"1", 1)).unwrap();
    merge(dir.path(), input, "datasett", &[]);
    assert!(!inventar(dir.path()).contains(",7777,"));

    // A machine whose packages point past the package list: ignored whole.
    let past: Vec<String> = planted
        .lines()
        .map(|line| {
            let mut value: serde_json::Value = serde_json::from_str(line).unwrap();
            if let Some(p) = value.pointer_mut("/read/Inventory/1") {
                *p = serde_json::json!({"len": 1, "bytes": "ffff0f"});
            }
            serde_json::to_string(&value).unwrap()
        })
        .collect();
    std::fs::write(&cache, past.join("\n") + "\n").unwrap();
    merge(dir.path(), input, "datasett", &[]);
    assert!(!inventar(dir.path()).contains(",7777,"));

    // A line that does not read: the whole cache is ignored.
    std::fs::write(&cache, format!("{planted}{{not json\n")).unwrap();
    merge(dir.path(), input, "datasett", &[]);
    assert!(!inventar(dir.path()).contains(",7777,"));
    assert_eq!(
        csvs(&dir.path().join("datasett")),
        csvs(&common::repo("examples/pilot/datasett"))
    );
}

/// The machine id (the part after `sha256:`) an inventory names.
fn host_id(inventory: &Path) -> String {
    let text = std::fs::read_to_string(inventory).unwrap();
    let line = text.lines().find(|l| l.starts_with("  id: ")).unwrap();
    line.trim_start_matches("  id: ")
        .trim_matches('"')
        .trim_start_matches("sha256:")
        .to_string()
}

fn set_written(path: &Path, when: std::time::SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(when)
        .unwrap();
}

#[test]
fn a_file_that_looks_as_it_did_is_not_read_again_and_one_changed_in_place_is() {
    let dir = tempfile::tempdir().unwrap();
    let input = inputs(dir.path());
    // Written an hour ago, well before the merge: their look vouches for
    // their text next time.
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let files: Vec<PathBuf> = walkdir::WalkDir::new(&input)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.is_file())
        .collect();
    for file in &files {
        set_written(file, hour_ago);
    }
    // Setting the time changes the entry (Unix): that change, too, must be
    // older than the merge by the margin of a coarse clock.
    std::thread::sleep(std::time::Duration::from_millis(3100));
    merge(dir.path(), Path::new(INPUT), "datasett", &[]);
    let cache = dir.path().join("datasett/.kartlegg-cache");
    let text = std::fs::read_to_string(&cache).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // The stamp, a line per file, how the files looked, the package list.
    assert_eq!(lines.len(), 3 + files.len());
    let mut looks: serde_json::Value = serde_json::from_str(lines[lines.len() - 2]).unwrap();
    assert_eq!(looks["files"].as_array().unwrap().len(), files.len());

    // Point the first inventory's look at the second inventory's line: a
    // merge that believes the look takes the second machine for the first,
    // without reading the first file.
    let found = inventories(&input);
    let (first, second) = (&found[0], &found[1]);
    let digest_of = |looks: &serde_json::Value, file: &Path| -> String {
        let file = std::fs::canonicalize(file).unwrap();
        looks["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| std::fs::canonicalize(f["path"].as_str().unwrap()).unwrap() == file)
            .map(|f| f["sha256"].as_str().unwrap().to_string())
            .unwrap()
    };
    let second_digest = digest_of(&looks, second);
    let first = std::fs::canonicalize(first).unwrap();
    for f in looks["files"].as_array_mut().unwrap() {
        if std::fs::canonicalize(f["path"].as_str().unwrap()).unwrap() == first {
            f["sha256"] = second_digest.clone().into();
        }
    }
    let mut tampered: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let at = tampered.len() - 2;
    tampered[at] = serde_json::to_string(&looks).unwrap();
    std::fs::write(&cache, tampered.join("\n") + "\n").unwrap();
    let inventar = |dir: &Path| std::fs::read_to_string(dir.join("datasett/inventar.csv")).unwrap();
    merge(dir.path(), Path::new(INPUT), "datasett", &[]);
    assert!(!inventar(dir.path()).contains(&host_id(&first)));

    // Written again now: it no longer looks as it did, and is read.
    set_written(&first, std::time::SystemTime::now());
    merge(dir.path(), Path::new(INPUT), "datasett", &[]);
    assert!(inventar(dir.path()).contains(&host_id(&first)));

    // Changed in place to text of the same size, with its old time of
    // writing put back: the change of its entry tells (Unix).
    #[cfg(unix)]
    {
        let third = &found[2];
        let before = std::fs::read_to_string(third).unwrap();
        let cores = before
            .lines()
            .find(|l| l.trim_start().starts_with("cpu_cores: "))
            .unwrap()
            .to_string();
        // Same length: the last digit of the core count becomes 9.
        let mut edited = cores.clone();
        edited.pop();
        edited.push('9');
        let changed = before.replacen(&cores, &edited, 1);
        assert_eq!(changed.len(), before.len());
        let row = |dir: &Path| {
            inventar(dir)
                .lines()
                .find(|l| l.contains(&host_id(third)))
                .unwrap()
                .to_string()
        };
        let unchanged = row(dir.path());
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(third, &changed).unwrap();
        set_written(third, hour_ago);
        merge(dir.path(), Path::new(INPUT), "datasett", &[]);
        let value = edited.trim().trim_start_matches("cpu_cores: ").to_string();
        let changed_row = row(dir.path());
        assert_ne!(changed_row, unchanged);
        assert!(changed_row.contains(&format!(",{value},")), "{changed_row}");
    }
}
