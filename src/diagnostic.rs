//! Problems found in an input file, each tied to the place a person must look.
//!
//! Every reader (questionnaires, registers, later result files) reports through
//! these types so that all messages look alike: `file:line:column: message`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A position in a text file, both numbers counted from 1 (as editors show them).
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Mark {
    pub line: usize,
    pub col: usize,
}

impl Mark {
    pub fn new(line: usize, col: usize) -> Mark {
        Mark { line, col }
    }

    /// The position `chars` characters to the right on the same line.
    pub fn shifted(self, chars: usize) -> Mark {
        Mark {
            line: self.line,
            col: self.col + chars,
        }
    }
}

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// The longest excerpt of an input value a message quotes, in characters.
pub const EXCERPT_CHARS: usize = 80;

/// A value from an input, fit to be quoted in a message: its first line, at
/// most `max` characters, with `…` where anything was left out.
pub fn excerpt(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or_default();
    let mut out: String = line.chars().take(max).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// The longest message about an input, in characters.
const MAX_MESSAGE_CHARS: usize = 1000;

/// A message fit to print and list however long the values it quotes: each
/// run of text without a blank longer than [`EXCERPT_CHARS`] is cut short
/// with `…`, line breaks from the input become `↵`, and the whole stays
/// within [`MAX_MESSAGE_CHARS`]. The words `keep` names (such as the paths
/// of the files read, which a person needs whole to find the file) are
/// never cut and do not count towards the limit. The short messages of
/// ordinary inputs pass unchanged.
pub fn bounded(message: &str, keep: impl Fn(&str) -> bool) -> String {
    let kept = |word: &&str| word.chars().count() > EXCERPT_CHARS && keep(word);
    let long = |word: &str| word.chars().count() > EXCERPT_CHARS && !keep(word);
    let kept_chars: usize = message
        .split(' ')
        .filter(kept)
        .map(|word| word.chars().count())
        .sum();
    let limit = MAX_MESSAGE_CHARS + kept_chars;
    let fits = message.chars().count() <= limit
        && !message.contains(['\n', '\r'])
        && !message.split(' ').any(long);
    if fits {
        return message.to_string();
    }
    let one_line = message.replace("\r\n", "↵").replace(['\n', '\r'], "↵");
    let words: Vec<String> = one_line
        .split(' ')
        .map(|word| {
            if long(word) {
                excerpt(word, EXCERPT_CHARS)
            } else {
                word.to_string()
            }
        })
        .collect();
    excerpt(&words.join(" "), limit)
}

/// One problem in a file: where it is, a stable code for tests and scripts,
/// and a message that says what is wrong and, where it can, what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub mark: Option<Mark>,
    pub code: &'static str,
    pub message: String,
}

impl Diagnostic {
    pub fn at(mark: Mark, code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            mark: Some(mark),
            code,
            message: message.into(),
        }
    }

    pub fn whole_file(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            mark: None,
            code,
            message: message.into(),
        }
    }

    /// `file:line:column: message`, or `file: message` when the problem is the whole file.
    pub fn located(&self, path: &Path) -> String {
        match self.mark {
            Some(mark) => format!("{}:{mark}: {}", path.display(), self.message),
            None => format!("{}: {}", path.display(), self.message),
        }
    }
}

/// An input file that kartlegg read but refused: it exits with code 3.
///
/// Carries every problem found; its one-line `Display` names the first and
/// counts the rest, so a command that cannot go on still prints one line.
#[derive(Debug)]
pub struct Rejected {
    pub path: PathBuf,
    pub problems: Vec<Diagnostic>,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(first) = self.problems.first() else {
            return write!(
                f,
                "{}: {}",
                self.path.display(),
                crate::tr!("deviations-rejected")
            );
        };
        write!(f, "{}", first.located(&self.path))?;
        let more = self.problems.len() - 1;
        if more > 0 {
            let more = crate::tr!("count-more-problems", n = more);
            let hint = crate::tr!("diagnostic-and", more = more);
            write!(f, "{hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Rejected {}

/// An error from the operating system in the user's language: "er en mappe,
/// ikke en fil (OS-feil 21)" rather than "Is a directory (os error 21)".
/// English keeps the system's own wording; errors kartlegg made itself (no
/// OS error number) are already worded.
pub fn io_text(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let Some(code) = err.raw_os_error() else {
        return err.to_string();
    };
    if crate::i18n::current() == crate::i18n::Lang::En {
        return err.to_string();
    }
    let what = match err.kind() {
        K::NotFound => crate::tr!("diagnostic-does-not-exist"),
        K::PermissionDenied => crate::tr!("diagnostic-no-access-you-lack-the-rights"),
        K::IsADirectory => crate::tr!("diagnostic-is-a-folder-not-a-file"),
        K::NotADirectory => crate::tr!("diagnostic-is-not-a-folder"),
        K::AlreadyExists => crate::tr!("diagnostic-exists-already"),
        K::DirectoryNotEmpty => crate::tr!("diagnostic-the-folder-is-not-empty"),
        K::StorageFull => crate::tr!("diagnostic-the-disk-is-full"),
        K::QuotaExceeded => crate::tr!("diagnostic-the-disk-quota-is-used-up"),
        K::ReadOnlyFilesystem => crate::tr!("diagnostic-the-file-system-is-read-only"),
        K::FileTooLarge => crate::tr!("diagnostic-the-file-is-too-large"),
        K::InvalidFilename => crate::tr!("diagnostic-invalid-file-name"),
        K::TooManyLinks => crate::tr!("diagnostic-too-many-links"),
        K::CrossesDevices => crate::tr!("diagnostic-cannot-be-moved-to-another-disk"),
        K::ResourceBusy | K::ExecutableFileBusy => crate::tr!("diagnostic-is-in-use"),
        K::TimedOut => crate::tr!("diagnostic-timed-out"),
        K::Interrupted => crate::tr!("diagnostic-interrupted"),
        K::BrokenPipe => crate::tr!("diagnostic-the-receiver-is-gone-broken-pipe"),
        K::OutOfMemory => crate::tr!("diagnostic-not-enough-memory"),
        K::Unsupported => crate::tr!("diagnostic-not-supported-here"),
        K::NotConnected | K::ConnectionRefused | K::ConnectionReset | K::NetworkUnreachable => {
            crate::tr!("diagnostic-the-network-does-not-answer")
        }
        _ => return format!("{err}"),
    };
    crate::tr!("diagnostic-os-error", what = what, code = code)
}

/// An error and its causes on one line, as `{err:#}` gives them, with each
/// operating-system error in the user's language.
pub fn chain_text(err: &anyhow::Error) -> String {
    err.chain()
        .map(|cause| match cause.downcast_ref::<std::io::Error>() {
            Some(io) => io_text(io),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn excerpts_keep_one_short_line() {
        assert_eq!(super::excerpt("kort", 80), "kort");
        assert_eq!(super::excerpt("første\nandre", 80), "første…");
        assert_eq!(super::excerpt(&"x".repeat(100), 5), "xxxxx…");
    }

    #[test]
    fn long_messages_are_bounded_and_short_ones_kept() {
        let short = "ukjent nøkkel `x`; mente du `y`?";
        assert_eq!(super::bounded(short, |_| false), short);
        let long = format!("versjon {} er ukjent\nny linje", "9".repeat(3_000_000));
        let bounded = super::bounded(&long, |_| false);
        assert_eq!(
            bounded,
            format!("versjon {}… er ukjent↵ny linje", "9".repeat(80))
        );
        let many = "ord ".repeat(1000);
        assert_eq!(super::bounded(&many, |_| false).chars().count(), 1001);
    }

    #[test]
    fn kept_words_are_never_cut() {
        let path = format!("/{}/fil.yaml", "mappe".repeat(30));
        let message = format!("{path}:13:14: verdien {} er for lang", "9".repeat(100));
        let bounded = super::bounded(&message, |w| w.starts_with(&path));
        assert_eq!(
            bounded,
            format!("{path}:13:14: verdien {}… er for lang", "9".repeat(80))
        );
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn os_errors_are_told_in_bokmal_and_kartleggs_own_kept() {
        // Tests run in bokmål unless a test chose otherwise.
        if crate::i18n::current() != crate::i18n::Lang::Nb {
            return;
        }
        let dir = std::io::Error::from_raw_os_error(21);
        assert_eq!(
            super::io_text(&dir),
            "er en mappe, ikke en fil (OS-feil 21)"
        );
        let missing =
            anyhow::Error::new(std::io::Error::from_raw_os_error(2)).context("kan ikke lese a.csv");
        assert_eq!(
            super::chain_text(&missing),
            "kan ikke lese a.csv: finnes ikke (OS-feil 2)"
        );
        let own = std::io::Error::other("for stor");
        assert_eq!(super::io_text(&own), "for stor");
    }
}
