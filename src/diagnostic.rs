//! Problems found in an input file, each tied to the place a person must look.
//!
//! Every reader (questionnaires, registers, later result files) reports through
//! these types so that all messages look alike: `file:line:column: message`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A position in a text file, both numbers counted from 1 (as editors show them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
/// within [`MAX_MESSAGE_CHARS`]. The short messages of ordinary inputs pass
/// unchanged.
pub fn bounded(message: &str) -> String {
    let fits = message.chars().count() <= MAX_MESSAGE_CHARS
        && !message.contains(['\n', '\r'])
        && message
            .split(' ')
            .all(|word| word.chars().count() <= EXCERPT_CHARS);
    if fits {
        return message.to_string();
    }
    let one_line = message.replace("\r\n", "↵").replace(['\n', '\r'], "↵");
    let words: Vec<String> = one_line
        .split(' ')
        .map(|word| {
            if word.chars().count() <= EXCERPT_CHARS {
                word.to_string()
            } else {
                excerpt(word, EXCERPT_CHARS)
            }
        })
        .collect();
    excerpt(&words.join(" "), MAX_MESSAGE_CHARS)
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
                crate::tr!("avvist", "rejected")
            );
        };
        write!(f, "{}", first.located(&self.path))?;
        let more = self.problems.len() - 1;
        if more > 0 {
            let hint = crate::tr!(" (og {more} problem til)", " (and {more} more problems)");
            write!(f, "{hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Rejected {}

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
        assert_eq!(super::bounded(short), short);
        let long = format!("versjon {} er ukjent\nny linje", "9".repeat(3_000_000));
        let bounded = super::bounded(&long);
        assert_eq!(
            bounded,
            format!("versjon {}… er ukjent↵ny linje", "9".repeat(80))
        );
        let many = "ord ".repeat(1000);
        assert_eq!(super::bounded(&many).chars().count(), 1001);
    }
}
