//! The bytes of an export as rows of cells that know where they stand.
//!
//! Exports come in whatever the tool and the person's Windows wrote: UTF-8
//! with or without a byte-order mark, UTF-16 (PowerShell 5's `Out-File` and
//! `>` write UTF-16 LE; `Export-Csv -Encoding Unicode` too), Windows-1252
//! when a file was saved again in Excel, comma or semicolon, quoted fields,
//! CRLF. A small reader of its own rather than the csv crate because every
//! problem must name the line and column of the cell, and a quoted cell may
//! span lines.

/// One cell and where it starts (line and column counted from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub line: usize,
    pub col: usize,
}

/// The text of an export, decoded: UTF-16 by its byte-order mark (or by the
/// zero bytes of ASCII in UTF-16 without one), UTF-8 when it is valid, else
/// Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return utf16(rest, u16::from_be_bytes);
    }
    match bytes {
        [a, 0, b, 0, ..] if *a != 0 && *b != 0 => return utf16(bytes, u16::from_le_bytes),
        [0, a, 0, b, ..] if *a != 0 && *b != 0 => return utf16(bytes, u16::from_be_bytes),
        _ => {}
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|b| windows_1252(*b)).collect(),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// The characters Windows-1252 puts where Latin-1 has control codes.
const CP1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn windows_1252(b: u8) -> char {
    match b {
        0x80..=0x9f => CP1252_80_9F[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The header line's separator: semicolon when it has more semicolons than
/// commas outside quotes (Norwegian Excel and `Export-Csv -UseCulture`),
/// else comma.
pub fn separator(header: &str) -> char {
    let mut quoted = false;
    let (mut commas, mut semicolons) = (0, 0);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\n' if !quoted => break,
            _ => {}
        }
    }
    if semicolons > commas { ';' } else { ',' }
}

/// The rows of `text` split at `sep`, quotes removed and `""` read as one
/// quote. Empty lines are skipped. A quote left open runs to the end of the
/// text, as spreadsheet programs read it.
pub fn rows(text: &str, sep: char) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let mut cell = String::new();
    let (mut line, mut col) = (1, 1);
    let mut start = (1, 1);
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        col += 1;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    col += 1;
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    (line, col) = (line + 1, 1);
                    cell.push('\n');
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => quoted = true,
            c if c == sep => {
                push(&mut row, &mut cell, start);
                start = (line, col);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                push(&mut row, &mut cell, start);
                end_row(&mut rows, &mut row);
                (line, col) = (line + 1, 1);
                start = (line, col);
            }
            _ => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        push(&mut row, &mut cell, start);
        end_row(&mut rows, &mut row);
    }
    rows
}

fn push(row: &mut Vec<Cell>, cell: &mut String, (line, col): (usize, usize)) {
    row.push(Cell {
        text: std::mem::take(cell),
        line,
        col,
    });
}

fn end_row(rows: &mut Vec<Vec<Cell>>, row: &mut Vec<Cell>) {
    let row = std::mem::take(row);
    let blank = row.iter().all(|c| c.text.trim().is_empty());
    if !blank {
        rows.push(row);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Vec<Cell>]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn reads_quotes_separators_and_line_ends_with_places() {
        let text = "a;\"b;c\";\"say \"\"hi\"\"\"\r\n\r\n1;\"two\nlines\";3\n";
        assert_eq!(separator(text), ';');
        let rows = rows(text, ';');
        assert_eq!(
            texts(&rows),
            [vec!["a", "b;c", "say \"hi\""], vec!["1", "two\nlines", "3"]]
        );
        assert_eq!((rows[0][2].line, rows[0][2].col), (1, 9));
        assert_eq!((rows[1][1].line, rows[1][1].col), (3, 3));
        assert_eq!((rows[1][2].line, rows[1][2].col), (4, 8));
    }

    #[test]
    fn decodes_every_encoding_powershell_and_excel_write() {
        let want = "Name,OS\nPC-Ø,Windows\n";
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for unit in want.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        let bare_le: Vec<u8> = le[2..].to_vec();
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend(want.as_bytes());
        let cp1252: Vec<u8> = b"Name,OS\nPC-\xd8,Windows\n".to_vec();
        for bytes in [le, be, bare_le, bom, want.as_bytes().to_vec(), cp1252] {
            assert_eq!(decode(&bytes), want);
        }
    }
}
