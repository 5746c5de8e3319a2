//! Writing tables as CSV, safely: a text cell that a spreadsheet would take
//! for a formula gets a leading apostrophe. Two dialects: `standard` (UTF-8,
//! comma, decimal point) and `excel-nb` (UTF-8 with BOM, semicolon, decimal
//! comma), which Norwegian Excel opens correctly by double-click.

use super::{CellRef, Table};

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

/// Writes `table` to `out` a row at a time, quoting only where a field
/// needs it (the delimiter, a quote or a line break in it) and a record of
/// one empty field as `""`, as the csv crate does; built here because the
/// largest tables are half a million rows, and the bytes of a record are
/// made in one buffer, with no call per byte.
pub fn write(table: &Table, dialect: Dialect, mut out: impl std::io::Write) -> std::io::Result<()> {
    let mut record = Record::new(if dialect == Dialect::ExcelNb {
        b';'
    } else {
        b','
    });
    if dialect == Dialect::ExcelNb {
        record.bytes.extend_from_slice("\u{feff}".as_bytes());
        record.start = record.bytes.len();
    }
    for header in &table.headers {
        record.field(header.as_bytes());
    }
    record.end();
    // Each cell straight from the row; only a number or a neutralised
    // formula is written out first, into one reused buffer. The first
    // error stops the writing; the rows left are passed over.
    let mut text = String::new();
    let mut failed = None;
    table.rows.each(0..table.rows.len(), |_, row| {
        if failed.is_some() {
            return;
        }
        if row.len() != table.headers.len() {
            let (row, headers) = (row.len(), table.headers.len());
            failed = Some(std::io::Error::other(format!(
                "a row of {row} fields in a table of {headers} columns"
            )));
            return;
        }
        for cell in row {
            match *cell {
                CellRef::Empty => record.field(b""),
                CellRef::Text(t) if !looks_like_formula(t) => record.field(t.as_bytes()),
                CellRef::Text(t) => {
                    text.clear();
                    text.push('\'');
                    text.push_str(t);
                    record.field(text.as_bytes());
                }
                CellRef::Number(n) => {
                    text.clear();
                    push_number(&mut text, n, dialect);
                    record.field(text.as_bytes());
                }
            }
        }
        record.end();
        if record.bytes.len() >= FLUSH_AT {
            if let Err(e) = out.write_all(&record.bytes) {
                failed = Some(e);
            }
            record.bytes.clear();
            record.start = 0;
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    out.write_all(&record.bytes)?;
    out.flush()
}

/// How many bytes of records are gathered before they are written out.
const FLUSH_AT: usize = 1 << 16;

/// The records being written, and where the last one began.
struct Record {
    bytes: Vec<u8>,
    start: usize,
    fields: usize,
    /// The bytes that make a field need quotes.
    special: [bool; 256],
    delimiter: u8,
}

impl Record {
    fn new(delimiter: u8) -> Record {
        let mut special = [false; 256];
        for b in [delimiter, b'"', b'\r', b'\n'] {
            special[usize::from(b)] = true;
        }
        Record {
            bytes: Vec::with_capacity(FLUSH_AT + 4096),
            start: 0,
            fields: 0,
            special,
            delimiter,
        }
    }

    fn field(&mut self, text: &[u8]) {
        if self.fields > 0 {
            self.bytes.push(self.delimiter);
        }
        self.fields += 1;
        if !text.iter().any(|b| self.special[usize::from(*b)]) {
            self.bytes.extend_from_slice(text);
            return;
        }
        self.bytes.push(b'"');
        for part in text.split_inclusive(|b| *b == b'"') {
            self.bytes.extend_from_slice(part);
            if part.ends_with(b"\"") {
                self.bytes.push(b'"');
            }
        }
        self.bytes.push(b'"');
    }

    /// Ends the record. One with nothing in it (a single empty field) is
    /// written `""`, so that it is not read as no record at all.
    fn end(&mut self) {
        if self.bytes.len() == self.start {
            self.bytes.extend_from_slice(b"\"\"");
        }
        self.bytes.push(b'\n');
        self.start = self.bytes.len();
        self.fields = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Cell;

    #[test]
    fn neutralises_formulas_but_not_numbers() {
        for f in ["=1+1", "+47 55 00 00 00", "-cmd", "@SUM(A1)", "\tx", "\rx"] {
            assert!(looks_like_formula(f), "{f:?}");
        }
        for ok in ["-3", "+4.5", "vanlig tekst", ""] {
            assert!(!looks_like_formula(ok), "{ok:?}");
        }
    }

    /// Quoting and the record of one empty field are as the csv crate
    /// writes them.
    #[test]
    fn quotes_as_the_csv_crate_does() {
        let texts = [
            "",
            "a",
            "a,b",
            "a;b",
            "\"",
            "x\"y\"",
            "line\nbreak",
            "cr\rx",
            " space ",
            "'",
            "æøå",
            "#",
        ];
        for dialect in [Dialect::Standard, Dialect::ExcelNb] {
            for width in 1..=3 {
                let rows: Vec<Vec<Cell>> = texts
                    .iter()
                    .map(|t| vec![Cell::Text(t.to_string()); width])
                    .collect();
                let headers: Vec<(String, String)> = (0..width)
                    .map(|i| (texts[i].to_string(), String::new()))
                    .collect();
                let t = crate::dataset::tables::make(
                    "t",
                    crate::i18n::Text::message("csv-t"),
                    headers,
                    rows.clone(),
                );
                let mut expected = Vec::new();
                if dialect == Dialect::ExcelNb {
                    expected.extend_from_slice("\u{feff}".as_bytes());
                }
                let delimiter = if dialect == Dialect::ExcelNb {
                    b';'
                } else {
                    b','
                };
                let mut writer = ::csv::WriterBuilder::new()
                    .delimiter(delimiter)
                    .from_writer(&mut expected);
                writer.write_record(&t.headers).unwrap();
                for row in &rows {
                    let row: Vec<&str> = row
                        .iter()
                        .map(|c| match c {
                            Cell::Text(t) => t.as_str(),
                            _ => unreachable!(),
                        })
                        .collect();
                    writer.write_record(&row).unwrap();
                }
                drop(writer);
                assert_eq!(
                    String::from_utf8(to_bytes(&t, dialect).unwrap()).unwrap(),
                    String::from_utf8(expected).unwrap(),
                    "{dialect:?} {width}"
                );
            }
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
