//! The IPC commands: each reads its arguments, calls the journal through [`AppState`], and maps the error.
//!
//! `list.rs` names every command once, with its arguments and its answer; `ipc_commands!` turns that list into the
//! `#[tauri::command]` wrappers, [`handler`], [`COMMANDS`] (build.rs makes the permissions and the main window's
//! capability from it) and, in the `export_bindings` test, the UI's typed calls (`ui/src/bindings/commands.ts`).
//! Adding a command is one line there plus its function here; see ARCHITECTURE.md.

mod args;
mod backups;
mod entries;
mod export;
pub mod imports;
mod insights;
mod people;
mod practices;
pub mod prefs;
pub mod reminders;
mod vault;

use std::collections::BTreeMap;

use attune_journal::backup::Keep;
use attune_journal::brief::{Brief, BriefFormat, BriefRequest};
use attune_journal::drafts::DraftInfo;
use attune_journal::follow_through::Nudge;
use attune_journal::import::{ImportFormat, ImportOutcome};
use attune_journal::insights::{Insights, InsightsQuery, OpenConflict};
use attune_journal::look_back::StillOpen;
use attune_journal::model::{ConflictStatus, DateOrder, PromiseOutcome};
use attune_journal::person_page::PersonPage;
use attune_journal::practices::{AfterSave, PendingStep};
use attune_journal::promises::DuePromise;
use attune_journal::reminders::{Reminder, ReminderInput, Snooze};
use attune_journal::search::{SearchQuery, SearchResults};
use attune_journal::settings::AppSettings;
use attune_journal::timeline::{MonthCount, Page, TimelineQuery};
use attune_journal::vocab::{FeelingsNear, Prompt};
use attune_journal::{Entry, EntryId, NewEntry, Person, PersonInput};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use tauri::ipc::Invoke;
use tauri::{AppHandle, Runtime, State};

use self::backups::{BackupList, BackupRow};
use self::imports::{ImportFormatChoice, ImportPreview};
use crate::error::AppResult;
use crate::ipc::{CreatedVault, ExportFormat, SecretInput, VaultStatus, Vocabulary};
use crate::reminders::ipc::NextReminder;
use crate::session::AppState;

pub use export::export_file_name;

/// What a command function may ask for before its arguments: the session, the app handle, or both.
pub struct Ctx<'a, R: Runtime> {
    /// The app: events, dialogs, the tray, the reminder runner.
    pub app: &'a AppHandle<R>,
    /// The session and where things live.
    pub state: &'a AppState,
}

/// How a wrapper hands a command function the context it asks for (its first parameter's type decides).
pub trait FromCtx<'a, R: Runtime> {
    /// The context out of the app and its state.
    fn from_ctx(app: &'a AppHandle<R>, state: &'a AppState) -> Self;
}

impl<'a, R: Runtime> FromCtx<'a, R> for &'a AppState {
    fn from_ctx(_: &'a AppHandle<R>, state: &'a AppState) -> Self {
        state
    }
}

impl<'a, R: Runtime> FromCtx<'a, R> for &'a AppHandle<R> {
    fn from_ctx(app: &'a AppHandle<R>, _: &'a AppState) -> Self {
        app
    }
}

impl<'a, R: Runtime> FromCtx<'a, R> for Ctx<'a, R> {
    fn from_ctx(app: &'a AppHandle<R>, state: &'a AppState) -> Self {
        Ctx { app, state }
    }
}

/// Turns `list.rs` into the app's IPC surface. build.rs has its own `ipc_commands!` that keeps only the names.
macro_rules! ipc_commands {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty = $path:path;
    )*) => {
        /// Every command's name, in the list's order.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        $(
            $(#[doc = $doc])*
            // Each argument arrives raw and is read here, so a bad one is the app's typed error (args.rs).
            #[tauri::command]
            async fn $name<R: Runtime>(
                app: AppHandle<R>,
                state: State<'_, AppState>,
                $($arg: args::Raw),*
            ) -> AppResult<$ret> {
                $(let $arg = <$ty as args::FromArg>::from_arg(stringify!($arg), $arg)?;)*
                $path(FromCtx::from_ctx(&app, state.inner()), $($arg),*)
            }
        )*

        /// The invoke handler with every command.
        pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// Every command as the UI sees it, for `export_bindings`.
        #[cfg(test)]
        pub(crate) fn signatures(cfg: &ts_rs::Config) -> Vec<crate::bindings::Signature> {
            use crate::bindings::{ts_type, Signature};
            vec![$(Signature {
                name: stringify!($name),
                docs: &[$($doc),*],
                args: vec![$((stringify!($arg), ts_type::<$ty>(cfg))),*],
                answer: ts_type::<$ret>(cfg),
            }),*]
        }

        /// Visits every argument and answer type, for `export_bindings`.
        #[cfg(test)]
        pub(crate) fn visit_types(v: &mut impl ts_rs::TypeVisitor) {
            $($(v.visit::<$ty>();)* v.visit::<$ret>();)*
        }
    };
}

include!("list.rs");

/// An entry or person id sent by the UI.
fn parse_id(id: &str) -> AppResult<EntryId> {
    EntryId::parse_str(id.trim())
        .map_err(|_| attune_journal::Error::invalid(attune_journal::Field::Id, "that isn't an id Attune made").into())
}
