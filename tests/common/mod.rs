//! Helpers shared by the integration tests: running the real binary in a
//! clean environment, finding the project's own files, and reading back what
//! the binary wrote.

#![allow(dead_code)]

#[cfg(unix)]
pub mod pty;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use kartlegg::survey::result::{self, SurveyResult};

/// The project folder (where Cargo.toml is); tests run here unless they say otherwise.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file or folder of the project, such as `examples/pilot/innkommet`.
pub fn repo(relative: &str) -> PathBuf {
    root().join(relative)
}

/// A file in `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    repo("tests/fixtures").join(name)
}

/// `kartlegg` run in `dir`, untouched by the caller's language, register and
/// colour settings.
pub fn kartlegg(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("kartlegg").unwrap();
    cmd.current_dir(dir)
        .env_remove("KARTLEGG_LANG")
        .env_remove("KARTLEGG_KOMMUNER")
        .env("NO_COLOR", "1");
    cmd
}

/// `kartlegg` run in `dir` and speaking English, for tests that read its texts.
pub fn kartlegg_en(dir: &Path) -> Command {
    let mut cmd = kartlegg(dir);
    cmd.env("KARTLEGG_LANG", "en");
    cmd
}

/// `kartlegg` as a plain process in the same clean environment, for tests
/// that need the child itself: to kill it, close its pipes or give it a
/// pseudo-terminal.
pub fn kartlegg_process(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kartlegg"));
    cmd.current_dir(dir)
        .env_remove("KARTLEGG_LANG")
        .env_remove("KARTLEGG_KOMMUNER")
        .env("NO_COLOR", "1");
    cmd
}

/// Whether a program can be run from PATH (for tests that use an optional tool).
pub fn have(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok()
}

/// Every row of a CSV file, the header row included.
pub fn read_csv(path: &Path) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap()
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// A survey result file, read back.
pub fn read_result(path: &Path) -> SurveyResult {
    result::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}
