//! `kartlegg pilot`: how well the questionnaires worked in the pilot, and
//! which questions to revise.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::input::{self, InputArgs};
use crate::analysis::pilot::Evaluation;
use crate::config::Config;
use crate::dataset::csv::{self, Dialect};
use crate::dataset::findings;
use crate::i18n::decimal;
use crate::{exit, fsutil, publish, tr, ui};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,

    /// Folder for metode.csv (every question) and tidsbruk.csv (time per questionnaire)
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,

    /// CSV flavour: `excel-nb` is UTF-8 with BOM, `;` and decimal comma
    #[arg(long, value_enum, default_value = "standard")]
    pub csv_dialect: Dialect,

    /// Replace existing files in the output folder
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let files = args
        .output
        .as_ref()
        .map(|dir| [dir.join("metode.csv"), dir.join("tidsbruk.csv")]);
    for f in files.iter().flatten() {
        fsutil::refuse_overwrite(f, args.force)?;
    }
    let (data, _) = input::load(&args.input, config)?;
    input::require_results(&data, &args.input)?;
    input::tell_rejected(&data, config)?;
    let e = &data.evaluation;
    let color = config.color.stdout();
    let mut out = std::io::stdout().lock();
    flagged(&mut out, e, color)?;
    agreement(&mut out, e, color)?;
    times(&mut out, e, color)?;
    if !config.quiet {
        writeln!(out, "{}", tr!("pilot-estimate-the-sum-of-every-question"))?;
    }
    if let Some(dir) = &args.output {
        let (m, d) = (findings::method(e), findings::durations(e));
        let staging = publish::begin(dir)?;
        // Again: a folder a killed run left aside is back in place now.
        for f in files.iter().flatten() {
            fsutil::refuse_overwrite(f, args.force)?;
        }
        staging.write("metode.csv", &csv::to_bytes(&m, args.csv_dialect)?)?;
        staging.write("tidsbruk.csv", &csv::to_bytes(&d, args.csv_dialect)?)?;
        staging.publish()?;
    }
    Ok(ExitCode::from(if data.rejected() > 0 {
        exit::REJECTED
    } else {
        exit::OK
    }))
}

/// The questions to revise, with why.
fn flagged(out: &mut impl Write, e: &Evaluation, color: bool) -> anyhow::Result<()> {
    let flagged: Vec<_> = e.flagged().collect();
    if flagged.is_empty() {
        writeln!(
            out,
            "{}",
            tr!(
                "pilot-no-question-is-flagged-for-revision",
                value = e.questions.len()
            )
        )?;
        return Ok(());
    }
    let mut table = ui::table(
        vec![
            tr!("pilot-questionnaire"),
            tr!("pilot-question"),
            tr!("pilot-files"),
            tr!("pilot-why-revise"),
        ],
        color,
    );
    for q in &flagged {
        table.add_row(vec![
            format!("{} {}", q.questionnaire, q.version),
            q.question.clone(),
            q.reached.to_string(),
            q.flags.join("\n"),
        ]);
    }
    writeln!(out, "{table}")?;
    let (k, n) = (flagged.len(), e.questions.len());
    writeln!(
        out,
        "{}",
        tr!("pilot-of-questions-should-be-revised", k = k, n = n)
    )?;
    Ok(())
}

/// The agreement between respondents of the same municipality on every
/// question that has it, the weakest first.
fn agreement(out: &mut impl Write, e: &Evaluation, color: bool) -> anyhow::Result<()> {
    let mut with: Vec<_> = e
        .questions
        .iter()
        .filter_map(|q| Some((q, q.agreement.as_ref()?)))
        .collect();
    if with.is_empty() {
        return Ok(());
    }
    with.sort_by(|(_, a), (_, b)| {
        let key = |x: Option<f64>| x.unwrap_or(f64::INFINITY);
        key(a.alpha.alpha).total_cmp(&key(b.alpha.alpha))
    });
    let mut table = ui::table(
        vec![
            tr!("pilot-questionnaire"),
            tr!("pilot-question"),
            tr!("pilot-metric"),
            tr!("pilot-alpha"),
            tr!("pilot-values"),
            tr!("pilot-municipalities"),
            tr!("pilot-within-one-level"),
        ],
        color,
    );
    for (q, a) in &with {
        let alpha = a.alpha.alpha.map_or("–".into(), |x| decimal(x, 2));
        let within = a
            .within_one
            .map_or("–".into(), |x| format!("{:.0} %", x * 100.0));
        let alpha = if a.low { format!("{alpha} !") } else { alpha };
        table.add_row(vec![
            format!("{} {}", q.questionnaire, q.version),
            q.question.clone(),
            a.metric.name().to_string(),
            alpha,
            a.alpha.pairable.to_string(),
            a.alpha.units.to_string(),
            within,
        ]);
    }
    writeln!(
        out,
        "\n{}\n{table}",
        tr!("pilot-agreement-between-respondents-of-the-same")
    )?;
    Ok(())
}

/// Time per questionnaire version.
fn times(out: &mut impl Write, e: &Evaluation, color: bool) -> anyhow::Result<()> {
    let mut times = ui::table(
        vec![
            tr!("pilot-questionnaire"),
            tr!("pilot-files-2"),
            tr!("pilot-finished"),
            tr!("pilot-median-min"),
            tr!("pilot-90-min"),
            tr!("pilot-estimate-min"),
        ],
        color,
    );
    let minutes = |m: Option<f64>| m.map_or("–".to_string(), |m| format!("{m:.0}"));
    for d in &e.durations {
        times.add_row(vec![
            format!("{} {}", d.questionnaire, d.version),
            d.files.to_string(),
            d.complete.to_string(),
            minutes(d.median_minutes),
            minutes(d.p90_minutes),
            minutes(d.estimated_minutes),
        ]);
    }
    writeln!(out, "\n{times}")?;
    Ok(())
}
