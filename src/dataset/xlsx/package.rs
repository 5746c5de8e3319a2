//! The workbook's archive. rust_xlsxwriter makes every part of the workbook
//! (styles, charts, each sheet with its header, widths and filters); the
//! rows of the tables' sheets are made apart, in parallel
//! ([`sheet_data`](super::sheet_data)), and put into those sheets here,
//! already deflated. Every other part is copied as rust_xlsxwriter
//! deflated it.

use std::io::{Cursor, Read, Write};

use anyhow::Context;

use super::sheet_data::{self, SheetData};
use crate::tr;

/// Writes the archive `skeleton` to `out` with each sheet in `rows` (by
/// its number, from 1) given those rows before the end of its
/// `<sheetData>`.
pub fn write(
    skeleton: Vec<u8>,
    mut rows: Vec<(usize, SheetData)>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut archive = zip::ZipArchive::new(Cursor::new(skeleton))?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let mut zip = Writer::new(&mut out);
    for i in 0..archive.len() {
        let name = archive.by_index_raw(i)?.name()?.to_string();
        let sheet = name
            .strip_prefix("xl/worksheets/sheet")
            .and_then(|n| n.strip_suffix(".xml"))
            .and_then(|n| n.parse::<usize>().ok());
        // A sheet without rows to put in is copied as it is.
        let with = |(s, data): &(usize, SheetData)| Some(*s) == sheet && data.len > 0;
        match rows.iter().position(with) {
            Some(at) => {
                let (_, data) = rows.swap_remove(at);
                let mut xml = String::new();
                archive.by_index(i)?.read_to_string(&mut xml)?;
                let entry = with_rows(&xml, data).with_context(|| name.clone())?;
                zip.entry(&name, entry)?;
            }
            None => {
                let mut file = archive.by_index_raw(i)?;
                let method = match file.compression() {
                    zip::CompressionMethod::Stored => 0,
                    zip::CompressionMethod::Deflated => 8,
                    other => anyhow::bail!("{name}: {other:?}"),
                };
                let (crc, len) = (file.crc32(), file.size());
                let mut deflated = Vec::with_capacity(file.compressed_size() as usize);
                file.read_to_end(&mut deflated)?;
                zip.entry(
                    &name,
                    Entry {
                        method,
                        crc,
                        len,
                        data: vec![deflated],
                    },
                )?;
            }
        }
    }
    zip.finish()?;
    out.flush()?;
    Ok(())
}

/// A part of the archive, its data as stored.
struct Entry {
    /// 8: deflated; 0: stored.
    method: u16,
    crc: u32,
    /// The length before deflating.
    len: u64,
    /// The stored bytes, in pieces written one after another.
    data: Vec<Vec<u8>>,
}

/// A sheet's XML with `rows` put in: its dimension made to cover them, and
/// the rows before `</sheetData>`.
fn with_rows(xml: &str, rows: SheetData) -> anyhow::Result<Entry> {
    let end = xml
        .find("</sheetData>")
        .context("the sheet has no <sheetData>")?;
    let mut head = xml[..end].to_string();
    if rows.last_row > 1 {
        let start = head
            .find("<dimension ref=\"")
            .context("the sheet has no <dimension>")?
            + "<dimension ref=\"".len();
        let len = head[start..].find('"').context("an unended <dimension>")?;
        let range = &head[start..start + len];
        // The header spans every column: its last cell names the last one.
        let last = range.rsplit(':').next().unwrap_or(range);
        let column = last.trim_end_matches(|c: char| c.is_ascii_digit());
        let first = range.split(':').next().unwrap_or(range);
        let covered = format!("{first}:{column}{}", rows.last_row);
        head.replace_range(start..start + len, &covered);
    }
    let tail = &xml[end..];
    let mut crc = crc32fast::Hasher::new();
    crc.update(head.as_bytes());
    crc.combine(&rows.crc);
    let mut tail_crc = crc32fast::Hasher::new();
    tail_crc.update(tail.as_bytes());
    crc.combine(&tail_crc);
    let mut data = Vec::with_capacity(rows.deflated.len() + 2);
    data.push(sheet_data::deflate(head.as_bytes(), false));
    data.extend(rows.deflated);
    data.push(sheet_data::deflate(tail.as_bytes(), true));
    Ok(Entry {
        method: 8,
        crc: crc.finalize(),
        len: head.len() as u64 + rows.len + tail.len() as u64,
        data,
    })
}

/// A zip archive written front to back: each part's header and data, then
/// the directory. Without zip64: no part and no offset may reach 4 GiB.
struct Writer<'a, W: Write> {
    out: &'a mut W,
    at: u64,
    directory: Vec<u8>,
    entries: u16,
}

/// 1980-01-01 00:00 in MS-DOS form, the time rust_xlsxwriter gives every
/// part, so that the same workbook gives the same bytes.
const DOS_DATE: u16 = (1 << 5) | 1;
/// Made on Unix, by zip 2.0; readable and writable by the owner only.
const MADE_BY: u16 = (3 << 8) | 20;
const ATTRIBUTES: u32 = 0o100600 << 16;

impl<'a, W: Write> Writer<'a, W> {
    fn new(out: &'a mut W) -> Self {
        Writer {
            out,
            at: 0,
            directory: Vec::new(),
            entries: 0,
        }
    }

    fn entry(&mut self, name: &str, entry: Entry) -> anyhow::Result<()> {
        let stored: u64 = entry.data.iter().map(|d| d.len() as u64).sum();
        let fits = |n: u64| u32::try_from(n).ok();
        let (Some(stored), Some(len), Some(offset)) =
            (fits(stored), fits(entry.len), fits(self.at))
        else {
            anyhow::bail!(tr!("xlsx-workbook-too-large"));
        };
        self.entries = self
            .entries
            .checked_add(1)
            .ok_or_else(|| anyhow::anyhow!(tr!("xlsx-workbook-too-large")))?;
        let name = name.as_bytes();
        let name_len = u16::try_from(name.len())?;
        let mut header = Vec::with_capacity(30 + name.len());
        header.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        header.extend_from_slice(&20u16.to_le_bytes()); // version needed
        header.extend_from_slice(&0u16.to_le_bytes()); // flags
        header.extend_from_slice(&entry.method.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes()); // time
        header.extend_from_slice(&DOS_DATE.to_le_bytes());
        header.extend_from_slice(&entry.crc.to_le_bytes());
        header.extend_from_slice(&stored.to_le_bytes());
        header.extend_from_slice(&len.to_le_bytes());
        header.extend_from_slice(&name_len.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes()); // extra field
        header.extend_from_slice(name);
        self.out.write_all(&header)?;
        for piece in &entry.data {
            self.out.write_all(piece)?;
        }
        let d = &mut self.directory;
        d.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        d.extend_from_slice(&MADE_BY.to_le_bytes());
        d.extend_from_slice(&header[4..30]);
        d.extend_from_slice(&0u16.to_le_bytes()); // comment
        d.extend_from_slice(&0u16.to_le_bytes()); // disk
        d.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        d.extend_from_slice(&ATTRIBUTES.to_le_bytes());
        d.extend_from_slice(&offset.to_le_bytes());
        d.extend_from_slice(name);
        self.at += header.len() as u64 + u64::from(stored);
        Ok(())
    }

    fn finish(self) -> anyhow::Result<()> {
        let (Ok(size), Ok(offset)) = (u32::try_from(self.directory.len()), u32::try_from(self.at))
        else {
            anyhow::bail!(tr!("xlsx-workbook-too-large"));
        };
        self.out.write_all(&self.directory)?;
        let mut end = Vec::with_capacity(22);
        end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes()); // this disk
        end.extend_from_slice(&0u16.to_le_bytes()); // the directory's disk
        end.extend_from_slice(&self.entries.to_le_bytes());
        end.extend_from_slice(&self.entries.to_le_bytes());
        end.extend_from_slice(&size.to_le_bytes());
        end.extend_from_slice(&offset.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes()); // comment
        self.out.write_all(&end)?;
        Ok(())
    }
}
