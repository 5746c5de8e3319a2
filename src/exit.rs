//! Exit codes, and how an error becomes one line on stderr and a code.
//!
//! 0 ok · 1 runtime error · 2 usage error (from clap) · 3 input rejected ·
//! 130 interrupted (after saving).

use std::io::{self, Write};
use std::process::ExitCode;

use crate::diagnostic::Rejected;
use crate::tr;
use crate::ui::{self, ColorChoice};

pub const OK: u8 = 0;
pub const FAILURE: u8 = 1;
pub const USAGE: u8 = 2;
pub const REJECTED: u8 = 3;
pub const INTERRUPTED: u8 = 130;

/// True when the error comes from writing to a pipe whose reader has gone
/// (`kartlegg … | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// A command line that cannot work as given (exit code 2, like clap's own
/// usage errors), for what clap cannot see, such as a missing terminal.
#[derive(Debug)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// The exit code an error stands for.
pub fn code_for(err: &anyhow::Error) -> u8 {
    if err.chain().any(|cause| cause.is::<Usage>()) {
        USAGE
    } else if err.chain().any(|cause| cause.is::<Rejected>()) {
        REJECTED
    } else {
        FAILURE
    }
}

/// Prints the error as one line, `kartlegg: error: …` with its causes, and
/// returns the exit code. A broken pipe ends quietly with success.
pub fn report(err: &anyhow::Error, color: ColorChoice) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    let label = ui::paint(&tr!("questionnaire-error"), ui::ERROR, color.stderr());
    let message = crate::diagnostic::chain_text(err).replace('\n', " ");
    let _ = writeln!(io::stderr(), "kartlegg: {label}: {message}");
    ExitCode::from(code_for(err))
}

/// Replaces Rust's panic message (and backtrace hint) with one line that
/// says this is a bug, so a user never meets a stack trace.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let _ = writeln!(
            io::stderr(),
            "{}",
            tr!(
                "exit-kartlegg-internal-error-this-is-a",
                place = place,
                what = what
            )
        );
    }));
}
