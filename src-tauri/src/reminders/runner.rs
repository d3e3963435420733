//! The runner: a thread that wakes at the next reminder (at most [`POLL`] later, so sleep, clock jumps and zone
//! changes are noticed), shows what is due, and records it in the settings file.

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Instant;

use attune_journal::reminders::{due, next_wake, record_all, Due, DEFAULT_GRACE_HOURS};
use attune_journal::settings::Settings;
use attune_journal::timeline::{Filter, TimelineQuery};
use attune_journal::{EntryKind, Journal};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use tauri::{AppHandle, Manager, Runtime};

use super::{notify, zone};
use crate::session::AppState;

/// The longest the runner sleeps between looks at the clock and the settings file (which the CLI may have changed).
pub const POLL: std::time::Duration = std::time::Duration::from_secs(30);

/// A wall clock that moved this much less than the monotonic clock went backwards (someone set it back).
const JUMP_SLACK: Duration = Duration::seconds(60);

/// Wakes the runner early when the reminders change. Managed as Tauri state.
#[derive(Debug, Default)]
pub struct Planner {
    changed: Mutex<bool>,
    wake: Condvar,
}

impl Planner {
    /// The reminders changed: plan again now.
    pub fn poke(&self) {
        *self.changed.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.wake.notify_all();
    }

    /// Sleeps for `max`, or until poked. Returns whether it was poked.
    fn sleep(&self, max: std::time::Duration) -> bool {
        let changed = self.changed.lock().unwrap_or_else(PoisonError::into_inner);
        let (mut changed, _) =
            self.wake.wait_timeout_while(changed, max, |c| !*c).unwrap_or_else(PoisonError::into_inner);
        std::mem::replace(&mut *changed, false)
    }
}

/// Starts the runner for the app's lifetime. Needs [`Planner`] and [`AppState`] managed.
pub fn spawn<R: Runtime>(app: AppHandle<R>) -> std::io::Result<()> {
    std::thread::Builder::new().name("attune-reminders".into()).spawn(move || run(&app)).map(drop)
}

fn run<R: Runtime>(app: &AppHandle<R>) {
    let grace = Duration::hours(DEFAULT_GRACE_HOURS);
    // On start, anything missed in the grace window (Attune was closed, the machine asleep) still shows, once.
    let mut last_check = Utc::now() - grace;
    let mut clock = (Utc::now(), Instant::now());
    loop {
        let now = Utc::now();
        if jumped_back(now - clock.0, clock.1.elapsed()) {
            // The window (last_check, now] would stay empty until the clock caught up; each reminder's `last_fired`
            // keeps what already fired from firing twice.
            last_check = now;
        }
        clock = (now, Instant::now());
        let tz = zone::local();
        let wake = tick(app, last_check, now, tz, grace);
        last_check = now;
        app.state::<Planner>().sleep(sleep_for(wake, Utc::now()));
    }
}

/// Whether the wall clock went back: it advanced less than the monotonic clock by more than [`JUMP_SLACK`].
fn jumped_back(wall: Duration, monotonic: std::time::Duration) -> bool {
    Duration::from_std(monotonic).is_ok_and(|m| wall < m - JUMP_SLACK)
}

/// How long to sleep: until just after the next wake, but at most [`POLL`].
fn sleep_for(wake: Option<DateTime<Utc>>, now: DateTime<Utc>) -> std::time::Duration {
    let until = match wake {
        // Already due (the clock moved on while we looked): look again at once.
        Some(w) => (w - now + Duration::milliseconds(50)).to_std().unwrap_or_default(),
        None => POLL,
    };
    until.clamp(std::time::Duration::from_millis(50), POLL)
}

/// One look: shows and records what is due, and returns when to look next. A missing settings file means no
/// reminders; a damaged one is left alone (the settings screen reports it) and looked at again later.
fn tick<R: Runtime>(
    app: &AppHandle<R>,
    last_check: DateTime<Utc>,
    now: DateTime<Utc>,
    tz: Tz,
    grace: Duration,
) -> Option<DateTime<Utc>> {
    let state = app.state::<AppState>();
    let path = state.settings_path().ok()?;
    let settings = Settings::load(path).ok()?;
    let wants_check_in = settings.reminders.iter().any(|r| r.enabled && r.skip_if_checked_in);
    let checked_in = if wants_check_in { state.peek_journal(last_check_in).flatten() } else { None };
    let dues = due(&settings.reminders, last_check, now, tz, grace, checked_in);
    if !dues.is_empty() {
        for d in dues.iter().filter(|d| d.notify) {
            show(app, d);
        }
        // Re-read and record on what is there now: the CLI or the settings screen may have saved since the load.
        let _ = Settings::update(path, |s| {
            record_all(&mut s.reminders, &dues);
            Ok(())
        });
    }
    next_wake(&settings.reminders, now, tz)
}

fn show<R: Runtime>(app: &AppHandle<R>, due: &Due) {
    // A notification that can't be shown (no notification server) is recorded all the same: it is not retried.
    let _ = notify::show(app, &due.notification, Some((&due.id, &due.target)));
}

/// The local date of the newest check-in, if there is one.
fn last_check_in(journal: &Journal) -> Option<NaiveDate> {
    let query = TimelineQuery {
        filter: Filter { kinds: vec![EntryKind::CheckIn], ..Filter::default() },
        limit: 1,
        ..TimelineQuery::default()
    };
    journal.timeline(&query).ok()?.entries.first().map(|e| e.local_date)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use chrono::TimeZone;
    use rstest::rstest;

    use super::*;

    fn secs(s: u64) -> std::time::Duration {
        std::time::Duration::from_secs(s)
    }

    #[rstest]
    #[case::steady(Duration::seconds(30), secs(30), false)]
    #[case::resumed_from_sleep(Duration::hours(8), secs(30), false)]
    #[case::set_forward(Duration::hours(1), secs(30), false)]
    #[case::set_back_an_hour(Duration::hours(-1), secs(30), true)]
    #[case::slow_tick_within_slack(Duration::seconds(1), secs(45), false)]
    #[case::stood_still_too_long(Duration::seconds(0), secs(120), true)]
    fn clock_jumps(#[case] wall: Duration, #[case] monotonic: std::time::Duration, #[case] back: bool) {
        assert_eq!(jumped_back(wall, monotonic), back);
    }

    #[rstest]
    #[case::nothing_planned(None, POLL)]
    #[case::soon(Some(10), secs(10) + std::time::Duration::from_millis(50))]
    #[case::far_away(Some(3600), POLL)]
    #[case::already_due(Some(-5), std::time::Duration::from_millis(50))]
    fn sleeps_until_the_next_wake_but_never_past_the_poll(
        #[case] wake_in: Option<i64>,
        #[case] expected: std::time::Duration,
    ) {
        let now = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).single().expect("valid");
        assert_eq!(sleep_for(wake_in.map(|s| now + Duration::seconds(s)), now), expected);
    }

    #[test]
    fn a_poke_wakes_the_sleeper_at_once() {
        let planner = Arc::new(Planner::default());
        let poker = Arc::clone(&planner);
        let started = Instant::now();
        let t = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(100));
            poker.poke();
        });
        assert!(planner.sleep(secs(20)), "woken by the poke");
        assert!(started.elapsed() < secs(10));
        t.join().expect("poker");
        assert!(!planner.sleep(std::time::Duration::from_millis(10)), "a poke is used up once seen");
    }
}
