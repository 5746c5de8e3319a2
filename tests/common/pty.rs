//! Driving the real `kartlegg survey` in a pseudo-terminal: starting it,
//! pressing keys, setting the terminal's size and reading back the screen
//! it drew. (rexpect reads the output byte by byte as Latin-1, so
//! expectations are ASCII; `screen` decodes what was drawn as UTF-8.)

use std::os::fd::AsRawFd;
use std::path::Path;

use rexpect::session::PtySession;

pub const DOWN: &str = "\x1b[B";
pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";

/// Starts `kartlegg --lang en survey ARGS` in `dir`.
pub fn spawn(dir: &Path, args: &[&str]) -> PtySession {
    spawn_in(dir, "en", args)
}

/// Starts `kartlegg --lang LANG survey ARGS` in `dir`.
pub fn spawn_in(dir: &Path, lang: &str, args: &[&str]) -> PtySession {
    let mut cmd = super::kartlegg_process(dir);
    cmd.env("TERM", "xterm")
        .args(["--lang", lang, "survey"])
        .args(args);
    rexpect::session::spawn_command(cmd, Some(10_000)).unwrap()
}

/// Sends keys and makes sure they reach the program.
pub fn press(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Opens the menu with Esc and picks the entry `steps` down from the top.
pub fn menu(p: &mut PtySession, steps: usize) {
    press(p, ESC);
    p.exp_string("> Back to the question").unwrap();
    press(p, &DOWN.repeat(steps));
    press(p, ENTER);
}

/// Gives the terminal `rows` × `cols`, as a person resizing the window.
pub fn set_size(p: &PtySession, rows: u16, cols: u16) {
    let pty = p.process().get_file_handle().unwrap();
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads one winsize from a valid pointer on an open pty.
    let done = unsafe { libc::ioctl(pty.as_raw_fd(), libc::TIOCSWINSZ, &size) };
    assert_eq!(done, 0, "could not set the terminal size");
}

/// What the program drew since it last cleared the screen, once it has
/// waited for a key for a moment: the lines as a terminal shows them,
/// without colours or cursor movements.
pub fn screen(p: &mut PtySession) -> Vec<String> {
    let mut bytes = Vec::new();
    let mut quiet = 0;
    // Up to ten seconds for the first byte, then half a second of quiet.
    while quiet < 10 || (bytes.is_empty() && quiet < 200) {
        match p.try_read() {
            Some(c) => {
                bytes.push(c as u32 as u8);
                quiet = 0;
            }
            None => {
                quiet += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        }
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let drawn = text.rsplit("\x1b[2J").next().unwrap_or_default();
    let mut lines: Vec<String> = drawn.split('\n').map(plain).collect();
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// A line without escape sequences and carriage returns.
fn plain(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}
