//! A date as a person types it, in the order their locale writes dates: `31/12/2026` in Britain, `12/31/2026` in the
//! US, `31.12.2026` in Germany, `2026-12-31` in Sweden. [`parse_date`] is the one reading of typed dates for the app's
//! date fields; the shell says which [`DateOrder`] its locale uses (the app asks `Intl`).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{Error, Field, Result};

/// The order a locale writes a date's day, month and year in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// Day, month, year (`31/12/2026`, `31.12.2026`).
    Dmy,
    /// Month, day, year (`12/31/2026`).
    Mdy,
    /// Year, month, day (`2026-12-31`).
    Ymd,
}

impl DateOrder {
    /// "the day, then the month, then the year", for messages.
    pub fn words(self) -> &'static str {
        match self {
            DateOrder::Dmy => "the day, then the month, then the year",
            DateOrder::Mdy => "the month, then the day, then the year",
            DateOrder::Ymd => "the year, then the month, then the day",
        }
    }
}

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

/// A month by its English name or its first three letters or more (`mar`, `sept`): 1 to 12.
fn month_named(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| m.starts_with(&w)).map(|i| i as u32 + 1)
}

/// Reads a date typed in `order`, with `today` for the words that need it and for a missing or two-digit year:
///
/// - `today`, `yesterday`;
/// - three numbers in the locale's order, apart by `/`, `.`, `-`, spaces or commas (`31/12/2026`, `31.12.26`);
/// - a year first in four digits is always year, month, day (`2026-12-31`, the ISO form);
/// - day and month alone mean this year (`31/12`);
/// - the month by name, either side of the day (`31 Dec 2026`, `December 31, 2026`, `1 March`).
///
/// A two-digit year is this century's unless that is still to come (`26` → 2026, `99` → 1999). What can't be read
/// says why, on [`Field::At`]; whether the date may be chosen (not in the future) is the caller's rule
/// ([`crate::model::check_when`] for entries).
pub fn parse_date(text: &str, order: DateOrder, today: NaiveDate) -> Result<NaiveDate> {
    let t = text.trim();
    let shape = || Error::invalid(Field::At, format!("“{t}” isn't a date Attune can read. Write {}.", order.words()));
    if t.is_empty() {
        return Err(Error::invalid(Field::At, format!("Write a date: {}.", order.words())));
    }
    match t.to_lowercase().as_str() {
        "today" => return Ok(today),
        "yesterday" => return today.pred_opt().ok_or_else(shape),
        _ => {}
    }
    let parts: Vec<&str> = t.split(['/', '.', '-', ',', ' ']).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 || parts.len() > 3 {
        return Err(shape());
    }
    let number =
        |p: &str| (p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().ok()).flatten();
    let named: Vec<(usize, u32)> = parts.iter().enumerate().filter_map(|(i, p)| Some((i, month_named(p)?))).collect();
    // (year as typed, month, day)
    let (year, month, day): (Option<&str>, u32, &str) = match named.as_slice() {
        [(i, month)] => {
            let rest: Vec<&str> = parts.iter().enumerate().filter(|(j, _)| j != i).map(|(_, p)| *p).collect();
            match rest.as_slice() {
                [day] => (None, *month, *day),
                [a, b] if a.len() == 4 => (Some(*a), *month, *b),
                [a, b] => (Some(*b), *month, *a),
                _ => return Err(shape()),
            }
        }
        [] => match (parts.as_slice(), order) {
            ([y, m, d], _) if y.len() == 4 => (Some(*y), number(m).ok_or_else(shape)?, *d),
            ([d, m, y], DateOrder::Dmy) | ([m, d, y], DateOrder::Mdy) | ([y, m, d], DateOrder::Ymd) => {
                (Some(*y), number(m).ok_or_else(shape)?, *d)
            }
            ([d, m], DateOrder::Dmy) | ([m, d], DateOrder::Mdy | DateOrder::Ymd) => {
                (None, number(m).ok_or_else(shape)?, *d)
            }
            _ => return Err(shape()),
        },
        _ => return Err(shape()),
    };
    let day = number(day).ok_or_else(shape)?;
    let year = match year {
        None => today.year(),
        Some(y) if y.len() == 4 => number(y).ok_or_else(shape)? as i32,
        Some(y) if y.len() == 2 => {
            let yy = number(y).ok_or_else(shape)? as i32;
            let this = today.year() / 100 * 100 + yy;
            if this > today.year() {
                this - 100
            } else {
                this
            }
        }
        Some(_) => return Err(shape()),
    };
    if !(1..=12).contains(&month) {
        return Err(Error::invalid(Field::At, format!("“{t}”: there is no month {month}. Write {}.", order.words())));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let days = days_in_month(year, month);
        let name = MONTHS[month as usize - 1];
        let name = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
        Error::invalid(Field::At, format!("“{t}” isn't a day on the calendar: {name} {year} has {days} days."))
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31).rev().find(|d| NaiveDate::from_ymd_opt(year, month, *d).is_some()).unwrap_or(28)
}
