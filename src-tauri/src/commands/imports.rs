//! Settings › Import: choose a file (a native dialog, from Rust; `ATTUNE_IMPORT_FILE` for tests), see the dry run,
//! change Daylio's mood mapping, import with progress (`import-progress` events) and Cancel. The UI never sends a
//! path and never sees the file; the chosen file waits here, read and checked, until it is imported or replaced.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use attune_journal::import::{ImportFormat, ImportOptions, ImportOutcome, ImportPlan, ImportSource};
use serde::Serialize;
use tauri::{Emitter, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use super::Ctx;
use crate::error::AppResult;

/// The event carrying an import's progress (`ImportProgress`).
pub const IMPORT_PROGRESS_EVENT: &str = "import-progress";

/// The file chosen for import, read and checked, and the Cancel flag. Managed Tauri state.
#[derive(Default)]
pub struct ImportSlot {
    chosen: Mutex<Option<Chosen>>,
    cancel: AtomicBool,
}

struct Chosen {
    name: String,
    format: ImportFormat,
    bytes: Vec<u8>,
    options: ImportOptions,
    source: ImportSource,
}

/// The answer to choosing a file: its name and the dry run.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    /// The file's name (not its folder).
    pub file_name: String,
    /// What importing it would do.
    pub plan: ImportPlan,
}

/// One format Settings › Import offers, with the name people know it by (from the journal).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportFormatChoice {
    /// The format.
    pub format: ImportFormat,
    /// Its name and the file to choose, e.g. "jrnl (JSON export)".
    pub label: String,
}

/// The formats Attune imports, in the journal's order, with their labels.
pub fn import_formats(_: &crate::session::AppState) -> AppResult<Vec<ImportFormatChoice>> {
    Ok(ImportFormat::ALL
        .into_iter()
        .map(|format| ImportFormatChoice { format, label: format.label().to_owned() })
        .collect())
}

fn slot<'a, R: Runtime>(ctx: &Ctx<'a, R>) -> tauri::State<'a, ImportSlot> {
    ctx.app.state::<ImportSlot>()
}

fn lock(slot: &ImportSlot) -> std::sync::MutexGuard<'_, Option<Chosen>> {
    slot.chosen.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Asks for a file of `format`, reads and checks it, and answers the dry run; nothing if the person cancelled.
pub fn choose_import_file<R: Runtime>(ctx: Ctx<'_, R>, format: ImportFormat) -> AppResult<Option<ImportPreview>> {
    let path = match std::env::var_os("ATTUNE_IMPORT_FILE").filter(|v| !v.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => match ctx
            .app
            .dialog()
            .file()
            .set_title(format!("Choose a {} file", format.label()))
            .blocking_pick_file()
            .and_then(|picked| picked.into_path().ok())
        {
            Some(p) => p,
            None => return Ok(None),
        },
    };
    let bytes = std::fs::read(&path).map_err(|e| attune_journal::Error::io("read", &path, e))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let options = ImportOptions::new(crate::reminders::zone::local());
    let source = ImportSource::read(format, &bytes, &options)?;
    let plan = ctx.state.with_journal(|journal| journal.plan_import(&source))?;
    *lock(&slot(&ctx)) = Some(Chosen { name: name.clone(), format, bytes, options, source });
    Ok(Some(ImportPreview { file_name: name, plan }))
}

/// Reads the chosen file again with another mood mapping (Daylio), and answers the new dry run.
pub fn replan_import<R: Runtime>(ctx: Ctx<'_, R>, moods: BTreeMap<String, i8>) -> AppResult<ImportPreview> {
    let slot = slot(&ctx);
    let mut chosen = lock(&slot);
    let c = chosen.as_mut().ok_or_else(nothing_chosen)?;
    let mut options = c.options.clone();
    options.moods = moods;
    let source = ImportSource::read(c.format, &c.bytes, &options)?;
    let plan = ctx.state.with_journal(|journal| journal.plan_import(&source))?;
    c.options = options;
    c.source = source;
    Ok(ImportPreview { file_name: c.name.clone(), plan })
}

/// Imports the chosen file: a backup first, then one transaction, sending `import-progress` as it goes. Cancel
/// (`cancel_import`) rolls everything back, and so does locking the journal meanwhile.
///
/// It runs on a second connection to the journal, so the session isn't held for the whole import: the reminder
/// runner, Lock and the idle lock still get through. An import in progress counts as activity for the idle lock.
pub fn run_import<R: Runtime>(ctx: Ctx<'_, R>) -> AppResult<ImportOutcome> {
    let slot = slot(&ctx);
    let chosen = lock(&slot).take().ok_or_else(nothing_chosen)?;
    slot.cancel.store(false, Ordering::SeqCst);
    let unlocks = ctx.state.unlock_count();
    let outcome = ctx.state.with_journal(|journal| journal.another()).and_then(|worker| {
        Ok(worker.import(&chosen.source, &mut |progress| {
            let _ = ctx.app.emit(IMPORT_PROGRESS_EVENT, progress);
            if slot.cancel.load(Ordering::SeqCst) || !ctx.state.still_open(unlocks) {
                ControlFlow::Break(())
            } else {
                ctx.state.touch();
                ControlFlow::Continue(())
            }
        })?)
    });
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(e) => {
            // Keep the file chosen, so "Import" can be pressed again.
            *lock(&slot) = Some(chosen);
            return Err(e);
        }
    };
    if outcome == ImportOutcome::Cancelled {
        // Keep the file chosen, so "Import" can be pressed again.
        *lock(&slot) = Some(chosen);
    }
    Ok(outcome)
}

/// Asks a running import to stop; it rolls back and answers `Cancelled`.
pub fn cancel_import<R: Runtime>(ctx: Ctx<'_, R>) -> AppResult<()> {
    slot(&ctx).cancel.store(true, Ordering::SeqCst);
    Ok(())
}

fn nothing_chosen() -> attune_journal::Error {
    attune_journal::Error::invalid(attune_journal::Field::File, "choose a file to import first")
}
