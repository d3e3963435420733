//! What follows an entry (next steps, the care line, "how did it go?") and the brief for a therapist. Each command
//! makes one journal call; the brief is written by the journal, owner-only, where the person chose.

use std::path::PathBuf;

use attune_journal::brief::{Brief, BriefFormat, BriefRequest};
use attune_journal::practices::{AfterSave, PendingStep};
use attune_journal::Entry;
use chrono::Local;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use super::{parse_id, Ctx};
use crate::error::AppResult;
use crate::session::AppState;

/// What to show after saving an entry: next steps for a check-in, and the care line when called for.
pub fn after_save(state: &AppState, id: String) -> AppResult<AfterSave> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.after_save(id))
}

/// "I'll try this": keeps a next step with a check-in.
pub fn choose_next_step(state: &AppState, id: String, strategy_id: String) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.choose_next_step(id, &strategy_id, Local::now().fixed_offset()))
}

/// The step chosen at the latest check-in, if any, for the next check-in to ask about.
pub fn pending_step(state: &AppState) -> AppResult<Option<PendingStep>> {
    state.with_journal(|journal| journal.pending_step())
}

/// The brief as it would be written, for the preview.
pub fn brief_preview(state: &AppState, request: BriefRequest) -> AppResult<Brief> {
    state.with_journal(|journal| journal.brief(&request, Local::now().date_naive()))
}

/// Writes the brief where the person chooses (a native save dialog, or ATTUNE_EXPORT_DIR in tests). Answers the
/// path, or nothing if they cancelled. The brief is checked first, so an empty one never opens the dialog.
pub fn write_brief<R: Runtime>(
    Ctx { app, state }: Ctx<'_, R>,
    request: BriefRequest,
    format: BriefFormat,
) -> AppResult<Option<String>> {
    let today = Local::now().date_naive();
    state.with_journal(|journal| journal.brief(&request, today))?;
    let file_name = format!("attune-brief-{}.{}", Local::now().format("%Y-%m-%d-%H%M%S"), format.extension());
    let path = match state.export_dir() {
        Some(dir) => dir.join(&file_name),
        None => match ask_where(app, &file_name, format) {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    state.with_journal(|journal| journal.write_brief(&request, format, &path, today))?;
    Ok(Some(path.display().to_string()))
}

/// The native save dialog, blocking this (non-main) thread until the person chooses.
fn ask_where<R: Runtime>(app: &AppHandle<R>, file_name: &str, format: BriefFormat) -> Option<PathBuf> {
    let (label, ext) = match format {
        BriefFormat::Pdf => ("PDF", "pdf"),
        BriefFormat::Markdown => ("Markdown", "md"),
    };
    app.dialog()
        .file()
        .set_title("Save the brief for your session")
        .set_file_name(file_name)
        .add_filter(label, &[ext])
        .blocking_save_file()
        .and_then(|picked| picked.into_path().ok())
}
