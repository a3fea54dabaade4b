//! Share codes: round trips, every damaged-link class, and a million arbitrary inputs.
// The size rules (clippy.toml) are for the WebAssembly the app ships; test code.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]
#![cfg(not(target_arch = "wasm32"))]

use role_quiz::quiz::share::{decode, encode, ShareError, FORMAT};
use role_quiz::quiz::{bank, score, Answer, CONTENT_VERSION};

mod common;

use common::Rng;

fn current(v: u8) -> bool {
    v == CONTENT_VERSION
}

fn full(rng: &mut Rng) -> Vec<Answer> {
    common::random_full(&bank(), rng)
}

fn as_answers(v: &[u8]) -> Vec<Answer> {
    v.iter().map(|&a| Some(a)).collect()
}

#[test]
fn round_trip_reproduces_the_result() {
    let b = bank();
    let mut rng = Rng(0x5eed);
    let mut classes: Vec<Vec<Answer>> = vec![
        b.questions.iter().map(|_| Some(0)).collect(),
        b.questions
            .iter()
            .map(|q| Some(q.options.len() as u8 - 1))
            .collect(),
    ];
    classes.extend((0..20_000).map(|_| full(&mut rng)));
    for answers in classes {
        let code = encode(CONTENT_VERSION, &answers).expect("complete answers encode");
        assert!(code.len() <= 24, "code too long: {code}");
        let back = decode(&code, current).expect("own code decodes");
        assert_eq!(back.content_version, CONTENT_VERSION);
        assert_eq!(as_answers(&back.answers), answers);
        assert_eq!(score(&b, &as_answers(&back.answers)), score(&b, &answers));
    }
    // Odd and even question counts both round-trip.
    for n in 1..=64usize {
        let a: Vec<Answer> = (0..n).map(|i| Some((i % 9) as u8)).collect();
        let code = encode(9, &a).expect("encodes");
        assert_eq!(
            as_answers(&decode(&code, |_| true).expect("decodes").answers),
            a
        );
    }
}

#[test]
fn incomplete_answers_are_not_shareable() {
    let mut a = full(&mut Rng(3));
    a[4] = None;
    assert_eq!(encode(CONTENT_VERSION, &a), None);
    assert_eq!(encode(CONTENT_VERSION, &[Some(9)]), None);
}

fn good() -> String {
    encode(CONTENT_VERSION, &full(&mut Rng(11))).expect("encodes")
}

/// Re-encodes raw bytes with a valid checksum, to build codes that pass the check but lie.
fn forge(mut body: Vec<u8>) -> String {
    use base64::Engine as _;
    let (mut a, mut b) = (0u16, 0u16);
    for &x in &body {
        a = (a + u16::from(x)) % 255;
        b = (b + a) % 255;
    }
    body.extend([b as u8, a as u8]);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(body)
}

#[test]
fn every_damaged_class_is_rejected_with_its_reason() {
    let code = good();
    // Truncated: a paste that lost its tail.
    for cut in 1..code.len() {
        let r = decode(&code[..cut], current);
        assert!(r.is_err(), "truncated to {cut} accepted");
    }
    // Cut at a whole base64 group, so the rest still decodes and only the length is wrong.
    let cut = (code.len() - 4) / 4 * 4;
    assert_eq!(decode(&code[..cut], current), Err(ShareError::Truncated));
    // Tampered: any single character changed.
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in 0..code.len() {
        for c in alphabet.chars() {
            let mut t: Vec<char> = code.chars().collect();
            if t[i] == c {
                continue;
            }
            t[i] = c;
            let t: String = t.into_iter().collect();
            // The last character carries spare bits that base64 may reject or ignore.
            assert!(
                decode(&t, current).is_err() || i == code.len() - 1,
                "tampered {t} accepted"
            );
        }
    }
    assert_eq!(decode("", current), Err(ShareError::Malformed));
    assert_eq!(
        decode("<script>alert(1)</script>", current),
        Err(ShareError::Malformed)
    );
    assert_eq!(
        decode(&"A".repeat(500), current),
        Err(ShareError::Malformed),
        "oversized"
    );
    let mut wrong_check = code.clone().into_bytes();
    let last = wrong_check.len() - 2;
    wrong_check[last] = if wrong_check[last] == b'A' {
        b'B'
    } else {
        b'A'
    };
    assert_eq!(
        decode(&String::from_utf8(wrong_check).expect("ascii"), current),
        Err(ShareError::Checksum)
    );
    let n = bank().questions.len() as u8;
    let body = |format: u8, version: u8| {
        let mut v = vec![format, version, n];
        v.extend(std::iter::repeat_n(0x11, usize::from(n).div_ceil(2)));
        v
    };
    assert_eq!(
        decode(&forge(body(FORMAT + 1, CONTENT_VERSION)), current),
        Err(ShareError::UnknownFormat)
    );
    let changed = decode(&forge(body(FORMAT, CONTENT_VERSION + 1)), current);
    assert_eq!(changed, Err(ShareError::QuizChanged));
    assert!(changed.err().is_some_and(ShareError::is_quiz_changed));
    let mut nine = body(FORMAT, CONTENT_VERSION);
    nine[3] = 0x9F;
    assert_eq!(decode(&forge(nine), current), Err(ShareError::Invalid));
    let mut long = body(FORMAT, CONTENT_VERSION);
    long.push(0);
    assert_eq!(decode(&forge(long), current), Err(ShareError::Invalid));
}

/// Property run: a million arbitrary and mutated inputs never panic, and anything accepted
/// re-encodes to an equivalent code.
#[test]
fn a_million_arbitrary_codes_never_panic() {
    let mut rng = Rng(0xfeed_beef);
    let seed = good();
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/%.é\0"
            .chars()
            .collect();
    let mut accepted = 0u32;
    let cases = 1_000_000;
    for case in 0..cases {
        let input: String = if case % 2 == 0 {
            let len = rng.below(40);
            (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect()
        } else {
            let mut t: Vec<char> = seed.chars().collect();
            for _ in 0..=rng.below(3) {
                let i = rng.below(t.len());
                t[i] = alphabet[rng.below(64)];
            }
            t.into_iter().collect()
        };
        if let Ok(s) = decode(&input, |_| true) {
            accepted += 1;
            assert!(s.answers.iter().all(|&a| a < 9));
            let again = encode(s.content_version, &as_answers(&s.answers)).expect("re-encodes");
            assert_eq!(decode(&again, |_| true), Ok(s));
        }
    }
    println!("decoded {cases} arbitrary inputs, {accepted} accepted, no panic");
}

#[test]
fn the_call_to_action_carries_the_role_and_the_link_as_query_values() {
    use role_quiz::quiz::share::cta_url;
    let link = "https://jobs.example.com/quiz/r/mle.html#AQIO_x-1";
    assert_eq!(
        cta_url("https://jobs.example.com/contact?role={role}&result={link}", Some("mle"), link),
        "https://jobs.example.com/contact?role=mle&result=https%3A%2F%2Fjobs.example.com%2Fquiz%2Fr%2Fmle.html%23AQIO_x-1"
    );
    assert_eq!(
        cta_url("/contact?role={role}", None, link),
        "/contact?role="
    );
    assert_eq!(
        cta_url("/", Some("mle"), link),
        "/",
        "a plain address stays as written"
    );
}

/// The hand-written alphabet (src/quiz/base64url.rs) against the `base64` crate: the same code
/// for any bytes, and the same verdict on any string, malformed ones included.
#[test]
fn share_code_alphabet_matches_the_base64_crate() {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as REFERENCE;
    use base64::Engine as _;
    use role_quiz::quiz::base64url;
    let mut rng = Rng(5);
    let chars = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ .";
    let (mut accepted, mut rejected) = (0, 0);
    for _ in 0..20_000 {
        let bytes: Vec<u8> = (0..rng.below(24)).map(|_| rng.next_u64() as u8).collect();
        assert_eq!(
            base64url::encode(&bytes),
            REFERENCE.encode(&bytes),
            "{bytes:?}"
        );
        // Mostly the alphabet, now and then a character from outside it.
        let text: Vec<u8> = (0..rng.below(20))
            .map(|_| {
                let from = if rng.chance(0.9) { 64 } else { chars.len() };
                chars[rng.below(from)]
            })
            .collect();
        let mine = base64url::decode(&text);
        assert_eq!(
            mine,
            REFERENCE.decode(&text).ok(),
            "{}",
            String::from_utf8_lossy(&text)
        );
        if mine.is_some() {
            accepted += 1
        } else {
            rejected += 1
        }
    }
    assert!(
        accepted > 1000 && rejected > 1000,
        "{accepted} accepted, {rejected} rejected"
    );
}
