//! Stopping a running search from another thread, without ever stopping anything else the connection runs.
//!
//! SQLite's `sqlite3_interrupt` (rusqlite's [`InterruptHandle`]) stops whatever the connection is running, a save
//! included. So a [`SearchCancel`] holds the connection's handle only while a search with it is running: the search
//! puts it there when it starts and takes it back before it returns, both under the same lock that
//! [`SearchCancel::cancel`] interrupts under. A [`Journal`](crate::Journal) is used by one thread at a time, so
//! while the handle is there the connection runs nothing but that search; a cancel that comes before or after finds no
//! handle and only marks the token, which later searches with it see at once. Between statements the search also
//! checks the mark, since an interrupt with no statement running is a no-op in SQLite.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use rusqlite::{Connection, InterruptHandle};

use crate::{Error, Result};

/// A token that stops the search it is given to ([`Journal::search_cancellable`](crate::Journal::search_cancellable))
/// from another thread: that search returns [`Error::Cancelled`] soon after [`SearchCancel::cancel`], and a search
/// started with an already cancelled token returns it at once. Clones share the token.
#[derive(Clone, Default)]
pub struct SearchCancel(Arc<Inner>);

#[derive(Default)]
struct Inner {
    cancelled: AtomicBool,
    /// The connection's interrupt handle while a search with this token runs on it; None otherwise.
    running: Mutex<Option<InterruptHandle>>,
}

impl std::fmt::Debug for SearchCancel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchCancel").field("cancelled", &self.is_cancelled()).finish()
    }
}

fn lock(m: &Mutex<Option<InterruptHandle>>) -> MutexGuard<'_, Option<InterruptHandle>> {
    // The slot holds no invariant a panic could break.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl SearchCancel {
    /// A token not yet cancelled.
    pub fn new() -> Self {
        Self::default()
    }

    /// Stops the search running with this token, if one is, and every later search given it. Only ever stops a
    /// search: never a save or any other work on the same connection.
    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::SeqCst);
        if let Some(handle) = lock(&self.0.running).as_ref() {
            handle.interrupt();
        }
    }

    /// Whether [`SearchCancel::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }

    /// [`Error::Cancelled`] once cancelled: checked between a search's statements.
    pub(crate) fn check(&self) -> Result<()> {
        if self.is_cancelled() {
            Err(Error::Cancelled)
        } else {
            Ok(())
        }
    }

    /// Runs `search` on `conn` with the connection's interrupt handle lent to this token, and takes it back before
    /// returning. An error while cancelled (SQLite's "interrupted", or anything a stopped statement left behind) is
    /// [`Error::Cancelled`].
    pub(crate) fn run<T>(&self, conn: &Connection, search: impl FnOnce() -> Result<T>) -> Result<T> {
        {
            let mut running = lock(&self.0.running);
            self.check()?;
            *running = Some(conn.get_interrupt_handle());
        }
        let result = search();
        // Every statement `search` ran is finished and dropped here, so nothing an interrupt could reach is left.
        lock(&self.0.running).take();
        match result {
            Err(_) if self.is_cancelled() => Err(Error::Cancelled),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::thread;
    use std::time::Duration;

    use super::SearchCancel;
    use crate::{Error, Journal, Passphrase, Vault};

    fn vault() -> (tempfile::TempDir, Journal) {
        let dir = tempfile::tempdir().unwrap();
        let (journal, _recovery) = Vault::create(&dir.path().join("vault"), &Passphrase::new("cancel tests")).unwrap();
        (dir, journal)
    }

    /// A statement that runs for many seconds unless it is stopped: a count to `n`.
    fn count_to(journal: &Journal, n: i64) -> crate::Result<i64> {
        journal
            .conn
            .query_row(
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ?1) SELECT count(*) FROM c",
                [n],
                |r| r.get(0),
            )
            .map_err(crate::db::map_sqlite_error)
    }

    /// Cancels `cancel` from another thread once `started` says so and a moment has passed.
    fn cancel_when_told(cancel: &SearchCancel) -> (mpsc::Sender<()>, thread::JoinHandle<()>) {
        let (tx, rx) = mpsc::channel::<()>();
        let cancel = cancel.clone();
        let thread = thread::spawn(move || {
            rx.recv().unwrap();
            thread::sleep(Duration::from_millis(30));
            cancel.cancel();
        });
        (tx, thread)
    }

    #[test]
    fn a_running_statement_is_stopped_and_the_connection_works_after() {
        let (_dir, journal) = vault();
        let cancel = SearchCancel::new();
        let (started, thread) = cancel_when_told(&cancel);
        // Uninterrupted, this count takes seconds (tens in a debug build), and answers Ok.
        let result = cancel.run(&journal.conn, || {
            started.send(()).unwrap();
            count_to(&journal, 300_000_000)
        });
        thread.join().unwrap();
        assert!(matches!(result, Err(Error::Cancelled)), "{result:?}");
        // The same connection reads and writes normally afterwards.
        assert_eq!(count_to(&journal, 1_000).unwrap(), 1_000);
        journal.conn.execute_batch("CREATE TEMP TABLE after_cancel (x); INSERT INTO after_cancel VALUES (1);").unwrap();
    }

    #[test]
    fn an_already_cancelled_token_stops_the_search_before_it_starts() {
        let (_dir, journal) = vault();
        let cancel = SearchCancel::new();
        cancel.cancel();
        let mut ran = false;
        let result = cancel.run(&journal.conn, || {
            ran = true;
            Ok(())
        });
        assert!(matches!(result, Err(Error::Cancelled)) && !ran, "{result:?}");
    }

    /// `sqlite3_interrupt` stops whatever the connection runs: a cancel that comes after the search has returned must
    /// never stop the write that runs next on the same connection.
    #[test]
    fn a_late_cancel_never_stops_the_next_write() {
        let (_dir, journal) = vault();
        let cancel = SearchCancel::new();
        assert_eq!(cancel.run(&journal.conn, || count_to(&journal, 10)).unwrap(), 10);
        let (writing, thread) = cancel_when_told(&cancel);
        writing.send(()).unwrap();
        // A write that takes far longer than the 30 ms before the cancel lands.
        let written = journal
            .conn
            .execute(
                "CREATE TEMP TABLE w AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000000)
                 SELECT i FROM c",
                [],
            )
            .map_err(crate::db::map_sqlite_error);
        thread.join().unwrap();
        assert!(cancel.is_cancelled());
        assert!(written.is_ok(), "{written:?}");
        let rows: i64 = journal.conn.query_row("SELECT count(*) FROM w", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 3_000_000);
    }
}
