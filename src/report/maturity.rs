//! The report's maturity section: every municipality per NSM category and
//! principle, or one municipality against the others (anonymised unless
//! names are asked for).

use std::fmt::Write;

use super::{escape, svg};
use crate::dataset::Dataset;
use crate::dataset::tables::round_score;
use crate::nsm;
use crate::questionnaire::scoring::Tally;
use crate::tr;

/// One municipality's maturity as the report shows it: the scores of its
/// maturity questionnaire, rounded as the tables round them.
pub(super) struct MaturityRow {
    pub id: String,
    pub name: String,
    pub overall: Option<f64>,
    pub categories: Vec<Option<f64>>,
    pub principles: Vec<Option<f64>>,
}

/// Every municipality with maturity scores, in id order.
pub(super) fn maturity_rows(data: &Dataset) -> Vec<MaturityRow> {
    let score = |t: Option<&Tally>| t.and_then(Tally::score).map(round_score);
    data.collected
        .records
        .iter()
        .filter_map(|r| {
            let s = r.maturity()?;
            Some(MaturityRow {
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

/// The municipality asked for, by number or (part of) name.
pub(super) fn find(
    rows: &[MaturityRow],
    data: &Dataset,
    wanted: &str,
) -> anyhow::Result<(String, String)> {
    let folded = crate::kommune::fold(wanted);
    let mut known: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    known.extend(data.ranking.sites.iter().cloned());
    known.sort();
    known.dedup();
    if let Some(hit) = known
        .iter()
        .find(|(id, name)| id == wanted || crate::kommune::fold(name) == folded)
        .or_else(|| {
            let starts: Vec<&(String, String)> = known
                .iter()
                .filter(|(_, name)| crate::kommune::fold(name).starts_with(&folded))
                .collect();
            (starts.len() == 1).then(|| starts[0])
        })
    {
        return Ok(hit.clone());
    }
    let list: Vec<String> = known
        .iter()
        .map(|(id, name)| format!("{id} {name}"))
        .collect();
    let list = list.join(", ");
    anyhow::bail!(tr!(
        "fant ikke «{wanted}» i dataene; kommunene i dataene er: {list}",
        "could not find “{wanted}” in the data; the municipalities in the data are: {list}"
    ))
}

pub(super) fn section(
    h: &mut String,
    rows: &[MaturityRow],
    chosen: Option<&(String, String)>,
    show_names: bool,
) {
    let _ = writeln!(
        h,
        "<h2>{}</h2>",
        escape(&tr!(
            "Modenhet etter NSMs grunnprinsipper",
            "Maturity by NSM's basic principles"
        ))
    );
    if rows.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            escape(&tr!(
                "Ingen modenhetssvar i dataene.",
                "No maturity answers in the data."
            ))
        );
        return;
    }
    let _ = writeln!(
        h,
        "<p class=\"note\">{}</p>",
        escape(&tr!(
            "Skala 0–5 (0 = ikke på plass, 5 = målt og forbedret). Skåren er et veid snitt av besvarte spørsmål; «vet ikke» teller ikke som 0.",
            "Scale 0–5 (0 = not in place, 5 = measured and improved). The score is a weighted mean of answered questions; “don't know” does not count as 0."
        ))
    );
    let principle_labels: Vec<String> = nsm::principles()
        .map(|p| format!("{} {}", p.id, p.title.get()))
        .collect();
    let category_labels: Vec<String> = nsm::categories()
        .map(|c| format!("{} {}", c.id, c.title.get()))
        .collect();
    // Others are named only when asked for, or when no one is chosen; then
    // they are listed by overall score, not by number, and lettered in order.
    let mut order: Vec<&MaturityRow> = rows.iter().collect();
    if chosen.is_some() && !show_names {
        order.sort_by(|a, b| {
            let key = |r: &MaturityRow| r.overall.unwrap_or(-1.0);
            key(a).total_cmp(&key(b))
        });
    }
    let anonymous: Vec<&str> = order
        .iter()
        .filter(|r| chosen.is_none_or(|(id, _)| *id != r.id))
        .map(|r| r.id.as_str())
        .collect();
    let label = |_: usize, r: &MaturityRow| -> String {
        let is_chosen = chosen.is_some_and(|(id, _)| *id == r.id);
        if chosen.is_none() || show_names || is_chosen {
            r.name.clone()
        } else {
            let i = anonymous.iter().position(|id| *id == r.id).unwrap_or(0);
            tr!("Kommune {}", "Municipality {}", letter(i))
        }
    };
    if let Some((id, name)) = chosen {
        let Some(mine) = rows.iter().find(|r| r.id == *id) else {
            let _ = writeln!(
                h,
                "<p>{}</p>",
                escape(&tr!(
                    "{name} har ikke svart på modenhetsskjemaet.",
                    "{name} has not answered the maturity questionnaire."
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
                "Punktet er {name}. Grått felt: spennet blant de {n} andre kommunene; strek: medianen deres.",
                "The dot is {name}. Grey band: the range among the {n} other municipalities; line: their median."
            ))
        );
        let items = |labels: &[String],
                     mine: &[Option<f64>],
                     pick: &dyn Fn(&MaturityRow) -> Vec<Option<f64>>|
         -> Vec<(String, Option<f64>, Vec<f64>)> {
            labels
                .iter()
                .enumerate()
                .map(|(k, l)| {
                    (
                        l.clone(),
                        mine[k],
                        others.iter().filter_map(|o| pick(o)[k]).collect(),
                    )
                })
                .collect()
        };
        let _ = writeln!(
            h,
            "<h3>{}</h3>",
            escape(&tr!("Per kategori", "Per category"))
        );
        h.push_str(&svg::against_others(
            &tr!("Kategorier", "Categories"),
            &items(&category_labels, &mine.categories, &|r| {
                r.categories.clone()
            }),
        ));
        let _ = writeln!(
            h,
            "<h3>{}</h3>",
            escape(&tr!("Per prinsipp", "Per principle"))
        );
        h.push_str(&svg::against_others(
            &tr!("Prinsipper", "Principles"),
            &items(&principle_labels, &mine.principles, &|r| {
                r.principles.clone()
            }),
        ));
    } else {
        h.push_str("<div class=\"small\">");
        for (i, r) in rows.iter().enumerate() {
            let items: Vec<(String, Option<f64>)> = category_labels
                .iter()
                .cloned()
                .zip(r.categories.iter().copied())
                .collect();
            let overall = r.overall.map_or("–".into(), |o| format!("{o:.1}"));
            let _ = write!(
                h,
                "<figure><figcaption>{} · {}</figcaption>{}</figure>",
                escape(&label(i, r)),
                escape(&tr!("samlet {overall}", "overall {overall}")),
                svg::bars(&label(i, r), &items, 5.0, 1)
            );
        }
        h.push_str("</div>\n");
    }
    let _ = writeln!(
        h,
        "<h3>{}</h3>",
        escape(&tr!(
            "Alle kommuner, per prinsipp",
            "All municipalities, per principle"
        ))
    );
    let columns: Vec<String> = nsm::principles().map(|p| p.id.to_string()).collect();
    let heat: Vec<(String, Vec<Option<f64>>)> = order
        .iter()
        .enumerate()
        .map(|(i, r)| (label(i, r), r.principles.clone()))
        .collect();
    h.push_str(&svg::heat_map(
        &tr!("Modenhet per prinsipp", "Maturity per principle"),
        &heat,
        &columns,
    ));
    let _ = write!(
        h,
        "<details><summary>{}</summary><ul>",
        escape(&tr!("Prinsippene", "The principles"))
    );
    for l in &principle_labels {
        let _ = write!(h, "<li>{}</li>", escape(l));
    }
    h.push_str("</ul></details>\n");
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
