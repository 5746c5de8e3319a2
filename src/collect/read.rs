//! Finding, reading and classifying input files in parallel, and deciding
//! which to keep: by their `format:` field, never by their name.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use super::place::Questionnaires;
use super::{Deviation, Fleet, Host, Refusal, Survey};
use crate::diagnostic::Mark;
use crate::fleet::{self, FleetResult};
use crate::inventory::{self, Inventory, Package, Privacy};
use crate::questionnaire::Questionnaire;
use crate::survey::result::{self as survey, RespondentKey, Status, SurveyResult};
use crate::tr;

/// File endings read when a folder is searched; files named directly are
/// always read.
const EXTENSIONS: [&str; 4] = ["yaml", "yml", "json", crate::crypt::EXTENSION];

/// The files to read, and the folders that could not be searched.
pub struct Found {
    pub files: Vec<PathBuf>,
    deviations: Vec<Deviation>,
}

/// A kept survey with the questionnaire it is read with.
pub(super) type Placed = (Survey, Arc<Questionnaire>);

/// What reading keeps, before it is grouped by municipality.
#[derive(Default)]
pub(super) struct Kept {
    pub inputs: usize,
    /// Sorted by municipality and questionnaire, with the questionnaire
    /// each survey is read with.
    pub surveys: Vec<Placed>,
    /// Sorted by municipality and host.
    pub hosts: Vec<Host>,
    /// One per municipality, in municipality order.
    pub fleets: Vec<Fleet>,
    pub packages: Vec<Package>,
    pub deviations: Vec<Deviation>,
}

/// Gives each distinct package one index, shared by every host that has it.
/// Each package is kept once, in `list`; the index maps its hash to where it
/// is, so a file of half a million packages is not held twice.
#[derive(Default)]
struct Packages {
    index: rustc_hash::FxHashMap<u64, u32>,
    /// Packages whose hash another package already has.
    collisions: rustc_hash::FxHashMap<Package, u32>,
    list: Vec<Package>,
}

impl Packages {
    /// The index of each package of one inventory. The first inventory's
    /// list becomes the list, its repeats taken out in place. For the
    /// others the list grows as `software` is used up: it is taken from its
    /// end (reversed first, so in order) and gives back its room as it
    /// shrinks. Either way a large inventory's packages are not held twice.
    fn intern(&mut self, mut software: Vec<Package>) -> Vec<u32> {
        if self.list.is_empty() {
            return self.intern_first(software);
        }
        let mut indices = Vec::with_capacity(software.len());
        software.reverse();
        while let Some(package) = software.pop() {
            indices.push(self.index_of(package));
            if software.len() < software.capacity() / 8 * 7 {
                software.shrink_to_fit();
            }
        }
        indices
    }

    /// `software` as the list: each package not seen before in it is moved
    /// down to the end of those kept, and the rest cut off.
    fn intern_first(&mut self, software: Vec<Package>) -> Vec<u32> {
        use std::hash::BuildHasher;
        self.list = software;
        let mut indices = Vec::with_capacity(self.list.len());
        let mut kept = 0;
        for i in 0..self.list.len() {
            let p = &self.list[i];
            let hash = rustc_hash::FxBuildHasher.hash_one(p);
            let taken = self.index.get(&hash).copied();
            let seen = match taken {
                Some(at) if self.list.get(at as usize) == Some(p) => Some(at),
                Some(_) => self.collisions.get(p).copied(),
                None => None,
            };
            let at = seen.unwrap_or_else(|| {
                let at = u32::try_from(kept).unwrap_or(u32::MAX);
                self.list.swap(kept, i);
                if taken.is_some() {
                    self.collisions.insert(self.list[kept].clone(), at);
                } else {
                    self.index.insert(hash, at);
                }
                kept += 1;
                at
            });
            indices.push(at);
        }
        self.list.truncate(kept);
        indices
    }

    fn index_of(&mut self, p: Package) -> u32 {
        use std::hash::BuildHasher;
        let hash = rustc_hash::FxBuildHasher.hash_one(&p);
        match self.index.get(&hash) {
            Some(&i) if self.list.get(i as usize) == Some(&p) => i,
            Some(_) => match self.collisions.get(&p) {
                Some(&i) => i,
                None => {
                    let i = self.push(p.clone());
                    self.collisions.insert(p, i);
                    i
                }
            },
            None => {
                let i = self.push(p);
                self.index.insert(hash, i);
                i
            }
        }
    }

    fn push(&mut self, package: Package) -> u32 {
        let i = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
        self.list.push(package);
        i
    }
}

enum Loaded {
    /// A survey, with where each answer's value stands in the file.
    Survey(Box<SurveyResult>, BTreeMap<String, Mark>),
    Inventory(Box<Inventory>, Option<Vec<u32>>),
    Fleet(Box<FleetResult>),
}

/// The files to read: named files, and the result-like files below named folders.
pub fn discover(inputs: &[PathBuf]) -> Found {
    let mut files = Vec::new();
    let mut deviations = Vec::new();
    for input in inputs {
        if input.is_dir() {
            // Links are followed (walkdir detects loops); whatever cannot
            // be read is listed, never skipped without a word.
            for entry in walkdir::WalkDir::new(input)
                .follow_links(true)
                .sort_by_file_name()
            {
                match entry {
                    Ok(e) if e.file_type().is_file() => {
                        let ext = e
                            .path()
                            .extension()
                            .map(|x| x.to_string_lossy().to_lowercase())
                            .unwrap_or_default();
                        if EXTENSIONS.contains(&ext.as_str()) {
                            files.push(e.into_path());
                        }
                    }
                    Ok(e) if e.file_type().is_dir() => {}
                    Ok(e) => deviations.push(not_a_file(&e)),
                    Err(err) => deviations.push(unwalkable(&err)),
                }
            }
        } else {
            files.push(input.clone());
        }
    }
    files.sort();
    files.dedup();
    Found { files, deviations }
}

/// A FIFO, socket or device found in an input folder: listed, never read.
fn not_a_file(entry: &walkdir::DirEntry) -> Deviation {
    let message = entry
        .metadata()
        .ok()
        .and_then(|m| crate::source::not_a_file(&m))
        .map_or_else(|| tr!("read-not-a-regular-file"), |d| d.message);
    reject(&entry.path().display().to_string(), "not-a-file", message)
}

/// A folder entry that could not be looked at: a link loop, a dangling
/// link, a folder without permission.
fn unwalkable(err: &walkdir::Error) -> Deviation {
    let file = err
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    match err.loop_ancestor() {
        Some(ancestor) => {
            let ancestor = ancestor.display();
            let message = tr!("read-the-link-points-back-to-a", ancestor = ancestor);
            reject(&file, "link-loop", message)
        }
        None if err.path().is_some_and(|p| p.is_symlink() && !p.exists()) => {
            let message = tr!("read-the-link-points-to-nothing-that");
            reject(&file, "unreadable", message)
        }
        None => reject(&file, "unreadable", err.to_string()),
    }
}

/// The `format:` of a file in the block style kartlegg writes, found without
/// parsing it. Only a hint for choosing a reader: the reader checks it again.
fn format_hint(text: &str) -> Option<&str> {
    text.lines()
        .find_map(|l| l.strip_prefix("format:"))
        .map(|v| v.trim().trim_matches('"'))
}

fn load(
    path: &Path,
    identities: &[age::x25519::Identity],
    packages: &Mutex<Packages>,
) -> Result<Loaded, Refusal> {
    let text = crate::source::read_result(path, inventory::MAX_FILE_BYTES, identities)
        .map_err(|e| (refusal_code(&e), crate::diagnostic::chain_text(&e)))?;
    let located = |problems: Vec<crate::diagnostic::Diagnostic>| {
        problems
            .first()
            .map(|p| p.located(path))
            .unwrap_or_default()
    };
    let inventory = |text: String| {
        let mut inv = Inventory::read(&text).map_err(|p| ("invalid", located(p)))?;
        // The text is as large as the packages: gone before they are counted.
        drop(text);
        let software = inv
            .software
            .take()
            .map(|s| packages.lock().unwrap_or_else(|e| e.into_inner()).intern(s));
        Ok(Loaded::Inventory(Box::new(inv), software))
    };
    // Inventories are most of the files and most of the bytes: read them
    // straight into their type, without a tree first.
    let fleet = |text: &str| {
        FleetResult::read(text)
            .map(|f| Loaded::Fleet(Box::new(f)))
            .map_err(|p| ("invalid", located(p)))
    };
    match format_hint(&text) {
        Some(inventory::FORMAT) => return inventory(text),
        Some(fleet::result::FORMAT) => return fleet(&text),
        _ => {}
    }
    // Answers are decoded while the file is read, each as it comes: a
    // survey is never held as a tree of all its answers.
    let parsed = survey::stream::parse(&text).map_err(|d| ("not-kartlegg", d.located(path)))?;
    let root = &parsed.root;
    let format_node = root.get("format");
    let format = format_node
        .and_then(|n| n.as_scalar())
        .unwrap_or_default()
        .to_string();
    let at = |mark, message| crate::diagnostic::Diagnostic::at(mark, "", message).located(path);
    match format.as_str() {
        survey::FORMAT => {
            // The answers hold their own copy of every text: the file's
            // text goes before the rest of the result is decoded.
            drop(text);
            let (read, marks) = parsed.into_result();
            read.map(|r| Loaded::Survey(Box::new(r), marks))
                .map_err(|p| ("invalid", located(p)))
        }
        // Written in another style (JSON, say) than the hint understands.
        inventory::FORMAT => inventory(text),
        fleet::result::FORMAT => fleet(&text),
        f if f.starts_with("kartlegg-") => Err((
            "unknown-version",
            at(
                format_node.map_or(root.mark, |n| n.mark),
                tr!("read-the-format-is-unknown-to-this", f = f),
            ),
        )),
        _ => Err((
            "not-kartlegg",
            at(root.mark, tr!("read-not-a-kartlegg-result-file-no")),
        )),
    }
}

/// The avvik code for a file that could not be read: the refusal's own code
/// (`encrypted`, `undecryptable`, `binary`, …) or `unreadable`.
fn refusal_code(err: &anyhow::Error) -> &'static str {
    err.downcast_ref::<crate::diagnostic::Rejected>()
        .and_then(|r| r.problems.first())
        .map(|p| p.code)
        .filter(|code| matches!(*code, "encrypted" | "undecryptable" | "not-a-file"))
        .unwrap_or("unreadable")
}

/// Reads every file in parallel and decides what the dataset keeps.
pub(super) fn read(
    found: Found,
    identities: &[age::x25519::Identity],
    questionnaires: &Questionnaires,
    progress: &(dyn Fn() + Sync),
) -> Kept {
    let mut out = Kept {
        inputs: found.files.len(),
        deviations: found.deviations,
        ..Kept::default()
    };
    let packages = Mutex::new(Packages::default());
    let loaded: Vec<(PathBuf, Result<Loaded, Refusal>)> = found
        .files
        .into_par_iter()
        .map(|path| {
            let result = load(&path, identities, &packages);
            progress();
            (path, result)
        })
        .collect();
    let names: std::collections::HashSet<String> = loaded
        .iter()
        .map(|(path, _)| path.display().to_string())
        .collect();
    let mut sorting = Sorting::default();
    for (path, result) in loaded {
        let file = path.display().to_string();
        match result {
            Err((code, message)) => out.deviations.push(reject(&file, code, message)),
            Ok(Loaded::Survey(r, marks)) => {
                sorting.survey(file, *r, &marks, questionnaires, &mut out.deviations);
            }
            Ok(Loaded::Inventory(inv, software)) => {
                sorting.host(file, *inv, software, &mut out.deviations);
            }
            Ok(Loaded::Fleet(result)) => sorting.fleet(file, *result),
        }
    }
    sorting.keep_best(&mut out);
    // Messages quote ids and values from the files, never a whole file; the
    // names of the files read are kept whole, as a person needs them.
    let named = |word: &str| {
        // A name, maybe followed by `:line:column:` or punctuation.
        let mut word = word.trim_end_matches([',', ';', '.', ')', '»', ':']);
        for _ in 0..3 {
            if names.contains(word) {
                return true;
            }
            match word.rfind(':') {
                Some(at) => word = &word[..at],
                None => return false,
            }
        }
        false
    };
    for d in &mut out.deviations {
        d.message = crate::diagnostic::bounded(&d.message, named);
    }
    out.packages = packages
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .list;
    out.deviations.sort();
    out
}

/// The files read, grouped by what they are versions of: a respondent's
/// answer to a questionnaire, or a machine.
#[derive(Default)]
struct Sorting {
    /// Files from one respondent are versions of one answer; files from
    /// different respondents are all kept.
    surveys: BTreeMap<(String, String, RespondentKey), Vec<Placed>>,
    hosts: BTreeMap<(String, String), Vec<Host>>,
    /// By municipality.
    fleets: BTreeMap<String, Vec<Fleet>>,
}

impl Sorting {
    fn survey(
        &mut self,
        file: String,
        mut r: SurveyResult,
        marks: &BTreeMap<String, Mark>,
        questionnaires: &Questionnaires,
        deviations: &mut Vec<Deviation>,
    ) {
        let placed = match questionnaires.place(&mut r, &file, marks) {
            Ok(placed) => placed,
            Err((code, message)) => return deviations.push(reject(&file, code, message)),
        };
        deviations.extend(
            placed
                .notes
                .into_iter()
                .map(|(code, message)| note(&file, code, message)),
        );
        if r.status == Status::Partial {
            deviations.push(note(
                &file,
                "partial",
                tr!("read-the-questionnaire-is-not-finished-status"),
            ));
        }
        let key = (
            r.subject.id.clone(),
            r.questionnaire.id.clone(),
            r.respondent_key(),
        );
        let survey = Survey {
            file,
            result: r,
            migrated: placed.migrated,
        };
        self.surveys
            .entry(key)
            .or_default()
            .push((survey, placed.questionnaire));
    }

    fn host(
        &mut self,
        file: String,
        inventory: Inventory,
        packages: Option<Vec<u32>>,
        deviations: &mut Vec<Deviation>,
    ) {
        if inventory.privacy == Privacy::Full {
            deviations.push(note(
                &file,
                "privacy-full",
                tr!("read-the-file-holds-host-name-and"),
            ));
        }
        let key = (inventory.municipality.id.clone(), inventory.host.id.clone());
        self.hosts.entry(key).or_default().push(Host {
            file,
            inventory,
            packages,
        });
    }

    fn fleet(&mut self, file: String, result: FleetResult) {
        let key = result.municipality.id.clone();
        self.fleets
            .entry(key)
            .or_default()
            .push(Fleet { file, result });
    }

    /// The newest complete answer of each respondent wins, a partial one only
    /// when there is no other; the newest inventory of each machine and the
    /// newest fleet file of each municipality win.
    fn keep_best(self, out: &mut Kept) {
        out.surveys = keep_best(
            self.surveys,
            |(s, _): &(Survey, _)| &s.file,
            |(s, _)| {
                (
                    s.result.status == Status::Complete,
                    s.result.finished.clone().unwrap_or_default(),
                    s.result.changed.clone().unwrap_or_default(),
                    s.result.started.clone(),
                )
            },
            |kept| {
                tr!(
                    "read-same-municipality-questionnaire-and-respondent-as",
                    kept = kept
                )
            },
            &mut out.deviations,
        );
        out.hosts = keep_best(
            self.hosts,
            |h: &Host| &h.file,
            |h| h.inventory.collected.clone(),
            |kept| tr!("read-the-same-machine-as-which-is", kept = kept),
            &mut out.deviations,
        );
        out.fleets = keep_best(
            self.fleets,
            |f: &Fleet| &f.file,
            |f| f.result.created.clone(),
            |kept| tr!("read-an-older-fleet-file-than", kept = kept),
            &mut out.deviations,
        );
    }
}

/// An input left out of the dataset.
fn reject(file: &str, code: &'static str, message: String) -> Deviation {
    Deviation {
        file: file.to_string(),
        rejected: true,
        code,
        message,
    }
}

/// A note about an input that is used but needs a look.
fn note(file: &str, code: &'static str, message: String) -> Deviation {
    Deviation {
        file: file.to_string(),
        rejected: false,
        code,
        message,
    }
}

/// Keeps the best of each group (highest `rank`, then first file name) and
/// reports every other member as a duplicate of it.
fn keep_best<K, T, R: Ord>(
    groups: BTreeMap<K, Vec<T>>,
    file: impl Fn(&T) -> &String,
    rank: impl Fn(&T) -> R,
    message: impl Fn(&str) -> String,
    deviations: &mut Vec<Deviation>,
) -> Vec<T> {
    let mut kept = Vec::new();
    for (_, mut group) in groups {
        group.sort_by(|a, b| rank(b).cmp(&rank(a)).then(file(a).cmp(file(b))));
        let mut group = group.into_iter();
        let Some(best) = group.next() else { continue };
        for other in group {
            deviations.push(Deviation {
                file: file(&other).clone(),
                rejected: true,
                code: "duplicate",
                message: message(file(&best)),
            });
        }
        kept.push(best);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(name: &str) -> Package {
        Package {
            name: name.into(),
            version: Some("1.0".into()),
            source: "dpkg".into(),
            state: None,
        }
    }

    #[test]
    fn each_package_is_kept_once_and_hosts_share_its_index() {
        let mut packages = Packages::default();
        let first = packages.intern(["a", "b", "a", "c", "b"].map(package).to_vec());
        assert_eq!(first, [0, 1, 0, 2, 1]);
        let second = packages.intern(["c", "d", "a", "d"].map(package).to_vec());
        assert_eq!(second, [2, 3, 0, 3]);
        let names: Vec<&str> = packages.list.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["a", "b", "c", "d"]);
    }
}
