//! Post-processes Trunk's staging folder into the deployable site.

use super::og;
use role_quiz::app::App;
use role_quiz::pages::role::{RolePage, RolePageProps};
use role_quiz::quiz::{bank, text::fill, TEXT, TEXT_PAIRS};
use std::fs;
use std::path::{Path, PathBuf};
use yew::LocalServerRenderer;

/// The Content-Security-Policy of every page; hosts should send the same as a header, plus
/// `frame-ancestors` (which a meta tag cannot carry). See README "Deploying".
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
object-src 'none'; base-uri 'self'; form-action 'self'";

/// Opens the quiz on the shared result carried in a role page's fragment. External, because
/// the CSP allows no inline script.
/// Opens the app on a shared result from a role page.
const SHARE_OPEN_JS: &str = include_str!("js/share-open.js");

/// The service worker's logic; [`service_worker`] puts the build's file list above it.
const SW_JS: &str = include_str!("js/sw.js");

type Res<T> = Result<T, String>;

fn read(p: &Path) -> Res<String> {
    fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn write(p: &Path, data: impl AsRef<[u8]>) -> Res<()> {
    if let Some(dir) = p.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(p, data).map_err(|e| format!("{}: {e}", p.display()))
}

/// Escapes text for an HTML attribute value or text node.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// FNV-1a: a content hash for cache-busting file names.
fn fnv(data: &[u8]) -> String {
    let h = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{h:016x}")
}

/// Fills `{{key}}` from the interface strings; attributes the minifier left unquoted get quotes.
pub fn fill_shell(html: &str) -> String {
    let mut out = html.to_string();
    for (k, v) in TEXT_PAIRS.iter().chain(&palette_pairs()) {
        let v = escape(v);
        out = out.replace(&format!("=\"{{{{{k}}}}}\""), &format!("=\"{v}\""));
        out = out.replace(&format!("={{{{{k}}}}}"), &format!("=\"{v}\""));
        out = out.replace(&format!("{{{{{k}}}}}"), &v);
    }
    out
}

/// The themes' colours as `{{key}}` values (`light_bg`, `dark_accent`, ...) for the page shell
/// and `embed.js`: the palette is written once, in `src/theme.rs`.
pub fn palette_pairs() -> Vec<(&'static str, &'static str)> {
    let (l, d) = (role_quiz::theme::LIGHT, role_quiz::theme::DARK);
    vec![
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

/// Moves Trunk's inline loader into a hashed file so the CSP needs no `unsafe-inline`.
fn externalise_loader(html: &str, staging: &Path, public: &str) -> Res<String> {
    let mut out = html.to_string();
    // Trunk's module loader, and under `trunk serve` its live-reload script too.
    for (open, kind) in [
        ("<script type=module>", "type=module "),
        ("<script type=\"module\">", "type=module "),
        ("<script>", ""), // none in release builds today; kept external if one appears
    ] {
        while let Some(start) = out.find(open) {
            let open_end = start + open.len();
            let close = open_end + out[open_end..].find("</script>").ok_or("unclosed script")?;
            let code = out[open_end..close].to_string();
            let name = format!("boot-{}.js", fnv(code.as_bytes()));
            write(&staging.join(&name), &code)?;
            out.replace_range(
                start..close + "</script>".len(),
                &format!("<script {kind}src=\"{public}{name}\"></script>"),
            );
        }
    }
    Ok(out)
}

/// Removes Trunk's `<link rel=preload>` of the wasm. The intro is already prerendered and its
/// Start works without the app, so the 110 KB download should not compete with first paint:
/// measured, Lighthouse's simulated LCP drops from 2.4 s to 1.1 s (Performance 97 to 100).
fn drop_wasm_preload(html: &str) -> String {
    let mut out = html.to_string();
    let mut from = 0;
    while let Some(at) = out[from..].find("<link").map(|i| from + i) {
        let end = out[at..].find('>').map_or(out.len(), |i| at + i + 1);
        let tag = &out[at..end];
        if tag.contains("rel=preload") && tag.contains(".wasm") {
            out.replace_range(at..end, "");
        } else {
            from = end;
        }
    }
    out
}

/// Puts the CSP right after the charset, before anything it governs.
fn add_csp(html: &str) -> Res<String> {
    let at = html
        .find("<meta charset")
        .ok_or("no <meta charset> in index.html")?;
    let end = at + html[at..].find('>').ok_or("bad meta")? + 1;
    let mut out = html.to_string();
    out.insert_str(
        end,
        &format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"),
    );
    Ok(out)
}

/// Replaces the loading placeholder inside `<div id=app>` with `inner`.
fn replace_app(html: &str, inner: &str) -> Res<String> {
    let at = html
        .find("id=app>")
        .or_else(|| html.find("id=\"app\">"))
        .ok_or("no #app element")?;
    let start = at + html[at..].find('>').ok_or("bad #app")? + 1;
    let main_end = start
        + html[start..]
            .find("</main>")
            .ok_or("no placeholder <main> in #app")?
        + "</main>".len();
    let mut out = html.to_string();
    out.replace_range(start..main_end, inner);
    Ok(out)
}

fn find_asset(staging: &Path, prefix: &str, ext: &str) -> Res<String> {
    let entries = fs::read_dir(staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with(prefix) && n.ends_with(ext))
        .ok_or_else(|| format!("no {prefix}*{ext} in {}", staging.display()))
}

/// What a share page says in its head and preview image.
struct SharePage {
    /// File name without extension, as `Finished::page` names it.
    id: &'static str,
    /// Page and preview title.
    title: String,
    /// Preview description.
    description: String,
    /// The roles whose facts it shows.
    roles: Vec<&'static role_quiz::quiz::Role>,
    /// The preview image's middle line.
    image_line: String,
    /// The preview image's last line.
    image_footer: String,
}

/// One page per role, then one for "fits both about equally" and one for "no strong pull yet":
/// a shared result that names no single role is never shared as one.
fn share_pages() -> Vec<SharePage> {
    let roles = bank().roles;
    let mut pages: Vec<SharePage> = roles
        .iter()
        .map(|role| {
            let top = role.career_path.last().copied().unwrap_or_default();
            SharePage {
                id: role.id,
                title: role.title.to_string(),
                description: fill(
                    TEXT.og_description,
                    &[("salary", role.salary), ("top", top)],
                ),
                roles: vec![role],
                image_line: format!("{}: {}", TEXT.salary_label, role.salary),
                image_footer: format!("{} → {top}", TEXT.career_heading),
            }
        })
        .collect();
    let all: Vec<_> = roles.iter().collect();
    let names = roles
        .iter()
        .map(|r| r.title)
        .collect::<Vec<_>>()
        .join(" · ");
    for (id, title) in [("both", TEXT.level_both), ("open", TEXT.result_open)] {
        pages.push(SharePage {
            id,
            title: title.to_string(),
            description: fill(TEXT.og_description_outcome, &[("outcome", title)]),
            roles: all.clone(),
            image_line: names.clone(),
            image_footer: TEXT.role_page_cta.to_string(),
        });
    }
    pages
}

/// The share pages' template.
const ROLE_HTML: &str = include_str!("role.html");

fn role_page(
    page: &SharePage,
    body: &str,
    public: &str,
    site: &str,
    css: &str,
    icon: &str,
) -> String {
    let title = format!("{} · {}", page.title, TEXT.app_title);
    let (w, h) = (og::WIDTH.to_string(), og::HEIGHT.to_string());
    let values = [
        ("csp", CSP.to_string()),
        ("page_title", escape(&title)),
        ("page_description", escape(&page.description)),
        ("page_url", escape(&format!("{site}r/{}.html", page.id))),
        ("page_image", escape(&format!("{site}r/{}.png", page.id))),
        ("image_width", w),
        ("image_height", h),
        ("public", escape(public)),
        ("icon", escape(icon)),
        ("css", escape(css)),
    ];
    let page_html = values.iter().fold(ROLE_HTML.to_string(), |html, (k, v)| {
        html.replace(&format!("{{{{{k}}}}}"), v)
    });
    // The body last: it is rendered HTML, and nothing in it may be taken for a placeholder.
    fill_shell(&page_html).replace("{{body}}", body)
}

/// The loader without comment lines and indentation (it is paid for on the host page: about a
/// fifth smaller gzipped). Only whole-line comments go, so nothing inside code or a string (a
/// `//` in a URL, a `/*` in a regular expression) is ever cut; `embed/embed.js` keeps its
/// comments on lines of their own.
pub fn minify_js(src: &str) -> String {
    let mut in_block = false;
    let mut out = Vec::new();
    for line in src.lines().map(str::trim) {
        if in_block || line.starts_with("/*") {
            in_block = !line.contains("*/");
        } else if !line.is_empty() && !line.starts_with("//") {
            out.push(line);
        }
    }
    out.join("\n")
}

/// Every file below `dir`, as paths relative to it with `/` separators.
fn files(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Res<()> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        if path.is_dir() {
            if !name.starts_with('.') {
                files(&path, &format!("{prefix}{name}/"), out)?;
            }
        } else {
            out.push(format!("{prefix}{name}"));
        }
    }
    Ok(())
}

/// The service worker: precaches this build's files in a cache named after the build, so a
/// second visit works offline and a new deploy swaps the whole set at once.
fn service_worker(staging: &Path) -> Res<String> {
    let mut all = Vec::new();
    files(staging, "", &mut all)?;
    // Preview images are for crawlers and embed.js is for host pages: neither is needed offline.
    all.retain(|f| f != "sw.js" && f != "embed.js" && f != "_headers" && !f.ends_with(".png"));
    all.sort();
    let mut fingerprint = Vec::new();
    for f in &all {
        fingerprint.extend_from_slice(f.as_bytes());
        fingerprint.extend(fs::read(staging.join(f)).map_err(|e| format!("{f}: {e}"))?);
    }
    let cache = format!("role-quiz-{}", fnv(&fingerprint));
    // Every page names its build, so the worker can tell a page of this deploy from a stale copy
    // in the browser's HTTP cache even when no file name changed.
    for f in all.iter().filter(|f| f.ends_with(".html")) {
        let path = staging.join(f);
        let html = stamp_build(&read(&path)?, &cache).ok_or(format!("{f}: no </head>"))?;
        write(&path, html)?;
    }
    let list: Vec<String> = all
        .iter()
        .map(|f| {
            if f == "index.html" {
                "'./'".to_string()
            } else {
                format!("'./{f}'")
            }
        })
        .collect();
    Ok(format!(
        "// Generated by the prerender step from src/bin/prerender/js/sw.js; do not edit.\n\
const CACHE='{cache}';const FILES=[{}];\n{SW_JS}",
        list.join(",")
    ))
}

/// Names the build a page belongs to, in a meta tag the service worker reads.
pub fn stamp_build(html: &str, build: &str) -> Option<String> {
    let at = html.find("</head>")?;
    Some(format!(
        "{}<meta name=\"role-quiz-build\" content=\"{build}\">{}",
        &html[..at],
        &html[at..]
    ))
}

/// `_headers` for hosts that read it (Netlify, Cloudflare Pages): the CSP as a real header, a
/// year of caching for content-hashed files, and revalidation for everything else (pages, the
/// service worker, the loaders), so a deploy reaches returning visitors at once.
/// `frame-ancestors` comes from `ROLE_QUIZ_FRAME_ANCESTORS` when set; without it any site may
/// embed the quiz (EMBEDDING.md says how to restrict it).
pub fn headers(public: &str, frame_ancestors: Option<&str>) -> String {
    let csp = match frame_ancestors {
        Some(origins) => format!("{CSP}; frame-ancestors 'self' {origins}"),
        None => CSP.to_string(),
    };
    let mut h = format!(
        "{public}*\n  Content-Security-Policy: {csp}\n  \
X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n"
    );
    for pattern in [
        "*.wasm",
        "role-quiz-*.js",
        "boot-*.js",
        "main-*.css",
        "favicon-*.svg",
    ] {
        h += &format!("{public}{pattern}\n  Cache-Control: public, max-age=31536000, immutable\n");
    }
    for pattern in ["", "*.html", "sw.js", "embed.js", "share-open.js"] {
        h += &format!("{public}{pattern}\n  Cache-Control: no-cache\n");
    }
    h
}

/// `ROLE_QUIZ_FRAME_ANCESTORS`: space-separated `https://` origins allowed to embed the quiz.
pub fn frame_ancestors(value: Option<&str>) -> Res<Option<String>> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let ok = v.split_whitespace().all(|o| {
        o.strip_prefix("https://")
            .or_else(|| o.strip_prefix("http://"))
            .is_some_and(|host| {
                !host.is_empty()
                    && host
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b".-:*".contains(&b))
            })
    });
    if ok {
        Ok(Some(v.split_whitespace().collect::<Vec<_>>().join(" ")))
    } else {
        Err(format!(
            "ROLE_QUIZ_FRAME_ANCESTORS=\"{v}\": expected origins such as https://careers.example.com, separated by spaces"
        ))
    }
}

/// Everything the hook reads from its environment, read once before any file is touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Trunk's staging folder: the site being built.
    pub staging: PathBuf,
    /// The project folder (for `embed/embed.js`).
    pub source: PathBuf,
    /// `--public-url`, ending in `/`.
    pub public: String,
    /// `ROLE_QUIZ_PUBLIC_URL` ending in `/`: the deployed address link previews need.
    pub site: Option<String>,
    /// A release build (strict CSP, loader moved out of the page).
    pub release: bool,
    /// `ROLE_QUIZ_FRAME_ANCESTORS`, checked.
    pub frame_ancestors: Option<String>,
}

fn with_slash(s: String) -> String {
    if s.ends_with('/') {
        s
    } else {
        s + "/"
    }
}

impl Config {
    /// Reads the configuration through `var` (the environment in the build).
    pub fn read(var: impl Fn(&str) -> Option<String>) -> Res<Config> {
        Ok(Config {
            staging: PathBuf::from(var("TRUNK_STAGING_DIR").unwrap_or_else(|| "dist".into())),
            source: PathBuf::from(var("TRUNK_SOURCE_DIR").unwrap_or_else(|| ".".into())),
            public: with_slash(var("TRUNK_PUBLIC_URL").unwrap_or_else(|| "/".into())),
            site: var("ROLE_QUIZ_PUBLIC_URL")
                .filter(|s| !s.is_empty())
                .map(with_slash),
            // `trunk serve` (a debug build) injects an inline live-reload script; a CSP would
            // block it, so the strict policy belongs to release builds.
            release: var("TRUNK_PROFILE").is_none_or(|p| p == "release"),
            frame_ancestors: frame_ancestors(var("ROLE_QUIZ_FRAME_ANCESTORS").as_deref())?,
        })
    }
}

/// Everything the hook does, in order.
pub fn run() -> Res<()> {
    let cfg = Config::read(|k| std::env::var(k).ok())?;
    let (staging, public) = (&cfg.staging, cfg.public.clone());
    // Link previews need absolute addresses; without the setting they fall back to the path.
    let site = match &cfg.site {
        Some(s) => s.clone(),
        None => {
            if cfg.release {
                eprintln!(
                    "warning: ROLE_QUIZ_PUBLIC_URL is not set, so shared links get no preview: \
                     og:url and og:image are relative and chat apps do not resolve them. Build \
                     with the deployed address, e.g. \
                     ROLE_QUIZ_PUBLIC_URL=https://careers.example.com/quiz/ trunk build --release"
                );
            }
            public.clone()
        }
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;

    let index_path = staging.join("index.html");
    let html = read(&index_path)?;
    // The whole app as it first renders (the intro), with Yew's hydration markers.
    let intro = rt.block_on(LocalServerRenderer::<App>::new().hydratable(true).render());
    let html = replace_app(&fill_shell(&html), &intro)?;
    let html = if cfg.release {
        add_csp(&drop_wasm_preload(&externalise_loader(
            &html, staging, &public,
        )?))?
    } else {
        html
    };
    write(&index_path, html)?;

    write(&staging.join("share-open.js"), SHARE_OPEN_JS)?;
    // Strings go in as JavaScript string content: no quote or backslash may break out.
    let loader = minify_js(&read(&cfg.source.join("embed/embed.js"))?);
    let loader = TEXT_PAIRS
        .iter()
        .chain(&palette_pairs())
        .fold(loader, |js, (k, v)| {
            let safe = v
                .replace('\\', "\\\\")
                .replace('\'', "\\'")
                .replace('<', "\\x3c")
                .replace('\n', " ");
            js.replace(&format!("{{{{{k}}}}}"), &safe)
        });
    write(&staging.join("embed.js"), loader + "\n")?;
    let css = find_asset(staging, "main-", ".css")?;
    let icon = find_asset(staging, "favicon-", ".svg")?;
    for page in share_pages() {
        let body = rt.block_on(
            LocalServerRenderer::<RolePage>::with_props(RolePageProps {
                heading: page.title.clone().into(),
                roles: page.roles.clone(),
                quiz_href: "../".into(),
            })
            .hydratable(false)
            .render(),
        );
        let html = role_page(&page, &body, &public, &site, &css, &icon);
        write(&staging.join("r").join(format!("{}.html", page.id)), html)?;
        let png = og::image(
            TEXT.app_title,
            &page.title,
            &page.image_line,
            &page.image_footer,
        )?;
        write(&staging.join("r").join(format!("{}.png", page.id)), png)?;
    }
    let sw = service_worker(staging)?;
    write(&staging.join("sw.js"), sw)?;
    let ancestors = frame_ancestors(std::env::var("ROLE_QUIZ_FRAME_ANCESTORS").ok().as_deref())?;
    write(
        &staging.join("_headers"),
        headers(&public, ancestors.as_deref()),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk's own `index.html` for this project, saved from a build without the hook: a Trunk
    /// upgrade that changes its markup fails these tests, not a deploy. Refresh it with the
    /// hook removed from a copy of Trunk.toml (`trunk build --release --public-url
    /// /careers/quiz/ --config <copy>`).
    const TRUNK_INDEX: &str = include_str!("../../../tests/fixtures/trunk-0.22.1-index.html");

    #[test]
    fn the_shell_transforms_work_on_trunks_own_output() {
        let filled = fill_shell(TRUNK_INDEX);
        assert!(!filled.contains("{{"), "every placeholder filled");
        assert!(filled.contains(&format!("<title>{}</title>", escape(TEXT.app_title))));
        assert!(filled.contains(&format!(
            "content=\"{}\" name=description",
            escape(TEXT.meta_description)
        )));
        assert!(filled.contains(&format!(
            "content=\"{}\" name=theme-color",
            role_quiz::theme::LIGHT.accent
        )));

        let with_app = replace_app(&filled, "<main>INTRO</main>").expect("an #app element");
        assert!(
            with_app.contains("<div id=app><main>INTRO</main></div>"),
            "{with_app}"
        );
        assert!(
            !with_app.contains(TEXT.loading),
            "the loading placeholder is gone"
        );

        let dir = std::env::temp_dir().join(format!("rq-shell-{}", std::process::id()));
        let external = externalise_loader(&with_app, &dir, "/careers/quiz/").expect("loader moved");
        assert!(
            !external.contains("<script type=module>"),
            "no inline script is left"
        );
        let boot = external
            .split("<script type=module src=\"/careers/quiz/")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the loader as a file");
        let code = fs::read_to_string(dir.join(boot)).expect("boot file written");
        assert!(code.contains("init("), "Trunk's loader moved whole: {code}");
        let _ = fs::remove_dir_all(&dir);

        let lean = drop_wasm_preload(&external);
        assert!(!lean.contains("rel=preload"), "no preload of the wasm");
        assert!(
            lean.contains("rel=modulepreload"),
            "the JS glue is still preloaded"
        );

        let strict = add_csp(&lean).expect("a meta charset to follow");
        assert!(strict.starts_with(
            "<!doctype html><html lang=en><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\""
        ));
    }

    #[test]
    fn role_pages_fill_every_placeholder() {
        let page = &share_pages()[0];
        let html = role_page(
            page,
            "<main>{{not_a_key}}</main>",
            "/q/",
            "https://a.example/q/",
            "main-1.css",
            "favicon-1.svg",
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
        assert!(head.contains(&format!("content=\"{}\"", role_quiz::theme::LIGHT.accent)));
    }

    #[test]
    fn configuration_is_read_once_with_defaults() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        let c = Config::read(env(&[])).expect("defaults");
        assert_eq!(c.staging, PathBuf::from("dist"));
        assert_eq!((c.public.as_str(), c.site, c.release), ("/", None, true));
        let c = Config::read(env(&[
            ("TRUNK_PUBLIC_URL", "/quiz"),
            ("ROLE_QUIZ_PUBLIC_URL", "https://a.example/quiz"),
            ("TRUNK_PROFILE", "debug"),
        ]))
        .expect("valid");
        assert_eq!(c.public, "/quiz/");
        assert_eq!(c.site.as_deref(), Some("https://a.example/quiz/"));
        assert!(!c.release);
        assert!(Config::read(env(&[("ROLE_QUIZ_FRAME_ANCESTORS", "*")])).is_err());
    }

    #[test]
    fn minifying_drops_whole_line_comments_only() {
        let src = "/* a\n * block */\n  // line\n  var u = 'https://x.test/a // b'; // kept\n  var r = /a*/;\n\n";
        assert_eq!(
            minify_js(src),
            "var u = 'https://x.test/a // b'; // kept\nvar r = /a*/;"
        );
    }

    #[test]
    fn pages_are_stamped_with_their_build() {
        let html = stamp_build(
            "<html><head><title>t</title></head><body></body>",
            "role-quiz-1",
        )
        .expect("has a head");
        assert!(html.contains("<meta name=\"role-quiz-build\" content=\"role-quiz-1\"></head>"));
        assert_eq!(stamp_build("<p>no head</p>", "x"), None);
    }

    #[test]
    fn headers_revalidate_pages_and_keep_hashed_files_a_year() {
        let h = headers("/quiz/", None);
        for page in [
            "/quiz/\n",
            "/quiz/*.html\n",
            "/quiz/sw.js\n",
            "/quiz/embed.js\n",
        ] {
            assert!(
                h.contains(&format!("{page}  Cache-Control: no-cache")),
                "{page}"
            );
        }
        assert!(h.contains("/quiz/*.wasm\n  Cache-Control: public, max-age=31536000, immutable"));
        assert!(
            !h.contains("frame-ancestors"),
            "any site may embed by default"
        );
        let ancestors =
            frame_ancestors(Some(" https://a.example  https://b.example ")).expect("valid");
        let h = headers("/quiz/", ancestors.as_deref());
        assert!(h.contains("; frame-ancestors 'self' https://a.example https://b.example\n"));
        assert_eq!(frame_ancestors(None), Ok(None));
        for bad in [
            "*",
            "a.example",
            "https://a.example; script-src *",
            "javascript:x",
        ] {
            assert!(frame_ancestors(Some(bad)).is_err(), "{bad}");
        }
    }
}
