//! Runs the `sh` block of the README's CLI walk-through exactly as written, so it stays true.

use std::path::Path;
use std::process::Command;

/// The first ```sh block of the walk-through.
fn walkthrough_script() -> String {
    let md_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let md = std::fs::read_to_string(&md_path).expect("README.md is readable");
    let section = md.find("## CLI walk-through").expect("README.md has a CLI walk-through section");
    let start = section + md[section..].find("```sh\n").expect("the walk-through has a ```sh block") + "```sh\n".len();
    let len = md[start..].find("\n```").expect("the ```sh block is closed");
    md[start..start + len].to_string()
}

#[test]
fn the_walkthrough_runs_as_written() {
    let script = walkthrough_script();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace root");
    let mut cmd = Command::new("bash");
    cmd.args(["-euo", "pipefail", "-c", &script]).current_dir(root).stdin(std::process::Stdio::null());
    for var in ["ATTUNE_VAULT", "ATTUNE_PASSPHRASE", "ATTUNE_NEW_PASSPHRASE", "ATTUNE_RECOVERY_KEY", "EDITOR", "VISUAL"]
    {
        cmd.env_remove(var);
    }
    let out = cmd.output().expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the walk-through failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        out.status
    );
    for expected in [
        "Here is your recovery key",
        "Added Sam",
        "Saved your check-in",
        "Saved your note",
        "Book the cabin",
        "Updated your note",
        "Deleted your note",
        "All well",
        "Saved your listening together",
        "Saved your reflection on reaching and pulling away",
        "Saved your promise",
        "Promises coming up",
        "Book a table at the little Italian place",
        "Saved your look back",
        "entries about Sam: ",
        "Brought in 9 entries and 1 person",
        "Backed up to",
        "all well",
        "Restored the backup from",
        "Would bring in 4 notes",
        "Brought in 4 entries",
        "Your passphrase is changed",
    ] {
        assert!(stdout.contains(expected), "the walk-through's output lacks {expected:?}:\n{stdout}");
    }
}
