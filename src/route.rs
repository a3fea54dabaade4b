//! Screens as URL fragments, so any static host serves every screen from one `index.html`
//! (no rewrite rules), under any sub-path, and Back/Forward move between screens.

use crate::quiz::text::num;

/// A screen's address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no fragment.
    Intro,
    /// `#/q/N`, N from 1; holds the index from 0.
    Question(usize),
    /// `#/result`.
    Result,
    /// `#/s/CODE`: a shared result.
    Shared(String),
    /// Anything else.
    NotFound,
}

impl Route {
    /// Reads a `location.hash` value (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        match path.split_once('/') {
            None if path.is_empty() => Route::Intro,
            None if path == "result" => Route::Result,
            Some(("q", n)) => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Route::Question(n - 1),
                _ => Route::NotFound,
            },
            Some(("s", code)) if !code.is_empty() => Route::Shared(code.to_string()),
            _ => Route::NotFound,
        }
    }

    /// The fragment for this route, starting with `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Intro => "#/".to_string(),
            Route::Question(i) => ["#/q/", &num(i + 1)].concat(),
            Route::Result => "#/result".to_string(),
            Route::Shared(code) => ["#/s/", code].concat(),
            Route::NotFound => "#/not-found".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn parses_what_it_writes_and_rejects_the_rest() {
        for r in [
            Route::Intro,
            Route::Question(0),
            Route::Question(13),
            Route::Result,
            Route::Shared("AbC-_".into()),
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
        assert_eq!(Route::parse(""), Route::Intro);
        assert_eq!(Route::parse("#"), Route::Intro);
        for bad in [
            "#/q/0",
            "#/q/x",
            "#/q/-1",
            "#/s/",
            "#/nope",
            "#/q/99999999999999999999999",
        ] {
            assert_eq!(Route::parse(bad), Route::NotFound, "{bad}");
        }
    }
}
