//! Reminders: thin wrappers over the settings file's reminder list. They work while the journal is locked (reminders
//! live outside the vault), and each change wakes the runner to plan again.

use attune_journal::reminders::{next_fire, Reminder, ReminderInput, Snooze};
use attune_journal::settings::Settings;
use chrono::{DateTime, Utc};
use tauri::{AppHandle, Runtime};

use super::Ctx;
use crate::error::AppResult;
use crate::reminders::ipc::NextReminder;
use crate::reminders::{notify, replan, zone};
use crate::session::AppState;

/// Every reminder, in the order they were made.
pub fn list_reminders(state: &AppState) -> AppResult<Vec<Reminder>> {
    Ok(Settings::load(state.settings_path()?)?.reminders)
}

/// Adds a reminder (the journal's rules for a new one: a one-off must be in the future, see `ReminderInput::add`).
pub fn add_reminder<R: Runtime>(Ctx { app, state }: Ctx<'_, R>, reminder: ReminderInput) -> AppResult<Reminder> {
    let now = Utc::now();
    let added = Settings::update(state.settings_path()?, |s| {
        let r = reminder.add(&s.reminders, now)?;
        s.reminders.push(r.clone());
        Ok(r)
    })?;
    replan(app);
    Ok(added)
}

/// Changes a reminder's settings (its id stays; the journal's rules for a changed schedule, `ReminderInput::apply`).
pub fn update_reminder<R: Runtime>(
    Ctx { app, state }: Ctx<'_, R>,
    id: String,
    reminder: ReminderInput,
) -> AppResult<Reminder> {
    let updated = Settings::update(state.settings_path()?, |s| {
        let r = s.reminder_mut(&id)?;
        reminder.apply(r, Utc::now())?;
        Ok(r.clone())
    })?;
    replan(app);
    Ok(updated)
}

/// Removes a reminder and returns it.
pub fn remove_reminder<R: Runtime>(Ctx { app, state }: Ctx<'_, R>, id: String) -> AppResult<Reminder> {
    let removed = Settings::update(state.settings_path()?, |s| s.remove_reminder(&id))?;
    replan(app);
    Ok(removed)
}

/// When each reminder that is on shows next (its schedule or a pending snooze, whichever is first), soonest first.
pub fn next_reminders(state: &AppState) -> AppResult<Vec<NextReminder>> {
    let settings = Settings::load(state.settings_path()?)?;
    Ok(upcoming(&settings.reminders, Utc::now(), zone::local()))
}

/// Snoozes a reminder; returns when it shows again.
pub fn snooze_reminder<R: Runtime>(
    Ctx { app, state }: Ctx<'_, R>,
    id: String,
    snooze: Snooze,
) -> AppResult<DateTime<Utc>> {
    let (now, tz) = (Utc::now(), zone::local());
    let at = Settings::update(state.settings_path()?, |s| Ok(s.reminder_mut(&id)?.snooze(snooze, now, tz)))?;
    replan(app);
    Ok(at)
}

/// Shows a notification now, with the same generic kind of words as a reminder.
pub fn send_test_notification<R: Runtime>(app: &AppHandle<R>) -> AppResult<()> {
    notify::show(app, &notify::test_notification(), None)
}

/// The next showing of each enabled reminder, soonest first.
pub fn upcoming(reminders: &[Reminder], now: DateTime<Utc>, tz: chrono_tz::Tz) -> Vec<NextReminder> {
    let mut out: Vec<NextReminder> = reminders
        .iter()
        .filter(|r| r.enabled)
        .filter_map(|r| {
            let scheduled = next_fire(r, now, tz).map(|at| (at, false));
            let snoozed = r.state.snoozed_until.filter(|s| *s > now).map(|at| (at, true));
            let (at, snoozed) = [scheduled, snoozed].into_iter().flatten().min_by_key(|(at, _)| *at)?;
            Some(NextReminder { id: r.id.clone(), at, snoozed })
        })
        .collect();
    out.sort_by_key(|n| n.at);
    out
}
