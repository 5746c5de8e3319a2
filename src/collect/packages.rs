//! Every distinct software package once, and each machine's packages as a
//! compact set of indices into that list. Thousands of machines share most
//! of their software: a national merge reads tens of millions of installed
//! packages but only tens of thousands of distinct ones, so the texts are
//! kept once and a machine holds about a byte per package.

use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::inventory::Package;
use crate::inventory::scan::PackageRef;

/// Gives each distinct package one index, shared by every machine that has
/// it. The index maps a package's hash to where it is in the list, so each
/// package's texts are held once.
#[derive(Default)]
pub(super) struct Packages {
    index: FxHashMap<u64, u32>,
    /// Packages whose hash another package already has.
    collisions: FxHashMap<Package, u32>,
    list: Vec<Package>,
}

impl Packages {
    /// Starts from a list of distinct packages (an earlier merge's, from
    /// its cache), so that indices into it stay right.
    pub fn from_list(list: Vec<Package>) -> Packages {
        let mut packages = Packages::default();
        for (i, p) in list.iter().enumerate() {
            let at = u32::try_from(i).unwrap_or(u32::MAX);
            let hash = FxBuildHasher.hash_one(p);
            match packages.index.entry(hash) {
                std::collections::hash_map::Entry::Occupied(_) => {
                    packages.collisions.insert(p.clone(), at);
                }
                std::collections::hash_map::Entry::Vacant(place) => {
                    place.insert(at);
                }
            }
        }
        packages.list = list;
        packages
    }

    /// The index of a package, which is copied into the list the first time
    /// it is seen.
    pub fn index_of(&mut self, p: &PackageRef) -> u32 {
        self.index_of_hashed(hash(p), p)
    }

    /// As [`index_of`](Self::index_of), with the package's [`hash`] made
    /// beforehand (by the thread that read it, not while the list is
    /// locked).
    pub fn index_of_hashed(&mut self, hash: u64, p: &PackageRef) -> u32 {
        match self.index.get(&hash) {
            Some(&i) if PackageRef::of(&self.list[i as usize]) == *p => i,
            Some(_) => {
                let owned = p.to_package();
                if let Some(&i) = self.collisions.get(&owned) {
                    return i;
                }
                let i = self.push(owned.clone());
                self.collisions.insert(owned, i);
                i
            }
            None => {
                let i = self.push(p.to_package());
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

    pub fn into_list(self) -> Vec<Package> {
        self.list
    }
}

/// The hash the list knows a package by.
pub fn hash(p: &PackageRef) -> u64 {
    FxBuildHasher.hash_one(p)
}

/// One machine's packages: indices into the shared list, sorted and kept
/// as the differences between neighbours in a variable number of bytes
/// (LEB128), about one byte each instead of four.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HostPackages {
    len: u32,
    #[serde(with = "super::cache::hex")]
    bytes: Vec<u8>,
}

impl HostPackages {
    pub fn new(mut indices: Vec<u32>) -> HostPackages {
        indices.sort_unstable();
        let mut bytes = Vec::with_capacity(indices.len() + indices.len() / 4);
        let mut last = 0;
        for &i in &indices {
            let mut delta = i - last;
            last = i;
            while delta >= 0x80 {
                bytes.push((delta & 0x7f) as u8 | 0x80);
                delta >>= 7;
            }
            bytes.push(delta as u8);
        }
        bytes.shrink_to_fit();
        HostPackages {
            len: u32::try_from(indices.len()).unwrap_or(u32::MAX),
            bytes,
        }
    }

    /// How many packages the machine has (a package listed twice counts twice).
    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether the set reads whole and every index is below `packages`:
    /// what a cache file says is checked before it is used.
    pub fn fits(&self, packages: usize) -> bool {
        self.iter().count() == self.len() && self.iter().all(|p| (p as usize) < packages)
    }

    /// The indices, in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let mut bytes = self.bytes.iter();
        let mut last = 0u32;
        std::iter::from_fn(move || {
            let mut delta = 0u32;
            let mut shift = 0;
            loop {
                let b = *bytes.next()?;
                delta |= u32::checked_shl(u32::from(b & 0x7f), shift)?;
                if b < 0x80 {
                    break;
                }
                shift += 7;
            }
            last = last.checked_add(delta)?;
            Some(last)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn package(name: &str) -> Package {
        Package {
            name: name.into(),
            version: Some("1.0".into()),
            source: "dpkg".into(),
            state: None,
        }
    }

    #[test]
    fn each_package_is_kept_once_and_machines_share_its_index() {
        let mut packages = Packages::default();
        let mut indices = |names: &[&str]| -> Vec<u32> {
            names
                .iter()
                .map(|n| packages.index_of(&PackageRef::of(&package(n))))
                .collect()
        };
        assert_eq!(indices(&["a", "b", "a", "c", "b"]), [0, 1, 0, 2, 1]);
        assert_eq!(indices(&["c", "d", "a", "d"]), [2, 3, 0, 3]);
        let names: Vec<String> = packages.into_list().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["a", "b", "c", "d"]);
    }

    proptest! {
        #[test]
        fn a_machine_s_indices_come_back_sorted(indices in proptest::collection::vec(any::<u32>(), 0..300)) {
            let set = HostPackages::new(indices.clone());
            let mut sorted = indices;
            sorted.sort_unstable();
            prop_assert_eq!(set.len(), sorted.len());
            prop_assert_eq!(set.iter().collect::<Vec<_>>(), sorted);
        }
    }
}
