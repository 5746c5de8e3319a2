//! `kartlegg import FILE.xlsx`: a form filled in Excel or LibreOffice (made
//! by `questionnaire export`) into a normal survey result file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Rejected};
use crate::exit::{self, Usage};
use crate::form::import::{self as form, Filled};
use crate::fsutil;
use crate::questionnaire::{self, Questionnaire, builtin};
use crate::subject::Subject;
use crate::survey::fill::{Answered, Answering, Origin, fill};
use crate::survey::result::{self, Status};
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The filled form (.xlsx from `kartlegg questionnaire export`)
    #[arg(value_name = "FILE.xlsx")]
    pub form: PathBuf,

    /// The municipality (number or name) answered for; by default the one written on the form
    #[arg(short = 'k', long, value_name = "NR|NAVN")]
    pub kommune: Option<String>,

    /// Result file [default: kartlegg-svar-<kommunenr>-<questionnaire>-<date>.yaml]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The questionnaire file the form was made from, when it is not built in (such as an older version)
    #[arg(long = "questionnaire", value_name = "FILE")]
    pub questionnaires: Vec<PathBuf>,

    /// Overwrite an existing result file
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let path = &args.form;
    let reject = |problems: Vec<Diagnostic>| -> anyhow::Result<ExitCode> {
        let mut err = std::io::stderr();
        for p in &problems {
            writeln!(err, "{}", p.located(path))?;
        }
        let n = problems.len();
        let n = tr!("count-problems", n = n);
        writeln!(
            err,
            "{}",
            tr!("import-in-the-form-nothing-was-written", n = n)
        )?;
        Ok(ExitCode::from(exit::REJECTED))
    };
    if !path.exists() {
        let file = path.display();
        return Err(Usage(tr!("import-does-not-exist", file = file)).into());
    }
    if path.is_dir() {
        return Err(Usage(folder_given(path)).into());
    }
    let filled = match form::read(path) {
        Ok(filled) => filled,
        Err(problems) => return reject(problems),
    };
    let q = questionnaire_of(&filled, &args.questionnaires, path)?;
    let prepared = match form::prepare(filled.rows.clone(), &q) {
        Ok(prepared) => prepared,
        Err(problems) => return reject(problems),
    };
    let mut answering = Answering {
        consensus: filled.consensus,
        ..Answering::new(subject(&args, &filled, config)?, filled.role.clone(), None)
    };
    if let Some(language) = &filled.language {
        answering.language = language.clone();
    }
    let origin = Origin::workbook(path, form::place);
    let done = match fill(&q, &answering, &prepared, &origin) {
        Ok(done) => done,
        Err(err) => match err.downcast::<Rejected>() {
            Ok(rejected) => return reject(rejected.problems),
            Err(err) => return Err(err),
        },
    };
    let output = match &args.output {
        Some(output) => output.clone(),
        None => PathBuf::from(result::default_file_name(&answering.subject, &q.id)?),
    };
    fsutil::refuse_overwrite(&output, args.force)?;
    fsutil::write_atomic(&output, done.result.to_yaml().as_bytes())?;
    if !config.quiet {
        tell_imported(&done, &output)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What was imported where, and what was left out or open.
fn tell_imported(done: &Answered, output: &Path) -> anyhow::Result<()> {
    let mut err = std::io::stderr();
    if !done.unused.is_empty() {
        let ids = done.unused.join(", ");
        writeln!(
            err,
            "{}",
            tr!("import-not-used-because-the-questions-do", ids = ids)
        )?;
    }
    let (n, out, open) = (done.used, output.display(), done.unanswered.len());
    let state = if done.result.status == Status::Complete {
        tr!("import-complete")
    } else {
        let open = tr!("count-questions-have", n = open);
        tr!("import-partial-no-answer", open = open)
    };
    writeln!(
        err,
        "{}",
        tr!(
            "import-answers-imported-into",
            n = n,
            out = out,
            state = state
        )
    )?;
    Ok(())
}

/// The questionnaire the form was exported from: built in, or a file given
/// with `--questionnaire`, matched by id and hash.
fn questionnaire_of(
    filled: &Filled,
    files: &[PathBuf],
    path: &Path,
) -> anyhow::Result<Questionnaire> {
    let wanted = &filled.questionnaire;
    // Forms made from an earlier released version are read with that
    // version; merge carries the answers to the newest.
    let current = builtin::all()?;
    let mut known = crate::questionnaire::history::all()?;
    known.extend(current.iter().cloned());
    for file in files {
        known.push(questionnaire::from_file(file)?);
    }
    if let Some(q) = known
        .iter()
        .find(|q| q.id == wanted.id && q.hash() == wanted.sha256)
    {
        return Ok(q.clone());
    }
    let (id, version) = (&wanted.id, &wanted.version);
    let message = match current.iter().find(|q| q.id == wanted.id) {
        Some(here) => {
            let here = &here.version;
            tr!(
                "import-the-form-was-made-from-version",
                id = id,
                version = version,
                here = here
            )
        }
        None => tr!(
            "import-the-form-was-made-from-the",
            id = id,
            version = version
        ),
    };
    Err(Rejected {
        path: path.to_path_buf(),
        problems: vec![Diagnostic::whole_file("questionnaire-mismatch", message)],
    }
    .into())
}

/// Why a folder cannot be imported, and which file in it could be.
fn folder_given(dir: &Path) -> String {
    let forms: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.extension()
                        .is_some_and(|x| x.eq_ignore_ascii_case("xlsx"))
                })
                .map(|p| p.display().to_string())
                .collect()
        })
        .unwrap_or_default();
    let dir = dir.display();
    let example = forms
        .iter()
        .min()
        .cloned()
        .unwrap_or_else(|| format!("{dir}/modenhet.xlsx"));
    tr!(
        "import-is-a-folder-import-reads-one",
        dir = dir,
        example = example
    )
}

fn subject(args: &Args, filled: &Filled, config: &Config) -> anyhow::Result<Subject> {
    let Some(query) = args.kommune.as_ref().or(filled.kommune.as_ref()) else {
        return Err(Usage(tr!("import-the-form-does-not-say-which")).into());
    };
    let register = config.register()?;
    Ok(Subject::of(&register.lookup(query)?))
}
