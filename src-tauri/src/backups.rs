//! The daily backup while the journal is open: a background thread that looks every little while whether one is due
//! (the journal decides: at most one a day), and makes it on a second connection to the journal, so the session stays
//! free for the person meanwhile. A failure is told to the UI once, with the `backup-failed` event, and
//! tried again an hour later or after the next unlock, never in a tight loop against a full disk.
//!
//! The thread runs at the lowest CPU priority: a backup of a large journal reads and re-encrypts all of it (about a
//! core for tens of seconds at 100k entries), which on a busy small machine would otherwise be taken from the
//! person's searches and screens. It still shares the disk and the memory bus, so it also steps aside: while the
//! person has used the journal in the last [`crate::session::STEP_ASIDE`], the copy waits
//! ([`attune_journal::backup::Pace`]; docs/performance.md, 2026-12-03).

use std::time::{Duration, Instant};

use attune_journal::backup::{BackupReason, Pace};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::session::AppState;

/// How often the thread looks.
const TICK: Duration = Duration::from_secs(20);
/// How long after a failure before trying again (unless the journal is unlocked again sooner).
const RETRY: Duration = Duration::from_secs(3600);

/// Starts the backup thread for the app's lifetime.
pub fn spawn<R: Runtime>(app: AppHandle<R>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("attune-backups".into())
        .spawn(move || {
            lower_priority();
            let mut last_failure: Option<(Instant, u64)> = None;
            loop {
                std::thread::sleep(TICK);
                tick(&app, &mut last_failure);
            }
        })
        .map(drop)
}

/// Gives this thread the lowest CPU priority (nice 19), so it runs on what the rest of the app leaves. On Linux the
/// nice value belongs to the thread (`setpriority(2)`, "Bugs"), so only this thread is lowered; elsewhere it would
/// lower the whole app, so it is left as it is. Without permission to change it, the backup runs as it did.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    let _ = rustix::process::setpriority_process(None, 19);
}

/// One look (public for the tests, which call it instead of waiting for the thread). `last_failure` is when the last
/// attempt failed and in which unlock; the thread keeps it between looks.
pub fn tick<R: Runtime>(app: &AppHandle<R>, last_failure: &mut Option<(Instant, u64)>) {
    let state = app.state::<AppState>();
    let unlocks = state.unlock_count();
    if let Some((at, during)) = *last_failure {
        if during == unlocks && at.elapsed() < RETRY {
            return;
        }
    }
    let now = chrono::Utc::now();
    // Under the session's lock only for the quick look and to open a second connection; the backup itself runs on
    // that connection, so the person can go on using the journal (and lock it) meanwhile.
    let worker = state.peek_journal(|journal| match journal.backup_due(now) {
        Ok(true) => journal.another().map(Some),
        Ok(false) => Ok(None),
        Err(e) => Err(e),
    });
    let made = match worker {
        Some(Ok(Some(mut worker))) => {
            let busy = app.clone();
            let pace = Pace::new(move || busy.state::<AppState>().busy(Instant::now()));
            let made = worker.back_up_paced(BackupReason::Daily, now, &pace).map(drop);
            // The second connection's page cache and the copy's working memory (tens of MiB at 100k entries) are
            // freed as it closes; hand them to the system now, not at the next idle release or lock.
            drop(worker);
            crate::memory::give_back();
            Some(made)
        }
        Some(Ok(None)) => Some(Ok(())),
        Some(Err(e)) => Some(Err(e)),
        None => None,
    };
    match made {
        Some(Err(e)) => {
            // Told once per failure streak; the message says what, never anything from the journal.
            if last_failure.is_none() {
                let message = format!(
                    "Attune couldn't make today's backup ({e}). Your journal itself is fine; it will try again later."
                );
                let _ = app.emit(crate::BACKUP_FAILED_EVENT, message);
            }
            *last_failure = Some((Instant::now(), unlocks));
        }
        Some(Ok(_)) => *last_failure = None,
        None => {}
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use rustix::process::getpriority_process;

    #[test]
    fn the_backup_thread_alone_runs_at_the_lowest_priority() {
        let before = getpriority_process(None).unwrap();
        let lowered = std::thread::spawn(|| {
            super::lower_priority();
            getpriority_process(None).unwrap()
        })
        .join()
        .unwrap();
        assert_eq!(lowered, 19, "the backup thread is lowered");
        assert_eq!(getpriority_process(None).unwrap(), before, "the rest of the app is not");
    }
}
