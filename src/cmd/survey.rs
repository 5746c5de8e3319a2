//! `kartlegg survey`: answer questionnaires on site, in a terminal or from a
//! prepared answers file, saving after every answer so that nothing is lost.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use super::encryption::Sealing;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Rejected};
use crate::exit::Usage;
use crate::fsutil;
use crate::questionnaire::history::Registry;
use crate::questionnaire::{Questionnaire, builtin};
use crate::subject::Subject;
use crate::survey::answers::{self, Prepared};
use crate::survey::fill::{Answering, Origin, fill};
use crate::survey::result::{self, Status, SurveyResult};
use crate::survey::session::Session;
use crate::survey::terminal::{self, Outcome, Prompter, choose};
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Questionnaires to answer: built-in ids (see `questionnaire list`) or files; asked for when left out
    #[arg(value_name = "ID|FILE")]
    pub questionnaires: Vec<String>,

    /// The municipality (number or name) or IT cooperation answered for; asked for when left out
    #[arg(short = 'k', long, value_name = "NR|NAVN")]
    pub kommune: Option<String>,

    /// Result file [default: kartlegg-svar-<kommunenr>-<questionnaire>-<date>.yaml]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Continue a partly answered result file
    #[arg(long, value_name = "FILE", conflicts_with = "kommune")]
    pub resume: Option<PathBuf>,

    /// Answers prepared in a YAML or CSV file (question_id,value[,comment]); without a terminal they are the answers, with one they are shown as defaults
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// The respondent's role, such as "IT-leder" (stored in the file)
    #[arg(long, value_name = "TEXT")]
    pub role: Option<String>,

    /// The respondent's name; left out of the file unless given
    #[arg(long, value_name = "NAME")]
    pub respondent: Option<String>,

    /// The answers were agreed in a joint session of several respondents; stands for the municipality
    #[arg(long)]
    pub consensus: bool,

    /// Overwrite an existing result file without asking
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub encryption: super::encryption::EncryptArgs,

    // To resume an encrypted result file (`--resume FILE.age`).
    #[command(flatten)]
    pub identity: super::encryption::IdentityArgs,
}

/// The result file being written, so that an interrupt can say where the
/// answers are; held while saving, so an interrupt waits for a save to finish.
static SAVING: Mutex<Option<(PathBuf, String)>> = Mutex::new(None);

/// The lock file of the result being written, removed on an interrupt (the
/// normal way out drops the lock, which removes it).
static LOCK_FILE: Mutex<Option<PathBuf>> = Mutex::new(None);

fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| on_interrupt());
}

/// Says where the answers are and how to continue, then exits with 130.
/// Waits for a save in progress, so the file is always whole.
fn on_interrupt() -> ! {
    static ONCE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if ONCE.swap(true, std::sync::atomic::Ordering::SeqCst) {
        // The other thread is already saying goodbye and exiting.
        loop {
            std::thread::park();
        }
    }
    {
        let saving = SAVING.lock().unwrap_or_else(|e| e.into_inner());
        let _ = terminal::screen().show_cursor();
        let mut err = std::io::stderr();
        match saving.as_ref() {
            Some((path, resume)) => {
                let path = path.display();
                let said = tr!(
                    "survey-interrupted-the-answers-so-far-are",
                    path = path,
                    resume = resume
                );
                let _ = writeln!(err, "\n{}", fitted(said));
            }
            None => {
                let _ = writeln!(
                    err,
                    "\n{}",
                    tr!("survey-interrupted-before-any-answer-was-given")
                );
            }
        }
    }
    if let Some(lock) = LOCK_FILE.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
        let _ = std::fs::remove_file(lock);
    }
    std::process::exit(i32::from(crate::exit::INTERRUPTED));
}

/// `text` broken at spaces to the width of the terminal on standard error,
/// so that the terminal does not break a file name in the middle; an
/// indented line (a command to copy) stays whole. As it is when standard
/// error is not a terminal.
fn fitted(text: String) -> String {
    let Some((_, cols)) = console::Term::stderr().size_checked() else {
        return text;
    };
    let options = textwrap::Options::new(usize::from(cols.max(20)) - 1)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    text.lines()
        .map(|line| {
            if line.starts_with(' ') {
                line.to_string()
            } else {
                textwrap::fill(line, &options)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when a prompt ended because the user pressed Ctrl-C.
fn is_interrupt(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().or_else(|| {
            match cause.downcast_ref::<dialoguer::Error>() {
                Some(dialoguer::Error::IO(io)) => Some(io),
                _ => None,
            }
        });
        io.is_some_and(|e| e.kind() == std::io::ErrorKind::Interrupted)
    })
}

/// One questionnaire to answer, where, and what is already known.
struct Plan {
    questionnaire: Questionnaire,
    /// The command that continues this file later.
    resume: String,
    output: PathBuf,
    answering: Answering,
}

/// `kartlegg survey --resume FILE`, naming the questionnaire file too when
/// the questionnaire is not built in.
fn resume_command(output: &Path, questionnaire: &Questionnaire, arg: Option<&String>) -> String {
    let builtin = builtin::all().is_ok_and(|all| {
        all.iter()
            .any(|b| b.id == questionnaire.id && b.hash() == questionnaire.hash())
    });
    let command = match arg {
        Some(file) if !builtin && !file.is_empty() => {
            format!("kartlegg survey --resume {} {file}", output.display())
        }
        _ => format!("kartlegg survey --resume {}", output.display()),
    };
    if crate::crypt::is_encrypted(output) {
        // Reading it back needs the project team's secret key.
        command + &tr!("survey-identity-secret-key-encrypt-to-public")
    } else {
        command
    }
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let interactive = terminal::can_ask();
    if !interactive && args.answers.is_none() {
        return Err(Usage(tr!("survey-standard-input-is-not-a-terminal")).into());
    }
    let sealing = args.encryption.sealing()?;
    let plans = match &args.resume {
        Some(path) => vec![resume_plan(path, &args, config, &sealing)?],
        None => new_plans(&args, config, interactive, &sealing)?,
    };
    if args.answers.is_some() && plans.len() != 1 {
        return Err(Usage(tr!("survey-answers-applies-to-one-questionnaire-at")).into());
    }
    install_interrupt_handler();
    for plan in plans {
        answer_one(plan, &args, config, interactive, &sealing)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn resume_plan(
    path: &Path,
    args: &Args,
    config: &Config,
    sealing: &Sealing,
) -> anyhow::Result<Plan> {
    let identities = args.identity.identities()?;
    if crate::crypt::is_encrypted(path) && !sealing.is_on() {
        return Err(Usage(tr!(
            "survey-is-encrypted-give-encrypt-to-again",
            path = path.display()
        ))
        .into());
    }
    let src = crate::source::read_result(path, result::MAX_FILE_BYTES, &identities)?;
    let rejected = |problems: Vec<Diagnostic>| Rejected {
        path: path.to_path_buf(),
        problems,
    };
    let saved = result::from_str(&src).map_err(rejected)?;
    // The file goes on in the language it was begun in, unless one is asked for.
    if !config.language_asked
        && let Some(lang) = saved
            .language
            .as_deref()
            .and_then(crate::i18n::Lang::from_code)
    {
        crate::i18n::set(lang);
    }
    let wanted = &saved.questionnaire;
    // A file begun with an earlier released version is continued with that
    // version: merge carries its answers to the newest.
    let released = Registry::builtin()?.find(wanted).cloned();
    let questionnaire = match (args.questionnaires.as_slice(), released) {
        ([], Some(q)) => q,
        ([], None) => builtin::resolve(&wanted.id).map_err(|_| {
            let (id, file) = (&wanted.id, path.display());
            Usage(tr!(
                "survey-was-answered-with-the-questionnaire-which",
                file = file,
                id = id
            ))
        })?,
        ([one], _) => builtin::resolve(one)?,
        _ => {
            return Err(Usage(tr!("survey-resume-continues-one-questionnaire")).into());
        }
    };
    if questionnaire.id != wanted.id || questionnaire.hash() != wanted.sha256 {
        let (id, version, hash) = (
            &wanted.id,
            &wanted.version,
            &wanted.sha256[..wanted.sha256.len().min(12)],
        );
        let (here_id, here_version, here_hash) = (
            &questionnaire.id,
            &questionnaire.version,
            questionnaire.hash()[..12].to_string(),
        );
        return Err(rejected(vec![Diagnostic::whole_file(
            "questionnaire-mismatch",
            tr!(
                "survey-the-file-was-answered-with-the",
                id = id,
                version = version,
                hash = hash,
                here_id = here_id,
                here_version = here_version,
                here_hash = here_hash
            ),
        )])
        .into());
    }
    let output = sealing.path(&args.output.clone().unwrap_or_else(|| path.to_path_buf()));
    Ok(Plan {
        resume: resume_command(&output, &questionnaire, args.questionnaires.first()),
        questionnaire,
        output,
        answering: Answering {
            subject: saved.subject,
            role: args.role.clone().or(saved.role),
            respondent: args.respondent.clone().or(saved.respondent),
            consensus: args.consensus || saved.consensus,
            started: saved.started,
            earlier: saved.answers,
            notes: saved.unanswered,
            finished: saved.finished.filter(|_| saved.status == Status::Complete),
            changed: saved.changed,
            language: crate::i18n::current().code().to_string(),
        },
    })
}

fn new_plans(
    args: &Args,
    config: &Config,
    interactive: bool,
    sealing: &Sealing,
) -> anyhow::Result<Vec<Plan>> {
    let questionnaires = if args.questionnaires.is_empty() {
        if !interactive {
            return Err(Usage(tr!("survey-name-the-questionnaire-as-an-argument")).into());
        }
        choose::questionnaires()?
    } else {
        args.questionnaires
            .iter()
            .map(|q| builtin::resolve(q))
            .collect::<anyhow::Result<Vec<_>>>()?
    };
    if args.output.is_some() && questionnaires.len() > 1 {
        return Err(Usage(tr!("survey-output-can-only-be-used-with")).into());
    }
    let register = config.register()?;
    let entity = match &args.kommune {
        // On a terminal, a text that fits several opens the picker with it typed.
        Some(query) if interactive && args.answers.is_none() => register.lookup_or_pick(
            query,
            Some(&|typed: &str| choose::kommune(&register, typed)),
        )?,
        Some(query) => register.lookup(query)?,
        None if interactive => choose::kommune(&register, "")?,
        None => {
            return Err(Usage(tr!("survey-name-the-municipality-with-k-nr")).into());
        }
    };
    let subject = Subject::of(&entity);
    questionnaires
        .into_iter()
        .zip(
            args.questionnaires
                .iter()
                .cloned()
                .chain(std::iter::repeat(String::new())),
        )
        .map(|(questionnaire, arg)| {
            let output = match &args.output {
                Some(output) => output.clone(),
                None => PathBuf::from(result::default_file_name(&subject, &questionnaire.id)?),
            };
            let output = sealing.path(&output);
            if output.exists()
                && !args.force
                && !(interactive && choose::confirm_overwrite(&output)?)
            {
                let path = output.display();
                anyhow::bail!(tr!(
                    "survey-already-exists-continue-it-with-kartlegg",
                    path = path
                ));
            }
            Ok(Plan {
                resume: resume_command(&output, &questionnaire, Some(&arg)),
                questionnaire,
                output,
                answering: Answering {
                    consensus: args.consensus,
                    ..Answering::new(subject.clone(), args.role.clone(), args.respondent.clone())
                },
            })
        })
        .collect()
}

fn answer_one(
    plan: Plan,
    args: &Args,
    config: &Config,
    interactive: bool,
    sealing: &Sealing,
) -> anyhow::Result<()> {
    let q = &plan.questionnaire;
    let lock = fsutil::Lock::acquire(&plan.output)?;
    *LOCK_FILE.lock().unwrap_or_else(|e| e.into_inner()) = Some(lock.path().to_path_buf());
    let prepared = match &args.answers {
        Some(path) => Some((Origin::text(path), read_answers(path, q)?)),
        None => None,
    };
    let mut session = Session::resume(q, &plan.answering.earlier).map_err(|problems| {
        anyhow::anyhow!(problems.join("; ")).context(tr!(
            "survey-the-answers-in-do-not-fit",
            output = plan.output.display()
        ))
    })?;
    session.restore_notes(&plan.answering.notes);
    // Claim the file at once, so an interrupt before the first answer still
    // leaves a valid file to resume. A finished file stays finished.
    let status = plan.answering.status(&session, false);
    write_result(&plan, sealing, &plan.answering.result(q, &session, status))?;
    match prepared {
        _ if interactive => {
            let prepared = prepared.map(|(_, answers)| answers).unwrap_or_default();
            answer_in_terminal(&plan, session, &prepared, config, sealing)
        }
        Some((origin, prepared)) => answer_from_file(&plan, &prepared, &origin, config, sealing),
        None => Err(Usage(tr!("survey-without-a-terminal-the-answers-are")).into()),
    }
}

/// Reads the answers file; when it is refused, lists every problem, one a
/// line, before the error that ends the run.
fn read_answers(path: &Path, q: &Questionnaire) -> anyhow::Result<BTreeMap<String, Prepared>> {
    let err = match answers::read(path, q) {
        Ok(prepared) => return Ok(prepared),
        Err(err) => err,
    };
    let rejected = match err.downcast::<Rejected>() {
        Ok(rejected) if rejected.problems.len() > 1 => rejected,
        Ok(rejected) => return Err(rejected.into()),
        Err(err) => return Err(err),
    };
    let mut stderr = std::io::stderr();
    for p in &rejected.problems {
        writeln!(stderr, "{}", p.located(path))?;
    }
    let n = tr!("count-problems", n = rejected.problems.len());
    let summary = tr!("survey-in-the-answers-file-nothing-was", n = n);
    Err(Rejected {
        path: rejected.path,
        problems: vec![Diagnostic::whole_file("answers-rejected", summary)],
    }
    .into())
}

/// Writes the result file, holding the save lock so an interrupt waits for it.
fn write_result(plan: &Plan, sealing: &Sealing, result: &SurveyResult) -> anyhow::Result<()> {
    let yaml = result.to_yaml();
    let mut saving = SAVING.lock().unwrap_or_else(|e| e.into_inner());
    fsutil::write_atomic(&plan.output, &sealing.bytes(&yaml)?)?;
    *saving = Some((plan.output.clone(), plan.resume.clone()));
    Ok(())
}

/// Asks the questions in the terminal, saving after every answer; prepared
/// answers are shown as defaults.
fn answer_in_terminal(
    plan: &Plan,
    mut session: Session,
    prepared: &BTreeMap<String, Prepared>,
    config: &Config,
    sealing: &Sealing,
) -> anyhow::Result<()> {
    let q = &plan.questionnaire;
    let mut changes = Changes::new(&plan.answering, &session);
    // The screen is a terminal, or the survey would not be asked there.
    let prompter =
        Prompter::new(config.color.enabled(true)).with_place(&plan.answering.subject, &plan.output);
    let run = prompter.run(&mut session, prepared, &mut |s| {
        write_result(plan, sealing, &changes.result(q, s, false))
    });
    let outcome = match run {
        Ok(outcome) => outcome,
        Err(err) if is_interrupt(&err) => on_interrupt(),
        Err(err) => {
            // Keep what was answered, then report.
            write_result(plan, sealing, &changes.result(q, &session, false))?;
            return Err(err);
        }
    };
    let result = changes.result(q, &session, outcome == Outcome::Finished);
    let complete = result.status == Status::Complete;
    let path = match write_result(plan, sealing, &result) {
        Ok(()) => plan.output.display().to_string(),
        Err(err) => choose::save_elsewhere(&err, &sealing.bytes(&result.to_yaml())?)?,
    };
    let mut err = terminal::screen();
    let (id, name) = (&plan.answering.subject.id, &plan.answering.subject.name);
    if complete {
        let summary =
            terminal::summary_table(&session, config.color.enabled(true), Some(err.size().1));
        writeln!(err, "{summary}")?;
        writeln!(
            err,
            "{}",
            tr!(
                "survey-done-the-answers-for-are-saved",
                id = id,
                name = name,
                path = path
            )
        )?;
        return Ok(());
    }
    let resume = if path == plan.output.display().to_string() {
        plan.resume.clone()
    } else {
        format!("kartlegg survey --resume {path}")
    };
    writeln!(
        err,
        "{}",
        tr!(
            "survey-saved-in-continue-later-with",
            path = path,
            resume = resume
        )
    )?;
    Ok(())
}

/// The answering of a terminal survey, stamped with the time of the last
/// change each time the answers, comments or flags differ from the last save.
struct Changes {
    answering: Answering,
    last: (Vec<result::Answer>, Vec<result::Note>),
}

impl Changes {
    fn new(answering: &Answering, session: &Session) -> Changes {
        Changes {
            answering: answering.clone(),
            last: (session.answers(), session.notes()),
        }
    }

    /// The result to save; `finishing` when the respondent confirmed the summary.
    fn result(&mut self, q: &Questionnaire, session: &Session, finishing: bool) -> SurveyResult {
        let now = (session.answers(), session.notes());
        if now != self.last {
            self.answering.changed = Some(crate::time::now());
            self.last = now;
        }
        let status = self.answering.status(session, finishing);
        self.answering.result(q, session, status)
    }
}

/// Answers with the prepared answers alone and saves the result.
fn answer_from_file(
    plan: &Plan,
    prepared: &BTreeMap<String, Prepared>,
    origin: &Origin,
    config: &Config,
    sealing: &Sealing,
) -> anyhow::Result<()> {
    let filled = fill(&plan.questionnaire, &plan.answering, prepared, origin)?;
    write_result(plan, sealing, &filled.result)?;
    if config.quiet {
        return Ok(());
    }
    let mut err = std::io::stderr();
    if !filled.unused.is_empty() {
        let ids = filled.unused.join(", ");
        writeln!(
            err,
            "{}",
            tr!("survey-not-used-because-the-questions-are", ids = ids)
        )?;
    }
    let (path, open) = (plan.output.display(), filled.unanswered.len());
    let saved = if filled.result.status == Status::Complete {
        tr!("survey-saved-in-complete", path = path)
    } else {
        let open = tr!("count-questions-have", n = open);
        tr!(
            "survey-saved-in-partial-no-answer",
            path = path,
            open = open
        )
    };
    writeln!(err, "{saved}")?;
    Ok(())
}
