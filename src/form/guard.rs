//! Limits on a workbook before the spreadsheet reader opens it. An .xlsx
//! file is a zip archive, and a small archive can unpack to gigabytes (a
//! "zip bomb"); the reader would hold all of it in memory. Every part is
//! unpacked here once, counting bytes and keeping none, so a part that
//! unpacks to more than a form can hold is refused whatever its header
//! claims.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::tr;

/// The largest workbook file read; a form of the biggest questionnaire is
/// well under 1 MiB.
const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// The most one part (a sheet, the shared texts) may unpack to.
const MAX_PART_BYTES: u64 = 32 * 1024 * 1024;
/// The most all parts together may unpack to.
const MAX_TOTAL_BYTES: u64 = 96 * 1024 * 1024;
/// How many times larger than packed a part above [`RATIO_FROM_BYTES`] may
/// be; spreadsheet XML packs to about a tenth, a zip bomb to a thousandth.
const MAX_RATIO: u64 = 100;
const RATIO_FROM_BYTES: u64 = 1024 * 1024;

/// Refuses a workbook whose parts unpack to more than a form can hold.
/// Files that are not zip archives pass: the spreadsheet reader names them.
pub fn check(path: &Path) -> Result<(), Diagnostic> {
    let too_large = |what: String| {
        Diagnostic::whole_file(
            "too-large",
            tr!("guard-that-is-more-than-a-form", what = what),
        )
    };
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let size = file.metadata().map_or(0, |m| m.len());
    if size > MAX_FILE_BYTES {
        let mib = MAX_FILE_BYTES >> 20;
        return Err(too_large(tr!(
            "guard-the-file-is-larger-than-mib",
            mib = mib
        )));
    }
    let Ok(mut archive) = zip::ZipArchive::new(file) else {
        return Ok(());
    };
    let mut total = 0;
    for i in 0..archive.len() {
        let Ok(mut part) = archive.by_index(i) else {
            continue;
        };
        let name = part.name().map(|n| n.to_string()).unwrap_or_default();
        let name = crate::diagnostic::excerpt(&name, crate::diagnostic::EXCERPT_CHARS);
        let packed = part.compressed_size();
        // Counted as unpacked, never trusting the size the header gives.
        let unpacked = unpacked_size(&mut part);
        let mib = MAX_PART_BYTES >> 20;
        if unpacked > MAX_PART_BYTES {
            return Err(too_large(tr!(
                "guard-the-part-unpacks-to-more-than",
                name = name,
                mib = mib
            )));
        }
        if unpacked > RATIO_FROM_BYTES && unpacked > packed.saturating_mul(MAX_RATIO) {
            let ratio = unpacked / packed.max(1);
            return Err(too_large(tr!(
                "guard-the-part-unpacks-to-times-its",
                name = name,
                ratio = ratio,
                MAX_RATIO = MAX_RATIO
            )));
        }
        total += unpacked;
        if total > MAX_TOTAL_BYTES {
            let mib = MAX_TOTAL_BYTES >> 20;
            return Err(too_large(tr!(
                "guard-the-parts-together-unpack-to-more",
                mib = mib
            )));
        }
    }
    Ok(())
}

/// How many bytes a part unpacks to, counted up to one past the limit; a
/// part that breaks off counts as far as it goes.
fn unpacked_size(part: &mut impl Read) -> u64 {
    let mut buffer = vec![0; 64 * 1024];
    let mut total = 0;
    while total <= MAX_PART_BYTES {
        match part.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => total += n as u64,
        }
    }
    total
}
