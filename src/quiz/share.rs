//! Share codes: a finished quiz's answers in a short, versioned, checksummed URL-safe string.
//!
//! Layout (never change it without a new `FORMAT` byte; old links must keep decoding):
//! `[FORMAT][content version][question count][answers: 4 bits each, high nibble first][check: 2]`
//! then base64url without padding. A 4-bit answer is the option index (0-8). The check is a
//! Fletcher-16 sum over everything before it, so a typo or a truncated paste is caught.
//! Only the answers travel, never anything about the person.

use super::base64url;
use super::score::Answer;

/// A result's public link: `<base>r/<page>.html#<code>`, the static page that carries the
/// link preview, with the answers in the fragment so they never reach a server log.
pub fn url(base: &str, page: &str, code: &str) -> String {
    let sep = if base.ends_with('/') { "" } else { "/" };
    [base, sep, "r/", page, ".html#", code].concat()
}

/// Percent-encodes a URL query value (RFC 3986 unreserved characters stay).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// The call to action's address: `{role}` (the recommended role's id, empty when the result
/// names none) and `{link}` (the result link) filled in `template`, both URL-encoded so they
/// stay query values.
pub fn cta_url(template: &str, role: Option<&str>, link: &str) -> String {
    super::text::fill(
        template,
        &[
            ("role", &encode_component(role.unwrap_or_default())),
            ("link", &encode_component(link)),
        ],
    )
}

/// Version of the byte layout above.
pub const FORMAT: u8 = 1;

/// Longest code accepted before decoding: 64 questions is the content file's limit.
pub const MAX_CODE_LEN: usize = 64;

/// A decoded share code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// Content version the answers were given to.
    pub content_version: u8,
    /// One option index per question, all answered.
    pub answers: Vec<u8>,
}

/// Why a code was rejected; each maps to a message for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    /// Empty, too long, or not base64url.
    Malformed,
    /// Shorter than its header says.
    Truncated,
    /// Checksum does not match: mistyped or tampered.
    Checksum,
    /// A layout this build does not know.
    UnknownFormat,
    /// Made for content this build no longer scores.
    QuizChanged,
    /// Answers that do not fit the quiz's questions.
    Invalid,
}

impl ShareError {
    /// True when the link is fine but made for another edition of the quiz.
    pub fn is_quiz_changed(self) -> bool {
        self == ShareError::QuizChanged
    }
}

fn fletcher16(bytes: &[u8]) -> [u8; 2] {
    let (mut a, mut b) = (0u16, 0u16);
    for &x in bytes {
        a = (a + u16::from(x)) % 255;
        b = (b + a) % 255;
    }
    [b as u8, a as u8]
}

/// Encodes complete answers; `None` when an answer is missing or above 8 (not shareable).
pub fn encode(content_version: u8, answers: &[Answer]) -> Option<String> {
    let count = u8::try_from(answers.len()).ok()?;
    let mut bytes = vec![FORMAT, content_version, count];
    for pair in answers.chunks(2) {
        let hi = pair[0].filter(|&a| a < 9)?;
        let lo = match pair.get(1) {
            Some(a) => a.filter(|&a| a < 9)?,
            None => 0,
        };
        bytes.push(hi << 4 | lo);
    }
    let check = fletcher16(&bytes);
    bytes.extend_from_slice(&check);
    Some(base64url::encode(&bytes))
}

/// Decodes a code from a URL; `known` says whether a content version can still be scored.
pub fn decode(code: &str, known: impl Fn(u8) -> bool) -> Result<Shared, ShareError> {
    if code.is_empty() || code.len() > MAX_CODE_LEN {
        return Err(ShareError::Malformed);
    }
    let bytes = base64url::decode(code.as_bytes()).ok_or(ShareError::Malformed)?;
    if bytes.len() < 5 {
        return Err(ShareError::Truncated);
    }
    let (body, check) = bytes.split_at(bytes.len() - 2);
    let count = usize::from(body[2]);
    if body.len() < 3 + count.div_ceil(2) {
        return Err(ShareError::Truncated);
    }
    if fletcher16(body) != check {
        return Err(ShareError::Checksum);
    }
    if body[0] != FORMAT {
        return Err(ShareError::UnknownFormat);
    }
    if body.len() != 3 + count.div_ceil(2) || count == 0 {
        return Err(ShareError::Invalid);
    }
    if !known(body[1]) {
        return Err(ShareError::QuizChanged);
    }
    let answers: Vec<u8> = body[3..]
        .iter()
        .flat_map(|b| [b >> 4, b & 0x0f])
        .take(count)
        .collect();
    if answers.iter().any(|&a| a > 8) {
        return Err(ShareError::Invalid);
    }
    Ok(Shared {
        content_version: body[1],
        answers,
    })
}
