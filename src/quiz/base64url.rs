//! base64url without padding (RFC 4648 §5), the alphabet share codes are written in.
//!
//! A dozen lines instead of the `base64` crate: its general engine costs the WebAssembly
//! ~1.5 KB gzipped for the 10 bytes a share code holds. `tests/share.rs` checks both directions
//! against that crate, which stays a test dependency.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes `bytes`, without `=` padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        // 3 bytes make 4 characters; 2 make 3; 1 makes 2.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Decodes a code; `None` for any character outside the alphabet (padding included), a length
/// no encoding has, or spare bits that are not zero, so each byte string has one code.
pub fn decode(code: &[u8]) -> Option<Vec<u8>> {
    if code.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(code.len() * 3 / 4);
    for chunk in code.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        // Bits the last character carries beyond the final byte must be zero.
        if n & (0xFF_FFFF >> (8 * bytes)) != 0 {
            return None;
        }
        out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Some(out)
}
