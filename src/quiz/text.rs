//! Fills `{name}` placeholders in interface strings.

/// Replaces each `{key}` in `template` by its value; unknown placeholders stay visible so a typo
/// in the content file shows up on screen instead of vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match values.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_known_and_keeps_unknown() {
        assert_eq!(
            fill("Question {n} of {total}", &[("n", "3"), ("total", "14")]),
            "Question 3 of 14"
        );
        assert_eq!(fill("{x} and {", &[]), "{x} and {");
        assert_eq!(fill("no braces", &[("n", "1")]), "no braces");
    }
}
