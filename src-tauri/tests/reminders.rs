//! The reminder commands through Tauri's IPC path on the mock runtime, against a temp settings file: they work while
//! the journal is locked, keep what the CLI saved, and refuse bad input with the field at fault.

mod common;

use attune_journal::settings::Settings;
use chrono::{Duration, Utc};
use common::Harness;
use rstest::rstest;
use serde_json::{json, Value};

fn daily(times: &[&str]) -> Value {
    json!({
        "label": "Mornings",
        "target": { "kind": "check_in" },
        "schedule": { "kind": "daily", "times": times },
        "quiet": null,
        "skipIfCheckedIn": true,
        "enabled": true,
    })
}

fn once_in(minutes: i64) -> Value {
    json!({
        "label": null,
        "target": { "kind": "conflict_follow_up" },
        "schedule": { "kind": "once", "at": (Utc::now() + Duration::minutes(minutes)).to_rfc3339() },
        "quiet": null,
        "skipIfCheckedIn": false,
        "enabled": true,
    })
}

fn settings_path(h: &Harness) -> std::path::PathBuf {
    h.dir.path().join("config").join("settings.json")
}

#[test]
fn add_list_update_remove_without_a_journal() {
    let h = Harness::new();
    assert_eq!(h.status(), "none", "reminders need no journal");
    assert_eq!(h.ok("list_reminders", json!({})), json!([]));

    let added = h.ok("add_reminder", json!({ "reminder": daily(&["08:00", "20:30"]) }));
    let id = added["id"].as_str().expect("id").to_owned();
    assert_eq!(id.len(), 8);
    assert_eq!(added["label"], "Mornings");
    assert_eq!(added["schedule"], json!({ "kind": "daily", "times": ["08:00:00", "20:30:00"] }));
    assert_eq!(added["skipIfCheckedIn"], true);

    // Saved in the settings file, where the CLI and the runner read it.
    let on_disk = Settings::load(&settings_path(&h)).expect("settings");
    assert_eq!(on_disk.reminders.len(), 1);
    assert_eq!(on_disk.reminders[0].id.0, id);

    let mut changed = daily(&["09:15"]);
    changed["label"] = json!("  ");
    changed["schedule"] = json!({ "kind": "weekly", "days": ["Mon", "Thu"], "time": "19:00" });
    changed["quiet"] = json!({ "start": "22:00", "end": "07:00" });
    changed["enabled"] = json!(false);
    let updated = h.ok("update_reminder", json!({ "id": id, "reminder": changed }));
    assert_eq!(updated["id"], json!(id));
    assert!(updated.get("label").is_none(), "a blank label is no label: {updated}");
    assert_eq!(updated["schedule"]["days"], json!(["Mon", "Thu"]));
    assert_eq!(updated["enabled"], false);
    assert_eq!(h.ok("list_reminders", json!({})), json!([updated]));
    assert_eq!(h.ok("next_reminders", json!({})), json!([]), "an off reminder has no next time");

    assert_eq!(h.ok("remove_reminder", json!({ "id": id })), updated);
    assert_eq!(h.ok("list_reminders", json!({})), json!([]));
    assert_eq!(h.err_kind("remove_reminder", json!({ "id": id })), "NotFound");
}

#[test]
fn reminders_work_while_the_journal_is_locked() {
    let (h, _) = Harness::with_vault();
    h.ok("lock", json!({}));
    assert_eq!(h.status(), "locked");
    let added = h.ok("add_reminder", json!({ "reminder": once_in(30) }));
    assert_eq!(h.ok("list_reminders", json!({})).as_array().map(Vec::len), Some(1));
    let next = h.ok("next_reminders", json!({}));
    assert_eq!(next[0]["id"], added["id"]);
    assert_eq!(next[0]["at"], added["schedule"]["at"]);
    assert_eq!(next[0]["snoozed"], false);
}

#[test]
fn next_reminders_lists_each_enabled_reminder_soonest_first() {
    let h = Harness::new();
    let later = h.ok("add_reminder", json!({ "reminder": once_in(90) }));
    let sooner = h.ok("add_reminder", json!({ "reminder": once_in(10) }));
    let next = h.ok("next_reminders", json!({}));
    let ids: Vec<&Value> = next.as_array().expect("list").iter().map(|n| &n["id"]).collect();
    assert_eq!(ids, vec![&sooner["id"], &later["id"]]);
}

#[test]
fn snoozing_sets_when_it_shows_again() {
    let h = Harness::new();
    let added = h.ok("add_reminder", json!({ "reminder": daily(&["03:00"]) }));
    let id = added["id"].as_str().expect("id");
    let before = Utc::now();
    let at = h.ok("snooze_reminder", json!({ "id": id, "snooze": "one_hour" }));
    let at: chrono::DateTime<Utc> = serde_json::from_value(at).expect("an instant");
    assert!(at >= before + Duration::minutes(59) && at <= Utc::now() + Duration::minutes(61), "{at}");
    let listed = h.ok("list_reminders", json!({}));
    assert_eq!(listed[0]["state"]["snoozedUntil"], json!(at));
    assert_eq!(h.err_kind("snooze_reminder", json!({ "id": "00000000", "snooze": "one_hour" })), "NotFound");
}

#[test]
fn a_change_keeps_what_the_cli_saved_meanwhile() {
    let h = Harness::new();
    let first = h.ok("add_reminder", json!({ "reminder": daily(&["08:00"]) }));
    // The CLI adds one directly to the file.
    let path = settings_path(&h);
    Settings::update(&path, |s| {
        let r = attune_journal::reminders::Reminder::new(
            &s.reminders,
            attune_journal::reminders::Target::Appreciation,
            attune_journal::reminders::Schedule::Daily { times: vec![chrono::NaiveTime::MIN] },
        );
        s.reminders.push(r);
        Ok(())
    })
    .expect("cli edit");
    h.ok("update_reminder", json!({ "id": first["id"], "reminder": daily(&["07:00"]) }));
    let listed = h.ok("list_reminders", json!({}));
    assert_eq!(listed.as_array().map(Vec::len), Some(2), "{listed}");
    assert_eq!(listed[1]["target"], json!({ "kind": "appreciation" }));
}

#[rstest]
#[case::no_times(json!({ "kind": "daily", "times": [] }), "at")]
#[case::no_days(json!({ "kind": "weekly", "days": [], "time": "08:00" }), "on")]
#[case::every_zero_days(json!({ "kind": "every", "days": 0, "start": "2026-01-01", "time": "08:00" }), "days")]
#[case::once_in_the_past(json!({ "kind": "once", "at": "2020-01-01T08:00:00Z" }), "at")]
fn a_bad_schedule_names_its_field(#[case] schedule: Value, #[case] field: &str) {
    let h = Harness::new();
    let mut input = daily(&["08:00"]);
    input["schedule"] = schedule;
    let err = h.err("add_reminder", json!({ "reminder": input }));
    assert_eq!(err["kind"], "Validation", "{err}");
    assert_eq!(err["field"], field, "{err}");
    assert_eq!(h.ok("list_reminders", json!({})), json!([]), "nothing saved");
}

#[rstest]
#[case::long_label(json!("x".repeat(81)), json!(null), json!({ "kind": "check_in" }), "label")]
#[case::empty_quiet_hours(json!(null), json!({ "start": "22:00", "end": "22:00" }), json!({ "kind": "check_in" }), "quiet")]
#[case::unknown_theme(json!(null), json!(null), json!({ "kind": "deck", "theme": "no-such-theme" }), "theme")]
fn bad_fields_are_refused(#[case] label: Value, #[case] quiet: Value, #[case] target: Value, #[case] field: &str) {
    let h = Harness::new();
    let mut input = daily(&["08:00"]);
    input["label"] = label;
    input["quiet"] = quiet;
    input["target"] = target;
    let err = h.err("add_reminder", json!({ "reminder": input }));
    assert_eq!((err["kind"].as_str(), err["field"].as_str()), (Some("Validation"), Some(field)), "{err}");
}

#[test]
fn the_test_notification_needs_the_notification_plugin() {
    // The mock app has no notification plugin: the command says so instead of panicking.
    let h = Harness::new();
    assert_eq!(h.err_kind("send_test_notification", json!({})), "Io");
}

/// Regression: a reminder made after today's time had passed must not show that time as "missed" when Attune starts.
#[test]
fn a_new_or_rescheduled_reminder_counts_nothing_before_it_as_missed() {
    let h = Harness::new();
    let before = Utc::now();
    let added = h.ok("add_reminder", json!({ "reminder": daily(&["08:00"]) }));
    let floor =
        |r: &Value| serde_json::from_value::<chrono::DateTime<Utc>>(r["state"]["lastFired"].clone()).expect("set");
    assert!(floor(&added) >= before && floor(&added) <= Utc::now(), "{added}");

    // Snoozed, then rescheduled: the snooze goes, the floor moves on.
    let id = added["id"].as_str().expect("id");
    h.ok("snooze_reminder", json!({ "id": id, "snooze": "ten_minutes" }));
    let moved = h.ok("update_reminder", json!({ "id": id, "reminder": daily(&["09:00"]) }));
    assert_eq!(moved["state"]["snoozedUntil"], Value::Null);
    assert!(floor(&moved) >= floor(&added));

    // A change that keeps the schedule keeps the runner's memory (here, the snooze).
    h.ok("snooze_reminder", json!({ "id": id, "snooze": "ten_minutes" }));
    let mut relabelled = daily(&["09:00"]);
    relabelled["label"] = json!("Mornings, gently");
    let kept = h.ok("update_reminder", json!({ "id": id, "reminder": relabelled }));
    assert!(kept["state"]["snoozedUntil"].is_string(), "{kept}");
}

/// Regression: "remind me to revisit this" opened a blank conflict form. The reminder now names its reflection, and
/// coming back to it records what happened since and where it stands.
#[test]
fn a_revisit_reminder_names_its_conflict_and_the_follow_up_is_saved() {
    let (h, _) = Harness::with_vault();
    let conflict = json!({ "people": [], "tags": [], "body": {
        "kind": "conflict", "whatHappened": "We argued about the dishes", "status": "open" } });
    let added = h.ok("add_entry", json!({ "entry": conflict }));
    let id = added["id"].as_str().expect("id").to_owned();

    let mut reminder = once_in(120);
    reminder["target"] = json!({ "kind": "conflict_follow_up", "entry": id });
    let r = h.ok("add_reminder", json!({ "reminder": reminder }));
    assert_eq!(r["target"], json!({ "kind": "conflict_follow_up", "entry": id }));
    let on_disk = Settings::load(&settings_path(&h)).expect("settings");
    assert_eq!(on_disk.reminders[0].target.to_string(), format!("conflict-follow-up:{id}"));

    let after = h.ok("follow_up_conflict", json!({ "id": id, "since": "We made a rota.", "status": "repaired" }));
    assert_eq!(after["body"]["since"], "We made a rota.");
    assert_eq!(after["body"]["status"], "repaired");
    assert_eq!(h.ok("get_entry", json!({ "id": id }))["body"]["whatHappened"], "We argued about the dishes");
    let err = h.err("follow_up_conflict", json!({ "id": id, "since": "x".repeat(100_001), "status": "open" }));
    assert_eq!((err["kind"].as_str(), err["field"].as_str()), (Some("Validation"), Some("since")), "{err}");
}
