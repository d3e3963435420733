//! Fault injection: a byte flipped in every region of the key file and of the database, and both files truncated at
//! many lengths. Every case must end in a typed error (the journal is refused), or an open that reports the damage
//! (a warning, or `verify` finding problems), or an open that is healthy *because nothing that matters changed* (same
//! key file content, same entries, `verify` all well). Never a silent change, never a wrong-passphrase error for the
//! right passphrase, and a refused attempt never changes a file.
//!
//! Argon2id runs at its real cost here, so the cases are spread over several tests that run in parallel.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use attune_journal::{Error, ErrorKind, NewEntry, Passphrase, RecoveryKey, Secret, Vault};
use rstest::rstest;
use sha2::{Digest, Sha256};

const PASS: &str = "fault injection passphrase";

/// Every file in the folder with the SHA-256 of its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().to_string_lossy().into_owned(), hex::encode(Sha256::digest(fs::read(e.path()).unwrap())))
        })
        .collect()
}

/// A locked vault with a few entries, all checkpointed into `journal.db`; its recovery key and its JSON export.
struct Original {
    _tmp: tempfile::TempDir,
    dir: std::path::PathBuf,
    recovery: RecoveryKey,
    export: String,
}

fn original() -> Original {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let (journal, recovery) = Vault::create(&dir, &Passphrase::new(PASS)).unwrap();
    let now = chrono::Local::now().fixed_offset();
    for i in 0..40 {
        let body = attune_journal::EntryBody::Note(attune_journal::model::Note {
            title: format!("Day {i}"),
            text: format!("A walk by the river, number {i}. ").repeat(20),
        });
        journal.add_entry(NewEntry { people: vec![], tags: vec![format!("t{}", i % 3)], body, at: None }, now).unwrap();
    }
    journal.checkpoint().unwrap();
    let export = journal.export_json().unwrap();
    journal.lock();
    Original { _tmp: tmp, dir, recovery, export }
}

/// A copy of the original vault's files in a new folder.
fn copy_of(o: &Original) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    fs::create_dir(&dir).unwrap();
    for e in fs::read_dir(&o.dir).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dir.join(e.file_name())).unwrap();
    }
    (tmp, dir)
}

#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// A typed error; the files are as they were.
    Refused(ErrorKind),
    /// Opened, and the damage was reported (a warning or a `verify` problem).
    Reported,
    /// Opened with no warning and `verify` all well: the entries must be exactly the original ones.
    Healthy,
}

/// Tries `secret` on the (damaged) vault in `dir` and checks the outcome is allowed.
fn attempt(dir: &Path, secret: &Secret, o: &Original, case: &str) -> Outcome {
    let before = snapshot(dir);
    let outcome = match Vault::open(dir).and_then(|v| v.unlock(secret)) {
        Err(e) => {
            assert!(
                matches!(e.kind(), ErrorKind::Corrupt | ErrorKind::NewerVersion),
                "{case}: the right secret must give a damage error, got {:?}: {e}",
                e.kind()
            );
            assert_eq!(snapshot(dir), before, "{case}: a refused unlock changed the files");
            Outcome::Refused(e.kind())
        }
        Ok(journal) => {
            let damage = journal.warnings().iter().any(|w| w.is_damage());
            let verified = journal.verify();
            let outcome = match verified {
                Err(e) => {
                    assert!(matches!(e.kind(), ErrorKind::Corrupt), "{case}: verify failed untyped: {e}");
                    Outcome::Reported
                }
                Ok(report) if damage || !report.ok() => Outcome::Reported,
                Ok(_) => {
                    let export = journal.export_json();
                    assert_eq!(export.ok().as_deref(), Some(o.export.as_str()), "{case}: opened healthy but changed");
                    Outcome::Healthy
                }
            };
            journal.lock();
            outcome
        }
    };
    outcome
}

/// The key file as JSON with every string lower-cased: equal for two files that say the same thing.
fn meaning(bytes: &[u8]) -> Option<serde_json::Value> {
    fn lower(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) => *s = s.to_lowercase(),
            serde_json::Value::Array(a) => a.iter_mut().for_each(lower),
            serde_json::Value::Object(o) => o.values_mut().for_each(lower),
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    lower(&mut v);
    Some(v)
}

/// Where each region of the key file's text is: `(name, first byte, last byte)`.
fn key_file_regions(text: &str) -> Vec<(String, usize, usize)> {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let mut out = Vec::new();
    let mut find = |name: &str, needle: String| {
        let at = text.find(&needle).unwrap_or_else(|| panic!("{needle} not in key file"));
        out.push((name.to_string(), at, at + needle.len() - 1));
    };
    find("format", "\"format\": 2".into());
    find("vault id", v["vaultId"].as_str().unwrap().to_string());
    for slot in ["passphrase", "recovery"] {
        let s = &v["slots"][slot];
        find(&format!("{slot} kdf name"), format!("\"{}\"", s["kdf"]["name"].as_str().unwrap()));
        for field in ["nonce", "ciphertext", "check"] {
            find(&format!("{slot} {field}"), s[field].as_str().unwrap().to_string());
        }
        find(&format!("{slot} salt"), s["kdf"]["salt"].as_str().unwrap().to_string());
    }
    for param in ["mKib", "t", "p"] {
        find(&format!("passphrase {param}"), format!("\"{param}\": {}", v["slots"]["passphrase"]["kdf"][param]));
    }
    find("mac", v["mac"].as_str().unwrap().to_string());
    find("slots key", "\"slots\"".into());
    find("first line", "{\n".into());
    out
}

fn passphrase() -> Secret {
    Secret::Passphrase(Passphrase::new(PASS))
}

/// Flips bits at the first and last byte of every region of the key file whose name starts with `group`.
#[rstest]
#[case::header("format")]
#[case::vault_id("vault id")]
#[case::passphrase_slot("passphrase")]
#[case::recovery_slot("recovery")]
#[case::seal("mac")]
#[case::structure("slots key")]
#[case::first_line("first line")]
fn every_region_of_the_key_file_flipped(#[case] group: &str) {
    let o = original();
    let text = fs::read_to_string(o.dir.join("attune.key")).unwrap();
    let healthy_meaning = meaning(text.as_bytes());
    for (name, first, last) in key_file_regions(&text).into_iter().filter(|(n, ..)| n.starts_with(group)) {
        for at in [first, last] {
            for bit in [0x01u8, 0x20] {
                let case = format!("key file {name} byte {at} ^ {bit:#04x}");
                let (_tmp, dir) = copy_of(&o);
                let mut bytes = text.clone().into_bytes();
                bytes[at] ^= bit;
                fs::write(dir.join("attune.key"), &bytes).unwrap();
                let unchanged = meaning(&bytes).is_some() && meaning(&bytes) == healthy_meaning;
                for secret in [passphrase(), Secret::RecoveryKey(o.recovery.clone())] {
                    let outcome = attempt(&dir, &secret, &o, &case);
                    if outcome == Outcome::Healthy {
                        assert!(unchanged, "{case}: a changed key file opened as if healthy");
                    }
                    if unchanged {
                        assert_eq!(outcome, Outcome::Healthy, "{case}: the same key file must open as before");
                    }
                }
            }
        }
    }
}

#[test]
fn the_key_file_truncated() {
    let o = original();
    let bytes = fs::read(o.dir.join("attune.key")).unwrap();
    for len in [0, 1, bytes.len() / 4, bytes.len() / 2, bytes.len() - 2, bytes.len() - 1] {
        let case = format!("key file cut to {len} bytes");
        let (_tmp, dir) = copy_of(&o);
        fs::write(dir.join("attune.key"), &bytes[..len]).unwrap();
        let outcome = attempt(&dir, &Secret::RecoveryKey(o.recovery.clone()), &o, &case);
        // Only the final newline can go without changing what the file says.
        let expected_healthy = len == bytes.len() - 1;
        assert_eq!(outcome == Outcome::Healthy, expected_healthy, "{case}: {outcome:?}");
    }
}

/// Offsets into the database worth flipping: SQLCipher's salt, each part of a page (data, IV, HMAC) on the first,
/// second, a middle and the last page.
fn database_offsets(len: usize) -> Vec<(String, usize)> {
    const PAGE: usize = 4096;
    let pages = len / PAGE;
    let mut out = vec![("salt".to_string(), 0), ("salt end".to_string(), 15)];
    for (name, page) in [("first", 0), ("second", 1), ("middle", pages / 2), ("last", pages - 1)] {
        let base = page * PAGE;
        for (part, off) in [
            ("data", 16),
            ("data", 2048),
            ("data end", PAGE - 81),
            ("iv", PAGE - 80),
            ("hmac", PAGE - 64),
            ("hmac end", PAGE - 1),
        ] {
            out.push((format!("{name} page {part}"), base + off));
        }
    }
    out
}

#[rstest]
#[case::first_half(0)]
#[case::second_half(1)]
fn every_region_of_the_database_flipped(#[case] half: usize) {
    let o = original();
    let bytes = fs::read(o.dir.join("journal.db")).unwrap();
    let offsets = database_offsets(bytes.len());
    let mid = offsets.len() / 2;
    let mine = if half == 0 { &offsets[..mid] } else { &offsets[mid..] };
    for (name, at) in mine {
        let case = format!("database {name} (byte {at})");
        let (_tmp, dir) = copy_of(&o);
        let mut damaged = bytes.clone();
        damaged[*at] ^= 0x01;
        fs::write(dir.join("journal.db"), &damaged).unwrap();
        let outcome = attempt(&dir, &passphrase(), &o, &case);
        assert_ne!(outcome, Outcome::Healthy, "{case}: a changed page went unnoticed");
    }
}

#[test]
fn the_database_truncated() {
    let o = original();
    let bytes = fs::read(o.dir.join("journal.db")).unwrap();
    let len = bytes.len();
    for cut in [0, 1, 100, 4095, 4096, 8191, len / 2, len - 4096, len - 1] {
        let case = format!("database cut to {cut} of {len} bytes");
        let (_tmp, dir) = copy_of(&o);
        fs::write(dir.join("journal.db"), &bytes[..cut]).unwrap();
        let outcome = attempt(&dir, &Secret::RecoveryKey(o.recovery.clone()), &o, &case);
        assert_ne!(outcome, Outcome::Healthy, "{case}: a truncated database went unnoticed");
    }
}

/// The flip and truncation cases never give an error for the right secret that names the secret: spot-check that
/// the attempt helper would have caught one.
#[test]
fn a_wrong_passphrase_is_still_a_wrong_passphrase() {
    let o = original();
    let err = Vault::open(&o.dir).unwrap().unlock(&Secret::Passphrase(Passphrase::new("not it"))).unwrap_err();
    assert!(matches!(err, Error::WrongPassphrase), "{err}");
}
