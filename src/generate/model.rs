//! The plan being generated, before it is written as YAML.

use chrono::NaiveDate;

use super::names;
use super::rng::Rng;
use super::Config;

pub struct Province {
    pub code: String,
    pub name: String,
    pub city: bool,
}

pub struct Unit {
    pub code: String,
    pub name: String,
    pub province: usize,
    pub kind: &'static str,
    pub terrain: &'static str,
    /// Tenths of a km², to keep the text exact.
    pub area_tenths: u32,
    pub population: u32,
    pub formed_from: Vec<String>,
    /// A special zone under 1,000 people has no People's Council (Law 72/2025/QH15, art. 28):
    /// no Council chair or vice-chair.
    pub has_council: bool,
}

pub struct Person {
    pub id: String,
    pub name: String,
    pub female: bool,
    pub born: NaiveDate,
    pub ethnicity: &'static str,
    pub home: String,
    pub education: &'static str,
    pub field: &'static str,
    pub theory: &'static str,
    pub rating: &'static str,
    pub disciplined: bool,
}

pub struct Post {
    /// Left out of the written plan (an injected vacancy).
    pub removed: bool,
    pub person: usize,
    /// A unit index, or a province index for a provincial post.
    pub place: Place,
    pub post: &'static str,
    pub from: NaiveDate,
    pub via: &'static str,
    pub terms: u8,
    pub needs_field: Option<&'static str>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Unit(usize),
    Province(usize),
}

pub struct Function {
    pub unit: usize,
    pub task: &'static str,
    pub presiding: Vec<&'static str>,
}

/// The people of one unit, by role, as indexes into `Plan::people`.
pub struct Staff {
    pub secretary: usize,
    pub deputy: usize,
    pub council_vice: usize,
    pub committee_vices: [usize; 2],
    pub civil_servants: Vec<usize>,
}

pub struct Plan {
    pub provinces: Vec<Province>,
    pub units: Vec<Unit>,
    pub people: Vec<Person>,
    pub posts: Vec<Post>,
    pub functions: Vec<Function>,
    pub staff: Vec<Staff>,
    /// Per province: the Secretary, the Committee chair, the Deputy Secretary and Council chair.
    pub province_leaders: Vec<[usize; 3]>,
}

pub const FIELDS: [&str; 6] = [
    "economics",
    "law",
    "land_management",
    "culture_society",
    "public_administration",
    "agriculture",
];
const TASKS: [(&str, &str); 4] = [
    ("civil_status", "office_of_council_and_committee"),
    ("land_registration", "economic_office"),
    ("social_welfare", "culture_society_office"),
    ("construction_permits", "public_service_center"),
];

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

pub fn build(config: &Config, rng: &mut Rng) -> Plan {
    let province_count = config.provinces.max(1);
    let mut plan = Plan {
        provinces: Vec::new(),
        units: Vec::new(),
        people: Vec::new(),
        posts: Vec::new(),
        functions: Vec::new(),
        staff: Vec::new(),
        province_leaders: Vec::new(),
    };
    for index in 0..province_count {
        let base = names::PROVINCES[index % names::PROVINCES.len()];
        let city = index.is_multiple_of(6);
        let name = match (city, index / names::PROVINCES.len()) {
            (true, 0) => format!("Thành phố {base}"),
            (false, 0) => format!("Tỉnh {base}"),
            (true, round) => format!("Thành phố {base} {}", round + 1),
            (false, round) => format!("Tỉnh {base} {}", round + 1),
        };
        plan.provinces.push(Province {
            code: format!("{:02}", 1 + index * 2),
            name,
            city,
        });
    }
    for index in 0..province_count {
        let leaders = province_leaders(&mut plan, index, config, rng);
        plan.province_leaders.push(leaders);
    }
    let special_zones = 13.min(config.units / 100);
    // The last special zones are small islands without a People's Council, as Cồn Cỏ and
    // Bạch Long Vĩ are: one in a plan with two zones or more, two in a national plan.
    let small_zones = match special_zones {
        13.. => 2,
        2.. => 1,
        _ => 0,
    };
    for index in 0..config.units {
        let province = index * province_count / config.units.max(1);
        let zone = if index + small_zones < special_zones {
            Zone::Special
        } else if index < special_zones {
            Zone::SmallSpecial
        } else {
            Zone::None
        };
        unit(&mut plan, index, province, zone, config, rng);
    }
    plan
}

fn person(plan: &mut Plan, rng: &mut Rng, home: &str, leader: bool) -> usize {
    let female = rng.chance(0.32);
    // Leaders are young enough to serve a full term: men from 1972, women from 1978.
    let born_year = if female {
        rng.between(1978, 1996)
    } else {
        rng.between(1972, 1996)
    };
    let born = date(
        born_year as i32,
        rng.between(1, 12) as u32,
        rng.between(1, 28) as u32,
    );
    let index = plan.people.len();
    plan.people.push(Person {
        id: format!("P{:07}", index + 1),
        name: names::person(rng, female),
        female,
        born,
        ethnicity: if rng.chance(0.12) {
            rng.pick(&names::ETHNIC_MINORITIES)
        } else {
            "Kinh"
        },
        home: home.to_string(),
        education: if rng.chance(0.3) {
            "master"
        } else {
            "bachelor"
        },
        field: rng.pick(&FIELDS),
        theory: if leader || rng.chance(0.5) {
            rng.pick(&["intermediate", "advanced"])
        } else {
            "elementary"
        },
        rating: if leader {
            rng.pick(&["good", "excellent"])
        } else {
            rng.pick(&["completed", "good", "excellent"])
        },
        disciplined: false,
    });
    index
}

fn post(plan: &mut Plan, person: usize, place: Place, post: &'static str, via: &'static str) {
    let from = date(2025, 7, 1);
    plan.posts.push(Post {
        removed: false,
        person,
        place,
        post,
        from,
        via,
        terms: 0,
        needs_field: None,
    });
}

fn province_leaders(plan: &mut Plan, index: usize, config: &Config, rng: &mut Rng) -> [usize; 3] {
    let own = plan.provinces[index].code.clone();
    // The Secretary and the Committee chair come from another province (policy 6).
    let elsewhere = plan.provinces[(index + 1) % plan.provinces.len()]
        .code
        .clone();
    let elsewhere = if elsewhere == own {
        "99".to_string()
    } else {
        elsewhere
    };
    let secretary = person(plan, rng, &elsewhere, true);
    let chair = person(plan, rng, &elsewhere, true);
    let deputy = person(plan, rng, &own, true);
    let place = Place::Province(index);
    post(plan, secretary, place, "party_secretary", "rotation");
    // Every provincial People's Committee chair is also a Deputy Party Secretary (seed 002).
    post(plan, chair, place, "deputy_party_secretary", "rotation");
    post(plan, chair, place, "committee_chair", "election");
    post(plan, deputy, place, "deputy_party_secretary", "local");
    post(plan, deputy, place, "council_chair", "election");
    let _ = config;
    [secretary, chair, deputy]
}

/// The residents a unit needs for `config.staff_per_unit` staff and two more under the quota.
fn staffed_population(config: &Config) -> u32 {
    16_000 + 2_000 * (config.staff_per_unit.max(5) as u32 + 2).saturating_sub(32)
}

/// Whether a unit is a special zone, and a small one (under 1,000 people, no Council).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Zone {
    None,
    Special,
    SmallSpecial,
}

fn unit(
    plan: &mut Plan,
    index: usize,
    province: usize,
    zone: Zone,
    config: &Config,
    rng: &mut Rng,
) {
    let special_zone = zone != Zone::None;
    let has_council = zone != Zone::SmallSpecial;
    let city = plan.provinces[province].city;
    let (kind, prefix) = if special_zone {
        ("special_zone", "Đặc khu")
    } else if rng.chance(if city { 0.5 } else { 0.15 }) {
        ("ward", "Phường")
    } else {
        ("commune", "Xã")
    };
    let terrain = if special_zone {
        "island"
    } else if kind == "commune" && rng.chance(0.2) {
        rng.pick(&["mountain", "highland", "border"])
    } else {
        "plain"
    };
    let formed: usize = rng.between(2, 4) as usize;
    let formed_from = (0..formed)
        .map(|k| {
            format!(
                "{} {}",
                if kind == "ward" { "Phường" } else { "Xã" },
                names::place(index * 5 + k + 7)
            )
        })
        .collect();
    plan.units.push(Unit {
        code: format!("{:05}", 10000 + index * 3),
        name: format!("{prefix} {}", names::place(index)),
        province,
        kind,
        terrain,
        // Units meet the standards of Resolution 76/2025 by size, whatever they were formed
        // from: wards 5.5 km² and 45,000 people, mountain and highland communes 100 km², other
        // communes 30 km² and 16,000 people.
        area_tenths: if kind == "ward" {
            rng.between(60, 400) as u32
        } else if matches!(terrain, "mountain" | "highland") {
            rng.between(1000, 2500) as u32
        } else {
            rng.between(300, 2500) as u32
        },
        // Enough people for the unit's staff, and two more an injection may add, under the
        // staffing quota: 32 up to 16,000 residents, one more for every 2,000 above
        // (staffing-quota-2025.rules). A small island zone has a few hundred.
        population: match (has_council, kind) {
            (false, _) => rng.between(300, 990) as u32,
            (true, "ward") => rng.between(46_000, 150_000) as u32,
            (true, _) => rng.between(16_000, 60_000) as u32,
        }
        .max(if has_council {
            staffed_population(config)
        } else {
            0
        }),
        formed_from,
        has_council,
    });
    let unit = plan.units.len() - 1;
    let home = plan.provinces[province].code.clone();
    let place = Place::Unit(unit);
    let secretary = person(plan, rng, &home, true);
    post(plan, secretary, place, "party_secretary", "transfer");
    if has_council {
        post(plan, secretary, place, "council_chair", "election");
    }
    let deputy = person(plan, rng, &home, true);
    // Guaranteed shares, whatever the dice say: policy 14 needs 15% women, 10% under 40.
    if index.is_multiple_of(2) {
        plan.people[deputy].female = true;
        plan.people[deputy].name = names::person(rng, true);
        plan.people[deputy].born = date(rng.between(1978, 1992) as i32, 6, 15);
    }
    if index.is_multiple_of(3) {
        plan.people[secretary].born = date(rng.between(1988, 1995) as i32, 3, 9);
    }
    post(plan, deputy, place, "deputy_party_secretary", "local");
    post(plan, deputy, place, "committee_chair", "election");
    let council_vice = person(plan, rng, &home, true);
    if has_council {
        post(plan, council_vice, place, "council_vice_chair", "election");
    } else {
        post(plan, council_vice, place, "civil_servant", "recruitment");
    }
    let mut committee_vices = [0; 2];
    for (slot, field) in committee_vices
        .iter_mut()
        .zip(["economics", "culture_society"])
    {
        *slot = person(plan, rng, &home, true);
        plan.people[*slot].field = field;
        post(plan, *slot, place, "committee_vice_chair", "election");
        if let Some(last) = plan.posts.last_mut() {
            last.needs_field = Some(field);
        }
    }
    let mut civil_servants = Vec::new();
    // A small island zone keeps within the quota's floor of 32 (staffing-quota-2025.rules).
    let staff = if has_council {
        config.staff_per_unit.max(5)
    } else {
        config.staff_per_unit.clamp(5, 30)
    };
    for _ in 5..staff {
        let servant = person(plan, rng, &home, false);
        post(plan, servant, place, "civil_servant", "recruitment");
        civil_servants.push(servant);
    }
    plan.staff.push(Staff {
        secretary,
        deputy,
        council_vice,
        committee_vices,
        civil_servants,
    });
    for (task, presiding) in TASKS {
        plan.functions.push(Function {
            unit,
            task,
            presiding: vec![presiding],
        });
    }
}
