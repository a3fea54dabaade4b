//! Code generation: Rust source for `src/quiz/content.rs` from a checked content file (and the
//! kept versions' banks), every word past the intro as a `Late` handle.

use super::bank::{bank_source, facts, questions_source, roles_source};
use super::checked::Checked;
use super::keys::{EARLY_TEXT_KEYS, TEXT_KEYS};
use super::late::Late;
use super::schema::Brand;
use std::fmt::Write as _;

/// Rust source for the banks of earlier content versions, so share links made for them still
/// score exactly as their sender saw them: `legacy_v<N>` modules and the `LEGACY` table.
///
/// A legacy file whose roles read exactly as the current file's shares the current `ROLES`:
/// the facts tables are not compiled in twice (each copy costs the WebAssembly ~0.3 KB).
pub fn generate_legacy(current: &Checked, banks: &[Checked], late: &mut Late) -> String {
    let mut s = String::new();
    let mut table = Vec::new();
    let current_roles = roles_source(&current.file, late);
    for bank in banks {
        let v = bank.file.content_version;
        let own = roles_source(&bank.file, late);
        let (roles_src, roles) = if own == current_roles {
            (String::new(), "ROLES".to_string())
        } else {
            (own, format!("legacy_v{v}::ROLES"))
        };
        let _ = writeln!(
            s,
            "/// Content version {v}, kept for its share links.\npub mod legacy_v{v} {{\n    use super::*;\n{roles_src}{}}}",
            questions_source(&bank.questions, &bank.scoring, late)
        );
        table.push(format!(
            "({v}, Bank {{ roles: {roles}, questions: legacy_v{v}::QUESTIONS, scoring: legacy_v{v}::SCORING }})"
        ));
    }
    let _ = writeln!(
        s,
        "/// Banks of earlier content versions by version.\npub static LEGACY: &[(u8, Bank)] = &[{}];",
        table.join(", ")
    );
    s
}

/// Rust source for `src/quiz/content.rs`: statics of the core's model types.
pub fn generate(checked: &Checked, late: &mut Late) -> String {
    let file = &checked.file;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "/// Bumped whenever questions or weights change.\npub const CONTENT_VERSION: u8 = {};",
        file.content_version
    );
    let _ = writeln!(
        s,
        "/// The article the facts come from.\npub static SOURCE: Source = Source {{ title: {}, publisher: {} }};",
        late.add(&file.source.title),
        late.add(&file.source.publisher)
    );
    let c = &file.call_to_action;
    let _ = writeln!(
        s,
        "/// The recruiter's call to action.\npub static CALL_TO_ACTION: CallToAction = CallToAction {{ text: {}, link_text: {}, url: {:?} }};",
        late.add(&c.text),
        late.add(&c.link_text),
        c.url
    );
    let brand = file.brand.as_ref();
    let field = |f: fn(&Brand) -> &String| brand.map(f).cloned().unwrap_or_default();
    let _ = writeln!(
        s,
        "/// The recruiter's brand (`[brand]`; an empty name when there is none).\npub static BRAND: Brand = Brand {{ name: {:?}, logo: {:?}, website: {:?}, contact: {:?} }};",
        field(|b| &b.name),
        field(|b| &b.logo),
        field(|b| &b.website),
        field(|b| &b.contact)
    );
    s.push_str(&bank_source(checked, late));
    let _ = writeln!(
        s,
        "/// Emerging technologies shared by all roles.\npub static EMERGING: &[Fact] = {};",
        facts(&file.emerging, late)
    );

    let _ = writeln!(
        s,
        "/// Every sentence of the interface, from `[text]`.\n#[derive(Debug)]\npub struct Text {{"
    );
    for key in TEXT_KEYS {
        let ty = if EARLY_TEXT_KEYS.contains(key) {
            "&'static str"
        } else {
            "Late"
        };
        let _ = writeln!(
            s,
            "    /// `text.{key}` in the content file.\n    pub {key}: {ty},"
        );
    }
    let mut value = |key: &str, v: &str| {
        if EARLY_TEXT_KEYS.contains(&key) {
            format!("{v:?}")
        } else {
            late.add(v)
        }
    };
    let _ = writeln!(
        s,
        "}}\n/// The interface strings.\npub static TEXT: Text = Text {{"
    );
    for key in TEXT_KEYS {
        let _ = writeln!(s, "    {key}: {},", value(key, &file.text[*key]));
    }
    let _ = writeln!(s, "}};");
    let _ = writeln!(
        s,
        "/// The interface strings as a shared result's viewer reads them (`[shared_text]`).\npub static TEXT_SHARED: Text = Text {{"
    );
    for key in TEXT_KEYS {
        let v = file.shared_text.get(*key).unwrap_or(&file.text[*key]);
        let _ = writeln!(s, "    {key}: {},", value(key, v));
    }
    let _ = writeln!(s, "}};");
    let _ = writeln!(
        s,
        "/// The interface strings by key, for filling `{{{{key}}}}` in the page shell.\npub static TEXT_PAIRS: &[(&str, &str)] = &["
    );
    for key in TEXT_KEYS {
        let _ = writeln!(s, "    ({key:?}, {:?}),", file.text[*key]);
    }
    let _ = writeln!(s, "];");
    s
}
