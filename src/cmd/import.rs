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
        let n = crate::i18n::counted(n, ("problem", "problemer"), ("problem", "problems"));
        writeln!(
            err,
            "{}",
            tr!(
                "{n} i skjemaet; ingenting ble skrevet. Rett det som står over, og importer på nytt.",
                "{n} in the form; nothing was written. Correct what is listed above, and import again."
            )
        )?;
        Ok(ExitCode::from(exit::REJECTED))
    };
    if !path.exists() {
        let file = path.display();
        return Err(Usage(tr!("{file} finnes ikke", "{file} does not exist")).into());
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
    let answering = Answering {
        consensus: filled.consensus,
        ..Answering::new(subject(&args, &filled, config)?, filled.role.clone(), None)
    };
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
            tr!(
                "Ikke brukt, fordi spørsmålene ikke gjelder etter de andre svarene: {ids}",
                "Not used, because the questions do not apply after the other answers: {ids}"
            )
        )?;
    }
    let (n, out, open) = (done.used, output.display(), done.unanswered.len());
    let state = if done.result.status == Status::Complete {
        tr!("fullført", "complete")
    } else {
        let open = crate::i18n::counted(
            open,
            ("spørsmål", "spørsmål"),
            ("question has", "questions have"),
        );
        tr!("delvis: {open} mangler svar", "partial: {open} no answer")
    };
    writeln!(
        err,
        "{}",
        tr!(
            "{n} svar importert til {out} ({state}).",
            "{n} answers imported into {out} ({state})."
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
                "skjemaet er laget fra `{id}` versjon {version}, men denne kartlegg har versjon {here} (eller en endret utgave); oppgi spørreskjemafilen for versjon {version} med --questionnaire FILE",
                "the form was made from `{id}` version {version}, but this kartlegg has version {here} (or a changed copy); give the questionnaire file of version {version} with --questionnaire FILE"
            )
        }
        None => tr!(
            "skjemaet er laget fra spørreskjemaet `{id}` versjon {version}, som ikke er innebygd; oppgi filen med --questionnaire FILE",
            "the form was made from the questionnaire `{id}` version {version}, which is not built in; give its file with --questionnaire FILE"
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
        "{dir} er en mappe; import leser ett utfylt Excel-skjema (.xlsx). Oppgi filen, for eksempel `kartlegg import {example}`.",
        "{dir} is a folder; import reads one filled-in Excel form (.xlsx). Give the file, for example `kartlegg import {example}`."
    )
}

fn subject(args: &Args, filled: &Filled, config: &Config) -> anyhow::Result<Subject> {
    let Some(query) = args.kommune.as_ref().or(filled.kommune.as_ref()) else {
        return Err(Usage(tr!(
            "skjemaet sier ikke hvilken kommune svarene gjelder; oppgi den med -k NR|NAVN",
            "the form does not say which municipality the answers are for; name it with -k NR|NAVN"
        ))
        .into());
    };
    let register = config.register()?;
    Ok(Subject::of(&register.lookup(query)?))
}
