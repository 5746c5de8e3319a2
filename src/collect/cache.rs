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
//! The file is written into the new dataset folder before it is published,
//! so a killed merge leaves the old dataset with its old cache, or the new
//! with the new. Its first line is the stamp, its second the package list,
//! and then one line per file: a cache with a line that does not read is
//! ignored whole.

use std::collections::HashMap;
use std::io::{BufRead, Write};
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
    /// The stamp of this run, or `None` when the program cannot read itself
    /// (then nothing is cached).
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
    /// What this merge read, in the order read, for the next merge.
    now: Mutex<Vec<(Digest, Loaded)>>,
}

impl Cache {
    /// An empty cache: this merge keeps what it reads.
    pub fn new(stamp: Stamp) -> Cache {
        Cache {
            stamp,
            earlier: Mutex::default(),
            packages: Mutex::default(),
            now: Mutex::default(),
        }
    }

    /// The cache in `dir` when it has this stamp and reads whole; an empty
    /// one otherwise.
    pub fn open(dir: &Path, stamp: Stamp) -> Cache {
        let cache = Cache::new(stamp);
        let Ok(file) = std::fs::File::open(dir.join(FILE)) else {
            return cache;
        };
        let mut lines = std::io::BufReader::new(file).lines();
        let mut next = || lines.next().and_then(Result::ok);
        let stamp: Option<Stamp> = next().and_then(|l| serde_json::from_str(&l).ok());
        if stamp.as_ref() != Some(&cache.stamp) {
            return cache;
        }
        let Some(packages) = next().and_then(|l| serde_json::from_str::<Vec<Package>>(&l).ok())
        else {
            return cache;
        };
        let rest: Vec<String> = std::iter::from_fn(next).collect();
        let read: Option<HashMap<Digest, Loaded>> = rest
            .par_iter()
            .map(|l| {
                serde_json::from_str::<Line>(l)
                    .ok()
                    .map(|l| (l.sha256, l.read))
            })
            .collect();
        let fits = |read: &HashMap<Digest, Loaded>| {
            read.values().all(|l| match l {
                Loaded::Inventory(_, Some(p)) => p.fits(packages.len()),
                _ => true,
            })
        };
        if let Some(read) = read.filter(fits) {
            *cache.earlier.lock().unwrap_or_else(|e| e.into_inner()) = read;
            *cache.packages.lock().unwrap_or_else(|e| e.into_inner()) = packages;
        }
        cache
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

    /// Keeps what reading a file gave, for the next merge.
    pub(super) fn keep(&self, digest: Digest, read: &Loaded) {
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        now.push((digest, read.clone()));
    }

    /// Writes what this merge read, for the next: the stamp, the package
    /// list the machines' indices point into, and a line per file.
    pub fn write(&self, packages: &[Package], out: &mut dyn Write) -> std::io::Result<()> {
        let now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        writeln!(out, "{}", serde_json::to_string(&self.stamp)?)?;
        writeln!(out, "{}", serde_json::to_string(packages)?)?;
        // Each line made in parallel, written a thousand at a time.
        for chunk in now.chunks(1000) {
            let lines: Vec<String> = chunk
                .par_iter()
                .map(|(sha256, read)| {
                    let line = LineRef {
                        sha256: *sha256,
                        read,
                    };
                    serde_json::to_string(&line).unwrap_or_default()
                })
                .collect();
            for line in lines.iter().filter(|l| !l.is_empty()) {
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
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
