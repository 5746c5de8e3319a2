//! The report's maturity section: every municipality per NSM category and
//! principle, or one municipality against the others (anonymised unless
//! names are asked for).

use std::fmt::Write;

use super::{escape, svg};
use crate::analysis::settings::{Anonymity, Disclosure};
use crate::dataset::Dataset;
use crate::dataset::tables::round_score;
use crate::i18n::decimal;
use crate::kommune::{Kommune, Register};
use crate::nsm;
use crate::questionnaire::scoring::Tally;
use crate::tr;

/// One municipality's maturity as the report shows it: the scores of its
/// maturity questionnaire, rounded as the tables round them.
#[derive(Clone)]
pub(super) struct MaturityRow {
    pub id: String,
    pub name: String,
    pub overall: Option<f64>,
    pub categories: Vec<Option<f64>>,
    pub principles: Vec<Option<f64>>,
    /// How many people answered, and (when several did) the lowest and
    /// highest of their scores per category.
    pub respondents: usize,
    pub spread: Vec<Option<(f64, f64)>>,
}

/// Every municipality with maturity scores, in id order.
pub(super) fn maturity_rows(data: &Dataset) -> Vec<MaturityRow> {
    let score = |t: Option<&Tally>| t.and_then(Tally::score).map(round_score);
    data.collected
        .records
        .iter()
        .filter_map(|r| {
            let answered = r.maturity_survey()?;
            let s = &answered.scores;
            Some(MaturityRow {
                respondents: answered.respondents.len(),
                spread: nsm::categories()
                    .map(|c| {
                        let scores: Vec<f64> = answered
                            .respondents
                            .iter()
                            .filter_map(|x| score(x.scores.categories.get(&c.id)))
                            .collect();
                        let low = scores.iter().copied().reduce(f64::min)?;
                        let high = scores.iter().copied().reduce(f64::max)?;
                        Some((low, high))
                    })
                    .collect(),
                id: r.id.clone(),
                name: r.name.clone(),
                overall: score(Some(&s.overall)),
                categories: nsm::categories()
                    .map(|c| score(s.categories.get(&c.id)))
                    .collect(),
                principles: nsm::principles()
                    .map(|p| score(s.principles.get(&p.id)))
                    .collect(),
            })
        })
        .collect()
}

/// The municipality asked for, among those in the data, by the same rule
/// as `-k` everywhere ([`crate::kommune::Register::resolve`]).
pub(super) fn find(
    rows: &[MaturityRow],
    data: &Dataset,
    wanted: &str,
) -> anyhow::Result<(String, String)> {
    let mut known: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    known.extend(data.ranking.sites.iter().cloned());
    known.sort();
    known.dedup();
    let in_data = Register {
        kommuner: known
            .iter()
            .map(|(id, name)| Kommune {
                number: id.clone(),
                name: name.clone(),
                other_names: Vec::new(),
                maalform: None,
                county: None,
                builtin: false,
            })
            .collect(),
        cooperations: Vec::new(),
    };
    let found = in_data.resolve(wanted).taken(wanted, |_| {
        let list: Vec<String> = known
            .iter()
            .map(|(id, name)| format!("{id} {name}"))
            .collect();
        let list = list.join(", ");
        tr!(
            "maturity-could-not-find-in-the-data",
            wanted = wanted,
            list = list
        )
    })?;
    Ok((found.key().to_string(), found.name().to_string()))
}

/// How the report names the municipalities: by name, or (when one is
/// compared with the others and names are not asked for) as "Kommune A, B, …"
/// in the order of their overall score.
struct Naming<'a> {
    chosen: Option<&'a (String, String)>,
    show_names: bool,
    /// The others in the order they are lettered.
    anonymous: Vec<&'a str>,
}

impl Naming<'_> {
    fn label(&self, r: &MaturityRow) -> String {
        let is_chosen = self.chosen.is_some_and(|(id, _)| *id == r.id);
        if self.chosen.is_none() || self.show_names || is_chosen {
            return r.name.clone();
        }
        let i = self
            .anonymous
            .iter()
            .position(|id| *id == r.id)
            .unwrap_or(0);
        tr!("maturity-municipality", letter = letter(i))
    }
}

pub(super) fn section(
    h: &mut String,
    rows: &[MaturityRow],
    chosen: Option<&(String, String)>,
    show_names: bool,
    anonymity: Anonymity,
) {
    let _ = writeln!(
        h,
        "<h2>{}</h2>",
        escape(&tr!("maturity-maturity-by-nsm-s-basic-principles"))
    );
    if rows.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            escape(&tr!("maturity-no-maturity-answers-in-the-data"))
        );
        return;
    }
    let _ = writeln!(
        h,
        "<p class=\"note\">{}</p>",
        escape(&tr!("maturity-scale-0-5-0-not-in"))
    );
    let (mut order, naming) = naming(rows, chosen, show_names);
    let disclosure = disclosure(rows, chosen, show_names, anonymity);
    match chosen {
        Some(chosen) if disclosure == Disclosure::TooFew => too_few(h, rows, chosen, &naming),
        Some(chosen) => against_others(h, rows, chosen),
        None => small_multiples(h, rows, &naming),
    }
    if disclosure == Disclosure::RangeOnly {
        order.retain(|r| chosen.is_some_and(|(id, _)| *id == r.id));
        let _ = writeln!(
            h,
            "<p class=\"note\">{}</p>",
            escape(&tr!(
                "maturity-the-other-municipalities-are-not-shown",
                value = anonymity.min_named.max(Anonymity::FLOOR)
            ))
        );
    } else if disclosure == Disclosure::TooFew {
        order.retain(|r| chosen.is_some_and(|(id, _)| *id == r.id));
    }
    heat_map(h, &order, &naming);
    spread(h, &order, &naming);
}

/// What a report for the chosen municipality may show of the others: all of
/// them when no one is chosen or names are asked for, else as many as
/// keeps them from being recognised.
pub(super) fn disclosure(
    rows: &[MaturityRow],
    chosen: Option<&(String, String)>,
    show_names: bool,
    anonymity: Anonymity,
) -> Disclosure {
    match chosen {
        Some((id, _)) if !show_names => {
            anonymity.disclosure(rows.iter().filter(|r| r.id != *id).count())
        }
        _ => Disclosure::OneByOne,
    }
}

/// The chosen municipality by itself, and why the others are left out.
/// "no other municipalities", "only one other municipality", "only 2 …".
pub(super) fn few_others(n: usize) -> String {
    match n {
        0 => tr!("maturity-no-other-municipalities"),
        1 => tr!("maturity-only-one-other-municipality"),
        n => tr!("maturity-only-other-municipalities", n = n),
    }
}

fn too_few(h: &mut String, rows: &[MaturityRow], (id, name): &(String, String), naming: &Naming) {
    let others = few_others(rows.iter().filter(|r| r.id != *id).count());
    let floor = Anonymity::FLOOR;
    let _ = writeln!(
        h,
        "<p>{}</p>",
        escape(&tr!(
            "maturity-the-data-hold-with-maturity-answers",
            others = others,
            name = name,
            floor = floor
        ))
    );
    let mine: Vec<MaturityRow> = rows
        .iter()
        .filter(|r| r.id == *id)
        .map(MaturityRow::clone)
        .collect();
    small_multiples(h, &mine, naming);
}

/// The rows in the order the report lists them, and how each is named.
/// Others are named only when asked for, or when no one is chosen; then
/// they are listed by overall score, not by number, and lettered in order.
fn naming<'a>(
    rows: &'a [MaturityRow],
    chosen: Option<&'a (String, String)>,
    show_names: bool,
) -> (Vec<&'a MaturityRow>, Naming<'a>) {
    let mut order: Vec<&MaturityRow> = rows.iter().collect();
    if chosen.is_some() && !show_names {
        order.sort_by(|a, b| {
            let key = |r: &MaturityRow| r.overall.unwrap_or(-1.0);
            key(a).total_cmp(&key(b))
        });
    }
    let naming = Naming {
        chosen,
        show_names,
        anonymous: order
            .iter()
            .filter(|r| chosen.is_none_or(|(id, _)| *id != r.id))
            .map(|r| r.id.as_str())
            .collect(),
    };
    (order, naming)
}

/// The name the report gives each of `wanted` (id, name), the same as the
/// maturity section gives it; those without maturity scores now are
/// lettered after the others when names are hidden.
pub(super) fn labels(
    rows: &[MaturityRow],
    chosen: Option<&(String, String)>,
    show_names: bool,
    wanted: &[(&str, &str)],
) -> std::collections::BTreeMap<String, String> {
    let (_, naming) = naming(rows, chosen, show_names);
    let mut extra = naming.anonymous.len();
    let mut labels = std::collections::BTreeMap::new();
    for &(id, name) in wanted {
        let label = match rows.iter().find(|r| r.id == id) {
            Some(r) => naming.label(r),
            None if chosen.is_none() || show_names || chosen.is_some_and(|(c, _)| c == id) => {
                name.to_string()
            }
            None => {
                extra += 1;
                tr!("maturity-municipality", letter = letter(extra - 1))
            }
        };
        labels.insert(id.to_string(), label);
    }
    labels
}

fn principle_labels() -> Vec<String> {
    nsm::principles()
        .map(|p| format!("{} {}", p.id, p.title.get()))
        .collect()
}

fn category_labels() -> Vec<String> {
    nsm::categories()
        .map(|c| format!("{} {}", c.id, c.title.get()))
        .collect()
}

/// One municipality against the range and median of the others.
fn against_others(h: &mut String, rows: &[MaturityRow], (id, name): &(String, String)) {
    let Some(mine) = rows.iter().find(|r| r.id == *id) else {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            escape(&tr!(
                "maturity-has-not-answered-the-maturity-questionnaire",
                name = name
            ))
        );
        return;
    };
    let others: Vec<&MaturityRow> = rows.iter().filter(|r| r.id != *id).collect();
    let n = others.len();
    let _ = writeln!(
        h,
        "<p>{}</p>",
        escape(&tr!(
            "maturity-the-dot-is-grey-band-the",
            name = name,
            n = n
        ))
    );
    let items = |labels: &[String],
                 mine: &[Option<f64>],
                 pick: &dyn Fn(&MaturityRow) -> &[Option<f64>]|
     -> Vec<(String, Option<f64>, Vec<f64>)> {
        labels
            .iter()
            .enumerate()
            .map(|(k, l)| {
                let theirs = others.iter().filter_map(|o| pick(o)[k]).collect();
                (l.clone(), mine[k], theirs)
            })
            .collect()
    };
    let _ = writeln!(h, "<h3>{}</h3>", escape(&tr!("maturity-per-category")));
    h.push_str(&svg::against_others(
        &tr!("maturity-categories"),
        &items(&category_labels(), &mine.categories, &|r| &r.categories),
    ));
    let _ = writeln!(h, "<h3>{}</h3>", escape(&tr!("maturity-per-principle")));
    h.push_str(&svg::against_others(
        &tr!("maturity-principles"),
        &items(&principle_labels(), &mine.principles, &|r| &r.principles),
    ));
}

/// One small bar chart per municipality, by category.
fn small_multiples(h: &mut String, rows: &[MaturityRow], naming: &Naming) {
    let labels = category_labels();
    h.push_str("<div class=\"small\">");
    for r in rows {
        let items: Vec<(String, Option<f64>)> = labels
            .iter()
            .cloned()
            .zip(r.categories.iter().copied())
            .collect();
        let overall = r.overall.map_or("–".into(), |o| decimal(o, 1));
        let name = naming.label(r);
        let _ = write!(
            h,
            "<figure><figcaption>{} · {}</figcaption>{}</figure>",
            escape(&name),
            escape(&tr!("maturity-overall", overall = overall)),
            svg::bars(&name, &items, 5.0, 1)
        );
    }
    h.push_str("</div>\n");
}

/// Every municipality by principle, with the principles spelled out.
fn heat_map(h: &mut String, order: &[&MaturityRow], naming: &Naming) {
    let heading = if order.len() == 1 {
        tr!("maturity-per-principle")
    } else {
        tr!("maturity-all-municipalities-per-principle")
    };
    let _ = writeln!(h, "<h3>{}</h3>", escape(&heading));
    let columns: Vec<String> = nsm::principles().map(|p| p.id.to_string()).collect();
    let heat: Vec<(String, Vec<Option<f64>>)> = order
        .iter()
        .map(|r| (naming.label(r), r.principles.clone()))
        .collect();
    h.push_str("<div class=\"heat\">");
    h.push_str(&svg::heat_map(
        &tr!("maturity-maturity-per-principle"),
        &heat,
        &columns,
    ));
    // The principles named beside the map, on screen and on paper: the
    // columns carry only their ids.
    let _ = write!(
        h,
        "<div class=\"key\"><b>{}</b><ul>",
        escape(&tr!("maturity-the-principles"))
    );
    for p in nsm::principles() {
        let _ = write!(
            h,
            "<li><b>{}</b> {}</li>",
            escape(&p.id.to_string()),
            escape(p.title.get())
        );
    }
    h.push_str("</ul></div></div>\n");
}

/// Where several people answered for one municipality: the lowest and
/// highest of their scores per category, to show where they see it
/// differently.
fn spread(h: &mut String, order: &[&MaturityRow], naming: &Naming) {
    let several: Vec<&&MaturityRow> = order.iter().filter(|r| r.respondents > 1).collect();
    if several.is_empty() {
        return;
    }
    let _ = writeln!(
        h,
        "<h3>{}</h3>\n<p class=\"note\">{}</p>",
        escape(&tr!("maturity-spread-between-respondents")),
        escape(&tr!("maturity-the-lowest-and-highest-score-among"))
    );
    let _ = write!(
        h,
        "<table><thead><tr><th>{}</th><th>{}</th>",
        escape(&tr!("change-municipality")),
        escape(&tr!("maturity-respondents-2"))
    );
    for label in category_labels() {
        let _ = write!(h, "<th>{}</th>", escape(&label));
    }
    h.push_str("</tr></thead><tbody>");
    for r in several {
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td>",
            escape(&naming.label(r)),
            r.respondents
        );
        for range in &r.spread {
            let text = range.map_or("–".into(), |(low, high)| {
                format!("{}–{}", decimal(low, 1), decimal(high, 1))
            });
            let _ = write!(h, "<td class=\"n\">{}</td>", escape(&text));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>\n");
}

/// A, B, …, Z, AA, AB, … for anonymised municipalities.
fn letter(i: usize) -> String {
    let mut n = i;
    let mut s = String::new();
    loop {
        s.insert(0, char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymous_letters_continue_past_z() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
    }
}
