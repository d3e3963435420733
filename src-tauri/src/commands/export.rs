//! Export: re-check the passphrase, ask where to save (a native dialog, from Rust), write the file.
//!
//! The UI never sees the exported text and has no file-system access of its own; the file is written by the journal's
//! one owner-only, atomic writer (`attune_journal::files::write_private`), the same one the CLI uses.

use std::path::PathBuf;

use attune_journal::Passphrase;
use chrono::{DateTime, Local};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use zeroize::Zeroizing;

use super::Ctx;
use crate::error::AppResult;
use crate::ipc::ExportFormat;

/// Exports the whole journal after re-checking the passphrase. Returns the saved path, or None if the person
/// cancelled the save dialog.
pub fn export_journal<R: Runtime>(
    Ctx { app, state }: Ctx<'_, R>,
    passphrase: String,
    format: ExportFormat,
) -> AppResult<Option<String>> {
    state.recheck(&Passphrase::new(passphrase))?;
    let file_name = export_file_name(format, Local::now());
    let path = match state.export_dir() {
        Some(dir) => dir.join(&file_name),
        None => match ask_where(app, &file_name, format) {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    let text = state.with_journal(|journal| match format {
        ExportFormat::Json => journal.export_json(),
        ExportFormat::Markdown => journal.export_markdown(),
    })?;
    attune_journal::files::write_private(&path, Zeroizing::new(text).as_bytes())?;
    Ok(Some(path.display().to_string()))
}

/// `attune-export-2026-11-21-2315.json`: sorts by time, and never overwrites an earlier export by accident.
pub fn export_file_name(format: ExportFormat, now: DateTime<Local>) -> String {
    format!("attune-export-{}.{}", now.format("%Y-%m-%d-%H%M%S"), format.extension())
}

/// The native save dialog, blocking this (non-main) thread until the person chooses.
fn ask_where<R: Runtime>(app: &AppHandle<R>, file_name: &str, format: ExportFormat) -> Option<PathBuf> {
    let (label, ext) = match format {
        ExportFormat::Json => ("Attune export (JSON)", "json"),
        ExportFormat::Markdown => ("Markdown", "md"),
    };
    app.dialog()
        .file()
        .set_title("Save a copy of your journal")
        .set_file_name(file_name)
        .add_filter(label, &[ext])
        .blocking_save_file()
        .and_then(|picked| picked.into_path().ok())
}
