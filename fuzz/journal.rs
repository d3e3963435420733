//! One plain journal per fuzzing process, in the temp folder, that the import targets write into.

use std::sync::{Mutex, OnceLock};

use attune_journal::Journal;

static JOURNAL: OnceLock<Mutex<Journal>> = OnceLock::new();

pub fn with(f: impl FnOnce(&Journal)) {
    let journal = JOURNAL.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("attune-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("fuzz dir");
        let path = dir.join("journal.db");
        let _ = std::fs::remove_file(&path);
        Mutex::new(Journal::open_unencrypted_for_bench(&path).expect("fuzz journal"))
    });
    let guard = journal.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    f(&guard);
}
