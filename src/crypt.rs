//! Confidential result files: survey and inventory results describe
//! weaknesses and travel by e-mail, so they can be encrypted with age to the
//! project team's public key (`--encrypt-to`) and read back only with its
//! secret key (`--identity`). Nothing else in kartlegg knows about age.

use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use age::x25519::{Identity, Recipient};

use crate::tr;

/// The ending of encrypted files.
pub const EXTENSION: &str = "age";

/// The length of an age public key: `age1` and 58 more characters.
const PUBLIC_KEY_CHARS: usize = 62;

/// Whether a path names an encrypted file (`*.age`).
pub fn is_encrypted(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}

/// `file.yaml` → `file.yaml.age`; unchanged if it already ends in `.age`.
pub fn encrypted_name(path: &Path) -> PathBuf {
    if is_encrypted(path) {
        return path.to_path_buf();
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".age");
    PathBuf::from(name)
}

/// The public keys to encrypt to. Each argument is an age public key
/// (`age1…`) or a file with one key per line (`#` starts a comment).
pub fn recipients(args: &[String]) -> anyhow::Result<Vec<Recipient>> {
    let mut out = Vec::new();
    for arg in args {
        if arg.starts_with("age1") {
            out.push(parse_recipient(arg, None)?);
            continue;
        }
        let path = Path::new(arg);
        let text = crate::source::read_to_string(path).map_err(|e| {
            let e = crate::diagnostic::chain_text(&e);
            anyhow::anyhow!(tr!(
                "crypt-is-neither-an-age-public-key",
                arg = arg,
                e = format!("{:#}", e)
            ))
        })?;
        let before = out.len();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            out.push(parse_recipient(line, Some((path, n + 1)))?);
        }
        if out.len() == before {
            anyhow::bail!(tr!("crypt-holds-no-age-public-keys", arg = arg));
        }
    }
    Ok(out)
}

fn parse_recipient(text: &str, at: Option<(&Path, usize)>) -> anyhow::Result<Recipient> {
    Recipient::from_str(text).map_err(|_| {
        let place = at.map_or(String::new(), |(p, n)| format!("{}:{n}: ", p.display()));
        // A secret key given by mistake is never echoed, not even in part.
        if text.to_ascii_uppercase().starts_with("AGE-SECRET-KEY-") {
            return anyhow::anyhow!(tr!("crypt-this-is-a-secret-key-not", place = place));
        }
        let shown = crate::diagnostic::excerpt(text, 20);
        let length = text.chars().count();
        let why = if !text.starts_with("age1") {
            tr!("crypt-it-does-not-start-with-age1")
        } else if length != PUBLIC_KEY_CHARS {
            tr!(
                "crypt-it-has-characters-but-an-age",
                length = length,
                PUBLIC_KEY_CHARS = PUBLIC_KEY_CHARS
            )
        } else {
            tr!("crypt-it-holds-a-character-that-cannot")
        };
        anyhow::anyhow!(tr!(
            "crypt-is-not-a-valid-age-public",
            place = place,
            shown = shown,
            why = why,
            PUBLIC_KEY_CHARS = PUBLIC_KEY_CHARS
        ))
    })
}

/// The secret keys in an identity file (as `kartlegg keygen` or `age-keygen` write it).
pub fn identities(path: &Path) -> anyhow::Result<Vec<Identity>> {
    let text = crate::source::read_to_string(path).map_err(|e| {
        let e = crate::diagnostic::chain_text(&e);
        anyhow::anyhow!(tr!(
            "crypt-cannot-read-the-key-file",
            path = path.display(),
            e = format!("{:#}", e)
        ))
    })?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // Never echo a line of a secret key file.
        let key = Identity::from_str(line).map_err(|_| {
            anyhow::anyhow!(tr!(
                "crypt-not-an-age-secret-key-age",
                path = path.display(),
                value = n + 1
            ))
        })?;
        out.push(key);
    }
    if out.is_empty() {
        anyhow::bail!(tr!("crypt-holds-no-age-secret-keys", path = path.display()));
    }
    Ok(out)
}

/// Encrypts `plain` to every recipient.
pub fn seal(plain: &[u8], recipients: &[Recipient]) -> anyhow::Result<Vec<u8>> {
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))?;
    let mut out = Vec::with_capacity(plain.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out)?;
    writer.write_all(plain)?;
    writer.finish()?;
    Ok(out)
}

/// Why an encrypted file could not be opened.
#[derive(Debug)]
pub enum OpenError {
    /// No `--identity` was given.
    NoIdentity,
    /// None of the identities fits, or the file is damaged.
    Failed(String),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::NoIdentity => f.write_str(&tr!("crypt-the-file-is-encrypted-give-the")),
            OpenError::Failed(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for OpenError {}

/// Decrypts an age file, binary or ASCII-armored (`age -a`), with any of
/// the identities.
pub fn open(sealed: &[u8], identities: &[Identity]) -> Result<Vec<u8>, OpenError> {
    if identities.is_empty() {
        return Err(OpenError::NoIdentity);
    }
    let not_age = || failed(tr!("crypt-not-an-age-encrypted-file-or"));
    let start = sealed.trim_ascii_start();
    if !(start.starts_with(b"age-encryption.org/") || start.starts_with(b"-----BEGIN AGE")) {
        return Err(not_age());
    }
    let decryptor =
        age::Decryptor::new(age::armor::ArmoredReader::new(sealed)).map_err(|e| match e {
            age::DecryptError::Io(io) if io.kind() == ErrorKind::UnexpectedEof => cut_off(),
            _ => not_age(),
        })?;
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => failed(tr!("crypt-wrong-key-none-of-the-secret")),
            _ => damaged(),
        })?;
    let mut out = Vec::new();
    reader.read_to_end(&mut out).map_err(|e| match e.kind() {
        ErrorKind::UnexpectedEof => cut_off(),
        _ => damaged(),
    })?;
    Ok(out)
}

fn failed(why: String) -> OpenError {
    OpenError::Failed(tr!("crypt-cannot-be-decrypted", why = why))
}

fn cut_off() -> OpenError {
    failed(tr!("crypt-the-file-is-cut-off-it"))
}

fn damaged() -> OpenError {
    failed(tr!("crypt-the-file-is-damaged-or-cut"))
}

/// A new key pair: the secret file's text (with the public key in a
/// comment, as age-keygen writes it) and the public key.
pub fn generate() -> (String, String) {
    let identity = Identity::generate();
    let public = identity.to_public().to_string();
    let created = crate::time::now();
    let secret = format!(
        "# created: {created}\n# public key: {public}\n{}\n",
        identity.to_string().expose_secret()
    );
    (secret, public)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_text_opens_only_with_the_right_key() {
        let (secret, public) = generate();
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("key.txt");
        std::fs::write(&key, &secret).unwrap();
        let ids = identities(&key).unwrap();
        let sealed = seal(b"svar: hemmelig", &recipients(&[public]).unwrap()).unwrap();
        assert!(!sealed.windows(8).any(|w| w == b"hemmelig"));
        assert_eq!(open(&sealed, &ids).unwrap(), b"svar: hemmelig");

        let (other, _) = generate();
        std::fs::write(&key, other).unwrap();
        assert!(matches!(
            open(&sealed, &identities(&key).unwrap()),
            Err(OpenError::Failed(_))
        ));
        assert!(matches!(open(&sealed, &[]), Err(OpenError::NoIdentity)));
        assert!(matches!(open(b"not age", &ids), Err(OpenError::Failed(_))));
    }

    #[test]
    fn keys_come_from_arguments_or_files_and_bad_ones_are_named() {
        let (_, a) = generate();
        let (_, b) = generate();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("team.txt");
        std::fs::write(&file, format!("# prosjektet\n{b}\n\n")).unwrap();
        let keys = recipients(&[a, file.display().to_string()]).unwrap();
        assert_eq!(keys.len(), 2);
        std::fs::write(&file, "age1notakey\n").unwrap();
        let err = recipients(&[file.display().to_string()]).unwrap_err();
        assert!(err.to_string().contains("team.txt:1:"), "{err}");
        // A secret key file given by mistake: refused without showing the key.
        let (secret, _) = generate();
        std::fs::write(&file, &secret).unwrap();
        let err = recipients(&[file.display().to_string()])
            .unwrap_err()
            .to_string();
        let key = secret.lines().last().unwrap();
        assert!(err.contains("team.txt:3:"), "{err}");
        assert!(
            !err.contains(&key[..20]) && !err.contains(&key[15..30]),
            "{err}"
        );
        assert_eq!(encrypted_name(Path::new("a.yaml")), Path::new("a.yaml.age"));
        assert!(is_encrypted(Path::new("x/a.yaml.AGE")));
    }
}
