//! Properties, under proptest's default case count: a check's output is the same byte for
//! byte whatever the number of threads and however often it runs; checking never writes to
//! its inputs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::SystemTime;

use proptest::prelude::*;
use staffcheck::check::{check, Options};
use staffcheck::generate::{generate, Config};
use staffcheck::ir::Program;
use staffcheck::plan::Reading;
use staffcheck::report::{FailOn, Format, PlanReport, Report, Style};
use staffcheck::ruleset::load_builtin;
use staffcheck::source::SourceFile;

fn program() -> &'static Program {
    static PROGRAM: OnceLock<Program> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        load_builtin()
            .map_err(|e| format!("{e:?}"))
            .expect("the built-in rules load")
            .program
    })
}

/// Every format's output for one plan, read and checked as `reading` says.
fn outputs(yaml: &str, reading: Reading) -> String {
    let program = program();
    let source = SourceFile::new("plan.yaml", yaml);
    let options = Options {
        reading,
        ..Options::default()
    };
    let mut report = Report::new(Some(program), FailOn::Error, staffcheck::lang::Lang::En);
    report.plans.push(PlanReport {
        file: "plan.yaml".into(),
        result: check(program, &source, options),
        read: true,
    });
    Format::ALL
        .iter()
        .map(|format| format!("=== {format}\n{}", format.render(&report, Style::default())))
        .collect()
}

proptest! {
    #[test]
    fn output_is_the_same_on_any_number_of_threads(
        seed in any::<u64>(),
        units in 2usize..10,
        staff_per_unit in 5usize..12,
        violation_rate in prop_oneof![Just(0.0), 0.01f64..0.5],
        threads in 2usize..6,
    ) {
        let config = Config {
            seed,
            provinces: 2,
            units,
            staff_per_unit,
            violation_rate,
            ..Config::national()
        };
        let (yaml, _) = generate(&config);
        let alone = outputs(&yaml, Reading { threads: 1, ..Reading::default() });
        // Cut into pieces however small it is, and read and evaluated on several threads.
        let shared = Reading { threads, parallel_from_bytes: 0 };
        let first = outputs(&yaml, shared);
        let again = outputs(&yaml, shared);
        prop_assert!(alone.contains("=== json"));
        prop_assert_eq!(&alone, &first, "1 thread against {}", threads);
        prop_assert_eq!(&first, &again, "two runs on {} threads", threads);
    }
}

/// Every file under `dir`: its bytes and when it was last modified.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("a directory") {
        let path = entry.expect("an entry").path();
        let metadata = std::fs::metadata(&path).expect("metadata");
        let modified = metadata.modified().expect("a modification time");
        files.insert(
            path.clone(),
            (std::fs::read(&path).expect("a file"), modified),
        );
    }
    files
}

const PLANS: [&str; 6] = [
    "examples/violations.yaml",
    "examples/violations-late.yaml",
    "tests/fixtures/plans/anchors-merge.yaml",
    "tests/fixtures/plans/crlf.yaml",
    "tests/fixtures/plans/duplicate-id.yaml",
    "tests/fixtures/plans/tabs.yaml",
];

proptest! {
    #[test]
    fn checking_never_writes_to_its_inputs(
        plan in 0..PLANS.len(),
        formats in proptest::sample::subsequence(Format::ALL.to_vec(), 0..=7),
        rules in any::<bool>(),
        case in any::<u64>(),
    ) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("inputs-{case}"));
        let inputs = dir.join("in");
        let out = dir.join("out");
        std::fs::create_dir_all(&inputs).expect("a temporary directory");
        std::fs::create_dir_all(&out).expect("a temporary directory");
        let plan_path = inputs.join("plan.yaml");
        std::fs::copy(root.join(PLANS[plan]), &plan_path).expect("a copy");
        let rules_path = inputs.join("rules.rules");
        std::fs::write(&rules_path, "include \"<builtin>\"\n").expect("a rule file");
        let before = snapshot(&inputs);

        let mut args = vec!["check".to_string(), plan_path.display().to_string()];
        if rules {
            args.extend(["--rules".to_string(), rules_path.display().to_string()]);
        }
        for format in &formats {
            args.push("--format".into());
            args.push(format!("{format}={}", out.join(format.name()).display()));
        }
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_staffcheck"))
            .args(&args)
            .current_dir(&dir)
            .output()
            .expect("staffcheck runs");
        prop_assert!(matches!(output.status.code(), Some(0..=2)), "{:?}", output);
        prop_assert_eq!(&before, &snapshot(&inputs), "the inputs are unchanged");
        prop_assert_eq!(snapshot(&out).len(), formats.len(), "one file per format, no more");
        std::fs::remove_dir_all(&dir).expect("cleaned up");
    }
}

/// The shipped rule files, each with its built-in name.
fn rule_files() -> Vec<(&'static str, &'static str)> {
    staffcheck::builtin::FILES.to_vec()
}

proptest! {
    /// Formatting is idempotent and keeps the meaning and every comment, whatever blank
    /// lines, indentation and comments a drafter left: a shipped file is mangled at random
    /// line breaks (extra indentation, blank lines, a comment), then formatted twice.
    #[test]
    fn formatting_is_idempotent_and_keeps_meaning(
        file in 0usize..14,
        edits in proptest::collection::vec((0usize..400, 0u8..3), 0..12),
    ) {
        let files = rule_files();
        let (name, text) = files[file % files.len()];
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for (at, kind) in edits {
            let at = at % (lines.len() + 1);
            match kind {
                0 => lines.insert(at, String::new()),
                1 => lines.insert(at, format!("// a drafter's note {at}")),
                _ => {
                    if let Some(line) = lines.get_mut(at) {
                        line.insert_str(0, "    ");
                    }
                }
            }
        }
        let mangled = lines.join("\n") + "\n";
        let parse = |text: &str| staffcheck::syntax::parse(&SourceFile::new(name, text), staffcheck::lang::Lang::En).map_err(|e| format!("{e:?}"));
        let original = parse(&mangled).expect("a mangled shipped file still parses");
        let once = staffcheck::format::format(&original);
        let reparsed = parse(&once).expect("formatted output parses");
        prop_assert!(staffcheck::format::same_shape(&original, &reparsed), "formatting changed the meaning of {name}");
        let twice = staffcheck::format::format(&reparsed);
        prop_assert_eq!(&once, &twice, "formatting {} twice changed it", name);
    }
}
