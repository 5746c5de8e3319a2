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

/// What a finished run used: its exit code, what it wrote, its CPU time
/// (user and system) and its own peak resident size in MB. CPU time, unlike
/// the time on the clock, hardly grows when the machine is busy with other
/// work, so a limit on it catches a run that blows up without failing
/// whenever the tests share the machine.
pub struct Measured {
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub cpu: std::time::Duration,
    pub peak_mb: i64,
}

/// Runs `cmd` to the end and measures it (see [`Measured`]).
#[cfg(unix)]
// wait4 below reaps the child; `Child::wait` would not give its usage.
#[allow(clippy::zombie_processes)]
pub fn run_measured(mut cmd: std::process::Command) -> Measured {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        out.read_to_end(&mut bytes).unwrap();
        bytes
    });
    let mut stderr = Vec::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_end(&mut stderr)
        .unwrap();
    let stdout = reader.join().unwrap();
    let mut status = 0;
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: wait4 waits for this child and fills the struct it is given.
    let usage = unsafe {
        libc::wait4(child.id() as i32, &mut status, 0, usage.as_mut_ptr());
        usage.assume_init()
    };
    let time = |t: libc::timeval| {
        std::time::Duration::from_secs(t.tv_sec as u64)
            + std::time::Duration::from_micros(t.tv_usec as u64)
    };
    Measured {
        code: std::process::ExitStatus::from_raw(status).code(),
        stdout,
        stderr,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        peak_mb: usage.ru_maxrss / 1024,
    }
}

/// Runs `cmd` to the end; without wait4, the time on the clock stands in
/// for CPU time and the peak size is unknown (0).
#[cfg(not(unix))]
pub fn run_measured(mut cmd: std::process::Command) -> Measured {
    let started = std::time::Instant::now();
    let out = cmd.stdin(std::process::Stdio::null()).output().unwrap();
    Measured {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: out.stderr,
        cpu: started.elapsed(),
        peak_mb: 0,
    }
}
