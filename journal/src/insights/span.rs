//! Ranges of days: what a [`Period`] means on a given day, the range before it, and how a range is cut into the
//! buckets charts draw (days, Monday-to-Sunday weeks, or calendar months), each bucket clipped to the range.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{Error, Result};

/// The longest "last N days" asked for by number (about ten years and a bit).
pub const MAX_DAYS: u32 = 3_700;

/// Which stretch of days insights cover. Every date is the writer's local calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Period {
    /// The last `days` days, today included (7, 30, 90, 365, …).
    Last {
        /// How many days, 1 to [`MAX_DAYS`].
        days: u32,
    },
    /// From the first day anything was written, to today.
    AllTime,
    /// From one day to another, both included.
    Between {
        /// The first day.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        from: NaiveDate,
        /// The last day.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        to: NaiveDate,
    },
}

impl Period {
    /// Reads a length of time as typed: `30d`, `30`, `12w`, `6m` (30 days a month), `1y` (365 days), or `all`.
    pub fn parse_last(text: &str) -> Result<Period> {
        let t = text.trim().to_ascii_lowercase();
        if t == "all" {
            return Ok(Period::AllTime);
        }
        let (number, unit) = match t.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => t.split_at(i),
            None => (t.as_str(), "d"),
        };
        let per = match unit.trim() {
            "d" | "day" | "days" => Some(1),
            "w" | "week" | "weeks" => Some(7),
            "m" | "month" | "months" => Some(30),
            "y" | "year" | "years" => Some(365),
            _ => None,
        };
        let days = per.zip(number.parse::<u32>().ok()).and_then(|(per, n)| n.checked_mul(per));
        match days {
            Some(days) if (1..=MAX_DAYS).contains(&days) => Ok(Period::Last { days }),
            _ => Err(Error::invalid(
                crate::Field::Period,
                format!(
                    "'{text}' isn't a length of time I know; try 7d, 30d, 90d, 12w, 1y or all (up to {MAX_DAYS} days)"
                ),
            )),
        }
    }
}

impl Default for Period {
    fn default() -> Self {
        Period::Last { days: 30 }
    }
}

/// A range of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Span {
    /// The first day.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub from: NaiveDate,
    /// The last day.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to: NaiveDate,
}

impl Span {
    /// How many days it covers.
    pub fn days(&self) -> u32 {
        u32::try_from((self.to - self.from).num_days() + 1).unwrap_or(0)
    }

    /// Whether `date` falls inside it.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// The range of the same length that ends the day before this one starts; None before the calendar's start.
    pub fn previous(&self) -> Option<Span> {
        let to = self.from.pred_opt()?;
        let from = to.checked_sub_days(Days::new(u64::from(self.days()) - 1))?;
        Some(Span { from, to })
    }
}

/// How a range is cut into buckets for charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// One bucket per day (ranges up to two weeks).
    Day,
    /// Monday to Sunday (ranges up to a year).
    Week,
    /// Calendar months (longer ranges).
    Month,
}

impl Step {
    /// The step charts use for a range of this many days.
    pub fn for_days(days: u32) -> Step {
        match days {
            0..=14 => Step::Day,
            15..=371 => Step::Week,
            _ => Step::Month,
        }
    }

    /// The first day of the bucket holding `date`.
    pub fn start_of(self, date: NaiveDate) -> NaiveDate {
        match self {
            Step::Day => date,
            Step::Week => date - Days::new(u64::from(date.weekday().num_days_from_monday())),
            Step::Month => date.with_day(1).unwrap_or(date),
        }
    }

    /// The first day of the bucket after the one starting on `start`.
    fn next(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Step::Day => start.succ_opt(),
            Step::Week => start.checked_add_days(Days::new(7)),
            Step::Month => start.checked_add_months(chrono::Months::new(1)),
        }
    }

    /// The buckets covering `span`, in order, each clipped to it (so a range that starts mid-week starts with a
    /// short week).
    pub fn buckets(self, span: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = self.start_of(span.from);
        while start <= span.to {
            let Some(next) = self.next(start) else { break };
            let end = next.pred_opt().unwrap_or(next);
            out.push(Span { from: start.max(span.from), to: end.min(span.to) });
            start = next;
        }
        out
    }
}

/// The span a period covers on `today`. `first_day` is the first day anything was written (None: an empty journal).
pub(crate) fn resolve(period: Period, today: NaiveDate, first_day: Option<NaiveDate>) -> Result<Span> {
    match period {
        Period::Last { days } => {
            if !(1..=MAX_DAYS).contains(&days) {
                return Err(Error::invalid(
                    crate::Field::Period,
                    format!("choose between 1 and {MAX_DAYS} days (you asked for {days})"),
                ));
            }
            let from = today.checked_sub_days(Days::new(u64::from(days) - 1)).unwrap_or(NaiveDate::MIN);
            Ok(Span { from, to: today })
        }
        Period::AllTime => {
            let from = first_day.unwrap_or(today).min(today);
            Ok(Span { from, to: today })
        }
        Period::Between { from, to } => {
            if from > to {
                return Err(Error::invalid(
                    crate::Field::To,
                    format!("the range ends ({to}) before it starts ({from})"),
                ));
            }
            Ok(Span { from, to })
        }
    }
}

/// A date as the schema stores it.
pub(crate) fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// A stored date back; None for anything malformed (which the schema never holds).
pub(crate) fn parse(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse(s).unwrap()
    }

    #[test]
    fn weeks_run_monday_to_sunday_and_are_clipped_to_the_range() {
        // 2026-03-04 is a Wednesday; 2026-03-17 a Tuesday.
        let span = Span { from: d("2026-03-04"), to: d("2026-03-17") };
        let weeks = Step::Week.buckets(span);
        let got: Vec<(String, String)> = weeks.iter().map(|b| (iso(b.from), iso(b.to))).collect();
        assert_eq!(
            got,
            [
                ("2026-03-04".into(), "2026-03-08".into()),
                ("2026-03-09".into(), "2026-03-15".into()),
                ("2026-03-16".into(), "2026-03-17".into())
            ]
        );
    }

    #[test]
    fn months_and_the_previous_range() {
        let span = Span { from: d("2025-12-15"), to: d("2026-02-01") };
        let months: Vec<String> = Step::Month.buckets(span).iter().map(|b| iso(b.from)).collect();
        assert_eq!(months, ["2025-12-15", "2026-01-01", "2026-02-01"]);
        let prev = Span { from: d("2026-03-01"), to: d("2026-03-30") }.previous().unwrap();
        assert_eq!((iso(prev.from), iso(prev.to)), ("2026-01-30".into(), "2026-02-28".into()));
    }

    #[test]
    fn lengths_of_time_as_typed() {
        assert_eq!(Period::parse_last("30d").unwrap(), Period::Last { days: 30 });
        assert_eq!(Period::parse_last(" 90 ").unwrap(), Period::Last { days: 90 });
        assert_eq!(Period::parse_last("12w").unwrap(), Period::Last { days: 84 });
        assert_eq!(Period::parse_last("1y").unwrap(), Period::Last { days: 365 });
        assert_eq!(Period::parse_last("ALL").unwrap(), Period::AllTime);
        for bad in ["", "0d", "30x", "-3d", "99999d", "d"] {
            assert!(Period::parse_last(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn periods_resolve_on_the_given_day() {
        let today = d("2026-03-17");
        let last7 = resolve(Period::Last { days: 7 }, today, None).unwrap();
        assert_eq!((last7.from, last7.to, last7.days()), (d("2026-03-11"), today, 7));
        let all = resolve(Period::AllTime, today, Some(d("2019-01-01"))).unwrap();
        assert_eq!(all.from, d("2019-01-01"));
        assert!(resolve(Period::Last { days: 0 }, today, None).is_err());
        assert!(resolve(Period::Between { from: today, to: d("2026-03-01") }, today, None).is_err());
    }
}
