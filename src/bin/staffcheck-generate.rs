//! Writes a generated plan and, beside it, the list of injected violations.
//!
//! staffcheck-generate [--seed N] [--provinces N] [--units N] [--staff N] [--rate R]
//!                     [--date YYYY-MM-DD] OUTPUT.yaml
//! The list goes to OUTPUT.injected.tsv (`RULE<TAB>record`, sorted).

#![deny(clippy::unwrap_used, clippy::expect_used)]

use std::process::ExitCode;

use staffcheck::generate::{generate, sidecar, Config};

fn main() -> ExitCode {
    let mut config = Config::national();
    let mut output = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_default();
        let ok = match arg.as_str() {
            "--seed" => value().parse().map(|v| config.seed = v).is_ok(),
            "--provinces" => value().parse().map(|v| config.provinces = v).is_ok(),
            "--units" => value().parse().map(|v| config.units = v).is_ok(),
            "--staff" => value().parse().map(|v| config.staff_per_unit = v).is_ok(),
            "--rate" => value().parse().map(|v| config.violation_rate = v).is_ok(),
            "--date" => staffcheck::syntax::parse_date(&value())
                .map(|d| config.date = d)
                .is_some(),
            _ if !arg.starts_with("--") && output.is_none() => {
                output = Some(arg.clone());
                true
            }
            _ => false,
        };
        if !ok {
            eprintln!("staffcheck-generate: bad argument `{arg}`; see the comment at the top of src/bin/staffcheck-generate.rs");
            return ExitCode::from(2);
        }
    }
    let Some(output) = output else {
        eprintln!("usage: staffcheck-generate [--seed N] [--provinces N] [--units N] [--staff N] [--rate R] [--date D] OUTPUT.yaml");
        return ExitCode::from(2);
    };
    let (yaml, injected) = generate(&config);
    let sidecar_path = format!("{}.injected.tsv", output.trim_end_matches(".yaml"));
    let written = std::fs::write(&output, yaml)
        .and_then(|()| std::fs::write(&sidecar_path, sidecar(&injected)));
    match written {
        Ok(()) => {
            eprintln!(
                "wrote {output} and {sidecar_path} ({} injected)",
                injected.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("staffcheck-generate: cannot write {output}: {error}");
            ExitCode::from(2)
        }
    }
}
