//! Keys and secrets: the data key, the passphrase, the recovery key, and wrapping one with another.
//!
//! Every secret here is `Zeroize + ZeroizeOnDrop` and prints `[REDACTED]` in `Debug`. Nothing in this module is
//! hand-rolled: Argon2id (argon2), XChaCha20-Poly1305 (chacha20poly1305), HKDF-SHA256 (hkdf), SHA-256 (sha2),
//! base32 (data-encoding) and the OS RNG (rand_core).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::{Error, Result};

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

/// Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U.
const CROCKFORD: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Random bytes in a recovery key.
const RECOVERY_BYTES: usize = 16;
/// Checksum bytes appended before encoding (a truncated SHA-256 of the random bytes).
const CHECKSUM_BYTES: usize = 4;
/// Characters in the written form, without dashes: (16 + 4) bytes × 8 bits / 5 bits per character.
const RECOVERY_CHARS: usize = (RECOVERY_BYTES + CHECKSUM_BYTES) * 8 / 5;

fn crockford() -> Result<data_encoding::Encoding> {
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str(CROCKFORD);
    spec.encoding().map_err(|_| Error::Internal("the recovery key's alphabet"))
}

fn checksum(bytes: &[u8; RECOVERY_BYTES]) -> [u8; CHECKSUM_BYTES] {
    let digest = Sha256::digest(bytes);
    let mut out = [0u8; CHECKSUM_BYTES];
    out.copy_from_slice(&digest[..CHECKSUM_BYTES]);
    out
}

/// The recovery key: 128 random bits plus a checksum, shown once at creation as eight groups of four characters
/// (Crockford base32: no I, L, O or U, so it survives being written by hand and read back).
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct RecoveryKey(pub(crate) [u8; 16]);

impl RecoveryKey {
    /// A new random recovery key.
    pub(crate) fn generate() -> Self {
        let mut key = RecoveryKey([0; RECOVERY_BYTES]);
        OsRng.fill_bytes(&mut key.0);
        key
    }

    /// Parses what a person typed: case, spaces and dashes don't matter, and O/I/L read as 0/1/1.
    /// A typo gives [`crate::Error::MalformedRecoveryKey`] saying what is wrong.
    pub fn parse(s: &str) -> crate::Result<Self> {
        let mut chars = Zeroizing::new(String::with_capacity(s.len()));
        for c in s.chars() {
            let normal = match c.to_ascii_uppercase() {
                ' ' | '-' | '\t' | '\n' | '\r' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                u if CROCKFORD.contains(u) => u,
                _ => return Err(Error::MalformedRecoveryKey(format!("invalid character '{c}'"))),
            };
            chars.push(normal);
        }
        let found = chars.chars().count();
        if found != RECOVERY_CHARS {
            return Err(Error::MalformedRecoveryKey(format!(
                "wrong length: a recovery key has {RECOVERY_CHARS} characters, this has {found}"
            )));
        }
        let mut raw = Zeroizing::new([0u8; RECOVERY_BYTES + CHECKSUM_BYTES]);
        crockford()?
            .decode_mut(chars.as_bytes(), raw.as_mut_slice())
            .map_err(|_| Error::MalformedRecoveryKey("it can't be decoded; please check each character".into()))?;
        let mut key = RecoveryKey([0; RECOVERY_BYTES]);
        key.0.copy_from_slice(&raw[..RECOVERY_BYTES]);
        if checksum(&key.0) != raw[RECOVERY_BYTES..] {
            return Err(Error::MalformedRecoveryKey(
                "checksum doesn't match: probably a typo; please compare it character by character".into(),
            ));
        }
        Ok(key)
    }

    /// The form to show and write down: `XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`.
    pub fn display(&self) -> Zeroizing<String> {
        let mut raw = Zeroizing::new([0u8; RECOVERY_BYTES + CHECKSUM_BYTES]);
        raw[..RECOVERY_BYTES].copy_from_slice(&self.0);
        raw[RECOVERY_BYTES..].copy_from_slice(&checksum(&self.0));
        let mut plain = Zeroizing::new([0u8; RECOVERY_CHARS]);
        if let Ok(enc) = crockford() {
            enc.encode_mut(raw.as_slice(), plain.as_mut_slice());
        }
        let mut out = Zeroizing::new(String::with_capacity(RECOVERY_CHARS + RECOVERY_CHARS / 4));
        for (i, &b) in plain.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(char::from(b));
        }
        out
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

/// A key-encryption key: what wraps the data key in one slot. Zeroized on drop.
pub(crate) type Kek = Zeroizing<[u8; 32]>;

/// Argon2id cost parameters for the passphrase slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Argon2Params {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl Argon2Params {
    /// What new passphrase slots use: 64 MiB, three passes, one lane. Never lowered; raise it here when machines grow.
    pub const DEFAULT: Argon2Params = Argon2Params { m_kib: 64 * 1024, t: 3, p: 1 };
    /// The floor SECURITY.md promises: a key file below it is refused, not used.
    pub const MIN: Argon2Params = Argon2Params::DEFAULT;
    /// The ceiling: 1 GiB, 10 passes, 8 lanes, and at most 2 GiB × passes of work in all (about ten times the
    /// default), so a damaged or hostile key file can't make one unlock take minutes or exhaust memory.
    pub const MAX: Argon2Params = Argon2Params { m_kib: 1024 * 1024, t: 10, p: 8 };
    /// The most memory × passes (KiB × passes) one unlock may cost.
    pub const MAX_WORK: u64 = 2 * 1024 * 1024;

    /// Whether these parameters are within the floor and the ceiling; the error says which way they are out, in
    /// words for the person.
    pub fn check_bounds(self) -> std::result::Result<(), String> {
        let (min, max) = (Self::MIN, Self::MAX);
        let shown = format!("{} MiB, {} passes, {} lanes", self.m_kib / 1024, self.t, self.p);
        if self.m_kib < min.m_kib || self.t < min.t || self.p < min.p {
            return Err(format!(
                "its passphrase protection ({shown}) is weaker than Attune's minimum ({} MiB, {} passes), so it \
                 wasn't written by Attune and is refused; restore attune.key from a backup",
                min.m_kib / 1024,
                min.t
            ));
        }
        if self.m_kib > max.m_kib
            || self.t > max.t
            || self.p > max.p
            || u64::from(self.m_kib) * u64::from(self.t) > Self::MAX_WORK
        {
            return Err(format!(
                "its passphrase protection ({shown}) is beyond Attune's maximum ({} MiB, {} passes), so one unlock \
                 would take far too long; restore attune.key from a backup",
                max.m_kib / 1024,
                max.t
            ));
        }
        Ok(())
    }

    /// The stronger of each parameter: a rewrap never weakens what the key file already had.
    pub fn at_least_default(self) -> Argon2Params {
        Argon2Params {
            m_kib: self.m_kib.max(Self::DEFAULT.m_kib),
            t: self.t.max(Self::DEFAULT.t),
            p: self.p.max(Self::DEFAULT.p),
        }
    }
}

/// Derives the passphrase slot's key with Argon2id.
pub(crate) fn passphrase_kek(passphrase: &Passphrase, params: Argon2Params, salt: &[u8]) -> Result<Kek> {
    let corrupt = |e: argon2::Error| Error::Corrupt { what: "key file", detail: format!("Argon2 parameters: {e}") };
    let params = argon2::Params::new(params.m_kib, params.t, params.p, Some(32)).map_err(corrupt)?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut kek = Zeroizing::new([0u8; 32]);
    argon.hash_password_into(passphrase.expose().as_bytes(), salt, kek.as_mut_slice()).map_err(corrupt)?;
    Ok(kek)
}

/// Derives the recovery slot's key with HKDF-SHA256: the recovery key is full-entropy, so no slow KDF is needed.
pub(crate) fn recovery_kek(key: &RecoveryKey, salt: &[u8]) -> Result<Kek> {
    let hk = hkdf::Hkdf::<Sha256>::new(Some(salt), &key.0);
    let mut kek = Zeroizing::new([0u8; 32]);
    hk.expand(b"attune recovery slot v1", kek.as_mut_slice())
        .map_err(|_| Error::Internal("deriving the recovery slot's key"))?;
    Ok(kek)
}

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

    #[test]
    fn display_is_eight_groups_of_four() {
        let shown = RecoveryKey::generate().display();
        let groups: Vec<&str> = shown.split('-').collect();
        assert_eq!(groups.len(), 8);
        assert!(groups.iter().all(|g| g.len() == 4 && g.chars().all(|c| CROCKFORD.contains(c))));
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

        #[test]
        fn recovery_key_display_parse_round_trip(bytes in any::<[u8; 16]>(), lower in any::<bool>()) {
            let key = RecoveryKey(bytes);
            let shown = key.display();
            let typed = if lower { shown.to_lowercase().replace('-', " ") } else { shown.to_string() };
            prop_assert_eq!(RecoveryKey::parse(&typed).unwrap().0, bytes);
        }

        #[test]
        fn single_character_typo_is_caught(bytes in any::<[u8; 16]>(), pos in 0usize..RECOVERY_CHARS, sym in 0usize..32) {
            let shown: Vec<u8> = RecoveryKey(bytes).display().bytes().filter(|&b| b != b'-').collect();
            let replacement = CROCKFORD.as_bytes()[sym];
            prop_assume!(shown[pos] != replacement);
            let mut typo = shown.clone();
            typo[pos] = replacement;
            let typed = String::from_utf8(typo).unwrap();
            match RecoveryKey::parse(&typed) {
                Err(Error::MalformedRecoveryKey(_)) => {}
                // 32 characters carry exactly 160 bits, so any change alters the bytes or the checksum.
                Ok(k) => prop_assert!(false, "typo accepted: {:?}", k.0),
                Err(e) => prop_assert!(false, "unexpected error {e}"),
            }
        }
    }

    #[test]
    fn parse_reports_what_is_wrong() {
        let shown = RecoveryKey([1; 16]).display().to_string();
        let msg = |s: &str| match RecoveryKey::parse(s) {
            Err(Error::MalformedRecoveryKey(m)) => m,
            other => panic!("expected MalformedRecoveryKey, got {other:?}"),
        };
        assert!(msg(&shown[..shown.len() - 2]).contains("wrong length"));
        assert!(msg(&format!("U{}", &shown[1..])).contains("invalid character 'U'"));
        let mut swapped: Vec<char> = shown.chars().collect();
        swapped[0] = if swapped[0] == '2' { '3' } else { '2' };
        assert!(msg(&swapped.into_iter().collect::<String>()).contains("checksum"));
        // O, I and L read as 0, 1, 1.
        let confusable = shown.replace('0', "o").replace('1', "l");
        assert_eq!(RecoveryKey::parse(&confusable).unwrap().0, [1; 16]);
    }
}
