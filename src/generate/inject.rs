//! Injecting violations: each breaks exactly one rule, at most one per unit or province,
//! and is recorded as (rule, record) in the form `tests/generated.rs` derives from findings:
//! a unit's or province's code, a person's id, `person|place|post` for a post, and
//! `unit|task` for a function.

use chrono::NaiveDate;

use super::model::{date, Place, Plan, Post};
use super::rng::Rng;
use super::Config;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Injected {
    pub rule: &'static str,
    pub record: String,
}

/// The windows of the date-bound rules, as the rule files declare them.
fn in_force(rule: &str, on: NaiveDate) -> bool {
    match rule {
        "DEADLINE-183" => date(2025, 8, 1) <= on && on <= date(2025, 8, 31),
        "VICE-CAP" => date(2025, 6, 23) <= on && on <= date(2025, 11, 16),
        "COUNCIL-VICE-CAP" | "UNIT-KIND" => date(2025, 7, 1) <= on,
        "VICE-AVERAGE" => date(2025, 11, 17) <= on,
        // The injection makes a provincial Secretary local: Conclusion 200-KL/TW.
        "NON-LOCAL" => date(2025, 10, 17) <= on,
        "WARD-STANDARD" => date(2025, 4, 14) <= on,
        _ => true,
    }
}

const PROVINCE_RULES: [&str; 5] = [
    "NON-LOCAL",
    "WOMEN-SHARE",
    "YOUTH-SHARE",
    "VICE-AVERAGE",
    "TERM-LIMIT",
];
const UNIT_RULES: [&str; 21] = [
    "UNIT-KIND",
    "KEY-SECRETARY",
    "KEY-DEPUTY-SECRETARY",
    "KEY-COUNCIL-CHAIR",
    "KEY-COMMITTEE-CHAIR",
    "EXPERTISE",
    "DEADLINE-183",
    "DEGREE-PLAIN",
    "DEGREE-REMOTE",
    "THEORY",
    "VICE-CAP",
    "COUNCIL-VICE-CAP",
    "PRESTIGE",
    "CONCURRENT-COUNT",
    "CONCURRENT-PAIR",
    "ONE-PRESIDING",
    "AGE-NEW",
    "AGE-REAPPOINTED",
    "WARD-STANDARD",
    "KEY-SECRETARY",
    "UNIT-KIND",
];

pub fn inject(plan: &mut Plan, config: &Config, rng: &mut Rng) -> Vec<Injected> {
    let mut injected: Vec<Injected> = plan
        .provinces
        .iter()
        .map(|p| Injected {
            rule: "MINORITY-SHARE",
            record: p.code.clone(),
        })
        .collect();
    if config.violation_rate <= 0.0 {
        return injected;
    }
    let mut province_taken = vec![false; plan.provinces.len()];
    for rule in PROVINCE_RULES
        .into_iter()
        .filter(|r| in_force(r, config.date))
    {
        for province in choose(rng, &mut province_taken, config.violation_rate, |_| true) {
            province_rule(plan, rule, province, &mut injected);
        }
    }
    let mut unit_taken = vec![false; plan.units.len()];
    let mut rules: Vec<&str> = UNIT_RULES.to_vec();
    rules.sort_unstable();
    rules.dedup();
    for rule in rules.into_iter().filter(|r| in_force(r, config.date)) {
        let servants_needed = matches!(
            rule,
            "DEADLINE-183"
                | "VICE-CAP"
                | "COUNCIL-VICE-CAP"
                | "CONCURRENT-COUNT"
                | "CONCURRENT-PAIR"
        );
        if servants_needed && config.staff_per_unit < 10 {
            continue;
        }
        let eligible = |plan: &Plan, unit: usize| {
            let u = &plan.units[unit];
            match rule {
                "DEGREE-PLAIN" => u.terrain == "plain",
                "DEGREE-REMOTE" => u.terrain != "plain",
                "WARD-STANDARD" => u.kind == "ward" && plan.provinces[u.province].city,
                "CONCURRENT-PAIR" => plan.units.len() > 1,
                // Without a People's Council there is no chair to leave out, no vice-chair
                // to add beyond a cap, and the Council's vice-chair is a civil servant.
                "KEY-COUNCIL-CHAIR" | "COUNCIL-VICE-CAP" | "THEORY" => u.has_council,
                _ => true,
            }
        };
        let chosen = {
            let plan_ref = &*plan;
            choose(rng, &mut unit_taken, config.violation_rate, |unit| {
                eligible(plan_ref, unit)
            })
        };
        for unit in chosen {
            unit_rule(plan, rule, unit, &mut injected);
        }
    }
    injected.sort();
    injected
}

/// Picks `rate` of the eligible, untaken indexes (at least one), and marks them taken.
fn choose(
    rng: &mut Rng,
    taken: &mut [bool],
    rate: f64,
    eligible: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let candidates: Vec<usize> = (0..taken.len())
        .filter(|&i| !taken[i] && eligible(i))
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    let wanted = ((rate * candidates.len() as f64).round() as usize).clamp(1, candidates.len());
    let mut pool = candidates;
    let mut chosen = Vec::with_capacity(wanted);
    for _ in 0..wanted {
        let pick = pool.swap_remove(rng.below(pool.len()));
        taken[pick] = true;
        chosen.push(pick);
    }
    chosen.sort_unstable();
    chosen
}

fn post_key(plan: &Plan, post: &Post) -> String {
    let place = match post.place {
        Place::Unit(u) => &plan.units[u].code,
        Place::Province(p) => &plan.provinces[p].code,
    };
    format!("{}|{}|{}", plan.people[post.person].id, place, post.post)
}

/// The posts a person holds in a place.
fn posts_of(plan: &Plan, person: usize, place: Place) -> Vec<usize> {
    (0..plan.posts.len())
        .filter(|&i| plan.posts[i].person == person && plan.posts[i].place == place)
        .collect()
}

fn province_rule(plan: &mut Plan, rule: &'static str, province: usize, out: &mut Vec<Injected>) {
    let code = plan.provinces[province].code.clone();
    let key_holders: Vec<usize> = plan
        .posts
        .iter()
        .filter(|p| {
            matches!(
                p.post,
                "party_secretary" | "deputy_party_secretary" | "council_chair" | "committee_chair"
            ) && match p.place {
                Place::Unit(u) => plan.units[u].province == province,
                Place::Province(p) => p == province,
            }
        })
        .map(|p| p.person)
        .collect();
    match rule {
        "NON-LOCAL" => {
            let secretary = plan.province_leaders[province][0];
            plan.people[secretary].home = code.clone();
            let post = posts_of(plan, secretary, Place::Province(province))[0];
            out.push(Injected {
                rule,
                record: post_key(plan, &plan.posts[post]),
            });
            return;
        }
        "WOMEN-SHARE" => {
            for person in key_holders {
                plan.people[person].female = false;
            }
        }
        "TERM-LIMIT" => {
            // A third consecutive term as head of the province (Regulation 65-QĐ/TW art. 4).
            let secretary = plan.province_leaders[province][0];
            let post = posts_of(plan, secretary, Place::Province(province))[0];
            plan.posts[post].terms = 2;
            out.push(Injected {
                rule,
                record: post_key(plan, &plan.posts[post]),
            });
            return;
        }
        "YOUTH-SHARE" => {
            for person in key_holders {
                plan.people[person].born = date(1978, 5, 20);
            }
        }
        _ => {
            // VICE-AVERAGE: a third committee vice-chair in more than half the units.
            let units: Vec<usize> = (0..plan.units.len())
                .filter(|&u| plan.units[u].province == province)
                .collect();
            for &unit in units.iter().take(units.len() / 2 + 1) {
                promote(plan, unit, 0, "committee_vice_chair");
            }
        }
    }
    out.push(Injected { rule, record: code });
}

/// Makes civil servant number `which` of a unit hold `post` instead, fit for leadership.
fn promote(plan: &mut Plan, unit: usize, which: usize, post: &'static str) -> bool {
    let Some(&person) = plan.staff[unit].civil_servants.get(which) else {
        return false;
    };
    plan.people[person].theory = "intermediate";
    plan.people[person].rating = "good";
    for index in posts_of(plan, person, Place::Unit(unit)) {
        plan.posts[index].post = post;
    }
    true
}

fn unit_rule(plan: &mut Plan, rule: &'static str, unit: usize, out: &mut Vec<Injected>) {
    let place = Place::Unit(unit);
    let code = plan.units[unit].code.clone();
    let staff = &plan.staff[unit];
    let (secretary, deputy, council_vice) = (staff.secretary, staff.deputy, staff.council_vice);
    let [vice_economics, vice_culture] = staff.committee_vices;
    let servants = staff.civil_servants.clone();
    let posts_injected =
        |plan: &Plan, rule: &'static str, person: usize, out: &mut Vec<Injected>| {
            for index in posts_of(plan, person, place) {
                out.push(Injected {
                    rule,
                    record: post_key(plan, &plan.posts[index]),
                });
            }
        };
    let remove = |plan: &mut Plan, person: usize, post: &str| {
        for index in posts_of(plan, person, place) {
            if plan.posts[index].post == post {
                plan.posts[index].removed = true;
            }
        }
    };
    match rule {
        "UNIT-KIND" => plan.units[unit].kind = "district",
        "KEY-SECRETARY" => remove(plan, secretary, "party_secretary"),
        "KEY-COUNCIL-CHAIR" => remove(plan, secretary, "council_chair"),
        "KEY-DEPUTY-SECRETARY" => remove(plan, deputy, "deputy_party_secretary"),
        "KEY-COMMITTEE-CHAIR" => remove(plan, deputy, "committee_chair"),
        "VICE-CAP" => {
            promote(plan, unit, 0, "committee_vice_chair");
        }
        "COUNCIL-VICE-CAP" => {
            promote(plan, unit, 1, "council_vice_chair");
        }
        "WARD-STANDARD" => {
            let u = &mut plan.units[unit];
            u.area_tenths = 32;
            u.population = 44_000; // below 45,000, above what the staffing quota needs
            u.formed_from.truncate(2);
        }
        "ONE-PRESIDING" => {
            if let Some(function) = plan.functions.iter_mut().find(|f| f.unit == unit) {
                function.presiding.push("public_service_center");
                out.push(Injected {
                    rule,
                    record: format!("{code}|{}", function.task),
                });
            }
            return;
        }
        "CONCURRENT-COUNT" | "CONCURRENT-PAIR" => {
            let person = servants[if rule == "CONCURRENT-COUNT" { 2 } else { 3 }];
            let extra = if rule == "CONCURRENT-COUNT" {
                vec![unit, unit]
            } else {
                vec![(unit + 1) % plan.units.len()]
            };
            for other in extra {
                let from = date(2025, 7, 1);
                plan.posts.push(Post {
                    removed: false,
                    person,
                    place: Place::Unit(other),
                    post: "civil_servant",
                    from,
                    via: "transfer",
                    terms: 0,
                    needs_field: None,
                });
            }
            out.push(Injected {
                rule,
                record: plan.people[person].id.clone(),
            });
            return;
        }
        "DEADLINE-183" => {
            let person = servants[4.min(servants.len() - 1)];
            for index in posts_of(plan, person, place) {
                plan.posts[index].via = "transfer";
                plan.posts[index].from = date(2025, 9, 10);
            }
            posts_injected(plan, rule, person, out);
            return;
        }
        "EXPERTISE" => {
            plan.people[vice_economics].field = "law";
            posts_injected(plan, rule, vice_economics, out);
            return;
        }
        "PRESTIGE" => {
            plan.people[vice_culture].rating = "not_completed";
            posts_injected(plan, rule, vice_culture, out);
            return;
        }
        "THEORY" => {
            plan.people[council_vice].theory = "elementary";
            posts_injected(plan, rule, council_vice, out);
            return;
        }
        "DEGREE-PLAIN" | "DEGREE-REMOTE" => {
            plan.people[secretary].education = "college";
            posts_injected(plan, rule, secretary, out);
            return;
        }
        "AGE-NEW" | "AGE-REAPPOINTED" => {
            // Men retire at 62 from this cohort: 42 months left for a new appointment, 35 for a
            // re-appointment, both from 2025-07-01.
            let person = &mut plan.people[secretary];
            person.female = false;
            person.born = if rule == "AGE-NEW" {
                date(1967, 1, 10)
            } else {
                date(1966, 6, 10)
            };
            if rule == "AGE-REAPPOINTED" {
                for index in posts_of(plan, secretary, place) {
                    plan.posts[index].terms = 1;
                }
            }
            posts_injected(plan, rule, secretary, out);
            return;
        }
        _ => return,
    }
    out.push(Injected { rule, record: code });
}
