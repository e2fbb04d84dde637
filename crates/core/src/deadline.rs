//! Legal deadlines for data-subject requests (GDPR Art. 12(3)), on plain calendar dates.
//!
//! A request must be answered "within one month of receipt". Following Regulation (EEC,
//! Euratom) No 1182/71 (Art. 3), a period in months ends on the day of the last month that has
//! the same number as the day of receipt, or on that month's last day when it has no such day:
//! received 15 March → due 15 April; received 31 January → due 28 (or 29) February. The controller
//! may extend the period by up to two further months, giving reasons within the first month.
//! The further months are added to the original due date, the reading that never gives the
//! controller more time than the text allows: received 31 January → due 28 February → extended
//! by two months → due 28 April (not 30 April). Weekends and public holidays are not skipped.
//!
//! Dates here are calendar dates with no time zone: the caller decides which day "receipt" was
//! (the receiver takes the date in the controller's time zone, `GLASSBOX_TIMEZONE`). No
//! dependency on a clock or a date library, so this compiles to wasm32 unchanged.
//!
//! ```
//! use glassbox_core::deadline::{due_date, extend, Date};
//!
//! let received: Date = "2026-01-31".parse().unwrap();
//! let due = due_date(received);
//! assert_eq!(due.to_string(), "2026-02-28");
//! let decided: Date = "2026-02-10".parse().unwrap();
//! assert_eq!(extend(due, 2, decided).unwrap().to_string(), "2026-04-28");
//! ```

use std::fmt;
use std::str::FromStr;

/// Longest extension GDPR Art. 12(3) allows, in months.
pub const MAX_EXTENSION_MONTHS: u8 = 2;

/// A proleptic Gregorian calendar date (years 1 to 9999).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date or a deadline computation was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    /// Text that is not a `YYYY-MM-DD` date, or a day that does not exist.
    #[error("not a valid YYYY-MM-DD date: {0:?}")]
    InvalidDate(String),
    /// An extension of zero months or of more than [`MAX_EXTENSION_MONTHS`].
    #[error("an extension must be 1 or 2 months, not {0}")]
    ExtensionOutOfRange(u8),
    /// The first month after receipt is over: Art. 12(3) requires notice of an extension in it.
    #[error("the extension must be decided within one month of receipt (by {due})")]
    TooLateToExtend {
        /// The original due date, the last day an extension could be decided.
        due: Date,
    },
}

/// True for leap years of the Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`; 0 for a month out of range.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, or `None` when it does not exist (or the year is outside
    /// 1–9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The same day `months` months later, or the last day of that month when it is shorter
    /// (31 January + 1 month = 28/29 February). Saturates at year 9999.
    pub fn add_months(self, months: u32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month - 1) + i64::from(months);
        let year = (index / 12).min(9999) as i32;
        let month = if index / 12 > 9999 {
            12
        } else {
            (index % 12) as u8 + 1
        };
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, or `None` outside years 1–9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// The date of a Unix timestamp (seconds), in UTC.
    pub fn from_unix_seconds(seconds: i64) -> Option<Date> {
        Date::from_days_since_epoch(seconds.div_euclid(86_400))
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DeadlineError;

    /// Parses `YYYY-MM-DD` exactly.
    fn from_str(s: &str) -> Result<Date, DeadlineError> {
        let bad = || DeadlineError::InvalidDate(s.chars().take(40).collect());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::new(y as i32, m as u8, d as u8).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The due date of a request received on `received`: one month later (GDPR Art. 12(3)).
pub fn due_date(received: Date) -> Date {
    received.add_months(1)
}

/// The due date after an extension of `months` (1 or 2) further months, added to the original
/// due date (received 31 January → due 28 February → extended by 2 → 28 April).
pub fn extended_due_date(original_due: Date, months: u8) -> Result<Date, DeadlineError> {
    if months == 0 || months > MAX_EXTENSION_MONTHS {
        return Err(DeadlineError::ExtensionOutOfRange(months));
    }
    Ok(original_due.add_months(u32::from(months)))
}

/// Checks that an extension decided on `today` is allowed for a request whose original due date
/// is `original_due` (decided within the first month, that is no later than that date) and
/// returns the new due date.
pub fn extend(original_due: Date, months: u8, today: Date) -> Result<Date, DeadlineError> {
    if today > original_due {
        return Err(DeadlineError::TooLateToExtend { due: original_due });
    }
    extended_due_date(original_due, months)
}

/// True when a request due on `due` and still open on `today` is overdue (the due day itself is
/// still in time).
pub fn is_overdue(due: Date, today: Date) -> bool {
    today > due
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn same_day_next_month() {
        assert_eq!(due_date(d("2026-03-15")), d("2026-04-15"));
        assert_eq!(due_date(d("2026-12-15")), d("2027-01-15"));
    }

    #[test]
    fn month_end_clamps() {
        assert_eq!(due_date(d("2026-01-31")), d("2026-02-28"));
        assert_eq!(due_date(d("2028-01-31")), d("2028-02-29"));
        assert_eq!(due_date(d("2026-03-31")), d("2026-04-30"));
        assert_eq!(due_date(d("2026-02-28")), d("2026-03-28"));
        assert_eq!(due_date(d("2100-01-29")), d("2100-02-28"));
        assert_eq!(due_date(d("2000-01-30")), d("2000-02-29"));
    }

    #[test]
    fn extensions() {
        // The further months count from the original due date: 31 Jan → 28 Feb → 28 Apr.
        let due = due_date(d("2026-01-31"));
        assert_eq!(due, d("2026-02-28"));
        assert_eq!(extended_due_date(due, 2), Ok(d("2026-04-28")));
        assert_eq!(extended_due_date(due, 1), Ok(d("2026-03-28")));
        assert_eq!(
            extended_due_date(due_date(d("2026-11-30")), 2),
            Ok(d("2027-02-28"))
        );
        assert_eq!(
            extended_due_date(due_date(d("2028-01-31")), 2),
            Ok(d("2028-04-29"))
        );
        assert_eq!(
            extended_due_date(due, 3),
            Err(DeadlineError::ExtensionOutOfRange(3))
        );
        assert_eq!(
            extended_due_date(due, 0),
            Err(DeadlineError::ExtensionOutOfRange(0))
        );
        assert_eq!(
            extend(d("2026-02-10"), 2, d("2026-02-10")),
            Ok(d("2026-04-10"))
        );
        assert_eq!(
            extend(d("2026-02-10"), 2, d("2026-02-11")),
            Err(DeadlineError::TooLateToExtend {
                due: d("2026-02-10")
            })
        );
    }

    #[test]
    fn parsing() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "26-01-01",
            "2026-1-01",
            "2026-01-0a",
            "+202-01-01",
            "0000-01-01",
            "",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
    }

    #[test]
    fn epoch_days() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(
            Date::from_unix_seconds(1_795_000_000),
            Some(d("2026-11-18"))
        );
        assert!(is_overdue(d("2026-01-01"), d("2026-01-02")));
        assert!(!is_overdue(d("2026-01-01"), d("2026-01-01")));
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (1i32..9990, 1u8..=12, 1u8..=31)
            .prop_map(|(y, m, dd)| Date::new(y, m, dd.min(days_in_month(y, m))).unwrap())
    }

    proptest! {
        #[test]
        fn due_is_one_calendar_month_later(r in any_date()) {
            let due = due_date(r);
            prop_assert!(due > r);
            let months = (due.year() - r.year()) * 12 + i32::from(due.month()) - i32::from(r.month());
            prop_assert_eq!(months, 1);
            // Same day when it exists, otherwise the last day of the month.
            if r.day() <= days_in_month(due.year(), due.month()) {
                prop_assert_eq!(due.day(), r.day());
            } else {
                prop_assert_eq!(due.day(), days_in_month(due.year(), due.month()));
            }
            let gap = r.days_until(due);
            prop_assert!((28..=31).contains(&gap));
        }

        #[test]
        fn extension_is_later_and_bounded(r in any_date(), m in 1u8..=2) {
            let due = due_date(r);
            let ext = extended_due_date(due, m).unwrap();
            prop_assert!(ext > due);
            prop_assert!(r.days_until(ext) <= 92);
            // Never later than the same computation counted from the day of receipt.
            prop_assert!(ext <= r.add_months(1 + u32::from(m)));
            prop_assert!(extend(due, m, due).is_ok());
            let late = Date::from_days_since_epoch(due.days_since_epoch() + 1).unwrap();
            prop_assert!(extend(due, m, late).is_err());
        }

        #[test]
        fn epoch_days_round_trip(r in any_date()) {
            prop_assert_eq!(Date::from_days_since_epoch(r.days_since_epoch()), Some(r));
            prop_assert_eq!(r.to_string().parse::<Date>(), Ok(r));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,12}") {
            let _ = s.parse::<Date>();
        }
    }
}
