//! Showing a reminder as a desktop notification, and what a click or "Snooze" on it does.
//!
//! Notifications are sent from Rust only; the webview has no notification permission. A notification carries the
//! reminder's id and target for its click (a kind, and for a conflict to come back to the entry's random id), nothing
//! else. In a Flatpak sandbox they go through the desktop's notification portal (`portal.rs`), elsewhere through the
//! notification plugin.

use attune_journal::reminders::{Notification, ReminderId, Snooze, Target};
use attune_journal::settings::Settings;
use chrono::Utc;
use serde_json::Value;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::{Action, ActionPerformed, ActionType, NotificationExt};

use super::{replan, zone};
use crate::error::{AppError, AppResult};
use crate::ipc::{Flow, NavigatePayload};
use crate::session::AppState;

/// The action type of reminder notifications: a click opens Attune; "Snooze 1 hour" where the platform shows actions.
const ACTION_TYPE: &str = "attune-reminder";
/// The snooze action's id, and its button's words.
const SNOOZE: &str = "snooze";
const SNOOZE_LABEL: &str = "Snooze 1 hour";
/// The keys of the data a notification carries for its click.
const KEY_REMINDER: &str = "reminder";
const KEY_TARGET: &str = "target";

/// The test notification's words: generic, like every reminder.
pub fn test_notification() -> Notification {
    Notification {
        title: "Reminders are on".to_owned(),
        body: "This is how an Attune reminder looks. It never shows anything you wrote.".to_owned(),
    }
}

/// Registers the snooze action and the click handler. Call once, before the first notification.
pub fn install<R: Runtime>(app: &AppHandle<R>) -> AppResult<()> {
    let notifications = app.notification();
    let snooze = Action::builder(SNOOZE, SNOOZE_LABEL).build();
    notifications
        .register_action_types(vec![ActionType::builder(ACTION_TYPE).actions(vec![snooze]).build()])
        .map_err(unavailable)?;
    let handle = app.clone();
    notifications.on_action(move |performed| on_action(&handle, performed)).map_err(unavailable)?;
    #[cfg(target_os = "linux")]
    if super::portal::sandboxed() {
        let conn = portal_connection()?.clone();
        let handle = app.clone();
        std::thread::Builder::new()
            .name("attune-portal-clicks".to_owned())
            .spawn(move || {
                let _ = super::portal::listen(&conn, |invoked| {
                    let extra = invoked.payload.and_then(|p| serde_json::from_str::<Value>(&p).ok());
                    act(&handle, invoked.action == SNOOZE, extra.as_ref());
                });
            })
            .map_err(unavailable)?;
    }
    Ok(())
}

/// The session bus, for the notification portal: connected once, on first use.
#[cfg(target_os = "linux")]
fn portal_connection() -> AppResult<&'static zbus::blocking::Connection> {
    static CONNECTION: std::sync::OnceLock<zbus::blocking::Connection> = std::sync::OnceLock::new();
    if let Some(conn) = CONNECTION.get() {
        return Ok(conn);
    }
    let conn = zbus::blocking::Connection::session().map_err(unavailable)?;
    Ok(CONNECTION.get_or_init(|| conn))
}

/// Shows `n`. `reminder` is the reminder and target it stands for (None: the test notification, which opens Today).
pub fn show<R: Runtime>(
    app: &AppHandle<R>,
    n: &Notification,
    reminder: Option<(&ReminderId, &Target)>,
) -> AppResult<()> {
    #[cfg(target_os = "linux")]
    if super::portal::sandboxed() {
        let mut payload = serde_json::Map::new();
        if let Some((id, target)) = reminder {
            payload.insert(KEY_REMINDER.to_owned(), Value::from(id.0.as_str()));
            payload.insert(KEY_TARGET.to_owned(), serde_json::to_value(target).map_err(unavailable)?);
        }
        let payload = Value::Object(payload).to_string();
        let n = super::portal::PortalNotification {
            id: reminder.map_or("test", |(id, _)| id.0.as_str()),
            title: &n.title,
            body: &n.body,
            payload: &payload,
            button: reminder.map(|_| (SNOOZE_LABEL, SNOOZE)),
        };
        return super::portal::send(portal_connection()?, &n).map_err(unavailable);
    }
    let Some(notifications) = app.try_state::<tauri_plugin_notification::Notification<R>>() else {
        return Err(unavailable("the notification plugin is not set up"));
    };
    let mut builder = notifications.builder().title(&n.title).body(&n.body).action_type_id(ACTION_TYPE);
    if let Some((id, target)) = reminder {
        builder = builder.extra(KEY_REMINDER, &id.0).extra(KEY_TARGET, target);
    }
    builder.show().map_err(unavailable)
}

/// The screen a reminder's click opens.
pub fn flow_for(target: Option<&Target>) -> Flow {
    match target {
        None => Flow::Today,
        Some(Target::CheckIn) => Flow::CheckIn,
        // Checking in together is listening together: both turns, at one screen.
        Some(Target::RelationshipCheckIn) => Flow::Listening,
        Some(Target::Appreciation) => Flow::Appreciation,
        Some(Target::ConflictFollowUp { .. }) => Flow::Conflict,
        Some(Target::Deck { .. }) => Flow::Vulnerability,
        Some(Target::LookBack) => Flow::LookBack,
    }
}

/// What a reminder's click asks the UI to open: its flow, and the entry it is about (a conflict to come back to).
pub fn navigate_for(target: Option<&Target>) -> NavigatePayload {
    let entry = match target {
        Some(Target::ConflictFollowUp { entry }) => entry.map(|id| id.to_string()),
        _ => None,
    };
    NavigatePayload { flow: flow_for(target), entry }
}

/// What the user did with a notification: "snooze" snoozes its reminder for an hour; anything else (a click) shows
/// the window at the reminder's flow. While the journal is locked the UI remembers the flow until it is unlocked.
fn on_action<R: Runtime>(app: &AppHandle<R>, performed: &ActionPerformed) {
    let extra = performed.notification().map(|n| Value::Object(n.extra().clone().into_iter().collect()));
    act(app, performed.action_id() == SNOOZE, extra.as_ref());
}

/// What a click does, from the plugin or the portal: `extra` is the data the notification carried.
fn act<R: Runtime>(app: &AppHandle<R>, snoozed: bool, extra: Option<&Value>) {
    let reminder = extra.and_then(|e| e.get(KEY_REMINDER)).and_then(Value::as_str).map(str::to_owned);
    let target = extra.and_then(|e| e.get(KEY_TARGET)).and_then(|t| serde_json::from_value::<Target>(t.clone()).ok());
    if snoozed {
        if let Some(id) = reminder {
            snooze(app, &id);
        }
        return;
    }
    crate::tray::show_main_window(app);
    let _ = app.emit(crate::NAVIGATE_EVENT, navigate_for(target.as_ref()));
}

fn snooze<R: Runtime>(app: &AppHandle<R>, id: &str) {
    let Ok(path) = app.state::<AppState>().settings_path().map(ToOwned::to_owned) else {
        return;
    };
    let now = Utc::now();
    let tz = zone::local();
    if Settings::update(&path, |s| Ok(s.reminder_mut(id)?.snooze(Snooze::OneHour, now, tz))).is_ok() {
        replan(app);
    }
}

fn unavailable(e: impl std::fmt::Display) -> AppError {
    AppError::new(attune_journal::ErrorKind::Io, format!("couldn't show a notification: {e}"))
}

#[cfg(test)]
mod tests {
    use rstest::rstest;

    use super::*;

    #[rstest]
    #[case::test_notification(None, Flow::Today)]
    #[case::check_in(Some(Target::CheckIn), Flow::CheckIn)]
    #[case::together_opens_listening(Some(Target::RelationshipCheckIn), Flow::Listening)]
    #[case::appreciation(Some(Target::Appreciation), Flow::Appreciation)]
    #[case::conflict(Some(Target::ConflictFollowUp { entry: None }), Flow::Conflict)]
    #[case::deck(Some(Target::Deck { theme: "childhood".into() }), Flow::Vulnerability)]
    #[case::look_back(Some(Target::LookBack), Flow::LookBack)]
    fn a_click_opens_the_reminders_flow(#[case] target: Option<Target>, #[case] flow: Flow) {
        assert_eq!(flow_for(target.as_ref()), flow);
    }

    /// Regression: the revisit reminder opened a blank conflict form instead of the reflection it was set on.
    #[test]
    fn a_conflict_follow_up_opens_its_entry() {
        let id = uuid::Uuid::now_v7();
        let p = navigate_for(Some(&Target::ConflictFollowUp { entry: Some(id) }));
        assert_eq!(p, NavigatePayload { flow: Flow::Conflict, entry: Some(id.to_string()) });
        let json = serde_json::to_value(p).expect("json");
        assert_eq!(json, serde_json::json!({ "flow": "conflict", "entry": id.to_string() }));
        assert_eq!(navigate_for(Some(&Target::CheckIn)).entry, None);
        assert_eq!(navigate_for(Some(&Target::ConflictFollowUp { entry: None })).entry, None);
    }

    #[test]
    fn the_test_notification_is_generic() {
        let n = test_notification();
        assert!(!n.title.is_empty() && !n.body.is_empty());
    }
}
