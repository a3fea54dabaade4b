//! Post-processes Trunk's staging folder into the deployable site: the configuration, read once,
//! and the steps in order. The steps live in `shell.rs` (the first page), `pages.rs` (share
//! pages), `loader.rs` (embed.js), `wasm_names.rs` and `precompress.rs` (the app's wasm and
//! glue) and `offline.rs` (service worker and headers).

use super::loader::minify_js;
use super::offline::{frame_ancestors, headers, service_worker};
use super::og;
use super::pages::{role_page, share_pages};
use super::precompress::precompress;
use super::shell::{
    add_csp, add_late_text_script, defer_result_css, drop_wasm_preload, externalise_loader,
    fill_shell, find_asset, palette_pairs, replace_app,
};
use super::wasm_names::shorten_files;
use role_quiz::app::App;
use role_quiz::pages::role::{RolePage, RolePageProps};
use role_quiz::quiz::{content::LATE_FILE, late, CALL_TO_ACTION, TEXT, TEXT_PAIRS};
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
const SHARE_OPEN_JS: &str = include_str!("js/share-open.js");

pub type Res<T> = Result<T, String>;

pub fn read(p: &Path) -> Res<String> {
    fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

pub fn write(p: &Path, data: impl AsRef<[u8]>) -> Res<()> {
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
pub fn fnv(data: &[u8]) -> String {
    let h = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{h:016x}")
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
    // scripts/build.sh says which toolchain built the WebAssembly; a plain `trunk build` does not.
    if cfg.release && std::env::var("ROLE_QUIZ_BUILD").is_err() {
        eprintln!(
            "note: the WebAssembly was built on the default toolchain; `bash scripts/build.sh` \
             (same arguments) builds it ~15 KB smaller (gzip) on the pinned nightly"
        );
    }
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
    // The call to action is the point of the quiz for a recruiter: say when it is missing, and
    // never let it lead back into the quiz.
    let cta = CALL_TO_ACTION.url;
    if cta.is_empty() && cfg.release {
        eprintln!(
            "warning: call_to_action.url in content/quiz.toml is empty, so results show no \
             \"Talk to a recruiter\" button (embeds can still set data-cta-url). Set it to the \
             recruiters' contact page, e.g. https://careers.example.com/contact?role={{role}}"
        );
    }
    if !cta.is_empty() && cfg.site.as_deref().is_some_and(|s| cta.starts_with(s)) {
        return Err(format!(
            "call_to_action.url ({cta}) points into the quiz itself ({site}): set the recruiters' own page"
        ));
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;

    let index_path = staging.join("index.html");
    let html = read(&index_path)?;
    // The whole app as it first renders (the intro); the app replaces it when it starts.
    let intro = rt.block_on(LocalServerRenderer::<App>::new().hydratable(false).render());
    let html = replace_app(&fill_shell(&html), &intro)?;
    // The words shown past the intro, beside the app (src/quiz/late.rs).
    write(&staging.join(LATE_FILE), late::FILE)?;
    let html = if cfg.release {
        let (html, wasm) = shorten_files(&html, staging)?;
        precompress(staging, &wasm)?;
        precompress(staging, LATE_FILE)?;
        // Trunk copies `data-integrity=none` into the tags it writes; it means nothing there.
        let html = defer_result_css(&html)?.replace(" data-integrity=none", "");
        add_csp(&drop_wasm_preload(&externalise_loader(
            &html, staging, &public,
        )?))?
    } else {
        add_late_text_script(&html, &public)?
    };
    // The page a share link opens the app on: the same page, with "Opening the shared result…"
    // where the intro would be, so nobody sees the intro and its Start button on the way.
    let opening = format!(
        "<main class=\"quiz\" id=\"main\"><p class=\"loading\" role=\"status\">{}</p></main>",
        escape(TEXT.opening_result)
    );
    // The recruiter's brand heads the quiz's own pages, not the embed's (the host page is the
    // recruiter's): embeds load `embed.html`, the page without it.
    let logo = super::brand::logo(&cfg.source)?;
    let brand = super::brand::header(logo.as_deref(), staging, &public)?;
    write(&staging.join("embed.html"), &html)?;
    let html = super::brand::add_header(&html, &brand)?;
    write(&staging.join("open.html"), replace_app(&html, &opening)?)?;
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
    let result_css = find_asset(staging, "result-", ".css")?;
    for page in share_pages() {
        let body = rt.block_on(
            LocalServerRenderer::<RolePage>::with_props(RolePageProps {
                heading: page.heading.clone().into(),
                roles: page.roles.clone(),
                quiz_href: "../".into(),
            })
            .hydratable(false)
            .render(),
        );
        let html = super::brand::add_header(
            &role_page(&page, &body, &public, &site, [&css, &result_css]),
            &brand,
        )?;
        write(&staging.join("r").join(format!("{}.html", page.id)), html)?;
        let png = og::image(
            &super::brand::kicker(TEXT.app_title),
            &page.title,
            &page.image_line,
            &page.image_footer,
            super::brand::png_logo(logo.as_deref()),
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
}
