//! Renaming in wasm-bindgen's JavaScript glue, read as JavaScript: the identifiers outside
//! strings, template text, comments and regular expressions, each with how it is used. A name
//! inside a string or a comment is never touched, and a name used any way the rule for it does
//! not allow (a shorthand key, a name in an `export {…}` list, a property of anything but
//! `wasm`) keeps the name in both files.

/// How an identifier is used where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A key of an object literal: `{name: …}` or `, name: …`.
    Key,
    /// A property of the wasm exports: `wasm.name`.
    WasmMember,
    /// Any other property: `x.name`.
    Member,
    /// A shorthand key (`{name}`), or a name in an `export {…}` or `import {…}` list.
    Listed,
    /// A plain identifier of the glue's own code.
    Bare,
    /// Not in the glue at all: asked of a rule to learn whether a name nobody reads may change.
    Unused,
}

/// One identifier of the glue: its byte range and use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ident {
    pub start: usize,
    pub end: usize,
    pub kind: Use,
}

/// A character that continues a JavaScript identifier (ASCII: the glue's names are ASCII).
fn ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// How often `name` stands in `js` as a whole word, wherever: in code, strings or comments.
pub fn mentions(js: &str, name: &str) -> usize {
    js.match_indices(name)
        .filter(|(at, _)| {
            !js[..*at].chars().next_back().is_some_and(ident_char)
                && !js[at + name.len()..].chars().next().is_some_and(ident_char)
        })
        .count()
}

/// Every identifier of the code in `js`, in order.
pub fn idents(js: &str) -> Vec<Ident> {
    let b = js.as_bytes();
    let mut out = Vec::new();
    // Open template literals: code inside `${…}` counts its braces to find the way back.
    let mut templates: Vec<usize> = Vec::new();
    let mut braces = 0usize;
    // The last significant byte of code, to tell a regular expression from a division.
    let mut prev: u8 = b'(';
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'"' | b'\'' => i = skip_string(b, i),
            b'`' => i = skip_template(b, i + 1, &mut templates, &mut braces),
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = b[i..]
                    .iter()
                    .position(|&x| x == b'\n')
                    .map_or(b.len(), |n| i + n);
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = js[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
                continue;
            }
            b'/' if regex_may_start(prev, js, i) => i = skip_regex(b, i),
            b'{' => {
                braces += 1;
                i += 1;
            }
            b'}' if templates.last() == Some(&braces) => {
                templates.pop();
                i = skip_template(b, i + 1, &mut templates, &mut braces);
            }
            b'}' => {
                braces = braces.saturating_sub(1);
                i += 1;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c == b'$' => {
                let end = b[i..]
                    .iter()
                    .position(|&x| !ident_char(char::from(x)))
                    .map_or(b.len(), |n| i + n);
                out.push(Ident {
                    start: i,
                    end,
                    kind: use_of(js, i, end),
                });
                i = end;
                prev = b'a';
                continue;
            }
            c if c.is_ascii_digit() => {
                i += b[i..]
                    .iter()
                    .position(|&x| !(x.is_ascii_alphanumeric() || x == b'.' || x == b'_'))
                    .unwrap_or(b.len() - i);
                prev = b'0';
                continue;
            }
            _ => i += 1,
        }
        if !c.is_ascii_whitespace() {
            prev = c;
        }
    }
    out
}

/// Past a quoted string starting at `i`.
fn skip_string(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let mut j = i + 1;
    while j < b.len() && b[j] != q {
        j += if b[j] == b'\\' { 2 } else { 1 };
    }
    j + 1
}

/// Past template text from `i` to its closing backtick, or into a `${` (then code resumes,
/// and the template is on the stack until its `}`).
fn skip_template(b: &[u8], mut i: usize, templates: &mut Vec<usize>, braces: &mut usize) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'`' => return i + 1,
            b'$' if b.get(i + 1) == Some(&b'{') => {
                *braces += 1;
                templates.push(*braces);
                return i + 2;
            }
            _ => i += 1,
        }
    }
    i
}

/// A `/` starts a regular expression after an operator or an opening bracket, or after a
/// keyword such as `return`; after a value it divides.
fn regex_may_start(prev: u8, js: &str, i: usize) -> bool {
    if prev == b'a' {
        let word = js[..i]
            .trim_end()
            .rsplit(|c: char| !ident_char(c))
            .next()
            .unwrap_or_default();
        return matches!(
            word,
            "return" | "typeof" | "case" | "in" | "of" | "void" | "throw"
        );
    }
    !matches!(prev, b'0' | b')' | b']' | b'}' | b'"' | b'\'' | b'`')
}

/// Past a regular expression literal starting at `i` (its class `[…]` may hold a `/`).
fn skip_regex(b: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    let mut class = false;
    while j < b.len() && b[j] != b'\n' {
        match b[j] {
            b'\\' => j += 1,
            b'[' => class = true,
            b']' => class = false,
            b'/' if !class => break,
            _ => {}
        }
        j += 1;
    }
    j + 1
}

/// How the identifier at `start..end` is used.
fn use_of(js: &str, start: usize, end: usize) -> Use {
    let before = js[..start].trim_end();
    let after = js[end..].trim_start();
    if let Some(obj) = before.strip_suffix('.') {
        // `?.` is a member too; `...x` (spread) is not.
        if obj.ends_with("..") {
            return Use::Bare;
        }
        let owner = obj.trim_end_matches('?');
        let word_start = owner.rfind(|c: char| !ident_char(c)).map_or(0, |n| n + 1);
        return if &owner[word_start..] == "wasm" {
            Use::WasmMember
        } else {
            Use::Member
        };
    }
    if in_module_list(js, start) {
        return Use::Listed;
    }
    let opens_item = before.ends_with('{') || before.ends_with(',');
    if opens_item && after.starts_with(':') && !after.starts_with("::") {
        return Use::Key;
    }
    if opens_item && (after.starts_with(',') || after.starts_with('}')) && in_braces_list(js, start)
    {
        return Use::Listed;
    }
    Use::Bare
}

/// True inside an `export {…}` or `import {…}` list, whose names other modules see.
fn in_module_list(js: &str, at: usize) -> bool {
    let Some(open) = js[..at].rfind('{') else {
        return false;
    };
    let lead = js[..open].trim_end();
    !js[open..at].contains('}') && (lead.ends_with("export") || lead.ends_with("import"))
}

/// True when the `{…}` around `at` is an object literal, a destructuring pattern or an
/// import/export list rather than a block: a shorthand item there names something outside.
fn in_braces_list(js: &str, at: usize) -> bool {
    let Some(open) = js[..at].rfind('{') else {
        return false;
    };
    let lead = js[..open].trim_end();
    // A block follows `)`, `=>` or `else`/`try`/`do`/`finally`; a statement list follows `;`.
    !(lead.ends_with(')')
        || lead.ends_with("=>")
        || lead.ends_with(';')
        || ["else", "try", "do", "finally"]
            .iter()
            .any(|k| lead.ends_with(k)))
}

/// Every identifier of the code named `name`.
pub fn uses<'a>(js: &'a str, all: &'a [Ident], name: &'a str) -> impl Iterator<Item = Ident> + 'a {
    all.iter()
        .copied()
        .filter(move |id| &js[id.start..id.end] == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(js: &str, name: &str) -> Vec<Use> {
        let all = idents(js);
        uses(js, &all, name).map(|i| i.kind).collect()
    }

    #[test]
    fn names_in_strings_comments_templates_and_regexes_are_not_code() {
        let js = "let a=\"f\";/* f */// f\nconst t=`f ${f+'f'} f`;const r=/f[/]f/g;x=y/f/2;";
        let all = idents(js);
        let found: Vec<&str> = all.iter().map(|i| &js[i.start..i.end]).collect();
        assert_eq!(
            found,
            ["let", "a", "const", "t", "f", "const", "r", "g", "x", "y", "f"]
        );
    }

    #[test]
    fn each_use_is_told_apart() {
        assert_eq!(kinds("({f:1,g:f})", "f"), [Use::Key, Use::Bare]);
        assert_eq!(kinds("wasm.f(x.f)", "f"), [Use::WasmMember, Use::Member]);
        assert_eq!(kinds("return{f,g}", "f"), [Use::Listed]);
        assert_eq!(
            kinds("export{f as g};function f(){}", "f"),
            [Use::Listed, Use::Bare]
        );
        assert_eq!(kinds("a?f:g", "f"), [Use::Bare]);
        assert_eq!(kinds("if(x){f}", "f"), [Use::Bare]);
    }
}
