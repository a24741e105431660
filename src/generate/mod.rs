//! Realistic plans in the domain.md format, at any size, deterministic from a seed, with a
//! chosen rate of injected violations of each shipped rule and a list of what was injected.
//!
//! Every plan starts clean: each commune-level unit has its key posts (the Secretary also
//! chairs the People's Council, a Deputy Secretary chairs the People's Committee), a council
//! vice-chair, two committee vice-chairs and civil servants; each province its non-local
//! Secretary and Committee chair. Violations are then injected one per unit (or province) at
//! most, each breaking exactly one rule, so a checker must find exactly the injected list.

mod inject;
mod model;
mod names;
mod rng;
mod write;

pub use inject::Injected;

use chrono::NaiveDate;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    pub provinces: usize,
    /// Commune-level units in all, spread over the provinces.
    pub units: usize,
    /// People per commune-level unit, leaders included (at least 5).
    pub staff_per_unit: usize,
    /// The share of eligible records that get each rule's violation (0 for a clean plan).
    /// Every rule in force gets at least one when the rate is above 0.
    pub violation_rate: f64,
    pub date: NaiveDate,
}

impl Config {
    /// The whole country: 34 provinces, 3,321 commune-level units, 40 people each.
    pub fn national() -> Config {
        Config {
            seed: 2025,
            provinces: 34,
            units: 3321,
            staff_per_unit: 40,
            violation_rate: 0.0,
            date: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default(),
        }
    }
}

/// The plan's YAML text and the violations injected into it.
pub fn generate(config: &Config) -> (String, Vec<Injected>) {
    let mut rng = rng::Rng::new(config.seed);
    let mut plan = model::build(config, &mut rng);
    let injected = inject::inject(&mut plan, config, &mut rng);
    (write::yaml(&plan, config), injected)
}

/// The injected list as text, one `RULE<TAB>record` line each, sorted.
pub fn sidecar(injected: &[Injected]) -> String {
    let mut lines: Vec<String> = injected
        .iter()
        .map(|i| format!("{}\t{}\n", i.rule, i.record))
        .collect();
    lines.sort();
    lines.concat()
}
