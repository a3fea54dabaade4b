//! The app's WebAssembly, pre-compressed.
//!
//! Hosts compress on the fly at middling levels, and some (nginx's default `gzip_types`, plain
//! object storage) do not compress `application/wasm` at all. Zopfli writes the smallest gzip
//! stream there is, once, at build time: measured on this app, 4.4 % under `gzip -9`, level with
//! on-the-fly Brotli, and 40 % of what an uncompressing host sends. The boot script
//! (`js/wasm-gz.js`) fetches `<name>.wasm.gz` and inflates it in the browser; the plain `.wasm`
//! stays for browsers without `DecompressionStream`. Only a host that precompresses with Brotli
//! at its top level would have sent less (README "Deploying" has the figures).

use super::files::{write, Res};
use std::fs;
use std::path::Path;

/// Writes `<name>.gz` beside a staged file (the app's wasm, its late words).
pub fn precompress(staging: &Path, name: &str) -> Res<()> {
    let data = fs::read(staging.join(name)).map_err(|e| format!("{name}: {e}"))?;
    write(&staging.join(format!("{name}.gz")), gzip(&data)?)
}

/// A gzip file of `data`.
pub fn gzip(data: &[u8]) -> Res<Vec<u8>> {
    // Zopfli's defaults (15 passes): more passes or block splits gain under 0.1 % here.
    let mut out = Vec::new();
    zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Gzip,
        data,
        &mut out,
    )
    .map_err(|e| format!("zopfli: {e}"))?;
    Ok(out)
}
