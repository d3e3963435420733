//! Each slot's key-encryption key: Argon2id over the passphrase (with the bounds a key file's parameters must keep),
//! HKDF-SHA256 over the full-entropy recovery key.

use sha2::Sha256;
use zeroize::Zeroizing;

use super::{Kek, Passphrase, RecoveryKey};
use crate::{Error, Result};

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
