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
        escape(&tr!("catalogue-service-catalogue-ranked-by-need"))
    );
    let _ = writeln!(
        h,
        "<p class=\"note\">{}</p>",
        escape(&tr!(
            "catalogue-need-0-100-per-municipality-from",
            top = top,
            resamples = settings.weights.resamples
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
        &tr!("catalogue-need-per-service"),
        &needs,
        100.0,
        0,
    ));
    table(h, data, settings);
    if !r.curve.is_empty() {
        curve(h, data, settings);
    }
}

/// In place of the section, in a report for one municipality when too few
/// others are mapped: the ranking pools every municipality's need, so with
/// one or two others it would tell what they need.
pub(super) fn withheld(h: &mut String, name: &str, others: usize) {
    let _ = writeln!(
        h,
        "<h2>{}</h2>",
        escape(&tr!("catalogue-service-catalogue-ranked-by-need"))
    );
    let counted = super::maturity::few_others(others);
    let _ = writeln!(
        h,
        "<p>{}</p>",
        escape(&tr!(
            "catalogue-withheld-too-few-others",
            others = counted,
            name = name,
            floor = crate::analysis::settings::Anonymity::FLOOR
        ))
    );
}

/// The ranked services with their need, stability and reasons.
fn table(h: &mut String, data: &Dataset, settings: &Settings) {
    let r = &data.ranking;
    let top = r.top;
    let _ = write!(
        h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&tr!("catalogue-rank")),
        escape(&tr!("catalogue-service")),
        escape(&tr!("catalogue-need")),
        escape(&tr!("catalogue-in-top", top = top)),
        escape(&tr!("catalogue-rank-90")),
        escape(&tr!("catalogue-don-t-know")),
        escape(&tr!("catalogue-why")),
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
        escape(&tr!("catalogue-how-many-municipalities-must-be-mapped"))
    );
    let points: Vec<(f64, f64)> = r
        .curve
        .iter()
        .map(|p| (p.mapped as f64, p.agreement))
        .collect();
    h.push_str(&svg::curve(
        &tr!("catalogue-agreement-with-the-top-against-number", top = top),
        &points,
        level,
        n as f64,
        &svg::CurveLabels {
            x: tr!("catalogue-number-of-municipalities-drawn-from-those"),
            y: tr!("catalogue-share-of-the-top-found-again", top = top),
            line: tr!("catalogue-mean-over-the-draws"),
            level: tr!("catalogue-stable-from", value = (level * 100.0).round()),
            extrapolated: tr!("catalogue-estimate-beyond-those-mapped"),
        },
    ));
    let level = format!("{:.0} %", level * 100.0);
    let verdict = match r.stable_at {
        Some(k) if k <= n => tr!(
            "catalogue-with-or-more-municipalities-at-least",
            k = k,
            level = level,
            top = top,
            n = n
        ),
        Some(k) => tr!(
            "catalogue-estimate-about-municipalities-are-needed-for",
            k = k,
            level = level,
            top = top,
            n = n
        ),
        None => tr!(
            "catalogue-the-top-does-not-reach-agreement",
            top = top,
            level = level
        ),
    };
    let _ = writeln!(h, "<p>{}</p>", escape(&verdict));
}
