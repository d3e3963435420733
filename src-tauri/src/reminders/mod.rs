//! Reminders in the app: a runner thread that shows the journal's due reminders as desktop notifications, what a
//! click or "Snooze" on one does, and the IPC payloads of the reminder commands.
//!
//! The schedules, the planner and the words of every notification live in `attune_journal::reminders`; this module
//! only reads the clock and the zone, shows what the planner says is due, and records it in the settings file.
//! **A notification never holds journal content**: its text comes from the library's generic wording, and the data it
//! carries for a click is the reminder's id and target kind.

pub mod ipc;
pub mod notify;
#[cfg(target_os = "linux")]
mod portal;
mod runner;
pub mod zone;

pub use runner::{spawn, Planner, POLL};

use tauri::{Manager, Runtime};

/// Asks the runner to plan again now (the reminders changed). Does nothing when no runner is running (tests).
pub fn replan<R: Runtime, M: Manager<R>>(app: &M) {
    if let Some(planner) = app.try_state::<Planner>() {
        planner.poke();
    }
}
