//! The clock, in one place: the current time as result files write it
//! (RFC 3339, UTC, to the second) and today's date for file names and the
//! end-of-support table. Nothing else in the program reads the clock for
//! what it writes; durations are measured with `Instant` where they happen.

/// The current time to the second, as result files write it (RFC 3339, UTC).
pub fn now() -> String {
    let now = jiff::Timestamp::now();
    jiff::Timestamp::from_second(now.as_second())
        .unwrap_or(now)
        .to_string()
}

/// Today's date where the program runs, such as `2026-11-28`.
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_rfc3339_to_the_second_and_today_is_a_date() {
        let now = now();
        assert!(now.ends_with('Z') && !now.contains('.'), "{now}");
        assert!(now.parse::<jiff::Timestamp>().is_ok(), "{now}");
        assert_eq!(today().to_string().len(), "2026-11-28".len());
    }
}
