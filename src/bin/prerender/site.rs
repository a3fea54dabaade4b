//! Top layer: the build step's order, nothing else. Each step lives in a module of its own and
//! imports only the bottom layer (`files`, `markup`, `values`, `config`):
//!
//! 1. `shell`: Trunk's page as the first page, with the intro prerendered in it;
//! 2. `wasm_names`, `precompress` (release): the app's WebAssembly and glue, smaller;
//! 3. `shell` again: the boot script out of the page, the CSP in; the page in its three kinds
//!    (`embed.html` without the brand, `open.html` for share links, `index.html`);
//! 4. `embed_js`: the loader host pages include;
//! 5. `pages`, `og`, `brand`: a page and a preview image per shareable outcome;
//! 6. `offline`: the service worker and the hosts' `_headers`.

use super::brand;
use super::config::Config;
use super::embed_js::embed_js;
use super::files::{find_asset, read, write, Res};
use super::offline::{headers, service_worker};
use super::og;
use super::pages::{role_page, share_pages};
use super::precompress::precompress;
use super::shell::{
    add_csp, add_late_text_script, defer_result_css, drop_wasm_preload, externalise_loader,
    first_page, opening_page,
};
use super::wasm_names::shorten_files;
use role_quiz::app::App;
use role_quiz::pages::role::{RolePage, RolePageProps};
use role_quiz::quiz::late::{self, LATE_FILE};
use role_quiz::quiz::{CALL_TO_ACTION, TEXT};
use yew::LocalServerRenderer;

/// Opens the quiz on the shared result carried in a role page's fragment. External, because
/// the CSP allows no inline script.
const SHARE_OPEN_JS: &str = include_str!("js/share-open.js");

/// Everything the hook does, in order.
pub fn run() -> Res<()> {
    let cfg = Config::read(|k| std::env::var(k).ok())?;
    for line in cfg.warnings(CALL_TO_ACTION.url)? {
        eprintln!("{line}");
    }
    let (staging, public) = (&cfg.staging, cfg.public.as_str());
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;

    // 1. The whole app as it first renders (the intro); the app replaces it when it starts.
    let index_path = staging.join("index.html");
    let intro = rt.block_on(LocalServerRenderer::<App>::new().hydratable(false).render());
    let html = first_page(&read(&index_path)?, &intro)?;
    // The words shown past the intro, beside the app (src/quiz/late.rs).
    write(&staging.join(LATE_FILE), late::FILE)?;

    // 2 and 3. A release ships smaller files and a strict page; `trunk serve` keeps Trunk's.
    let html = if cfg.release {
        let (html, wasm) = shorten_files(&html, staging)?;
        precompress(staging, &wasm)?;
        precompress(staging, LATE_FILE)?;
        // Trunk copies `data-integrity=none` into the tags it writes; it means nothing there.
        let html = defer_result_css(&html)?.replace(" data-integrity=none", "");
        add_csp(&drop_wasm_preload(&externalise_loader(
            &html, staging, public,
        )?))?
    } else {
        add_late_text_script(&html, public)?
    };
    // The recruiter's brand heads the quiz's own pages, not the embed's (the host page is the
    // recruiter's): embeds load `embed.html`, the page without it.
    let logo = brand::logo(&cfg.source)?;
    let header = brand::header(logo.as_deref(), staging, public)?;
    write(&staging.join("embed.html"), &html)?;
    let html = brand::add_header(&html, &header)?;
    write(&staging.join("open.html"), opening_page(&html)?)?;
    write(&index_path, html)?;
    write(&staging.join("share-open.js"), SHARE_OPEN_JS)?;

    // 4. The loader host pages include.
    let loader = embed_js(&read(&cfg.source.join("embed/embed.js"))?);
    write(&staging.join("embed.js"), loader)?;

    // 5. A page and a preview image per shareable outcome.
    let css = [
        find_asset(staging, "main-", ".css")?,
        find_asset(staging, "result-", ".css")?,
    ];
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
        let html = role_page(&page, &body, public, cfg.preview_base(), [&css[0], &css[1]]);
        let html = brand::add_header(&html, &header)?;
        write(&staging.join("r").join(format!("{}.html", page.id)), html)?;
        let png = og::image(
            &brand::kicker(TEXT.app_title),
            &page.title,
            &page.image_line,
            &page.image_footer,
            brand::png_logo(logo.as_deref()),
        )?;
        write(&staging.join("r").join(format!("{}.png", page.id)), png)?;
    }

    // 6. Offline and the hosts' headers.
    write(&staging.join("sw.js"), service_worker(staging)?)?;
    let headers = headers(public, cfg.frame_ancestors.as_deref());
    write(&staging.join("_headers"), headers)?;
    Ok(())
}
