//! Generates the ACL for the app's own commands: one `allow-<command>` permission each, granted to the main window in
//! capabilities/main.json. With an app manifest, a command not listed here cannot be called from the UI.

include!("src/command_names.rs");

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo:warning=tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}
