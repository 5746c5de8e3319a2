//! The HTML report: one self-contained file (styles and SVG charts inline,
//! nothing fetched from elsewhere) with the inputs, maturity per NSM category
//! and principle, the ranked service catalogue with its stability, the
//! method findings of the pilot, and the rejected inputs. It prints on A4.
//!
//! With a chosen municipality the report compares it with the others, who
//! appear as a distribution (or as "Kommune A, B, …") unless names are asked for.

pub mod svg;

use std::fmt::Write;

use crate::analysis::Settings;
use crate::dataset::{Cell, Dataset, Table};
use crate::i18n::Lang;
use crate::nsm;
use crate::tr;

pub struct Options {
    /// Kommunenummer or name of the municipality to compare with the others.
    pub municipality: Option<String>,
    pub show_names: bool,
    /// When the report was made (RFC 3339), shown in its header.
    pub generated: String,
}

/// Text safe to put in HTML and SVG text and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;margin:0 auto;max-width:1040px;padding:24px;line-height:1.45}
h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #DCE6F1;padding-bottom:4px;margin-top:1.8em}
.meta{color:#52606d}.facts{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.fact{background:#F0F4F8;border-radius:6px;padding:8px 14px}.fact b{display:block;font-size:1.5em}
table{border-collapse:collapse;width:100%;margin:10px 0;font-size:.92em}th,td{border-bottom:1px solid #D9E2EC;padding:5px 7px;text-align:left;vertical-align:top}
th{background:#DCE6F1}td.n{text-align:right;white-space:nowrap}
svg{max-width:100%;height:auto;display:block;margin:8px 0}svg text{font-size:12px;fill:#1f2933}svg .a{font-size:10px;fill:#52606d}svg .c{font-size:11px}
.small{display:flex;flex-wrap:wrap;gap:10px}.small figure{margin:0;width:500px;max-width:100%}figcaption{font-weight:600}
.note{color:#52606d;font-size:.9em}.flag{color:#9B1C1C}
@media print{@page{size:A4;margin:14mm}body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}figure,svg,tr{break-inside:avoid}}
"#;

/// The whole report as one HTML document.
pub fn build(data: &Dataset, settings: &Settings, options: &Options) -> anyhow::Result<String> {
    let lang = match crate::i18n::current() {
        Lang::Nb => "nb",
        Lang::En => "en",
    };
    let rows = maturity_rows(&data.maturity);
    let chosen = match &options.municipality {
        None => None,
        Some(wanted) => Some(find(&rows, data, wanted)?),
    };
    let title = match &chosen {
        Some((_, name)) => tr!("Kartlegging: {name}", "Mapping: {name}"),
        None => tr!(
            "Kartlegging av IT-struktur og sikkerhetsmodenhet",
            "Mapping of IT structure and security maturity"
        ),
    };
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(&title),
        escape(&title)
    );
    let _ = writeln!(
        h,
        "<p class=\"meta\">{}</p>",
        escape(&tr!(
            "Laget {} med kartlegg {}. Rapporten beskriver sikkerhetssvakheter: del den bare med dem som skal ha den.",
            "Made {} with kartlegg {}. The report describes security weaknesses: share it only with those who need it.",
            options.generated,
            env!("CARGO_PKG_VERSION")
        ))
    );
    overview(&mut h, data);
    maturity(&mut h, &rows, chosen.as_ref(), options.show_names);
    catalogue(&mut h, data, settings);
    method(&mut h, data);
    deviations(&mut h, data);
    h.push_str("</body>\n</html>\n");
    Ok(h)
}

/// One municipality's maturity: id, name, overall, categories, principles.
struct MaturityRow {
    id: String,
    name: String,
    overall: Option<f64>,
    categories: Vec<Option<f64>>,
    principles: Vec<Option<f64>>,
}

fn number(c: Option<&Cell>) -> Option<f64> {
    match c {
        Some(Cell::Number(n)) => Some(*n),
        _ => None,
    }
}

fn text(c: Option<&Cell>) -> String {
    match c {
        Some(Cell::Text(s)) => s.clone(),
        Some(Cell::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// Reads the maturity table back by its headers, so the report shows the
/// same numbers as the CSV and XLSX.
fn maturity_rows(t: &Table) -> Vec<MaturityRow> {
    let column = |names: &[String]| t.headers.iter().position(|h| names.contains(h));
    let categories: Vec<Option<usize>> = nsm::categories()
        .map(|c| column(&[format!("k{}", c.id), format!("c{}", c.id)]))
        .collect();
    let principles: Vec<Option<usize>> = nsm::principles()
        .map(|p| column(&[p.id.to_string()]))
        .collect();
    t.rows
        .iter()
        .map(|r| MaturityRow {
            id: text(r.first()),
            name: text(r.get(1)),
            overall: number(r.get(4)),
            categories: categories
                .iter()
                .map(|c| c.and_then(|c| number(r.get(c))))
                .collect(),
            principles: principles
                .iter()
                .map(|c| c.and_then(|c| number(r.get(c))))
                .collect(),
        })
        .collect()
}

/// The municipality asked for, by number or (part of) name.
fn find(rows: &[MaturityRow], data: &Dataset, wanted: &str) -> anyhow::Result<(String, String)> {
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

fn overview(h: &mut String, data: &Dataset) {
    let c = &data.collected;
    let sites = data.ranking.sites.len();
    let rejected = data.rejected();
    let notes = data.deviations.len() - rejected;
    let _ = write!(
        h,
        "<h2>{}</h2>\n<div class=\"facts\">",
        escape(&tr!("Inndata", "Inputs"))
    );
    for (label, value) in [
        (tr!("filer lest", "files read"), c.inputs),
        (
            tr!("kommuner og samarbeid", "municipalities and cooperations"),
            sites,
        ),
        (
            tr!("spørreskjemasvar", "questionnaire answers"),
            c.surveys.len(),
        ),
        (tr!("maskiner", "machines"), c.hosts.len()),
        (tr!("filer avvist", "files rejected"), rejected),
        (tr!("merknader", "notes"), notes),
    ] {
        let _ = write!(
            h,
            "<div class=\"fact\"><b>{value}</b>{}</div>",
            escape(&label)
        );
    }
    h.push_str("</div>\n");
    let coverage: Vec<f64> = data
        .maturity
        .rows
        .iter()
        .filter_map(|r| number(r.get(5)))
        .collect();
    if let Some(m) = crate::analysis::sample::mean(&coverage) {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            escape(&tr!(
                "Modenhetsskårene bygger i snitt på {:.0} % av de relevante spørsmålene; resten var «vet ikke», hoppet over eller ikke nådd.",
                "The maturity scores rest on {:.0} % of the applicable questions on average; the rest were “don't know”, skipped or not reached.",
                m * 100.0
            ))
        );
    }
}

fn maturity(
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

fn catalogue(h: &mut String, data: &Dataset, settings: &Settings) {
    let r = &data.ranking;
    let top = r.top;
    let _ = writeln!(
        h,
        "<h2>{}</h2>",
        escape(&tr!(
            "Tjenestekatalog: rangert etter behov",
            "Service catalogue: ranked by need"
        ))
    );
    let _ = writeln!(
        h,
        "<p class=\"note\">{}</p>",
        escape(&tr!(
            "Behov 0–100 per kommune fra modenhetsgap, oppgitt behov og signaler i svar og inventar (se docs/metodikk.md). «I topp {top}»: andel av {} bootstrap-utvalg av kommunene der tjenesten er blant de {top} øverste.",
            "Need 0–100 per municipality from maturity gap, stated need and signals in answers and inventory (see docs/metodikk.md). “In top {top}”: share of {} bootstrap resamples of the municipalities in which the service is among the top {top}.",
            settings.weights.resamples
        ))
    );
    let needs: Vec<(String, Option<f64>)> = r
        .ranked
        .iter()
        .map(|x| {
            (
                settings.catalogue.services[x.service]
                    .name
                    .get()
                    .to_string(),
                x.mean_need,
            )
        })
        .collect();
    h.push_str(&svg::bars(
        &tr!("Behov per tjeneste", "Need per service"),
        &needs,
        100.0,
        0,
    ));
    let _ = write!(
        h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&tr!("Rang", "Rank")),
        escape(&tr!("Tjeneste", "Service")),
        escape(&tr!("Behov", "Need")),
        escape(&tr!("I topp {top}", "In top {top}")),
        escape(&tr!("Rang 90 %", "Rank 90 %")),
        escape(&tr!("Vet ikke", "Don't know")),
        escape(&tr!("Hvorfor", "Why")),
    );
    let pct = |x: Option<f64>| x.map_or("–".to_string(), |x| format!("{:.0} %", x * 100.0));
    for x in &r.ranked {
        let s = &settings.catalogue.services[x.service];
        let department = settings
            .catalogue
            .departments
            .iter()
            .find(|d| d.id == s.department)
            .map_or(s.department.clone(), |d| d.name.get().to_string());
        let _ = write!(
            h,
            "<tr><td class=\"n\">{}</td><td><b>{}</b><br><span class=\"note\">{}</span></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            x.rank.map_or("–".into(), |r| r.to_string()),
            escape(s.name.get()),
            escape(&department),
            x.mean_need.map_or("–".into(), |m| format!("{m:.1}")),
            pct(x.rank.map(|_| x.stability.in_top)),
            if x.rank.is_some() {
                format!("{}–{}", x.stability.rank_low, x.stability.rank_high)
            } else {
                "–".into()
            },
            pct(x.unknown_share),
            escape(&x.explanation.join(". ")),
        );
    }
    h.push_str("</tbody></table>\n");
    if !r.curve.is_empty() {
        let n = r.sites.len();
        let level = settings.weights.stable;
        let _ = writeln!(
            h,
            "<h3>{}</h3>",
            escape(&tr!(
                "Hvor mange kommuner må kartlegges?",
                "How many municipalities must be mapped?"
            ))
        );
        let points: Vec<(f64, f64)> = r
            .curve
            .iter()
            .map(|p| (p.mapped as f64, p.agreement))
            .collect();
        h.push_str(&svg::curve(
            &tr!(
                "Samsvar med topp {top} mot antall kommuner",
                "Agreement with the top {top} against number of municipalities"
            ),
            &points,
            level,
            n as f64,
            &tr!("kommuner kartlagt", "municipalities mapped"),
        ));
        let level = format!("{:.0} %", level * 100.0);
        let verdict = match r.stable_at {
            Some(k) if k <= n => tr!(
                "Med {k} eller flere kommuner gjenfinnes i snitt minst {level} av topp {top}; {n} er kartlagt, så valget står seg.",
                "With {k} or more municipalities at least {level} of the top {top} is found again on average; {n} are mapped, so the choice holds."
            ),
            Some(k) => tr!(
                "Anslag: omtrent {k} kommuner trengs for at minst {level} av topp {top} skal gjenfinnes; bare {n} er kartlagt. Stiplet linje er ekstrapolert.",
                "Estimate: about {k} municipalities are needed for at least {level} of the top {top} to be found again; only {n} are mapped. The dashed line is extrapolated."
            ),
            None => tr!(
                "Topp {top} når ikke {level} samsvar med dataene som finnes; kartlegg flere kommuner før valget.",
                "The top {top} does not reach {level} agreement with the data there is; map more municipalities before choosing."
            ),
        };
        let _ = writeln!(h, "<p>{}</p>", escape(&verdict));
    }
}

fn method(h: &mut String, data: &Dataset) {
    let e = &data.evaluation;
    let _ = writeln!(
        h,
        "<h2>{}</h2>",
        escape(&tr!("Metodekvalitet", "Method quality"))
    );
    let flagged: Vec<_> = e.flagged().collect();
    let (k, n) = (flagged.len(), e.questions.len());
    let _ = writeln!(
        h,
        "<p>{}</p>",
        escape(&tr!(
            "{k} av {n} spørsmål bør revideres etter grensene i config/pilot.yaml.",
            "{k} of {n} questions should be revised by the limits in config/pilot.yaml."
        ))
    );
    if !flagged.is_empty() {
        let _ = write!(
            h,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(&tr!("Skjema", "Questionnaire")),
            escape(&tr!("Spørsmål", "Question")),
            escape(&tr!("Hvorfor revidere", "Why revise")),
        );
        for q in flagged {
            let _ = write!(
                h,
                "<tr><td>{} {}</td><td><b>{}</b><br><span class=\"note\">{}</span></td><td class=\"flag\">{}</td></tr>",
                escape(&q.questionnaire),
                escape(&q.version),
                escape(&q.question),
                escape(&q.text),
                q.flags
                    .iter()
                    .map(|f| escape(f))
                    .collect::<Vec<_>>()
                    .join("<br>"),
            );
        }
        h.push_str("</tbody></table>\n");
    }
    let _ = write!(
        h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&tr!("Skjema", "Questionnaire")),
        escape(&tr!("Filer", "Files")),
        escape(&tr!("Median minutter", "Median minutes")),
        escape(&tr!("Anslått minutter", "Estimated minutes")),
    );
    let minutes = |m: Option<f64>| m.map_or("–".to_string(), |m| format!("{m:.0}"));
    for d in &e.durations {
        let _ = write!(
            h,
            "<tr><td>{} {}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&d.questionnaire),
            escape(&d.version),
            d.files,
            minutes(d.median_minutes),
            minutes(d.estimated_minutes),
        );
    }
    h.push_str("</tbody></table>\n");
}

fn deviations(h: &mut String, data: &Dataset) {
    let _ = writeln!(
        h,
        "<h2>{}</h2>",
        escape(&tr!(
            "Avviste filer og merknader",
            "Rejected files and notes"
        ))
    );
    if data.deviations.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            escape(&tr!(
                "Alle filer ble brukt som de er.",
                "Every file was used as it is."
            ))
        );
        return;
    }
    let _ = write!(
        h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&tr!("Fil", "File")),
        escape(&tr!("Status", "Status")),
        escape(&tr!("Melding", "Message")),
    );
    for d in &data.deviations {
        let status = if d.rejected {
            tr!("avvist", "rejected")
        } else {
            tr!("brukt, se på", "used, look at")
        };
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{} <span class=\"note\">({})</span></td><td>{}</td></tr>",
            escape(&d.file),
            escape(&status),
            escape(d.code),
            escape(&d.message),
        );
    }
    h.push_str("</tbody></table>\n");
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

    #[test]
    fn escape_covers_markup_and_control_characters() {
        assert_eq!(
            escape("<a href='x'>&\"\u{7}"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;\u{FFFD}"
        );
    }
}
