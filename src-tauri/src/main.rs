//! The Attune desktop app.
// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    attune_app::memory::set_give_back(trim_heap);
    attune_app::run();
}

/// glibc's malloc keeps freed memory in its arenas (one per thread that allocated, and the page cache's pages are
/// small blocks scattered among them), so freeing alone rarely shrinks the process; `malloc_trim(0)` hands every
/// wholly free page back. Measured in `make bench` (docs/performance.md, the app's idle memory once unlocked).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim_heap() {
    // SAFETY: malloc_trim takes no pointers and only walks malloc's own free lists, under malloc's own locks; it is
    // safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
