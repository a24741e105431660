//! On generated plans the checker finds exactly the violations the generator injected: the
//! same rules, on the same records, no more and no fewer.

use staffcheck::eval::{Evaluator, Value, Verdict};
use staffcheck::generate::{generate, Config};
use staffcheck::ir::Program;
use staffcheck::plan::{self, Plan};
use staffcheck::ruleset::load_builtin;
use staffcheck::schema::Shape;
use staffcheck::source::SourceFile;

/// A record named the way the generator's list names it (see src/generate/inject.rs).
fn record_key(
    evaluator: &Evaluator<'_>,
    program: &Program,
    plan: &Plan,
    collection: u16,
    index: u32,
) -> String {
    let definition = program.schema.collection(collection);
    let field = |name: &str| {
        let position = definition.field(name).unwrap();
        let value = plan.value(collection, index, position);
        evaluator.show(&evaluator.stored(value, &definition.fields[position].ty))
    };
    match (definition.shape, definition.name.as_str()) {
        (Shape::Keyed(_), _) => evaluator.show(&Value::Record(collection, index)),
        (_, "posts") => format!("{}|{}|{}", field("person"), field("unit"), field("post")),
        (_, "functions") => format!("{}|{}", field("unit"), field("task")),
        _ => format!("{}[{index}]", definition.name),
    }
}

fn found_and_injected(config: &Config) -> (Vec<String>, Vec<String>) {
    let program = load_builtin()
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .program;
    let (yaml, injected) = generate(config);
    let source = SourceFile::new("generated.yaml", yaml);
    let loaded = plan::load(
        &source,
        &program.schema,
        Default::default(),
        Default::default(),
    )
    .map_err(|e| format!("{e:?}"))
    .unwrap();
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let plan = loaded.plan;
    let mut evaluator = Evaluator::new(&program, &plan, config.date);
    let findings = evaluator.run();
    // The shipped rules judge every record of a generated plan: not one is left undecided.
    let undecided: Vec<&str> = findings
        .iter()
        .filter(|f| f.verdict == Verdict::NotJudged)
        .map(|f| program.rules[f.rule].id.as_str())
        .collect();
    assert_eq!(
        undecided,
        Vec::<&str>::new(),
        "rules that judged not every record"
    );
    let mut found: Vec<String> = findings
        .iter()
        .map(|f| {
            let rule = &program.rules[f.rule];
            format!(
                "{}\t{}",
                rule.id,
                record_key(&evaluator, &program, &plan, rule.collection, f.record)
            )
        })
        .collect();
    found.sort();
    let mut expected: Vec<String> = injected
        .iter()
        .map(|i| format!("{}\t{}", i.rule, i.record))
        .collect();
    expected.sort();
    (found, expected)
}

fn mid_size(date: (i32, u32, u32)) -> Config {
    Config {
        seed: 7,
        provinces: 6,
        units: 240,
        staff_per_unit: 12,
        violation_rate: 0.05,
        date: chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap(),
    }
}

#[test]
fn finds_exactly_what_was_injected_in_august_2025() {
    let (found, expected) = found_and_injected(&mid_size((2025, 8, 15)));
    assert!(
        expected.len() > 100,
        "the plan should carry many violations: {}",
        expected.len()
    );
    assert_eq!(found, expected);
}

#[test]
fn finds_exactly_what_was_injected_after_the_average_cap() {
    // From 2025-11-17 the per-unit cap gives way to the province-wide average.
    let (found, expected) = found_and_injected(&mid_size((2025, 12, 1)));
    assert!(expected.iter().any(|e| e.starts_with("VICE-AVERAGE\t")));
    assert_eq!(found, expected);
}

#[test]
fn a_clean_plan_has_only_the_minority_notes() {
    let config = Config {
        violation_rate: 0.0,
        ..mid_size((2025, 8, 15))
    };
    let (found, expected) = found_and_injected(&config);
    assert_eq!(expected.len(), 6);
    assert_eq!(found, expected);
}

#[test]
fn finds_exactly_what_was_injected_on_2026_11_30() {
    let (found, expected) = found_and_injected(&mid_size((2026, 11, 30)));
    assert!(expected.iter().any(|e| e.starts_with("NON-LOCAL\t")));
    assert!(expected.iter().any(|e| e.starts_with("TERM-LIMIT\t")));
    assert_eq!(found, expected);
}

#[test]
fn a_clean_plan_of_2026_11_30_has_only_the_minority_notes() {
    let config = Config {
        violation_rate: 0.0,
        ..mid_size((2026, 11, 30))
    };
    let (found, expected) = found_and_injected(&config);
    assert_eq!(expected.len(), 6);
    assert_eq!(found, expected);
}

#[test]
fn generation_is_deterministic() {
    let config = mid_size((2025, 8, 15));
    assert_eq!(generate(&config).0, generate(&config).0);
}

/// The units of a generated plan's text that are special zones under 1,000 people.
fn small_special_zones(text: &str) -> Vec<String> {
    let units = &text[text.find("\nunits:\n").unwrap()..text.find("\npeople:\n").unwrap()];
    units
        .split("\n  - code: ")
        .skip(1)
        .filter(|unit| unit.contains("kind: special_zone"))
        .filter(|unit| {
            let population = unit.split("population: ").nth(1).unwrap();
            let digits: String = population
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse::<u32>().unwrap() < 1000
        })
        .map(|unit| unit.lines().next().unwrap().to_string())
        .collect()
}

#[test]
fn a_small_special_zone_has_no_people_s_council_and_that_is_lawful() {
    // Law 72/2025/QH15, art. 28: no People's Council in a special zone under 1,000 people. The
    // clean-plan tests above then show that no rule asks for its chair or vice-chair.
    let config = Config {
        violation_rate: 0.0,
        ..mid_size((2026, 11, 30))
    };
    let text = generate(&config).0;
    let zones = small_special_zones(&text);
    assert_eq!(zones.len(), 1, "{zones:?}");
    let posts = &text[text.find("\nposts:\n").unwrap()..];
    for post in ["council_chair", "council_vice_chair"] {
        let held = format!("unit: {}\n    post: {post}\n", zones[0]);
        assert!(!posts.contains(&held), "{held}");
    }
    let held = format!("unit: {}\n    post: committee_chair\n", zones[0]);
    assert!(posts.contains(&held), "{held}");
}
