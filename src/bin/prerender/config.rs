//! Bottom layer, configuration: the only reader of the environment. Trunk's settings, the
//! deployed address, the allowed framers and the toolchain note are read and checked once,
//! before any file is touched; the warnings a deployer should see are worked out here too.
//! Imports nothing of the build step's own but the result type.

use super::files::Res;
use std::path::PathBuf;

/// Everything the hook reads from its environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Trunk's staging folder: the site being built.
    pub staging: PathBuf,
    /// The project folder (for `embed/embed.js` and the brand's logo).
    pub source: PathBuf,
    /// `--public-url`, ending in `/`.
    pub public: String,
    /// `ROLE_QUIZ_PUBLIC_URL` ending in `/`: the deployed address link previews need.
    pub site: Option<String>,
    /// A release build (strict CSP, loader moved out of the page).
    pub release: bool,
    /// `ROLE_QUIZ_FRAME_ANCESTORS`, checked.
    pub frame_ancestors: Option<String>,
    /// `scripts/build.sh` built the WebAssembly on the pinned nightly (`ROLE_QUIZ_BUILD`).
    pub pinned_toolchain: bool,
}

fn with_slash(s: String) -> String {
    if s.ends_with('/') {
        s
    } else {
        s + "/"
    }
}

impl Config {
    /// Reads the configuration through `var` (the environment in the build). Without Trunk's
    /// staging folder it refuses: run by hand, the step would rework a finished `dist/` a second
    /// time and break it.
    pub fn read(var: impl Fn(&str) -> Option<String>) -> Res<Config> {
        let staging = var("TRUNK_STAGING_DIR").filter(|s| !s.is_empty()).ok_or(
            "TRUNK_STAGING_DIR is not set: this step is Trunk's post_build hook; \
             run `trunk build` (or `bash scripts/build.sh`), not the step by itself",
        )?;
        Ok(Config {
            staging: PathBuf::from(staging),
            source: PathBuf::from(var("TRUNK_SOURCE_DIR").unwrap_or_else(|| ".".into())),
            public: with_slash(var("TRUNK_PUBLIC_URL").unwrap_or_else(|| "/".into())),
            site: var("ROLE_QUIZ_PUBLIC_URL")
                .filter(|s| !s.is_empty())
                .map(with_slash),
            // `trunk serve` (a debug build) injects an inline live-reload script; a CSP would
            // block it, so the strict policy belongs to release builds.
            release: var("TRUNK_PROFILE").is_none_or(|p| p == "release"),
            frame_ancestors: frame_ancestors(var("ROLE_QUIZ_FRAME_ANCESTORS").as_deref())?,
            pinned_toolchain: var("ROLE_QUIZ_BUILD").is_some(),
        })
    }

    /// The address link previews use: the deployed one, or the path when it is not set.
    pub fn preview_base(&self) -> &str {
        self.site.as_deref().unwrap_or(&self.public)
    }

    /// What a deployer should read before shipping this build, given the content file's
    /// call-to-action address `cta`; an error for a call to action that leads back into the quiz
    /// (for a recruiter it is the point of the quiz).
    pub fn warnings(&self, cta: &str) -> Res<Vec<String>> {
        if let Some(site) = self
            .site
            .as_deref()
            .filter(|s| !cta.is_empty() && cta.starts_with(*s))
        {
            return Err(format!(
                "call_to_action.url ({cta}) points into the quiz itself ({site}): set the recruiters' own page"
            ));
        }
        let mut out = Vec::new();
        if !self.release {
            return Ok(out);
        }
        if !self.pinned_toolchain {
            out.push(
                "note: the WebAssembly was built on the default toolchain; `bash scripts/build.sh` \
                 (same arguments) builds it ~15 KB smaller (gzip) on the pinned nightly"
                    .to_string(),
            );
        }
        if self.site.is_none() {
            out.push(
                "warning: ROLE_QUIZ_PUBLIC_URL is not set, so shared links get no preview: \
                 og:url and og:image are relative and chat apps do not resolve them. Build \
                 with the deployed address, e.g. \
                 ROLE_QUIZ_PUBLIC_URL=https://careers.example.com/quiz/ trunk build --release"
                    .to_string(),
            );
        }
        if cta.is_empty() {
            out.push(
                "warning: call_to_action.url in content/quiz.toml is empty, so results show no \
                 \"Talk to a recruiter\" button (embeds can still set data-cta-url). Set it to the \
                 recruiters' contact page, e.g. https://careers.example.com/contact?role={role}"
                    .to_string(),
            );
        }
        Ok(out)
    }
}

/// `ROLE_QUIZ_FRAME_ANCESTORS`: origins allowed to embed the quiz, separated by spaces, as a
/// CSP source list would take them: `https://` or `http://`, a host (with at most a `*.` in
/// front of a domain of two labels or more) and an optional port; nothing else.
pub fn frame_ancestors(value: Option<&str>) -> Res<Option<String>> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let ok = !v.contains(|c: char| c.is_whitespace() && c != ' ')
        && v.split(' ').filter(|o| !o.is_empty()).all(is_source);
    if ok {
        Ok(Some(v.split_whitespace().collect::<Vec<_>>().join(" ")))
    } else {
        Err(format!(
            "ROLE_QUIZ_FRAME_ANCESTORS=\"{v}\": expected origins such as https://careers.example.com \
             or https://*.example.com, separated by spaces"
        ))
    }
}

/// One origin of a frame-ancestors list.
fn is_source(origin: &str) -> bool {
    let Some(rest) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|n| n > 0) && !p.starts_with('0'));
    let (wild, domain) = match host.strip_prefix("*.") {
        Some(d) => (true, d),
        None => (false, host),
    };
    let label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let labels: Vec<&str> = domain.split('.').collect();
    port_ok && labels.iter().all(|l| label(l)) && (!wild || labels.len() >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn configuration_is_read_once_with_defaults() {
        assert!(
            Config::read(env(&[])).is_err(),
            "refused outside Trunk's hook"
        );
        let c = Config::read(env(&[("TRUNK_STAGING_DIR", "/tmp/stage")])).expect("defaults");
        assert_eq!(c.staging, PathBuf::from("/tmp/stage"));
        assert_eq!(c.preview_base(), "/");
        assert_eq!((c.public.as_str(), c.site, c.release), ("/", None, true));
        let c = Config::read(env(&[
            ("TRUNK_STAGING_DIR", "d"),
            ("TRUNK_PUBLIC_URL", "/quiz"),
            ("ROLE_QUIZ_PUBLIC_URL", "https://a.example/quiz"),
            ("TRUNK_PROFILE", "debug"),
        ]))
        .expect("valid");
        assert_eq!(c.public, "/quiz/");
        assert_eq!(c.site.as_deref(), Some("https://a.example/quiz/"));
        assert_eq!(c.preview_base(), "https://a.example/quiz/");
        assert!(!c.release);
        assert!(Config::read(env(&[
            ("TRUNK_STAGING_DIR", "d"),
            ("ROLE_QUIZ_FRAME_ANCESTORS", "*")
        ]))
        .is_err());
    }

    #[test]
    fn a_release_says_what_is_missing_and_refuses_a_call_to_action_into_itself() {
        let bare = Config::read(env(&[("TRUNK_STAGING_DIR", "d")])).expect("valid");
        let said = bare.warnings("").expect("no error").join("\n");
        for what in [
            "scripts/build.sh",
            "ROLE_QUIZ_PUBLIC_URL",
            "call_to_action.url",
        ] {
            assert!(said.contains(what), "{what}: {said}");
        }
        let full = Config::read(env(&[
            ("TRUNK_STAGING_DIR", "d"),
            ("ROLE_QUIZ_PUBLIC_URL", "https://a.example/quiz/"),
            ("ROLE_QUIZ_BUILD", "1"),
        ]))
        .expect("valid");
        assert_eq!(full.warnings("https://a.example/contact"), Ok(vec![]));
        assert!(full.warnings("https://a.example/quiz/r/mle.html").is_err());
        let dev = Config::read(env(&[
            ("TRUNK_STAGING_DIR", "d"),
            ("TRUNK_PROFILE", "debug"),
        ]))
        .expect("valid");
        assert_eq!(dev.warnings(""), Ok(vec![]), "trunk serve stays quiet");
    }

    #[test]
    fn framers_are_origins() {
        let ancestors =
            frame_ancestors(Some(" https://a.example  https://b.example ")).expect("valid");
        assert_eq!(
            ancestors.as_deref(),
            Some("https://a.example https://b.example")
        );
        assert_eq!(frame_ancestors(None), Ok(None));
        for good in [
            "https://a.example",
            "https://*.example.com",
            "http://127.0.0.1:8080 https://careers.example.co.uk",
            "http://localhost:3000",
        ] {
            assert!(frame_ancestors(Some(good)).is_ok(), "{good}");
        }
        for bad in [
            "*",
            "a.example",
            "https://a.example; script-src *",
            "javascript:x",
            "https://*",
            "https://*.com",
            "https://-",
            "https://:443",
            "https://a..example",
            "https://a.example\thttps://b.example",
            "https://a.example/path",
            "https://a.example:0",
            "https://a.example:99999",
            "https://exa_mple.com",
        ] {
            assert!(frame_ancestors(Some(bad)).is_err(), "{bad}");
        }
    }
}
