//! `kartlegg keygen`: an age key pair for the project team. The public key
//! goes to the sites (`--encrypt-to`); the secret file stays with the team
//! (`--identity`) and is written readable by its owner only.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::Config;
use crate::crypt;
use crate::fsutil;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The secret key file to write
    #[arg(
        short,
        long,
        value_name = "FILE",
        default_value = "kartlegg-nokkel.txt"
    )]
    pub output: PathBuf,

    /// Replace an existing key file (files encrypted to the old key can then no longer be read)
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    fsutil::refuse_overwrite(&args.output, args.force)?;
    let (secret, public) = crypt::generate();
    fsutil::write_atomic(&args.output, secret.as_bytes())?;
    writeln!(std::io::stdout(), "{public}")?;
    if !config.quiet {
        let file = args.output.display();
        writeln!(
            std::io::stderr(),
            "{}",
            tr!(
                "keygen-the-secret-key-is-in-readable",
                file = file,
                public = public
            )
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
