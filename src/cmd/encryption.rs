//! `--encrypt-to`, shared by the commands that write result files (`survey`,
//! `inventory`), and the one place that decides what such a file holds;
//! `--identity`, shared by the commands that read them back.

use std::path::{Path, PathBuf};

use crate::crypt;

#[derive(Debug, Default, clap::Args)]
pub struct EncryptArgs {
    /// Encrypt the result file (to FILE.age) for this age public key, or for every key in a file; repeatable
    #[arg(long = "encrypt-to", value_name = "KEY|FILE")]
    pub recipients: Vec<String>,
}

#[derive(Debug, Default, clap::Args)]
pub struct IdentityArgs {
    /// Secret key file (from `kartlegg keygen`) to read encrypted .age result files
    #[arg(
        long = "identity",
        value_name = "FILE",
        env = "KARTLEGG_IDENTITY",
        hide_env_values = true
    )]
    pub file: Option<PathBuf>,
}

impl IdentityArgs {
    /// The secret keys given, or none.
    pub fn identities(&self) -> anyhow::Result<Vec<age::x25519::Identity>> {
        match &self.file {
            Some(path) => crypt::identities(path),
            None => Ok(Vec::new()),
        }
    }
}

/// How a result file is written: as plain text, or encrypted to the keys given.
pub struct Sealing {
    recipients: Vec<age::x25519::Recipient>,
}

impl EncryptArgs {
    pub fn sealing(&self) -> anyhow::Result<Sealing> {
        Ok(Sealing {
            recipients: crypt::recipients(&self.recipients)?,
        })
    }
}

impl Sealing {
    pub fn is_on(&self) -> bool {
        !self.recipients.is_empty()
    }

    /// The file name to write: with `.age` added when encrypting.
    pub fn path(&self, path: &Path) -> PathBuf {
        if self.is_on() {
            crypt::encrypted_name(path)
        } else {
            path.to_path_buf()
        }
    }

    /// The bytes to write for `text`.
    pub fn bytes(&self, text: &str) -> anyhow::Result<Vec<u8>> {
        if self.is_on() {
            crypt::seal(text.as_bytes(), &self.recipients)
        } else {
            Ok(text.as_bytes().to_vec())
        }
    }
}
