//! A list to choose from, or to tick boxes in, where only Enter confirms.
//!
//! dialoguer's lists also confirm on Space and move or quit on letters
//! (`k`, `q`, `a`), so a respondent typing "1 000" or "ok" into a list
//! recorded an answer without meaning to. Here arrows, Tab, Home/End and
//! Page Up/Down move, Space ticks a box (and does nothing in a plain list),
//! Enter confirms and Esc leaves. A digit moves the cursor to the level it
//! names in a list of scale levels (never confirms), so "2" and Enter give
//! level 2 whether the levels are listed or typed; every other key is
//! ignored. A list longer than the room left on screen shows a window around
//! the cursor.

use std::fmt::Write as _;

use console::Key;

use super::Prompter;

/// What the respondent did with a list.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Picked<T> {
    Chosen(T),
    /// Esc: the caller offers its menu.
    Escaped,
    /// The terminal changed size: the caller draws its screen again, wrapped
    /// to the new width. The key pressed is not acted on.
    Resized,
}

/// How a list ended.
enum End {
    Enter,
    Esc,
    Resized,
}

/// The state of a list on screen: items, cursor and, for a list of boxes, the ticks.
struct List<'a> {
    items: &'a [String],
    cursor: usize,
    ticks: Option<Vec<bool>>,
}

/// Where the cursor goes on a key, or `None` when the key does not move it.
fn moved(key: &Key, cursor: usize, len: usize, page: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match key {
        Key::ArrowDown | Key::Tab => (cursor + 1) % len.max(1),
        Key::ArrowUp | Key::BackTab => cursor.checked_sub(1).unwrap_or(last),
        Key::Home => 0,
        Key::End => last,
        Key::PageDown => (cursor + page).min(last),
        Key::PageUp => cursor.saturating_sub(page),
        _ => return None,
    })
}

/// The item a typed digit names: the level whose label begins with it
/// (`2  Gjentakbart`), or `None`.
fn level_named(key: &Key, items: &[String]) -> Option<usize> {
    let Key::Char(digit) = key else { return None };
    if !digit.is_ascii_digit() {
        return None;
    }
    items.iter().position(|item| {
        item.strip_prefix(*digit)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// The first item of a window of `rows` that keeps `cursor` in view.
fn window_start(cursor: usize, len: usize, rows: usize) -> usize {
    if len <= rows {
        0
    } else {
        cursor.saturating_sub(rows / 2).min(len - rows)
    }
}

impl Prompter {
    /// One item of `items`, `default` highlighted to begin with.
    pub(super) fn pick(
        &self,
        prompt: Option<&str>,
        items: &[String],
        default: usize,
    ) -> std::io::Result<Picked<usize>> {
        let mut list = List {
            items,
            cursor: default.min(items.len().saturating_sub(1)),
            ticks: None,
        };
        Ok(match self.run_list(prompt, &mut list)? {
            End::Enter => Picked::Chosen(list.cursor),
            End::Esc => Picked::Escaped,
            End::Resized => Picked::Resized,
        })
    }

    /// The indexes ticked in a list of boxes, `ticked` to begin with.
    pub(super) fn tick(
        &self,
        items: &[String],
        ticked: Vec<bool>,
    ) -> std::io::Result<Picked<Vec<usize>>> {
        let mut list = List {
            items,
            cursor: 0,
            ticks: Some(ticked),
        };
        let end = self.run_list(None, &mut list)?;
        let ticks = list.ticks.unwrap_or_default();
        Ok(match end {
            End::Enter => Picked::Chosen((0..items.len()).filter(|&i| ticks[i]).collect()),
            End::Esc => Picked::Escaped,
            End::Resized => Picked::Resized,
        })
    }

    /// Draws the list and reads keys until Enter, Esc or a new terminal size.
    fn run_list(&self, prompt: Option<&str>, list: &mut List) -> std::io::Result<End> {
        if list.items.is_empty() {
            return Ok(End::Esc);
        }
        self.term.hide_cursor()?;
        let result = loop {
            let drawn = self.draw_list(prompt, list)?;
            // On Ctrl-C the screen is left as it is: the note saying where
            // the answers are is being written below it at the same time.
            let key = match self.term.read_key() {
                Ok(key) => key,
                Err(err) => break Err(err),
            };
            self.term.clear_last_lines(drawn)?;
            if self.resized() {
                break Ok(End::Resized);
            }
            let page = self.list_rows(prompt, list.items.len()).max(1);
            let level = list.ticks.is_none().then(|| level_named(&key, list.items));
            if let Some(cursor) =
                moved(&key, list.cursor, list.items.len(), page).or(level.flatten())
            {
                list.cursor = cursor;
                continue;
            }
            match (key, list.ticks.as_mut()) {
                (Key::Enter, _) => break Ok(End::Enter),
                (Key::Escape, _) => break Ok(End::Esc),
                (Key::Char(' '), Some(ticks)) => ticks[list.cursor] = !ticks[list.cursor],
                _ => {}
            }
        };
        self.term.show_cursor()?;
        result
    }

    /// How many items fit below what is on screen.
    fn list_rows(&self, prompt: Option<&str>, len: usize) -> usize {
        let height = usize::from(self.term.size().0);
        let used = self.lines.get() + usize::from(prompt.is_some()) + 1;
        height.saturating_sub(used).clamp(3, len.max(3)).min(len)
    }

    /// Writes the prompt and the visible items; returns how many lines it wrote.
    fn draw_list(&self, prompt: Option<&str>, list: &List) -> std::io::Result<usize> {
        let mut drawn = 0;
        if let Some(prompt) = prompt {
            let mut text = String::new();
            let _ = self.theme.format_select_prompt(&mut text, prompt);
            self.term.write_line(&text)?;
            drawn += 1;
        }
        let rows = self.list_rows(prompt, list.items.len());
        let start = window_start(list.cursor, list.items.len(), rows);
        for (i, item) in list.items.iter().enumerate().skip(start).take(rows) {
            let mut text = String::new();
            let active = i == list.cursor;
            let _ = match &list.ticks {
                Some(ticks) => self
                    .theme
                    .format_multi_select_prompt_item(&mut text, item, ticks[i], active),
                None => self
                    .theme
                    .format_select_prompt_item(&mut text, item, active),
            };
            let more = match i {
                _ if i == start && start > 0 => " ↑",
                _ if i + 1 == start + rows && start + rows < list.items.len() => " ↓",
                _ => "",
            };
            let _ = write!(text, "{more}");
            self.term.write_line(&text)?;
            drawn += 1;
        }
        Ok(drawn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_movement_keys_move_and_letters_or_space_do_not() {
        for key in [
            Key::Char(' '),
            Key::Char('k'),
            Key::Char('q'),
            Key::Char('1'),
        ] {
            assert_eq!(moved(&key, 2, 5, 3), None, "{key:?}");
        }
        assert_eq!(moved(&Key::ArrowDown, 4, 5, 3), Some(0));
        assert_eq!(moved(&Key::ArrowUp, 0, 5, 3), Some(4));
        assert_eq!(moved(&Key::PageDown, 1, 5, 3), Some(4));
        assert_eq!(moved(&Key::End, 1, 5, 3), Some(4));
    }

    #[test]
    fn a_digit_moves_to_the_level_it_names_and_nothing_else() {
        let levels: Vec<String> = [
            "0  Ikke etablert",
            "1  Initielt",
            "2  Gjentakbart",
            "Vet ikke",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(level_named(&Key::Char('2'), &levels), Some(2));
        assert_eq!(level_named(&Key::Char('0'), &levels), Some(0));
        assert_eq!(level_named(&Key::Char('5'), &levels), None);
        assert_eq!(level_named(&Key::Char('V'), &levels), None);
        let options: Vec<String> = ["10 eller flere", "Ja", "Nei"].map(String::from).to_vec();
        assert_eq!(level_named(&Key::Char('1'), &options), None);
    }

    #[test]
    fn the_window_keeps_the_cursor_in_view() {
        assert_eq!(window_start(0, 10, 4), 0);
        assert_eq!(window_start(5, 10, 4), 3);
        assert_eq!(window_start(9, 10, 4), 6);
        assert_eq!(window_start(3, 3, 4), 0);
    }
}
