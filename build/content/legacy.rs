//! Version 1's rules, for its file kept in `content/legacy/` so its share links score as they
//! did: options weighted per role, and bipolar statements (agreeing counts for one role,
//! disagreeing for another).

use super::checked::CheckedOption;
use super::questions::{choice_shape, keyed_option, scale_label};
use super::schema::{File, Question};
use super::scoring::CheckedScoring;

/// Version 1's bipolar scale: (text key, points, pole); -1 gives the points to `disagree`.
const SCALE_V1: [(&str, u8, i8); 5] = [
    ("scale_strongly_disagree", 2, -1),
    ("scale_disagree", 1, -1),
    ("scale_neutral", 0, 0),
    ("scale_agree", 1, 1),
    ("scale_strongly_agree", 2, 1),
];

/// Highest weight one option may give a role (version 1's `weights`); keeps scores small.
pub const MAX_WEIGHT: u8 = 3;

/// A version 1 scenario: options with `weights` per role id (an option without them is keyed
/// as today's are).
pub fn choice_options(
    file: &File,
    q: &Question,
    scoring: &CheckedScoring,
) -> Result<Vec<CheckedOption>, String> {
    choice_shape(q)?;
    let mut opts = Vec::new();
    for (j, o) in q.options.iter().enumerate() {
        let Some(weights) = &o.weights else {
            opts.push(keyed_option(file, j, o, scoring)?);
            continue;
        };
        let mut w = vec![0u8; file.roles.len()];
        for (role, &points) in weights {
            let Some(r) = file.role_index(role) else {
                return Err(format!("options[{j}] weights name unknown role \"{role}\""));
            };
            if points > MAX_WEIGHT {
                return Err(format!(
                    "options[{j}] weight {points} for \"{role}\" is above {MAX_WEIGHT}"
                ));
            }
            w[r] = points;
        }
        opts.push((o.label.clone(), w, o.article.clone().unwrap_or_default()));
    }
    Ok(opts)
}

/// A version 1 bipolar statement (`agree` and `disagree` name two different roles).
pub fn bipolar_statement(file: &File, q: &Question) -> Result<Vec<CheckedOption>, String> {
    if !q.options.is_empty() {
        return Err("scale questions take a role, not options".into());
    }
    let pole = |name: &str, v: &Option<String>| match v {
        None => Err(format!("scale question has no {name} role")),
        Some(id) => file
            .role_index(id)
            .ok_or_else(|| format!("{name} names unknown role \"{id}\"")),
    };
    let agree = pole("agree", &q.agree)?;
    let disagree = pole("disagree", &q.disagree)?;
    if agree == disagree {
        return Err("key is not balanced: agree and disagree name the same role".into());
    }
    Ok(SCALE_V1
        .iter()
        .map(|&(key, points, side)| {
            let mut w = vec![0u8; file.roles.len()];
            match side {
                1 => w[agree] = points,
                -1 => w[disagree] = points,
                _ => {}
            }
            (scale_label(file, key), w, String::new())
        })
        .collect())
}
