//! Generates the ACL for the app's own commands from the one list in src/commands/list.rs: one `allow-<command>`
//! permission each, and the main window's capability granting exactly those (plus listening to events). With an app
//! manifest, a command not in the list cannot be called from the UI, and a window other than `main` can call nothing.

use std::path::PathBuf;

/// build.rs's reading of the list: only the names.
macro_rules! ipc_commands {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident ( $($args:tt)* ) -> $ret:ty = $path:path;
    )*) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("src/commands/list.rs");

/// The main window's capability: its own commands and events, nothing else (no plugin permissions: dialogs,
/// notifications and autostart are driven from Rust).
fn main_capability() -> String {
    let mut permissions = vec!["core:event:default".to_owned()];
    permissions.extend(COMMANDS.iter().map(|c| format!("allow-{}", c.replace('_', "-"))));
    let permissions: Vec<String> = permissions.iter().map(|p| format!("    \"{p}\"")).collect();
    format!(
        "{{\n  \"identifier\": \"main\",\n  \"description\": \"The main window: Attune's own commands and listening to \
         its events, nothing else.\",\n  \"windows\": [\"main\"],\n  \"permissions\": [\n{}\n  ]\n}}\n",
        permissions.join(",\n")
    )
}

fn main() {
    println!("cargo:rerun-if-changed=src/commands/list.rs");
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo:warning=OUT_DIR is not set");
        std::process::exit(1);
    };
    let dir = out_dir.join("capabilities");
    let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join("main.json"), main_capability()));
    if let Err(e) = written {
        println!("cargo:warning=writing the capability: {e}");
        std::process::exit(1);
    }
    // tauri-build keeps this for the whole build; it outlives main.
    let pattern: &'static str = Box::leak(format!("{}/*.json", dir.display()).into_boxed_str());
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern(pattern)
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo:warning=tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}
