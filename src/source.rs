//! Reads an input file as text, refusing what no reader should try to parse.
//!
//! Files arrive by e-mail and shared folders, so they may be empty, binary,
//! saved as UTF-16 or Latin-1, or enormous. Each such case becomes one clear
//! [`Rejected`] problem before any parser sees the bytes; only a file that
//! cannot be opened at all is an I/O error. Every reader of a user's file
//! opens it through [`open_regular`], so a FIFO, socket, device or folder
//! is refused at once, by kind, instead of hanging the reader.

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

use anyhow::Context;

use crate::diagnostic::{Diagnostic, Mark, Rejected};
use crate::tr;

/// Reads `path` as UTF-8 text of at most `limit` bytes (a UTF-8 byte-order
/// mark is dropped). Problems with the content are [`Rejected`]; problems
/// opening or reading the file are plain I/O errors.
pub fn read_text(path: &Path, limit: u64) -> anyhow::Result<String> {
    read_result(path, limit, &[])
}

/// As [`read_text`], decrypting `*.age` files with the identities given
/// (a refusal when there are none, or none fits).
pub fn read_result(
    path: &Path,
    limit: u64,
    identities: &[age::x25519::Identity],
) -> anyhow::Result<String> {
    let file = open_regular(path)?;
    // Read one byte past the limit so an oversized file (or a device that never
    // ends) is recognised without reading all of it. Encryption adds a header
    // and 16 bytes per 64 KiB; ASCII armor (`age -a`) a third and line breaks.
    // The decrypted text is held to `limit` again.
    let limit_read = if crate::crypt::is_encrypted(path) {
        limit + limit / 2 + 4096
    } else {
        limit
    };
    // Room for the file as it is now, so that the buffer, which becomes the
    // text, neither grows by copying nor keeps unused room.
    let size = file.metadata().map_or(0, |m| m.len()).min(limit_read + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or_default());
    file.take(limit_read + 1)
        .read_to_end(&mut bytes)
        .with_context(|| tr!("publish-cannot-read", path = path.display()))?;
    let reject = |problem: Diagnostic| -> anyhow::Error {
        Rejected {
            path: path.to_path_buf(),
            problems: vec![problem],
        }
        .into()
    };
    if crate::crypt::is_encrypted(path) {
        if bytes.len() as u64 > limit_read {
            return Err(reject(too_large(limit)));
        }
        bytes = crate::crypt::open(&bytes, identities).map_err(|e| {
            let code = match e {
                crate::crypt::OpenError::NoIdentity => "encrypted",
                crate::crypt::OpenError::Failed(_) => "undecryptable",
            };
            reject(Diagnostic::whole_file(code, e.to_string()))
        })?;
    }
    // The text is the bytes read, not a copy of them: a large file is held
    // once, and the allocator is not taught by a large block freed that
    // large blocks come and go (it would then grow the answers read from
    // the file by copying them, and keep the copies' room).
    let start = bytes.len() - checked(&bytes, limit).map_err(reject)?.len();
    bytes.drain(..start);
    String::from_utf8(bytes).map_err(|_| {
        reject(Diagnostic::whole_file(
            "not-utf8",
            tr!("source-the-text-is-not-utf-8"),
        ))
    })
}

/// What `meta` describes when it is not a regular file, in words.
fn kind_of(meta: &Metadata) -> Option<String> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some(tr!("source-a-folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(tr!("source-a-fifo-named-pipe"));
        }
        if t.is_socket() {
            return Some(tr!("source-a-socket"));
        }
        if t.is_block_device() || t.is_char_device() {
            return Some(tr!("source-a-device"));
        }
    }
    Some(tr!("read-not-a-regular-file"))
}

/// The problem with `meta` when a file is needed: it names the kind found.
pub fn not_a_file(meta: &Metadata) -> Option<Diagnostic> {
    let kind = kind_of(meta)?;
    Some(Diagnostic::whole_file(
        "not-a-file",
        tr!("source-is-not-a-regular-file-give", kind = kind),
    ))
}

/// The problem with `path` when a file is needed, if it exists and is not
/// a regular file (symbolic links are followed).
pub fn not_a_file_at(path: &Path) -> Option<Diagnostic> {
    std::fs::metadata(path).ok().and_then(|m| not_a_file(&m))
}

/// Opens `path` for reading when it is a regular file (after following
/// symbolic links). A FIFO, socket, device or folder is [`Rejected`] at
/// once, naming its kind, so no reader waits forever on it.
pub fn open_regular(path: &Path) -> anyhow::Result<File> {
    let rejected = |problem: Diagnostic| -> anyhow::Error {
        Rejected {
            path: path.to_path_buf(),
            problems: vec![problem],
        }
        .into()
    };
    let cannot_open = || tr!("source-cannot-open", path = path.display());
    let meta = std::fs::metadata(path).with_context(cannot_open)?;
    if let Some(problem) = not_a_file(&meta) {
        return Err(rejected(problem));
    }
    let file = File::open(path).with_context(cannot_open)?;
    // The path may have been replaced between the two looks.
    if let Some(problem) = file.metadata().ok().and_then(|m| not_a_file(&m)) {
        return Err(rejected(problem));
    }
    Ok(file)
}

/// The whole of a regular file as UTF-8 text, without the content checks
/// of [`read_text`] (for small files kartlegg itself writes or a person
/// names: keys, salts, CSV files of a dataset).
pub fn read_to_string(path: &Path) -> anyhow::Result<String> {
    let mut text = String::new();
    open_regular(path)?
        .read_to_string(&mut text)
        .with_context(|| tr!("publish-cannot-read", path = path.display()))?;
    Ok(text)
}

fn too_large(limit: u64) -> Diagnostic {
    let mib = limit / (1024 * 1024);
    Diagnostic::whole_file(
        "too-large",
        tr!("source-the-file-is-larger-than-mib", mib = mib),
    )
}

/// Checks raw bytes and returns them as text (without a byte-order mark),
/// or the one problem that stops it.
fn checked(bytes: &[u8], limit: u64) -> Result<&str, Diagnostic> {
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Diagnostic::whole_file(
            "utf16",
            tr!("source-the-file-is-saved-as-utf"),
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        let before = &bytes[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        return Err(Diagnostic::at(
            Mark::new(line, col),
            "binary",
            tr!("source-the-file-is-not-a-text", offset = offset),
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            // The prefix is valid UTF-8, so this cannot fail; fall back to 1:1.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let line = prefix.matches('\n').count() + 1;
            let col = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return Err(Diagnostic::at(
                Mark::new(line, col),
                "not-utf8",
                tr!("source-the-text-is-not-utf-8"),
            ));
        }
    };
    if text.trim().is_empty() {
        return Err(Diagnostic::whole_file(
            "empty",
            tr!("source-the-file-is-empty"),
        ));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_each_kind_of_unreadable_content() {
        let code = |bytes: &[u8]| checked(bytes, 100).unwrap_err().code;
        assert_eq!(code(b""), "empty");
        assert_eq!(code(b"  \n\t\n"), "empty");
        assert_eq!(code(&[0xFF, 0xFE, b'a', 0]), "utf16");
        assert_eq!(code(b"id: x\0y"), "binary");
        assert_eq!(code(&[b'x'; 101]), "too-large");
    }

    #[test]
    fn points_at_the_first_byte_that_is_not_utf8() {
        let err = checked(b"id: a\nnavn: \xF8ygarden\n", 100).unwrap_err();
        assert_eq!(err.code, "not-utf8");
        assert_eq!(err.mark, Some(Mark::new(2, 7)));
    }

    #[test]
    fn drops_a_utf8_byte_order_mark() {
        assert_eq!(checked(b"\xEF\xBB\xBFid: a", 100).unwrap(), "id: a");
    }
}
