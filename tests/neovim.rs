//! A real editor on `staffcheck lsp`: Neovim, headless, with its built-in LSP client
//! (`tests/neovim/client.lua`), opening a rule file and a plan. What Neovim received
//! (diagnostics as it stores them, hover, the file a definition opened, completion labels)
//! is written to a file and checked here whole.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::root;
use serde_json::Value;

const DRAFT: &str = r#"include "<builtin>/schema.rules"

rule DEGREE "Leaders hold a degree" {
  source "a test"
  for a in posts
  where a.post in leadership_posts
  require a.person.educaton >= bachelor
  message "{a.person.name} holds {a.post}"
}
"#;

/// Neovim, or the test is skipped, except in CI (`.ci/run` installs it), where a missing
/// one fails.
fn nvim() -> Option<PathBuf> {
    let path = PathBuf::from("/usr/bin/nvim");
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install neovim: see .ci/run"
    );
    eprintln!("SKIPPED: /usr/bin/nvim is not installed (apt-get install neovim; .ci/run does)");
    None
}

#[test]
fn neovim_shows_diagnostics_hover_definition_and_completion() {
    let Some(nvim) = nvim() else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("staffcheck-neovim-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let rules = dir.join("draft.rules");
    std::fs::write(&rules, DRAFT).unwrap();
    // In the workspace folder (the rule file's directory), a workbook the editor never opens.
    let workbook = dir.join("violations.xlsx");
    let workbook_name = workbook.to_str().unwrap();
    let run = common::staffcheck(&["convert", "examples/violations.yaml", "-o", workbook_name]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let out = dir.join("received.json");
    let mut child = Command::new(nvim)
        .args(["--headless", "--clean", "-n", "-i", "NONE", "-c"])
        .arg(format!(
            "luafile {}",
            root().join("tests/neovim/client.lua").display()
        ))
        .current_dir(root())
        .env("STAFFCHECK", env!("CARGO_BIN_EXE_staffcheck"))
        .env("RULES", &rules)
        .env("PLAN", root().join("examples/violations.yaml"))
        .env("WORKBOOK", &workbook)
        .env("OUT", &out)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nvim starts");
    // A guard against a hung editor, not a timing assertion.
    let deadline = Instant::now() + Duration::from_secs(300);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("nvim did not finish within five minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "nvim failed: {status}");
    let received: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(received.get("error").is_none(), "{}", received["error"]);
    insta::assert_snapshot!(render(&received, &dir));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// What Neovim received, as a person reads it.
fn render(received: &Value, dir: &Path) -> String {
    let mut text = String::new();
    // A plan's messages are tested whole in tests/lsp.rs; here, their first lines.
    let diagnostics = |title: &str, list: &Value, whole: bool, text: &mut String| {
        text.push_str(&format!("=== {title}\n"));
        for d in list.as_array().unwrap() {
            let message = d["message"].as_str().unwrap();
            let message = match whole {
                true => message.replace('\n', "\n    "),
                false => message.lines().next().unwrap().to_string(),
            };
            text.push_str(&format!(
                "{}:{} severity {} {}: {message}\n",
                d["line"],
                d["col"],
                d["severity"],
                d["code"].as_str().unwrap_or("-"),
            ));
        }
    };
    diagnostics(
        "rule file diagnostics",
        &received["rule_diagnostics"],
        true,
        &mut text,
    );
    text.push_str("=== hover on `bachelor`\n");
    for line in received["hover"].as_array().unwrap() {
        text.push_str(&format!("{}\n", line.as_str().unwrap()));
    }
    let definition = &received["definition"];
    text.push_str(&format!(
        "=== definition of `bachelor` opened {} (read-only: {}) at\n{}\n",
        definition["file"].as_str().unwrap(),
        definition["readonly"],
        definition["line"].as_str().unwrap()
    ));
    let labels: Vec<&str> = received["completion"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    text.push_str(&format!(
        "=== completion after `a.person.`\n{}\n",
        labels.join(", ")
    ));
    diagnostics(
        "plan diagnostics",
        &received["plan_diagnostics"],
        false,
        &mut text,
    );
    diagnostics(
        "workbook diagnostics",
        &received["workbook_diagnostics"],
        false,
        &mut text,
    );
    text.replace(&dir.display().to_string(), "TMP")
}
