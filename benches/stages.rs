//! Each stage of a check, timed apart, on generated plans from 1/8 to twice the national
//! size, clean and with 1% violations. `cargo bench --bench stages` prints the table that
//! docs/performance.md records; `STAGES_SIZES=1` limits the sizes (a factor list).
//!
//! Stages: the YAML parser's events alone (the floor), loading records against the schema
//! (parse included), compiling the built-in rules, evaluating them, and rendering every
//! finding as a human diagnostic.

use std::time::{Duration, Instant};

use staffcheck::check::{check, Options};
use staffcheck::eval::Evaluator;
use staffcheck::generate::{generate, Config};
use staffcheck::plan;
use staffcheck::report::{self, Style};
use staffcheck::ruleset::load_builtin;
use staffcheck::source::SourceFile;

/// The fastest of `runs` runs: the least disturbed by the rest of the machine.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        last = Some(value);
    }
    (best, last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let sizes: Vec<f64> = std::env::var("STAGES_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![0.125, 0.25, 0.5, 1.0, 2.0]);
    let runs: usize = std::env::var("STAGES_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let (compile, program) = best(runs, || {
        load_builtin()
            .map_err(|e| format!("{e:?}"))
            .unwrap()
            .program
    });
    println!("compile the built-in rules: {} ms\n", ms(compile));
    println!("| size | violations | MB | units | people | parse events (ms) | load records (ms) | evaluate (ms) | render human (ms) | whole check (ms) | check / parse | findings |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for &size in &sizes {
        for rate in [0.0, 0.01] {
            let national = Config::national();
            let config = Config {
                units: (national.units as f64 * size).round() as usize,
                violation_rate: rate,
                ..national
            };
            let (yaml, _) = generate(&config);
            let source = SourceFile::new("generated.yaml", yaml);
            let mb = source.text().len() as f64 / 1e6;
            let (parse, events) = best(runs, || {
                let mut parser = saphyr_parser::Parser::new_from_str(source.text());
                let mut events = 0usize;
                while let Some(Ok(_)) = parser.next_event() {
                    events += 1;
                }
                events
            });
            let (load, loaded) = best(runs, || {
                plan::load(
                    &source,
                    &program.schema,
                    Default::default(),
                    Default::default(),
                )
                .map_err(|e| format!("{e:?}"))
                .unwrap()
                .plan
            });
            let people = loaded.len(program.schema.collection_by_name("people").unwrap());
            let (evaluate, findings) = best(runs, || {
                Evaluator::new(&program, &loaded, config.date).run().len()
            });
            let (render, _) = best(runs, || {
                let mut evaluator = Evaluator::new(&program, &loaded, config.date);
                let findings = evaluator.run();
                let mut bytes = 0;
                for finding in &findings {
                    let diagnostic = report::finding(&mut evaluator, finding);
                    bytes += report::render(&diagnostic, Style::default()).len();
                }
                bytes
            });
            let (whole, _) = best(runs, || {
                check(&program, &source, Options::default())
                    .map_err(|e| format!("{e:?}"))
                    .unwrap()
                    .diagnostics
                    .len()
            });
            let _ = events;
            println!(
                "| {size} | {}% | {mb:.1} | {} | {people} | {} | {} | {} | {} | {} | {:.2} | {findings} |",
                rate * 100.0,
                config.units,
                ms(parse),
                ms(load),
                ms(evaluate),
                ms(render.saturating_sub(evaluate)),
                ms(whole),
                whole.as_secs_f64() / parse.as_secs_f64(),
            );
        }
    }
}
