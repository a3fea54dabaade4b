//! Bottom layer, markup: the one `{{key}}` filler (with how each value is escaped), the
//! script minifier and the pages' Content-Security-Policy. Imports nothing of the build step's
//! own.

/// The Content-Security-Policy of every page; hosts should send the same as a header, plus
/// `frame-ancestors` (which a meta tag cannot carry). See README "Deploying".
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
object-src 'none'; base-uri 'self'; form-action 'self'";

/// Escapes text for an HTML attribute value or text node.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Where a `{{key}}` value lands, which says how it is escaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Into {
    /// HTML text or a quoted attribute value. Trunk's minifier leaves a lone placeholder
    /// unquoted (`content={{key}}`); the value gets its quotes back.
    Html,
    /// The inside of a single-quoted JavaScript string: no quote, backslash or `</script>`
    /// may break out, and a newline would end the line.
    JsString,
}

/// Replaces each `{{key}}` of `pairs` in `template`, escaped for `into`. Values are filled in
/// order, and a placeholder that names no pair is left for the caller's next fill.
pub fn fill(template: &str, pairs: &[(&str, &str)], into: Into) -> String {
    pairs.iter().fold(template.to_string(), |out, (k, v)| {
        let key = format!("{{{{{k}}}}}");
        match into {
            Into::Html => {
                let v = escape(v);
                out.replace(&format!("=\"{key}\""), &format!("=\"{v}\""))
                    .replace(&format!("={key}"), &format!("=\"{v}\""))
                    .replace(&key, &v)
            }
            Into::JsString => {
                let v = v
                    .replace('\\', "\\\\")
                    .replace('\'', "\\'")
                    .replace('<', "\\x3c")
                    .replace('\n', " ");
                out.replace(&key, &v)
            }
        }
    })
}

/// A script without comment lines and indentation (the loader is paid for on the host page:
/// about a fifth smaller gzipped). Only whole-line comments go, so nothing inside code or a
/// string (a `//` in a URL, a `/*` in a regular expression) is ever cut; the scripts keep their
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minifying_drops_whole_line_comments_only() {
        let src = "/* a\n * block */\n  // line\n  var u = 'https://x.test/a // b'; // kept\n  var r = /a*/;\n\n";
        assert_eq!(
            minify_js(src),
            "var u = 'https://x.test/a // b'; // kept\nvar r = /a*/;"
        );
    }

    #[test]
    fn values_are_escaped_for_where_they_land() {
        let pairs = [("a", "x \"<b>\" & 'y'"), ("b", "two\\\nlines</script>")];
        assert_eq!(
            fill(
                "<p title={{a}}>{{a}}</p><i title=\"{{b}}\">{{c}}",
                &pairs,
                Into::Html
            ),
            "<p title=\"x &quot;&lt;b&gt;&quot; &amp; 'y'\">x &quot;&lt;b&gt;&quot; &amp; 'y'</p>\
             <i title=\"two\\\nlines&lt;/script&gt;\">{{c}}"
        );
        assert_eq!(
            fill("f('{{a}}','{{b}}')", &pairs, Into::JsString),
            "f('x \"\\x3cb>\" & \\'y\\'','two\\\\ lines\\x3c/script>')"
        );
    }
}
