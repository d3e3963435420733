//! Creating, unlocking, locking and re-keying the journal, and deleting it.

use attune_journal::Passphrase;

use crate::error::AppResult;
use crate::ipc::{CreatedVault, SecretInput, VaultStatus};
use crate::session::{parse_recovery_key, AppState};

/// Whether there is a journal, and whether it is open.
pub fn vault_status(state: &AppState) -> AppResult<VaultStatus> {
    state.status()
}

/// Creates the journal (first run) and leaves it open.
pub fn create_vault(state: &AppState, passphrase: String) -> AppResult<CreatedVault> {
    state.create(&Passphrase::new(passphrase))
}

/// Unlocks with the passphrase or the recovery key.
pub fn unlock(state: &AppState, secret: SecretInput) -> AppResult<()> {
    state.unlock(&secret.into_secret()?)
}

/// Locks now.
pub fn lock(state: &AppState) -> AppResult<()> {
    state.lock();
    Ok(())
}

/// Changes the passphrase after re-checking the current one.
pub fn change_passphrase(state: &AppState, current: String, new_passphrase: String) -> AppResult<()> {
    let (current, new) = (Passphrase::new(current), Passphrase::new(new_passphrase));
    state.with_journal(|journal| journal.change_passphrase(&current, &new))
}

/// Sets a new passphrase with the recovery key, leaving the journal open.
pub fn recover(state: &AppState, recovery_key: String, new_passphrase: String) -> AppResult<()> {
    state.recover(&parse_recovery_key(recovery_key)?, &Passphrase::new(new_passphrase))
}

/// Makes a new recovery key after re-checking the passphrase; the old one stops working.
pub fn new_recovery_key(state: &AppState, passphrase: String) -> AppResult<CreatedVault> {
    state.new_recovery_key(&Passphrase::new(passphrase))
}

/// Deletes the whole journal after re-checking the passphrase.
pub fn delete_all(state: &AppState, passphrase: String) -> AppResult<()> {
    state.delete_all(&Passphrase::new(passphrase))
}
