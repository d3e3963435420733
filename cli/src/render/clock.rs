//! Dates and times the way the reader's locale writes them (which locale: `attune_journal::locale`): the order of
//! day, month and year, a 12- or 24-hour clock, and the names of weekdays. Without a locale, or with the C / POSIX
//! one, Attune's own unambiguous form: "Sat 21 Nov 2026, 22:50".
//!
//! Days without a time (a promise's day, a week, an insights range and its buckets) keep the month by name, in the
//! locale's language and in the locale's order of day and month ("16 Mar 2026", "Mar 16, 2026", "16. Mär 2026"), so
//! they stay short enough for a table and can't be misread; a locale that writes the year first gets ISO dates.

use chrono::{DateTime, Locale, NaiveDate, NaiveTime, TimeZone};

/// The reader's locale for dates (the journal's reading of `LC_ALL`, `LC_TIME`, `LANG`), if chrono knows it.
pub fn env_locale() -> Option<Locale> {
    attune_journal::locale::date_locale().as_deref().and_then(locale_of)
}

/// A BCP 47 tag (`en-GB`) as chrono's locale, if chrono knows it.
pub fn locale_of(tag: &str) -> Option<Locale> {
    Locale::try_from(tag.replace('-', "_").as_str()).ok()
}

/// Whether the locale writes times on a 12-hour clock (its own time format shows 13:00 as something without "13").
fn twelve_hour(locale: Locale) -> bool {
    let one_pm = NaiveTime::from_hms_opt(13, 0, 0).unwrap_or_default();
    let shown = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
        .unwrap_or_default()
        .and_time(one_pm)
        .and_utc()
        .format_localized("%X", locale)
        .to_string();
    !shown.contains("13")
}

/// A moment, e.g. "Sat 21 Nov 2026, 22:50" (no locale), "Sat 11/21/2026, 10:50 PM" (en_US),
/// "Sa 21.11.2026, 22:50" (de_DE).
pub fn date_time<Tz: TimeZone>(at: &DateTime<Tz>, locale: Option<Locale>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    match locale {
        None => at.format("%a %-d %b %Y, %H:%M").to_string(),
        Some(l) => at.format_localized(&format!("%a %x, {}", time_format(l)), l).to_string(),
    }
}

/// A time of day, e.g. "20:30" or "8:30 PM".
pub fn time_of_day(t: NaiveTime, locale: Option<Locale>) -> String {
    match locale {
        None => t.format("%H:%M").to_string(),
        Some(l) => chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
            .unwrap_or_default()
            .and_time(t)
            .and_utc()
            .format_localized(time_format(l), l)
            .to_string(),
    }
}

/// What comes first in a locale's dates, read from how it writes 22 November 2000.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    DayMonth,
    MonthDay,
    YearFirst,
}

fn order(locale: Locale) -> Order {
    let shown = NaiveDate::from_ymd_opt(2000, 11, 22).unwrap_or_default().format_localized("%x", locale).to_string();
    let at = |part: &str| shown.find(part).unwrap_or(usize::MAX);
    let (day, month, year) = (at("22"), at("11"), at("00"));
    if year < day && year < month {
        Order::YearFirst
    } else if month < day {
        Order::MonthDay
    } else {
        Order::DayMonth
    }
}

/// `format` in `locale` (month and weekday names in its language), or as it is without one.
fn named(d: NaiveDate, format: &str, locale: Option<Locale>) -> String {
    match locale {
        None => d.format(format).to_string(),
        Some(l) => d.format_localized(format, l).to_string(),
    }
}

/// A day, e.g. "16 Mar 2026" (no locale, en_GB), "Mar 16, 2026" (en_US), "16 Mär 2026" (de_DE), "2026-03-16" (sv_SE).
pub fn day(d: NaiveDate, locale: Option<Locale>) -> String {
    match locale.map(order) {
        None | Some(Order::DayMonth) => named(d, "%-d %b %Y", locale),
        Some(Order::MonthDay) => named(d, "%b %-d, %Y", locale),
        Some(Order::YearFirst) => d.format("%Y-%m-%d").to_string(),
    }
}

/// A day with the month written out, e.g. "16 March 2026" or "March 16, 2026".
pub fn long_day(d: NaiveDate, locale: Option<Locale>) -> String {
    match locale.map(order) {
        None | Some(Order::DayMonth) => named(d, "%-d %B %Y", locale),
        Some(Order::MonthDay) => named(d, "%B %-d, %Y", locale),
        Some(Order::YearFirst) => d.format("%Y-%m-%d").to_string(),
    }
}

/// A day within a year already said, e.g. "16 Mar" or "Mar 16".
pub fn short_day(d: NaiveDate, locale: Option<Locale>) -> String {
    match locale.map(order) {
        None | Some(Order::DayMonth) => named(d, "%-d %b", locale),
        Some(Order::MonthDay) => named(d, "%b %-d", locale),
        Some(Order::YearFirst) => d.format("%m-%d").to_string(),
    }
}

/// A day within a year already said, with the month written out, e.g. "16 March" or "March 16".
pub fn long_short_day(d: NaiveDate, locale: Option<Locale>) -> String {
    match locale.map(order) {
        None | Some(Order::DayMonth) => named(d, "%-d %B", locale),
        Some(Order::MonthDay) => named(d, "%B %-d", locale),
        Some(Order::YearFirst) => d.format("%m-%d").to_string(),
    }
}

/// A short day with its weekday, e.g. "Mon 16 Mar" or "Mon Mar 16".
pub fn weekday_day(d: NaiveDate, locale: Option<Locale>) -> String {
    format!("{} {}", named(d, "%a", locale), short_day(d, locale))
}

/// A month, e.g. "Mar 2026" ("2026-03" where the year comes first).
pub fn month(d: NaiveDate, locale: Option<Locale>) -> String {
    match locale.map(order) {
        Some(Order::YearFirst) => d.format("%Y-%m").to_string(),
        _ => named(d, "%b %Y", locale),
    }
}

/// Two days, the first without its year when both are in the same one: "16 Mar to 22 Mar 2026".
pub fn days(from: NaiveDate, to: NaiveDate, locale: Option<Locale>) -> String {
    use chrono::Datelike;
    let first = if from.year() == to.year() { short_day(from, locale) } else { day(from, locale) };
    format!("{first} to {}", day(to, locale))
}

fn time_format(locale: Locale) -> &'static str {
    if twelve_hour(locale) {
        "%-I:%M %p"
    } else {
        "%H:%M"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 22, 50, 0).unwrap()
    }

    #[test]
    fn without_a_locale_the_form_is_attunes_own() {
        assert_eq!(locale_of("xx-NOPE"), None);
        assert_eq!(date_time(&at(), None), "Sat 21 Nov 2026, 22:50");
        assert_eq!(time_of_day(NaiveTime::from_hms_opt(8, 5, 0).unwrap(), None), "08:05");
    }

    #[test]
    fn us_english_puts_the_month_first_on_a_twelve_hour_clock() {
        let us = locale_of("en-US");
        assert!(us.is_some());
        assert_eq!(date_time(&at(), us), "Sat 11/21/2026, 10:50 PM");
        assert_eq!(time_of_day(NaiveTime::from_hms_opt(20, 30, 0).unwrap(), us), "8:30 PM");
    }

    #[test]
    fn days_keep_the_month_by_name_in_the_locales_order_and_language() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
        let other_year = NaiveDate::from_ymd_opt(2025, 12, 29).unwrap();
        let cases = [
            (None, "16 Mar 2026", "16 March 2026", "16 Mar", "Mon 16 Mar", "Mar 2026"),
            (locale_of("en-GB"), "16 Mar 2026", "16 March 2026", "16 Mar", "Mon 16 Mar", "Mar 2026"),
            (locale_of("en-US"), "Mar 16, 2026", "March 16, 2026", "Mar 16", "Mon Mar 16", "Mar 2026"),
            (locale_of("de-DE"), "16 Mär 2026", "16 März 2026", "16 Mär", "Mo 16 Mär", "Mär 2026"),
            (locale_of("sv-SE"), "2026-03-16", "2026-03-16", "03-16", "mån 03-16", "2026-03"),
        ];
        for (l, d1, long, short, wd, m) in cases {
            assert_eq!(
                (day(d, l), long_day(d, l), short_day(d, l), weekday_day(d, l), month(d, l)),
                (d1.into(), long.into(), short.into(), wd.into(), m.into()),
                "{l:?}"
            );
        }
        assert_eq!(days(NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(), d, None), "10 Mar to 16 Mar 2026");
        assert_eq!(days(other_year, d, locale_of("en-US")), "Dec 29, 2025 to Mar 16, 2026");
    }

    #[test]
    fn british_english_and_german_put_the_day_first_on_a_twenty_four_hour_clock() {
        let gb = date_time(&at(), locale_of("en-GB"));
        assert!(gb.starts_with("Sat 21/11/") && gb.ends_with(", 22:50"), "{gb}");
        let de = date_time(&at(), locale_of("de-DE"));
        assert!(de.contains("21.11.2026") && de.ends_with(", 22:50"), "{de}");
    }
}
