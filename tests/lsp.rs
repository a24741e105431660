//! `staffcheck lsp` spoken to over stdio as an editor does: JSON-RPC messages with
//! `Content-Length` headers, the server's answers snapshotted whole.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use common::root;
use serde_json::{json, Value};

/// Long enough for a debug build on a busy machine; a hang fails instead of blocking CI.
const PATIENCE: Duration = Duration::from_secs(120);

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications that arrived while waiting for something else.
    held: Vec<Value>,
}

impl Client {
    /// A server, initialized, and what it said it can do.
    fn start() -> (Client, Value) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_staffcheck"))
            .arg("lsp")
            .current_dir(root())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (sender, incoming) = std::sync::mpsc::channel();
        std::thread::spawn(move || loop {
            let mut length = None;
            loop {
                let mut line = String::new();
                if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some(n) = line.strip_prefix("Content-Length: ") {
                    length = Some(n.parse::<usize>().unwrap());
                }
            }
            let mut body = vec![0; length.unwrap()];
            stdout.read_exact(&mut body).unwrap();
            if sender.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        });
        let mut client = Client {
            child,
            stdin,
            incoming,
            next_id: 0,
            held: Vec::new(),
        };
        let init = client.request(
            "initialize",
            json!({ "processId": null, "rootUri": null, "capabilities": {} }),
        );
        client.notify("initialized", json!({}));
        (client, init)
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn receive(&mut self) -> Value {
        match self.incoming.recv_timeout(PATIENCE) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => panic!("the server said nothing for {PATIENCE:?}"),
            Err(RecvTimeoutError::Disconnected) => panic!("the server closed its output"),
        }
    }

    /// The response's `result` (or its `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self.receive();
            if message["id"] == json!(id) {
                return message
                    .get("result")
                    .or(message.get("error"))
                    .cloned()
                    .unwrap();
            }
            self.held.push(message);
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Value {
        if let Some(i) = self.held.iter().position(|m| is_diagnostics_for(m, uri)) {
            return self.held.remove(i)["params"]["diagnostics"].clone();
        }
        loop {
            let message = self.receive();
            if is_diagnostics_for(&message, uri) {
                return message["params"]["diagnostics"].clone();
            }
            self.held.push(message);
        }
    }

    fn open(&mut self, uri: &str, language: &str, text: &str) {
        let document = json!({ "uri": uri, "languageId": language, "version": 1, "text": text });
        self.notify("textDocument/didOpen", json!({ "textDocument": document }));
    }

    fn shutdown(mut self) {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "the server exits cleanly: {status}");
    }
}

fn is_diagnostics_for(message: &Value, uri: &str) -> bool {
    message["method"] == "textDocument/publishDiagnostics" && message["params"]["uri"] == uri
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display()).replace(' ', "%20")
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("staffcheck-lsp-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

/// A value with the test's own directories named as placeholders, for a stable snapshot.
fn placeholders(value: &Value, dir: &Path) -> Value {
    let text = value
        .to_string()
        .replace(&uri(&root()), "file:///ROOT")
        .replace(&uri(dir), "file:///TMP");
    serde_json::from_str(&text).unwrap()
}

const DRAFT: &str = r#"include "<builtin>/schema.rules"

rule LEADER-DEGREE "Leaders hold a degree" {
    severity   error
  source "a test"
  for a in posts
  where a.post in leadership_posts && a.unit is Unit
  require a.person.educaton >= bachelor
  message "{a.person.name} holds {a.post}"
}
"#;

#[test]
fn a_rule_file_is_checked_as_typed_with_fixes_formatting_and_an_outline() {
    let dir = tempdir("rules");
    let path = dir.join("draft.rules");
    std::fs::write(&path, "").unwrap();
    let uri = uri(&path);
    let (mut client, capabilities) = Client::start();
    insta::assert_snapshot!("initialize", pretty(&capabilities));
    // The unsaved text is what counts, not the empty file on disk.
    client.open(&uri, "staffcheck", DRAFT);
    let syntax = client.diagnostics(&uri);
    insta::assert_snapshot!(
        "rules_syntax_diagnostics",
        pretty(&placeholders(&syntax, &dir))
    );
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": syntax[0]["range"],
            "context": { "diagnostics": syntax },
        }),
    );
    insta::assert_snapshot!("rules_syntax_fix", pretty(&placeholders(&actions, &dir)));

    // Typed in: the slip fixed, the field name still wrong.
    let fixed = DRAFT.replace("&&", "and");
    let change = json!({
        "textDocument": { "uri": uri, "version": 2 },
        "contentChanges": [{ "text": fixed }],
    });
    client.notify("textDocument/didChange", change);
    let unknown = client.diagnostics(&uri);
    insta::assert_snapshot!("rules_unknown_field", pretty(&placeholders(&unknown, &dir)));
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": unknown[0]["range"],
            "context": { "diagnostics": unknown },
        }),
    );
    insta::assert_snapshot!(
        "rules_unknown_field_fix",
        pretty(&placeholders(&actions, &dir))
    );

    // An incremental edit: the field's name corrected where it is.
    let start = unknown[0]["range"]["start"].clone();
    let end = unknown[0]["range"]["end"].clone();
    let change = json!({
        "textDocument": { "uri": uri, "version": 3 },
        "contentChanges": [{ "range": { "start": start, "end": end }, "text": "education" }],
    });
    client.notify("textDocument/didChange", change);
    assert_eq!(client.diagnostics(&uri), json!([]));

    let formatting = client.request(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    insta::assert_snapshot!("rules_formatting", pretty(&formatting));
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    insta::assert_snapshot!("rules_symbols", pretty(&symbols));
    client.shutdown();
}

#[test]
fn a_plan_shows_its_findings_linked_to_their_sources_with_a_waiver_as_fix() {
    let path = root().join("examples/violations.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let uri = uri(&path);
    let (mut client, _) = Client::start();
    client.open(&uri, "yaml", &text);
    let findings = client.diagnostics(&uri);
    insta::assert_snapshot!(
        "plan_diagnostics",
        pretty(&placeholders(&findings, &root()))
    );
    let first = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["data"]["waive"].is_object())
        .unwrap()
        .clone();
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": first["range"],
            "context": { "diagnostics": [first] },
        }),
    );
    insta::assert_snapshot!(
        "plan_waiver_action",
        pretty(&placeholders(&actions, &root()))
    );
    client.shutdown();
}

/// How long the server takes from an edit of a large plan to its new diagnostics (printed,
/// not asserted: docs/performance.md records it from a release build).
#[test]
fn a_large_plan_is_checked_again_after_an_edit() {
    let path = root().join("examples/haiphong-2025.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let uri = uri(&path);
    let (mut client, _) = Client::start();
    client.open(&uri, "yaml", &text);
    let before = client.diagnostics(&uri);
    // A unit's name retyped: the plan is judged again, with the same findings.
    let edited = text.replacen("Phường Thủy Nguyên", "Phường Thuỷ Nguyên", 1);
    assert_ne!(edited, text);
    let sent = Instant::now();
    let change = json!({
        "textDocument": { "uri": uri, "version": 2 },
        "contentChanges": [{ "text": edited }],
    });
    client.notify("textDocument/didChange", change);
    let after = client.diagnostics(&uri);
    eprintln!(
        "didChange → publishDiagnostics: {:?} for {} lines (150 ms of it the debounce)",
        sent.elapsed(),
        text.lines().count()
    );
    assert_eq!(after, before);
    client.shutdown();
}
