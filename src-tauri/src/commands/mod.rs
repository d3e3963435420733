//! The IPC commands: each reads its arguments, makes one journal call through [`AppState`], and maps the error.
//!
//! Names and argument names are the IPC contract (/tmp/attune-ipc.md, mirrored in ui/src/api.ts); the list must
//! match `command_names::COMMANDS`, which build.rs turns into the permissions capabilities/main.json grants.

mod entries;
mod export;
mod people;
mod practices;
mod prefs;
pub mod reminders;
mod vault;

use attune_journal::EntryId;
use tauri::ipc::Invoke;
use tauri::Runtime;

use crate::error::AppResult;

pub use export::export_file_name;

/// The invoke handler with every command.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        vault::vault_status,
        vault::create_vault,
        vault::unlock,
        vault::lock,
        vault::change_passphrase,
        vault::recover,
        entries::add_entry,
        entries::get_entry,
        entries::update_entry,
        entries::delete_entry,
        entries::restore_entry,
        entries::timeline,
        entries::search,
        entries::on_this_day,
        people::people,
        people::add_person,
        people::update_person,
        people::remove_person,
        prefs::vocabulary,
        prefs::prompt_of_the_day,
        entries::save_draft,
        entries::get_draft,
        entries::discard_draft,
        export::export_journal,
        vault::delete_all,
        prefs::get_settings,
        prefs::set_settings,
        prefs::activity,
        reminders::list_reminders,
        reminders::add_reminder,
        reminders::update_reminder,
        reminders::remove_reminder,
        reminders::next_reminders,
        reminders::snooze_reminder,
        reminders::send_test_notification,
        practices::after_save,
        practices::choose_next_step,
        practices::pending_step,
        practices::brief_preview,
        practices::write_brief,
    ]
}

/// An entry or person id sent by the UI.
fn parse_id(id: &str) -> AppResult<EntryId> {
    EntryId::parse_str(id.trim())
        .map_err(|_| attune_journal::Error::invalid("id", "that isn't an id Attune made").into())
}
