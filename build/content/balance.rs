//! The key's balance: no role favoured before anyone answers.

use super::checked::CheckedQuestion;
use super::schema::Role;

/// The key is balanced when every role can reach the same top score and gets the same expected
/// score from a random answerer; otherwise the quiz leans towards one role before anyone answers.
pub fn check(roles: &[Role], qs: &[CheckedQuestion]) -> Result<(), String> {
    // Expected scores are compared exactly as fractions over the product-free common denominator
    // lcm(option counts); option counts are at most 9, so this stays tiny.
    let lcm = qs.iter().fold(1u64, |acc, q| {
        let n = q.options.len() as u64;
        acc / gcd(acc, n) * n
    });
    let totals: Vec<(u64, u64)> = (0..roles.len())
        .map(|r| {
            qs.iter().fold((0, 0), |(max, mean), q| {
                let col = q.options.iter().map(|(_, w, _)| u64::from(w[r]));
                let top = col.clone().max().unwrap_or(0);
                let sum: u64 = col.sum();
                (max + top, mean + sum * (lcm / q.options.len() as u64))
            })
        })
        .collect();
    for (r, role) in roles.iter().enumerate().skip(1) {
        let (first, this) = (totals[0], totals[r]);
        if this.0 != first.0 {
            return Err(format!(
                "roles (id \"{}\"): key is not balanced: its top score is {} but \"{}\" can reach {}",
                role.id, this.0, roles[0].id, first.0
            ));
        }
        if this.1 != first.1 {
            return Err(format!(
                "roles (id \"{}\"): key is not balanced: a random answerer scores it {:.2} on average but \"{}\" {:.2}",
                role.id,
                this.1 as f64 / lcm as f64,
                roles[0].id,
                first.1 as f64 / lcm as f64
            ));
        }
    }
    Ok(())
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}
