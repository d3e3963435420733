//! The settings file that holds reminders: defaults, round trips, damage, ranges, atomic writes.

use attune_journal::reminders::{Reminder, Schedule, Target};
use attune_journal::settings::{zoom_within, Settings, Theme, SETTINGS_VERSION};
use attune_journal::ErrorKind;
use rstest::rstest;

use crate::support::{daily, time, utc};

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn a_missing_file_gives_defaults() {
    let dir = temp();
    let s = Settings::load(&dir.path().join("settings.json")).expect("defaults");
    assert_eq!(s, Settings::default());
    assert_eq!(s.app.auto_lock_minutes, 10);
    assert!(s.reminders.is_empty());
}

#[test]
fn settings_round_trip_with_reminders_and_runner_state() {
    let dir = temp();
    let path = dir.path().join("nested/folder/settings.json");
    let mut s = Settings::default();
    s.app.auto_lock_minutes = 30;
    s.app.theme = Theme::Dark;
    let mut r = daily(&["08:00", "20:30"]);
    r.label = Some("mornings".into());
    r.quiet = Some("22:00-07:00".parse().expect("window"));
    r.state.last_fired = Some(utc("2026-11-22T07:00:00Z"));
    r.state.snoozed_until = Some(utc("2026-11-22T08:00:00Z"));
    s.reminders.push(r);
    let mut once = Reminder::new(
        &s.reminders,
        Target::ConflictFollowUp { entry: Some(uuid::Uuid::now_v7()) },
        Schedule::Once { at: utc("2026-11-22T18:00:00Z") },
    );
    once.enabled = false;
    s.reminders.push(once);
    s.save(&path).expect("saved");
    assert_eq!(Settings::load(&path).expect("loaded"), s);
    // Nothing but the file itself is left in the folder (the temporary file was renamed over it).
    let names: Vec<_> =
        std::fs::read_dir(path.parent().expect("parent")).expect("list").flatten().map(|e| e.file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("settings.json")]);
}

#[rstest]
#[case::not_json("{ this is not json")]
#[case::wrong_shape(r#"{"app": {"autoLockMinutes": "ten"}}"#)]
#[case::out_of_range(r#"{"app": {"autoLockMinutes": 0}}"#)]
#[case::bad_reminder(
    r#"{"reminders": [{"id": "1", "target": {"kind": "check_in"}, "schedule": {"kind": "daily", "times": []}}]}"#
)]
#[case::empty_file("")]
fn a_damaged_file_is_an_error_never_a_silent_reset(#[case] text: &str) {
    let dir = temp();
    let path = dir.path().join("settings.json");
    std::fs::write(&path, text).expect("write");
    let err = Settings::load(&path).expect_err("damaged");
    assert_eq!(err.kind(), ErrorKind::Corrupt, "{err}");
    assert!(err.to_string().contains("settings file"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).expect("still there"), text, "left as it was");
}

#[test]
fn a_file_from_a_newer_attune_is_refused() {
    let dir = temp();
    let path = dir.path().join("settings.json");
    std::fs::write(&path, format!(r#"{{"version": {}}}"#, SETTINGS_VERSION + 1)).expect("write");
    assert_eq!(Settings::load(&path).expect_err("newer").kind(), ErrorKind::NewerVersion);
}

#[test]
fn older_files_without_reminders_still_load() {
    let dir = temp();
    let path = dir.path().join("settings.json");
    std::fs::write(&path, r#"{"version": 1, "app": {"autoLockMinutes": 5, "theme": "light"}}"#).expect("write");
    let s = Settings::load(&path).expect("loads");
    assert_eq!((s.app.auto_lock_minutes, s.app.theme, s.reminders.len()), (5, Theme::Light, 0));
    assert_eq!(s.zoom, 1.0, "no zoom kept yet: 100 %");
}

/// Issue 13: the app's page zoom is kept across restarts, in the settings file (not secret: SECURITY.md lists it),
/// within the journal's range.
#[test]
fn the_page_zoom_is_kept_and_stays_within_range() {
    let dir = temp();
    let path = dir.path().join("settings.json");
    Settings::update(&path, |s| {
        s.zoom = zoom_within(1.5);
        Ok(())
    })
    .expect("kept");
    assert_eq!(Settings::load(&path).expect("loads").zoom, 1.5);
    assert_eq!((zoom_within(9.0), zoom_within(0.1), zoom_within(f64::NAN)), (3.0, 0.5, 1.0));
    let s = Settings { zoom: 3.5, ..Default::default() };
    let e = s.save(&path).expect_err("out of range");
    assert_eq!(e.field(), Some(attune_journal::Field::Zoom));
    assert_eq!(Settings::load(&path).expect("as it was").zoom, 1.5);
}

/// A zoom out of range in the file (edited by hand, or kept by a newer Attune with a wider range) is brought within
/// range as the file loads: the person keeps their other settings, which a damaged file would have cost them.
#[rstest]
#[case::too_large(r#"{"zoom": 12, "app": {"autoLockMinutes": 7}}"#, 3.0)]
#[case::too_small(r#"{"zoom": 0.01, "app": {"autoLockMinutes": 7}}"#, 0.5)]
fn a_zoom_out_of_range_is_brought_within_it(#[case] text: &str, #[case] zoom: f64) {
    let dir = temp();
    let path = dir.path().join("settings.json");
    std::fs::write(&path, text).expect("write");
    let s = Settings::load(&path).expect("loads");
    assert_eq!((s.zoom, s.app.auto_lock_minutes), (zoom, 7));
}

#[rstest]
#[case::zero(0, false)]
#[case::one(1, true)]
#[case::max(240, true)]
#[case::too_many(241, false)]
fn auto_lock_minutes_range(#[case] minutes: u32, #[case] ok: bool) {
    let dir = temp();
    let path = dir.path().join("settings.json");
    let mut s = Settings::default();
    s.app.auto_lock_minutes = minutes;
    match s.save(&path) {
        Ok(()) => assert!(ok),
        Err(e) => {
            assert!(!ok);
            assert_eq!(e.field().map(attune_journal::Field::as_str), Some("autoLockMinutes"));
            assert!(!path.exists(), "nothing written");
        }
    }
}

#[test]
fn reminders_are_found_changed_and_removed_by_id() {
    let mut s = Settings::default();
    let r = Reminder::new(&s.reminders, Target::CheckIn, Schedule::Daily { times: vec![time("08:00")] });
    let id = r.id.0.clone();
    assert_eq!(id.len(), 8);
    s.reminders.push(r);
    s.reminder_mut(&id).expect("found").enabled = false;
    assert!(!s.reminder(&id).expect("found").enabled);
    assert_eq!(s.remove_reminder(&id).expect("removed").id.0, id);
    assert_eq!(s.reminder(&id).expect_err("gone").kind(), ErrorKind::NotFound);
}

#[test]
fn the_file_holds_no_label_in_notifications_and_no_journal_content() {
    // What the file holds is only schedule data; a quick look at its keys guards against a field sneaking in.
    let mut s = Settings::default();
    s.reminders.push(daily(&["08:00"]));
    let json = serde_json::to_value(&s).expect("json");
    let keys: Vec<&str> = json["reminders"][0].as_object().expect("object").keys().map(String::as_str).collect();
    assert_eq!(keys, ["enabled", "id", "schedule", "skipIfCheckedIn", "state", "target"]);
}

#[test]
fn update_keeps_what_another_writer_saved() {
    let dir = temp();
    let path = dir.path().join("settings.json");
    // The runner holds an old copy; meanwhile the CLI adds a reminder.
    let mut cli = Settings::default();
    cli.reminders.push(daily(&["08:00"]));
    cli.save(&path).expect("saved");
    let fired = utc("2026-11-22T07:00:00Z");
    Settings::update(&path, |s| {
        s.reminders[0].state.last_fired = Some(fired);
        Ok(())
    })
    .expect("updated");
    let s = Settings::load(&path).expect("loaded");
    assert_eq!((s.reminders.len(), s.reminders[0].state.last_fired), (1, Some(fired)));
    // A change that fails saves nothing.
    let err = Settings::update(&path, |s| {
        s.reminders.clear();
        Err::<(), _>(attune_journal::Error::invalid(attune_journal::Field::Label, "no"))
    });
    assert!(err.is_err());
    assert_eq!(Settings::load(&path).expect("loaded").reminders.len(), 1);
}
