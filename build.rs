//! Checks `content/quiz.toml` and turns it into Rust statics, so the browser ships no parser.
// The size rules (clippy.toml) are for the WebAssembly the app ships; the build script runs natively.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

#[path = "build/content/mod.rs"]
mod content;

use std::{env, fs, path::PathBuf, process::exit};

const CONTENT: &str = "content/quiz.toml";
const LEGACY: &str = "content/legacy";

fn main() {
    println!("cargo:rerun-if-changed={CONTENT}");
    println!("cargo:rerun-if-changed=build/content");
    let text = match fs::read_to_string(CONTENT) {
        Ok(t) => t,
        Err(e) => fail(&format!("{CONTENT}: cannot read: {e}")),
    };
    let current = content::load(CONTENT, &text).unwrap_or_else(|e| fail(&e));
    let legacy = legacy(current.file.content_version);
    let mut late = content::Late::default();
    let source = content::generate(&current, &mut late)
        + &content::generate_legacy(&current, &legacy, &mut late);
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default());
    // The words loaded after the first screen: the prerender step writes them beside the app,
    // native builds and the browser tests read them from here (`src/quiz/late.rs`).
    for (name, text) in [
        ("content.rs", source),
        ("late_names.rs", late.source()),
        ("late.txt", late.file()),
    ] {
        let path = out.join(name);
        if let Err(e) = fs::write(&path, text) {
            fail(&format!("{}: cannot write: {e}", path.display()));
        }
    }
}

/// Earlier content files in `content/legacy/`, each checked like the current one.
fn legacy(current: u8) -> Vec<content::Checked> {
    println!("cargo:rerun-if-changed={LEGACY}");
    let Ok(dir) = fs::read_dir(LEGACY) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut seen = Vec::new();
    paths
        .iter()
        .map(|p| {
            let name = p.display().to_string();
            println!("cargo:rerun-if-changed={name}");
            let text = fs::read_to_string(p)
                .unwrap_or_else(|e| fail(&format!("{name}: cannot read: {e}")));
            let kept = content::load_legacy(&name, &text).unwrap_or_else(|e| fail(&e));
            let v = kept.file.content_version;
            if v >= current || seen.contains(&v) {
                fail(&format!(
                    "{name}: content_version {v} must be below the current {current} and unique"
                ));
            }
            seen.push(v);
            kept
        })
        .collect()
}

/// Stops the build with one readable line instead of a panic backtrace.
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    println!("cargo:warning={message}");
    exit(1)
}
