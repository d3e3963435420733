//! Daily fires around both DST transitions of 2025 and 2026 in zones chosen for their quirks. Expected values were
//! read off `zdump -v` (tzdata), not computed by the code under test.

use attune_journal::reminders::upcoming;
use rstest::rstest;

use crate::support::{daily, local, tz, utc};

#[rstest]
// America/New_York: 02:00 → 03:00 in March, 02:00 → 01:00 in November.
#[case::new_york_2025_spring("America/New_York", "02:30", "2025-03-08T12:00:00Z", ["2025-03-09T03:00:00-04:00", "2025-03-10T02:30:00-04:00"])]
#[case::new_york_2025_fall("America/New_York", "01:30", "2025-11-01T12:00:00Z", ["2025-11-02T01:30:00-04:00", "2025-11-03T01:30:00-05:00"])]
#[case::new_york_2026_spring("America/New_York", "02:30", "2026-03-07T12:00:00Z", ["2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00"])]
#[case::new_york_2026_fall("America/New_York", "01:30", "2026-10-31T12:00:00Z", ["2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"])]
// Europe/Berlin: 02:00 → 03:00 in March, 03:00 → 02:00 in October.
#[case::berlin_2025_spring("Europe/Berlin", "02:30", "2025-03-29T12:00:00Z", ["2025-03-30T03:00:00+02:00", "2025-03-31T02:30:00+02:00"])]
#[case::berlin_2025_fall("Europe/Berlin", "02:30", "2025-10-25T12:00:00Z", ["2025-10-26T02:30:00+02:00", "2025-10-27T02:30:00+01:00"])]
#[case::berlin_2026_spring("Europe/Berlin", "02:30", "2026-03-28T12:00:00Z", ["2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"])]
#[case::berlin_2026_fall("Europe/Berlin", "02:30", "2026-10-24T12:00:00Z", ["2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00"])]
// Europe/London: 01:00 → 02:00 in March, 02:00 → 01:00 in October.
#[case::london_2025_spring("Europe/London", "01:30", "2025-03-29T12:00:00Z", ["2025-03-30T02:00:00+01:00", "2025-03-31T01:30:00+01:00"])]
#[case::london_2025_fall("Europe/London", "01:30", "2025-10-25T12:00:00Z", ["2025-10-26T01:30:00+01:00", "2025-10-27T01:30:00+00:00"])]
#[case::london_2026_spring("Europe/London", "01:30", "2026-03-28T12:00:00Z", ["2026-03-29T02:00:00+01:00", "2026-03-30T01:30:00+01:00"])]
#[case::london_2026_fall("Europe/London", "01:30", "2026-10-24T12:00:00Z", ["2026-10-25T01:30:00+01:00", "2026-10-26T01:30:00+00:00"])]
// Australia/Sydney (southern hemisphere): 03:00 → 02:00 in April, 02:00 → 03:00 in October.
#[case::sydney_2025_fall("Australia/Sydney", "02:30", "2025-04-05T00:00:00Z", ["2025-04-06T02:30:00+11:00", "2025-04-07T02:30:00+10:00"])]
#[case::sydney_2025_spring("Australia/Sydney", "02:30", "2025-10-04T00:00:00Z", ["2025-10-05T03:00:00+11:00", "2025-10-06T02:30:00+11:00"])]
#[case::sydney_2026_fall("Australia/Sydney", "02:30", "2026-04-04T00:00:00Z", ["2026-04-05T02:30:00+11:00", "2026-04-06T02:30:00+10:00"])]
#[case::sydney_2026_spring("Australia/Sydney", "02:30", "2026-10-03T00:00:00Z", ["2026-10-04T03:00:00+11:00", "2026-10-05T02:30:00+11:00"])]
// America/Santiago changes at midnight: 24:00 → 23:00 in April (23:xx twice), 00:00 → 01:00 in September.
#[case::santiago_2025_fall("America/Santiago", "23:30", "2025-04-05T12:00:00Z", ["2025-04-05T23:30:00-03:00", "2025-04-06T23:30:00-04:00"])]
#[case::santiago_2025_spring("America/Santiago", "00:30", "2025-09-06T12:00:00Z", ["2025-09-07T01:00:00-03:00", "2025-09-08T00:30:00-03:00"])]
#[case::santiago_2026_fall("America/Santiago", "23:30", "2026-04-04T12:00:00Z", ["2026-04-04T23:30:00-03:00", "2026-04-05T23:30:00-04:00"])]
#[case::santiago_2026_spring("America/Santiago", "00:30", "2026-09-05T12:00:00Z", ["2026-09-06T01:00:00-03:00", "2026-09-07T00:30:00-03:00"])]
// Pacific/Chatham, a 45-minute offset: 03:45 → 02:45 in April, 02:45 → 03:45 in September.
#[case::chatham_2025_fall("Pacific/Chatham", "03:00", "2025-04-05T00:00:00Z", ["2025-04-06T03:00:00+13:45", "2025-04-07T03:00:00+12:45"])]
#[case::chatham_2025_spring("Pacific/Chatham", "03:00", "2025-09-27T00:00:00Z", ["2025-09-28T03:45:00+13:45", "2025-09-29T03:00:00+13:45"])]
#[case::chatham_2026_fall("Pacific/Chatham", "03:00", "2026-04-04T00:00:00Z", ["2026-04-05T03:00:00+13:45", "2026-04-06T03:00:00+12:45"])]
#[case::chatham_2026_spring("Pacific/Chatham", "03:00", "2026-09-26T00:00:00Z", ["2026-09-27T03:45:00+13:45", "2026-09-28T03:00:00+13:45"])]
// Asia/Kolkata has no DST: the same nights elsewhere change nothing.
#[case::kolkata_2025_march("Asia/Kolkata", "02:30", "2025-03-08T12:00:00Z", ["2025-03-09T02:30:00+05:30", "2025-03-10T02:30:00+05:30"])]
#[case::kolkata_2026_october("Asia/Kolkata", "02:30", "2026-10-24T12:00:00Z", ["2026-10-25T02:30:00+05:30", "2026-10-26T02:30:00+05:30"])]
fn daily_fire_across_a_transition(
    #[case] zone: &str,
    #[case] at: &str,
    #[case] after: &str,
    #[case] expected: [&str; 2],
) {
    let zone = tz(zone);
    let fires: Vec<String> =
        upcoming(&daily(&[at]), utc(after), zone, 2).into_iter().map(|t| local(t, zone).to_rfc3339()).collect();
    assert_eq!(fires, expected);
}
