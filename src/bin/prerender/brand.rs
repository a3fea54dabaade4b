//! The recruiter's brand (`[brand]` in the content file) on the pages that leave the host's
//! site: a slim header on the quiz's own page and the role pages (also on their printout), and
//! the name on the link-preview images. Embeds (`embed.html`) carry none: the host page is the
//! recruiter's own.

use super::files::{fnv, write, Res};
use super::markup::escape;
use role_quiz::quiz::BRAND;
use std::fs;
use std::path::Path;

/// The logo file's bytes, read once for the header and the preview images; `None` without one.
pub fn logo(source: &Path) -> Res<Option<Vec<u8>>> {
    if BRAND.logo.is_empty() {
        return Ok(None);
    }
    fs::read(source.join(BRAND.logo))
        .map(Some)
        .map_err(|e| format!("brand.logo {}: {e}", BRAND.logo))
}

/// Ships the logo as `brand-<hash>.<ext>` and returns the header's HTML; empty without a brand.
pub fn header(logo_bytes: Option<&[u8]>, staging: &Path, public: &str) -> Res<String> {
    if BRAND.name.is_empty() {
        return Ok(String::new());
    }
    let mut logo = String::new();
    if let Some(bytes) = logo_bytes {
        let ext = if BRAND.logo.ends_with(".svg") {
            "svg"
        } else {
            "png"
        };
        let name = format!("brand-{}.{ext}", fnv(bytes));
        write(&staging.join(&name), bytes)?;
        logo = format!(
            "<img src=\"{}{name}\" alt=\"\" height=\"28\">",
            escape(public)
        );
    }
    let name = format!("{logo}<span>{}</span>", escape(BRAND.name));
    let name = if BRAND.website.is_empty() {
        format!("<span class=\"brand-name\">{name}</span>")
    } else {
        format!(
            "<a class=\"brand-name\" href=\"{}\">{name}</a>",
            escape(BRAND.website)
        )
    };
    // The address itself, not "Contact us": it is what a printout can be read by.
    let contact = match BRAND.contact {
        "" => String::new(),
        c => format!(
            "<a class=\"brand-contact\" href=\"{}\">{}</a>",
            escape(c),
            escape(shown(c))
        ),
    };
    Ok(format!("<header class=\"brand\">{name}{contact}</header>"))
}

/// An address as a person reads it: no `mailto:` or `https://`.
fn shown(url: &str) -> &str {
    ["mailto:", "https://", "http://"]
        .iter()
        .find_map(|p| url.strip_prefix(p))
        .unwrap_or(url)
        .trim_end_matches('/')
}

/// Puts the header at the top of a page's body.
pub fn add_header(html: &str, header: &str) -> Res<String> {
    let at = html.find("<body>").ok_or("no <body>")? + "<body>".len();
    let mut out = html.to_string();
    out.insert_str(at, header);
    Ok(out)
}

/// The logo as the preview images draw it: a PNG only (an SVG would need a rasteriser; the
/// images then carry the name alone).
pub fn png_logo(logo_bytes: Option<&[u8]>) -> Option<&[u8]> {
    logo_bytes.filter(|_| BRAND.logo.ends_with(".png"))
}

/// The preview image's first line: the recruiter's name before the quiz's.
pub fn kicker(app_title: &str) -> String {
    if BRAND.name.is_empty() {
        app_title.to_string()
    } else {
        format!("{} · {app_title}", BRAND.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_read_without_their_scheme() {
        assert_eq!(shown("mailto:jobs@example.com"), "jobs@example.com");
        assert_eq!(shown("https://example.com/contact/"), "example.com/contact");
    }

    #[test]
    fn the_shipped_brand_is_the_articles_publisher_with_no_invented_address() {
        assert_eq!(BRAND.name, "People In AI");
        assert_eq!((BRAND.logo, BRAND.website, BRAND.contact), ("", "", ""));
        let dir = std::env::temp_dir();
        let h = header(None, &dir, "/q/").expect("header");
        assert_eq!(h, "<header class=\"brand\"><span class=\"brand-name\"><span>People In AI</span></span></header>");
        assert_eq!(
            add_header("<body><p>x</p>", &h).expect("body"),
            format!("<body>{h}<p>x</p>")
        );
        assert_eq!(kicker("Quiz"), "People In AI · Quiz");
    }
}
