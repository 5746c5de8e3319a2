//! What an earlier `merge` read, kept beside its dataset so that the next
//! merge reads only the files that are new or changed. During a mapping,
//! files arrive a few at a time and the dataset is made again and again;
//! reading and checking thousands of unchanged inventories each time is
//! most of the work.
//!
//! Each file is known by the SHA-256 of its text, never by its name or
//! date: a file changed in place is read again, a file renamed or moved is
//! not. The cache is used only by the same build of kartlegg with the same
//! questionnaires (its stamp says which); any other cache is ignored and
//! replaced. It holds what reading gave (the answers, the machine without
//! its software list, the machine's packages as indices into the cache's
//! own package list), not what was decided from it: which files are kept,
//! notes, scores and tables are made afresh every time. Refused files and
//! encrypted ones are not kept: a refusal is said again, in the language of
//! the run, and what was encrypted is not written out in the clear.
//!
//! What is read is written out as it is read, to an unnamed file beside the
//! dataset folder, so that it is not held twice in memory; the cache is
//! made from it in the new dataset folder before that is published, so a
//! killed merge leaves the old dataset with its old cache, or the new with
//! the new. Its first line is the stamp, then one line per file, and last
//! the package list: a cache with a line that does not read is ignored
//! whole.

use std::collections::HashMap;
use std::io::{BufRead, Seek, Write};
use std::path::Path;
use std::sync::Mutex;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::read::Loaded;
use crate::inventory::Package;

/// The cache's name in the dataset folder.
pub const FILE: &str = ".kartlegg-cache";

const FORMAT: &str = "kartlegg-mellomlager/1";

/// The SHA-256 of a file's text.
pub type Digest = [u8; 32];

pub fn digest(text: &str) -> Digest {
    Sha256::digest(text.as_bytes()).into()
}

/// Which build of kartlegg, with which questionnaires, wrote the cache.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    format: String,
    tool: String,
    /// The running program's size and time of writing: every build may
    /// read differently, and each build is a new file.
    build: String,
    /// One hash of every questionnaire version in use.
    questionnaires: String,
}

impl Stamp {
    /// The stamp of this run, or `None` when the program cannot find its
    /// own file and when it was written (then nothing is cached).
    pub fn of(questionnaires: &super::Questionnaires) -> Option<Stamp> {
        let exe = std::fs::metadata(std::env::current_exe().ok()?).ok()?;
        let written = exe.modified().ok()?.duration_since(std::time::UNIX_EPOCH);
        let build = format!("{} {}", exe.len(), written.ok()?.as_nanos());
        Some(Stamp {
            format: FORMAT.into(),
            tool: format!("kartlegg {}", env!("CARGO_PKG_VERSION")),
            build,
            questionnaires: questionnaires.fingerprint(),
        })
    }
}

/// One file as reading gave it.
#[derive(Serialize, Deserialize)]
struct Line {
    #[serde(with = "hex")]
    sha256: Digest,
    read: Loaded,
}

/// The files an earlier merge read, and what this merge reads.
pub struct Cache {
    stamp: Stamp,
    /// By digest; each is taken out when used.
    earlier: Mutex<HashMap<Digest, Loaded>>,
    /// The packages earlier machines refer to, by index: reading starts from
    /// this list, so that their indices stay right.
    packages: Mutex<Vec<Package>>,
    /// What this merge read, a line per file as it was read, for the next
    /// merge; `None` after a write to it failed (then nothing is kept).
    now: Mutex<Option<std::io::BufWriter<std::fs::File>>>,
}

impl Cache {
    /// The cache in the dataset folder `dir` when it has this stamp and
    /// reads whole, or an empty one; `None` when no file can be made beside
    /// the folder to keep what is read (then nothing is cached).
    pub fn open(dir: &Path, stamp: Stamp) -> Option<Cache> {
        let dir = std::path::absolute(dir).ok()?;
        let spill = tempfile::tempfile_in(dir.parent()?).ok()?;
        let cache = Cache {
            stamp,
            earlier: Mutex::default(),
            packages: Mutex::default(),
            now: Mutex::new(Some(std::io::BufWriter::new(spill))),
        };
        if let Some((packages, read)) = cache.earlier_in(&dir) {
            *cache.earlier.lock().unwrap_or_else(|e| e.into_inner()) = read;
            *cache.packages.lock().unwrap_or_else(|e| e.into_inner()) = packages;
        }
        Some(cache)
    }

    /// The package list and files of the cache in `dir`, when it has this
    /// cache's stamp, every line reads and every machine's packages are in
    /// the list.
    fn earlier_in(&self, dir: &Path) -> Option<(Vec<Package>, HashMap<Digest, Loaded>)> {
        let file = std::fs::File::open(dir.join(FILE)).ok()?;
        let mut lines: Vec<String> = std::io::BufReader::new(file)
            .lines()
            .collect::<Result<_, _>>()
            .ok()?;
        let packages: Vec<Package> = serde_json::from_str(&lines.pop()?).ok()?;
        let stamp: Stamp = serde_json::from_str(lines.first()?).ok()?;
        if stamp != self.stamp {
            return None;
        }
        let read: HashMap<Digest, Loaded> = lines[1..]
            .par_iter()
            .map(|l| {
                serde_json::from_str::<Line>(l)
                    .ok()
                    .map(|l| (l.sha256, l.read))
            })
            .collect::<Option<_>>()?;
        let fits = read.values().all(|l| match l {
            Loaded::Inventory(_, Some(p)) => p.fits(packages.len()),
            _ => true,
        });
        fits.then_some((packages, read))
    }

    /// The package list the earlier machines' indices point into; reading
    /// starts from it. Empty after the first call.
    pub(super) fn take_packages(&self) -> Vec<Package> {
        std::mem::take(&mut *self.packages.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// What an earlier merge read from a file with this digest, if it did.
    pub(super) fn earlier(&self, digest: &Digest) -> Option<Loaded> {
        let mut earlier = self.earlier.lock().unwrap_or_else(|e| e.into_inner());
        earlier.remove(digest)
    }

    /// Keeps what reading a file gave, for the next merge: written out at
    /// once, straight to the file (a large survey's line is as large as the
    /// survey), not held.
    pub(super) fn keep(&self, digest: Digest, read: &Loaded) {
        let line = LineRef {
            sha256: digest,
            read,
        };
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        let Some(out) = now.as_mut() else { return };
        let written = serde_json::to_writer(&mut *out, &line)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out));
        // A line cut short would spoil the cache: keep none.
        if written.is_err() {
            *now = None;
        }
    }

    /// Writes the cache for the next merge: the stamp, a line per file this
    /// merge read, and the package list the machines' indices point into.
    /// Nothing when keeping what was read failed on the way.
    pub fn write(&self, packages: &[Package], out: &mut dyn Write) -> std::io::Result<()> {
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        let Some(spill) = now.take() else {
            return Ok(());
        };
        let mut spill = spill.into_inner().map_err(|e| e.into_error())?;
        spill.rewind()?;
        serde_json::to_writer(&mut *out, &self.stamp)?;
        writeln!(out)?;
        std::io::copy(&mut spill, out)?;
        serde_json::to_writer(&mut *out, packages)?;
        writeln!(out)
    }
}

/// A line as it is written, borrowing what was read.
#[derive(Serialize)]
struct LineRef<'a> {
    #[serde(with = "hex")]
    sha256: Digest,
    read: &'a Loaded,
}

/// Bytes as hexadecimal text: digests, and machines' package indices.
pub(super) mod hex {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(bytes: impl AsRef<[u8]>, s: S) -> Result<S::Ok, S::Error> {
        let mut text = String::with_capacity(bytes.as_ref().len() * 2);
        for b in bytes.as_ref() {
            text.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            text.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
        }
        s.serialize_str(&text)
    }

    pub fn deserialize<'de, D, T>(d: D) -> Result<T, D::Error>
    where
        D: Deserializer<'de>,
        T: TryFrom<Vec<u8>>,
    {
        let text = <&str>::deserialize(d)?;
        let digit = |c: u8| char::from(c).to_digit(16).map(|d| d as u8);
        let bytes: Option<Vec<u8>> = text
            .as_bytes()
            .chunks(2)
            .map(|pair| match pair {
                [hi, lo] => Some(digit(*hi)? << 4 | digit(*lo)?),
                _ => None,
            })
            .collect();
        let bytes = bytes.ok_or_else(|| D::Error::custom("not hexadecimal"))?;
        T::try_from(bytes).map_err(|_| D::Error::custom("wrong length"))
    }
}
