//! Who a report is for. A report for one municipality (`report -k`
//! without `--show-names`) must not tell the reader who the others are:
//! beside the maturity section's rule (lettered only when there are enough
//! of them), the method findings name no other municipality and the list
//! of files shows only the chosen municipality's own.

use std::collections::BTreeSet;

use crate::dataset::Dataset;
use crate::tr;

/// What a report may say about municipalities other than the chosen one.
pub(super) struct Audience {
    /// `None` when the report is for everyone (no one chosen, or names asked for).
    own: Option<Own>,
}

struct Own {
    id: String,
    /// The files kept for the chosen municipality.
    files: BTreeSet<String>,
    /// The names of every other municipality and cooperation in the data.
    others: Vec<String>,
}

impl Audience {
    pub(super) fn new(
        data: &Dataset,
        chosen: Option<&(String, String)>,
        show_names: bool,
    ) -> Audience {
        let own = chosen.filter(|_| !show_names).map(|(id, _)| {
            let mut files = BTreeSet::new();
            let mut others = Vec::new();
            for r in data.collected.records.iter() {
                if r.id == *id {
                    let surveys = r.surveys.values().flat_map(|a| &a.respondents);
                    files.extend(surveys.map(|x| x.survey.file.clone()));
                    files.extend(r.hosts.iter().map(|h| h.file.clone()));
                    files.extend(r.fleet.iter().map(|f| f.file.clone()));
                } else {
                    others.push(r.name.clone());
                }
            }
            others.extend(
                data.ranking
                    .sites
                    .iter()
                    .filter(|(site, _)| site != id)
                    .map(|(_, name)| name.clone()),
            );
            // The longest first, so that a name inside another is not cut short.
            others.sort_by_key(|n| std::cmp::Reverse(n.len()));
            others.dedup();
            Own {
                id: id.clone(),
                files,
                others,
            }
        });
        Audience { own }
    }

    /// `text` with the name of every other municipality replaced.
    pub(super) fn redact(&self, text: &str) -> String {
        let Some(own) = &self.own else {
            return text.to_string();
        };
        let mut out = text.to_string();
        for name in own.others.iter().filter(|n| !n.is_empty()) {
            out = out.replace(name.as_str(), &tr!("audience-another-municipality"));
        }
        out
    }

    /// Whether the file may be listed: any file in a report for everyone;
    /// else only those of the chosen municipality (kept, or named by its
    /// number as kartlegg names result files).
    pub(super) fn may_list(&self, file: &str) -> bool {
        self.own
            .as_ref()
            .is_none_or(|own| own.files.contains(file) || file.contains(&format!("-{}-", own.id)))
    }
}
