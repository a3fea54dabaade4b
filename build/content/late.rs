//! The late file: the words shown only past the intro, gathered while the statics are
//! generated, each replaced by a `Late(n)` handle.

/// The words shown only past the intro (questions and options of every bank, the roles'
/// facts, the result's sentences, the pitch), gathered for a file the app loads after its first
/// screen (`src/quiz/late.rs`): keeping them out of the WebAssembly is 4 KB less for everyone's
/// first screen.
/// Ends each entry of the late file: a character no content holds (`add` drops it).
const SEPARATOR: char = '\u{1e}';

#[derive(Default)]
pub struct Late {
    words: Vec<String>,
}

impl Late {
    /// Rust for `s` as a `Late` handle; the same words share one entry of the file.
    pub fn add(&mut self, s: &str) -> String {
        let s = s.replace(SEPARATOR, "");
        let n = match self.words.iter().position(|w| *w == s) {
            Some(n) => n,
            None => {
                self.words.push(s);
                self.words.len() - 1
            }
        };
        format!("Late({n})")
    }

    /// The file's text: its own name first (so a wrong file, such as a host's HTML page, is
    /// told apart), then one entry per handle, each after a U+001E record separator (entries
    /// may hold line breaks, as the e-mail's words do).
    pub fn file(&self) -> String {
        let mut out = self.name();
        for w in &self.words {
            out.push(SEPARATOR);
            out.push_str(w);
        }
        out
    }

    /// `late-<hash>.txt`: a new name whenever the words change, so it can be cached for good.
    pub fn name(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.file_body().bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        format!("late-{h:016x}.txt")
    }

    fn file_body(&self) -> String {
        self.words.join("\u{1e}")
    }

    /// Rust for the file's name and line count, which the app checks a loaded file against.
    pub fn source(&self) -> String {
        format!(
            "/// The file of words loaded after the first screen (`quiz::late`).\npub const LATE_FILE: &str = {:?};\n/// Its entries after the name.\npub const LATE_LINES: usize = {};\n",
            self.name(),
            self.words.len()
        )
    }
}
