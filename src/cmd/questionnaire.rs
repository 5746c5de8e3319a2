//! `kartlegg questionnaire list | show | validate | diff | export`: the
//! questionnaires built in, one of them (or a file) in readable form, a
//! checker for authors, what changed between two versions, and Excel forms.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::catalogue;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Rejected};
use crate::exit;
use crate::questionnaire::{self, builtin, render};
use crate::tr;
use crate::ui;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// List the built-in questionnaires with version and hash
    List,
    /// Show a questionnaire (built-in id or YAML file) with every question
    Show {
        /// Built-in questionnaire id (see `list`) or path to a questionnaire file
        #[arg(value_name = "ID|FILE")]
        questionnaire: String,
    },
    /// Check questionnaire or service-catalogue files and report every problem as file:line:column
    ///
    /// Exit status: 0 when all files are valid, 3 when problems were found,
    /// 1 when a file could not be read.
    Validate {
        /// Questionnaire or service-catalogue files to check
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// An earlier version of the questionnaire to check the `changes:` map
        /// against (built-in questionnaires are checked against their
        /// released versions without it)
        #[arg(long, value_name = "OLD.yaml")]
        previous: Option<PathBuf>,
    },
    /// Show what changed between two versions of a questionnaire, for a change log
    Diff {
        /// The earlier version: a file, `ID@VERSION` (a released built-in version) or a built-in ID
        #[arg(value_name = "OLD")]
        old: String,
        /// The later version, given the same ways
        #[arg(value_name = "NEW")]
        new: String,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Write a questionnaire as a fillable Excel form; read it back with `kartlegg import`
    Export {
        /// Built-in questionnaire id (see `list`) or path to a questionnaire file
        #[arg(value_name = "ID|FILE")]
        questionnaire: String,
        /// The workbook to write
        #[arg(long, value_name = "FILE.xlsx")]
        xlsx: PathBuf,
        /// Overwrite an existing file
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Markdown,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    match args.action {
        Action::List => list(config),
        Action::Show { questionnaire } => show(&questionnaire),
        Action::Validate { files, previous } => validate(&files, previous.as_deref(), config),
        Action::Diff { old, new, format } => diff(&old, &new, format),
        Action::Export {
            questionnaire,
            xlsx,
            force,
        } => export(&questionnaire, &xlsx, force, config),
    }
}

fn diff(old: &str, new: &str, format: DiffFormat) -> anyhow::Result<ExitCode> {
    let registry = questionnaire::history::Registry::builtin()?;
    let (old, new) = (registry.resolve(old)?, registry.resolve(new)?);
    if old.id != new.id {
        let (a, b) = (&old.id, &new.id);
        anyhow::bail!(tr!(
            "questionnaire-and-are-different-questionnaires-diff-compares",
            a = a,
            b = b
        ));
    }
    let changes = questionnaire::diff::diff(&old, &new);
    let text = match format {
        DiffFormat::Text => questionnaire::diff_render::text(&changes),
        DiffFormat::Markdown => questionnaire::diff_render::markdown(&changes),
    };
    write!(std::io::stdout().lock(), "{text}")?;
    Ok(ExitCode::SUCCESS)
}

fn export(id: &str, path: &Path, force: bool, config: &Config) -> anyhow::Result<ExitCode> {
    let q = builtin::resolve(id)?;
    crate::fsutil::refuse_overwrite(path, force)?;
    crate::fsutil::write_atomic(path, &crate::form::export::workbook(&q)?)?;
    if !config.quiet {
        let (n, file) = (q.questions().count(), path.display());
        writeln!(
            std::io::stderr(),
            "{}",
            tr!(
                "questionnaire-form-with-questions-written-to-fill",
                n = n,
                file = file
            )
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn list(config: &Config) -> anyhow::Result<ExitCode> {
    let mut table = ui::table(
        vec![
            "ID".into(),
            tr!("questionnaire-version"),
            tr!("questionnaire-title"),
            tr!("questionnaire-questions"),
            "sha256".into(),
        ],
        config.color.stdout(),
    );
    let all = builtin::all()?;
    for q in &all {
        table.add_row(vec![
            q.id.clone(),
            q.version.clone(),
            q.title.get().to_string(),
            q.questions().count().to_string(),
            q.hash()[..12].to_string(),
        ]);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{table}")?;
    if config.verbose > 0 {
        for q in &all {
            writeln!(out, "{} {} sha256:{}", q.id, q.version, q.hash())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn show(arg: &str) -> anyhow::Result<ExitCode> {
    let q = match builtin::resolve(arg) {
        Ok(q) => q,
        // A broken file gets a hint; an unknown id explains itself.
        Err(err) if exit::code_for(&err) == exit::REJECTED => {
            return Err(err.context(tr!(
                "questionnaire-cannot-show-see-every-problem-with",
                arg = arg
            )));
        }
        Err(err) => return Err(err),
    };
    write!(
        std::io::stdout().lock(),
        "{}",
        render::questionnaire(&q, ui::width())
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The earlier versions a questionnaire file is checked against.
struct History {
    registry: questionnaire::history::Registry,
    previous: Option<questionnaire::Questionnaire>,
}

/// Checks a questionnaire or service-catalogue file (told apart by their
/// content) and sums up what it holds.
fn check(path: &Path, history: &History) -> anyhow::Result<String> {
    let src = crate::source::read_text(path, questionnaire::MAX_FILE_BYTES)?;
    let rejected = |problems| Rejected {
        path: path.to_path_buf(),
        problems,
    };
    let root = crate::yaml::parse(&src).map_err(|d| rejected(vec![d]))?;
    // Texts without nynorsk read fine, but count as problems here.
    let gaps = crate::yaml::untranslated(&root);
    let rejected = |mut problems: Vec<Diagnostic>| {
        problems.extend(gaps.iter().cloned());
        problems.sort_by_key(|p| p.mark);
        rejected(problems)
    };
    if catalogue::is_catalogue(&root) {
        let c = catalogue::from_str(&src).map_err(rejected)?;
        if !gaps.is_empty() {
            return Err(rejected(Vec::new()).into());
        }
        let (id, version, n) = (&c.id, &c.version, c.services.len());
        return Ok(tr!(
            "questionnaire-services",
            id = id,
            version = version,
            n = n
        ));
    }
    let q = questionnaire::from_str(&src).map_err(rejected)?;
    let revision =
        questionnaire::revision::check_history(&q, &history.registry, history.previous.as_ref());
    if !revision.is_empty() || !gaps.is_empty() {
        return Err(rejected(revision).into());
    }
    let (id, version, n, hash) = (&q.id, &q.version, q.questions().count(), q.hash());
    Ok(tr!(
        "questionnaire-questions-sha256",
        id = id,
        version = version,
        n = n,
        hash = hash
    ))
}

fn validate(
    files: &[PathBuf],
    previous: Option<&Path>,
    config: &Config,
) -> anyhow::Result<ExitCode> {
    let history = History {
        registry: questionnaire::history::Registry::builtin()?,
        previous: previous.map(questionnaire::from_file).transpose()?,
    };
    let color = config.color.stdout();
    let mut out = std::io::stdout().lock();
    let (mut valid, mut problems, mut unreadable) = (0, 0, 0);
    for path in files {
        match check(path, &history) {
            Ok(summary) => {
                valid += 1;
                if config.verbose > 0 {
                    let ok = ui::paint("ok", ui::OK, color);
                    writeln!(out, "{}: {ok} ({summary})", path.display())?;
                }
            }
            Err(err) => match err.downcast::<Rejected>() {
                Ok(rejected) => {
                    problems += rejected.problems.len();
                    for p in &rejected.problems {
                        let place = match p.mark {
                            Some(m) => format!("{}:{m}:", path.display()),
                            None => format!("{}:", path.display()),
                        };
                        let code = ui::paint(&format!("[{}]", p.code), ui::DIM, color);
                        writeln!(
                            out,
                            "{} {} {code}",
                            ui::paint(&place, ui::PLACE, color),
                            p.message
                        )?;
                    }
                }
                Err(err) => {
                    unreadable += 1;
                    let label = ui::paint(&tr!("questionnaire-error"), ui::ERROR, color);
                    let err = crate::diagnostic::chain_text(&err);
                    writeln!(out, "{}: {label}: {err}", path.display())?;
                }
            },
        }
    }
    drop(out);
    if !config.quiet {
        let checked = files.len();
        let broken = checked - valid - unreadable;
        let problems = tr!("count-problems", n = problems);
        let summary = tr!(
            "questionnaire-files-checked-valid-with-problems-in",
            checked = checked,
            valid = valid,
            broken = broken,
            problems = problems,
            unreadable = unreadable
        );
        writeln!(std::io::stderr(), "{summary}")?;
    }
    let code = if unreadable > 0 {
        exit::FAILURE
    } else if problems > 0 {
        exit::REJECTED
    } else {
        exit::OK
    };
    Ok(ExitCode::from(code))
}
