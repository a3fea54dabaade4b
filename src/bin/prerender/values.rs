//! Bottom layer, values: what fills the pages' and the loader's `{{key}}` placeholders — the
//! interface strings (from the content file) and the themes' colours (from `src/theme.rs`, so
//! the palette is written once). Imports nothing of the build step's own.

use role_quiz::quiz::TEXT_PAIRS;

/// The link-preview images' size (Open Graph's recommended), drawn by `og.rs` and declared in
/// the role pages' meta tags.
pub const IMAGE_WIDTH: u32 = 1200;
/// See [`IMAGE_WIDTH`].
pub const IMAGE_HEIGHT: u32 = 630;

/// `assets/favicon.svg` as a `data:` URI (the CSP allows `img-src data:`), percent-encoding what
/// a URI or an attribute cannot hold; built once.
pub fn favicon() -> &'static str {
    static URI: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    URI.get_or_init(|| {
        let svg = include_str!("../../../assets/favicon.svg").trim();
        let mut out = String::from("data:image/svg+xml,");
        for c in svg.chars() {
            match c {
                '<' => out.push_str("%3C"),
                '>' => out.push_str("%3E"),
                '#' => out.push_str("%23"),
                '"' => out.push('\''),
                '%' => out.push_str("%25"),
                '\n' | '\r' => out.push(' '),
                c => out.push(c),
            }
        }
        out
    })
}

/// The themes' colours as `{{key}}` values (`light_bg`, `dark_accent`, ...) and the favicon.
fn palette() -> [(&'static str, &'static str); 9] {
    let (l, d) = (role_quiz::theme::LIGHT, role_quiz::theme::DARK);
    [
        ("favicon", favicon()),
        ("light_bg", l.bg),
        ("light_ink", l.ink),
        ("light_line", l.line),
        ("light_accent", l.accent),
        ("dark_bg", d.bg),
        ("dark_ink", d.ink),
        ("dark_line", d.line),
        ("dark_accent", d.accent),
    ]
}

/// Every value the page shell and `embed.js` take: the strings, then the palette.
pub fn shell_values() -> Vec<(&'static str, &'static str)> {
    TEXT_PAIRS.iter().copied().chain(palette()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_values_hold_the_strings_and_the_palette() {
        let v = shell_values();
        assert_eq!(v.len(), TEXT_PAIRS.len() + 9);
        let get = |k: &str| v.iter().find(|(n, _)| *n == k).map(|(_, v)| *v);
        assert_eq!(get("dark_accent"), Some(role_quiz::theme::DARK.accent));
        assert!(get("favicon").is_some_and(|f| f.starts_with("data:image/svg+xml,%3Csvg")));
        assert!(!favicon().contains(['"', '#', '<', '\n']));
    }
}
