//! Writing tables as CSV, safely: a text cell that a spreadsheet would take
//! for a formula gets a leading apostrophe. Two dialects: `standard` (UTF-8,
//! comma, decimal point) and `excel-nb` (UTF-8 with BOM, semicolon, decimal
//! comma), which Norwegian Excel opens correctly by double-click.

use super::{Cell, Table};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Dialect {
    #[default]
    Standard,
    ExcelNb,
}

/// A text that a spreadsheet must not evaluate: it starts like a formula and
/// is not a plain number.
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r']) && text.trim().parse::<f64>().is_err()
}

/// A number as the dialect writes it: whole numbers without a decimal
/// point, a decimal comma in `excel-nb`.
pub fn number(n: f64, dialect: Dialect) -> String {
    let mut text = String::new();
    push_number(&mut text, n, dialect);
    text
}

/// Appends [`number`]'s text to `text`.
fn push_number(text: &mut String, n: f64, dialect: Dialect) {
    use std::fmt::Write as _;
    let start = text.len();
    let _ = if n.fract() == 0.0 && n.abs() < 1e15 {
        write!(text, "{}", n as i64)
    } else {
        write!(text, "{n}")
    };
    if dialect == Dialect::ExcelNb
        && let Some(point) = text[start..].find('.')
    {
        text.replace_range(start + point..start + point + 1, ",");
    }
}

pub fn to_bytes(table: &Table, dialect: Dialect) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    write(table, dialect, &mut out)?;
    Ok(out)
}

/// Writes `table` to `out` a row at a time.
pub fn write(table: &Table, dialect: Dialect, mut out: impl std::io::Write) -> std::io::Result<()> {
    if dialect == Dialect::ExcelNb {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(if dialect == Dialect::ExcelNb {
            b';'
        } else {
            b','
        })
        .from_writer(&mut out);
    writer.write_record(&table.headers)?;
    // Each cell straight from the row; only a number or a neutralised
    // formula is written out first, into one reused buffer.
    let mut text = String::new();
    for row in table.rows.iter() {
        for cell in row.iter() {
            match cell {
                Cell::Empty => writer.write_field("")?,
                Cell::Text(t) if !looks_like_formula(t) => writer.write_field(t)?,
                Cell::Text(t) => {
                    text.clear();
                    text.push('\'');
                    text.push_str(t);
                    writer.write_field(&text)?;
                }
                Cell::Number(n) => {
                    text.clear();
                    push_number(&mut text, *n, dialect);
                    writer.write_field(&text)?;
                }
            }
        }
        writer.write_record(None::<&[u8]>)?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_formulas_but_not_numbers() {
        for f in ["=1+1", "+47 55 00 00 00", "-cmd", "@SUM(A1)", "\tx", "\rx"] {
            assert!(looks_like_formula(f), "{f:?}");
        }
        for ok in ["-3", "+4.5", "vanlig tekst", ""] {
            assert!(!looks_like_formula(ok), "{ok:?}");
        }
    }

    #[test]
    fn excel_nb_uses_bom_semicolons_and_decimal_commas() {
        let t = crate::dataset::tables::make(
            "t",
            crate::i18n::Text::message("csv-t"),
            vec![("a".into(), String::new()), ("b".into(), String::new())],
            vec![vec![
                Cell::Number(2.5),
                Cell::Text("=HYPERLINK(\"x\")".into()),
            ]],
        );
        let text = String::from_utf8(to_bytes(&t, Dialect::ExcelNb).unwrap()).unwrap();
        assert_eq!(text, "\u{feff}a;b\n2,5;\"'=HYPERLINK(\"\"x\"\")\"\n");
        let text = String::from_utf8(to_bytes(&t, Dialect::Standard).unwrap()).unwrap();
        assert_eq!(text, "a,b\n2.5,\"'=HYPERLINK(\"\"x\"\")\"\n");
    }
}
