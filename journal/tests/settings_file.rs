//! The settings file is shared by the app and the CLI: two writers at the same moment must not lose either change.
//! `Settings::update` holds a file lock around its read-modify-write; these tests race writers, as threads and as
//! separate processes, many times, and count that every change landed.

use std::path::{Path, PathBuf};
use std::process::Command;

use attune_journal::settings::Settings;

const PER_WRITER: u32 = 150;
/// Set in a child process: the settings path it should increment.
const CHILD_ENV: &str = "ATTUNE_TEST_SETTINGS_WRITER";

/// One change: `keepMonthly` + 1 (a counter that any lost update would show).
fn bump(path: &Path) {
    Settings::update(path, |s| {
        s.backups.keep_monthly += 1;
        Ok(())
    })
    .expect("update");
}

fn start(path: &Path) {
    Settings::update(path, |s| {
        s.backups.keep_monthly = 0;
        s.backups.keep_daily = 1;
        Ok(())
    })
    .unwrap();
}

#[test]
fn two_threads_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    start(&path);
    let writers: Vec<_> = (0..2)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || (0..PER_WRITER).for_each(|_| bump(&path)))
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    assert_eq!(Settings::load(&path).unwrap().backups.keep_monthly, 2 * PER_WRITER);
}

/// Run as a child process by the test below: bumps the counter PER_WRITER times.
#[test]
fn child_writer() {
    if let Some(path) = std::env::var_os(CHILD_ENV) {
        (0..PER_WRITER).for_each(|_| bump(&PathBuf::from(path.clone())));
    }
}

#[test]
fn two_processes_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    start(&path);
    let me = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..2)
        .map(|_| {
            Command::new(&me)
                .args(["--exact", "child_writer", "--test-threads=1", "--quiet"])
                .env(CHILD_ENV, &path)
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    assert_eq!(Settings::load(&path).unwrap().backups.keep_monthly, 2 * PER_WRITER);
}

#[test]
fn one_time_reminders_are_cleaned_up_a_day_after_they_are_over() {
    use attune_journal::reminders::{Reminder, Schedule, Target};
    use chrono::{Duration, Utc};
    let now = Utc::now();
    let mut settings = Settings::default();
    let once = |at| Schedule::Once { at };
    let fired_long_ago = Reminder::new(&settings.reminders, Target::CheckIn, once(now - Duration::hours(30)));
    settings.reminders.push(fired_long_ago);
    let fired_recently = Reminder::new(&settings.reminders, Target::CheckIn, once(now - Duration::hours(2)));
    settings.reminders.push(fired_recently.clone());
    let mut snoozed = Reminder::new(&settings.reminders, Target::CheckIn, once(now - Duration::hours(30)));
    snoozed.state.snoozed_until = Some(now - Duration::hours(1));
    settings.reminders.push(snoozed.clone());
    let upcoming = Reminder::new(&settings.reminders, Target::CheckIn, once(now + Duration::hours(3)));
    settings.reminders.push(upcoming.clone());
    let daily = Reminder::new(
        &settings.reminders,
        Target::CheckIn,
        Schedule::Daily { times: vec![chrono::NaiveTime::from_hms_opt(8, 0, 0).unwrap()] },
    );
    settings.reminders.push(daily.clone());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    settings.save(&path).unwrap();
    // Any write tidies: here, one that changes nothing else.
    Settings::update(&path, |_| Ok(())).unwrap();
    let left = Settings::load(&path).unwrap().reminders;
    assert_eq!(left, vec![fired_recently, snoozed, upcoming, daily]);
}
