//! Schedules other than plain daily, quiet hours, zone changes, parsing and notification words.

use attune_journal::reminders::{
    next_fire, parse_duration, parse_time, parse_times, parse_weekdays, upcoming, Notification, QuietHours, Schedule,
    Target, TimeOfDay,
};
use chrono::{DateTime, Duration, NaiveDate, Utc, Weekday};
use rstest::rstest;

use crate::support::{daily, local, reminder, time, tz, utc};

fn shown(fires: Vec<DateTime<Utc>>, zone: &str) -> Vec<String> {
    fires.into_iter().map(|t| local(t, tz(zone)).to_rfc3339()).collect()
}

#[test]
fn daily_with_several_times_fires_at_each_in_order() {
    let r = daily(&["20:30", "08:00", "20:30"]);
    let fires = upcoming(&r, utc("2026-11-22T07:30:00Z"), tz("Europe/Berlin"), 3);
    assert_eq!(
        shown(fires, "Europe/Berlin"),
        ["2026-11-22T20:30:00+01:00", "2026-11-23T08:00:00+01:00", "2026-11-23T20:30:00+01:00"]
    );
}

#[test]
fn next_fire_is_strictly_after_even_when_after_is_a_fire() {
    let r = daily(&["08:00"]);
    let at_eight = utc("2026-11-22T07:00:00Z");
    assert_eq!(next_fire(&r, at_eight - Duration::seconds(1), tz("Europe/Berlin")), Some(at_eight));
    assert_eq!(next_fire(&r, at_eight, tz("Europe/Berlin")), Some(at_eight + Duration::days(1)));
}

#[test]
fn weekly_fires_on_the_chosen_days_across_spring_forward() {
    let r = reminder(Schedule::Weekly { days: vec![Weekday::Thu, Weekday::Sun], time: time("02:30") });
    let fires = upcoming(&r, utc("2026-03-01T12:00:00Z"), tz("America/New_York"), 4);
    assert_eq!(
        shown(fires, "America/New_York"),
        [
            "2026-03-05T02:30:00-05:00",
            "2026-03-08T03:00:00-04:00", // 02:30 doesn't exist that Sunday
            "2026-03-12T02:30:00-04:00",
            "2026-03-15T02:30:00-04:00",
        ]
    );
}

#[test]
fn every_n_days_counts_from_its_start_day() {
    let start = NaiveDate::from_ymd_opt(2026, 10, 20).expect("valid date");
    let r = reminder(Schedule::Every { days: 3, start, time: time("09:00") });
    // Before the start: the start day itself comes first.
    let fires = upcoming(&r, utc("2026-10-01T00:00:00Z"), tz("Europe/Berlin"), 3);
    assert_eq!(
        shown(fires, "Europe/Berlin"),
        ["2026-10-20T09:00:00+02:00", "2026-10-23T09:00:00+02:00", "2026-10-26T09:00:00+01:00"]
    );
    // Long after the start, in the middle of a gap.
    let fires = upcoming(&r, utc("2026-11-22T12:00:00Z"), tz("Europe/Berlin"), 2);
    assert_eq!(shown(fires, "Europe/Berlin"), ["2026-11-25T09:00:00+01:00", "2026-11-28T09:00:00+01:00"]);
}

#[test]
fn once_fires_once_and_then_never() {
    let at = utc("2026-11-22T18:00:00Z");
    let r = reminder(Schedule::Once { at });
    assert_eq!(upcoming(&r, utc("2026-11-22T16:00:00Z"), tz("Europe/Berlin"), 5), vec![at]);
    assert_eq!(next_fire(&r, at, tz("Europe/Berlin")), None);
}

#[test]
fn a_reminder_that_is_off_never_fires() {
    let mut r = daily(&["08:00"]);
    r.enabled = false;
    assert_eq!(next_fire(&r, utc("2026-11-22T00:00:00Z"), tz("Europe/Berlin")), None);
}

#[test]
fn eight_means_eight_in_whatever_zone_is_passed_now() {
    // Wall-clock semantics: after a move from Berlin to Tokyo, the 08:00 reminder follows the person.
    let r = daily(&["08:00"]);
    let after = utc("2026-11-22T00:00:00Z");
    let berlin = next_fire(&r, after, tz("Europe/Berlin")).expect("fires");
    let tokyo = next_fire(&r, after, tz("Asia/Tokyo")).expect("fires");
    assert_eq!(local(berlin, tz("Europe/Berlin")).to_rfc3339(), "2026-11-22T08:00:00+01:00");
    assert_eq!(local(tokyo, tz("Asia/Tokyo")).to_rfc3339(), "2026-11-23T08:00:00+09:00");
}

#[test]
fn a_day_the_clock_skips_gets_no_fire() {
    // Samoa went from 29 December 2011 23:59:59 straight to 31 December 00:00.
    let fires = upcoming(&daily(&["08:00"]), utc("2011-12-29T00:00:00Z"), tz("Pacific/Apia"), 3);
    assert_eq!(
        shown(fires, "Pacific/Apia"),
        ["2011-12-29T08:00:00-10:00", "2011-12-31T08:00:00+14:00", "2012-01-01T08:00:00+14:00"]
    );
}

#[rstest]
#[case::crossing_midnight_late_fire_moves_to_morning("22:00-07:00", "23:15", ["2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00"])]
#[case::crossing_midnight_early_fire_moves_to_morning("22:00-07:00", "05:00", ["2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00"])]
#[case::same_day_window("12:00-14:00", "13:00", ["2026-11-23T14:00:00+01:00", "2026-11-24T14:00:00+01:00"])]
#[case::fire_at_window_end_is_outside("22:00-07:00", "07:00", ["2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00"])]
#[case::fire_outside_window_is_untouched("22:00-07:00", "21:59", ["2026-11-22T21:59:00+01:00", "2026-11-23T21:59:00+01:00"])]
fn quiet_hours_move_a_fire_to_the_window_end(#[case] quiet: &str, #[case] at: &str, #[case] expected: [&str; 2]) {
    let mut r = daily(&[at]);
    r.quiet = Some(quiet.parse().expect("valid window"));
    let fires = upcoming(&r, utc("2026-11-22T20:00:00Z"), tz("Europe/Berlin"), 2);
    assert_eq!(shown(fires, "Europe/Berlin"), expected);
}

#[test]
fn two_fires_moved_to_the_same_window_end_become_one() {
    let mut r = daily(&["23:00", "06:00"]);
    r.quiet = Some("22:00-07:00".parse().expect("valid window"));
    let fires = upcoming(&r, utc("2026-11-22T12:00:00Z"), tz("Europe/Berlin"), 2);
    assert_eq!(shown(fires, "Europe/Berlin"), ["2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00"]);
}

#[test]
fn a_window_ending_in_a_gap_ends_after_the_gap() {
    let mut r = daily(&["01:30"]);
    r.quiet = Some(QuietHours { start: time("01:00"), end: time("02:30") });
    let fires = upcoming(&r, utc("2026-03-07T12:00:00Z"), tz("America/New_York"), 2);
    assert_eq!(shown(fires, "America/New_York"), ["2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00"]);
}

#[rstest]
#[case::ten_minutes("10m", 10)]
#[case::hours("2h", 120)]
#[case::mixed("1h30m", 90)]
#[case::days("3d", 3 * 24 * 60)]
fn durations_parse(#[case] text: &str, #[case] minutes: i64) {
    assert_eq!(parse_duration(text).expect("parses"), Duration::minutes(minutes));
}

#[rstest]
#[case::empty("")]
#[case::no_unit("15")]
#[case::unknown_unit("2w")]
#[case::zero("0m")]
#[case::too_long("400d")]
#[case::negative("-2h")]
fn bad_durations_are_refused(#[case] text: &str) {
    let err = parse_duration(text).expect_err("refused");
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("in"));
}

#[test]
fn weekdays_parse_sorted_and_deduplicated() {
    assert_eq!(parse_weekdays("thu, Mon,thursday").expect("parses"), vec![Weekday::Mon, Weekday::Thu]);
    assert_eq!(parse_weekdays("funday").expect_err("refused").field().map(attune_journal::Field::as_str), Some("on"));
    assert_eq!(parse_weekdays(" , ").expect_err("refused").field().map(attune_journal::Field::as_str), Some("on"));
}

#[rstest]
#[case::same_ends("22:00-22:00")]
#[case::no_dash("22:00")]
#[case::bad_time("25:00-07:00")]
fn bad_quiet_hours_are_refused(#[case] text: &str) {
    assert_eq!(
        text.parse::<QuietHours>().expect_err("refused").field().map(attune_journal::Field::as_str),
        Some("quiet")
    );
}

/// Issue 13: a reminder's time is typed the way people say it ("8pm" works too), the same in the CLI and the app.
#[rstest]
#[case::twenty_four_hour("20:30", "20:30")]
#[case::short_hour("8:05", "08:05")]
#[case::pm("8pm", "20:00")]
#[case::pm_with_minutes("8:30 pm", "20:30")]
#[case::am_capitals("7 AM", "07:00")]
#[case::midnight_am("12am", "00:00")]
#[case::noon("noon", "12:00")]
fn a_time_is_read_as_people_type_it(#[case] text: &str, #[case] expected: &str) {
    assert_eq!(parse_time(text).expect("parses"), time(expected));
}

#[rstest]
#[case::hour_too_big("25:00")]
#[case::thirteen_pm("13pm")]
#[case::words("after dinner")]
#[case::one_minute_digit("8:5")]
#[case::empty("")]
fn a_time_that_is_not_one_says_so_once_on_its_field(#[case] text: &str) {
    let err = parse_time(text).expect_err("refused");
    assert_eq!(err.field(), Some(attune_journal::Field::At));
    assert!(err.to_string().contains("like 20:30 or 8pm"), "{err}");
}

#[test]
fn several_times_are_read_sorted_without_repeats() {
    assert_eq!(parse_times("8pm, 08:00,20:00").expect("parses"), vec![time("08:00"), time("20:00")]);
    assert_eq!(parse_times(" , ").expect_err("none").field(), Some(attune_journal::Field::At));
    assert_eq!(parse_times("8am, later").expect_err("one is not a time").field(), Some(attune_journal::Field::At));
    let thirteen = (0..13).map(|h| format!("{h}:00")).collect::<Vec<_>>().join(",");
    assert!(parse_times(&thirteen).is_err(), "at most twelve a day");
}

#[test]
fn times_and_targets_parse() {
    assert_eq!(parse_time("8:05").expect("parses"), time("08:05"));
    for text in
        ["check-in", "relationship-check-in", "appreciation", "conflict-follow-up", "look-back", "deck:childhood"]
    {
        let target: Target = text.parse().expect("parses");
        assert_eq!(target.to_string(), text);
    }
    assert_eq!(
        "dishes".parse::<Target>().expect_err("refused").field().map(attune_journal::Field::as_str),
        Some("what")
    );
    assert_eq!(
        "conflict-follow-up:not-an-id"
            .parse::<Target>()
            .expect_err("refused")
            .field()
            .map(attune_journal::Field::as_str),
        Some("what")
    );
}

/// The revisit offer's reminder names its conflict reflection, so its click opens that entry, not a blank form.
#[test]
fn a_conflict_follow_up_can_name_its_entry() {
    let id = uuid::Uuid::now_v7();
    let target: Target = format!("conflict-follow-up:{id}").parse().expect("parses");
    assert_eq!(target, Target::ConflictFollowUp { entry: Some(id) });
    assert_eq!(target.to_string(), format!("conflict-follow-up:{id}"));
    // Stored as {"kind":"conflict_follow_up","entry":"<id>"}; a settings file from before has no entry and still loads.
    let json = serde_json::to_value(&target).expect("json");
    assert_eq!(json, serde_json::json!({ "kind": "conflict_follow_up", "entry": id.to_string() }));
    let old: Target = serde_json::from_str(r#"{"kind":"conflict_follow_up"}"#).expect("old form");
    assert_eq!(old, Target::ConflictFollowUp { entry: None });
    assert_eq!(serde_json::to_string(&old).expect("json"), r#"{"kind":"conflict_follow_up"}"#);
}

#[test]
fn notification_words_come_only_from_the_target_and_time_of_day() {
    let targets = [
        Target::CheckIn,
        Target::RelationshipCheckIn,
        Target::Appreciation,
        Target::ConflictFollowUp { entry: None },
        Target::ConflictFollowUp { entry: Some(uuid::Uuid::now_v7()) },
        Target::LookBack,
        Target::Deck { theme: "SECRET-THEME".into() },
    ];
    let parts = [TimeOfDay::Morning, TimeOfDay::Afternoon, TimeOfDay::Evening, TimeOfDay::Night];
    for target in &targets {
        for part in parts {
            let n = Notification::new(target, part);
            assert!(!n.title.is_empty() && !n.body.is_empty());
            // Lock screens show these: no theme ids, and nothing that says "conflict".
            let text = format!("{} {}", n.title, n.body).to_lowercase();
            assert!(!text.contains("secret-theme") && !text.contains("conflict"), "{text}");
        }
    }
    assert_eq!(Notification::new(&Target::CheckIn, TimeOfDay::Evening).title, "Time for your evening check-in");
}

#[test]
fn validation_names_the_field() {
    let cases: [(Schedule, &str); 4] = [
        (Schedule::Daily { times: vec![] }, "at"),
        (Schedule::Daily { times: vec![time("08:00"); 13] }, "at"),
        (Schedule::Weekly { days: vec![], time: time("08:00") }, "on"),
        (Schedule::Every { days: 0, start: NaiveDate::MIN, time: time("08:00") }, "days"),
    ];
    for (schedule, field) in cases {
        assert_eq!(
            reminder(schedule).validate().expect_err("refused").field().map(attune_journal::Field::as_str),
            Some(field)
        );
    }
    let mut r = daily(&["08:00"]);
    r.target = Target::Deck { theme: "no-such-theme".into() };
    assert_eq!(r.validate().expect_err("refused").field().map(attune_journal::Field::as_str), Some("theme"));
    let mut r = daily(&["08:00"]);
    r.label = Some("x".repeat(81));
    assert_eq!(r.validate().expect_err("refused").field().map(attune_journal::Field::as_str), Some("label"));
}
