//! Finding, reading and classifying input files in parallel, and deciding
//! which to keep: by their `format:` field, never by their name.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use super::cache::{self, Cache};
use super::packages::{self, HostPackages, Packages};
use super::place::{Placement, Questionnaires};
use super::{Deviation, Fleet, Host, Refusal, Survey};
use crate::diagnostic::Mark;
use crate::fleet::{self, FleetResult};
use crate::inventory::scan::{self, PackageRef};
use crate::inventory::{self, Inventory, Privacy};
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
    pub packages: Vec<crate::inventory::Package>,
    pub deviations: Vec<Deviation>,
}

/// What reading one file gave; merge's cache keeps it.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub(super) enum Loaded {
    /// A survey, with where each answer's value stands in the file.
    Survey(Box<SurveyResult>, BTreeMap<String, Mark>),
    Inventory(Box<Inventory>, Option<HostPackages>),
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

/// Reads one file, or takes what an earlier merge read from the same text
/// from `cache`, and keeps what it read there for the next merge.
fn load(
    path: &Path,
    identities: &[age::x25519::Identity],
    packages: &Mutex<Packages>,
    cache: Option<&Cache>,
) -> Result<Loaded, Refusal> {
    // What was encrypted is not written to the cache in the clear.
    let cache = cache.filter(|_| !crate::crypt::is_encrypted(path));
    // How the file looks before it is read: if it changes while it is read,
    // it looks different next time, and is read again.
    let seen = cache.and_then(|_| cache::Seen::of(path));
    if let Some(read) = cache.and_then(|c| c.unchanged(path, seen)) {
        return Ok(read);
    }
    let text = crate::source::read_result(path, inventory::MAX_FILE_BYTES, identities)
        .map_err(|e| (refusal_code(&e), crate::diagnostic::chain_text(&e)))?;
    let Some(cache) = cache else {
        return parse(path, text, packages);
    };
    let digest = cache::digest(&text);
    if let Some(read) = cache.earlier(path, seen, &digest) {
        return Ok(read);
    }
    let read = parse(path, text, packages)?;
    cache.keep(path, seen, digest, &read);
    Ok(read)
}

/// What a file's text holds: a survey, an inventory or a fleet file.
fn parse(path: &Path, text: String, packages: &Mutex<Packages>) -> Result<Loaded, Refusal> {
    let located = |problems: Vec<crate::diagnostic::Diagnostic>| {
        problems
            .first()
            .map(|p| p.located(path))
            .unwrap_or_default()
    };
    let inventory = |text: String| {
        if let Some(read) = read_inventory_fast(&text, packages) {
            return Ok(read);
        }
        let mut inv = Inventory::read(&text).map_err(|p| ("invalid", located(p)))?;
        // The text is as large as the packages: gone before they are counted.
        drop(text);
        let software = inv.software.take().map(|list| {
            let mut packages = packages.lock().unwrap_or_else(|e| e.into_inner());
            let indices = list
                .iter()
                .map(|p| packages.index_of(&PackageRef::of(p)))
                .collect();
            HostPackages::new(indices)
        });
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

/// An inventory whose software list is in kartlegg's own style, its
/// packages counted as they are read, a thousand at a time so that the
/// threads share the list briefly; `None` when it is not in that style.
fn read_inventory_fast(text: &str, packages: &Mutex<Packages>) -> Option<Loaded> {
    let split = scan::split(text)?;
    let mut indices = Vec::new();
    let mut read = split.packages().peekable();
    let mut chunk = Vec::with_capacity(1024);
    while read.peek().is_some() {
        chunk.clear();
        for p in read.by_ref().take(1024) {
            let p = p.ok()?;
            chunk.push((packages::hash(&p), p));
        }
        let mut packages = packages.lock().unwrap_or_else(|e| e.into_inner());
        indices.extend(
            chunk
                .iter()
                .map(|(hash, p)| packages.index_of_hashed(*hash, p)),
        );
    }
    let inventory = Box::new(split.inventory);
    Some(Loaded::Inventory(
        inventory,
        Some(HostPackages::new(indices)),
    ))
}

/// A file as the dataset takes it: a survey placed with the questionnaire
/// it is read with, its answers brought to the newest version.
enum Settled {
    Survey(Box<SurveyResult>, Placement),
    Inventory(Box<Inventory>, Option<HostPackages>),
    Fleet(Box<FleetResult>),
}

fn settle(read: Loaded, path: &Path, questionnaires: &Questionnaires) -> Result<Settled, Refusal> {
    Ok(match read {
        Loaded::Survey(mut r, marks) => {
            let placed = questionnaires.place(&mut r, &path.display().to_string(), &marks)?;
            Settled::Survey(r, placed)
        }
        Loaded::Inventory(inv, software) => Settled::Inventory(inv, software),
        Loaded::Fleet(result) => Settled::Fleet(result),
    })
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
    cache: Option<&Cache>,
    progress: &(dyn Fn() + Sync),
) -> Kept {
    let mut out = Kept {
        inputs: found.files.len(),
        deviations: found.deviations,
        ..Kept::default()
    };
    let earlier = cache.map(Cache::take_packages).unwrap_or_default();
    let packages = Mutex::new(Packages::from_list(earlier));
    // Each survey is placed as soon as it is read, in parallel, so that where
    // its answers stand in the file is not held for all files at once.
    let loaded: Vec<(PathBuf, Result<Settled, Refusal>)> = found
        .files
        .into_par_iter()
        .map(|path| {
            let result = load(&path, identities, &packages, cache)
                .and_then(|read| settle(read, &path, questionnaires));
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
            Ok(Settled::Survey(r, placed)) => {
                sorting.survey(file, *r, placed, &mut out.deviations);
            }
            Ok(Settled::Inventory(inv, software)) => {
                sorting.host(file, *inv, software, &mut out.deviations);
            }
            Ok(Settled::Fleet(result)) => sorting.fleet(file, *result),
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
        .into_list();
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
        r: SurveyResult,
        placed: Placement,
        deviations: &mut Vec<Deviation>,
    ) {
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
            .or_insert_with(|| Vec::with_capacity(1))
            .push((survey, placed.questionnaire));
    }

    fn host(
        &mut self,
        file: String,
        inventory: Inventory,
        packages: Option<HostPackages>,
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
        // Room for one: most machines have one file, and a machine is large.
        let versions = self
            .hosts
            .entry(key)
            .or_insert_with(|| Vec::with_capacity(1));
        versions.push(Host {
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
    let mut kept = Vec::with_capacity(groups.len());
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
