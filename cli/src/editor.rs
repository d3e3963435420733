//! Running `$EDITOR` on a file that holds journal text, without leaving that text behind.
//!
//! The file lives only in a private, memory-backed folder: `$XDG_RUNTIME_DIR/attune/edit-XXXXXX/` (the runtime
//! folder must be the person's own, mode 0700, on tmpfs or ramfs). Without one the editor isn't opened at all and the
//! person is told to give the text with a flag or on standard input. Each session's folder holds the file, any swap
//! or backup files the editor makes next to it, and a lock file held for as long as the session runs.
//!
//! The folder is removed when the editor closes, and on SIGHUP or SIGTERM (the editor is stopped first, so it can't
//! write after the removal). Ctrl-C (SIGINT) belongs to the editor while it runs, as in git: Attune waits for the
//! editor to close and then removes the folder. A session killed outright (SIGKILL, a crash, a power cut before the
//! memory is cleared) leaves its folder; the next `attune` removes every session folder whose lock is free.
//! Removing a file doesn't scrub the memory it used; on tmpfs that memory is never written to disk, but it may reach
//! swap like any other memory.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::error::CliError;

/// The signals that end a session early. SIGINT is caught too, but only so it doesn't kill Attune under the editor.
const ENDING: [i32; 2] = [signal_hook::consts::SIGHUP, signal_hook::consts::SIGTERM];

/// Why there is no private place for the editor's file.
fn no_private_place(why: &str) -> CliError {
    CliError::Usage(format!(
        "there's no private, memory-backed folder for the editor's file ({why}), so the editor wasn't opened; give \
         the text with a flag such as --text, or on standard input (e.g. attune add note - < file)"
    ))
}

/// Attune's folder inside `$XDG_RUNTIME_DIR`, checked to be private and memory-backed, created if missing.
fn private_root() -> Result<PathBuf, CliError> {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .ok_or_else(|| no_private_place("XDG_RUNTIME_DIR is not set"))?;
    if !runtime.is_absolute() || !runtime.is_dir() {
        return Err(no_private_place("XDG_RUNTIME_DIR is not a folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, MetadataExt};
        let meta = fs::metadata(&runtime).map_err(|_| no_private_place("XDG_RUNTIME_DIR can't be read"))?;
        if meta.mode() & 0o077 != 0 {
            return Err(no_private_place("XDG_RUNTIME_DIR can be read by others"));
        }
        if !memory_backed(&runtime) {
            return Err(no_private_place("XDG_RUNTIME_DIR is on a disk, not in memory"));
        }
        let root = runtime.join("attune");
        let _ = fs::DirBuilder::new().mode(0o700).create(&root);
        let own = fs::metadata(&root).map_err(|_| no_private_place("its attune folder can't be made"))?;
        if !own.is_dir() || own.uid() != meta.uid() || own.mode() & 0o077 != 0 {
            return Err(no_private_place("its attune folder isn't private"));
        }
        Ok(root)
    }
    #[cfg(not(unix))]
    Err(no_private_place("this system has no XDG_RUNTIME_DIR"))
}

/// Whether `dir` is on tmpfs or ramfs, from the mount table (Linux); elsewhere a private runtime folder is trusted.
fn memory_backed(dir: &Path) -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let (Ok(dir), Ok(table)) = (dir.canonicalize(), fs::read_to_string("/proc/self/mountinfo")) else {
        return false;
    };
    // Each line: id parent major:minor root MOUNT-POINT options... - FSTYPE source options
    let unescape = |s: &str| s.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\");
    let best = table
        .lines()
        .filter_map(|line| {
            let mount = PathBuf::from(unescape(line.split(' ').nth(4)?));
            let fstype = line.split(" - ").nth(1)?.split(' ').next()?.to_string();
            dir.starts_with(&mount).then_some((mount.components().count(), fstype))
        })
        .max_by_key(|(depth, _)| *depth);
    matches!(best, Some((_, fs)) if fs == "tmpfs" || fs == "ramfs")
}

/// Removes the session folders of editor runs that ended without cleaning up (their lock is free). Best effort,
/// and quick: it only looks when Attune's runtime folder exists.
pub fn remove_stale() {
    let Some(root) = std::env::var_os("XDG_RUNTIME_DIR").map(|d| PathBuf::from(d).join("attune")) else { return };
    let Ok(entries) = fs::read_dir(root) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if !entry.file_name().to_string_lossy().starts_with("edit-") {
            continue;
        }
        let free = match File::open(path.join(".lock")) {
            Ok(lock) => lock.try_lock().is_ok(),
            // A folder without its lock is from a run that died before taking it; give a starting run a moment.
            Err(_) => {
                entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok())
                    >= Some(Duration::from_secs(60))
            }
        };
        if free {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

/// One editing session's private folder, removed when dropped.
struct Session {
    dir: PathBuf,
    _lock: File,
}

impl Session {
    fn start() -> Result<Session, CliError> {
        let root = private_root()?;
        let dir = tempfile::Builder::new()
            .prefix("edit-")
            .rand_bytes(8)
            .tempdir_in(&root)
            .map_err(|source| CliError::Terminal { what: "could not make a file for the editor".into(), source })?
            .keep();
        let lock = File::create(dir.join(".lock"))
            .and_then(|f| f.try_lock().map_err(std::io::Error::other).map(|()| f))
            .map_err(|source| {
                let _ = fs::remove_dir_all(&dir);
                CliError::Terminal { what: "could not make a file for the editor".into(), source }
            })?;
        Ok(Session { dir, _lock: lock })
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Opens `$VISUAL`, `$EDITOR` or `vi` on a file holding `initial`, and returns what it holds when the editor
/// closes successfully. The file and its folder are gone when this returns, whatever happened.
pub fn edit(initial: &str) -> Result<zeroize::Zeroizing<String>, CliError> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|v| v.to_string_lossy().into_owned())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi").to_string();
    let terminal = |what: &str| {
        let what = what.to_string();
        move |source| CliError::Terminal { what, source }
    };

    // Signals are watched before the file exists, so there is no moment when one would leave it behind.
    let ended = Arc::new(AtomicUsize::new(0));
    let interrupted = Arc::new(AtomicBool::new(false));
    let outside = Arc::new(AtomicBool::new(false));
    for signal in ENDING {
        let _ = signal_hook::flag::register_usize(signal, Arc::clone(&ended), signal as usize);
    }
    // Ctrl-C is the editor's while it runs; caught here only so it doesn't end Attune under it.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&interrupted));
    for signal in ENDING.into_iter().chain([signal_hook::consts::SIGINT]) {
        // Once the session is over, these signals do what they always do.
        let _ = signal_hook::flag::register_conditional_default(signal, Arc::clone(&outside));
    }
    let result = (|| -> Result<zeroize::Zeroizing<String>, Stop> {
        let session = Session::start()?;
        let path = session.dir.join("entry.md");
        fs::write(&path, initial).map_err(terminal("could not make a file for the editor"))?;
        let mut child = std::process::Command::new(&program)
            .args(words)
            .arg(&path)
            .spawn()
            .map_err(terminal(&format!("could not start the editor '{program}' (set $EDITOR)")))?;
        let status = loop {
            let signal = ended.load(Ordering::SeqCst);
            if signal != 0 {
                // Stop the editor so it writes nothing more, then remove its folder before going.
                let _ = child.kill();
                let _ = child.wait();
                drop(session);
                return Err(Stop::Ended(signal as i32));
            }
            match child.try_wait().map_err(terminal("could not wait for the editor"))? {
                Some(status) => break status,
                None => std::thread::sleep(Duration::from_millis(50)),
            }
        };
        let text = fs::read_to_string(&path).map(zeroize::Zeroizing::new);
        drop(session);
        if !status.success() {
            let what = if interrupted.load(Ordering::SeqCst) { "was interrupted" } else { "stopped with an error" };
            return Err(CliError::Usage(format!("the editor '{program}' {what}; nothing was saved")).into());
        }
        Ok(text.map_err(terminal("could not read what the editor wrote"))?)
    })();
    outside.store(true, Ordering::SeqCst);
    match result {
        Ok(text) => Ok(text),
        Err(Stop::Ended(signal)) => {
            // The file is gone; now end the way this signal always ends a process.
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            Err(CliError::Usage("stopped by a signal; nothing was saved".into()))
        }
        Err(Stop::Failed(e)) => Err(e),
    }
}

/// How a session stops early: ended by SIGHUP or SIGTERM, or failed.
enum Stop {
    Ended(i32),
    Failed(CliError),
}

impl From<CliError> for Stop {
    fn from(e: CliError) -> Self {
        Stop::Failed(e)
    }
}
