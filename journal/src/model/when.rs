//! When an entry is about: now, or a date and time the writer chooses ("last Sunday evening").
//!
//! An entry's time is the moment it is about. It defaults to when it is written; the writer may set an earlier one,
//! and the entry's local date (what Today, the timeline's days and "on this day" go by) follows it. [`check_when`]
//! is the one rule for what may be chosen, and [`parse_when`] reads what a person types (the CLI's `--date`).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::reminders::resolve_local;
use crate::{Error, Result};

/// How far ahead of "now" a chosen time may be: room for a clock a few minutes apart, not for the future.
pub const FUTURE_SLACK_MINUTES: i64 = 5;

/// The earliest year an entry may be about.
pub const EARLIEST_YEAR: i32 = 1900;

/// Checks a chosen time against `now`: not in the future (beyond a few minutes' slack), not before 1900.
pub fn check_when(at: DateTime<FixedOffset>, now: DateTime<FixedOffset>) -> Result<()> {
    if at > now + Duration::minutes(FUTURE_SLACK_MINUTES) {
        return Err(Error::invalid(
            crate::Field::At,
            "That time is still to come. Choose now or an earlier date and time.",
        ));
    }
    if at.date_naive() < NaiveDate::from_ymd_opt(EARLIEST_YEAR, 1, 1).unwrap_or(NaiveDate::MIN) {
        return Err(Error::invalid(crate::Field::At, format!("Choose a date from {EARLIEST_YEAR} on.")));
    }
    Ok(())
}

/// Reads a date and time as a person types it, in the zone `tz`, with `now` for the words that need it:
///
/// - `now`, `today`, `yesterday` (today and yesterday keep the current time of day);
/// - a date, `2024-03-01` (the current time of day on that date);
/// - a day and a time, `2024-03-01 20:15`, `2024-03-01T20:15` or `yesterday 8pm`;
/// - a time today, `20:15` (or `8pm`, `8:15pm`, see [`parse_time_of_day`]);
/// - a full timestamp with its offset, `2024-03-01T20:15:00+01:00`.
///
/// The wall time is resolved in `tz` the way reminders resolve one (a skipped time moves past the gap). The answer
/// is not checked against `now`: [`check_when`] does that when the entry is saved.
pub fn parse_when(text: &str, now: DateTime<Utc>, tz: Tz) -> Result<DateTime<FixedOffset>> {
    let s = text.trim();
    let bad = || {
        Error::invalid(
            crate::Field::At,
            format!(
                "`{text}` isn't a date and time Attune reads; try 2024-03-01, \"2024-03-01 20:15\", \"yesterday 8pm\" or 20:15"
            ),
        )
    };
    let local_now = now.with_timezone(&tz).naive_local();
    let lower = s.to_ascii_lowercase();
    // A day on its own keeps the current time of day.
    let day = |word: &str| match word {
        "today" => Some(local_now.date()),
        "yesterday" => local_now.date().pred_opt(),
        _ => NaiveDate::parse_from_str(word, "%Y-%m-%d").ok(),
    };
    let local: NaiveDateTime = if lower == "now" {
        local_now
    } else if let Some(d) = day(&lower) {
        d.and_time(local_now.time())
    } else if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    } else if let Some(dt) = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
    {
        dt
    } else if let Some((d, t)) = lower.split_once(' ').and_then(|(d, t)| Some((day(d)?, parse_time_of_day(t).ok()?))) {
        // A day and a time: "2024-03-01 20:15", "yesterday 8pm".
        d.and_time(t)
    } else if let Ok(t) = parse_time_of_day(&lower) {
        local_now.date().and_time(t)
    } else {
        return Err(bad());
    };
    let instant = resolve_local(local, tz).ok_or_else(bad)?;
    Ok(instant.with_timezone(&tz).fixed_offset())
}

/// A time of day as a person types it: `20:30`, `8:05`, `8pm`, `8:30 pm`, `8 am`, `12am` (midnight), `noon`,
/// `midnight`. The one reading of typed times, for reminders and entries alike; `field` is not named here, so the
/// caller's error names its own.
pub fn parse_time_of_day(text: &str) -> Result<NaiveTime> {
    let bad = || Error::invalid(crate::Field::At, format!("`{}` isn't a time like 20:30 or 8pm", text.trim()));
    let s = text.trim().to_ascii_lowercase().replace('.', "");
    match s.as_str() {
        "noon" | "midday" => return NaiveTime::from_hms_opt(12, 0, 0).ok_or_else(bad),
        "midnight" => return NaiveTime::from_hms_opt(0, 0, 0).ok_or_else(bad),
        _ => {}
    }
    let (clock, meridiem) = if let Some(rest) = s.strip_suffix("am") {
        (rest.trim_end(), Some(false))
    } else if let Some(rest) = s.strip_suffix("pm") {
        (rest.trim_end(), Some(true))
    } else {
        (s.as_str(), None)
    };
    let (h, m) = match clock.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return Err(bad()),
        None if meridiem.is_some() => (clock, "00"),
        None => return Err(bad()),
    };
    let digits = |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !digits(m) {
        return Err(bad());
    }
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    let hour = match meridiem {
        None if h < 24 => h,
        Some(pm) if (1..=12).contains(&h) => (h % 12) + if pm { 12 } else { 0 },
        _ => return Err(bad()),
    };
    NaiveTime::from_hms_opt(hour, m, 0).ok_or_else(bad)
}
