//! The workbook `kartlegging.xlsx`: an overview, one sheet per table (with
//! frozen headers, filters and fitted columns), a colour scale and a chart on
//! maturity, and a sheet explaining every column. Text is always written as
//! text, so nothing in an answer can become a formula.

mod package;
mod sheet_data;

use std::collections::HashMap;

use rayon::prelude::*;
use rust_xlsxwriter::{
    Chart, ChartType, ConditionalFormat3ColorScale, ConditionalFormatType, Format, FormatBorder,
    Workbook, Worksheet,
};

use super::{Cell, CellRef, ChartKind, Table};
use crate::collect::Deviation;
use crate::tr;

/// Rows in a sheet, including the header (Excel's limit).
pub const MAX_ROWS: usize = 1_048_576;
/// Characters in a cell (Excel's limit).
pub const MAX_CELL: usize = 32_767;

/// The column widths of the sheets measured so far, by sheet name: found
/// once, where the notes about Excel's limits are, and used by the
/// workbook, which measures any sheet not here.
pub type Widths = HashMap<String, Vec<usize>>;

/// Widths in characters, as a column is fitted to its texts: at least 6,
/// at most 60.
const NARROWEST: usize = 6;
const WIDEST: usize = 60;

/// A sheet's column widths (its header and longest texts), and how many of
/// its texts Excel's limit cuts short. Every row is made, in parallel.
fn measure(t: &Table) -> (Vec<usize>, usize) {
    let headers: Vec<usize> = t
        .headers
        .iter()
        .map(|h| h.chars().count().max(NARROWEST))
        .collect();
    let wider = |mut a: (Vec<usize>, usize), b: (Vec<usize>, usize)| {
        for (w, v) in a.0.iter_mut().zip(b.0) {
            *w = (*w).max(v);
        }
        (a.0, a.1 + b.1)
    };
    // A run of rows at a time, as the sheet is written, on every core.
    let runs: Vec<usize> = (0..t.rows.len()).step_by(sheet_data::RUN).collect();
    runs.into_par_iter()
        .map(|start| {
            let (mut widths, mut long) = (headers.clone(), 0);
            t.rows.each(start..start + sheet_data::RUN, |_, row| {
                for (c, cell) in row.iter().enumerate() {
                    let CellRef::Text(s) = *cell else { continue };
                    // A text has at least as many bytes as characters: only
                    // one longer in bytes than the limit, or than the
                    // column's width so far, needs its characters counted.
                    if s.len() > MAX_CELL && s.chars().count() > MAX_CELL {
                        long += 1;
                    }
                    if let Some(w) = widths.get_mut(c)
                        && s.len() > *w
                        && *w < WIDEST
                    {
                        *w = (*w).max(s.chars().take(WIDEST).count());
                    }
                }
            });
            (widths, long)
        })
        .reduce(|| (headers.clone(), 0), wider)
}

/// Notes for avvik about what Excel's limits force (tables split over
/// several sheets, cells cut short), and the sheets' widths, measured on
/// the way.
pub fn limit_notes(tables: &[&Table]) -> (Vec<Deviation>, Widths) {
    let mut notes = Vec::new();
    let mut all = Widths::new();
    for t in tables.iter().map(|t| t.for_sheet()) {
        let sheets = sheet_rows(t.rows.len()).count();
        if sheets > 1 {
            let (name, rows) = (&t.sheet, t.rows.len());
            notes.push(Deviation {
                file: "kartlegging.xlsx".into(),
                rejected: false,
                code: "xlsx-split",
                message: tr!(
                    "xlsx-has-rows-and-is-split-over",
                    name = name,
                    rows = rows,
                    sheets = sheets
                ),
            });
        }
        let (widths, long) = measure(t);
        if long > 0 {
            let name = &t.sheet;
            notes.push(Deviation {
                file: "kartlegging.xlsx".into(),
                rejected: false,
                code: "xlsx-truncated",
                message: tr!(
                    "xlsx-cells-in-are-longer-than-excel",
                    long = long,
                    name = name
                ),
            });
        }
        all.insert(t.sheet.clone(), widths);
    }
    (notes, all)
}

/// Which of a table's `len` rows go on each of its sheets: as many as
/// Excel allows below the header, and one empty sheet for no rows.
fn sheet_rows(len: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    let per_sheet = MAX_ROWS - 1;
    (0..len.div_ceil(per_sheet).max(1)).map(move |i| i * per_sheet..((i + 1) * per_sheet).min(len))
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color("#DCE6F1")
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap()
}

/// Writes a table's header and sets its sheet up for `rows` rows: widths,
/// frozen header, filter and printing. The rows themselves are put in
/// later ([`sheet_data`]); a number column's format is set on the column,
/// where the rows find its style.
fn set_up(
    ws: &mut Worksheet,
    t: &Table,
    rows: usize,
    widths: &[usize],
    number_formats: &[Option<Format>],
) -> anyhow::Result<()> {
    let header = header_format();
    for (c, h) in t.headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &header)?;
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, (*w as f64 + 2.0).min(WIDEST as f64 + 2.0))?;
    }
    for (c, format) in number_formats.iter().enumerate() {
        if let Some(format) = format {
            ws.set_column_format(c as u16, format)?;
        }
    }
    let last_row = u32::try_from(rows).unwrap_or(u32::MAX);
    let last_col = t.headers.len().saturating_sub(1) as u16;
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last_row.max(1), last_col)?;
    print_setup(ws, t.headers.len());
    Ok(())
}

/// A4 landscape with the header row on every page; narrow sheets one page wide.
fn print_setup(ws: &mut Worksheet, columns: usize) {
    ws.set_landscape();
    ws.set_paper_size(9);
    if columns <= 20 {
        ws.set_print_fit_to_pages(1, 0);
    } else {
        ws.set_print_scale(70);
        let _ = ws.set_repeat_columns(0, 1);
    }
    let _ = ws.set_repeat_rows(0, 0);
}

/// A sheet of the workbook that shows rows of a table.
struct TableSheet<'a> {
    /// Its number in the workbook, from 1.
    number: usize,
    table: &'a Table,
    rows: std::ops::Range<usize>,
}

/// One sheet for the table (more where Excel's row limit forces it), with
/// its header, number formats, colour scale and chart; the sheets are
/// numbered on from `number`.
fn add_table<'a>(
    wb: &mut Workbook,
    t: &'a Table,
    widths: &[usize],
    number: usize,
) -> anyhow::Result<Vec<TableSheet<'a>>> {
    let number_formats: Vec<Option<Format>> = (0..t.headers.len())
        .map(|c| {
            t.formats
                .iter()
                .find(|(i, _)| *i == c)
                .map(|(_, f)| Format::new().set_num_format(*f))
        })
        .collect();
    let mut sheets = Vec::new();
    for (i, rows) in sheet_rows(t.rows.len()).enumerate() {
        let ws = wb.add_worksheet();
        ws.set_name(if i == 0 {
            t.sheet.clone()
        } else {
            format!("{} ({})", t.sheet, i + 1)
        })?;
        set_up(ws, t, rows.len(), widths, &number_formats)?;
        if i == 0 {
            add_heat(ws, t)?;
            add_chart(ws, t)?;
        }
        sheets.push(TableSheet {
            number: number + i,
            table: t,
            rows,
        });
    }
    Ok(sheets)
}

/// The overview sheet: (label, value) pairs.
fn add_overview(wb: &mut Workbook, facts: &[(String, Cell)]) -> anyhow::Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(tr!("xlsx-overview"))?;
    let bold = Format::new().set_bold().set_font_size(14);
    ws.write_string_with_format(
        0,
        0,
        tr!("xlsx-mapping-of-it-structure-and-security"),
        &bold,
    )?;
    for (i, (label, value)) in facts.iter().enumerate() {
        let r = i as u32 + 2;
        ws.write_string_with_format(r, 0, label, &Format::new().set_bold())?;
        match value {
            Cell::Number(n) => {
                ws.write_number(r, 1, *n)?;
            }
            Cell::Text(s) => {
                ws.write_string(r, 1, s)?;
            }
            Cell::Empty => {}
        }
    }
    ws.set_column_width(0, 42)?;
    ws.set_column_width(1, 60)?;
    print_setup(ws, 2);
    Ok(())
}

/// The red–yellow–green scale on score columns, and the frozen name columns.
fn add_heat(ws: &mut Worksheet, t: &Table) -> anyhow::Result<()> {
    if t.frozen_columns > 0 {
        ws.set_freeze_panes(1, t.frozen_columns)?;
    }
    let rows = t.rows.len() as u32;
    if rows == 0 {
        return Ok(());
    }
    let scale = ConditionalFormat3ColorScale::new()
        .set_minimum(ConditionalFormatType::Number, 0)
        .set_midpoint(ConditionalFormatType::Number, 2.5)
        .set_maximum(ConditionalFormatType::Number, 5)
        .set_minimum_color("#F8696B")
        .set_midpoint_color("#FFEB84")
        .set_maximum_color("#63BE7B");
    for &c in &t.heat {
        ws.add_conditional_format(1, c as u16, rows, c as u16, &scale)?;
    }
    Ok(())
}

/// The chart the table asks for, if it has rows enough and not too many.
fn add_chart(ws: &mut Worksheet, t: &Table) -> anyhow::Result<()> {
    let Some(spec) = &t.chart else {
        return Ok(());
    };
    let rows = t.rows.len() as u32;
    if rows == 0 || t.rows.len() > spec.max_rows {
        return Ok(());
    }
    let sheet = t.sheet.as_str();
    let mut chart = Chart::new(match spec.kind {
        ChartKind::Column => ChartType::Column,
        ChartKind::Bar => ChartType::Bar,
        ChartKind::Line => ChartType::Line,
    });
    chart.title().set_name(&spec.title);
    let labels = spec.labels as u16;
    for (name, column) in &spec.series {
        let column = *column as u16;
        chart
            .add_series()
            .set_name(name)
            .set_categories((sheet, 1, labels, rows, labels))
            .set_values((sheet, 1, column, rows, column));
    }
    chart.y_axis().set_min(0).set_max(spec.max);
    if spec.percent {
        chart.y_axis().set_num_format("0%");
    }
    if let Some(title) = &spec.x_title {
        chart.x_axis().set_name(title);
    }
    if spec.series.len() == 1 {
        chart.legend().set_hidden();
    }
    if let Some((width, height)) = spec.size {
        chart.set_width(width).set_height(height);
    }
    let (row, column) = match spec.beside {
        Some(column) => (1, column),
        None => (rows + 3, 1),
    };
    ws.insert_chart(row, column, &chart)?;
    Ok(())
}

fn add_columns_sheet(wb: &mut Workbook, tables: &[&Table]) -> anyhow::Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(tr!("xlsx-columns"))?;
    let header = header_format();
    for (c, h) in [tr!("xlsx-sheet"), tr!("xlsx-column"), tr!("xlsx-meaning")]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(0, c as u16, h, &header)?;
    }
    let mut r = 1;
    for t in tables {
        for (h, d) in t.headers.iter().zip(&t.descriptions) {
            ws.write_string(r, 0, &t.sheet)?;
            ws.write_string(r, 1, h)?;
            ws.write_string(r, 2, d)?;
            r += 1;
        }
    }
    ws.set_column_width(0, 14)?;
    ws.set_column_width(1, 22)?;
    ws.set_column_width(2, 90)?;
    ws.set_freeze_panes(1, 0)?;
    print_setup(ws, 3);
    Ok(())
}

/// The whole workbook, written to `out`: the overview, then one sheet per
/// table (its summary, where it has one), then the sheet explaining every
/// column. rust_xlsxwriter makes the workbook with each table's header;
/// the rows are made on every core and put in as the archive is written.
/// `widths` are the sheets' widths where they are known already.
pub fn workbook(
    overview: &[(String, Cell)],
    tables: &[&Table],
    widths: &Widths,
    out: &mut impl std::io::Write,
) -> anyhow::Result<()> {
    let mut wb = Workbook::new();
    wb.set_zip_compression_level(sheet_data::LEVEL as u8);
    add_overview(&mut wb, overview)?;
    let tables: Vec<&Table> = tables.iter().map(|t| t.for_sheet()).collect();
    let mut sheets = Vec::new();
    for t in &tables {
        let measured;
        let widths = match widths.get(&t.sheet) {
            Some(w) => w,
            None => {
                measured = measure(t).0;
                &measured
            }
        };
        // The overview is sheet 1.
        sheets.extend(add_table(&mut wb, t, widths, sheets.len() + 2)?);
    }
    add_columns_sheet(&mut wb, &tables)?;
    let skeleton = wb.save_to_buffer()?;
    let layouts = layouts(&skeleton, &sheets)?;
    let parts: Vec<_> = sheets
        .iter()
        .zip(&layouts)
        .map(|(s, layout)| (s.table, s.rows.clone(), layout))
        .collect();
    let rows = sheets
        .iter()
        .map(|s| s.number)
        .zip(sheet_data::write_all(&parts))
        .collect();
    package::write(skeleton, rows, out)
}

/// How each table sheet's cells are written: its number columns' styles,
/// read from the `<col>` elements rust_xlsxwriter wrote for their formats.
fn layouts(skeleton: &[u8], sheets: &[TableSheet]) -> anyhow::Result<Vec<sheet_data::Layout>> {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(skeleton))?;
    sheets
        .iter()
        .map(|s| {
            let mut xml = String::new();
            archive
                .by_name(&format!("xl/worksheets/sheet{}.xml", s.number))?
                .read_to_string(&mut xml)?;
            let width = s.table.headers.len();
            let mut styles = vec![0; width];
            for col in xml.split("<col ").skip(1) {
                let col = format!(" {}", &col[..col.find("/>").unwrap_or(col.len())]);
                let attribute = |name: &str| -> Option<u32> {
                    let at = col.find(&format!(" {name}=\""))? + name.len() + 3;
                    col[at..].split('"').next()?.parse().ok()
                };
                let (Some(min), Some(max), Some(style)) =
                    (attribute("min"), attribute("max"), attribute("style"))
                else {
                    continue;
                };
                for c in min..=max {
                    if let Some(s) = styles.get_mut(c as usize - 1) {
                        *s = style;
                    }
                }
            }
            Ok(sheet_data::Layout::new(width, styles))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Rows;

    #[test]
    fn rows_past_excel_s_limit_go_on_more_sheets() {
        let sheets =
            |len| -> Vec<(usize, usize)> { sheet_rows(len).map(|r| (r.start, r.end)).collect() };
        let per_sheet = MAX_ROWS - 1;
        assert_eq!(sheets(0), [(0, 0)]);
        assert_eq!(sheets(per_sheet), [(0, per_sheet)]);
        assert_eq!(sheets(MAX_ROWS), [(0, per_sheet), (per_sheet, MAX_ROWS)]);
    }

    #[test]
    fn a_table_past_excel_s_row_limit_is_written_on_two_sheets() {
        use calamine::{Data, Reader};
        let mut t = crate::dataset::tables::make(
            "t",
            crate::i18n::Text::message("csv-t"),
            vec![("a".into(), String::new()), ("b".into(), String::new())],
            Vec::new(),
        );
        // Only the first and the last row have cells: the sheets stay small.
        let last = MAX_ROWS - 1;
        t.rows = Rows::made(MAX_ROWS, move |i, out| {
            if i == 0 || i == last {
                out(&[CellRef::Text(&format!("r{i}")), CellRef::Number(i as f64)])
            } else {
                out(&[CellRef::Empty, CellRef::Empty])
            }
        });
        let mut out = Vec::new();
        workbook(&[], &[&t], &Widths::new(), &mut out).unwrap();
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(out)).unwrap();
        let first = book.worksheet_range(&t.sheet).unwrap();
        assert_eq!(first.get_size(), (2, 2));
        assert_eq!(first.get((1, 0)), Some(&Data::String("r0".into())));
        let second = book.worksheet_range(&format!("{} (2)", t.sheet)).unwrap();
        assert_eq!(second.get_size(), (2, 2));
        assert_eq!(second.get((0, 1)), Some(&Data::String("b".into())));
        assert_eq!(second.get((1, 0)), Some(&Data::String(format!("r{last}"))));
        assert_eq!(second.get((1, 1)), Some(&Data::Float(last as f64)));
    }

    #[test]
    fn made_rows_are_split_and_cut_short_as_held_ones() {
        let mut t = crate::dataset::tables::make(
            "t",
            crate::i18n::Text::message("csv-t"),
            vec![("a".into(), String::new())],
            Vec::new(),
        );
        let last = MAX_ROWS - 1;
        t.rows = Rows::made(MAX_ROWS, move |i, out| {
            let long = if i == last { MAX_CELL + 1 } else { 1 };
            out(&[CellRef::Text(&"x".repeat(long))])
        });
        let codes: Vec<&str> = limit_notes(&[&t]).0.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["xlsx-split", "xlsx-truncated"]);
    }
}
