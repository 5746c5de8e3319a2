//! The report's section "Change since the last round" (`report --baseline`):
//! per municipality the overall score and each NSM category, old → new with
//! the difference, and the flags that say when a change should be read with
//! care. Municipalities are named as the maturity section names them.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::escape;
use super::maturity::{self, MaturityRow};
use crate::dataset::compare::{Change, Comparison, LOW_COVERAGE};
use crate::dataset::round::Aspect;
use crate::i18n::decimal;
use crate::tr;

pub(super) fn section(
    h: &mut String,
    comparison: &Comparison,
    rows: &[MaturityRow],
    chosen: Option<&(String, String)>,
    show_names: bool,
    others_one_by_one: bool,
) {
    let (old, new) = (&comparison.old_round, &comparison.new_round);
    let limit = decimal(LOW_COVERAGE, 1);
    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<p class=\"note\">{}</p>",
        escape(&tr!("change-change-since-the-last-round")),
        escape(&tr!(
            "change-from-to-score-0-5-before",
            old = old,
            new = new,
            limit = limit
        ))
    );
    let aspects: Vec<Aspect> = Aspect::all()
        .into_iter()
        .filter(|a| !matches!(a, Aspect::Principle(_)))
        .collect();
    let mut by_site: BTreeMap<&str, Vec<&Change>> = BTreeMap::new();
    // With too few others to hide among, only the chosen municipality's
    // own change is shown, as in the maturity section.
    let shown = |id: &str| others_one_by_one || chosen.is_some_and(|(c, _)| c == id);
    for c in comparison
        .changes
        .iter()
        .filter(|c| aspects.contains(&c.aspect) && shown(&c.id))
    {
        by_site.entry(c.id.as_str()).or_default().push(c);
    }
    let wanted: Vec<(&str, &str)> = by_site
        .values()
        .map(|changes| (changes[0].id.as_str(), changes[0].name.as_str()))
        .collect();
    let labels = maturity::labels(rows, chosen, show_names, &wanted);
    let _ = write!(
        h,
        "<table class=\"change\"><thead><tr><th>{}</th>",
        escape(&tr!("change-municipality"))
    );
    for a in &aspects {
        let _ = write!(h, "<th>{}</th>", escape(&a.label()));
    }
    let _ = write!(
        h,
        "<th>{}</th></tr></thead><tbody>",
        escape(&tr!("change-flags"))
    );
    // Listed by label, so that lettered municipalities give nothing away
    // by their place in the table.
    let mut sites: Vec<(&String, &Vec<&Change>)> = by_site
        .iter()
        .map(|(id, changes)| (&labels[*id], changes))
        .collect();
    sites.sort_by_key(|(label, _)| *label);
    for (label, changes) in sites {
        let _ = write!(h, "<tr><td>{}</td>", escape(label));
        let mut flags: Vec<&str> = Vec::new();
        for c in changes {
            let _ = write!(h, "<td class=\"n\">{}</td>", escape(&cell(c)));
            flags.extend(c.flags.iter().map(|f| f.code()));
        }
        flags.sort_unstable();
        flags.dedup();
        let _ = write!(
            h,
            "<td class=\"flag\">{}</td></tr>",
            escape(&flags.join(", "))
        );
    }
    h.push_str("</tbody></table>\n");
}

/// `1,46 → 3,20 (+1,74)`, with a dash for a missing score.
fn cell(c: &Change) -> String {
    let score = |s: Option<f64>| s.map_or("–".into(), |s| decimal(s, 2));
    let difference = c.difference().map_or(String::new(), |d| {
        let sign = if d > 0.0 { "+" } else { "" };
        format!(" ({sign}{})", decimal(d, 2))
    });
    format!(
        "{} → {}{difference}",
        score(c.old.score),
        score(c.new.score)
    )
}
