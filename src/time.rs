//! The clock, in one place: the current time as result files write it
//! (RFC 3339, UTC, to the second), today's date for file names and the
//! end-of-support table, and time stamps as people read them. Nothing else
//! in the program reads the clock for what it writes; durations are
//! measured with `Instant` where they happen.

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

/// The time zone readable dates are shown in: the municipalities are in
/// Norway, wherever the report is made.
const ZONE: &str = "Europe/Oslo";

/// A time stamp (RFC 3339) as people read it, in Norwegian time:
/// `2. desember 2026 kl. 10.15` or `2 December 2026, 10:15`. A stamp that
/// cannot be read is shown as it is.
pub fn readable(stamp: &str) -> String {
    readable_in(stamp, crate::i18n::current())
}

fn readable_in(stamp: &str, lang: crate::i18n::Lang) -> String {
    let Ok(at) = stamp.parse::<jiff::Timestamp>() else {
        return stamp.to_string();
    };
    let (zone, suffix) = match jiff::tz::TimeZone::get(ZONE) {
        Ok(zone) => (zone, ""),
        Err(_) => (jiff::tz::TimeZone::UTC, " UTC"),
    };
    let t = at.to_zoned(zone);
    let month = usize::try_from(t.month() - 1).unwrap_or(0);
    let (day, year, hour, minute) = (t.day(), t.year(), t.hour(), t.minute());
    match lang {
        // The month names are the same in bokmål and nynorsk.
        crate::i18n::Lang::Nb | crate::i18n::Lang::Nn => {
            let name = MONTHS_NB[month];
            format!("{day}. {name} {year} kl. {hour:02}.{minute:02}{suffix}")
        }
        crate::i18n::Lang::En => {
            let name = MONTHS_EN[month];
            format!("{day} {name} {year}, {hour:02}:{minute:02}{suffix}")
        }
    }
}

const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn readable_dates_are_in_norwegian_time_and_words() {
        // 09:15 UTC is 10:15 in Oslo in winter, 11:15 in summer.
        let winter = "2026-12-02T09:15:00Z";
        assert_eq!(readable_in(winter, Lang::Nb), "2. desember 2026 kl. 10.15");
        assert_eq!(readable_in(winter, Lang::En), "2 December 2026, 10:15");
        let summer = "2026-06-30T22:05:00Z";
        assert_eq!(readable_in(summer, Lang::Nb), "1. juli 2026 kl. 00.05");
        assert_eq!(readable_in("not a time", Lang::En), "not a time");
    }

    #[test]
    fn now_is_rfc3339_to_the_second_and_today_is_a_date() {
        let now = now();
        assert!(now.ends_with('Z') && !now.contains('.'), "{now}");
        assert!(now.parse::<jiff::Timestamp>().is_ok(), "{now}");
        assert_eq!(today().to_string().len(), "2026-11-28".len());
    }
}
