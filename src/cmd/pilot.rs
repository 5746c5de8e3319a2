//! `kartlegg pilot`: how well the questionnaires worked in the pilot, and
//! which questions to revise.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::input::{self, InputArgs};
use crate::config::Config;
use crate::dataset::csv::{self, Dialect};
use crate::dataset::findings;
use crate::{exit, fsutil, tr, ui};

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
    input::tell_rejected(&data, config)?;
    let e = &data.evaluation;
    let color = config.color.stdout();
    let mut out = std::io::stdout().lock();

    let flagged: Vec<_> = e.flagged().collect();
    if flagged.is_empty() {
        writeln!(
            out,
            "{}",
            tr!(
                "Ingen spørsmål er flagget for revisjon ({} spørsmål vurdert).",
                "No question is flagged for revision ({} questions assessed).",
                e.questions.len()
            )
        )?;
    } else {
        let mut table = ui::table(
            vec![
                tr!("Skjema", "Questionnaire"),
                tr!("Spørsmål", "Question"),
                tr!("Kommuner", "Municipalities"),
                tr!("Hvorfor revidere", "Why revise"),
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
            tr!(
                "{k} av {n} spørsmål bør revideres.",
                "{k} of {n} questions should be revised."
            )
        )?;
    }

    let mut times = ui::table(
        vec![
            tr!("Skjema", "Questionnaire"),
            tr!("Filer", "Files"),
            tr!("Ferdige", "Finished"),
            tr!("Median min", "Median min"),
            tr!("90 % min", "90 % min"),
            tr!("Anslag min", "Estimate min"),
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
    if !config.quiet {
        writeln!(
            out,
            "{}",
            tr!(
                "Anslag: summen av mediantiden for hvert spørsmål. Grensene står i config/pilot.yaml (endre med --pilot-config).",
                "Estimate: the sum of every question's median time. The limits are in config/pilot.yaml (change with --pilot-config)."
            )
        )?;
    }
    if let (Some(dir), Some([method, durations])) = (&args.output, &files) {
        std::fs::create_dir_all(dir)?;
        let (m, d) = (findings::method(e), findings::durations(e));
        fsutil::write_atomic(method, &csv::to_bytes(&m, args.csv_dialect)?)?;
        fsutil::write_atomic(durations, &csv::to_bytes(&d, args.csv_dialect)?)?;
    }
    Ok(ExitCode::from(if data.rejected() > 0 {
        exit::REJECTED
    } else {
        exit::OK
    }))
}
