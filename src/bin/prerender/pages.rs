//! The share pages: one static page per role and per outcome that names no single role, with
//! link-preview tags, from the `role.html` template.

use super::markup::{self, Into, CSP};
use super::values::{shell_values, IMAGE_HEIGHT, IMAGE_WIDTH};
use role_quiz::components::why::in_sentence;
use role_quiz::quiz::{bank, text::fill, TEXT};

/// What a share page says in its head and preview image.
pub struct SharePage {
    /// File name without extension, as `Finished::page` names it.
    pub id: &'static str,
    /// Page and preview title.
    pub title: String,
    /// The page's heading: the role, or whose outcome it is ("Someone's result: …"), since the
    /// page is also seen without the result it was shared from.
    pub heading: String,
    /// Preview description.
    pub description: String,
    /// The roles whose facts it shows.
    pub roles: Vec<&'static role_quiz::quiz::Role>,
    /// The preview image's middle line.
    pub image_line: String,
    /// The preview image's last line.
    pub image_footer: String,
}

/// One page per role, then one for "fits both about equally" and one for "no strong pull yet":
/// a shared result that names no single role is never shared as one.
pub fn share_pages() -> Vec<SharePage> {
    let roles = bank().roles;
    let mut pages: Vec<SharePage> = roles
        .iter()
        .map(|role| {
            let top = role.career_path.last().map(|s| s.get()).unwrap_or_default();
            let salary = role.salary.get();
            SharePage {
                id: role.id,
                title: role.title.to_string(),
                heading: role.title.to_string(),
                description: fill(
                    TEXT.og_description.get(),
                    &[("salary", salary), ("top", top)],
                ),
                roles: vec![role],
                image_line: format!("{}: {salary}", TEXT.salary_label.get()),
                image_footer: format!("{} → {top}", TEXT.career_heading.get()),
            }
        })
        .collect();
    let all: Vec<_> = roles.iter().collect();
    let names = roles
        .iter()
        .map(|r| r.title)
        .collect::<Vec<_>>()
        .join(" · ");
    // "open" results have several causes (little interest, interest in one role only, mixed
    // signals): the page and its preview say only what is true of all of them.
    for (id, title) in [
        ("both", TEXT.level_both.get()),
        ("open", TEXT.result_unsettled.get()),
    ] {
        pages.push(SharePage {
            id,
            title: title.to_string(),
            heading: fill(
                TEXT.shared_outcome.get(),
                &[("outcome", &in_sentence(title))],
            ),
            description: fill(TEXT.og_description_outcome.get(), &[("outcome", title)]),
            roles: all.clone(),
            image_line: names.clone(),
            image_footer: TEXT.role_page_cta.to_string(),
        });
    }
    pages
}

/// The share pages' template.
pub const ROLE_HTML: &str = include_str!("role.html");

/// A share page; `css` are the site's stylesheets (the base and the result's).
pub fn role_page(page: &SharePage, body: &str, public: &str, site: &str, css: [&str; 2]) -> String {
    let title = format!("{} · {}", page.title, TEXT.app_title);
    let (w, h) = (IMAGE_WIDTH.to_string(), IMAGE_HEIGHT.to_string());
    let (url, image) = (
        format!("{site}r/{}.html", page.id),
        format!("{site}r/{}.png", page.id),
    );
    // The role pages run no WebAssembly: their policy leaves out what compiling it needs.
    let csp = CSP.replace(" 'wasm-unsafe-eval'", "");
    let values = [
        ("csp", csp.as_str()),
        ("page_title", &title),
        ("page_description", &page.description),
        ("page_url", &url),
        ("page_image", &image),
        ("image_width", &w),
        ("image_height", &h),
        ("public", public),
        ("css", css[0]),
        ("result_css", css[1]),
    ];
    let html = markup::fill(ROLE_HTML, &values, Into::Html);
    // The body last: it is rendered HTML, and nothing in it may be taken for a placeholder.
    markup::fill(&html, &shell_values(), Into::Html).replace("{{body}}", body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_pages_fill_every_placeholder() {
        let page = &share_pages()[0];
        let html = role_page(
            page,
            "<main>{{not_a_key}}</main>",
            "/q/",
            "https://a.example/q/",
            ["main-1.css", "result-1.css"],
        );
        assert!(
            html.contains("<body><main>{{not_a_key}}</main></body>"),
            "the body is left as rendered"
        );
        let head = &html[..html.find("<body>").expect("body")];
        assert!(!head.contains("{{"), "{head}");
        assert!(head.contains(&format!(
            "<meta property=\"og:url\" content=\"https://a.example/q/r/{}.html\">",
            page.id
        )));
        assert!(head.contains("<link rel=\"stylesheet\" href=\"/q/main-1.css\">"));
        assert!(head.contains("<link rel=\"stylesheet\" href=\"/q/result-1.css\">"));
        assert!(head.contains(&format!("content=\"{}\"", role_quiz::theme::LIGHT.accent)));
        assert!(head.contains("content=\"default-src 'self'; script-src 'self'; style-src"));
        assert!(
            !head.contains("wasm-unsafe-eval"),
            "no WebAssembly on a role page"
        );
    }
}
