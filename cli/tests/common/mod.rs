//! Shared helpers for the CLI tests: the real `attune` binary against a journal in a temporary folder, with the
//! passphrase in the environment (never a terminal) and nothing inherited from the developer's own environment.
#![allow(dead_code)] // each test file uses a different part of this

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The passphrase every test journal starts with.
pub const PASS: &str = "correct horse battery staple";

/// A temporary folder that a test journal lives in (at `<tmp>/journal`).
pub struct TestVault {
    pub tmp: TempDir,
    pub path: PathBuf,
}

impl TestVault {
    /// A folder with no journal in it yet.
    pub fn empty() -> TestVault {
        let tmp = tempfile::tempdir().expect("temp dir");
        let path = tmp.path().join("journal");
        TestVault { tmp, path }
    }

    /// A new journal, returning it and its recovery key.
    pub fn init() -> (TestVault, String) {
        let v = TestVault::empty();
        let out = v.ok(&["init"]);
        let key = recovery_keys_in(&out).into_iter().next().expect("init prints a recovery key");
        (v, key)
    }

    /// `attune` for this journal, unlocked by [`PASS`] from the environment.
    pub fn cmd(&self) -> Command {
        let mut cmd = bare_cmd();
        cmd.env("ATTUNE_VAULT", &self.path)
            .env("ATTUNE_PASSPHRASE", PASS)
            .env("ATTUNE_SETTINGS", self.tmp.path().join("settings.json"));
        cmd
    }

    /// Runs `attune ARGS`, asserting it succeeds, and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).assert().success().get_output().stdout.clone();
        String::from_utf8(out).expect("utf-8 stdout")
    }

    /// Runs `attune --json ARGS`, asserting it succeeds, and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().arg("--json").args(args).assert().success().get_output().stdout.clone();
        serde_json::from_slice(&out).unwrap_or_else(|e| panic!("--json {args:?} printed invalid JSON: {e}"))
    }

    /// Adds a note and returns its full id.
    pub fn note(&self, text: &str) -> String {
        id_of(&self.json(&["add", "note", text]))
    }

    /// Runs `attune ARGS`, asserting it succeeds, and returns stderr (notes for the person).
    pub fn ok_stderr(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).assert().success().get_output().stderr.clone();
        String::from_utf8(out).expect("utf-8 stderr")
    }

    /// Where this journal's backups go by default (`<tmp>/journal-backups`).
    pub fn backups(&self) -> PathBuf {
        self.tmp.path().join("journal-backups")
    }

    /// A file in the temporary folder (not in the journal).
    pub fn file(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }
}

/// `attune` with no journal, passphrase or editor from the developer's environment.
pub fn bare_cmd() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_attune"));
    // No locale either: dates print in Attune's own form unless a test sets one.
    for var in [
        "ATTUNE_VAULT",
        "ATTUNE_PASSPHRASE",
        "ATTUNE_NEW_PASSPHRASE",
        "ATTUNE_RECOVERY_KEY",
        "EDITOR",
        "VISUAL",
        "LC_ALL",
        "LC_TIME",
        "LANG",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1").timeout(std::time::Duration::from_secs(120));
    cmd
}

/// An entry's id from its JSON.
pub fn id_of(entry: &Value) -> String {
    entry["id"].as_str().expect("entry has an id").to_string()
}

/// Every recovery key (eight groups of four Crockford base32 characters) in a text.
pub fn recovery_keys_in(text: &str) -> Vec<String> {
    let is_group = |g: &str| g.len() == 4 && g.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    text.split_whitespace()
        .filter(|w| {
            let groups: Vec<&str> = w.split('-').collect();
            groups.len() == 8 && groups.iter().all(|g| is_group(g))
        })
        .map(str::to_string)
        .collect()
}

/// The ids of the entries in a `list --json` page.
pub fn page_ids(page: &Value) -> Vec<String> {
    page["entries"].as_array().expect("a page has entries").iter().map(id_of).collect()
}

/// Writes `text` to `path`.
pub fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write test file");
}
