//! Reading reminder settings typed by a person: times, weekdays, durations, quiet hours, targets.

use std::str::FromStr;

use chrono::{Duration, NaiveTime, Weekday};

use super::{QuietHours, Target, MAX_DAILY_TIMES};
use crate::model::parse_time_of_day;
use crate::{Error, Result};

/// A time of day as people type it: `20:30`, `8:05`, `8pm`, `8:30 pm`, `noon` (the journal's one reading of typed
/// times, [`parse_time_of_day`]).
pub fn parse_time(s: &str) -> Result<NaiveTime> {
    parse_time_of_day(s)
        .map_err(|_| Error::invalid(crate::Field::At, format!("“{}” isn't a time like 20:30 or 8pm", s.trim())))
}

/// One or more times of day separated by commas (`8am, 20:30`), each read by [`parse_time`]; sorted, without
/// repeats; at least one and at most [`MAX_DAILY_TIMES`]. What the CLI's `--at` and the app's time fields both read.
pub fn parse_times(s: &str) -> Result<Vec<NaiveTime>> {
    let mut times =
        s.split(',').map(str::trim).filter(|p| !p.is_empty()).map(parse_time).collect::<Result<Vec<_>>>()?;
    if times.is_empty() {
        return Err(Error::invalid(crate::Field::At, "add a time, like 20:30 or 8pm"));
    }
    times.sort();
    times.dedup();
    if times.len() > MAX_DAILY_TIMES {
        return Err(Error::invalid(crate::Field::At, format!("at most {MAX_DAILY_TIMES} times a day")));
    }
    Ok(times)
}

/// Weekdays separated by commas: `mon,thu` (full names and any case work too).
pub fn parse_weekdays(s: &str) -> Result<Vec<Weekday>> {
    let mut days = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let day = Weekday::from_str(part).map_err(|_| {
            Error::invalid(crate::Field::On, format!("`{part}` isn't a weekday; try mon, tue, wed, thu, fri, sat, sun"))
        })?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    if days.is_empty() {
        return Err(Error::invalid(crate::Field::On, "choose at least one day, e.g. mon,thu"));
    }
    days.sort_by_key(Weekday::num_days_from_monday);
    Ok(days)
}

/// A duration like `10m`, `2h`, `1h30m` or `3d` (units: `m`, `h`, `d`); between one minute and a year.
pub fn parse_duration(s: &str) -> Result<Duration> {
    let bad = || Error::invalid(crate::Field::In, format!("`{s}` isn't a duration like 10m, 2h, 1h30m or 3d"));
    let mut total = Duration::zero();
    let mut digits = String::new();
    for c in s.trim().chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let n: i64 = digits.parse().map_err(|_| bad())?;
        digits.clear();
        let part = match c {
            'm' => Duration::try_minutes(n),
            'h' => Duration::try_hours(n),
            'd' => Duration::try_days(n),
            _ => None,
        };
        total = total.checked_add(&part.ok_or_else(bad)?).ok_or_else(bad)?;
    }
    if !digits.is_empty() || total < Duration::minutes(1) || total > Duration::days(366) {
        return Err(bad());
    }
    Ok(total)
}

impl FromStr for QuietHours {
    type Err = Error;

    /// `22:00-07:00`.
    fn from_str(s: &str) -> Result<QuietHours> {
        let bad = || Error::invalid(crate::Field::Quiet, format!("`{s}` isn't a window like 22:00-07:00"));
        let (start, end) = s.split_once('-').ok_or_else(bad)?;
        let q = QuietHours { start: parse_time(start).map_err(|_| bad())?, end: parse_time(end).map_err(|_| bad())? };
        q.validate()?;
        Ok(q)
    }
}

impl FromStr for Target {
    type Err = Error;

    /// `check-in`, `relationship-check-in`, `appreciation`, `conflict-follow-up` (or `conflict-follow-up:<entry id>`
    /// for one conflict reflection), `look-back`, or `deck:<theme>`.
    fn from_str(s: &str) -> Result<Target> {
        let s = s.trim().to_ascii_lowercase();
        Ok(match s.as_str() {
            "check-in" | "checkin" => Target::CheckIn,
            "relationship-check-in" | "relationship" => Target::RelationshipCheckIn,
            "appreciation" => Target::Appreciation,
            "look-back" | "lookback" | "look_back" => Target::LookBack,
            "conflict-follow-up" | "conflict" => Target::ConflictFollowUp { entry: None },
            other => match (other.strip_prefix("deck:"), other.strip_prefix("conflict-follow-up:")) {
                (Some(theme), _) if !theme.is_empty() => Target::Deck { theme: theme.to_owned() },
                (_, Some(id)) => match crate::model::EntryId::parse_str(id.trim()) {
                    Ok(entry) => Target::ConflictFollowUp { entry: Some(entry) },
                    Err(_) => {
                        return Err(Error::invalid(
                            crate::Field::What,
                            format!("`{id}` isn't an entry id; give the whole id `attune list --json` shows"),
                        ))
                    }
                },
                _ => {
                    return Err(Error::invalid(
                        crate::Field::What,
                        format!(
                            "`{s}` isn't something to open; try check-in, relationship-check-in, appreciation, \
                             conflict-follow-up[:<entry id>], look-back or deck:<theme>"
                        ),
                    ))
                }
            },
        })
    }
}

impl std::fmt::Display for Target {
    /// The same words [`Target::from_str`] reads.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::CheckIn => f.write_str("check-in"),
            Target::RelationshipCheckIn => f.write_str("relationship-check-in"),
            Target::Appreciation => f.write_str("appreciation"),
            Target::LookBack => f.write_str("look-back"),
            Target::ConflictFollowUp { entry: None } => f.write_str("conflict-follow-up"),
            Target::ConflictFollowUp { entry: Some(id) } => write!(f, "conflict-follow-up:{id}"),
            Target::Deck { theme } => write!(f, "deck:{theme}"),
        }
    }
}
