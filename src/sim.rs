//! Simulated respondents, for calibrating the assessment against people, not caricatures.
//!
//! The calibration tool (`src/bin/calibrate.rs`) and `tests/assessment.rs` share these, so the
//! figures an editor reads are the ones the tests hold to. Each person has a latent
//! preference `s` for role A (the probability that an answer follows A) and answers with
//! noise, intensity and, in model L, a tendency to agree. Nothing here ships: the app never
//! calls it, so the WebAssembly build leaves it out.
// Never in the app (see above), so the size rules (clippy.toml) do not apply.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use crate::quiz::adaptive::settled_at;
use crate::quiz::{order, score, Answer, Assessment, Bank, QuestionKind};

/// Deterministic generator over the app's own SplitMix64 (`quiz::order::mix`), so a failing
/// figure reproduces.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        order::mix(self.0)
    }
    /// Uniform in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in [lo, hi).
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    /// Normally distributed with mean 0 and standard deviation `sd` (Box-Muller).
    pub fn normal(&mut self, sd: f64) -> f64 {
        let u = 1.0 - self.unit();
        let v = self.unit();
        sd * (-2.0 * u.ln()).sqrt() * (core::f64::consts::TAU * v).cos()
    }
}

/// How a simulated person turns a preference into answers (issue 19 defines both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    /// Answers follow A with probability `s`; agreeing is "Strongly agree" with probability u,
    /// not agreeing is "Neither" with probability v, else Disagree 65 % / Strongly disagree 35 %.
    P,
    /// Statement answer = round(3 + 2.5·(2s − 1)·k + b + e), clipped to 1–5: k = +1 for an A
    /// statement and −1 for another role's, b the person's acquiescence ~ N(0, 0.6), e ~ N(0, 0.9).
    L,
}

impl Model {
    /// Its name in tables.
    pub fn name(self) -> &'static str {
        match self {
            Model::P => "P",
            Model::L => "L",
        }
    }
}

/// One simulated person.
#[derive(Debug, Clone, Copy)]
pub struct Person {
    /// How the person answers.
    pub model: Model,
    /// Probability that an answer follows role `a`.
    pub s: f64,
    /// Role A.
    pub a: usize,
    /// Role B: the other role (drawn once among the rest when there are more than two).
    pub b: usize,
    /// Noise rate: an answer picked uniformly at random.
    pub nu: f64,
    /// Model P: P(Strongly agree | agree).
    pub u: f64,
    /// Model P: P(Neither | not agree).
    pub v: f64,
    /// Model L: acquiescence.
    pub bias: f64,
}

impl Person {
    /// A person of `model` with preference `s` for role `a`; the rest drawn as the model says.
    pub fn draw(model: Model, s: f64, a: usize, roles: usize, rng: &mut Rng) -> Person {
        let others = roles.saturating_sub(1).max(1);
        let pick = rng.below(others);
        let b = if pick >= a { pick + 1 } else { pick };
        Person {
            model,
            s,
            a,
            b: b.min(roles.saturating_sub(1)),
            nu: rng.uniform(0.10, 0.20),
            u: rng.uniform(0.2, 0.7),
            v: rng.uniform(0.2, 0.5),
            bias: rng.normal(0.6),
        }
    }

    /// The person's answer (option index as written) to question `qi`, seeing the options in
    /// the order of `seed`.
    pub fn answer(&self, bank: &Bank, seed: u32, qi: usize, rng: &mut Rng) -> u8 {
        let q = &bank.questions[qi];
        let n = q.options.len();
        if q.kind == QuestionKind::Choice {
            if rng.chance(self.nu) {
                return rng.below(n) as u8;
            }
            let role = if rng.chance(self.s) { self.a } else { self.b };
            // Uniformly among that role's options, as the person sees them (the order only
            // matters for ties, but it keeps the draw honest about what is on screen).
            let mine: Vec<u8> = order::shown(seed, qi, q)
                .into_iter()
                .filter(|&o| {
                    q.options[usize::from(o)]
                        .weights
                        .get(role)
                        .is_some_and(|&w| w > 0)
                })
                .collect();
            return match mine.len() {
                0 => rng.below(n) as u8,
                m => mine[rng.below(m)],
            };
        }
        let of_a = q.options[n - 1].weights.get(self.a).is_some_and(|&w| w > 0);
        match self.model {
            Model::P => {
                if rng.chance(self.nu) {
                    return rng.below(n) as u8;
                }
                let follows = rng.chance(self.s);
                if follows == of_a {
                    if rng.chance(self.u) {
                        4
                    } else {
                        3
                    }
                } else if rng.chance(self.v) {
                    2
                } else if rng.chance(0.65) {
                    1
                } else {
                    0
                }
            }
            Model::L => {
                let k = if of_a { 1.0 } else { -1.0 };
                let x = 3.0 + 2.5 * (2.0 * self.s - 1.0) * k + self.bias + rng.normal(0.9);
                (x.round().clamp(1.0, 5.0) as u8) - 1
            }
        }
    }

    /// A whole answer set (every question), with a fresh option order.
    pub fn answers(&self, bank: &Bank, rng: &mut Rng) -> Vec<Answer> {
        let seed = rng.next_u64() as u32;
        (0..bank.questions.len())
            .map(|qi| Some(self.answer(bank, seed, qi, rng)))
            .collect()
    }
}

/// What the quiz does with a whole answer set: asks as the adaptive rule says, and scores the
/// answers it asked. Returns the assessment and how many questions were asked.
pub fn take(bank: &Bank, answers: &[Answer]) -> Option<(Assessment, usize)> {
    let k = settled_at(bank, answers)?;
    let a = score(bank, &answers[..k]).ok()?;
    Some((a, k))
}

/// Counts of outcomes over many people, from the point of view of role `a` per person.
#[derive(Debug, Default, Clone)]
pub struct Outcomes {
    /// People measured.
    pub n: u32,
    /// A clear fit / leaning for the person's role A.
    pub a_clear: u32,
    /// Leaning towards role A.
    pub a_leaning: u32,
    /// A clear fit for another role.
    pub b_clear: u32,
    /// Leaning towards another role.
    pub b_leaning: u32,
    /// Fits both about equally.
    pub both: u32,
    /// No role named and not "both".
    pub open: u32,
    /// Questions asked, one entry per person.
    pub asked: Vec<u16>,
}

impl Outcomes {
    /// Adds one result for a person whose role A is `a`.
    pub fn add(&mut self, a: usize, result: &Assessment, asked: usize) {
        use crate::quiz::Level;
        self.n += 1;
        self.asked.push(asked as u16);
        let mine = result.lead() == a;
        match (result.level, mine) {
            (Level::Clear, true) => self.a_clear += 1,
            (Level::Leaning, true) => self.a_leaning += 1,
            (Level::Clear, false) => self.b_clear += 1,
            (Level::Leaning, false) => self.b_leaning += 1,
            (Level::Both, _) => self.both += 1,
            (Level::Open, _) => self.open += 1,
        }
    }
    /// `x` in % of the people measured.
    pub fn pct(&self, x: u32) -> f64 {
        f64::from(x) * 100.0 / f64::from(self.n.max(1))
    }
    /// Role A named (clear or leaning), in %.
    pub fn right(&self) -> f64 {
        self.pct(self.a_clear + self.a_leaning)
    }
    /// Another role named, in %.
    pub fn wrong(&self) -> f64 {
        self.pct(self.b_clear + self.b_leaning)
    }
    /// Any role named, in %.
    pub fn named(&self) -> f64 {
        self.right() + self.wrong()
    }
    /// Any clear fit, in %.
    pub fn clear(&self) -> f64 {
        self.pct(self.a_clear + self.b_clear)
    }
    /// Mean questions asked.
    pub fn mean_asked(&self) -> f64 {
        self.asked.iter().map(|&k| f64::from(k)).sum::<f64>() / self.asked.len().max(1) as f64
    }
    /// The 90th percentile of questions asked.
    pub fn p90_asked(&self) -> u16 {
        let mut v = self.asked.clone();
        v.sort_unstable();
        v.get((v.len() * 9 / 10).min(v.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    }
    /// Most questions anyone was asked.
    pub fn max_asked(&self) -> u16 {
        self.asked.iter().copied().max().unwrap_or(0)
    }
}

/// `n` people of `model` with preference `s`, role A taking each role in turn.
pub fn people(bank: &Bank, model: Model, s: f64, n: u32, seed: u64) -> Outcomes {
    let roles = bank.roles.len();
    let mut rng = Rng(seed);
    let mut out = Outcomes::default();
    for i in 0..n {
        let a = i as usize % roles;
        let person = Person::draw(model, s, a, roles, &mut rng);
        let answers = person.answers(bank, &mut rng);
        if let Some((result, k)) = take(bank, &answers) {
            out.add(a, &result, k);
        }
    }
    out
}

/// How often a person who takes the quiz twice (fresh option order, same person) gets the
/// same direction: (same named role or both none, same leading role) in %.
pub fn retakes(bank: &Bank, model: Model, s: f64, n: u32, seed: u64) -> (f64, f64) {
    let roles = bank.roles.len();
    let mut rng = Rng(seed);
    let (mut same_named, mut same_lead) = (0u32, 0u32);
    for i in 0..n {
        let person = Person::draw(model, s, i as usize % roles, roles, &mut rng);
        let one = take(bank, &person.answers(bank, &mut rng));
        let two = take(bank, &person.answers(bank, &mut rng));
        if let (Some((one, _)), Some((two, _))) = (one, two) {
            same_named += u32::from(one.named() == two.named());
            same_lead += u32::from(one.lead() == two.lead());
        }
    }
    let pct = |x: u32| f64::from(x) * 100.0 / f64::from(n.max(1));
    (pct(same_named), pct(same_lead))
}

/// An answering style: the answer at question `qi` for a person seeing the order of `seed`.
pub type Style = fn(&Bank, u32, usize, &mut Rng) -> u8;

/// The option shown at `position` (from 0; past the end means the last) with `seed`.
pub fn shown_at(bank: &Bank, seed: u32, qi: usize, position: usize) -> u8 {
    let o = order::shown(seed, qi, &bank.questions[qi]);
    o[position.min(o.len() - 1)]
}

fn statement(b: &Bank, qi: usize) -> bool {
    b.questions[qi].kind == QuestionKind::Scale
}

/// Random answerers and the answering styles the quiz must not reward, by name.
pub fn styles() -> Vec<(&'static str, Style)> {
    vec![
        ("random answers", |b, _, qi, rng| {
            rng.below(b.questions[qi].options.len()) as u8
        }),
        ("always the first option shown", |b, s, qi, _| {
            shown_at(b, s, qi, 0)
        }),
        ("always the last option shown", |b, s, qi, _| {
            shown_at(b, s, qi, usize::MAX)
        }),
        ("always the middle option shown", |b, s, qi, _| {
            shown_at(b, s, qi, b.questions[qi].options.len() / 2)
        }),
        ("always Agree (first option in scenarios)", |b, s, qi, _| {
            if statement(b, qi) {
                3
            } else {
                shown_at(b, s, qi, 0)
            }
        }),
        (
            "always Strongly agree (first in scenarios)",
            |b, s, qi, _| {
                if statement(b, qi) {
                    4
                } else {
                    shown_at(b, s, qi, 0)
                }
            },
        ),
        ("always Neither (middle in scenarios)", |b, s, qi, _| {
            if statement(b, qi) {
                2
            } else {
                shown_at(b, s, qi, b.questions[qi].options.len() / 2)
            }
        }),
    ]
}

/// `n` people answering in `style`, each with a fresh option order.
pub fn style(bank: &Bank, style: Style, n: u32, seed: u64) -> Outcomes {
    let mut rng = Rng(seed);
    let mut out = Outcomes::default();
    for _ in 0..n {
        let s = rng.next_u64() as u32;
        let answers: Vec<Answer> = (0..bank.questions.len())
            .map(|qi| Some(style(bank, s, qi, &mut rng)))
            .collect();
        if let Some((result, k)) = take(bank, &answers) {
            // Styles have no role A: count every named role as "A" so `named()` is the total.
            out.add(result.lead(), &result, k);
        }
    }
    out
}
