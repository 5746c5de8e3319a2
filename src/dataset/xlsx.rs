//! The workbook `kartlegging.xlsx`: an overview, one sheet per table (with
//! frozen headers, filters and fitted columns), a colour scale and a chart on
//! maturity, and a sheet explaining every column. Text is always written as
//! text, so nothing in an answer can become a formula.

use std::borrow::Cow;

use rayon::prelude::*;
use rust_xlsxwriter::{
    Chart, ChartType, ConditionalFormat3ColorScale, ConditionalFormatType, Format, FormatBorder,
    Workbook, Worksheet,
};

use super::{Cell, ChartKind, Table};
use crate::collect::Deviation;
use crate::tr;

/// Rows in a sheet, including the header (Excel's limit).
pub const MAX_ROWS: usize = 1_048_576;
/// Characters in a cell (Excel's limit).
pub const MAX_CELL: usize = 32_767;

/// Notes for avvik about what Excel's limits force: tables split over several
/// sheets, and cells cut short.
pub fn limit_notes(tables: &[&Table]) -> Vec<Deviation> {
    let mut notes = Vec::new();
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
        // A text has at least as many bytes as characters: only one with
        // more bytes than the limit needs counting. In parallel, as a large
        // table's rows are made to be looked at.
        let too_long = |s: &str| s.len() > MAX_CELL && s.chars().count() > MAX_CELL;
        let long: usize = (0..t.rows.len())
            .into_par_iter()
            .filter_map(|i| t.rows.get(i))
            .map(|row| {
                row.iter()
                    .filter(|c| matches!(c, Cell::Text(s) if too_long(s)))
                    .count()
            })
            .sum();
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
    }
    notes
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

/// Writes the header and `rows` of a table (all of it, or one sheet's share).
fn write_rows<'a>(
    ws: &mut Worksheet,
    t: &Table,
    rows: impl Iterator<Item = Cow<'a, [Cell]>>,
    number_formats: &[Option<Format>],
) -> anyhow::Result<()> {
    let header = header_format();
    let mut widths: Vec<usize> = t.headers.iter().map(|h| h.chars().count().max(6)).collect();
    for (c, h) in t.headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &header)?;
    }
    let mut last_row = 0;
    for (r, row) in rows.enumerate() {
        let r = r as u32 + 1;
        last_row = r;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            match cell {
                Cell::Empty => {}
                Cell::Number(n) => match number_formats.get(c).and_then(Option::as_ref) {
                    Some(format) => {
                        ws.write_number_with_format(r, col, *n, format)?;
                    }
                    None => {
                        ws.write_number(r, col, *n)?;
                    }
                },
                Cell::Text(s) => {
                    let text: String = if s.chars().count() > MAX_CELL {
                        s.chars().take(MAX_CELL).collect()
                    } else {
                        s.clone()
                    };
                    widths[c] = widths[c].max(text.chars().count().min(60));
                    ws.write_string(r, col, &text)?;
                }
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, (*w as f64 + 2.0).min(62.0))?;
    }
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

/// One sheet for the table (more where Excel's row limit forces it), with
/// its number formats, colour scale and chart.
fn add_table(wb: &mut Workbook, t: &Table) -> anyhow::Result<()> {
    let number_formats: Vec<Option<Format>> = (0..t.headers.len())
        .map(|c| {
            t.formats
                .iter()
                .find(|(i, _)| *i == c)
                .map(|(_, f)| Format::new().set_num_format(*f))
        })
        .collect();
    for (i, rows) in sheet_rows(t.rows.len()).enumerate() {
        // Large sheets stream their rows to a temporary file instead of
        // holding every cell in memory. (Excel's table of shared strings
        // would make the answers sheet a quarter smaller, but it is held in
        // memory, and the Programvare sheet's names are mostly distinct.)
        let ws = if rows.len() > 20_000 {
            wb.add_worksheet_with_constant_memory()?
        } else {
            wb.add_worksheet()
        };
        ws.set_name(if i == 0 {
            t.sheet.clone()
        } else {
            format!("{} ({})", t.sheet, i + 1)
        })?;
        write_rows(ws, t, t.rows.range(rows), &number_formats)?;
        if i == 0 {
            add_heat(ws, t)?;
            add_chart(ws, t)?;
        }
    }
    Ok(())
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

/// The whole workbook, written to `out` as it is compressed: the overview,
/// then one sheet per table (its summary, where it has one), then the sheet
/// explaining every column. `temp_dir` is where large sheets are streamed
/// while the workbook is built: the output folder, so that answers never
/// pass through a shared temporary folder.
pub fn workbook(
    overview: &[(String, Cell)],
    tables: &[&Table],
    temp_dir: &std::path::Path,
    out: &mut std::fs::File,
) -> anyhow::Result<()> {
    let mut wb = Workbook::new();
    wb.set_tempdir(temp_dir)?;
    // Level 2 instead of 6: zlib's fast matching, a workbook about a tenth
    // larger than at level 3 and made sooner; a merge is run again and
    // again, the workbook is opened a few times.
    wb.set_zip_compression_level(2);
    add_overview(&mut wb, overview)?;
    let tables: Vec<&Table> = tables.iter().map(|t| t.for_sheet()).collect();
    for t in &tables {
        add_table(&mut wb, t)?;
    }
    add_columns_sheet(&mut wb, &tables)?;
    wb.save_to_writer(out)?;
    Ok(())
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
    fn made_rows_are_split_and_cut_short_as_held_ones() {
        let mut t = crate::dataset::tables::make(
            "t",
            crate::i18n::Text::message("csv-t"),
            vec![("a".into(), String::new())],
            Vec::new(),
        );
        let last = MAX_ROWS - 1;
        t.rows = Rows::made(MAX_ROWS, move |i| {
            let long = if i == last { MAX_CELL + 1 } else { 1 };
            vec![Cell::Text("x".repeat(long))]
        });
        let codes: Vec<&str> = limit_notes(&[&t]).iter().map(|d| d.code).collect();
        assert_eq!(codes, ["xlsx-split", "xlsx-truncated"]);
    }
}
