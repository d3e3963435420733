//! The Attune desktop app.
// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    javascript_without_jit();
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    attune_app::memory::set_give_back(trim_heap);
    attune_app::run();
}

/// The page's JavaScript runs in JavaScriptCore's interpreter, without its just-in-time compilers: Attune's page is
/// small and spends its time in the DOM, not in script, and without the JIT the webview holds about 10 MiB less (its
/// compiled code and the compilers' working memory) and has no writable-and-executable memory for an exploit to aim
/// at. Search, Insights and start stay within their targets; measured in `make bench` (docs/performance.md, "Desktop
/// app"). WebKit's web process inherits the setting from this process's environment; one set by hand wins.
#[cfg(target_os = "linux")]
fn javascript_without_jit() {
    const OPTION: &str = "JSC_useJIT";
    if std::env::var_os(OPTION).is_none() {
        // Before anything else runs: no other thread exists yet to read the environment while it changes.
        std::env::set_var(OPTION, "false");
    }
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
