//! Property tests over every zone chrono-tz knows and instants from 1990 to 2040.

use attune_journal::reminders::{next_fire, upcoming, QuietHours, Schedule};
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, Offset, TimeZone, Utc, Weekday};
use chrono_tz::{Tz, TZ_VARIANTS};
use proptest::prelude::*;

use crate::support::reminder;

const FROM: i64 = 631_152_000; // 1990-01-01T00:00:00Z
const TO: i64 = 2_240_524_800; // 2041-01-01T00:00:00Z

fn zone() -> impl Strategy<Value = Tz> {
    (0..TZ_VARIANTS.len()).prop_map(|i| TZ_VARIANTS[i])
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (FROM..TO).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap_or_default())
}

/// A zone and an instant; half the time the instant is moved to a few days before the zone's next offset change, so
/// that DST transitions (rare among random days) are exercised on purpose.
fn zoned() -> impl Strategy<Value = (Tz, DateTime<Utc>)> {
    (zone(), instant(), any::<bool>(), 0i64..4 * 86_400)
        .prop_map(|(tz, t, seek, back)| (tz, if seek { before_next_change(tz, t, Duration::seconds(back)) } else { t }))
}

fn before_next_change(tz: Tz, t: DateTime<Utc>, back: Duration) -> DateTime<Utc> {
    let offset = |t: DateTime<Utc>| tz.offset_from_utc_datetime(&t.naive_utc()).fix();
    let mut day = t;
    for _ in 0..400 {
        let next = day + Duration::days(1);
        if offset(next) != offset(day) {
            return day - back;
        }
        day = next;
    }
    t
}

fn wall_time() -> impl Strategy<Value = NaiveTime> {
    // Whole minutes, with extra weight on the small hours where transitions happen.
    prop_oneof![0u32..24, 0u32..4]
        .prop_flat_map(|h| (Just(h), 0u32..60))
        .prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN))
}

fn schedule() -> impl Strategy<Value = Schedule> {
    let weekdays = proptest::sample::subsequence(
        vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun],
        1..=7,
    );
    prop_oneof![
        proptest::collection::vec(wall_time(), 1..4).prop_map(|times| Schedule::Daily { times }),
        (weekdays, wall_time()).prop_map(|(days, time)| Schedule::Weekly { days, time }),
        (1u32..40, 0i64..20_000, wall_time()).prop_map(|(days, offset, time)| Schedule::Every {
            days,
            start: NaiveDate::from_ymd_opt(1985, 1, 1).unwrap_or_default() + Duration::days(offset),
            time
        }),
    ]
}

/// Whether the instant just before `fire` shows a wall time before `wanted` on the same day: that is, `fire` is the
/// first valid instant after a gap that swallowed `wanted`.
fn first_instant_after_gap(fire: DateTime<Utc>, day: NaiveDate, wanted: NaiveTime, tz: Tz) -> bool {
    let skipped = matches!(tz.from_local_datetime(&day.and_time(wanted)), LocalResult::None);
    let before = (fire - Duration::seconds(1)).with_timezone(&tz).naive_local();
    skipped && before < day.and_time(wanted)
}

proptest! {
    // Every regression file in one place: journal/tests/proptest-regressions/ (tests run in the crate folder).
    #![proptest_config(ProptestConfig {
        cases: 1024,
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
            "tests/proptest-regressions/reminders.txt",
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn next_fire_is_strictly_after((tz, after) in zoned(), schedule in schedule()) {
        let fire = next_fire(&reminder(schedule), after, tz);
        prop_assert!(fire.is_some_and(|f| f > after), "{fire:?} after {after}");
    }

    #[test]
    fn upcoming_is_strictly_increasing((tz, after) in zoned(), schedule in schedule(), quiet in any::<Option<(u32, u32)>>()) {
        let mut r = reminder(schedule);
        r.quiet = quiet
            .map(|(s, e)| (s % 1440, e % 1440))
            .filter(|(s, e)| s != e)
            .map(|(s, e)| QuietHours {
                start: NaiveTime::from_hms_opt(s / 60, s % 60, 0).unwrap_or(NaiveTime::MIN),
                end: NaiveTime::from_hms_opt(e / 60, e % 60, 0).unwrap_or(NaiveTime::MIN),
            });
        let fires = upcoming(&r, after, tz, 12);
        prop_assert_eq!(fires.len(), 12);
        prop_assert!(fires[0] > after);
        prop_assert!(fires.windows(2).all(|w| w[0] < w[1]), "{fires:?}");
    }

    #[test]
    fn fires_land_on_the_wall_time_except_in_gaps((tz, after) in zoned(), schedule in schedule()) {
        let r = reminder(schedule.clone());
        for fire in upcoming(&r, after, tz, 8) {
            let local = fire.with_timezone(&tz).naive_local();
            let (day, time) = (local.date(), local.time());
            let wanted: Vec<NaiveTime> = match &schedule {
                Schedule::Daily { times } => times.clone(),
                Schedule::Weekly { days, time } => {
                    prop_assert!(days.contains(&day.weekday()), "{fire} on {}", day.weekday());
                    vec![*time]
                }
                Schedule::Every { days, start, time } => {
                    prop_assert!(day >= *start && (day - *start).num_days() % i64::from(*days) == 0, "{day}");
                    vec![*time]
                }
                Schedule::Once { .. } => unreachable!("not generated"),
            };
            let exact = wanted.contains(&time);
            let after_gap = wanted.iter().any(|w| *w < time && first_instant_after_gap(fire, day, *w, tz));
            prop_assert!(exact || after_gap, "{fire} is {local} in {tz}, wanted {wanted:?}");
        }
    }

    #[test]
    fn no_fire_inside_quiet_hours(
        (tz, after) in zoned(), times in proptest::collection::vec(wall_time(), 1..6),
        start in wall_time(), end in wall_time(),
    ) {
        prop_assume!(start != end);
        let quiet = QuietHours { start, end };
        let mut r = reminder(Schedule::Daily { times });
        r.quiet = Some(quiet);
        for fire in upcoming(&r, after, tz, 8) {
            let local = fire.with_timezone(&tz).time();
            prop_assert!(!quiet.contains(local), "{fire} is {local} in {tz}, inside {start}-{end}");
        }
    }

    #[test]
    fn daily_fires_once_per_local_day((tz, after) in zoned(), time in wall_time()) {
        let r = reminder(Schedule::Daily { times: vec![time] });
        let fires = upcoming(&r, after, tz, 10);
        let days: Vec<NaiveDate> = fires.iter().map(|f| f.with_timezone(&tz).date_naive()).collect();
        for w in days.windows(2) {
            prop_assert!(w[0] < w[1], "twice on {} in {tz}: {fires:?}", w[0]);
            // A day in between may only be missing if the clock skipped past the rest of that day.
            let mut d = w[0].succ_opt().unwrap_or(w[1]);
            while d < w[1] {
                let resolved = tz.from_local_datetime(&d.and_time(time));
                prop_assert!(matches!(resolved, LocalResult::None), "no fire on {d} in {tz}: {fires:?}");
                d = d.succ_opt().unwrap_or(w[1]);
            }
        }
    }
}
