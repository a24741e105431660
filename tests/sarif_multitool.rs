//! The SARIF of every example plan, given by relative and absolute path and in both
//! languages, and of plans with Vietnamese and odd names, waivers and load failures (in both
//! languages), validated by Microsoft's SARIF multitool with its SARIF and GitHub rules: no
//! error, and no GitHub warning.
//!
//! `.ci/run` installs the tool (npm, into `.ci/tools`). Without it the test is skipped,
//! except under `CI=true`, where a missing validator fails it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{root, staffcheck};

/// The validator's own executable: npm's `sarif-multitool` wrapper passes arguments through
/// a shell unquoted, which breaks the `;` of `--rule-kind "Sarif;Gh"`.
fn validator() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SARIF_MULTITOOL") {
        return Some(PathBuf::from(path));
    }
    let path =
        root().join(".ci/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    path.is_file().then_some(path)
}

/// Writes the SARIF of checking `plans` in `lang` to `out`.
fn sarif(lang: &str, plans: &[&str], out: &Path) {
    let mut args = vec!["check".to_string(), "--lang".to_string(), lang.to_string()];
    args.push("--format".to_string());
    args.push(format!("sarif={}", out.display()));
    args.extend(plans.iter().map(|p| p.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = staffcheck(&args);
    assert!(out.is_file(), "no SARIF written: {}", run.transcript());
}

#[test]
fn the_multitool_accepts_the_sarif_of_every_kind_of_plan() {
    let Some(validator) = validator() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but the SARIF multitool is not installed (.ci/run installs it)"
        );
        eprintln!("skipped: the SARIF multitool is not installed (.ci/run installs it)");
        return;
    };
    // Outside the working directory, so that these plans keep their absolute paths.
    let dir = std::env::temp_dir().join(format!("staffcheck-multitool-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");

    let examples: Vec<String> = std::fs::read_dir(root().join("examples"))
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| common::relative(&p))
        .collect();
    assert!(examples.len() >= 4, "{examples:?}");
    // Odd names: Vietnamese, spaces, `#`, `%`, brackets; a plan that is not YAML; one that
    // does not exist.
    let odd = dir.join("Hải Phòng #1 [bản 100%].yaml");
    std::fs::copy(root().join("examples/violations.yaml"), &odd).expect("copy");
    let broken = dir.join("hỏng.yaml");
    std::fs::write(&broken, "plan: [unclosed\n").expect("write");
    let missing = dir.join("không có.yaml");

    let mut logs = Vec::new();
    for (index, example) in examples.iter().enumerate() {
        let relative = dir.join(format!("relative-{index}.sarif"));
        sarif("en", &[example], &relative);
        // The texts for people in Vietnamese: descriptors' help, messages, related locations.
        let vietnamese = dir.join(format!("vietnamese-{index}.sarif"));
        sarif("vi", &[example], &vietnamese);
        // A copy outside the working directory, named by its absolute path.
        let copy = dir.join(format!("absolute-{index}.yaml"));
        std::fs::copy(root().join(example), &copy).expect("copy");
        let absolute = dir.join(format!("absolute-{index}.sarif"));
        sarif("en", &[copy.to_str().expect("a UTF-8 path")], &absolute);
        logs.extend([relative, vietnamese, absolute]);
    }
    let odd_plans = [&odd, &broken, &missing].map(|p| p.to_string_lossy().into_owned());
    for lang in ["en", "vi"] {
        let all = dir.join(format!("odd-and-broken-{lang}.sarif"));
        sarif(lang, &odd_plans.each_ref().map(String::as_str), &all);
        logs.push(all);
    }
    // Rules disabled and replaced: a notification at each override, in the rule file.
    for lang in ["en", "vi"] {
        let out = dir.join(format!("overrides-{lang}.sarif"));
        let target = format!("sarif={}", out.display());
        let rules = "tests/fixtures/overrides/province.rules";
        let plan = "tests/fixtures/overrides/plan.yaml";
        let run = staffcheck(&[
            "check", "--lang", lang, "--rules", rules, "--format", &target, plan,
        ]);
        assert!(out.is_file(), "no SARIF written: {}", run.transcript());
        logs.push(out);
    }
    // With a baseline: results `new`, `unchanged` and `absent` (a finding fixed since).
    let edited = dir.join("edited.yaml");
    std::fs::copy(root().join("examples/violations.yaml"), &edited).expect("copy");
    let baseline = dir.join("baseline.json");
    let made = staffcheck(&[
        "check",
        "--format",
        &format!("json={}", baseline.display()),
        edited.to_str().expect("a UTF-8 path"),
    ]);
    assert!(baseline.is_file(), "no baseline: {}", made.transcript());
    std::fs::copy(root().join("examples/violations-2026.yaml"), &edited).expect("copy");
    let compared = dir.join("baseline.sarif");
    let run = staffcheck(&[
        "check",
        "--baseline",
        baseline.to_str().expect("a UTF-8 path"),
        "--format",
        &format!("sarif={}", compared.display()),
        edited.to_str().expect("a UTF-8 path"),
    ]);
    let text = std::fs::read_to_string(&compared).unwrap_or_else(|_| run.transcript());
    for state in ["new", "unchanged", "absent"] {
        let property = format!("\"baselineState\": \"{state}\"");
        assert!(text.contains(&property), "no {state} result: {text}");
    }
    logs.push(compared);

    let output = Command::new(&validator)
        .args([
            "validate",
            "--rule-kind",
            "Sarif;Gh",
            "--level",
            "Error;Warning",
        ])
        .args(&logs)
        .output()
        .expect("the SARIF multitool runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        stdout.contains(&format!("Done. {} files scanned.", logs.len())),
        "the validator did not scan every file:\n{stdout}"
    );
    // SARIF2005 (no `informationUri`) is a SARIF warning, not a GitHub one: staffcheck has
    // no public home page to name yet.
    let problems: Vec<&str> = stdout
        .lines()
        .filter(|line| line.contains(": error ") || line.contains(": warning GH"))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
