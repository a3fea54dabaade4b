//! Checks `content/quiz.toml` and turns it into Rust statics, so the browser ships no parser.

#[path = "build/content.rs"]
mod content;

use std::{env, fs, path::PathBuf, process::exit};

const CONTENT: &str = "content/quiz.toml";

fn main() {
    println!("cargo:rerun-if-changed={CONTENT}");
    println!("cargo:rerun-if-changed=build/content.rs");
    let text = match fs::read_to_string(CONTENT) {
        Ok(t) => t,
        Err(e) => fail(&format!("{CONTENT}: cannot read: {e}")),
    };
    let (file, questions) = content::load(CONTENT, &text).unwrap_or_else(|e| fail(&e));
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("content.rs");
    if let Err(e) = fs::write(&out, content::generate(&file, &questions)) {
        fail(&format!("{}: cannot write: {e}", out.display()));
    }
}

/// Stops the build with one readable line instead of a panic backtrace.
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    println!("cargo:warning={message}");
    exit(1)
}
