//! Questions about the survey itself rather than its answers: which
//! questionnaires, which municipality, whether to overwrite a file, and
//! where to save when the chosen place fails.

use std::io::Write;
use std::path::Path;

use dialoguer::{FuzzySelect, MultiSelect};

use crate::fsutil;
use crate::kommune::{Entity, Register};
use crate::questionnaire::{Questionnaire, builtin};
use crate::tr;

/// The built-in questionnaires the respondent picks, at least one.
pub fn questionnaires() -> anyhow::Result<Vec<Questionnaire>> {
    let all = builtin::all()?;
    let items: Vec<String> = all
        .iter()
        .map(|q| {
            format!(
                "{} – {} ({} {})",
                q.id,
                q.title.get(),
                q.questions().count(),
                tr!("choose-questions")
            )
        })
        .collect();
    let picked = MultiSelect::new()
        .with_prompt(tr!("choose-which-questionnaires-do-you-want-to"))
        .items(&items)
        .interact_on(&super::screen())?;
    if picked.is_empty() {
        anyhow::bail!(tr!("choose-no-questionnaire-chosen"));
    }
    Ok(picked.into_iter().map(|i| all[i].clone()).collect())
}

/// The municipality or cooperation answered for, found by typing part of its
/// name; `typed` is what is already typed (such as an ambiguous `-k`).
/// Vestland's municipalities (and what a register file adds) come first;
/// typing finds the rest of the country too.
pub fn kommune<'a>(register: &'a Register, typed: &str) -> anyhow::Result<Entity<'a>> {
    let entities = register.scope_first();
    // Searching matches what is shown, so names with Norwegian letters also
    // show their plain spelling: `4627 Askøy (askoy)`.
    let items: Vec<String> = entities
        .iter()
        .map(|e| {
            let plain = crate::kommune::fold(e.name());
            if plain == e.name().to_lowercase().replace(' ', "") {
                format!("{} {}", e.key(), e.name())
            } else {
                format!("{} {} ({plain})", e.key(), e.name())
            }
        })
        .collect();
    let picked = FuzzySelect::new()
        .with_prompt(tr!("choose-which-municipality-do-you-answer-for"))
        .with_initial_text(typed)
        .items(&items)
        .interact_on(&super::screen())?;
    Ok(entities[picked])
}

/// Whether to overwrite an existing result file; no is the default.
pub fn confirm_overwrite(path: &Path) -> anyhow::Result<bool> {
    let path = path.display();
    confirm(&tr!("choose-already-exists-overwrite-it", path = path))
}

/// A yes-or-no question whose answer is no unless the respondent types yes:
/// `[j/N]` in Norwegian, `[y/N]` in English, and either language's words
/// are understood. Asked again until the answer is one of them.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    let keys = tr!("choose-y-n");
    loop {
        let typed: String = dialoguer::Input::new()
            .with_prompt(format!("{question} {keys}"))
            .allow_empty(true)
            .interact_text_on(&super::screen())?;
        if let Some(yes) = yes_or_no(&typed) {
            return Ok(yes);
        }
        writeln!(super::screen(), "{}", tr!("choose-answer-y-yes-or-n-no"))?;
    }
}

/// `j`, `ja`, `y`, `yes` are yes; `n`, `nei`, `no` and an empty line are no.
fn yes_or_no(typed: &str) -> Option<bool> {
    match typed.trim().to_lowercase().as_str() {
        "j" | "ja" | "y" | "yes" => Some(true),
        "" | "n" | "nei" | "no" => Some(false),
        _ => None,
    }
}

/// When the result file cannot be written (disk full, folder gone, no
/// rights), asks for another place until the answers are safe or the
/// respondent gives up. Returns where they were saved.
pub fn save_elsewhere(err: &anyhow::Error, bytes: &[u8]) -> anyhow::Result<String> {
    let mut why = crate::diagnostic::chain_text(err);
    loop {
        writeln!(
            super::screen(),
            "{}",
            tr!("choose-could-not-save-the-answers", why = why)
        )?;
        let other: String = dialoguer::Input::new()
            .with_prompt(tr!("choose-save-them-in-another-file-an"))
            .allow_empty(true)
            .interact_text_on(&super::screen())?;
        if other.trim().is_empty() {
            anyhow::bail!(tr!("choose-the-answers-were-not-saved", why = why));
        }
        match fsutil::write_atomic(Path::new(other.trim()), bytes) {
            Ok(()) => return Ok(other.trim().to_string()),
            Err(e) => why = crate::diagnostic::chain_text(&e),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn yes_and_no_in_either_language() {
        for yes in ["j", "ja", "J", " Ja ", "y", "yes", "YES"] {
            assert_eq!(super::yes_or_no(yes), Some(true), "{yes}");
        }
        for no in ["", "n", "nei", "no", "NEI"] {
            assert_eq!(super::yes_or_no(no), Some(false), "{no}");
        }
        assert_eq!(super::yes_or_no("kanskje"), None);
    }
}
