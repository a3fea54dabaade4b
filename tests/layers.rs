//! Where code may import from: no import circle between the files of the app or of the build
//! step, and the build step's three layers (README, "Layout") kept. Read from the sources, so a
//! new `use` that breaks a rule fails here, with the path it took.
// The size rules (clippy.toml) are for the WebAssembly the app ships; test code.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

type Graph = BTreeMap<Vec<String>, BTreeSet<Vec<String>>>;

/// Every `.rs` file under `dir` with its module path (`quiz/mod.rs` is `quiz`).
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            // The binaries are crates of their own, read separately.
            if name != "bin" {
                let inner = [prefix, &[name]].concat();
                modules(&path, &inner, out);
            }
        } else if let Some(stem) = name.strip_suffix(".rs") {
            let module = match stem {
                "mod" | "lib" | "main" => prefix.to_vec(),
                _ => [prefix, &[stem.to_string()]].concat(),
            };
            out.insert(module, fs::read_to_string(&path).expect("readable source"));
        }
    }
}

/// The code a file runs with: comments and its unit tests left out.
fn code(src: &str) -> String {
    let src = src.split("#[cfg(test)]").next().unwrap_or_default();
    src.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The identifier paths that follow `at` in `text` (`a::b::{c, d::e}` gives `a::b::c` and
/// `a::b::d`): enough to tell which module a `use` or a path reaches.
fn paths_after(text: &str) -> Vec<Vec<String>> {
    let ident = |s: &str| -> usize {
        s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len())
    };
    let mut segs = Vec::new();
    let mut rest = text;
    loop {
        let n = ident(rest);
        if n == 0 {
            break;
        }
        segs.push(rest[..n].to_string());
        match rest[n..].strip_prefix("::") {
            Some(r) => rest = r,
            None => return vec![segs],
        }
    }
    match rest.strip_prefix('{') {
        Some(group) => group
            .split('}')
            .next()
            .unwrap_or_default()
            .split(',')
            .map(|item| {
                let item = item.trim();
                let first = &item[..ident(item)];
                [segs.clone(), vec![first.to_string()]].concat()
            })
            .collect(),
        None => vec![segs],
    }
}

/// Which modules each module's code reaches through `crate::` and `super::` paths.
fn graph(files: &BTreeMap<Vec<String>, String>) -> Graph {
    let mut g = Graph::new();
    for (module, src) in files {
        let code = code(src);
        let mut deps = BTreeSet::new();
        for (at, _) in code
            .match_indices("crate::")
            .chain(code.match_indices("super::"))
        {
            // `super::super::x` is read once, from its first `super`.
            if code[..at].ends_with("super::") {
                continue;
            }
            let mut rest = &code[at..];
            let mut base: Vec<String> = Vec::new();
            if let Some(r) = rest.strip_prefix("crate::") {
                rest = r;
            } else {
                base = module.clone();
                while let Some(r) = rest.strip_prefix("super::") {
                    base.pop();
                    rest = r;
                }
            }
            for path in paths_after(rest) {
                let mut target = [base.clone(), path].concat();
                while !target.is_empty() && !files.contains_key(&target) {
                    target.pop();
                }
                // The crate root declares every module; a path to it is no edge.
                if !target.is_empty() && files.contains_key(&target) && &target != module {
                    deps.insert(target);
                }
            }
        }
        g.insert(module.clone(), deps);
    }
    g
}

/// An import circle, as the modules along it, if there is one.
fn circle(g: &Graph) -> Option<Vec<String>> {
    fn visit(
        g: &Graph,
        m: &Vec<String>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|s| s == m) {
            let mut c: Vec<String> = stack[at..].iter().map(|s| s.join("::")).collect();
            c.push(m.join("::"));
            return Some(c);
        }
        if !done.insert(m.clone()) {
            return None;
        }
        stack.push(m.clone());
        for d in g.get(m).into_iter().flatten() {
            if let Some(c) = visit(g, d, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    g.keys()
        .find_map(|m| visit(g, m, &mut Vec::new(), &mut done))
}

fn read(dir: &str) -> Graph {
    let mut files = BTreeMap::new();
    modules(Path::new(dir), &[], &mut files);
    assert!(files.len() >= 2, "{dir}: sources found");
    graph(&files)
}

#[test]
fn no_file_of_the_app_or_the_build_step_imports_in_a_circle() {
    for dir in [
        "src",
        "src/bin/prerender",
        "src/bin/calibrate",
        "build/content",
    ] {
        let g = read(dir);
        assert_eq!(circle(&g), None, "{dir}: an import circle");
    }
    // The check sees real edges: the core's result reads the scores.
    let g = read("src");
    let of = |m: &str| m.split("::").map(String::from).collect::<Vec<_>>();
    assert!(g[&of("quiz::result")].contains(&of("quiz::score")));
}

#[test]
fn the_build_step_keeps_its_three_layers() {
    let g = read("src/bin/prerender");
    let bottom = ["files", "markup", "values", "config"];
    let name = |m: &Vec<String>| m.join("::");
    for (module, deps) in &g {
        let m = name(module);
        let deps: Vec<String> = deps.iter().map(name).collect();
        if m.is_empty() || m == "site" {
            continue; // `main` declares the modules; `site` orders the steps.
        }
        if bottom.contains(&m.as_str()) {
            // The bottom imports nothing of its own but the result type.
            assert!(
                deps.iter().all(|d| d == "files") && (m == "config" || deps.is_empty()),
                "{m} (bottom layer) imports {deps:?}"
            );
        } else {
            // A step may have helpers of its own (`wasm_names::glue`).
            let own = format!("{m}::");
            assert!(
                deps.iter()
                    .all(|d| bottom.contains(&d.as_str()) || d.starts_with(&own)),
                "{m} (a step) imports {deps:?}: steps use only the bottom layer"
            );
        }
    }
    assert!(g.len() >= 13, "every module read");
}
