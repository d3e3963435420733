//! The editor's file never outlives the session (issue 7): it is made only in a private, memory-backed folder, removed
//! when the editor closes and on SIGINT, SIGHUP and SIGTERM, and a session killed outright is cleaned up by the next
//! `attune`. Through the real binary on a pseudo-terminal (util-linux `script`), with a fake `$EDITOR`.
#![cfg(target_os = "linux")]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestVault, PASS};

/// A private folder in memory to act as `$XDG_RUNTIME_DIR` (None: no /dev/shm here).
fn runtime_dir() -> Option<tempfile::TempDir> {
    if !Path::new("/dev/shm").is_dir() || !Path::new("/usr/bin/script").exists() {
        eprintln!("skipped: needs /dev/shm and util-linux `script`");
        return None;
    }
    let dir = tempfile::Builder::new().prefix("attune-test-runtime-").tempdir_in("/dev/shm").unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    Some(dir)
}

/// `attune ARGS` on a pseudo-terminal, not waited for.
fn spawn(v: &TestVault, args: &str, env: &[(&str, &Path)]) -> Child {
    let line = format!("exec '{}' {args}", env!("CARGO_BIN_EXE_attune"));
    let mut cmd = Command::new("/usr/bin/script");
    cmd.args(["-qec", &line, "/dev/null"])
        .env("SHELL", "/bin/sh")
        .env("ATTUNE_VAULT", &v.path)
        .env("ATTUNE_PASSPHRASE", PASS)
        .env("NO_COLOR", "1")
        .env_remove("VISUAL")
        .env_remove("XDG_RUNTIME_DIR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, val) in env {
        cmd.env(k, val);
    }
    cmd.spawn().expect("script runs")
}

/// A fake editor that records its parent (attune), its own pid and its file, writes `text` into the file, then either
/// exits or becomes `sleep 60` (same pid) so a signal can arrive while it "edits".
fn fake_editor(v: &TestVault, text: &str, linger: bool) -> (PathBuf, PathBuf) {
    let editor = v.file("editor.sh");
    let seen = v.file("seen");
    let tail = if linger { "exec sleep 60" } else { "exit 0" };
    common::write(
        &editor,
        &format!("#!/bin/sh\nprintf '%s\\n' \"{text}\" > \"$1\"\necho \"$PPID $$ $1\" > '{}.tmp'\nmv '{0}.tmp' '{0}'\n{tail}\n", seen.display()),
    );
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    (editor, seen)
}

fn wait_for(path: &Path) -> String {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if let Ok(s) = std::fs::read_to_string(path) {
            return s;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{} never appeared", path.display());
}

fn finish(child: Child) -> std::process::Output {
    child.wait_with_output().expect("script finishes")
}

fn entries(v: &TestVault) -> usize {
    v.json(&["list"])["entries"].as_array().unwrap().len()
}

/// Nothing of Attune's is left in the runtime folder but its (empty) own folder.
fn assert_clean(runtime: &Path) {
    let left: Vec<_> =
        std::fs::read_dir(runtime.join("attune")).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn the_editor_file_lives_in_the_private_runtime_folder_and_is_removed_after() {
    let Some(runtime) = runtime_dir() else { return };
    let (v, _) = TestVault::init();
    let (editor, seen) = fake_editor(&v, "Written in the editor", false);
    let out = finish(spawn(&v, "add note --title Edited", &[("EDITOR", &editor), ("XDG_RUNTIME_DIR", runtime.path())]));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let used = wait_for(&seen);
    let file = PathBuf::from(used.split_whitespace().nth(2).unwrap());
    assert!(file.starts_with(runtime.path().join("attune")), "{} is in the private folder", file.display());
    assert!(!file.exists());
    assert_clean(runtime.path());
    assert_eq!(v.json(&["list"])["entries"][0]["body"]["text"], "Written in the editor");
}

/// Regression (issue 7): the buffer stayed in /tmp when `attune add` was interrupted (SIGINT, SIGHUP, SIGTERM).
#[rstest::rstest]
#[case::sigint("INT")]
#[case::sighup("HUP")]
#[case::sigterm("TERM")]
fn the_editor_file_is_removed_on_every_catchable_signal(#[case] signal: &str) {
    let Some(runtime) = runtime_dir() else { return };
    let (v, _) = TestVault::init();
    let (editor, seen) = fake_editor(&v, "half a thought", true);
    let child = spawn(&v, "add note", &[("EDITOR", &editor), ("XDG_RUNTIME_DIR", runtime.path())]);
    let used = wait_for(&seen);
    let mut parts = used.split_whitespace();
    let (attune, editor_pid, file) =
        (parts.next().unwrap(), parts.next().unwrap(), PathBuf::from(parts.next().unwrap()));
    assert!(file.exists(), "the editor has its file while it runs");
    // Ctrl-C reaches the whole foreground job (attune and its editor); HUP and TERM are sent to attune alone.
    let targets: Vec<&str> = if signal == "INT" { vec![attune, editor_pid] } else { vec![attune] };
    let status = Command::new("kill").arg(format!("-{signal}")).args(&targets).status().unwrap();
    assert!(status.success());
    let out = finish(child);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(!file.exists(), "SIG{signal}: the editor's file is gone ({shown})");
    assert_clean(runtime.path());
    assert_eq!(entries(&v), 0, "SIG{signal}: nothing was saved");
    assert!(!shown.contains("Saved"), "{shown}");
}

#[test]
fn without_a_private_memory_folder_the_editor_is_not_opened() {
    let Some(_runtime) = runtime_dir() else { return };
    let (v, _) = TestVault::init();
    let (editor, seen) = fake_editor(&v, "should never be written", false);
    // No XDG_RUNTIME_DIR at all, then one on disk (the test's temp folder is not tmpfs on most systems).
    let on_disk = tempfile::tempdir().unwrap();
    std::fs::set_permissions(on_disk.path(), std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    for env in
        [vec![("EDITOR", editor.as_path())], vec![("EDITOR", editor.as_path()), ("XDG_RUNTIME_DIR", on_disk.path())]]
    {
        let out = finish(spawn(&v, "add note", &env));
        let shown = String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "{shown}");
        assert!(shown.contains("--text") && shown.contains("standard input"), "says what to do instead: {shown}");
        assert!(!seen.exists(), "the editor never ran");
    }
    assert_eq!(entries(&v), 0);
}

#[test]
fn a_session_killed_outright_is_cleaned_up_by_the_next_attune() {
    let Some(runtime) = runtime_dir() else { return };
    let (v, _) = TestVault::init();
    let (editor, seen) = fake_editor(&v, "left behind by a crash", true);
    let child = spawn(&v, "add note", &[("EDITOR", &editor), ("XDG_RUNTIME_DIR", runtime.path())]);
    let used = wait_for(&seen);
    let mut parts = used.split_whitespace();
    let (attune, editor_pid, file) =
        (parts.next().unwrap(), parts.next().unwrap(), PathBuf::from(parts.next().unwrap()));
    Command::new("kill").args(["-KILL", attune, editor_pid]).status().unwrap();
    finish(child);
    assert!(file.exists(), "SIGKILL can't be caught: the file is still there");
    let mut next = common::bare_cmd();
    next.env("ATTUNE_VAULT", &v.path).env("XDG_RUNTIME_DIR", runtime.path()).arg("--help").assert().success();
    assert!(!file.exists(), "the next attune removed it");
    assert_clean(runtime.path());
}

#[test]
fn edit_with_no_fields_opens_the_editor_on_the_main_text() {
    let Some(runtime) = runtime_dir() else { return };
    let (v, _) = TestVault::init();
    let id = v.note("first words");
    let editor = v.file("append.sh");
    let before = v.file("before");
    common::write(
        &editor,
        &format!("#!/bin/sh\ncp \"$1\" '{}'\nprintf 'second words\\n' > \"$1\"\n", before.display()),
    );
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    let out = finish(spawn(&v, &format!("edit {id}"), &[("EDITOR", &editor), ("XDG_RUNTIME_DIR", runtime.path())]));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(std::fs::read_to_string(&before).unwrap().starts_with("first words\n"), "the editor opened on the text");
    assert_eq!(v.json(&["show", &id])["body"]["text"], "second words");
    assert_clean(runtime.path());
}
