//! The inputs that `merge`, `catalogue`, `pilot` and `report` share: result
//! files and folders, extra questionnaire versions, and the settings of the
//! analyses. Read once here, the same way for every command.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use crate::analysis::Settings;
use crate::analysis::settings::Weights;
use crate::collect::cache::{self, Cache};
use crate::collect::{self, Collected, Questionnaires};
use crate::config::Config;
use crate::dataset::Dataset;
use crate::questionnaire::history::Registry;
use crate::questionnaire::{self, Questionnaire};
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Result files, or folders to search for them (.yaml, .yml, .json, and .age when encrypted)
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    #[command(flatten)]
    pub identity: super::encryption::IdentityArgs,

    /// Questionnaire files besides the built-in ones (such as older versions)
    #[arg(long = "questionnaire", value_name = "FILE")]
    pub questionnaires: Vec<PathBuf>,

    /// Service catalogue to rank instead of the built-in one
    #[arg(long, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,

    /// Weights and limits of the ranking (see config/vekter.yaml)
    #[arg(long, value_name = "FILE")]
    pub weights: Option<PathBuf>,

    /// Thresholds and checks of the method evaluation (see config/pilot.yaml)
    #[arg(long, value_name = "FILE")]
    pub pilot_config: Option<PathBuf>,

    /// How several respondents' answers become the municipality's (a result
    /// agreed in a joint session, --consensus, always stands for it)
    #[arg(long, value_enum, default_value = "median")]
    pub aggregate: collect::Aggregate,

    /// Seed of the resampling that measures how stable the ranking is
    #[arg(long, default_value_t = crate::analysis::DEFAULT_SEED)]
    pub seed: u64,
}

/// Reads every input with a progress bar on a terminal, and runs the analyses.
pub fn load(args: &InputArgs, config: &Config) -> anyhow::Result<(Dataset, Settings)> {
    load_with(args, config, |_| {})
}

/// As [`load`], with the ranking weights adjusted by command-line flags.
pub fn load_with(
    args: &InputArgs,
    config: &Config,
    adjust: impl FnOnce(&mut Weights),
) -> anyhow::Result<(Dataset, Settings)> {
    let (data, settings, _) = read(args, config, adjust, None)?;
    Ok((data, settings))
}

/// As [`load`], for `merge`: with `cache` (the dataset folder), files an
/// earlier merge read are taken from the cache there; the cache returned
/// holds what this merge read, to be written with the dataset.
pub fn load_cached(
    args: &InputArgs,
    config: &Config,
    cache: Option<&std::path::Path>,
) -> anyhow::Result<(Dataset, Settings, Option<Cache>)> {
    read(args, config, |_| {}, cache)
}

fn read(
    args: &InputArgs,
    config: &Config,
    adjust: impl FnOnce(&mut Weights),
    cache: Option<&std::path::Path>,
) -> anyhow::Result<(Dataset, Settings, Option<Cache>)> {
    // A mistyped path is a mistake on the command line, not a rejected file.
    if let Some(missing) = args.inputs.iter().find(|p| !p.exists()) {
        let path = missing.display();
        anyhow::bail!(tr!("input-does-not-exist-give-files-or", path = path));
    }
    // The files are looked for while the questionnaires, settings and cache
    // are read.
    let (found, prepared) =
        rayon::join(|| collect::discover(&args.inputs), || prepare(args, cache));
    let Prepared {
        questionnaires,
        mut settings,
        identities,
        cache,
    } = prepared?;
    adjust(&mut settings.weights);
    let bar = if config.quiet || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        let style = indicatif::ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} ({eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        indicatif::ProgressBar::new(found.files.len() as u64)
            .with_style(style)
            .with_message(tr!("input-reading-files"))
    };
    let collected = Collected::read(
        found,
        &identities,
        &questionnaires,
        args.aggregate,
        cache.as_ref(),
        &|| bar.inc(1),
    );
    bar.finish_and_clear();
    Ok((Dataset::new(collected, &settings), settings, cache))
}

/// Everything reading needs but the files.
struct Prepared {
    questionnaires: Questionnaires,
    settings: Settings,
    /// The keys that decrypt encrypted result files.
    identities: Vec<age::x25519::Identity>,
    /// What an earlier merge into the output folder read.
    cache: Option<Cache>,
}

fn prepare(args: &InputArgs, cache: Option<&std::path::Path>) -> anyhow::Result<Prepared> {
    // Every released version, so that answers to any of them are carried to
    // the newest; files given with --questionnaire add or replace versions.
    let mut registry = Registry::builtin()?;
    for path in &args.questionnaires {
        registry.insert(questionnaire::from_file(path)?);
    }
    let questionnaires = Questionnaires::new(registry);
    let newest: Vec<Questionnaire> = questionnaires.newest().cloned().collect();
    let mut settings = Settings::load(
        args.catalogue.as_deref(),
        args.weights.as_deref(),
        args.pilot_config.as_deref(),
        &newest,
    )?;
    settings.seed = args.seed;
    let identities = args.identity.identities()?;
    let cache = cache.and_then(|dir| Cache::open(dir, cache::Stamp::of(&questionnaires)?));
    Ok(Prepared {
        questionnaires,
        settings,
        identities,
        cache,
    })
}

/// Refuses to go on when the inputs held no result files at all, so that a
/// wrong folder gives an error instead of an empty report or catalogue.
pub fn require_results(data: &Dataset, args: &InputArgs) -> anyhow::Result<()> {
    if data.collected.inputs > 0 {
        return Ok(());
    }
    let dir = args
        .inputs
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    anyhow::bail!(tr!("input-found-no-result-files-in-give", dir = dir))
}

/// A round name (`--round`): printable text on one line. Checked after
/// the command line is parsed, so that the message is in the chosen language.
pub fn round_name(text: Option<&str>) -> anyhow::Result<Option<String>> {
    let Some(text) = text else {
        return Ok(None);
    };
    let name = text.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(crate::exit::Usage(tr!("input-round-a-round-needs-a-name")).into());
    }
    Ok(Some(name.to_string()))
}

/// Says on standard error which inputs were left out, for the commands
/// that do not write avvik.csv.
pub fn tell_rejected(data: &Dataset, config: &Config) -> anyhow::Result<()> {
    if config.quiet {
        return Ok(());
    }
    let mut err = std::io::stderr().lock();
    for d in data.deviations().iter().filter(|d| d.rejected) {
        writeln!(err, "{}", d.line())?;
    }
    let rejected = data.rejected();
    if rejected > 0 {
        let files = tr!("count-files", n = rejected);
        writeln!(
            err,
            "{}",
            tr!("input-rejected-and-left-out-kartlegg-merge", files = files)
        )?;
    }
    Ok(())
}
