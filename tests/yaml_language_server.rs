//! The plan schema in an editor's hands: yaml-language-server (the server of VS Code's YAML
//! extension and of most editors' YAML support), driven over stdio as an editor drives it,
//! completes an open text field with the values the rules expect, a boolean field with
//! `true`/`false`, and a text field with no `true`/`false`.
//!
//! `.ci/run` installs the server (npm, into `.ci/tools`). Without it (or without node) the
//! test is skipped, except under `CI=true`, where a missing server fails it.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use common::{root, staffcheck};
use serde_json::{json, Value};

fn server() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("YAML_LANGUAGE_SERVER") {
        return Some(PathBuf::from(path));
    }
    let path = root().join(".ci/tools/node_modules/yaml-language-server/bin/yaml-language-server");
    let node = Command::new("node").arg("--version").output();
    (path.is_file() && node.is_ok_and(|out| out.status.success())).then_some(path)
}

/// An editor's end of the connection: messages framed with `Content-Length`, the server's
/// own requests (`workspace/configuration`, registrations) answered as an editor would.
struct Editor {
    child: Child,
    input: ChildStdin,
    messages: Receiver<Value>,
    next_id: u64,
}

impl Editor {
    fn start(server: &PathBuf) -> Editor {
        let mut child = Command::new("node")
            .arg(server)
            .arg("--stdio")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs yaml-language-server");
        let input = child.stdin.take().expect("stdin");
        let mut output = BufReader::new(child.stdout.take().expect("stdout"));
        let (sender, messages) = mpsc::channel();
        std::thread::spawn(move || loop {
            let mut length = None;
            loop {
                let mut line = String::new();
                if output.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim();
                if line.is_empty() {
                    break;
                }
                if let Some(value) = line.strip_prefix("Content-Length:") {
                    length = value.trim().parse::<usize>().ok();
                }
            }
            let mut body = vec![0; length.expect("a Content-Length header")];
            if output.read_exact(&mut body).is_err() {
                return;
            }
            let message: Value = serde_json::from_slice(&body).expect("a JSON message");
            if sender.send(message).is_err() {
                return;
            }
        });
        Editor {
            child,
            input,
            messages,
            next_id: 1,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.input, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        self.input.flush().expect("flush");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and waits (30 s at most) for its answer.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self
                .messages
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no answer to {method} in 30 s"));
            match (message.get("id"), message.get("method")) {
                (Some(answer), None) if answer == id => {
                    return message.get("result").cloned().unwrap_or(Value::Null)
                }
                (Some(request), Some(asked)) => {
                    // The server asking: no settings beyond the defaults, nothing else.
                    let result = match asked.as_str() {
                        Some("workspace/configuration") => {
                            let items = message["params"]["items"].as_array().map_or(0, Vec::len);
                            Value::Array(vec![Value::Null; items])
                        }
                        _ => Value::Null,
                    };
                    let request = request.clone();
                    self.send(json!({ "jsonrpc": "2.0", "id": request, "result": result }));
                }
                _ => {}
            }
        }
    }

    /// The labels of the completions offered at `line` (0-based), after its last character.
    fn complete(&mut self, uri: &str, text: &str, line: usize) -> Vec<String> {
        let character = text.lines().nth(line).expect("the line").chars().count();
        let result = self.request(
            "textDocument/completion",
            json!({
                "textDocument": { "uri": uri },
                "position": { "line": line, "character": character },
            }),
        );
        let items = match &result {
            Value::Array(items) => items.clone(),
            other => other["items"].as_array().cloned().unwrap_or_default(),
        };
        let mut labels: Vec<String> = items
            .iter()
            .filter_map(|item| item["label"].as_str().map(str::to_string))
            .collect();
        labels.sort();
        labels
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn completion_offers_the_expected_values_of_open_text_fields_and_no_booleans() {
    let Some(server) = server() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but yaml-language-server is not installed (.ci/run installs it)"
        );
        eprintln!("SKIPPED: yaml-language-server is not installed (.ci/run installs it)");
        return;
    };
    let dir = std::env::temp_dir().join(format!("staffcheck-yamlls-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let schema = staffcheck(&["schema"]);
    assert_eq!(schema.code, 0, "{}", schema.transcript());
    std::fs::write(dir.join("plan.schema.json"), &schema.stdout).expect("write");
    // A plan being written: the cursor after `kind: ` of a unit, after `name: ` of a unit,
    // after `disciplined: ` of a person.
    let text = "# yaml-language-server: $schema=./plan.schema.json\n\
                units:\n  - code: \"31117\"\n    kind: \n    name: \n\
                people:\n  - id: CT-0001\n    disciplined: \n";
    let plan = dir.join("plan.yaml");
    std::fs::write(&plan, text).expect("write");
    let uri = format!("file://{}", plan.display());

    let mut editor = Editor::start(&server);
    editor.request(
        "initialize",
        json!({
            "processId": std::process::id(),
            "rootUri": format!("file://{}", dir.display()),
            "capabilities": { "textDocument": { "completion": {
                "completionItem": { "snippetSupport": false }
            } } },
        }),
    );
    editor.notify("initialized", json!({}));
    editor.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "yaml": {
            "completion": true,
            "validate": true,
            "schemaStore": { "enable": false },
        } } }),
    );
    editor.notify(
        "textDocument/didOpen",
        json!({ "textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": text,
        } }),
    );
    let kind = editor.complete(&uri, text, 3);
    let name = editor.complete(&uri, text, 4);
    let disciplined = editor.complete(&uri, text, 7);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(kind, ["commune", "special_zone", "ward"]);
    assert_eq!(name, Vec::<String>::new());
    assert_eq!(disciplined, ["false", "true"]);
}
