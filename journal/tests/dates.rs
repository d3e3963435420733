//! Dates typed in the locale's order (the app's date fields): what reads, and what each mistake says.

use attune_journal::model::{parse_date, DateOrder};
use attune_journal::{ErrorKind, Field};
use chrono::NaiveDate;
use rstest::rstest;

use DateOrder::{Dmy, Mdy, Ymd};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Tuesday 1 December 2026.
fn today() -> NaiveDate {
    date(2026, 12, 1)
}

#[rstest]
#[case::british_slashes("3/11/2026", Dmy, date(2026, 11, 3))]
#[case::american_slashes("11/3/2026", Mdy, date(2026, 11, 3))]
#[case::german_dots("03.11.2026", Dmy, date(2026, 11, 3))]
#[case::german_trailing_dot("3. 11. 2026", Dmy, date(2026, 11, 3))]
#[case::swedish_iso("2026-11-03", Ymd, date(2026, 11, 3))]
#[case::iso_in_any_order_day_first("2026-11-03", Dmy, date(2026, 11, 3))]
#[case::iso_in_any_order_month_first("2026-11-03", Mdy, date(2026, 11, 3))]
#[case::two_digit_year("3/11/26", Dmy, date(2026, 11, 3))]
#[case::two_digit_year_last_century("3/11/99", Dmy, date(1999, 11, 3))]
#[case::no_year_is_this_year("24/6", Dmy, date(2026, 6, 24))]
#[case::no_year_month_first("6/24", Mdy, date(2026, 6, 24))]
#[case::month_named_after_the_day("3 November 2026", Mdy, date(2026, 11, 3))]
#[case::month_named_first("Nov 3, 2026", Dmy, date(2026, 11, 3))]
#[case::month_named_no_year("1 march", Dmy, date(2026, 3, 1))]
#[case::month_named_year_first("2026 Nov 3", Dmy, date(2026, 11, 3))]
#[case::sept("14 sept 2025", Dmy, date(2025, 9, 14))]
#[case::today("Today", Mdy, today())]
#[case::yesterday(" yesterday ", Dmy, date(2026, 11, 30))]
#[case::leap_day("29/02/2024", Dmy, date(2024, 2, 29))]
fn dates_read_in_the_locales_order(#[case] text: &str, #[case] order: DateOrder, #[case] want: NaiveDate) {
    assert_eq!(parse_date(text, order, today()).unwrap(), want, "{text:?} in {order:?}");
}

#[rstest]
#[case::empty("  ", Dmy, "Write a date: the day, then the month, then the year.")]
#[case::words(
    "next tuesday",
    Dmy,
    "“next tuesday” isn't a date Attune can read. Write the day, then the month, then the year."
)]
#[case::one_number("12", Mdy, "“12” isn't a date Attune can read. Write the month, then the day, then the year.")]
#[case::too_many(
    "1/2/3/4",
    Dmy,
    "“1/2/3/4” isn't a date Attune can read. Write the day, then the month, then the year."
)]
#[case::month_out_of_range(
    "12/31/2026",
    Dmy,
    "“12/31/2026”: there is no month 31. Write the day, then the month, then the year."
)]
#[case::no_such_day("31/02/2026", Dmy, "“31/02/2026” isn't a day on the calendar: February 2026 has 28 days.")]
#[case::not_a_leap_year("2/29/2026", Mdy, "“2/29/2026” isn't a day on the calendar: February 2026 has 28 days.")]
#[case::three_digit_year(
    "1/2/202",
    Dmy,
    "“1/2/202” isn't a date Attune can read. Write the day, then the month, then the year."
)]
#[case::two_month_names(
    "March May 3",
    Dmy,
    "“March May 3” isn't a date Attune can read. Write the day, then the month, then the year."
)]
fn what_cannot_be_read_says_why(#[case] text: &str, #[case] order: DateOrder, #[case] message: &str) {
    let err = parse_date(text, order, today()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation, "{text:?}");
    assert_eq!(err.field(), Some(Field::At), "{text:?}");
    assert_eq!(err.to_string(), format!("at: {message}"), "{text:?}");
}
