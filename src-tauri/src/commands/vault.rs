//! Creating, unlocking, locking and re-keying the journal, and deleting it.

use attune_journal::Passphrase;
use tauri::State;

use crate::error::AppResult;
use crate::ipc::{CreatedVault, SecretInput, VaultStatus};
use crate::session::{parse_recovery_key, AppState};

/// Whether there is a journal, and whether it is open.
#[tauri::command]
pub async fn vault_status(state: State<'_, AppState>) -> AppResult<VaultStatus> {
    state.status()
}

/// Creates the journal (first run) and leaves it open.
#[tauri::command]
pub async fn create_vault(state: State<'_, AppState>, passphrase: String) -> AppResult<CreatedVault> {
    state.create(&Passphrase::new(passphrase))
}

/// Unlocks with the passphrase or the recovery key.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, secret: SecretInput) -> AppResult<()> {
    state.unlock(&secret.into_secret()?)
}

/// Locks now.
#[tauri::command]
pub async fn lock(state: State<'_, AppState>) -> AppResult<()> {
    state.lock();
    Ok(())
}

/// Changes the passphrase after re-checking the current one.
#[tauri::command]
pub async fn change_passphrase(state: State<'_, AppState>, current: String, new_passphrase: String) -> AppResult<()> {
    let (current, new) = (Passphrase::new(current), Passphrase::new(new_passphrase));
    state.with_journal(|journal| journal.change_passphrase(&current, &new))
}

/// Sets a new passphrase with the recovery key, leaving the journal open.
#[tauri::command]
pub async fn recover(state: State<'_, AppState>, recovery_key: String, new_passphrase: String) -> AppResult<()> {
    state.recover(&parse_recovery_key(recovery_key)?, &Passphrase::new(new_passphrase))
}

/// Deletes the whole journal after re-checking the passphrase.
#[tauri::command]
pub async fn delete_all(state: State<'_, AppState>, passphrase: String) -> AppResult<()> {
    state.delete_all(&Passphrase::new(passphrase))
}
