//! Dates and timestamps as the store keeps them: ISO 8601 text, so that text order is time order on
//! both backends without a date type of either.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Normalises a printed date (`March 2019`, `1 March 2019`, `March 1, 2019`, `2019-03-01`) to ISO
/// `YYYY-MM-DD` or `YYYY-MM`; anything unrecognised is returned trimmed as it is.
pub fn normalise_date(printed: &str) -> String {
    let trimmed = printed.trim();
    let words: Vec<&str> = trimmed
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .collect();
    let month_of = |word: &str| {
        let lower = word.to_ascii_lowercase();
        MONTHS
            .iter()
            .position(|month| lower.len() >= 3 && month.starts_with(&lower))
            .map(|index| index + 1)
    };
    let year_of = |word: &str| {
        (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
            .then(|| word.parse::<u32>().ok())
            .flatten()
    };
    let day_of = |word: &str| {
        word.parse::<u32>()
            .ok()
            .filter(|day| (1..=31).contains(day))
    };
    match words.as_slice() {
        [month, year] => {
            if let (Some(month), Some(year)) = (month_of(month), year_of(year)) {
                return format!("{year:04}-{month:02}");
            }
        }
        [first, second, year] => {
            if let Some(year) = year_of(year) {
                if let (Some(day), Some(month)) = (day_of(first), month_of(second)) {
                    return format!("{year:04}-{month:02}-{day:02}");
                }
                if let (Some(month), Some(day)) = (month_of(first), day_of(second)) {
                    return format!("{year:04}-{month:02}-{day:02}");
                }
            }
        }
        _ => {}
    }
    trimmed.to_string()
}

/// An instant as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (fixed width, so text order is time order).
pub fn timestamp(at: SystemTime) -> String {
    let since = at.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO);
    let seconds = since.as_secs();
    let days = i64::try_from(seconds / 86_400).unwrap_or(i64::MAX);
    let rest = seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:06}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60,
        since.subsec_micros()
    )
}

/// The calendar date `YYYY-MM-DD` of an instant, in UTC.
pub fn date(at: SystemTime) -> String {
    timestamp(at)[..10].to_string()
}

/// The current time as a stored timestamp.
pub fn now() -> String {
    timestamp(SystemTime::now())
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day); Howard Hinnant's algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // The ranges of the algorithm keep day in 1..=31 and month in 1..=12.
    (year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_printed_dates() {
        assert_eq!(normalise_date("March 2019"), "2019-03");
        assert_eq!(normalise_date(" 1 March 2019 "), "2019-03-01");
        assert_eq!(normalise_date("March 1, 2019"), "2019-03-01");
        assert_eq!(normalise_date("Sept 2001"), "2001-09");
        assert_eq!(normalise_date("2019-03-01"), "2019-03-01");
        assert_eq!(normalise_date("sometime"), "sometime");
    }

    #[test]
    fn formats_timestamps() {
        assert_eq!(timestamp(UNIX_EPOCH), "1970-01-01T00:00:00.000000Z");
        let at = UNIX_EPOCH + Duration::from_micros(1_709_251_200_000_001);
        assert_eq!(timestamp(at), "2024-03-01T00:00:00.000001Z");
        assert_eq!(date(at), "2024-03-01");
    }
}
