//! `attune reminders`, run as the real binary against a settings file in a temp folder. No vault, no passphrase.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

struct Env {
    _dir: tempfile::TempDir,
    settings: PathBuf,
}

impl Env {
    fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let settings = dir.path().join("config/settings.json");
        Env { _dir: dir, settings }
    }

    /// `attune reminders ARGS`, with no vault anywhere and no passphrase.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("attune").expect("binary");
        cmd.env("ATTUNE_SETTINGS", &self.settings)
            .env("ATTUNE_VAULT", self.settings.with_file_name("no-vault-here"))
            .env_remove("ATTUNE_PASSPHRASE")
            .env("TZ", "Europe/Berlin")
            .arg("reminders")
            .args(args);
        cmd
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd(args).arg("--json").output().expect("runs");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("json")
    }

    fn file(&self) -> Value {
        serde_json::from_str(&std::fs::read_to_string(&self.settings).expect("settings file")).expect("json")
    }
}

const NOW: &str = "2026-11-22T07:30:00Z"; // Sunday 08:30 in Berlin

fn id_of(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

fn fire_times(v: &Value) -> Vec<&str> {
    v.as_array().expect("array").iter().map(|f| f["at"].as_str().expect("at")).collect()
}

#[test]
fn add_daily_and_check_the_next_fires_without_a_passphrase() {
    let env = Env::new();
    let added = env.json(&["add", "daily", "--at", "08:00", "--at", "20:30", "--what", "check-in", "--now", NOW]);
    assert_eq!(added["schedule"], serde_json::json!({"kind": "daily", "times": ["08:00:00", "20:30:00"]}));
    assert_eq!(added["next"], "2026-11-22T20:30:00+01:00");
    let next = env.json(&["next", "--count", "3", "--now", NOW, "--tz", "Europe/Berlin"]);
    assert_eq!(
        fire_times(&next),
        ["2026-11-22T20:30:00+01:00", "2026-11-23T08:00:00+01:00", "2026-11-23T20:30:00+01:00"]
    );
    assert_eq!(next[0]["what"], "check-in");
    assert_eq!(next[0]["id"], added["id"]);
}

/// Issue 13: times as people say them, the journal's one reading (the app's time fields read the same way).
#[test]
fn times_can_be_typed_as_people_say_them() {
    let env = Env::new();
    let added = env.json(&["add", "daily", "--at", "8pm", "--at", "7:30 am", "--now", NOW]);
    assert_eq!(added["schedule"], serde_json::json!({"kind": "daily", "times": ["20:00:00", "07:30:00"]}));
    let weekly = env.json(&["add", "weekly", "--on", "mon", "--at", "noon", "--now", NOW]);
    assert_eq!(weekly["schedule"]["time"], "12:00:00");
}

#[test]
fn next_reads_wall_times_in_the_zone_given() {
    let env = Env::new();
    env.json(&["add", "daily", "--at", "08:00", "--now", NOW]);
    let tokyo = env.json(&["next", "-n", "1", "--now", NOW, "--tz", "Asia/Tokyo"]);
    assert_eq!(fire_times(&tokyo), ["2026-11-23T08:00:00+09:00"]);
    // Without --tz, TZ (set to Europe/Berlin for these tests) decides.
    let here = env.json(&["next", "-n", "1", "--now", NOW]);
    assert_eq!(fire_times(&here), ["2026-11-23T08:00:00+01:00"]);
}

#[test]
fn weekly_and_every_and_once() {
    let env = Env::new();
    let weekly = env.json(&[
        "add",
        "weekly",
        "--on",
        "mon,thu",
        "--at",
        "19:00",
        "--what",
        "relationship-check-in",
        "--now",
        NOW,
    ]);
    assert_eq!(weekly["next"], "2026-11-23T19:00:00+01:00");
    let every = env.json(&["add", "every", "--days", "3", "--at", "09:00", "--now", NOW]);
    assert_eq!(every["schedule"]["start"], "2026-11-22");
    assert_eq!(every["next"], "2026-11-22T09:00:00+01:00");
    let once = env.json(&["add", "once", "--at", "2026-11-22 18:00", "--what", "conflict-follow-up", "--now", NOW]);
    assert_eq!(once["next"], "2026-11-22T18:00:00+01:00");
    let soon = env.json(&["add", "once", "--in", "2h", "--now", NOW]);
    assert_eq!(soon["schedule"]["at"], "2026-11-22T09:30:00Z");
    let listed = env.json(&["list", "--now", NOW]);
    assert_eq!(listed.as_array().expect("array").len(), 4);
}

#[test]
fn quiet_hours_skip_flag_off_and_label_are_kept_and_edited() {
    let env = Env::new();
    let r = env.json(&[
        "add",
        "daily",
        "--at",
        "23:00",
        "--quiet",
        "22:00-07:00",
        "--skip-if-checked-in",
        "--label",
        "wind down",
        "--now",
        NOW,
    ]);
    assert_eq!(r["next"], "2026-11-23T07:00:00+01:00", "moved to the end of quiet hours");
    assert_eq!((r["skipIfCheckedIn"].as_bool(), r["label"].as_str()), (Some(true), Some("wind down")));
    let id = id_of(&r);
    let r = env.json(&["edit", &id, "--off", "--no-quiet", "--no-label", "--now", NOW]);
    assert_eq!(
        (r["enabled"].as_bool(), r["next"].is_null(), r.get("quiet"), r.get("label")),
        (Some(false), true, None, None)
    );
    let r = env.json(&["edit", &id, "--enable", "--at", "21:15", "--now", NOW]);
    assert_eq!(r["schedule"]["times"], serde_json::json!(["21:15:00"]));
    assert_eq!(r["next"], "2026-11-22T21:15:00+01:00");
    let r = env.json(&["edit", &id, "weekly", "--on", "sat", "--now", NOW]);
    assert_eq!(r["schedule"], serde_json::json!({"kind": "weekly", "days": ["Sat"], "time": "21:15:00"}));
    // The label stayed in the settings file only while it was set, and the file holds no journal content.
    let file = env.file();
    assert_eq!(file["reminders"][0]["id"], id);
    assert!(file["reminders"][0].get("label").is_none());
}

#[test]
fn remove_takes_it_out_of_the_file() {
    let env = Env::new();
    let id = id_of(&env.json(&["add", "daily", "--at", "08:00", "--now", NOW]));
    env.cmd(&["remove", &id]).assert().success().stdout(predicate::str::contains(format!("Removed reminder {id}")));
    assert_eq!(env.file()["reminders"], serde_json::json!([]));
    env.cmd(&["remove", &id]).assert().code(4).stderr(predicate::str::contains("reminder not found"));
}

#[test]
fn text_output_is_for_people() {
    let env = Env::new();
    env.cmd(&["list"]).assert().success().stdout(predicate::str::contains("No reminders yet"));
    env.cmd(&["add", "daily", "--at", "20:30", "--at", "08:00", "--now", NOW])
        .assert()
        .success()
        .stdout(predicate::str::contains("check-in, daily at 08:00 and 20:30"))
        .stdout(predicate::str::contains("Next: Sun 22 Nov 2026, 20:30 CET"));
    env.cmd(&["next", "-n", "2", "--now", NOW])
        .assert()
        .success()
        .stdout(predicate::str::contains("Times in Europe/Berlin:"))
        .stdout(predicate::str::contains("Mon 23 Nov 2026, 08:00 CET"));
}

#[rstest::rstest]
#[case::daily_without_a_time(&["add", "daily"], 2, "daily needs --at")]
#[case::bad_time(&["add", "daily", "--at", "25:00"], 5, "isn't a time")]
#[case::weekly_without_days(&["add", "weekly", "--at", "19:00"], 2, "weekly needs --on")]
#[case::weekly_with_two_times(&["add", "weekly", "--on", "mon", "--at", "19:00", "--at", "20:00"], 2, "one --at")]
#[case::bad_weekday(&["add", "weekly", "--on", "someday", "--at", "19:00"], 2, "isn't a weekday")]
#[case::every_zero_days(&["add", "every", "--days", "0", "--at", "09:00"], 5, "between 1 and 366 days")]
#[case::once_in_the_past(&["add", "once", "--at", "2020-01-01 10:00"], 5, "hasn't passed yet")]
#[case::once_at_and_in(&["add", "once", "--at", "2030-01-01 10:00", "--in", "2h"], 2, "cannot be used with")]
#[case::bad_quiet(&["add", "daily", "--at", "08:00", "--quiet", "22:00"], 2, "isn't a window")]
#[case::unknown_theme(&["add", "daily", "--at", "08:00", "--what", "deck:nope"], 5, "no deck theme")]
#[case::unknown_zone(&["next", "--tz", "Mars/Olympus"], 2, "isn't a time zone")]
#[case::unknown_id(&["edit", "deadbeef", "--off"], 4, "reminder not found")]
fn mistakes_are_explained(#[case] args: &[&str], #[case] code: i32, #[case] message: &str) {
    let env = Env::new();
    env.cmd(args).assert().code(code).stderr(predicate::str::contains(message));
    assert!(!env.settings.exists() || env.file()["reminders"] == serde_json::json!([]), "nothing saved");
}

#[test]
fn a_damaged_settings_file_is_reported_not_replaced() {
    let env = Env::new();
    std::fs::create_dir_all(env.settings.parent().expect("parent")).expect("mkdir");
    std::fs::write(&env.settings, "{ not json").expect("write");
    env.cmd(&["add", "daily", "--at", "08:00"]).assert().code(7).stderr(predicate::str::contains("settings file"));
    assert_eq!(std::fs::read_to_string(&env.settings).expect("read"), "{ not json");
}

#[test]
fn reminders_work_with_no_vault_at_all() {
    let env = Env::new();
    assert!(!Path::new(&env.settings.with_file_name("no-vault-here")).exists());
    env.cmd(&["add", "daily", "--at", "08:00"]).write_stdin("").assert().success();
    env.cmd(&["next"]).write_stdin("").assert().success();
}

/// Regression (issue 10, "two writers at the same moment can lose one change"): `reminders add` read the settings
/// file, changed it and saved it without the file lock, so two adds at once could keep only one. Now every add goes
/// through `Settings::update_as_of`; four writers adding at once keep every reminder.
#[test]
fn adds_from_several_processes_at_once_are_all_kept() {
    const WRITERS: usize = 4;
    const EACH: usize = 5;
    let env = Env::new();
    std::thread::scope(|s| {
        for _ in 0..WRITERS {
            s.spawn(|| {
                for _ in 0..EACH {
                    env.cmd(&["add", "daily", "--at", "20:00", "--now", NOW]).assert().success();
                }
            });
        }
    });
    let reminders = env.file()["reminders"].as_array().expect("array").len();
    assert_eq!(reminders, WRITERS * EACH, "every add is in the file");
}

/// The same for `edit` and `remove`: while two processes add reminders, a third edits one and a fourth removes
/// another, over and over. Every add is kept, the edit is kept, and the removed one stays removed.
#[test]
fn edits_and_removes_at_the_same_time_as_adds_lose_nothing() {
    const EACH: usize = 5;
    let env = Env::new();
    let edited = env.json(&["add", "daily", "--at", "09:00", "--now", NOW])["id"].as_str().expect("id").to_owned();
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for _ in 0..EACH {
                    env.cmd(&["add", "daily", "--at", "20:00", "--now", NOW]).assert().success();
                }
            });
        }
        s.spawn(|| {
            for i in 0..EACH {
                let label = format!("edit {i}");
                env.cmd(&["edit", &edited, "--label", &label, "--now", NOW]).assert().success();
            }
        });
        s.spawn(|| {
            for _ in 0..EACH {
                let id = env.json(&["add", "once", "--in", "2h", "--now", NOW])["id"].as_str().expect("id").to_owned();
                env.cmd(&["remove", &id]).assert().success();
            }
        });
    });
    let file = env.file();
    let reminders = file["reminders"].as_array().expect("array");
    assert_eq!(reminders.len(), 1 + 2 * EACH, "the edited one and every daily add, none of the removed");
    let label = reminders.iter().find(|r| r["id"] == edited.as_str()).map(|r| r["label"].clone());
    assert_eq!(label, Some(Value::from(format!("edit {}", EACH - 1))), "the last edit is kept");
}

/// Regression (issue 12): `attune reminders add` left the runner's memory empty (the app's add started it), so a daily
/// 08:00 reminder added at 08:30 showed "the missed 08:00" when the app next started inside its grace window. The
/// journal's one rule for a new or rescheduled reminder now starts it at "now", from either shell.
#[test]
fn a_reminder_added_or_rescheduled_remembers_when_so_no_earlier_time_counts_as_missed() {
    let env = Env::new();
    let id = id_of(&env.json(&["add", "daily", "--at", "08:00", "--now", NOW]));
    assert_eq!(env.file()["reminders"][0]["state"]["lastFired"], "2026-11-22T07:30:00Z");
    let later = "2026-11-22T09:00:00Z";
    env.json(&["edit", &id, "--label", "mornings", "--now", later]);
    assert_eq!(env.file()["reminders"][0]["state"]["lastFired"], "2026-11-22T07:30:00Z", "same schedule, same memory");
    env.json(&["edit", &id, "--at", "09:30", "--now", later]);
    assert_eq!(env.file()["reminders"][0]["state"]["lastFired"], later, "a new schedule starts afresh");
}
