//! What an earlier `merge` read, kept beside its dataset so that the next
//! merge reads only the files that are new or changed. During a mapping,
//! files arrive a few at a time and the dataset is made again and again;
//! reading and checking thousands of unchanged inventories each time is
//! most of the work.
//!
//! Each file is known by the SHA-256 of its text, never by its name: a file
//! changed in place is read again, a file renamed or moved is not. So that
//! unchanged files need not even be read to be hashed, the cache also notes
//! how each file looked on disk (its size, when it was written, and where
//! the system tells, when its entry changed and which file it is). A file
//! that looks exactly as it did, and was written well before the earlier
//! merge began, is taken to hold the text it held then; any other is read
//! and hashed. The cache is used only by the same build of kartlegg with the
//! same questionnaires (its stamp says which); any other cache is ignored
//! and replaced. It holds what reading gave (the answers, the machine
//! without its software list, the machine's packages as indices into the
//! cache's own package list), not what was decided from it: which files are
//! kept, notes, scores and tables are made afresh every time. Refused files
//! and encrypted ones are not kept: a refusal is said again, in the language
//! of the run, and what was encrypted is not written out in the clear.
//!
//! What is read is written out as it is read, to an unnamed file beside the
//! dataset folder, so that it is not held twice in memory; a file taken from
//! the cache is written out as the very line it came from. The cache is made
//! from that file in the new dataset folder before that is published, so a
//! killed merge leaves the old dataset with its old cache, or the new with
//! the new. Its first line is the stamp, then one line per file, then how
//! the files looked, and last the package list. A cache whose stamp, looks
//! or package list cannot be read, or one of whose lines has no digest, is
//! ignored whole; a file whose line cannot be read or does not fit is read
//! again.

use std::collections::HashMap;
use std::io::{Seek, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::read::Loaded;
use crate::inventory::Package;

/// The cache's name in the dataset folder.
pub const FILE: &str = ".kartlegg-cache";

const FORMAT: &str = "kartlegg-mellomlager/2";

/// How long before a merge began a file must have been written for its look
/// on disk to vouch for its text: a file written in the same tick of the
/// clock as it was read may change again without its time changing (FAT
/// keeps times to 2 seconds).
const SETTLED: Duration = Duration::from_secs(3);

/// The lines kept while reading go out to disk, and come back, a megabyte
/// at a time.
const SPILL_BUFFER: usize = 1 << 20;

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
        let written = exe.modified().ok()?.duration_since(UNIX_EPOCH);
        let build = format!("{} {}", exe.len(), written.ok()?.as_nanos());
        Some(Stamp {
            format: FORMAT.into(),
            tool: format!("kartlegg {}", env!("CARGO_PKG_VERSION")),
            build,
            questionnaires: questionnaires.fingerprint(),
        })
    }
}

/// How a file looked on disk: if it looks the same later, and was written
/// well before it was read, it holds the same text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    len: u64,
    /// When the text was last written, in nanoseconds since 1970.
    modified: i64,
    /// When the file's entry last changed (Unix: any write, rename, change
    /// of owner or permissions, or of the time of writing); when it was
    /// made on Windows.
    changed: i64,
    /// Which file it is (Unix: the inode); 0 where the system does not say.
    file: u64,
}

impl Seen {
    /// How the file at `path` looks now; `None` when it cannot be looked
    /// at or is not a regular file (then it is read, and says why).
    pub fn of(path: &Path) -> Option<Seen> {
        let meta = std::fs::metadata(path).ok()?;
        if !meta.is_file() {
            return None;
        }
        let modified = nanos(meta.modified().ok()?)?;
        #[cfg(unix)]
        let (changed, file) = {
            use std::os::unix::fs::MetadataExt;
            let changed = meta
                .ctime()
                .saturating_mul(1_000_000_000)
                .saturating_add(meta.ctime_nsec());
            (changed, meta.ino())
        };
        #[cfg(windows)]
        let (changed, file) = {
            use std::os::windows::fs::MetadataExt;
            (meta.creation_time() as i64, 0)
        };
        #[cfg(not(any(unix, windows)))]
        let (changed, file) = (0, 0);
        Some(Seen {
            len: meta.len(),
            modified,
            changed,
            file,
        })
    }
}

/// Where a file was, how it looked and the digest of its text.
#[derive(Serialize, Deserialize)]
struct Place {
    path: String,
    seen: Seen,
    #[serde(with = "hex")]
    sha256: Digest,
}

/// How every file looked when a merge began reading.
#[derive(Serialize, Deserialize)]
struct Looks {
    /// When the merge began, in nanoseconds since 1970.
    read_at: i64,
    files: Vec<Place>,
}

/// One file as reading gave it.
#[derive(Serialize, Deserialize)]
struct Line {
    #[serde(with = "hex")]
    sha256: Digest,
    read: Loaded,
}

/// Only the digest of a line: the rest is checked to be JSON and skipped.
#[derive(Deserialize)]
struct LineDigest {
    #[serde(with = "hex")]
    sha256: Digest,
}

impl LineDigest {
    /// The digest a line is kept under. A line as this cache writes it
    /// begins with its digest, which is taken from there without reading
    /// the rest (that waits until the file is asked for); any other line is
    /// read whole.
    fn of(line: &str) -> Option<Digest> {
        const START: &str = "{\"sha256\":\"";
        let digest = line
            .strip_prefix(START)
            .and_then(|rest| rest.get(..64).filter(|_| rest[64..].starts_with("\",")))
            .and_then(|text| hex::decode(text.as_bytes()));
        match digest {
            Some(digest) => Some(digest),
            None => Some(serde_json::from_str::<LineDigest>(line).ok()?.sha256),
        }
    }
}

/// The files an earlier merge read, and what this merge reads.
pub struct Cache {
    stamp: Stamp,
    /// When this merge began, in nanoseconds since 1970.
    read_at: i64,
    /// The earlier cache's text, read whole: its lines are read where
    /// they are, none copied out.
    text: String,
    /// Where each earlier line is in `text`, by digest; each is taken out
    /// when used.
    earlier: Mutex<HashMap<Digest, Range<usize>>>,
    /// How each file looked when the earlier merge read it, by absolute
    /// path, for the files whose look vouches for their text.
    looked: HashMap<PathBuf, (Seen, Digest)>,
    /// The packages earlier machines refer to, by index: reading starts from
    /// this list, so that their indices stay right.
    packages: Mutex<Vec<Package>>,
    /// How long that list is: a machine pointing past it is read again.
    known_packages: usize,
    /// What this merge read, a line per file as it was read, for the next
    /// merge; `None` after a write to it failed (then nothing is kept).
    now: Mutex<Option<std::io::BufWriter<std::fs::File>>>,
    /// How the files this merge read looked.
    looks: Mutex<Vec<Place>>,
    /// The folder relative paths start from, asked for once, not for each
    /// file.
    cwd: PathBuf,
}

impl Cache {
    /// The cache in the dataset folder `dir` when it has this stamp and
    /// every line has a digest, or an empty one; `None` when no file can be
    /// made beside the folder to keep what is read (then nothing is cached).
    pub fn open(dir: &Path, stamp: Stamp) -> Option<Cache> {
        let read_at = nanos(SystemTime::now())?;
        let cwd = std::env::current_dir().ok()?;
        let dir = std::path::absolute(cwd.join(dir)).ok()?;
        // Beside the folder, or beside the nearest folder above it that
        // exists: merge makes the rest.
        let beside = dir.ancestors().skip(1).find(|a| a.is_dir())?;
        let spill = tempfile::tempfile_in(beside).ok()?;
        let mut cache = Cache {
            stamp,
            read_at,
            text: String::new(),
            earlier: Mutex::default(),
            looked: HashMap::new(),
            packages: Mutex::default(),
            known_packages: 0,
            now: Mutex::new(Some(std::io::BufWriter::with_capacity(SPILL_BUFFER, spill))),
            looks: Mutex::default(),
            cwd,
        };
        if let Some((text, packages, lines, looks)) = cache.earlier_in(&dir) {
            let settled = looks.read_at - i64::try_from(SETTLED.as_nanos()).unwrap_or(i64::MAX);
            cache.looked = looks
                .files
                .into_iter()
                .filter(|p| p.seen.modified < settled && p.seen.changed < settled)
                .map(|p| (PathBuf::from(p.path), (p.seen, p.sha256)))
                .collect();
            cache.known_packages = packages.len();
            cache.text = text;
            *cache.earlier.get_mut().unwrap_or_else(|e| e.into_inner()) = lines;
            *cache.packages.get_mut().unwrap_or_else(|e| e.into_inner()) = packages;
        }
        Some(cache)
    }

    /// The text of the cache in `dir` with its package list, where its
    /// lines are and its looks, when it has this cache's stamp and every
    /// line has a digest.
    #[allow(clippy::type_complexity)]
    fn earlier_in(
        &self,
        dir: &Path,
    ) -> Option<(String, Vec<Package>, HashMap<Digest, Range<usize>>, Looks)> {
        let text = read_whole(&dir.join(FILE))?;
        let mut lines = text.lines();
        let packages: Vec<Package> = serde_json::from_str(lines.next_back()?).ok()?;
        let looks: Looks = serde_json::from_str(lines.next_back()?).ok()?;
        let stamp: Stamp = serde_json::from_str(lines.next()?).ok()?;
        if stamp != self.stamp {
            return None;
        }
        let start = |line: &str| line.as_ptr() as usize - text.as_ptr() as usize;
        let read: HashMap<Digest, Range<usize>> = lines
            .map(|l| Some((LineDigest::of(l)?, start(l)..start(l) + l.len())))
            .collect::<Option<_>>()?;
        Some((text, packages, read, looks))
    }

    /// `path` from the root, as the cache names files.
    fn absolute(&self, path: &Path) -> Option<PathBuf> {
        std::path::absolute(self.cwd.join(path)).ok()
    }

    /// The package list the earlier machines' indices point into; reading
    /// starts from it. Empty after the first call.
    pub(super) fn take_packages(&self) -> Vec<Package> {
        std::mem::take(&mut *self.packages.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// What an earlier merge read from the file at `path`, when the file
    /// looks as it did then (`seen`): its text is not read again. Kept for
    /// the next merge.
    pub(super) fn unchanged(&self, path: &Path, seen: Option<Seen>) -> Option<Loaded> {
        let (was, digest) = self.looked.get(&self.absolute(path)?)?;
        (Some(*was) == seen)
            .then(|| self.earlier(path, seen, digest))
            .flatten()
    }

    /// What an earlier merge read from a file with this digest, if it did
    /// and its line fits this merge. Kept for the next merge as it was.
    pub(super) fn earlier(
        &self,
        path: &Path,
        seen: Option<Seen>,
        digest: &Digest,
    ) -> Option<Loaded> {
        let line = {
            let mut earlier = self.earlier.lock().unwrap_or_else(|e| e.into_inner());
            &self.text[earlier.remove(digest)?]
        };
        let read = serde_json::from_str::<Line>(line).ok()?.read;
        let fits = match &read {
            Loaded::Inventory(_, Some(p)) => p.fits(self.known_packages),
            _ => true,
        };
        if !fits {
            return None;
        }
        self.write_line(path, seen, digest, |out| out.write_all(line.as_bytes()));
        Some(read)
    }

    /// Keeps what reading a file gave, for the next merge.
    pub(super) fn keep(&self, path: &Path, seen: Option<Seen>, digest: Digest, read: &Loaded) {
        let line = LineRef {
            sha256: digest,
            read,
        };
        self.write_line(path, seen, &digest, |out| {
            serde_json::to_writer(out, &line).map_err(std::io::Error::from)
        });
    }

    /// Writes a file's line out at once, straight to the file (a large
    /// survey's line is as large as the survey), and notes how the file
    /// looked when it was read.
    fn write_line(
        &self,
        path: &Path,
        seen: Option<Seen>,
        digest: &Digest,
        line: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) {
        {
            let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
            let Some(out) = now.as_mut() else { return };
            // A line cut short would spoil the cache: keep none.
            if line(&mut *out).and_then(|()| writeln!(out)).is_err() {
                *now = None;
                return;
            }
        }
        let path = self.absolute(path);
        let path = path.as_deref().and_then(Path::to_str);
        if let (Some(path), Some(seen)) = (path, seen) {
            let mut looks = self.looks.lock().unwrap_or_else(|e| e.into_inner());
            looks.push(Place {
                path: path.to_string(),
                seen,
                sha256: *digest,
            });
        }
    }

    /// Writes the cache for the next merge: the stamp, a line per file this
    /// merge read, how the files looked, and the package list the machines'
    /// indices point into. Nothing when keeping what was read failed on the
    /// way. Reading is over: the earlier cache's text is let go first.
    pub fn write(mut self, packages: &[Package], out: &mut dyn Write) -> std::io::Result<()> {
        self.text = String::new();
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        let Some(spill) = now.take() else {
            return Ok(());
        };
        let mut spill = spill.into_inner().map_err(|e| e.into_error())?;
        spill.rewind()?;
        serde_json::to_writer(&mut *out, &self.stamp)?;
        writeln!(out)?;
        std::io::copy(
            &mut std::io::BufReader::with_capacity(SPILL_BUFFER, spill),
            out,
        )?;
        let mut files = std::mem::take(&mut *self.looks.lock().unwrap_or_else(|e| e.into_inner()));
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let looks = Looks {
            read_at: self.read_at,
            files,
        };
        serde_json::to_writer(&mut *out, &looks)?;
        writeln!(out)?;
        serde_json::to_writer(&mut *out, packages)?;
        writeln!(out)
    }
}

/// The text of the file at `path`, read in pieces on every core: the cache
/// is tens of megabytes, and nothing else can start before it is read.
fn read_whole(path: &Path) -> Option<String> {
    const PIECE: usize = 1 << 22;
    let file = std::fs::File::open(path).ok()?;
    let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
    let mut bytes = vec![0u8; len];
    bytes
        .par_chunks_mut(PIECE)
        .enumerate()
        .try_for_each(|(i, piece)| read_at(&file, piece, (i * PIECE) as u64))
        .ok()?;
    String::from_utf8(bytes).ok()
}

/// Fills `piece` from `file` at `offset`.
fn read_at(file: &std::fs::File, piece: &mut [u8], offset: u64) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, piece, offset)
    }
    #[cfg(windows)]
    {
        let (mut piece, mut offset) = (piece, offset);
        while !piece.is_empty() {
            match std::os::windows::fs::FileExt::seek_read(file, piece, offset)? {
                0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
                n => {
                    piece = &mut piece[n..];
                    offset += n as u64;
                }
            }
        }
        Ok(())
    }
}

/// Nanoseconds since 1970, as the cache notes times.
fn nanos(time: SystemTime) -> Option<i64> {
    i64::try_from(time.duration_since(UNIX_EPOCH).ok()?.as_nanos()).ok()
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
        let bytes =
            decode_vec(text.as_bytes()).ok_or_else(|| D::Error::custom("not hexadecimal"))?;
        T::try_from(bytes).map_err(|_| D::Error::custom("wrong length"))
    }

    /// The bytes hexadecimal `text` spells, `None` when it spells none.
    fn decode_vec(text: &[u8]) -> Option<Vec<u8>> {
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        };
        if !text.len().is_multiple_of(2) {
            return None;
        }
        let mut bytes = Vec::with_capacity(text.len() / 2);
        for pair in text.chunks_exact(2) {
            bytes.push(digit(pair[0])? << 4 | digit(pair[1])?);
        }
        Some(bytes)
    }

    /// A digest spelled in hexadecimal.
    pub fn decode(text: &[u8]) -> Option<super::Digest> {
        decode_vec(text)?.try_into().ok()
    }
}
