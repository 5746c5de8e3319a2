//! The report's service-catalogue section: the ranking with its reasons,
//! how stable the top is, and how many municipalities must be mapped.

use std::fmt::Write;

use super::{escape, svg};
use crate::analysis::Settings;
use crate::dataset::Dataset;
use crate::i18n::decimal;
use crate::tr;

pub(super) fn section(h: &mut String, data: &Dataset, settings: &Settings) {
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
    table(h, data, settings);
    if !r.curve.is_empty() {
        curve(h, data, settings);
    }
}

/// The ranked services with their need, stability and reasons.
fn table(h: &mut String, data: &Dataset, settings: &Settings) {
    let r = &data.ranking;
    let top = r.top;
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
            x.mean_need.map_or("–".into(), |m| decimal(m, 1)),
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
}

/// How many municipalities it takes for the top to stand, as a curve.
fn curve(h: &mut String, data: &Dataset, settings: &Settings) {
    let r = &data.ranking;
    let top = r.top;
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
        &svg::CurveLabels {
            x: tr!(
                "antall kommuner trukket ut av de kartlagte",
                "number of municipalities drawn from those mapped"
            ),
            y: tr!(
                "andel av topp {top} gjenfunnet",
                "share of the top {top} found again"
            ),
            line: tr!("snitt over trekningene", "mean over the draws"),
            level: tr!(
                "stabil fra {} %",
                "stable from {} %",
                (level * 100.0).round()
            ),
            extrapolated: tr!("anslag utover de kartlagte", "estimate beyond those mapped"),
        },
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
