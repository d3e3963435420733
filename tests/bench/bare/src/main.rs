//! A bare Tauri window: one static page, nothing else. The baseline for Attune's app benchmark.

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("attune-bench-bare: {e}");
        std::process::exit(1);
    }
}
