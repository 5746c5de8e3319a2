//! Runs every command in docs/guide.md, so the guide never drifts from the
//! program. Blocks are fenced as ```` ```sh test ```` (each line must exit
//! with 0), ```` ```sh test exit=N ```` (each line must exit with N), or
//! ```` ```sh test interactive ```` (needs a terminal: with no terminal the
//! line must get as far as asking for one, exit 2). Any other `sh` block
//! fails the test.
//!
//! The commands run in order in one folder holding what the guide assumes
//! the reader has: the example pilot data as `innkommet/`, an answers file
//! `svar.csv`, a copy of a questionnaire, `modenhet.yaml`, and two device
//! exports, `enheter.csv` and `maskiner.csv`.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::root;

struct Block {
    line: usize,
    expect: i32,
    commands: Vec<String>,
}

fn blocks(guide: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for (n, line) in guide.lines().enumerate() {
        if let Some(block) = current.as_mut() {
            if line.starts_with("```") {
                out.extend(current.take());
            } else if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
                block.commands.push(line.to_string());
            }
            continue;
        }
        let Some(info) = line.strip_prefix("```") else {
            continue;
        };
        let words: Vec<&str> = info.split_whitespace().collect();
        if words.first() != Some(&"sh") {
            continue;
        }
        let expect = match words.get(1..).unwrap_or_default() {
            ["test"] => 0,
            ["test", "interactive"] => 2,
            ["test", code] if code.starts_with("exit=") => code[5..].parse().unwrap(),
            _ => panic!(
                "docs/guide.md:{}: a sh block not marked for testing: {line}",
                n + 1
            ),
        };
        current = Some(Block {
            line: n + 1,
            expect,
            commands: Vec::new(),
        });
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn every_command_in_the_guide_runs_as_shown() {
    let root = root();
    let guide = std::fs::read_to_string(root.join("docs/guide.md")).unwrap();
    let blocks = blocks(&guide);
    assert!(blocks.len() >= 8, "only {} tested blocks", blocks.len());

    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &root.join("examples/pilot/innkommet"),
        &dir.path().join("innkommet"),
    );
    std::fs::write(
        dir.path().join("svar.csv"),
        "drift,egen\nstyringssystem,2\nmfa_admin,nei\n",
    )
    .unwrap();
    std::fs::copy(
        root.join("questionnaires/modenhet.yaml"),
        dir.path().join("modenhet.yaml"),
    )
    .unwrap();
    // The device exports of the guide's fleet section.
    for (fixture, name) in [
        ("intune-en.csv", "enheter.csv"),
        ("ad-ps5.csv", "maskiner.csv"),
    ] {
        std::fs::copy(
            root.join("tests/fleet").join(fixture),
            dir.path().join(name),
        )
        .unwrap();
    }
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_kartlegg"));
    let path = std::env::join_paths(std::iter::once(bin.parent().unwrap().to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();

    let mut ran = 0;
    for block in &blocks {
        for command in &block.commands {
            let out = Command::new("sh")
                .arg("-c")
                .arg(command)
                .current_dir(dir.path())
                .env("PATH", &path)
                .env("HOME", dir.path())
                .env("XDG_CONFIG_HOME", dir.path().join(".config"))
                .env_remove("KARTLEGG_LANG")
                .env_remove("KARTLEGG_KOMMUNER")
                .env_remove("KARTLEGG_IDENTITY")
                .stdin(Stdio::null())
                .output()
                .unwrap();
            assert_eq!(
                out.status.code(),
                Some(block.expect),
                "docs/guide.md:{}: `{command}` exited with {:?}, not {}\n{}",
                block.line,
                out.status.code(),
                block.expect,
                String::from_utf8_lossy(&out.stderr)
            );
            if block.expect == 2 {
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(stderr.contains("terminal"), "`{command}`: {stderr}");
            }
            ran += 1;
        }
    }
    assert!(ran >= 12, "ran only {ran} commands");
    // What the guide promises is there.
    for made in [
        "prosjekt-nokkel.txt",
        "datasett/kartlegging.xlsx",
        "rapport.html",
        "nordoy.html",
        "katalog.csv",
        "metode/metode.csv",
        "kartlegg-svar-4627-modenhet.yaml",
    ] {
        assert!(dir.path().join(made).exists(), "{made} was not made");
    }
    let sealed: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".age"))
        .collect();
    assert_eq!(
        sealed.len(),
        3,
        "a survey, an inventory and a fleet file, encrypted"
    );
}

/// The README's first set-up command, without its `cargo install`: it runs
/// the main job on the example pilot and says where the results are.
#[test]
#[cfg(unix)]
fn the_readme_set_up_command_shows_the_main_job() {
    let root = root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let setup = &readme[readme.find("## Set up").unwrap()..];
    let command = setup
        .lines()
        .find(|line| line.starts_with("cargo install"))
        .unwrap();
    let (install, job) = command.split_once(" && ").unwrap();
    assert_eq!(install, "cargo install --locked --path .");
    assert!(job.starts_with("kartlegg merge "), "{job}");

    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(root.join("examples"), dir.path().join("examples")).unwrap();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_kartlegg"));
    let path = std::env::join_paths(std::iter::once(bin.parent().unwrap().to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let out = Command::new("sh")
        .arg("-c")
        .arg(job)
        .current_dir(dir.path())
        .env("PATH", &path)
        .env("HOME", dir.path())
        .env_remove("KARTLEGG_LANG")
        .env_remove("KARTLEGG_KOMMUNER")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    // The example's planted duplicate gives exit code 3, as the README says.
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    for made in [
        "eksempel/datasett/kartlegging.xlsx",
        "eksempel/rapport.html",
    ] {
        assert!(dir.path().join(made).is_file(), "{made} was not written");
        assert!(
            said.contains(made),
            "the output does not name {made}:\n{said}"
        );
    }
}

/// The fenced blocks of a page, in order.
fn fenced(page: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in page.lines() {
        match current.as_mut() {
            Some(block) => {
                block.push_str(line);
                block.push('\n');
                if line.starts_with("```") {
                    out.extend(current.take());
                }
            }
            None if line.starts_with("```") => current = Some(format!("{line}\n")),
            None => {}
        }
    }
    out
}

/// The nynorsk pages show the same commands and examples as the bokmål ones,
/// so that the tested bokmål guide vouches for both.
#[test]
fn the_nynorsk_pages_show_the_same_commands() {
    let root = root();
    for page in ["guide", "metodikk"] {
        let nb = std::fs::read_to_string(root.join(format!("docs/{page}.md"))).unwrap();
        let nn = std::fs::read_to_string(root.join(format!("docs/{page}.nn.md"))).unwrap();
        assert_eq!(fenced(&nn), fenced(&nb), "docs/{page}.nn.md");
        assert!(nb.contains(&format!("[{page}.nn.md]({page}.nn.md)")));
        assert!(nn.contains(&format!("[{page}.md]({page}.md)")));
    }
}
