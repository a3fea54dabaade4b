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
//! A name is renamed only where the glue uses it the way wasm-bindgen writes it today (an import
//! as an object key, an export as `wasm.name` or as the glue's own function of that name). Any
//! other use keeps that name as it is in both files, so a future wasm-bindgen can make the output
//! larger, never inconsistent.

use super::files::{find_asset, fnv, read, write, Res};
use std::fs;
use std::path::Path;

/// The glue's key for the wasm's import module becomes this.
const MODULE: &str = "w";
/// Custom sections that no browser reads.
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
    let sections = sections(wasm)?;
    let mut js = js.to_string();
    let mut names = Names::default();
    let mut out = wasm[..8].to_vec();
    for (id, body) in sections {
        let body = match id {
            0 if DROPPED.contains(&custom_name(body)?) => continue,
            2 => imports(body, &mut js, &mut names)?,
            7 => exports(body, &mut js, &mut names)?,
            _ => body.to_vec(),
        };
        out.push(id);
        leb(&mut out, body.len());
        out.extend(body);
    }
    Ok((out, js))
}

/// The sections as (id, body), after checking the header.
fn sections(wasm: &[u8]) -> Res<Vec<(u8, &[u8])>> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a WebAssembly 1.0 module".into());
    }
    let mut r = Reader { b: wasm, at: 8 };
    let mut out = Vec::new();
    while r.at < wasm.len() {
        let id = r.byte()?;
        let len = r.uint()?;
        out.push((id, r.take(len)?));
    }
    Ok(out)
}

fn custom_name(body: &[u8]) -> Res<&str> {
    Reader { b: body, at: 0 }.name()
}

/// The import section with short names, and the glue's import object with the same keys.
fn imports(body: &[u8], js: &mut String, names: &mut Names) -> Res<Vec<u8>> {
    let mut r = Reader { b: body, at: 0 };
    let count = r.uint()?;
    let mut out = Vec::new();
    leb(&mut out, count);
    // The module the glue's import object names once, as `{"./role-quiz_bg.js":{key:function…}}`,
    // becomes `w`. Only one module is renamed, so two can never share the short name.
    let mut renamed: Option<String> = None;
    for _ in 0..count {
        let module = r.name()?.to_string();
        let field = r.name()?.to_string();
        let start = r.at;
        r.skip_import_desc()?;
        let desc = &body[start..r.at];
        let quoted = format!("\"{module}\":");
        if renamed.is_none() && js.matches(&quoted).count() == 1 {
            *js = js.replacen(&quoted, &format!("{MODULE}:"), 1);
            renamed = Some(module.clone());
        }
        // Used as a key of the import object, and nowhere else.
        let field = names.rename(js, &field, |js, at, end| {
            !js[..at].ends_with('.') && js[end..].starts_with(':')
        });
        let module = if renamed.as_ref() == Some(&module) {
            MODULE
        } else {
            &module
        };
        push_name(&mut out, module);
        push_name(&mut out, &field);
        out.extend_from_slice(desc);
    }
    Ok(out)
}

/// The export section with short names, and the glue's `wasm.name` uses to match.
fn exports(body: &[u8], js: &mut String, names: &mut Names) -> Res<Vec<u8>> {
    let mut r = Reader { b: body, at: 0 };
    let count = r.uint()?;
    let mut out = Vec::new();
    leb(&mut out, count);
    for _ in 0..count {
        let name = r.name()?.to_string();
        let start = r.at;
        r.byte()?;
        r.uint()?;
        let desc = &body[start..r.at];
        // Read as `wasm.name`; a closure's invoke export also names the glue's function that
        // calls it, an identifier of the glue's own that may be renamed with it.
        let name = names.rename(js, &name, |js, at, end| {
            js[..at].ends_with("wasm.") || bare_identifier(js, at, end)
        });
        push_name(&mut out, &name);
        out.extend_from_slice(desc);
    }
    Ok(out)
}

/// Hands out `a`, `b`, … `Z`, `aa`, … in order.
#[derive(Default)]
struct Names {
    next: usize,
}

impl Names {
    /// Renames `name` in `js` if `fits(js, start, end)` holds for every use of it as an
    /// identifier; otherwise leaves it. Returns the name the wasm gets.
    fn rename(
        &mut self,
        js: &mut String,
        name: &str,
        fits: impl Fn(&str, usize, usize) -> bool,
    ) -> String {
        let uses = tokens(js, name);
        if !uses.iter().all(|&at| fits(js, at, at + name.len())) {
            return name.to_string();
        }
        let short = loop {
            let s = short_name(self.next);
            self.next += 1;
            // A fresh name must not already be an identifier in the glue.
            if tokens(js, &s).is_empty() {
                break s;
            }
        };
        for &at in uses.iter().rev() {
            js.replace_range(at..at + name.len(), &short);
        }
        short
    }
}

/// Whether `js[at..end]` is a plain identifier of the module's code: not a property (`x.name`),
/// an object key (`name:`), in a string, or in the module's `export {…}` list, whose names other
/// code may import.
fn bare_identifier(js: &str, at: usize, end: usize) -> bool {
    let before = js[..at].trim_end().chars().next_back();
    let after = js[end..].trim_start().chars().next();
    let in_export = js[..at]
        .rfind("export")
        .is_some_and(|e| !js[e..at].contains('}'));
    !matches!(before, Some('.' | '"' | '\'' | '`'))
        && !matches!(after, Some(':' | '"' | '\'' | '`'))
        && !in_export
}

/// Where `name` occurs in `js` as a whole identifier.
fn tokens(js: &str, name: &str) -> Vec<usize> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    js.match_indices(name)
        .map(|(at, _)| at)
        .filter(|&at| {
            !js[..at].chars().next_back().is_some_and(ident)
                && !js[at + name.len()..].chars().next().is_some_and(ident)
        })
        .collect()
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

fn leb(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn push_name(out: &mut Vec<u8>, s: &str) {
    leb(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// Reads a wasm byte slice; every read is bounds-checked.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Res<u8> {
        let b = *self.b.get(self.at).ok_or("wasm ends early")?;
        self.at += 1;
        Ok(b)
    }

    fn uint(&mut self) -> Res<usize> {
        let mut n = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err("bad LEB128 number in wasm".into())
    }

    fn take(&mut self, len: usize) -> Res<&'a [u8]> {
        let end = self.at.checked_add(len).ok_or("bad length")?;
        let s = self.b.get(self.at..end).ok_or("wasm ends early")?;
        self.at = end;
        Ok(s)
    }

    fn name(&mut self) -> Res<&'a str> {
        let len = self.uint()?;
        std::str::from_utf8(self.take(len)?).map_err(|_| "wasm name is not UTF-8".into())
    }

    fn limits(&mut self) -> Res<()> {
        let flags = self.byte()?;
        self.uint()?;
        if flags & 1 == 1 {
            self.uint()?;
        }
        Ok(())
    }

    /// An import's kind and type, whose bytes are copied as they are.
    fn skip_import_desc(&mut self) -> Res<()> {
        match self.byte()? {
            0 => drop(self.uint()?), // function: type index
            1 => {
                self.byte()?; // table: element type, limits
                self.limits()?;
            }
            2 => self.limits()?, // memory
            3 => {
                self.byte()?; // global: value type, mutability
                self.byte()?;
            }
            k => return Err(format!("unknown import kind {k} in wasm")),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing `./m_bg.js`.`__wbg_log_0123456789abcdef` (function type 0) and
    /// exporting `__wbindgen_malloc`, `memory`, and two closure invokers (functions 2 and 3), with
    /// a `producers` section and another custom section that must stay.
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        let section = |m: &mut Vec<u8>, id: u8, body: Vec<u8>| {
            m.push(id);
            leb(m, body.len());
            m.extend(body);
        };
        let mut imports = vec![1];
        push_name(&mut imports, "./m_bg.js");
        push_name(&mut imports, "__wbg_log_0123456789abcdef");
        imports.extend([0, 0]);
        let mut exports = vec![4];
        for (name, kind, index) in [
            ("__wbindgen_malloc", 0, 1),
            ("memory", 2, 0),
            ("invoke_h1", 0, 2),
            ("invoke_h2", 0, 3),
        ] {
            push_name(&mut exports, name);
            exports.extend([kind, index]);
        }
        let mut producers = Vec::new();
        push_name(&mut producers, "producers");
        producers.extend(b"rustc");
        let mut kept = Vec::new();
        push_name(&mut kept, "keep");
        kept.push(7);
        section(&mut m, 2, imports);
        section(&mut m, 7, exports);
        section(&mut m, 0, producers);
        section(&mut m, 0, kept);
        m
    }

    /// Glue as wasm-bindgen writes it: `invoke_h1` is also the name of a function of the glue's
    /// own; `invoke_h2` is also one the module exports to other code.
    const GLUE: &str = "function i(){return{__proto__:null,\"./m_bg.js\":{__proto__:null,\
__wbg_log_0123456789abcdef:function(e){console.log(e)}}}}\
function s(n){let p=wasm.__wbindgen_malloc(n);return new Uint8Array(wasm.memory.buffer,p)}\
function invoke_h1(e){wasm.invoke_h1(e)}function g(){return invoke_h1}\
function invoke_h2(e){wasm.invoke_h2(e)}export{s,invoke_h2};";

    /// The export names in the wasm, in order.
    fn export_names(wasm: &[u8]) -> Vec<String> {
        let sections = sections(wasm).expect("still a module");
        let (_, body) = sections.iter().find(|s| s.0 == 7).expect("exports");
        let mut r = Reader { b: body, at: 0 };
        let count = r.uint().expect("count");
        (0..count)
            .map(|_| {
                let name = r.name().expect("name").to_string();
                r.take(2).expect("kind and index");
                name
            })
            .collect()
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
        assert_eq!(export_names(&wasm), ["b", "c", "d", "invoke_h2"]);
        let sections = sections(&wasm).expect("still a module");
        let ids: Vec<u8> = sections.iter().map(|s| s.0).collect();
        assert_eq!(
            ids,
            [2, 7, 0],
            "producers dropped, other custom sections kept"
        );
        let mut r = Reader {
            b: sections[0].1,
            at: 1,
        };
        assert_eq!((r.name(), r.name()), (Ok("w"), Ok("a")));
        assert_eq!(custom_name(sections[2].1), Ok("keep"));
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
        assert_eq!(export_names(&wasm), ["b", "memory", "d", "invoke_h2"]);
    }

    #[test]
    fn broken_modules_are_refused_not_panicked_on() {
        let m = module();
        for end in [0, 7, 9, 12, m.len() - 1] {
            assert!(shorten(&m[..end], GLUE).is_err(), "cut at {end}");
        }
    }
}
