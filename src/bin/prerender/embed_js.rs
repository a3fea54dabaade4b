//! Step: `embed.js`, the loader host pages include, as they get it: minified, with the
//! interface strings and the palette filled in as JavaScript string content.

use super::markup::{fill, minify_js, Into};
use super::values::shell_values;

/// The loader from its source (`embed/embed.js`).
pub fn embed_js(source: &str) -> String {
    fill(&minify_js(source), &shell_values(), Into::JsString) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_is_filled_and_small() {
        let src = include_str!("../../../embed/embed.js");
        let js = embed_js(src);
        assert!(!js.contains("{{"), "every placeholder filled");
        assert!(js.contains(&format!("'{}'", role_quiz::theme::DARK.bg)));
        assert!(js.len() < src.len() * 4 / 5, "comments and indentation go");
    }
}
