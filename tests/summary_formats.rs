//! What GitHub shows of a run: annotations with the errors first (a step shows only the
//! first few of each kind), and the Markdown summary for `$GITHUB_STEP_SUMMARY`.

mod common;

use common::check;

#[test]
fn github_annotations_come_errors_first() {
    let run = check(&[
        "--format",
        "github",
        "examples/violations.yaml",
        "examples/waivers.yaml",
    ]);
    for plan in ["examples/violations.yaml", "examples/waivers.yaml"] {
        let file = format!(" file={plan},");
        let rank = |line: &str| {
            ["::error ", "::warning ", "::notice "]
                .iter()
                .position(|level| line.starts_with(level))
        };
        let ranks: Vec<usize> = run
            .stdout
            .lines()
            .filter(|line| line.contains(&file))
            .filter_map(rank)
            .collect();
        assert!(ranks.len() > 4, "{plan}: {ranks:?}");
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{plan}: {ranks:?}");
    }
    // With a cut, the cut keeps the errors.
    let cut = check(&[
        "--format",
        "github",
        "--max-diagnostics",
        "3",
        "examples/waivers.yaml",
    ]);
    let levels: Vec<&str> = cut
        .stdout
        .lines()
        .filter(|l| l.starts_with("::"))
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(levels, ["::error", "::warning", "::warning"]);
}

#[test]
fn markdown_summarises_every_plan() {
    let run = check(&[
        "--format",
        "markdown",
        "--max-diagnostics",
        "5",
        "examples/haiphong-2025.yaml",
        "examples/violations.yaml",
        "examples/waivers.yaml",
        "tests/fixtures/plans/bad-yaml.yaml",
    ]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn markdown_of_a_clean_run_says_so() {
    let run = check(&["--format", "markdown", "examples/haiphong-2025.yaml"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("✅ 1 plan passed."), "{}", run.stdout);
}
