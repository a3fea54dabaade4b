//! The two colour themes, defined once, and the WCAG contrast maths that decides what a host may
//! change. `styles/main.css` repeats the values as custom properties (a test holds them equal);
//! the page shell, the link-preview images and `embed.js` take them from here.

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on a light page.
    Light,
    /// Light text on a dark page.
    Dark,
}

impl Theme {
    /// `light` or `dark`; anything else is no theme.
    pub fn parse(v: &str) -> Option<Theme> {
        match v {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The name CSS selects on (`data-theme`).
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// This theme's colours.
    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => LIGHT,
            Theme::Dark => DARK,
        }
    }
}

/// WCAG relative luminance of a `#rrggbb` colour.
pub fn luminance(colour: &str) -> f64 {
    let channel = |i: usize| {
        let v = colour
            .get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0);
        let c = f64::from(v) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            // x^2.4 as x^(2 + 1/4 + 1/8 + 1/64 + 1/128) = x^2.3984 from square roots (a wasm
            // instruction): libm's `pow` would add 2 KB; the error is below 0.005 in a ratio.
            let x = (c + 0.055) / 1.055;
            let roots: Vec<f64> = std::iter::successors(Some(x), |r| Some(r.sqrt()))
                .take(8)
                .collect();
            x * x * roots[2] * roots[3] * roots[6] * roots[7]
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// WCAG contrast ratio between two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Black or white, whichever reads better on `accent`.
pub fn ink_for(accent: &str) -> &'static str {
    if contrast(accent, "#ffffff") >= contrast(accent, "#000000") {
        "#ffffff"
    } else {
        "#000000"
    }
}

/// A theme's colours, as `#rrggbb`.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Page background.
    pub bg: &'static str,
    /// Cards, bars and panels.
    pub surface: &'static str,
    /// Text on the accent.
    pub accent_ink: &'static str,
    /// Focus rings.
    pub focus: &'static str,
    /// Body text.
    pub ink: &'static str,
    /// Secondary text.
    pub muted: &'static str,
    /// Links, outlines and buttons.
    pub accent: &'static str,
    /// Borders.
    pub line: &'static str,
}

/// The light theme.
pub const LIGHT: Palette = Palette {
    bg: "#ffffff",
    surface: "#f3f6f7",
    accent_ink: "#ffffff",
    focus: "#14181b",
    ink: "#14181b",
    muted: "#4a555c",
    accent: "#0b7285",
    line: "#c9d2d6",
};

/// The dark theme.
pub const DARK: Palette = Palette {
    bg: "#0e1a1d",
    surface: "#172a2f",
    accent_ink: "#0b1417",
    focus: "#eef3f4",
    ink: "#eef3f4",
    muted: "#b4c2c6",
    accent: "#66d9e8",
    line: "#3b555c",
};

fn palette(dark: bool) -> Palette {
    if dark { Theme::Dark } else { Theme::Light }.palette()
}

/// The host's accent is also text and outline colour, so it is used only where it keeps AA
/// contrast (4.5:1) on the active theme's background; otherwise the theme's own accent stays.
pub fn accent_fits(accent: &str, dark: bool) -> bool {
    contrast(accent, palette(dark).bg) >= 4.5
}

/// The host page's background is used behind the quiz only where the theme's text, secondary
/// text and links all keep AA contrast (4.5:1) on it; otherwise the theme's own stays.
pub fn background_fits(bg: &str, dark: bool) -> bool {
    let p = palette(dark);
    [p.ink, p.muted, p.accent]
        .iter()
        .all(|c| contrast(c, bg) >= 4.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_readable_ink_and_keeps_contrast() {
        assert_eq!(ink_for("#0b7285"), "#ffffff");
        assert_eq!(ink_for("#ffd43b"), "#000000");
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        // Exact WCAG values (computed with x^2.4): 4.54 and 5.59.
        assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.02);
        assert!((contrast("#0b7285", "#ffffff") - 5.59).abs() < 0.02);
        assert!(accent_fits("#0b5566", false));
        assert!(!accent_fits("#0b5566", true), "dark teal on the dark theme");
        assert!(!accent_fits("#ffd43b", false), "yellow text on white");
        assert!(accent_fits("#ffd43b", true));
        assert!(
            background_fits("#f8f9fa", false),
            "a near-white careers page"
        );
        assert!(background_fits("#1b1f24", true), "a near-black one");
        assert!(!background_fits("#1b1f24", false), "dark page, light theme");
        assert!(
            !background_fits("#808080", false),
            "mid grey keeps the theme's own"
        );
    }
}
