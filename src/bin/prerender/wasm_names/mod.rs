//! Short names between the WebAssembly and its JavaScript glue.
//!
//! wasm-bindgen names every import after its function plus a 16-digit hex hash
//! (`__wbg_addEventListener_f2d27251d333a631`) and some exports after mangled Rust paths. Each
//! name is written twice, in the wasm's import or export table and in the glue, and hex hashes
//! do not compress: measured on this app, 129 imports and 18 exports cost 4.7 KB of the first
//! screen's gzip (the wasm 2.8 KB, the glue 1.9 KB). This step renames them to `a`, `b`, … in
//! both files, as a JavaScript minifier would, and drops two custom sections browsers never read
//! (`producers`, `target_features`).
//!
//! The module is read with `wasmparser` and written with `wasm-encoder` (build time only: no
//! cost to visitors); every section but the import and export tables passes through as its raw
//! bytes. The glue is read as JavaScript (`glue.rs`): a name is renamed only where the glue
//! uses it the way wasm-bindgen writes it today (an import as an object key, an export as
//! `wasm.name` or as the glue's own function of that name). Any other use keeps that name as it
//! is in both files, so a future wasm-bindgen can make the output larger, never inconsistent;
//! the unit tests run the real glue of wasm-bindgen 0.2.130 and fail if a name is left.

use super::files::{find_asset, fnv, read, write, Res};
mod glue;

use glue::{idents, mentions, uses, Use};
use std::fs;
use std::path::Path;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ExportSection, ImportSection, Module, RawSection};
use wasmparser::{Parser, Payload};

/// The glue's key for the wasm's import module becomes this.
const MODULE: &str = "w";
/// Custom sections that no browser reads. wasm-opt drops them (`--strip-producers
/// --strip-target-features` in index.html); a build without wasm-opt drops them here.
const DROPPED: [&str; 2] = ["producers", "target_features"];

/// Shortens the names in the staged app's wasm and glue, and gives both files new content-hashed
/// names (a browser holding last deploy's glue must never pair it with this wasm). Returns
/// `html` with the new file names, and the wasm's new name.
pub fn shorten_files(html: &str, staging: &Path) -> Res<(String, String)> {
    let js_name = find_asset(staging, APP, ".js")?;
    let wasm_name = find_asset(staging, APP, "_bg.wasm")?;
    let wasm = fs::read(staging.join(&wasm_name)).map_err(|e| format!("{wasm_name}: {e}"))?;
    let (wasm, js) = shorten(&wasm, &read(&staging.join(&js_name))?)?;
    let new_js = format!("{APP}{}.js", fnv(js.as_bytes()));
    let new_wasm = format!("{APP}{}_bg.wasm", fnv(&wasm));
    for old in [&js_name, &wasm_name] {
        fs::remove_file(staging.join(old)).map_err(|e| format!("{old}: {e}"))?;
    }
    write(&staging.join(&new_js), js)?;
    write(&staging.join(&new_wasm), wasm)?;
    let html = html
        .replace(&js_name, &new_js)
        .replace(&wasm_name, &new_wasm);
    Ok((html, new_wasm))
}

/// Trunk names the app's files after the crate: `role-quiz-<hash>.js`, `role-quiz-<hash>_bg.wasm`.
const APP: &str = "role-quiz-";

/// Returns the renamed wasm and glue.
pub fn shorten(wasm: &[u8], js: &str) -> Res<(Vec<u8>, String)> {
    let bad = |e: wasmparser::BinaryReaderError| format!("not a WebAssembly module: {e}");
    let mut js = js.to_string();
    let mut names = Names::default();
    let mut out = Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let raw = |id: u8, range: std::ops::Range<usize>| RawSection {
            id,
            data: &wasm[range],
        };
        match payload.map_err(bad)? {
            Payload::Version { num, .. } if num != 1 => {
                return Err(format!("WebAssembly version {num}: only 1 is known"))
            }
            Payload::ImportSection(r) => {
                let mut section = ImportSection::new();
                // The module the glue's import object names once, as
                // `{"./role-quiz_bg.js":{key:function…}}`, becomes `w`. Only one module is
                // renamed, so two can never share the short name.
                let mut renamed: Option<String> = None;
                for import in r.into_imports() {
                    let import = import.map_err(bad)?;
                    let quoted = format!("\"{}\":", import.module);
                    if renamed.is_none() && js.matches(&quoted).count() == 1 {
                        js = js.replacen(&quoted, &format!("{MODULE}:"), 1);
                        renamed = Some(import.module.to_string());
                    }
                    let module = match &renamed {
                        Some(m) if m == import.module => MODULE,
                        _ => import.module,
                    };
                    // Used as a key of the import object, and nowhere else.
                    let name = names.rename(&mut js, import.name, |u| u == Use::Key);
                    let ty = RoundtripReencoder
                        .entity_type(import.ty)
                        .map_err(|e| format!("import {}: {e:?}", import.name))?;
                    section.import(module, &name, ty);
                }
                out.section(&section);
            }
            Payload::ExportSection(r) => {
                let mut section = ExportSection::new();
                for export in r {
                    let export = export.map_err(bad)?;
                    // Read as `wasm.name`; a closure's invoke export also names the glue's
                    // function that calls it, an identifier of the glue's own renamed with it.
                    let name = names.rename(&mut js, export.name, |u| {
                        matches!(u, Use::WasmMember | Use::Bare | Use::Unused)
                    });
                    let kind = RoundtripReencoder
                        .export_kind(export.kind)
                        .map_err(|e| format!("export {}: {e:?}", export.name))?;
                    section.export(&name, kind, export.index);
                }
                out.section(&section);
            }
            Payload::CustomSection(r) if DROPPED.contains(&r.name()) => {}
            Payload::CustomSection(r) => {
                out.section(&raw(0, r.range()));
            }
            Payload::TypeSection(r) => drop(out.section(&raw(1, r.range()))),
            Payload::FunctionSection(r) => drop(out.section(&raw(3, r.range()))),
            Payload::TableSection(r) => drop(out.section(&raw(4, r.range()))),
            Payload::MemorySection(r) => drop(out.section(&raw(5, r.range()))),
            Payload::GlobalSection(r) => drop(out.section(&raw(6, r.range()))),
            Payload::StartSection { range, .. } => drop(out.section(&raw(8, range))),
            Payload::ElementSection(r) => drop(out.section(&raw(9, r.range()))),
            Payload::CodeSectionStart { range, .. } => drop(out.section(&raw(10, range))),
            Payload::CodeSectionEntry(_) => {}
            Payload::DataSection(r) => drop(out.section(&raw(11, r.range()))),
            Payload::DataCountSection { range, .. } => drop(out.section(&raw(12, range))),
            Payload::TagSection(r) => drop(out.section(&raw(13, r.range()))),
            Payload::UnknownSection { id, range, .. } => drop(out.section(&raw(id, range))),
            Payload::Version { .. } | Payload::End(_) => {}
            other => return Err(format!("unexpected in an app's module: {other:?}")),
        }
    }
    Ok((out.finish(), js))
}

/// Hands out `a`, `b`, … `Z`, `aa`, … in order, never a word JavaScript reserves.
#[derive(Default)]
struct Names {
    next: usize,
}

/// Short names a minifier would hand out that JavaScript reserves (or treats specially).
const RESERVED: [&str; 6] = ["do", "if", "in", "as", "of", "let"];

impl Names {
    /// Renames `name` in `js` if `fits(use)` holds for every use of it as an identifier of the
    /// code; otherwise leaves it. Returns the name the wasm gets.
    fn rename(&mut self, js: &mut String, name: &str, fits: impl Fn(Use) -> bool) -> String {
        let all = idents(js);
        let found: Vec<_> = uses(js, &all, name).collect();
        // Every use fits, and there is no other: a name also in a string or a comment (read as
        // `wasm["name"]`, say) is left as it is everywhere.
        let anywhere = mentions(js, name);
        // A name the glue never mentions is renamed only where nobody needs to read it (an
        // export such as `main`, which the glue does not call); an import the glue does not
        // provide stays as it is, for the browser to report by its own name.
        let unmentioned_ok = fits(Use::Unused);
        if (found.is_empty() && !unmentioned_ok)
            || found.len() != anywhere
            || !found.iter().all(|u| fits(u.kind))
        {
            return name.to_string();
        }
        let short = loop {
            let s = short_name(self.next);
            self.next += 1;
            // A fresh name must not already be an identifier in the glue.
            if !RESERVED.contains(&s.as_str()) && uses(js, &all, &s).next().is_none() {
                break s;
            }
        };
        for u in found.iter().rev() {
            js.replace_range(u.start..u.end, &short);
        }
        short
    }
}

fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut s = Vec::new();
    loop {
        s.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    s.reverse();
    String::from_utf8_lossy(&s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CustomSection, EntityType, ExportKind};

    /// A module importing `./m_bg.js`.`__wbg_log_0123456789abcdef` (function type 0) and
    /// exporting `__wbindgen_malloc`, `memory`, and two closure invokers (functions 2 and 3), with
    /// a `producers` section and another custom section that must stay.
    fn module() -> Vec<u8> {
        let mut m = Module::new();
        let mut imports = ImportSection::new();
        imports.import(
            "./m_bg.js",
            "__wbg_log_0123456789abcdef",
            EntityType::Function(0),
        );
        m.section(&imports);
        let mut exports = ExportSection::new();
        exports.export("__wbindgen_malloc", ExportKind::Func, 1);
        exports.export("memory", ExportKind::Memory, 0);
        exports.export("invoke_h1", ExportKind::Func, 2);
        exports.export("invoke_h2", ExportKind::Func, 3);
        m.section(&exports);
        for (name, data) in [("producers", b"rustc".as_slice()), ("keep", &[7])] {
            m.section(&CustomSection {
                name: name.into(),
                data: data.into(),
            });
        }
        m.finish()
    }

    /// Glue as wasm-bindgen writes it: `invoke_h1` is also the name of a function of the glue's
    /// own; `invoke_h2` is also one the module exports to other code.
    const GLUE: &str = "function i(){return{__proto__:null,\"./m_bg.js\":{__proto__:null,\
__wbg_log_0123456789abcdef:function(e){console.log(e)}}}}\
function s(n){let p=wasm.__wbindgen_malloc(n);return new Uint8Array(wasm.memory.buffer,p)}\
function invoke_h1(e){wasm.invoke_h1(e)}function g(){return invoke_h1}\
function invoke_h2(e){wasm.invoke_h2(e)}export{s,invoke_h2};";

    /// The module's (import module, import name)s, export names and custom section names.
    fn read(wasm: &[u8]) -> (Vec<(String, String)>, Vec<String>, Vec<String>) {
        let (mut imports, mut exports, mut custom) = (Vec::new(), Vec::new(), Vec::new());
        for p in Parser::new(0).parse_all(wasm) {
            match p.expect("still a module") {
                Payload::ImportSection(r) => {
                    for i in r.into_imports() {
                        let i = i.expect("an import");
                        imports.push((i.module.to_string(), i.name.to_string()));
                    }
                }
                Payload::ExportSection(r) => {
                    for e in r {
                        exports.push(e.expect("an export").name.to_string());
                    }
                }
                Payload::CustomSection(r) => custom.push(r.name().to_string()),
                _ => {}
            }
        }
        (imports, exports, custom)
    }

    #[test]
    fn names_are_shortened_the_same_in_both_files() {
        let (wasm, js) = shorten(&module(), GLUE).expect("valid module");
        assert_eq!(
            js,
            "function i(){return{__proto__:null,w:{__proto__:null,\
a:function(e){console.log(e)}}}}\
function s(n){let p=wasm.b(n);return new Uint8Array(wasm.c.buffer,p)}\
function d(e){wasm.d(e)}function g(){return d}\
function invoke_h2(e){wasm.invoke_h2(e)}export{s,invoke_h2};"
        );
        let (imports, exports, custom) = read(&wasm);
        assert_eq!(imports, [("w".to_string(), "a".to_string())]);
        assert_eq!(exports, ["b", "c", "d", "invoke_h2"]);
        assert_eq!(
            custom,
            ["keep"],
            "producers dropped, other custom sections kept"
        );
    }

    #[test]
    fn a_name_used_any_other_way_is_left_alone() {
        // `memory` read by a string key, and the fresh name `c` already taken by the glue.
        let glue = GLUE
            .replace("wasm.memory", "wasm[\"memory\"]")
            .replace("function g()", "function c()");
        let (wasm, js) = shorten(&module(), &glue).expect("valid module");
        assert!(js.contains("wasm[\"memory\"]") && js.contains("wasm.b(n)"));
        assert!(js.contains("function d(e){wasm.d(e)}function c(){return d}"));
        assert_eq!(read(&wasm).1, ["b", "memory", "d", "invoke_h2"]);
        // A name in a string, a comment or a shorthand key is not code: it stays everywhere.
        let glue = GLUE.replace(
            "function g(){return invoke_h1}",
            "function g(){return{invoke_h1}}/* wasm.invoke_h1 */const q='invoke_h1';",
        );
        let (wasm, js) = shorten(&module(), &glue).expect("valid module");
        assert!(js.contains("return{invoke_h1}}/* wasm.invoke_h1 */const q='invoke_h1';"));
        assert!(read(&wasm).1.contains(&"invoke_h1".to_string()));
    }

    /// wasm-bindgen 0.2.130's glue for this app as Trunk hands it to this step (minified), and
    /// the imports and exports of the module it came with (`import <module> <name> <kind>`,
    /// `export <name> <kind>`). Refresh both after a wasm-bindgen upgrade: build with the hook
    /// replaced by a copy of Trunk's staging folder (see `shell.rs`'s fixture), save the `.js`,
    /// and list the `.wasm`'s names with `WebAssembly.Module.imports`/`exports` in Node.
    const REAL_GLUE: &str = include_str!("../../../../tests/fixtures/wasm-bindgen-0.2.130-glue.js");
    const REAL_NAMES: &str =
        include_str!("../../../../tests/fixtures/wasm-bindgen-0.2.130-names.txt");

    /// A module with the real module's imports and exports (no code: names are all that
    /// matter here).
    fn real_module() -> Vec<u8> {
        let mut imports = ImportSection::new();
        let mut exports = ExportSection::new();
        for line in REAL_NAMES.lines() {
            match line.split(' ').collect::<Vec<_>>()[..] {
                ["import", module, name, kind] => {
                    let ty = match kind {
                        "function" => EntityType::Function(0),
                        other => panic!("import kind {other} not in the fixture before"),
                    };
                    imports.import(module, name, ty);
                }
                ["export", name, kind] => {
                    let kind = match kind {
                        "function" => ExportKind::Func,
                        "memory" => ExportKind::Memory,
                        "table" => ExportKind::Table,
                        "global" => ExportKind::Global,
                        other => panic!("export kind {other}"),
                    };
                    exports.export(name, kind, 0);
                }
                _ => panic!("bad fixture line {line}"),
            }
        }
        let mut m = Module::new();
        m.section(&imports).section(&exports);
        m.finish()
    }

    #[test]
    fn every_name_of_the_real_glue_is_shortened() {
        let before = read(&real_module());
        assert!(before.0.len() > 100 && before.1.len() > 10, "the fixture");
        let (wasm, js) = shorten(&real_module(), REAL_GLUE).expect("the real glue");
        let (imports, exports, _) = read(&wasm);
        for (old, new) in before.0.iter().zip(&imports) {
            assert_eq!(new.0, MODULE);
            assert!(new.1.len() <= 2, "import {} kept its name", old.1);
            assert!(!js.contains(&old.1), "{} still in the glue", old.1);
        }
        for (old, new) in before.1.iter().zip(&exports) {
            assert!(new.len() <= 2, "export {old} kept its name");
        }
        // The same names on both sides: each import is a key of the glue's import object, each
        // export read as `wasm.<name>`.
        for (_, name) in &imports {
            assert!(js.contains(&format!(",{name}:")) || js.contains(&format!("{{{name}:")));
        }
        for (old, name) in before.1.iter().zip(&exports) {
            // `main` is exported but never read by the glue (it calls `__wbindgen_start`).
            if REAL_GLUE.contains(old.as_str()) {
                assert!(
                    js.contains(&format!("wasm.{name}")),
                    "wasm.{name} for {old}"
                );
            }
        }
        assert!(
            js.len() < REAL_GLUE.len() * 4 / 5,
            "{} -> {}",
            REAL_GLUE.len(),
            js.len()
        );
    }

    #[test]
    fn broken_modules_are_refused_not_panicked_on() {
        let m = module();
        for end in [0, 7, 9, 12, m.len() - 1] {
            assert!(shorten(&m[..end], GLUE).is_err(), "cut at {end}");
        }
    }

    #[test]
    fn reserved_words_are_never_handed_out() {
        let mut names = Names::default();
        let mut js = String::new();
        let handed: Vec<String> = (0..3000)
            .map(|_| {
                js = "x".into();
                names.rename(&mut js, "x", |_| true)
            })
            .collect();
        assert!(handed.iter().all(|n| !RESERVED.contains(&n.as_str())));
        assert!(handed.contains(&"dp".to_string()) && !handed.contains(&"do".to_string()));
    }
}
