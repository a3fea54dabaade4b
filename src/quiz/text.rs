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

/// `n` in decimal. Written out because `to_string()` on an integer brings in core's
/// formatting code and its 200-byte digit table; this loop is a few dozen bytes.
pub fn num(n: usize) -> String {
    let mut digits = Vec::with_capacity(10);
    let mut n = n;
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| char::from(d)).collect()
}

#[cfg(test)]
mod tests {
    use super::{fill, num};

    #[test]
    fn writes_numbers_as_std_does() {
        for n in [0, 1, 9, 10, 99, 100, 12345, u32::MAX as usize, usize::MAX] {
            assert_eq!(num(n), n.to_string());
        }
    }

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
