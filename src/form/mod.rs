//! The questionnaire as an Excel form, for municipalities that answer in a
//! spreadsheet rather than a terminal: `export` writes a fillable workbook,
//! `import` reads a filled one back into a normal survey result file.
//!
//! Both sides share the layout below, so that the id column, the answer
//! column and the keys of the info sheet never drift apart.

pub mod export;
mod guard;
pub mod import;

/// The sheet with one row per question. Sheet names stay the same in every
/// language, so a form exported in English imports with Norwegian prompts.
pub const ANSWERS: &str = "Svar";
/// The sheet naming the questionnaire (id, version, hash) and the
/// municipality and role the answers are for.
pub const INFO: &str = "Skjema";
/// The hidden sheet with the drop-down lists.
pub const LISTS: &str = "Lister";

/// Columns of [`ANSWERS`], counted from 0.
pub const COL_ID: u16 = 0;
pub const COL_SECTION: u16 = 1;
pub const COL_QUESTION: u16 = 2;
pub const COL_ANSWER: u16 = 3;
pub const COL_COMMENT: u16 = 4;
pub const COL_GUIDANCE: u16 = 5;
/// Where the answer can be documented; only in forms of questionnaires that ask.
pub const COL_EVIDENCE: u16 = 6;

/// Keys in the first (hidden) column of [`INFO`]; the value is in column C.
pub const KEY_ID: &str = "questionnaire";
pub const KEY_VERSION: &str = "version";
pub const KEY_SHA256: &str = "sha256";
/// The language the form was written in (`nb`, `nn`, `en`).
pub const KEY_LANGUAGE: &str = "language";
pub const KEY_KOMMUNE: &str = "kommune";
pub const KEY_ROLE: &str = "role";
/// Ja or Nei: the answers were agreed in a joint session of several
/// respondents (a blank cell is Nei).
pub const KEY_CONSENSUS: &str = "consensus";

/// An Excel cell reference such as `D14` from 0-based row and column.
pub fn cell(row: u32, col: u16) -> String {
    let mut letters = String::new();
    let mut n = u32::from(col) + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cell_names_follow_excel() {
        assert_eq!(super::cell(0, 0), "A1");
        assert_eq!(super::cell(13, 3), "D14");
        assert_eq!(super::cell(0, 26), "AA1");
        assert_eq!(super::cell(9, 701), "ZZ10");
    }
}
