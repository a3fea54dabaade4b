//! The page shell: Trunk's `index.html` made into the deployable first page. Strings and colours
//! are filled in, the prerendered intro goes into `#app`, Trunk's inline loader moves to a file
//! (the CSP allows no inline script), the wasm preload goes and the CSP meta tag comes in. Each
//! step is tested against a saved copy of Trunk's own output.

use super::files::{fnv, write, Res};
use super::markup::{escape, fill, minify_js, Into, CSP};
use super::values::shell_values;
use role_quiz::quiz::{late::LATE_FILE, TEXT};
use std::path::Path;

/// The first page: Trunk's `index.html` with its `{{key}}` strings and colours filled in and
/// the prerendered intro (`intro`, the app's first render) in `#app`.
pub fn first_page(trunk_index: &str, intro: &str) -> Res<String> {
    replace_app(&fill(trunk_index, &shell_values(), Into::Html), intro)
}

/// The page a share link opens the app on (`open.html`): the same page, with "Opening the
/// shared result…" where the intro would be, so nobody sees the intro and its Start button on
/// the way.
pub fn opening_page(page: &str) -> Res<String> {
    let opening = format!(
        "<main class=\"quiz\" id=\"main\"><p class=\"loading\" role=\"status\">{}</p></main>",
        escape(TEXT.opening_result)
    );
    replace_app(page, &opening)
}

/// Shows the crash panel when the WebAssembly traps (see the file).
const CRASH_JS: &str = include_str!("js/crash.js");
/// Fetches the pre-compressed WebAssembly (see the file and `precompress.rs`).
const WASM_GZ_JS: &str = include_str!("js/wasm-gz.js");
/// Fetches the words shown past the intro (see the file and `src/quiz/late.rs`).
const LATE_TEXT_JS: &str = include_str!("js/late-text.js");
/// Enables the result's stylesheet (see the file and [`defer_result_css`]).
const LATE_CSS_JS: &str = include_str!("js/late-css.js");
/// Registers the service worker.
const SW_REGISTER_JS: &str = include_str!("js/sw-register.js");
/// Tells keyboard use from pointer use (`html.kbd`).
const INPUT_KIND_JS: &str = include_str!("js/input-kind.js");
/// Starts the app, with the "could not load" panel when it cannot.
const START_JS: &str = include_str!("js/start.js");
/// Inside a frame, follows only the app's own history entries.
const OWN_ENTRIES_JS: &str = include_str!("js/own-entries.js");

/// Moves Trunk's inline loader into a hashed file so the CSP needs no `unsafe-inline`, as the
/// boot script: the trap handler first, then the page-level scripts in `js/`, the app's start
/// (see [`start_app`]), and what waits for the app (the result's stylesheet, the service worker).
pub fn externalise_loader(html: &str, staging: &Path, public: &str) -> Res<String> {
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
            let mut code = out[open_end..close].to_string();
            if kind == "type=module " {
                // The trap handler listens before anything can trap; the stylesheet and the
                // service worker wait until the app is up.
                let [crash, wasm_gz, late_css, input_kind, own, start, sw] = [
                    CRASH_JS,
                    WASM_GZ_JS,
                    LATE_CSS_JS,
                    INPUT_KIND_JS,
                    OWN_ENTRIES_JS,
                    START_JS,
                    SW_REGISTER_JS,
                ]
                .map(minify_js);
                let late_text = late_text_js(public);
                let loader = start_app(&code)?;
                // The late words start loading before the result's stylesheet is awaited, and
                // an address past the intro waits for both before the app starts.
                code = format!(
                    "{crash}\n{wasm_gz}\n{late_text}\n{late_css}\n{input_kind}\n{own}\n{start}\nawait lateEarly;\n{loader}\nenableLateCss();\nlateText();\n{sw}"
                );
            }
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

/// `js/late-text.js` (with `js/wasm-gz.js`, which it uses) for the late words at
/// `<public>late-<hash>.txt`.
pub fn late_text_js(public: &str) -> String {
    let file = format!("{public}{LATE_FILE}");
    fill(
        &minify_js(LATE_TEXT_JS),
        &[("late_file", &file)],
        Into::JsString,
    )
}

/// A development build keeps Trunk's loader in the page: the late words come from a script of
/// their own beside it.
pub fn add_late_text_script(html: &str, public: &str) -> Res<String> {
    let at = html.find("</body>").ok_or("index.html: no </body>")?;
    let js = [
        minify_js(WASM_GZ_JS),
        late_text_js(public),
        "lateText();".to_string(),
    ]
    .join("\n");
    let mut out = html.to_string();
    out.insert_str(at, &format!("<script type=module>{js}</script>"));
    Ok(out)
}

/// The app's start, from the two addresses in Trunk's loader (`import init,*as bindings
/// from"….js";const wasm=await init({module_or_path:`…_bg.wasm`});…`), handed to `start`
/// (js/start.js), which imports the glue and sends the WebAssembly through `wasmResponse`
/// (js/wasm-gz.js). Trunk's `wasmBindings` global and
/// `TrunkApplicationStarted` event are left out: nothing here uses them.
fn start_app(trunk_loader: &str) -> Res<String> {
    let between = |open: &str, close: char| -> Res<&str> {
        let at = trunk_loader
            .find(open)
            .ok_or_else(|| format!("Trunk's loader changed, no {open}: {trunk_loader}"))?
            + open.len();
        let len = trunk_loader[at..]
            .find(close)
            .ok_or_else(|| format!("Trunk's loader changed: {trunk_loader}"))?;
        Ok(&trunk_loader[at..at + len])
    };
    let glue = between("from\"", '"')?;
    let wasm = between("module_or_path:`", '`')?;
    if !glue.ends_with(".js") || !wasm.ends_with("_bg.wasm") {
        return Err(format!("Trunk's loader changed: {trunk_loader}"));
    }
    Ok(["await start(\"", glue, "\",\"", wasm, "\");"].concat())
}

/// Leaves the result's stylesheet (`styles/result.css`) in the page but disabled, so the
/// browser does not fetch it for the first screen; `js/late-css.js` enables it.
pub fn defer_result_css(html: &str) -> Res<String> {
    let href = html
        .find("/result-")
        .ok_or("no result stylesheet in index.html")?;
    let at = html[..href]
        .rfind("<link")
        .ok_or("result stylesheet: no <link>")?;
    let end = at
        + html[at..]
            .find('>')
            .ok_or("result stylesheet: unclosed <link>")?;
    if !html[at..end].contains("stylesheet") {
        return Err(format!("not a stylesheet: {}", &html[at..=end]));
    }
    Ok([&html[..end], " id=result-css disabled", &html[end..]].concat())
}

/// Removes Trunk's `<link rel=preload>` of the wasm. The intro is already prerendered and its
/// Start works without the app, so the 110 KB download should not compete with first paint:
/// measured, Lighthouse's simulated LCP drops from 2.4 s to 1.1 s (Performance 97 to 100).
pub fn drop_wasm_preload(html: &str) -> String {
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
pub fn add_csp(html: &str) -> Res<String> {
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
pub fn replace_app(html: &str, inner: &str) -> Res<String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// Trunk's own `index.html` for this project, saved from a build without the hook: a Trunk
    /// upgrade that changes its markup fails these tests, not a deploy. Refresh it with the
    /// hook removed from a copy of Trunk.toml (`trunk build --release --public-url
    /// /careers/quiz/ --config <copy>`).
    const TRUNK_INDEX: &str = include_str!("../../../tests/fixtures/trunk-0.22.1-index.html");

    #[test]
    fn the_shell_transforms_work_on_trunks_own_output() {
        let filled = fill(TRUNK_INDEX, &shell_values(), Into::Html);
        assert!(!filled.contains("{{"), "every placeholder filled");
        assert!(
            filled.contains("rel=icon")
                && filled.contains("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'")
        );
        assert!(filled.contains(&format!("<title>{}</title>", escape(TEXT.app_title))));
        assert!(filled.contains(&format!(
            "content=\"{}\" name=description",
            escape(TEXT.meta_description.get())
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
        assert!(
            code.contains(
                "await start(\"/careers/quiz/role-quiz-9ad8089c37fcbdc8.js\",\"/careers/quiz/role-quiz-3c7dfbe67b344a_bg.wasm\");"
            ),
            "the loader fetches the pre-compressed wasm: {code}"
        );
        let order = [
            "const lateCss",
            "await start(",
            "\nenableLateCss();",
            "serviceWorker",
        ]
        .map(|s| code.find(s).unwrap_or(usize::MAX));
        assert!(
            order.windows(2).all(|w| w[0] < w[1]) && order[3] < usize::MAX,
            "the result's stylesheet and the service worker come after the app is up: {code}"
        );
        assert!(
            matches!(
                (code.find("WebAssembly.RuntimeError"), code.find("init(")),
                (Some(handler), Some(start)) if handler < start
            ),
            "the trap handler is listening before the WebAssembly starts: {code}"
        );
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
}
