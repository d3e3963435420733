//! The key file: the vault's id, format version, and the data key wrapped once per slot (passphrase, recovery).
//!
//! STUB: implementation in progress.
