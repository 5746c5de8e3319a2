//! Ranking the candidate services of the catalogue by how much the mapped
//! municipalities need them, with the reasons in words and with how stable
//! the ranking is when other municipalities had been mapped.
//!
//! A municipality's need for a service (0–100) is the weighted mean of four
//! components, each 0–1, of which those with data count (`site_need`):
//! - maturity gap: `(5 − score) / 5`, averaged over the principles the
//!   service strengthens that the municipality has a score for;
//! - stated need: the `<service>_behov` answer's level, times a factor for
//!   how the municipality covers the service today (`<service>_dekning`);
//! - ranked: the points the service gets in the municipality's ranking of
//!   the services that matter most, as a share of the first place's;
//! - signals: the share of the service's answer and inventory signals that
//!   fire, among those that can be judged from the data.
//!
//! Across municipalities the mean need (optionally weighted by size) ranks
//! the services; equal means share a rank. Bootstrap resampling of the
//! municipalities gives each service's probability of staying in the top N.

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::sample::{Rng, quantile, round};
use super::settings::Weights;
use crate::catalogue::{Catalogue, Service};
use crate::collect::Record;
use crate::questionnaire::answer::AnswerValue;
use crate::tr;

/// The questionnaire that holds municipality sizes.
const STRUCTURE_QUESTIONNAIRE: &str = "it-struktur";

mod site_need;
pub use site_need::Need;
use site_need::need;

/// A service's place in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// Index into the catalogue's services.
    pub service: usize,
    /// 1 = greatest need; equal means share a rank; `None` without data.
    pub rank: Option<usize>,
    pub mean_need: Option<f64>,
    pub high_share: Option<f64>,
    /// Municipalities with a need score for the service.
    pub with_data: usize,
    pub unknown_share: Option<f64>,
    pub stability: Stability,
    pub explanation: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stability {
    /// Share of resamples in which the service is in the top N.
    pub in_top: f64,
    pub mean_rank: f64,
    /// 5th and 95th percentile of the rank over the resamples.
    pub rank_low: f64,
    pub rank_high: f64,
}

/// How well the top N of all data is recovered from `mapped` municipalities.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvePoint {
    pub mapped: usize,
    /// Mean share of the full top N found in the top N of a resample.
    pub agreement: f64,
    /// Share of resamples whose top N is exactly the full top N.
    pub same_top: f64,
    /// More municipalities than were mapped: drawn from those that were.
    pub extrapolated: bool,
}

pub struct Ranking {
    pub sites: Vec<(String, String)>,
    /// `needs[service][site]`.
    pub needs: Vec<Vec<Need>>,
    /// In rank order.
    pub ranked: Vec<Ranked>,
    pub curve: Vec<CurvePoint>,
    /// The fewest municipalities at which the curve reaches `stable`.
    pub stable_at: Option<usize>,
    pub top: usize,
    pub seed: u64,
}

/// Ranks the catalogue from the sites' data.
pub fn rank(catalogue: &Catalogue, sites: &[&Record], w: &Weights, seed: u64) -> Ranking {
    let needs: Vec<Vec<Need>> = catalogue
        .services
        .par_iter()
        .map(|s| sites.iter().map(|site| need(s, site, w)).collect())
        .collect();
    let names = sites
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    rank_needs(catalogue, names, needs, &sizes(sites, w), w, seed)
}

/// Ranks from need scores already computed (`needs[service][site]`).
pub fn rank_needs(
    catalogue: &Catalogue,
    sites: Vec<(String, String)>,
    needs: Vec<Vec<Need>>,
    sizes: &[f64],
    w: &Weights,
    seed: u64,
) -> Ranking {
    // The resamples look at the scores only: kept close together, they are
    // read thousands of times over without leaving the cache.
    let scores: Vec<Vec<Option<f64>>> = needs
        .iter()
        .map(|per_site| per_site.iter().map(|n| n.score).collect())
        .collect();
    let all: Vec<usize> = (0..sizes.len()).collect();
    let full = aggregate(&scores, sizes, &all, w.high_need);
    let ranks = ranks(&full);
    let stability = bootstrap(&scores, sizes, w, seed);
    let mut ranked: Vec<Ranked> = (0..catalogue.services.len())
        .map(|i| {
            let (unknown, given) = needs[i]
                .iter()
                .fold((0, 0), |(u, g), n| (u + n.unknown, g + n.given));
            Ranked {
                service: i,
                rank: ranks[i],
                mean_need: full[i].mean.map(|m| round(m, 1)),
                high_share: full[i].high_share.map(|m| round(m, 3)),
                with_data: full[i].with_data,
                unknown_share: (given > 0).then(|| round(unknown as f64 / given as f64, 3)),
                stability: stability[i].clone(),
                explanation: explain(&catalogue.services[i], &needs[i], w),
            }
        })
        .collect();
    ranked.sort_by_key(|r| (r.rank.unwrap_or(usize::MAX), r.service));
    let curve = curve(&scores, sizes, w, seed, &ranks);
    let stable_at = curve
        .iter()
        .find(|p| p.agreement >= w.stable)
        .map(|p| p.mapped);
    Ranking {
        sites,
        needs,
        ranked,
        curve,
        stable_at,
        top: w.top,
        seed,
    }
}

/// The answer value of a question, if answered.
fn value<'a>(site: &'a Record, questionnaire: &str, id: &str) -> Option<&'a AnswerValue> {
    site.responses(questionnaire)?.get(id)?.value()
}

/// Each site's weight in the mean need: 1, or its size; a site whose size is
/// unknown counts as the mean of the known sizes.
fn sizes(sites: &[&Record], w: &Weights) -> Vec<f64> {
    let Some(question) = w.weight_by.question() else {
        return vec![1.0; sites.len()];
    };
    let known: Vec<Option<f64>> = sites
        .iter()
        .map(|s| match value(s, STRUCTURE_QUESTIONNAIRE, question) {
            Some(AnswerValue::Number(x)) if *x > 0.0 => Some(*x),
            _ => None,
        })
        .collect();
    let values: Vec<f64> = known.iter().flatten().copied().collect();
    let fallback = super::sample::mean(&values).unwrap_or(1.0);
    known.into_iter().map(|k| k.unwrap_or(fallback)).collect()
}

#[derive(Clone, Debug, Default)]
struct Aggregate {
    mean: Option<f64>,
    high_share: Option<f64>,
    with_data: usize,
}

/// Mean need and share of high need per service over the chosen sites (a
/// site may be chosen more than once), from the need scores
/// (`scores[service][site]`).
fn aggregate(
    scores: &[Vec<Option<f64>>],
    sizes: &[f64],
    chosen: &[usize],
    high: f64,
) -> Vec<Aggregate> {
    scores
        .iter()
        .map(|per_site| {
            let (mut sum, mut weight, mut high_weight, mut with_data) = (0.0, 0.0, 0.0, 0);
            for &i in chosen {
                if let Some(score) = per_site[i] {
                    sum += sizes[i] * score;
                    weight += sizes[i];
                    with_data += 1;
                    if score >= high {
                        high_weight += sizes[i];
                    }
                }
            }
            Aggregate {
                mean: (weight > 0.0).then(|| sum / weight),
                high_share: (weight > 0.0).then(|| high_weight / weight),
                with_data,
            }
        })
        .collect()
}

/// Competition ranks ("1, 2, 2, 4") by mean need, greatest first; means
/// equal to a tenth of a point share a rank; no data gives no rank.
fn ranks(agg: &[Aggregate]) -> Vec<Option<usize>> {
    let key = |a: &Aggregate| a.mean.map(|m| (m * 10.0).round() as i64);
    agg.iter()
        .map(|a| {
            let mine = key(a)?;
            Some(
                1 + agg
                    .iter()
                    .filter(|b| key(b).is_some_and(|k| k > mine))
                    .count(),
            )
        })
        .collect()
}

fn in_top(rank: Option<usize>, top: usize) -> bool {
    rank.is_some_and(|r| r <= top)
}

fn bootstrap(scores: &[Vec<Option<f64>>], sizes: &[f64], w: &Weights, seed: u64) -> Vec<Stability> {
    let n = sizes.len();
    let services = scores.len();
    if n == 0 || w.resamples == 0 {
        return vec![Stability::default(); services];
    }
    let mut rng = Rng::new(seed);
    let draws: Vec<Vec<usize>> = (0..w.resamples).map(|_| rng.resample(n, n)).collect();
    let mut ranks_seen: Vec<Vec<f64>> = vec![Vec::with_capacity(w.resamples); services];
    let mut top_count = vec![0usize; services];
    for r in ranks_of(scores, sizes, &draws, w.high_need) {
        for (i, rank) in r.iter().enumerate() {
            ranks_seen[i].push(rank.unwrap_or(services) as f64);
            top_count[i] += usize::from(in_top(*rank, w.top));
        }
    }
    ranks_seen
        .iter()
        .zip(top_count)
        .map(|(seen, count)| Stability {
            in_top: round(count as f64 / w.resamples as f64, 3),
            mean_rank: round(seen.iter().sum::<f64>() / seen.len() as f64, 2),
            rank_low: quantile(seen, 0.05).unwrap_or_default().round(),
            rank_high: quantile(seen, 0.95).unwrap_or_default().round(),
        })
        .collect()
}

/// The ranks with each draw of sites, in the order of the draws. The draws
/// are made first, in one sequence from the seed, so that computing them in
/// parallel gives the figures of computing them one by one.
fn ranks_of(
    scores: &[Vec<Option<f64>>],
    sizes: &[f64],
    draws: &[Vec<usize>],
    high: f64,
) -> Vec<Vec<Option<usize>>> {
    draws
        .par_iter()
        .map(|chosen| ranks(&aggregate(scores, sizes, chosen, high)))
        .collect()
}

/// The numbers of mapped municipalities the curve is drawn at: every number
/// up to 12, then about 24 points; beyond the mapped ones up to twice as
/// many (at most the 43 of Vestland) as an extrapolation.
fn curve_points(n: usize) -> Vec<usize> {
    let last = if n >= 43 { n } else { (2 * n).min(43).max(n) };
    let step = (last / 24).max(1);
    (1..=last)
        .filter(|k| *k <= 12 || k % step == 0 || *k == n || *k == last)
        .collect()
}

fn curve(
    scores: &[Vec<Option<f64>>],
    sizes: &[f64],
    w: &Weights,
    seed: u64,
    full_ranks: &[Option<usize>],
) -> Vec<CurvePoint> {
    let n = sizes.len();
    let full_top: Vec<usize> = (0..full_ranks.len())
        .filter(|&i| in_top(full_ranks[i], w.top))
        .collect();
    if n == 0 || full_top.is_empty() || w.resamples == 0 {
        return Vec::new();
    }
    // Fewer draws per point than the bootstrap: the curve has many points.
    let draws = (w.resamples / 4).max(50);
    let mut rng = Rng::new(seed ^ 0x5EED_C0DE);
    curve_points(n)
        .into_iter()
        .map(|k| {
            let drawn: Vec<Vec<usize>> = (0..draws).map(|_| rng.resample(n, k)).collect();
            let (mut agreement, mut same) = (0.0, 0usize);
            for r in ranks_of(scores, sizes, &drawn, w.high_need) {
                let top: Vec<usize> = (0..r.len()).filter(|&i| in_top(r[i], w.top)).collect();
                let found = full_top.iter().filter(|i| top.contains(i)).count();
                agreement += found as f64 / full_top.len() as f64;
                same += usize::from(top == full_top);
            }
            CurvePoint {
                mapped: k,
                agreement: round(agreement / draws as f64, 3),
                same_top: round(same as f64 / draws as f64, 3),
                extrapolated: k > n,
            }
        })
        .collect()
}

/// One or two sentences built from the data behind a service's need.
fn explain(service: &Service, needs: &[Need], w: &Weights) -> Vec<String> {
    let mut lines = Vec::new();
    let mut first = Vec::new();
    // The principle with most municipalities at low maturity.
    let mut per_principle: BTreeMap<crate::nsm::PrincipleId, (usize, usize)> = BTreeMap::new();
    for n in needs {
        for (p, s) in &n.principle_scores {
            let e = per_principle.entry(*p).or_default();
            e.1 += 1;
            if *s <= w.low_maturity {
                e.0 += 1;
            }
        }
    }
    let low = w.low_maturity;
    match per_principle
        .iter()
        .max_by_key(|(p, (k, of))| (*k, std::cmp::Reverse(*of), std::cmp::Reverse(**p)))
    {
        Some((p, (k, of))) if *k > 0 => first.push(tr!(
            "ranking-of-municipalities-have-maturity-on",
            k = k,
            of = of,
            low = low,
            p = p
        )),
        Some(_) => {
            let ps: Vec<String> = per_principle.keys().map(ToString::to_string).collect();
            let ps = ps.join(", ");
            first.push(tr!(
                "ranking-no-municipality-has-maturity-on",
                low = low,
                ps = ps
            ));
        }
        None => {}
    }
    first.extend(stated_summary(needs));
    first.extend(ranked_summary(needs));
    if !first.is_empty() {
        lines.push(first.join("; "));
    }
    let total = service.signals.reasons().count();
    let mut fired = vec![0usize; total];
    for n in needs {
        for &i in &n.fired {
            fired[i] += 1;
        }
    }
    if let Some((i, &k)) = fired
        .iter()
        .enumerate()
        .filter(|(_, k)| **k > 0)
        .max_by_key(|(i, k)| (**k, std::cmp::Reverse(*i)))
    {
        let reason = service.signals.reasons().nth(i).map_or("", |r| r.get());
        let reason = reason.trim_end_matches('.');
        let k = tr!("count-municipalities", n = k);
        lines.push(tr!("ranking-applies-to", reason = reason, k = k));
    }
    if lines.is_empty() {
        lines.push(tr!("ranking-no-data-on-the-need-for"));
    }
    if let Some(overlap) = &service.overlap {
        lines.push(tr!(
            "ranking-overlap",
            value = overlap.get().trim_end_matches('.')
        ));
    }
    lines
}

/// How many municipalities state a high or critical need, and how many of
/// them cover the service themselves or buy it.
fn stated_summary(needs: &[Need]) -> Option<String> {
    let answered: Vec<&Need> = needs.iter().filter(|n| n.stated_option.is_some()).collect();
    if answered.is_empty() {
        return None;
    }
    let of = answered.len();
    let big = answered
        .iter()
        .filter(|n| matches!(n.stated_option.as_deref(), Some("stort" | "kritisk")))
        .count();
    let covered = |how: &str| {
        answered
            .iter()
            .filter(|n| n.sourcing.as_deref() == Some(how))
            .count()
    };
    let (own, bought) = (covered("selv"), covered("kjoper"));
    let mut s = tr!("ranking-of-state-a-large-or-critical", big = big, of = of);
    if own > 0 {
        s.push_str(&tr!("ranking-do-it-themselves", own = own));
    }
    if bought > 0 {
        s.push_str(&tr!("ranking-already-buy-it", bought = bought));
    }
    Some(s)
}

/// How many municipalities rank the service among their most important.
fn ranked_summary(needs: &[Need]) -> Option<String> {
    let ranking: Vec<&Need> = needs.iter().filter(|n| n.ranked.is_some()).collect();
    if ranking.is_empty() {
        return None;
    }
    let of = ranking.len();
    let among = ranking.iter().filter(|n| n.place.is_some()).count();
    let top = ranking.iter().filter(|n| n.place == Some(1)).count();
    Some(tr!(
        "ranking-of-rank-it-among-the-most",
        among = among,
        of = of,
        top = top
    ))
}

#[cfg(test)]
mod tests;
