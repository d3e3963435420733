//! Letting a long backup step aside for the person. At 100k entries the daily backup reads, re-encrypts, writes and
//! checks about a gigabyte for a minute or more; even at the lowest CPU priority it shares the disk and the memory
//! bus, and in `make bench` the searches typed while it ran were twice as slow at the tail (docs/performance.md,
//! 2026-12-03). A [`Pace`] is asked every few thousand SQLite steps of the copy and of its check; while it answers
//! "busy", the backup waits. It only ever pauses: the copy stays one consistent snapshot, and it goes on when asked.

use std::sync::Arc;
use std::time::Duration;

use rusqlite::Connection;

use crate::{db, Result};

/// How many SQLite virtual-machine steps between two questions (a few thousand a second while copying at full speed).
const STEPS: i32 = 10_000;
/// While busy, how long the backup waits before asking again.
const WAIT: Duration = Duration::from_millis(100);

/// Whether a backup under way should wait: a shell passes "the person did something a moment ago".
#[derive(Clone)]
pub struct Pace(Arc<dyn Fn() -> bool + Send + Sync>);

impl std::fmt::Debug for Pace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pace")
    }
}

impl Pace {
    /// A pace that waits while `busy` answers true.
    pub fn new(busy: impl Fn() -> bool + Send + Sync + 'static) -> Self {
        Self(Arc::new(busy))
    }

    /// Has `conn` wait while busy, from now until [`Pace::remove`].
    pub(crate) fn install(&self, conn: &mut Connection) -> Result<()> {
        let busy = Arc::clone(&self.0);
        conn.progress_handler(
            STEPS,
            Some(move || {
                while busy() {
                    std::thread::sleep(WAIT);
                }
                false // never interrupts: the backup only waits
            }),
        )
        .map_err(db::map_sqlite_error)
    }

    /// Takes the pace off `conn` again.
    pub(crate) fn remove(conn: &mut Connection) {
        // Removing a handler cannot fail in SQLite; rusqlite's Result is for registering one.
        let _ = conn.progress_handler(0, None::<fn() -> bool>);
    }
}
