//! Keys and secrets: the data key, the passphrase, the recovery key, and wrapping one with another.
//!
//! Every secret here is `Zeroize + ZeroizeOnDrop` and prints `[REDACTED]` in `Debug`. Nothing in this module is
//! hand-rolled: Argon2id (argon2), XChaCha20-Poly1305 (chacha20poly1305), HKDF-SHA256 (hkdf) and the OS RNG.
//!
//! STUB: signatures fixed; implementation in progress.

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// The random 256-bit key that SQLCipher uses as its raw key. Stored on disk only wrapped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey(pub(crate) [u8; 32]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey([REDACTED])")
    }
}

impl DataKey {
    /// A new random key from the OS RNG.
    pub(crate) fn generate() -> Self {
        todo!()
    }

    /// `PRAGMA key = "x'…'";` for this key, in a buffer that is zeroized when dropped.
    pub(crate) fn sqlcipher_pragma(&self) -> Zeroizing<String> {
        todo!()
    }
}

/// A passphrase as typed. Zeroized on drop; never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Passphrase(String);

impl Passphrase {
    /// Wraps a typed passphrase. Validation (not empty) happens where it is used.
    pub fn new(s: impl Into<String>) -> Self {
        Passphrase(s.into())
    }

    /// The passphrase's text.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase([REDACTED])")
    }
}

/// The recovery key: 128 random bits plus a checksum, shown once at creation as eight groups of four characters
/// (Crockford base32: no I, L, O or U, so it survives being written by hand and read back).
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct RecoveryKey(pub(crate) [u8; 16]);

impl RecoveryKey {
    /// A new random recovery key.
    pub(crate) fn generate() -> Self {
        todo!()
    }

    /// Parses what a person typed: case, spaces and dashes don't matter, and O/I/L read as 0/1/1.
    /// A typo gives [`crate::Error::MalformedRecoveryKey`] saying what is wrong.
    pub fn parse(s: &str) -> crate::Result<Self> {
        let _ = s;
        todo!()
    }

    /// The form to show and write down: `XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`.
    pub fn display(&self) -> Zeroizing<String> {
        todo!()
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey([REDACTED])")
    }
}

/// What a person can unlock with.
#[derive(Debug, Clone)]
pub enum Secret {
    /// The passphrase.
    Passphrase(Passphrase),
    /// The recovery key.
    RecoveryKey(RecoveryKey),
}
