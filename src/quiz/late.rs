//! Words shown only past the intro: every bank's questions and options, the roles' facts, the
//! result's sentences and the pitch (`EARLY_TEXT_KEYS` in `build/content.rs` lists what stays).
//!
//! They are a file of their own (`late-<hash>.txt`, written by the build) that the page's boot
//! script fetches once the app is up, so the first screen does not wait for them: kept in the
//! WebAssembly they cost everyone 4 KB before the intro works. The content tables hold `Late`
//! handles, and the app shows a page that needs them only once [`ready`] says so.
//!
//! Native builds (render tests, prerendering, the calibration tool) read the same file from the
//! build's output at compile time; the browser hands it over with [`load`].

use super::content::{LATE_FILE, LATE_LINES};
use std::cell::OnceCell;

/// One entry of the late words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Late(pub u16);

impl Late {
    /// The words, or nothing before they are loaded.
    pub fn get(self) -> &'static str {
        with_table(|t| t.get(usize::from(self.0)).copied())
            .flatten()
            .unwrap_or_default()
    }
}

thread_local! {
    // The app is single-threaded: a thread-local cell is the plainest store for the one table.
    static TABLE: OnceCell<Vec<&'static str>> = const { OnceCell::new() };
}

/// `f` of the table, or `None` before it is loaded.
fn with_table<T>(f: impl FnOnce(&[&'static str]) -> T) -> Option<T> {
    TABLE.with(|t| {
        #[cfg(not(target_arch = "wasm32"))]
        let _ = t.get_or_init(|| lines(FILE).unwrap_or_default());
        t.get().map(|v| f(v))
    })
}

/// The file's entries when it is this build's file: its name first, then one entry per
/// handle, each after a U+001E record separator (entries may hold line breaks). Anything else (a
/// host's HTML page, a file of another build) is refused.
fn lines(text: &str) -> Option<Vec<&str>> {
    let mut lines = text.split('\u{1e}');
    if lines.next()? != LATE_FILE {
        return None;
    }
    let words: Vec<&str> = lines.collect();
    (words.len() == LATE_LINES).then_some(words)
}

/// Takes the fetched file; `false` when it is not this build's (the app then says the quiz
/// could not be loaded). Loading twice keeps the first.
pub fn load(text: String) -> bool {
    if ready() {
        return true;
    }
    // Kept for the page's lifetime, like compiled-in words would be (a refused file is leaked
    // too, once: the page then offers only a reload).
    let text: &'static str = Box::leak(text.into_boxed_str());
    match lines(text) {
        Some(words) => TABLE.with(|t| t.set(words).is_ok()),
        None => false,
    }
}

/// Whether the late words are there.
pub fn ready() -> bool {
    with_table(|_| ()).is_some()
}

/// The file as the build wrote it, for native builds (the prerender step ships it).
#[cfg(not(target_arch = "wasm32"))]
pub const FILE: &str = include_str!(concat!(env!("OUT_DIR"), "/late.txt"));

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn only_this_builds_file_is_taken() {
        let file = FILE;
        assert!(lines(file).is_some());
        assert!(lines("<!doctype html><html>").is_none());
        // One entry missing, as a file cut short would be.
        let short = &file[..file.rfind('\u{1e}').unwrap_or(0)];
        assert!(lines(short).is_none());
        // Another build's file.
        assert!(lines(&file.replacen("late-", "late-0", 1)).is_none());
        assert!(Late(0).get().len() > 3);
    }
}
