//! The workbook `kartlegging.xlsx`: an overview, one sheet per table (with
//! frozen headers, filters and fitted columns), a colour scale and a chart on
//! maturity, and a sheet explaining every column. Text is always written as
//! text, so nothing in an answer can become a formula.

use rust_xlsxwriter::{
    Chart, ChartType, ConditionalFormat3ColorScale, ConditionalFormatType, Format, FormatBorder,
    Workbook, Worksheet,
};

use super::{Cell, Deviation, Table};
use crate::tr;

/// Rows in a sheet, including the header (Excel's limit).
pub const MAX_ROWS: usize = 1_048_576;
/// Characters in a cell (Excel's limit).
pub const MAX_CELL: usize = 32_767;

/// Notes for avvik about what Excel's limits force: tables split over several
/// sheets, and cells cut short.
pub fn limit_notes(tables: &[&Table]) -> Vec<Deviation> {
    let mut notes = Vec::new();
    for t in tables {
        let sheets = t.rows.len().div_ceil(MAX_ROWS - 1).max(1);
        if sheets > 1 {
            let (name, rows) = (&t.sheet, t.rows.len());
            notes.push(Deviation {
                file: "kartlegging.xlsx".into(),
                rejected: false,
                code: "xlsx-split",
                message: tr!("{name} har {rows} rader og er delt på {sheets} ark; CSV-filen har alt i én", "{name} has {rows} rows and is split over {sheets} sheets; the CSV file has all in one"),
            });
        }
        let long = t
            .rows
            .iter()
            .flatten()
            .filter(|c| matches!(c, Cell::Text(s) if s.chars().count() > MAX_CELL))
            .count();
        if long > 0 {
            let name = &t.sheet;
            notes.push(Deviation {
                file: "kartlegging.xlsx".into(),
                rejected: false,
                code: "xlsx-truncated",
                message: tr!("{long} celler i {name} er lengre enn Excel tillater og er kortet ned; CSV-filen har hele teksten", "{long} cells in {name} are longer than Excel allows and were cut short; the CSV file has the whole text"),
            });
        }
    }
    notes
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color("#DCE6F1")
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap()
}

/// Writes a table from `first` row on; returns the number of rows written.
fn write_rows(
    ws: &mut Worksheet,
    t: &Table,
    rows: &[Vec<Cell>],
    number_formats: &[Option<Format>],
) -> anyhow::Result<()> {
    let header = header_format();
    let mut widths: Vec<usize> = t.headers.iter().map(|h| h.chars().count().max(6)).collect();
    for (c, h) in t.headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &header)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
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
    let last_row = rows.len() as u32;
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

fn add_table(
    wb: &mut Workbook,
    t: &Table,
    number_formats: &[Option<Format>],
) -> anyhow::Result<()> {
    // The table's own formats unless the caller gives them.
    let own: Vec<Option<Format>> = (0..t.headers.len())
        .map(|c| {
            t.formats
                .iter()
                .find(|(i, _)| *i == c)
                .map(|(_, f)| Format::new().set_num_format(*f))
        })
        .collect();
    let number_formats = if number_formats.is_empty() {
        &own[..]
    } else {
        number_formats
    };
    let chunks: Vec<&[Vec<Cell>]> = if t.rows.is_empty() {
        vec![&t.rows[..]]
    } else {
        t.rows.chunks(MAX_ROWS - 1).collect()
    };
    for (i, rows) in chunks.iter().enumerate() {
        // Large sheets stream their rows to a temporary file instead of
        // holding every cell in memory.
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
        write_rows(ws, t, rows, number_formats)?;
    }
    Ok(())
}

/// The overview sheet: (label, value) pairs.
fn add_overview(wb: &mut Workbook, facts: &[(String, Cell)]) -> anyhow::Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(tr!("Oversikt", "Overview"))?;
    let bold = Format::new().set_bold().set_font_size(14);
    ws.write_string_with_format(
        0,
        0,
        tr!(
            "Kartlegging av IT-struktur og sikkerhetsmodenhet",
            "Mapping of IT structure and security maturity"
        ),
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

/// The maturity sheet: scores with one decimal and a red–yellow–green scale,
/// coverage as a percentage, names frozen, and a chart of category scores.
fn add_maturity(wb: &mut Workbook, t: &Table) -> anyhow::Result<()> {
    let one_decimal = Format::new().set_num_format("0.0");
    let percent = Format::new().set_num_format("0%");
    let formats: Vec<Option<Format>> = t
        .headers
        .iter()
        .enumerate()
        .map(|(c, _)| match c {
            0..=3 => None,
            c if c % 2 == 0 => Some(one_decimal.clone()),
            _ => Some(percent.clone()),
        })
        .collect();
    add_table(wb, t, &formats)?;
    let sheet = t.sheet.clone();
    let ws = wb.worksheet_from_name(&sheet)?;
    ws.set_freeze_panes(1, 2)?;
    let rows = t.rows.len() as u32;
    if rows > 0 {
        let scale = ConditionalFormat3ColorScale::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_midpoint(ConditionalFormatType::Number, 2.5)
            .set_maximum(ConditionalFormatType::Number, 5)
            .set_minimum_color("#F8696B")
            .set_midpoint_color("#FFEB84")
            .set_maximum_color("#63BE7B");
        for c in (4..t.headers.len()).step_by(2) {
            ws.add_conditional_format(1, c as u16, rows, c as u16, &scale)?;
        }
        // One bar per municipality and category.
        let mut chart = Chart::new(ChartType::Column);
        chart.title().set_name(&tr!(
            "Modenhet per NSM-kategori (0–5)",
            "Maturity per NSM category (0–5)"
        ));
        for (k, category) in crate::nsm::categories().enumerate() {
            let col = 6 + 2 * k as u16;
            chart
                .add_series()
                .set_name(&format!("{} {}", category.id, category.title.get()))
                .set_categories((sheet.as_str(), 1, 1, rows, 1))
                .set_values((sheet.as_str(), 1, col, rows, col));
        }
        chart.y_axis().set_min(0).set_max(5);
        ws.insert_chart(rows + 3, 1, &chart)?;
    }
    Ok(())
}

/// Charts for the analysis sheets: need per service as bars, and the
/// stability curve as a line.
fn add_chart(wb: &mut Workbook, t: &Table) -> anyhow::Result<()> {
    let rows = t.rows.len() as u32;
    if rows == 0 || rows > 1000 {
        return Ok(());
    }
    let sheet = t.sheet.as_str();
    let (chart, anchor) = match t.file {
        "tjenestekatalog" => {
            let mut chart = Chart::new(ChartType::Bar);
            chart.title().set_name(&tr!(
                "Behov per tjeneste (0–100)",
                "Need per service (0–100)"
            ));
            chart
                .add_series()
                .set_name(&t.headers[4])
                .set_categories((sheet, 1, 2, rows, 2))
                .set_values((sheet, 1, 4, rows, 4));
            chart.y_axis().set_min(0).set_max(100);
            chart.legend().set_hidden();
            chart.set_width(720).set_height(80 + 26 * rows);
            (chart, (rows + 3, 1))
        }
        "stabilitet" => {
            let mut chart = Chart::new(ChartType::Line);
            chart.title().set_name(&tr!(
                "Hvor stabil er topplisten?",
                "How stable is the top list?"
            ));
            chart
                .add_series()
                .set_name(&t.headers[1])
                .set_categories((sheet, 1, 0, rows, 0))
                .set_values((sheet, 1, 1, rows, 1));
            chart.y_axis().set_min(0).set_max(1).set_num_format("0%");
            chart.x_axis().set_name(&t.headers[0]);
            chart.legend().set_hidden();
            (chart, (1, 5))
        }
        _ => return Ok(()),
    };
    let ws = wb.worksheet_from_name(sheet)?;
    ws.insert_chart(anchor.0, anchor.1, &chart)?;
    Ok(())
}

fn add_columns_sheet(wb: &mut Workbook, tables: &[&Table]) -> anyhow::Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(tr!("Kolonner", "Columns"))?;
    let header = header_format();
    for (c, h) in [
        tr!("Ark", "Sheet"),
        tr!("Kolonne", "Column"),
        tr!("Betydning", "Meaning"),
    ]
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

/// The whole workbook, in memory. `temp_dir` is where large sheets are
/// streamed while the workbook is built: the output folder, so that answers
/// never pass through a shared temporary folder.
pub fn workbook(
    overview: &[(String, Cell)],
    maturity: &Table,
    others: &[&Table],
    temp_dir: &std::path::Path,
) -> anyhow::Result<Vec<u8>> {
    let mut wb = Workbook::new();
    wb.set_tempdir(temp_dir)?;
    // Level 3 instead of 6: a fifth larger file in two thirds of the time.
    wb.set_zip_compression_level(3);
    add_overview(&mut wb, overview)?;
    add_maturity(&mut wb, maturity)?;
    for t in others {
        add_table(&mut wb, t, &[])?;
        add_chart(&mut wb, t)?;
    }
    let mut all = vec![maturity];
    all.extend(others.iter().copied());
    add_columns_sheet(&mut wb, &all)?;
    Ok(wb.save_to_buffer()?)
}
