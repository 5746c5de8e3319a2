//! `kartlegg catalogue`: the service catalogue ranked by the municipalities'
//! need, with the reasons and how stable the ranking is.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::input::{self, InputArgs};
use crate::analysis::Settings;
use crate::analysis::ranking::Ranking;
use crate::analysis::settings::WeightBy;
use crate::config::Config;
use crate::dataset::csv::{self, Dialect};
use crate::dataset::findings;
use crate::i18n::decimal;
use crate::{exit, fsutil, tr, ui};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,

    /// Size of the catalogue being chosen (overrides `top` in the weights)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub top: Option<u16>,

    /// Weight municipalities by size in the mean need (overrides `weight_by`)
    #[arg(long, value_enum, value_name = "BY")]
    pub weight_by: Option<WeightByArg>,

    /// Also write the ranking as CSV to this file
    #[arg(short, long, value_name = "FILE.csv")]
    pub output: Option<PathBuf>,

    /// CSV flavour: `excel-nb` is UTF-8 with BOM, `;` and decimal comma
    #[arg(long, value_enum, default_value = "standard")]
    pub csv_dialect: Dialect,

    /// Replace an existing output file
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum WeightByArg {
    None,
    Innbyggere,
    Ansatte,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    if let Some(out) = &args.output {
        fsutil::refuse_overwrite(out, args.force)?;
    }
    let (data, settings) = input::load_with(&args.input, config, |w| {
        if let Some(top) = args.top {
            w.top = usize::from(top);
        }
        if let Some(by) = args.weight_by {
            w.weight_by = match by {
                WeightByArg::None => WeightBy::None,
                WeightByArg::Innbyggere => WeightBy::Inhabitants,
                WeightByArg::Ansatte => WeightBy::Employees,
            };
        }
    })?;
    input::require_results(&data, &args.input)?;
    input::tell_rejected(&data, config)?;
    let r = &data.ranking;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", ranked_table(r, &settings, config.color.stdout()))?;
    if !config.quiet {
        summary(&mut out, r, &settings)?;
    }
    if let Some(path) = &args.output {
        let table = findings::catalogue(r, &settings.catalogue);
        fsutil::write_atomic(path, &csv::to_bytes(&table, args.csv_dialect)?)?;
    }
    Ok(ExitCode::from(if data.rejected() > 0 {
        exit::REJECTED
    } else {
        exit::OK
    }))
}

/// The ranked services as a terminal table.
fn ranked_table(r: &Ranking, settings: &Settings, color: bool) -> comfy_table::Table {
    let c = &settings.catalogue;
    let top = r.top;
    let mut table = ui::table(
        vec![
            tr!("catalogue-rank"),
            tr!("catalogue-service"),
            tr!("catalogue-need"),
            tr!("catalogue-high-need"),
            tr!("catalogue-in-top", top = top),
            tr!("catalogue-rank-90"),
            tr!("catalogue-don-t-know"),
            tr!("catalogue-why"),
        ],
        color,
    );
    let pct = |x: Option<f64>| x.map_or("–".to_string(), |x| format!("{:.0} %", x * 100.0));
    for x in &r.ranked {
        let s = &c.services[x.service];
        let rank = x.rank.map_or("–".to_string(), |r| r.to_string());
        let interval = if x.rank.is_some() {
            format!("{}–{}", x.stability.rank_low, x.stability.rank_high)
        } else {
            "–".into()
        };
        table.add_row(vec![
            rank,
            s.name.get().to_string(),
            x.mean_need.map_or("–".into(), |m| decimal(m, 1)),
            pct(x.high_share),
            pct(x.rank.map(|_| x.stability.in_top)),
            interval,
            pct(x.unknown_share),
            x.explanation.join(". "),
        ]);
    }
    table
}

/// How many municipalities the need rests on, and whether the top stands.
fn summary(out: &mut impl Write, r: &Ranking, settings: &Settings) -> anyhow::Result<()> {
    let top = r.top;
    let n = r.sites.len();
    let seed = r.seed;
    let resamples = settings.weights.resamples;
    let sites = crate::tr!("count-municipalities", n = n);
    writeln!(
        out,
        "{}",
        tr!(
            "catalogue-need-0-100-from-in-top",
            sites = sites,
            top = top,
            resamples = resamples,
            seed = seed
        )
    )?;
    let stable = settings.weights.stable;
    let level = format!("{:.0} %", stable * 100.0);
    let verdict = match r.stable_at {
        Some(k) if k <= n => tr!(
            "catalogue-the-top-is-stable-at-least",
            top = top,
            level = level,
            k = k,
            n = n
        ),
        Some(k) => tr!(
            "catalogue-the-top-becomes-stable-at-least",
            top = top,
            level = level,
            k = k,
            n = n
        ),
        None => tr!(
            "catalogue-the-top-is-not-stable-at",
            top = top,
            level = level
        ),
    };
    writeln!(out, "{verdict}")?;
    Ok(())
}
