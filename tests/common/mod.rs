//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;

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

/// Whether a program can be run from PATH (for tests that use an optional tool).
pub fn have(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok()
}
