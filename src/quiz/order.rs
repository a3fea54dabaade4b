//! Orders: the order each person sees a question's options in, and the core's one sort.
//!
//! Choice options are shuffled per person so that answering style (always the first option,
//! always the last) cannot decide the result. The order comes from a seed drawn once when the
//! quiz starts and saved with the progress, so a reload shows the same order. Answers, saved
//! progress and share codes always hold the option's index as written in the content file;
//! only the screen uses this order. Statements keep the scale's order.

use super::model::{Question, QuestionKind};

/// SplitMix64: tiny, fast and well mixed; plenty for shuffling four options. The simulated
/// respondents (`crate::sim`) and the tests draw from it too: one generator in the project.
pub fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Option indices of `question` (index `qi` in the bank) in the order shown to the person with
/// `seed`: the first entry is shown first.
pub fn shown(seed: u32, qi: usize, question: &Question) -> Vec<u8> {
    let n = question.options.len().min(usize::from(u8::MAX));
    let mut order: Vec<u8> = (0..n as u8).collect();
    if question.kind == QuestionKind::Scale {
        return order;
    }
    // Fisher-Yates, one generator step per swap; the question index keeps questions apart.
    let mut state = (u64::from(seed) << 32) ^ qi as u64;
    for i in (1..n).rev() {
        state = mix(state);
        let j = (state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// Sorts the indices `v` by `key`, largest first; equal keys keep their order. The core's only
/// sort (role ranking, the parts of an article an answer pointed to): an insertion sort for a
/// handful of items, since std's sorts would add 1.8 KB of WebAssembly (clippy.toml forbids
/// them). Indices and a `dyn` key keep it one function in the WebAssembly, not one per caller.
pub fn most_first(v: &mut [usize], key: &dyn Fn(usize) -> u32) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(v[j - 1]) < key(v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_first_is_a_stable_descending_sort() {
        let keys = [1, 3, 1, 3, 2, 0];
        let mut v = [0, 1, 2, 3, 4, 5];
        most_first(&mut v, &|i| keys[i]);
        assert_eq!(v, [1, 3, 4, 0, 2, 5]);
        most_first(&mut [], &|i| keys[i]);
    }
    use crate::quiz::bank;

    #[test]
    fn every_order_is_a_permutation_and_all_orders_occur() {
        let b = bank();
        let (qi, q) = b
            .questions
            .iter()
            .enumerate()
            .find(|(_, q)| q.kind == QuestionKind::Choice)
            .expect("a choice question");
        let n = q.options.len();
        let mut firsts = vec![0u32; n];
        let mut seen = std::collections::HashSet::new();
        for seed in 0..24_000u32 {
            let o = shown(seed, qi, q);
            let mut sorted = o.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..n as u8).collect::<Vec<_>>());
            firsts[usize::from(o[0])] += 1;
            seen.insert(o);
        }
        assert_eq!(seen.len(), (1..=n).product::<usize>(), "every order occurs");
        for f in firsts {
            let share = f64::from(f) / 24_000.0;
            assert!(
                (share - 1.0 / n as f64).abs() < 0.02,
                "first option {share}"
            );
        }
        assert_eq!(shown(7, qi, q), shown(7, qi, q), "same seed, same order");
    }

    #[test]
    fn statements_keep_the_scale_order() {
        let b = bank();
        for (qi, q) in b.questions.iter().enumerate() {
            if q.kind == QuestionKind::Scale {
                assert_eq!(shown(12345, qi, q), vec![0, 1, 2, 3, 4]);
            }
        }
    }
}
