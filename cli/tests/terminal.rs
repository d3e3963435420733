//! What changes when a person is at a terminal: long text from `$EDITOR`, and search matches highlighted. A real
//! pseudo-terminal comes from util-linux `script`; where it is missing, these tests say so and pass.
#![cfg(target_os = "linux")]

mod common;

use std::path::Path;
use std::process::Command;

use common::{TestVault, PASS};

/// Runs `attune ARGS` on a pseudo-terminal with extra environment, returning what it printed (None: no `script`).
fn on_a_terminal(v: &TestVault, args: &str, env: &[(&str, &str)]) -> Option<String> {
    if !Path::new("/usr/bin/script").exists() {
        eprintln!("skipped: util-linux `script` is not installed");
        return None;
    }
    let line = format!("'{}' {args}", env!("CARGO_BIN_EXE_attune"));
    let mut cmd = Command::new("/usr/bin/script");
    cmd.args(["-qec", &line, "/dev/null"])
        .env("SHELL", "/bin/sh")
        .env("ATTUNE_VAULT", &v.path)
        .env("ATTUNE_PASSPHRASE", PASS)
        .env_remove("NO_COLOR")
        .env_remove("VISUAL");
    for (k, val) in env {
        cmd.env(k, val);
    }
    let out = cmd.output().expect("script runs");
    assert!(out.status.success(), "{line} failed: {}", String::from_utf8_lossy(&out.stdout));
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn long_text_comes_from_the_editor_without_comment_lines_and_the_file_is_removed() {
    let (v, _) = TestVault::init();
    let editor = v.file("editor.sh");
    let seen = v.file("seen-path");
    common::write(
        &editor,
        &format!(
            "#!/bin/sh\necho \"$1\" > '{}'\nprintf 'Written in the editor\\n# a comment line\\n' >> \"$1\"\n",
            seen.display()
        ),
    );
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    // The editor's file lives only in a private folder in memory (see tests/editor.rs).
    let runtime = tempfile::Builder::new().prefix("attune-test-runtime-").tempdir_in("/dev/shm").unwrap();
    std::fs::set_permissions(runtime.path(), std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    let env = [("EDITOR", editor.to_str().unwrap()), ("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())];
    let Some(_) = on_a_terminal(&v, "add note --title Edited", &env) else {
        return;
    };
    let page = v.json(&["list"]);
    assert_eq!(page["entries"][0]["body"]["text"], "Written in the editor");
    let used = std::fs::read_to_string(&seen).unwrap();
    assert!(!Path::new(used.trim()).exists(), "the editor's file is removed");
}

#[test]
fn search_highlights_matches_only_on_a_terminal() {
    let (v, _) = TestVault::init();
    v.note("the lighthouse at dusk");
    let piped = v.ok(&["search", "lighthouse"]);
    assert!(piped.contains("lighthouse") && !piped.contains('\x1b'), "no escapes in a pipe: {piped:?}");
    let Some(shown) = on_a_terminal(&v, "search lighthouse", &[]) else {
        return;
    };
    assert!(shown.contains("\x1b[1;33mlighthouse\x1b[0m"), "highlighted on a terminal: {shown:?}");
}

#[test]
fn import_shows_a_progress_bar_only_on_a_terminal() {
    let (v, _) = TestVault::init();
    let entries: Vec<serde_json::Value> = (0..2000)
        .map(|i| {
            serde_json::json!({"date": "2021-01-01", "time": format!("{:02}:{:02}", i / 60 % 24, i % 60),
            "title": "", "body": format!("entry {i}"), "tags": [], "starred": false})
        })
        .collect();
    let file = v.file("big.json");
    common::write(&file, &serde_json::json!({"entries": entries}).to_string());
    let path = file.to_str().unwrap();
    let piped = v.cmd().args(["import", "--from", "jrnl", path]).assert().success().get_output().clone();
    assert!(!String::from_utf8_lossy(&piped.stderr).contains("Importing"), "no bar in a pipe");
    let (v2, _) = TestVault::init();
    let Some(shown) = on_a_terminal(&v2, &format!("import --yes --from jrnl '{path}'"), &[]) else {
        return;
    };
    assert!(shown.contains("Importing"), "a bar on a terminal: {shown:?}");
    assert!(shown.contains("Brought in 2000 entries"), "{shown:?}");
}
