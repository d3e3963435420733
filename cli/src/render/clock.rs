//! Dates and times the way the reader's locale writes them (which locale: `attune_journal::locale`): the order of
//! day, month and year, a 12- or 24-hour clock, and the names of weekdays. Without a locale, or with the C / POSIX
//! one, Attune's own unambiguous form: "Sat 21 Nov 2026, 22:50".

use chrono::{DateTime, Locale, NaiveTime, TimeZone};

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
    fn british_english_and_german_put_the_day_first_on_a_twenty_four_hour_clock() {
        let gb = date_time(&at(), locale_of("en-GB"));
        assert!(gb.starts_with("Sat 21/11/") && gb.ends_with(", 22:50"), "{gb}");
        let de = date_time(&at(), locale_of("de-DE"));
        assert!(de.contains("21.11.2026") && de.ends_with(", 22:50"), "{de}");
    }
}
