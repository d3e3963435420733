//! Turning wall-clock times into instants, and quiet hours.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{Error, Result};

/// The instant a wall-clock date and time names in `tz`.
///
/// A time that happens twice (fall back) gives the earlier instant; a time the clock skips (spring forward) gives the
/// first valid instant after the gap, e.g. 02:30 → 03:00. `None` only at the edges of chrono's calendar.
pub fn resolve_local(local: NaiveDateTime, tz: Tz) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Some(a.min(b).with_timezone(&Utc)),
        LocalResult::None => gap_end(local, tz),
    }
}

/// Like [`resolve_local`], but the earliest matching instant after `after` (for a time that happens twice, the
/// second pass if the first is already over). `None` if neither is after `after`.
fn resolve_local_after(local: NaiveDateTime, tz: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Ambiguous(a, b) => {
            let (a, b) = (a.min(b).with_timezone(&Utc), a.max(b).with_timezone(&Utc));
            [a, b].into_iter().find(|t| *t > after)
        }
        _ => resolve_local(local, tz).filter(|t| *t > after),
    }
}

/// The first instant whose wall time in `tz` is at or after `local`, which lies in a gap.
///
/// Real offsets stay within ±16 hours, so taking `local` as if it were UTC and searching 26 hours either side brackets
/// the transition; a binary search over seconds finds it.
fn gap_end(local: NaiveDateTime, tz: Tz) -> Option<DateTime<Utc>> {
    let wall = |secs: i64| DateTime::from_timestamp(secs, 0).map(|t| t.with_timezone(&tz).naive_local());
    let centre = local.and_utc().timestamp();
    let (mut lo, mut hi) = (centre - 26 * 3600, centre + 26 * 3600);
    if wall(lo)? >= local || wall(hi)? < local {
        return None;
    }
    // Invariant: wall(lo) < local <= wall(hi).
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if wall(mid)? >= local {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    DateTime::from_timestamp(hi, 0)
}

/// A local time window in which reminders stay silent, e.g. 22:00–07:00. The window includes its start and excludes
/// its end; a start later than the end crosses midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
pub struct QuietHours {
    /// Silence starts at this local time.
    pub start: NaiveTime,
    /// Silence ends at this local time; a fire in the window moves here.
    pub end: NaiveTime,
}

impl QuietHours {
    /// Checks that the window is not empty.
    pub fn validate(&self) -> Result<()> {
        if self.start == self.end {
            return Err(Error::invalid(crate::Field::Quiet, "quiet hours need different start and end times"));
        }
        Ok(())
    }

    /// Whether a local time is inside the window.
    pub fn contains(&self, t: NaiveTime) -> bool {
        if self.start < self.end {
            self.start <= t && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }

    /// `at`, or the end of the quiet window it falls in (as a wall time in `tz`, resolved like any other).
    pub fn defer(&self, at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        let mut at = at;
        // A window end that falls in a gap resolves past the gap, which could in theory land in the window again
        // (a window of almost 24 hours); a couple of rounds settle it.
        for _ in 0..3 {
            let local = at.with_timezone(&tz).naive_local();
            if !self.contains(local.time()) {
                return at;
            }
            let mut end = local.date().and_time(self.end);
            if end <= local {
                end += Duration::days(1);
            }
            match resolve_local_after(end, tz, at) {
                Some(moved) => at = moved,
                None => return at,
            }
        }
        at
    }
}
