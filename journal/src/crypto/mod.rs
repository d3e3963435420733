//! Keys and secrets: the data key, the passphrase, the recovery key, and wrapping one with another.
//!
//! Every secret here is `Zeroize + ZeroizeOnDrop` and prints `[REDACTED]` in `Debug`. Nothing in this module is
//! hand-rolled: Argon2id (argon2), XChaCha20-Poly1305 (chacha20poly1305), HKDF-SHA256 (hkdf), SHA-256 (sha2),
//! base32 (data-encoding) and the OS RNG (rand_core).
//!
//! The parts: this file holds the data key, the passphrase and wrapping; `recovery.rs` the recovery key's written
//! form; `kdf.rs` how each slot's key-encryption key is derived (Argon2id for the passphrase, HKDF for the recovery
//! key).

mod kdf;
mod recovery;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand_core::{OsRng, RngCore};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::{Error, Result};

pub(crate) use kdf::{passphrase_kek, recovery_kek, Argon2Params};
pub use recovery::RecoveryKey;

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
        let mut key = DataKey([0; 32]);
        OsRng.fill_bytes(&mut key.0);
        key
    }

    /// `PRAGMA key = "x'…'";` for this key, in a buffer that is zeroized when dropped.
    ///
    /// The `x'…'` form hands SQLCipher the raw key, so it skips its own PBKDF2: the key is already full-entropy.
    pub(crate) fn sqlcipher_pragma(&self) -> Zeroizing<String> {
        const PREFIX: &str = "PRAGMA key = \"x'";
        const SUFFIX: &str = "'\";";
        let mut hex_buf = Zeroizing::new([0u8; 64]);
        // 32 bytes always fit 64 hex digits, so this cannot fail; the fallback keeps it panic-free anyway.
        let _ = hex::encode_to_slice(self.0, hex_buf.as_mut_slice());
        // Reserve the exact size first, so the string never reallocates and leaves a stray copy behind.
        let mut out = Zeroizing::new(String::with_capacity(PREFIX.len() + 64 + SUFFIX.len()));
        out.push_str(PREFIX);
        for &b in hex_buf.iter() {
            out.push(char::from(b));
        }
        out.push_str(SUFFIX);
        out
    }

    /// Whether two keys are the same, without an early exit on the first differing byte.
    pub(crate) fn same_as(&self, other: &DataKey) -> bool {
        self.0.iter().zip(other.0.iter()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
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

/// What a person can unlock with.
#[derive(Debug, Clone)]
pub enum Secret {
    /// The passphrase.
    Passphrase(Passphrase),
    /// The recovery key.
    RecoveryKey(RecoveryKey),
}

/// A key-encryption key: what wraps the data key in one slot. Zeroized on drop.
pub(crate) type Kek = Zeroizing<[u8; 32]>;

/// Nonce length for XChaCha20-Poly1305.
pub(crate) const NONCE_LEN: usize = 24;
/// A wrapped data key's length: 32 bytes plus the 16-byte tag.
pub(crate) const WRAPPED_LEN: usize = 32 + 16;

/// Random bytes from the OS RNG (salts, nonces).
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    OsRng.fill_bytes(&mut out);
    out
}

/// Encrypts the data key under `kek` with a fresh random nonce; `aad` binds it to its vault and slot.
pub(crate) fn wrap(kek: &Kek, key: &DataKey, aad: &[u8]) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
    let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(kek.as_slice()));
    let nonce = random_bytes::<NONCE_LEN>();
    let ct = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: &key.0, aad })
        .map_err(|_| Error::Internal("wrapping the data key"))?;
    Ok((nonce, ct))
}

/// Decrypts a wrapped data key; `None` when the key, nonce, ciphertext or associated data don't match.
pub(crate) fn unwrap(kek: &Kek, nonce: &[u8], wrapped: &[u8], aad: &[u8]) -> Option<DataKey> {
    if nonce.len() != NONCE_LEN || wrapped.len() != WRAPPED_LEN {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(kek.as_slice()));
    let plain = Zeroizing::new(cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: wrapped, aad }).ok()?);
    let mut key = DataKey([0; 32]);
    key.0.copy_from_slice(plain.get(..32)?);
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn pragma_is_the_raw_key_form() {
        let key = DataKey([0xab; 32]);
        let pragma = key.sqlcipher_pragma();
        assert_eq!(pragma.as_str(), format!("PRAGMA key = \"x'{}'\";", "ab".repeat(32)));
    }

    #[test]
    fn debug_never_shows_secrets() {
        let shown = format!(
            "{:?} {:?} {:?}",
            DataKey([7; 32]),
            Passphrase::new("hunter2"),
            Secret::RecoveryKey(RecoveryKey([7; 16]))
        );
        assert!(!shown.contains("hunter2") && !shown.contains("7,"), "{shown}");
        assert!(shown.contains("[REDACTED]"));
    }

    fn kek(bytes: [u8; 32]) -> Kek {
        Zeroizing::new(bytes)
    }

    proptest! {
        // Every regression file in one place: journal/tests/proptest-regressions/ (tests run in the crate folder).
        #![proptest_config(ProptestConfig {
            failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
                "tests/proptest-regressions/crypto.txt",
            ))),
            ..ProptestConfig::default()
        })]
        #[test]
        fn wrap_unwrap_round_trip(k in any::<[u8; 32]>(), d in any::<[u8; 32]>(), aad in any::<Vec<u8>>()) {
            let (nonce, ct) = wrap(&kek(k), &DataKey(d), &aad).unwrap();
            prop_assert_eq!(ct.len(), WRAPPED_LEN);
            let back = unwrap(&kek(k), &nonce, &ct, &aad).unwrap();
            prop_assert_eq!(back.0, d);
        }

        #[test]
        fn unwrap_fails_on_other_key_or_aad(k in any::<[u8; 32]>(), d in any::<[u8; 32]>(), flip in 0usize..32) {
            let (nonce, ct) = wrap(&kek(k), &DataKey(d), b"vault:passphrase").unwrap();
            let mut other = k;
            other[flip] ^= 1;
            prop_assert!(unwrap(&kek(other), &nonce, &ct, b"vault:passphrase").is_none());
            prop_assert!(unwrap(&kek(k), &nonce, &ct, b"vault:recovery").is_none());
            let mut tampered = ct.clone();
            tampered[flip] ^= 0x80;
            prop_assert!(unwrap(&kek(k), &nonce, &tampered, b"vault:passphrase").is_none());
        }
    }
}
