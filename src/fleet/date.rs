//! The dates exports write for last check-in, sign-in and logon, read to the
//! day. Each tool writes its own: ISO 8601 (`2026-11-28T10:15:00Z`,
//! `2026-11-28 10:15:00.0000000`), PowerShell's en-US `M/d/yyyy h:mm:ss tt`
//! and Norwegian `dd.MM.yyyy HH:mm:ss`. A slash date is always month first,
//! as en-US writes it; one that cannot be read that way is refused, not
//! guessed.

use jiff::civil::Date;

/// What a date cell holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// No date: the device was never seen (empty, `Never`, `Aldri`).
    None,
    Date(Date),
    Unreadable,
}

/// Cell values that mean "never".
const NEVER: &[&str] = &["", "never", "aldri", "n/a", "-", "null", "none", "ingen"];

pub fn read(cell: &str) -> Reading {
    let text = cell.trim();
    if NEVER.contains(&text.to_lowercase().as_str()) {
        return Reading::None;
    }
    let (date, time) = match text.split_once(['T', ' ']) {
        Some((d, t)) => (d.trim_end_matches(','), Some(t.trim())),
        None => (text, None),
    };
    if time.is_some_and(|t| !is_time(t)) {
        return Reading::Unreadable;
    }
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let numbers: Option<Vec<i16>> = parts.iter().map(|p| number(p)).collect();
    let (Some(n), 3) = (numbers, parts.len()) else {
        return Reading::Unreadable;
    };
    let (year, month, day) = if date.contains('-') && parts[0].len() == 4 {
        (n[0], n[1], n[2])
    } else if date.contains('/') && parts[2].len() == 4 {
        (n[2], n[0], n[1])
    } else if date.contains('.') && parts[2].len() == 4 {
        (n[2], n[1], n[0])
    } else {
        return Reading::Unreadable;
    };
    let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) else {
        return Reading::Unreadable;
    };
    match Date::new(year, month, day) {
        Ok(d) if (1990..=2100).contains(&year) => Reading::Date(d),
        _ => Reading::Unreadable,
    }
}

fn number(part: &str) -> Option<i16> {
    if part.is_empty() || part.len() > 4 || !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

/// A time of day as the exports write it: `10:15`, `10:15:00`,
/// `10:15:00.0000000Z`, `3:15:42 PM`, `10.15.00` (Norwegian), with an
/// optional UTC offset.
fn is_time(text: &str) -> bool {
    let lower = text.to_lowercase();
    let (clock, twelve) = match lower
        .strip_suffix("am")
        .or_else(|| lower.strip_suffix("pm"))
    {
        Some(rest) => (rest.trim(), true),
        None => (lower.as_str(), false),
    };
    let clock = clock.trim_end_matches('z');
    let clock = match clock.rfind(['+', '-']) {
        Some(at) if at > 0 => &clock[..at],
        _ => clock,
    };
    let fields: Vec<&str> = clock.split([':', '.']).collect();
    let hour_max = if twelve { 12 } else { 23 };
    let ok = |i: usize, max: u32| {
        fields.get(i).is_some_and(|f| {
            !f.is_empty() && f.len() <= 2 && f.parse::<u32>().is_ok_and(|n| n <= max)
        })
    };
    let fraction = fields
        .get(3..)
        .unwrap_or_default()
        .iter()
        .all(|f| f.bytes().all(|b| b.is_ascii_digit()));
    (2..=4).contains(&fields.len())
        && ok(0, hour_max)
        && ok(1, 59)
        && (fields.len() < 3 || ok(2, 59))
        && fraction
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i16, m: i8, d: i8) -> Reading {
        Reading::Date(Date::new(y, m, d).unwrap())
    }

    #[test]
    fn reads_the_formats_the_exports_write() {
        for (cell, want) in [
            ("2026-11-28T10:15:00Z", day(2026, 11, 28)),
            ("2026-11-28T10:15:00.1234567+01:00", day(2026, 11, 28)),
            ("2026-11-28 10:15:00.0000000", day(2026, 11, 28)),
            ("2026-11-28", day(2026, 11, 28)),
            ("11/28/2026 3:15:42 PM", day(2026, 11, 28)),
            ("1/2/2026 12:05:00 AM", day(2026, 1, 2)),
            ("28.11.2026 15:15:42", day(2026, 11, 28)),
            ("28.11.2026, 15:15", day(2026, 11, 28)),
            ("2.1.2026 08.05", day(2026, 1, 2)),
            ("", Reading::None),
            ("Never", Reading::None),
        ] {
            assert_eq!(read(cell), want, "{cell}");
        }
    }

    #[test]
    fn refuses_what_it_would_have_to_guess() {
        for cell in [
            "28/11/2026 10:00:00",
            "2026-13-01",
            "31.02.2026",
            "yesterday",
            "2026-11-28T25:00:00",
            "11/28/26",
            "45678.5",
            "2026-0257-01",
            "11/0300/2026",
        ] {
            assert_eq!(read(cell), Reading::Unreadable, "{cell}");
        }
    }
}
