//! A table's rows as the cells of a worksheet's XML, made and deflated on
//! every core. rust_xlsxwriter builds each cell as an object and writes it
//! out on one thread; for a national merge's answers sheet (hundreds of
//! thousands of rows, most of the workbook) that was the slowest part of a
//! merge. Here the rows are cut into runs of a few thousand; each run is
//! made, written as XML and deflated on its own. Every run's deflate output
//! ends on a byte boundary without ending the stream (as pigz does), so the
//! runs joined in order are one stream, and their checksums combine.
//!
//! The XML is the same, byte for byte, as rust_xlsxwriter's own for the same
//! cells in its constant-memory mode (a test below writes both), so the
//! sheet reads as any other: text as inline strings (never a formula),
//! numbers with their column's style.

use std::io::Write as _;
use std::ops::Range;

use flate2::{Compress, Compression, FlushCompress};
use rayon::prelude::*;
use rust_xlsxwriter::utility::column_number_to_name;

use super::MAX_CELL;
use crate::dataset::{CellRef, Table};

/// Rows in one run: a few megabytes of XML, enough runs for every core.
pub const RUN: usize = 2048;

/// Deflate's level: zlib's fast matching. A merge is run again and again,
/// the workbook opened a few times; level 2 makes a workbook about a tenth
/// larger than level 3, sooner.
pub const LEVEL: u32 = 2;

/// One sheet's rows (below its header), deflated.
pub struct SheetData {
    /// The runs' deflate output, in order: one stream, not yet ended.
    pub deflated: Vec<Vec<u8>>,
    /// The checksum and length of the XML the runs hold.
    pub crc: crc32fast::Hasher,
    pub len: u64,
    /// The last row with a cell, counting the header as row 1.
    pub last_row: u32,
}

/// How a sheet's cells are written.
pub struct Layout {
    /// Column names: A, B, …
    columns: Vec<String>,
    /// The style of each column's numbers (0: General).
    number_styles: Vec<u32>,
}

impl Layout {
    pub fn new(width: usize, number_styles: Vec<u32>) -> Layout {
        Layout {
            columns: (0..width)
                .map(|c| column_number_to_name(u16::try_from(c).unwrap_or(u16::MAX)))
                .collect(),
            number_styles,
        }
    }
}

/// A sheet's share of a table (`rows`), under its header, for `layout`;
/// each sheet in `sheets` is written on every core at once.
pub fn write_all(sheets: &[(&Table, Range<usize>, &Layout)]) -> Vec<SheetData> {
    let runs: Vec<(usize, Range<usize>)> = sheets
        .iter()
        .enumerate()
        .flat_map(|(s, (_, rows, _))| {
            rows.clone()
                .step_by(RUN)
                .map(move |start| (s, start..(start + RUN).min(rows.end)))
        })
        .collect();
    let mut done: Vec<(usize, Run)> = runs
        .into_par_iter()
        .map(|(s, run)| {
            let (table, rows, layout) = &sheets[s];
            // Row 1 is the header.
            let first = u32::try_from(run.start - rows.start + 2).unwrap_or(u32::MAX);
            (s, write_run(table, run, first, layout))
        })
        .collect();
    let mut data: Vec<SheetData> = sheets
        .iter()
        .map(|_| SheetData {
            deflated: Vec::new(),
            crc: crc32fast::Hasher::new(),
            len: 0,
            last_row: 1,
        })
        .collect();
    for (s, run) in done.drain(..) {
        let sheet = &mut data[s];
        sheet.deflated.push(run.deflated);
        sheet.crc.combine(&run.crc);
        sheet.len += run.len;
        sheet.last_row = sheet.last_row.max(run.last_row);
    }
    data
}

struct Run {
    deflated: Vec<u8>,
    crc: crc32fast::Hasher,
    len: u64,
    last_row: u32,
}

fn write_run(table: &Table, rows: Range<usize>, first: u32, layout: &Layout) -> Run {
    let mut xml = Vec::with_capacity(rows.len() * 512);
    let mut last_row = 0;
    let start = rows.start;
    table.rows.each(rows, |i, row| {
        let r = first.saturating_add(u32::try_from(i - start).unwrap_or(u32::MAX));
        if write_row(&mut xml, r, row, layout) {
            last_row = r;
        }
    });
    let mut crc = crc32fast::Hasher::new();
    crc.update(&xml);
    Run {
        deflated: deflate(&xml, false),
        crc,
        len: xml.len() as u64,
        last_row,
    }
}

/// Deflates `bytes` as a piece of a raw deflate stream: ended on a byte
/// boundary for more to follow, or (`last`) ending the stream.
pub fn deflate(bytes: &[u8], last: bool) -> Vec<u8> {
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    let mut z = Compress::new(Compression::new(LEVEL), false);
    let mut out = Vec::with_capacity(bytes.len() / 4 + 64);
    loop {
        if out.len() == out.capacity() {
            out.reserve(out.capacity().max(4096));
        }
        let read = usize::try_from(z.total_in()).unwrap_or(usize::MAX);
        let status = z
            .compress_vec(&bytes[read.min(bytes.len())..], &mut out, flush)
            .expect("deflate takes any input");
        let all_read = usize::try_from(z.total_in()).unwrap_or(usize::MAX) == bytes.len();
        // The flush is complete when deflate stops short of the room it had.
        let done = match status {
            flate2::Status::StreamEnd => true,
            _ => !last && all_read && out.len() < out.capacity(),
        };
        if done {
            return out;
        }
    }
}

/// Writes one row; false if it had no cell to write (then nothing is
/// written, as Excel leaves out empty rows).
fn write_row(xml: &mut Vec<u8>, r: u32, row: &[CellRef<'_>], layout: &Layout) -> bool {
    let mut digits = [0u8; 10];
    let r = decimal(r, &mut digits);
    let mut opened = false;
    for (c, cell) in row.iter().enumerate() {
        if matches!(cell, CellRef::Empty | CellRef::Text("")) {
            continue;
        }
        if !opened {
            xml.extend_from_slice(b"<row r=\"");
            xml.extend_from_slice(r);
            xml.extend_from_slice(b"\">");
            opened = true;
        }
        let column = layout.columns.get(c).map_or("", String::as_str);
        let style = layout.number_styles.get(c).copied().unwrap_or(0);
        match *cell {
            CellRef::Number(n) if n.is_finite() => {
                open_cell(xml, column, r, style, None);
                xml.extend_from_slice(b"<v>");
                number(xml, n);
                xml.extend_from_slice(b"</v></c>");
            }
            // Excel has no such numbers: written as the words
            // rust_xlsxwriter uses, in the number's style.
            CellRef::Number(n) => {
                let word = if n.is_nan() {
                    "NAN"
                } else if n > 0.0 {
                    "INF"
                } else {
                    "-INF"
                };
                text(xml, column, r, style, word);
            }
            CellRef::Text(s) => text(xml, column, r, 0, cut(s)),
            CellRef::Empty => {}
        }
    }
    if opened {
        xml.extend_from_slice(b"</row>");
    }
    opened
}

/// A text as Excel keeps it: at most [`MAX_CELL`] characters.
pub fn cut(s: &str) -> &str {
    if s.len() <= MAX_CELL {
        return s;
    }
    match s.char_indices().nth(MAX_CELL) {
        Some((end, _)) => &s[..end],
        None => s,
    }
}

fn open_cell(xml: &mut Vec<u8>, column: &str, r: &[u8], style: u32, kind: Option<&str>) {
    xml.extend_from_slice(b"<c r=\"");
    xml.extend_from_slice(column.as_bytes());
    xml.extend_from_slice(r);
    xml.push(b'"');
    if style > 0 {
        let mut digits = [0u8; 10];
        xml.extend_from_slice(b" s=\"");
        xml.extend_from_slice(decimal(style, &mut digits));
        xml.push(b'"');
    }
    if let Some(kind) = kind {
        xml.extend_from_slice(b" t=\"");
        xml.extend_from_slice(kind.as_bytes());
        xml.push(b'"');
    }
    xml.push(b'>');
}

/// An inline string cell: text is never read as a formula.
fn text(xml: &mut Vec<u8>, column: &str, r: &[u8], style: u32, s: &str) {
    open_cell(xml, column, r, style, Some("inlineStr"));
    let edge = [' ', '\t', '\n'];
    if s.starts_with(edge) || s.ends_with(edge) {
        xml.extend_from_slice(b"<is><t xml:space=\"preserve\">");
    } else {
        xml.extend_from_slice(b"<is><t>");
    }
    escape(xml, s);
    xml.extend_from_slice(b"</t></is></c>");
}

/// Whether a byte may start something [`escape`] changes: XML's own
/// characters, control characters, an underscore (of `_xHHHH_`), and the
/// first byte of U+FFFE and U+FFFF.
const SPECIAL: [bool; 256] = {
    let mut special = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        special[b] = b != b'\t' as usize && b != b'\n' as usize;
        b += 1;
    }
    special[b'&' as usize] = true;
    special[b'<' as usize] = true;
    special[b'>' as usize] = true;
    special[b'_' as usize] = true;
    special[0xEF] = true;
    special
};

/// Appends `s` as XML character data, as Excel writes it: `&`, `<` and `>`
/// as entities, control characters (but tab and newline) and the two
/// non-characters as `_xHHHH_`, and a literal `_xHHHH_` with its underscore
/// written as `_x005F_`, so that it reads back as itself.
fn escape(xml: &mut Vec<u8>, s: &str) {
    if !s.bytes().any(|b| SPECIAL[b as usize]) {
        xml.extend_from_slice(s.as_bytes());
        return;
    }
    for (i, ch) in s.char_indices() {
        match ch {
            '&' => xml.extend_from_slice(b"&amp;"),
            '<' => xml.extend_from_slice(b"&lt;"),
            '>' => xml.extend_from_slice(b"&gt;"),
            '_' if is_escape_like(&s[i..]) => xml.extend_from_slice(b"_x005F_"),
            '\u{FFFE}' => xml.extend_from_slice(b"_xFFFE_"),
            '\u{FFFF}' => xml.extend_from_slice(b"_xFFFF_"),
            c if c < ' ' && c != '\t' && c != '\n' => {
                let _ = write!(xml, "_x{:04X}_", c as u32);
            }
            c => {
                let mut buf = [0u8; 4];
                xml.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
}

/// Whether `s` starts with `_x`, four hexadecimal digits and `_`: text that
/// Excel would read as an escaped character.
fn is_escape_like(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 7 && b[1] == b'x' && b[2..6].iter().all(u8::is_ascii_hexdigit) && b[6] == b'_'
}

/// A number as Rust writes an `f64` (as rust_xlsxwriter does): whole
/// numbers without a point, others as short as reads back the same.
fn number(xml: &mut Vec<u8>, n: f64) {
    if n.fract() == 0.0 && n.abs() < 1e15 && !(n == 0.0 && n.is_sign_negative()) {
        let mut digits = [0u8; 20];
        if n < 0.0 {
            xml.push(b'-');
        }
        xml.extend_from_slice(decimal(n.abs() as u64, &mut digits));
    } else {
        let _ = write!(xml, "{n}");
    }
}

/// `n` in decimal digits, written into the end of `buf`.
fn decimal<const N: usize>(n: impl Into<u64>, buf: &mut [u8; N]) -> &[u8] {
    let mut n = n.into();
    let mut at = N;
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[at..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Cell;
    use proptest::prelude::*;
    use std::io::Read as _;

    /// The `<sheetData>` rust_xlsxwriter streams for `rows` under an empty
    /// header row, with its own writer.
    fn streamed(rows: &[Vec<Cell>]) -> String {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet_with_constant_memory().unwrap();
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Empty => {}
                    Cell::Number(n) => {
                        ws.write_number(r, c, *n).unwrap();
                    }
                    Cell::Text(s) => {
                        ws.write_string(r, c, cut(s)).unwrap();
                    }
                }
            }
        }
        let buffer = wb.save_to_buffer().unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(buffer)).unwrap();
        let mut xml = String::new();
        archive
            .by_name("xl/worksheets/sheet1.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        match (xml.find("<sheetData>"), xml.find("</sheetData>")) {
            (Some(start), Some(end)) => xml[start + "<sheetData>".len()..end].to_string(),
            _ => String::new(),
        }
    }

    fn ours(rows: &[Vec<Cell>]) -> String {
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        let layout = Layout::new(width, vec![0; width]);
        let mut xml = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            let row: Vec<CellRef> = row.iter().map(Cell::as_ref).collect();
            write_row(&mut xml, i as u32 + 2, &row, &layout);
        }
        String::from_utf8(xml).unwrap()
    }

    fn cell() -> impl Strategy<Value = Cell> {
        let text = prop_oneof![
            "[a-zæøå0-9 ]{0,12}",
            "[ \\t\\n_x0-9A-Fa-f&<>'\"\\u{0}-\\u{1f}\\u{fffe}\\u{ffff}é😀]{0,16}",
            Just("_x0041_ og _x00e5_ og _x12_ og __x0000_".to_string()),
        ];
        prop_oneof![
            Just(Cell::Empty),
            text.prop_map(Cell::Text),
            any::<f64>().prop_map(Cell::Number),
            (-1_000_000i64..1_000_000).prop_map(|n| Cell::Number(n as f64)),
            prop_oneof![
                Just(-0.0),
                Just(1e15),
                Just(-1e16),
                Just(0.1 + 0.2),
                Just(f64::NAN),
                Just(f64::NEG_INFINITY),
            ]
            .prop_map(Cell::Number),
        ]
    }

    proptest! {
        #[test]
        fn rows_are_written_as_rust_xlsxwriter_streams_them(
            rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..30), 0..12)
        ) {
            prop_assert_eq!(ours(&rows), streamed(&rows));
        }
    }

    #[test]
    fn a_text_past_excel_s_limit_is_cut_to_it() {
        let long = "é".repeat(MAX_CELL + 5);
        assert_eq!(cut(&long).chars().count(), MAX_CELL);
        let rows = vec![vec![Cell::Text(long)]];
        assert_eq!(ours(&rows), streamed(&rows));
    }

    #[test]
    fn runs_joined_are_one_deflate_stream() {
        let pieces: Vec<Vec<u8>> = (0..5u8)
            .map(|i| (0..200_000u32).map(|n| (n % 251) as u8 ^ i).collect())
            .collect();
        let mut deflated = Vec::new();
        for (i, piece) in pieces.iter().enumerate() {
            deflated.extend(deflate(piece, i == pieces.len() - 1));
        }
        let mut inflated = Vec::new();
        flate2::read::DeflateDecoder::new(&deflated[..])
            .read_to_end(&mut inflated)
            .unwrap();
        assert_eq!(inflated, pieces.concat());
    }

    #[test]
    fn columns_are_named_as_excel_names_them() {
        let names: Vec<String> = [0, 25, 26, 51, 52, 701, 702, 16_383]
            .into_iter()
            .map(column_number_to_name)
            .collect();
        assert_eq!(names, ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    }
}
