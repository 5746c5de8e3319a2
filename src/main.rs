//! The `kartlegg` binary: parse the command line, run, turn the outcome into
//! an exit code. Everything else lives in the library.

use std::process::ExitCode;

use kartlegg::{cli::Cli, cmd, config::Config, exit};

fn main() -> ExitCode {
    exit::install_panic_hook();
    let cli = Cli::parse_with_versions();
    let config = Config::new(&cli.global);
    match cmd::run(cli.command, &config) {
        Ok(code) => code,
        Err(err) => exit::report(&err, config.color),
    }
}
