//! Bottom layer, files: reading and writing the site being built, finding Trunk's hashed
//! assets, and the content hash that names ours. Imports nothing of the build step's own.

use std::fs;
use std::path::Path;

/// Every step's result: the message says which file and what went wrong.
pub type Res<T> = Result<T, String>;

pub fn read(p: &Path) -> Res<String> {
    fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

pub fn write(p: &Path, data: impl AsRef<[u8]>) -> Res<()> {
    if let Some(dir) = p.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(p, data).map_err(|e| format!("{}: {e}", p.display()))
}

/// FNV-1a: a content hash for cache-busting file names.
pub fn fnv(data: &[u8]) -> String {
    let h = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{h:016x}")
}

/// The one file in `staging` named `<prefix>…<ext>`; none or several is an error.
pub fn find_asset(staging: &Path, prefix: &str, ext: &str) -> Res<String> {
    let entries = fs::read_dir(staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    let found: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix) && n.ends_with(ext))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "expected one {prefix}*{ext} in {}, found {found:?}",
            staging.display()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_asset_is_found_only_when_it_is_the_one() {
        let dir = std::env::temp_dir().join(format!("rq-files-{}", std::process::id()));
        write(&dir.join("main-1.css"), "a").expect("written");
        assert_eq!(find_asset(&dir, "main-", ".css"), Ok("main-1.css".into()));
        assert!(find_asset(&dir, "result-", ".css").is_err(), "none");
        write(&dir.join("main-2.css"), "b").expect("written");
        assert!(find_asset(&dir, "main-", ".css").is_err(), "two");
        assert_eq!(read(&dir.join("main-2.css")), Ok("b".into()));
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(fnv(b""), "cbf29ce484222325");
    }
}
