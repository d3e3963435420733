//! Handing freed memory back to the operating system once the journal has let go of it (after an idle spell, on lock).
//!
//! The C allocator keeps memory it got back from SQLite (the page cache, a search's working memory) in its own free
//! lists, so the app's footprint would not shrink. How to hand it back is the platform's business: the binary sets it
//! once at start ([`set_give_back`]; glibc's `malloc_trim` on Linux), and this library, which has no unsafe code,
//! only calls it.

use std::sync::OnceLock;

static GIVE_BACK: OnceLock<fn()> = OnceLock::new();

/// Sets how freed memory is handed back to the operating system; the first call wins. Without one, nothing is.
pub fn set_give_back(f: fn()) {
    let _ = GIVE_BACK.set(f);
}

/// Hands the memory the process has freed back to the operating system (nothing when the binary set no way to).
pub(crate) fn give_back() {
    if let Some(f) = GIVE_BACK.get() {
        f();
    }
}
