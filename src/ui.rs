//! How kartlegg's output looks in a terminal: colour (or none), tables, and
//! the width text is wrapped to. Kept apart so that commands only say what to
//! show, and piping output to a file or another program gives plain text.

use std::io::IsTerminal;

use anstyle::{AnsiColor, Style};
use comfy_table::{ContentArrangement, Table, presets};

/// When to colour output (`--color`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream that is (or is not) a terminal.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }

    pub fn stdout(self) -> bool {
        self.enabled(std::io::stdout().is_terminal())
    }

    pub fn stderr(self) -> bool {
        self.enabled(std::io::stderr().is_terminal())
    }
}

pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const OK: Style = AnsiColor::Green.on_default().bold();
pub const PLACE: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();

/// `text` in `style` when colour is on, else as it is.
pub fn paint(text: &str, style: Style, color: bool) -> String {
    if color {
        format!("{style}{text}{style:#}")
    } else {
        text.to_string()
    }
}

/// Columns available for wrapped text: the terminal's width, or 80.
pub fn width() -> usize {
    terminal_size::terminal_size().map_or(80, |(w, _)| usize::from(w.0))
}

/// A table with a header row, drawn with box characters and fitted to the terminal.
pub fn table(header: Vec<String>, color: bool) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !std::io::stdout().is_terminal() {
        table.set_width(120);
    }
    let header: Vec<comfy_table::Cell> = header
        .into_iter()
        .map(|h| {
            let cell = comfy_table::Cell::new(h);
            if color {
                cell.add_attribute(comfy_table::Attribute::Bold)
            } else {
                cell
            }
        })
        .collect();
    table.set_header(header);
    if !color {
        table.force_no_tty();
    }
    table
}
