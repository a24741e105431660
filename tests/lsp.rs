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
        Client::start_with(json!({ "processId": null, "rootUri": null, "capabilities": {} }))
    }

    /// A server, initialized with `params`, and what it said it can do.
    fn start_with(params: Value) -> (Client, Value) {
        let mut child = server().stderr(Stdio::inherit()).spawn().unwrap();
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
        let init = client.request("initialize", params);
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

    /// The next request the server sends with `method`, answered with `result`.
    fn answer(&mut self, method: &str, result: Value) -> Value {
        let request = match self.held.iter().position(|m| m["method"] == method) {
            Some(i) => self.held.remove(i),
            None => loop {
                let message = self.receive();
                if message["method"] == method {
                    break message;
                }
                self.held.push(message);
            },
        };
        let id = request["id"].clone();
        self.send(json!({ "jsonrpc": "2.0", "id": id, "result": result }));
        request["params"].clone()
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

    /// Shuts the server down, after `check` has read what it sent that no test took.
    fn shutdown_held(mut self, check: impl FnOnce(&[Value])) {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        check(&self.held);
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "the server exits cleanly: {status}");
    }

    fn shutdown(self) {
        self.shutdown_held(|_| {});
    }
}

/// `staffcheck lsp` as the tests start it, its stdin and stdout piped.
fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_staffcheck"));
    command
        .arg("lsp")
        .current_dir(root())
        // The built-in rule files are written here for go to definition.
        .env("XDG_CACHE_HOME", cache())
        // An English environment: a Vietnamese server is the client's `locale` at work.
        .env("LC_ALL", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped());
    command
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

/// The cache directory the servers of this test run write the built-in files to.
fn cache() -> PathBuf {
    tempdir("cache")
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("staffcheck-lsp-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

/// A value with the test's own directories named as placeholders, for a stable snapshot.
fn placeholders(value: &Value, dir: &Path) -> Value {
    let mut text = value
        .to_string()
        .replace(&uri(&root()), "file:///ROOT")
        .replace(&uri(dir), "file:///TMP");
    // The built-in files' directory is named by the version and a hash of their texts.
    let builtin = format!("{}/staffcheck/builtin-", uri(&cache()));
    while let Some(at) = text.find(&builtin) {
        let end = text[at + builtin.len()..].find('/').unwrap() + at + builtin.len();
        text.replace_range(at..end, "file:///BUILTIN");
    }
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

/// Workbook plans, which no editor opens as text: the server finds them in the workspace
/// folder, publishes each one's diagnostics at its cells, and follows the client's file
/// watcher (checked again on a change, cleared on deletion, a new one found).
#[test]
fn workbooks_in_the_workspace_are_checked_and_watched() {
    let dir = tempdir("workbooks");
    let template = dir.join("template.xlsx");
    common::xlsx::template(template.to_str().unwrap(), "en");
    // A workbook as an official would type a plan in, and the same with one value mistyped.
    let fill = |yaml: &Path, out: &Path| {
        common::xlsx::fill(
            template.to_str().unwrap(),
            yaml.to_str().unwrap(),
            out.to_str().unwrap(),
        )
    };
    let violations = root().join("examples/violations.yaml");
    let minimal = root().join("tests/fixtures/minimal.yaml");
    let mistyped = dir.join("mistyped.yaml");
    let text = std::fs::read_to_string(&minimal).unwrap();
    std::fs::write(
        &mistyped,
        text.replacen("education: bachelor", "education: bachelr", 1),
    )
    .unwrap();
    let plans = dir.join("plans");
    std::fs::create_dir_all(plans.join(".drafts")).unwrap();
    fill(&violations, &plans.join("good.xlsx"));
    fill(&mistyped, &plans.join("typo.xlsx"));
    std::fs::write(plans.join("broken.xlsx"), "not a workbook").unwrap();
    // Excel's lock file beside a workbook it has open, and a hidden directory: left alone.
    std::fs::write(plans.join("~$good.xlsx"), "owner").unwrap();
    fill(&violations, &plans.join(".drafts/hidden.xlsx"));
    let (good, typo, broken) = (
        uri(&plans.join("good.xlsx")),
        uri(&plans.join("typo.xlsx")),
        uri(&plans.join("broken.xlsx")),
    );
    let (mut client, _) = Client::start_with(json!({
        "processId": null,
        "rootUri": uri(&plans),
        "workspaceFolders": [{ "uri": uri(&plans), "name": "plans" }],
        "capabilities": { "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } },
    }));
    let registration = client.answer("client/registerCapability", Value::Null);
    insta::assert_snapshot!("workbook_watch", pretty(&registration));
    let shown = |diagnostics: &Value| {
        let text = pretty(&placeholders(diagnostics, &dir));
        text.replace(&dir.display().to_string(), "TMP")
    };
    let found = client.diagnostics(&good);
    insta::assert_snapshot!("workbook_diagnostics", shown(&found));
    insta::assert_snapshot!("workbook_load_error", shown(&client.diagnostics(&typo)));
    let unreadable = client.diagnostics(&broken);
    insta::assert_snapshot!("workbook_unreadable", shown(&unreadable));
    // The value corrected and saved: checked again, without the load error.
    fill(&minimal, &plans.join("typo.xlsx"));
    let changed = json!({ "changes": [{ "uri": typo, "type": 2 }] });
    client.notify("workspace/didChangeWatchedFiles", changed);
    insta::assert_snapshot!("workbook_corrected", shown(&client.diagnostics(&typo)));
    // Deleted: its diagnostics cleared.
    std::fs::remove_file(plans.join("broken.xlsx")).unwrap();
    let deleted = json!({ "changes": [{ "uri": broken, "type": 3 }] });
    client.notify("workspace/didChangeWatchedFiles", deleted);
    assert_eq!(client.diagnostics(&broken), json!([]));
    // Created: a copy is checked, with the same findings as the one copied; one in a hidden
    // directory is not, as at the start.
    let as_good = |diagnostics: &Value, uri: &str| {
        let text = diagnostics.to_string().replace(uri, &good);
        serde_json::from_str::<Value>(&text).unwrap()
    };
    let copy = uri(&plans.join("copy.xlsx"));
    let hidden = uri(&plans.join(".drafts/new.xlsx"));
    std::fs::copy(plans.join("good.xlsx"), plans.join("copy.xlsx")).unwrap();
    std::fs::copy(plans.join("good.xlsx"), plans.join(".drafts/new.xlsx")).unwrap();
    let created = json!({ "changes": [{ "uri": hidden, "type": 1 }, { "uri": copy, "type": 1 }] });
    client.notify("workspace/didChangeWatchedFiles", created);
    assert_eq!(as_good(&client.diagnostics(&copy), &copy), found);
    // No code action edits a workbook: its waivers are a sheet of it.
    let first = found[0].clone();
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": good },
            "range": first["range"],
            "context": { "diagnostics": [first] },
        }),
    );
    assert_eq!(actions, json!([]));
    client.shutdown_held(|held| {
        let published: Vec<&str> = held
            .iter()
            .filter(|m| m["method"] == "textDocument/publishDiagnostics")
            .filter_map(|m| m["params"]["uri"].as_str())
            .collect();
        let hidden_dir = uri(&plans.join(".drafts"));
        assert!(
            !published
                .iter()
                .any(|p| p.starts_with(&hidden_dir) || p.contains("~$")),
            "{published:?}"
        );
    });
    std::fs::remove_dir_all(&dir).unwrap();
}

const NAVIGATED: &str = r#"include "<builtin>/schema.rules"

// How many key posts a unit may fill.
param key_post_cap: integer {
  4 from 2025-07-01 until 2025-12-31 source "Decree 1/2025, art. 2"
  5 from 2026-01-01 source "Decree 2/2026" vi "Nghị định 2/2026"
}

rule KEY-POSTS "A unit fills few key posts" vi "Ít chức danh chủ chốt" {
  source "Decree 1/2025"
  effective from 2025-07-01
  for u in units
  let filled = count(a in posts where a.unit == u and a.post in key_posts)
  require filled <= key_post_cap
  message "{u.name} fills {filled} key posts, more than {key_post_cap}"
}

rule DEGREE "Leaders hold a degree" {
  source "a test"
  for a in posts
  where a.post in leadership_posts
  require a.person.education >= bachelor
  message "{a.person.name} holds {a.post}"
}
"#;

/// The position of the `nth` (from 0) `needle` in `text`, one character into it.
fn position(text: &str, needle: &str, nth: usize) -> Value {
    let at = text.match_indices(needle).nth(nth).unwrap().0 + 1;
    let line = text[..at].matches('\n').count();
    let column = text[..at]
        .rsplit('\n')
        .next()
        .unwrap()
        .encode_utf16()
        .count();
    json!({ "line": line, "character": column })
}

/// A location as the text it points at, read from the file it names (a built-in file as
/// the server wrote it): `URI:LINE: line`, the range's text marked with `[` `]`.
fn describe(location: &Value, placeholder_dir: &Path) -> String {
    let uri = location["uri"].as_str().unwrap();
    let path = uri.strip_prefix("file://").unwrap().replace("%20", " ");
    let text = std::fs::read_to_string(&path).unwrap();
    let range = &location["range"];
    let line_number = range["start"]["line"].as_u64().unwrap() as usize;
    let line = text.lines().nth(line_number).unwrap();
    let (start, end) = (
        range["start"]["character"].as_u64().unwrap() as usize,
        range["end"]["character"].as_u64().unwrap() as usize,
    );
    assert_eq!(range["start"]["line"], range["end"]["line"]);
    let chars: Vec<char> = line.chars().collect();
    let marked: String = chars[..start]
        .iter()
        .chain(['['].iter())
        .chain(chars[start..end].iter())
        .chain([']'].iter())
        .chain(chars[end..].iter())
        .collect();
    let named = placeholders(&json!(uri), placeholder_dir);
    format!(
        "{}:{}: {}",
        named.as_str().unwrap(),
        line_number + 1,
        marked.trim()
    )
}

fn describe_all(locations: &Value, dir: &Path) -> String {
    locations
        .as_array()
        .unwrap()
        .iter()
        .map(|l| describe(l, dir))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A server with `text` saved as `name` in a directory of its own and open, loaded without
/// a diagnostic; what it can do, the directory and the document's URI.
fn open_clean(dir: &str, name: &str, text: &str) -> (Client, Value, PathBuf, String) {
    let dir = tempdir(dir);
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let uri = uri(&path);
    let (mut client, capabilities) = Client::start();
    client.open(&uri, "staffcheck", text);
    assert_eq!(client.diagnostics(&uri), json!([]));
    (client, capabilities, dir, uri)
}

#[test]
fn a_rule_file_answers_hover_definition_and_references_into_the_built_in_files() {
    let (mut client, _, dir, uri) = open_clean("navigate", "caps.rules", NAVIGATED);
    let at = |needle: &str, nth: usize| json!({ "textDocument": { "uri": uri }, "position": position(NAVIGATED, needle, nth) });

    let mut hovers = String::new();
    for (needle, nth) in [
        ("education", 0),
        ("bachelor", 0),
        ("key_posts", 0),
        ("key_post_cap", 1),
        ("KEY-POSTS", 0),
        ("post in leadership", 0),
        ("posts where", 0),
        ("filled <=", 0),
        ("u.name", 0),
    ] {
        let hover = client.request("textDocument/hover", at(needle, nth));
        let value = hover["contents"]["value"].as_str().unwrap_or("(nothing)");
        hovers.push_str(&format!("=== hover on `{needle}` ({nth})\n{value}\n"));
    }
    insta::assert_snapshot!("rules_hover", hovers);

    let mut definitions = String::new();
    for (needle, nth) in [
        ("bachelor", 0),
        ("education", 0),
        ("key_posts", 0),
        ("key_post_cap", 2),
        ("filled <=", 0),
        ("units", 0),
        ("include", 0),
    ] {
        let found = client.request("textDocument/definition", at(needle, nth));
        definitions.push_str(&format!(
            "=== definition of `{needle}` ({nth})\n{}\n",
            describe_all(&found, &dir)
        ));
    }
    insta::assert_snapshot!("rules_definition", definitions);

    // The built-in files are opened read-only: an edit is refused by the editor.
    let schema = client.request("textDocument/definition", at("include", 0));
    let schema_path = schema[0]["uri"]
        .as_str()
        .unwrap()
        .strip_prefix("file://")
        .unwrap()
        .to_string();
    let metadata = std::fs::metadata(&schema_path).unwrap();
    assert!(
        metadata.permissions().readonly(),
        "{schema_path} is read-only"
    );
    assert_eq!(
        std::fs::read_to_string(&schema_path).unwrap(),
        std::fs::read_to_string(root().join("rules/schema.rules")).unwrap()
    );

    let mut references = String::new();
    for (needle, nth, declaration) in [
        ("key_post_cap", 0, true),
        ("filled", 1, false),
        ("leadership_posts", 0, true),
        ("a.unit", 0, true),
    ] {
        let mut params = at(needle, nth);
        params["context"] = json!({ "includeDeclaration": declaration });
        let found = client.request("textDocument/references", params);
        references.push_str(&format!(
            "=== references to `{needle}` ({nth}), declaration {declaration}\n{}\n",
            describe_all(&found, &dir)
        ));
    }
    insta::assert_snapshot!("rules_references", references);
    client.shutdown();
}

/// A rule as a drafter has it while typing: `‸` is the cursor.
const TYPING: &str = r#"include "<builtin>/schema.rules"

param key_post_cap: integer { 4 from 2025-07-01 source "Decree 1/2025" }

rule DEGREE "Leaders hold a degree" {
  source "a test"
  for a in posts
  let cap = key_post_cap
  where ‸
  require a.person.education >= bachelor
}
"#;

#[test]
fn completion_offers_what_the_resolver_expects_at_the_cursor() {
    let dir = tempdir("complete");
    let path = dir.join("typing.rules");
    let uri = uri(&path);
    let (mut client, _) = Client::start();
    client.open(&uri, "staffcheck", "");
    let mut version = 1;
    let mut completions = String::new();
    for (what, typed) in [
        ("a field after `.`", "where a.person.‸"),
        ("a field, its first letters typed", "where a.person.ed‸"),
        (
            "a value of the enumeration expected",
            "where a.person.political_theory >= ‸",
        ),
        (
            "values in a set of posts",
            "where a.post in { council_chair, ‸ }",
        ),
        ("a name in a condition", "where le‸"),
        ("a collection after `in`", "where count(b in ‸) > 1"),
        ("a clause", "‸"),
        (
            "a percentage in a message's value after `as`",
            "message \"{a.person.name}: {cap as ‸}\"",
        ),
        (
            "a percentage, its first letters typed",
            "message \"{a.person.name}: {cap as pe‸}\"",
        ),
        ("a condition after a severity", "severity error ‸"),
        (
            "the other severity after the condition",
            "severity error when a.unit is Unit ‸",
        ),
    ] {
        version += 1;
        let typing = TYPING.replace("where ‸", typed);
        let items = complete_at(&mut client, &uri, version, &typing);
        completions.push_str(&format!("=== {what}: `{}`\n", typed.trim()));
        for item in items.as_array().unwrap() {
            completions.push_str(&format!(
                "{} ({}) {}\n",
                item["label"].as_str().unwrap(),
                item["kind"],
                item["detail"].as_str().unwrap_or("")
            ));
        }
    }
    insta::assert_snapshot!("rules_completion", completions);
    client.shutdown();
}

/// The completions where `‸` stands in `typed`, once the document is changed to it (the
/// `‸` taken out) as its `version`.
fn complete_at(client: &mut Client, uri: &str, version: i64, typed: &str) -> Value {
    let cursor = typed.find('‸').unwrap();
    let text = typed.replace('‸', "");
    let line = text[..cursor].matches('\n').count();
    let character = text[..cursor]
        .rsplit('\n')
        .next()
        .unwrap()
        .encode_utf16()
        .count();
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "text": text }],
        }),
    );
    client.request(
        "textDocument/completion",
        json!({
            "textDocument": { "uri": uri },
            "position": { "line": line, "character": character },
        }),
    )
}

/// A small rule file with a name of every kind, for its semantic tokens.
const COLOURED: &str = r#"include "<builtin>/schema.rules"

// Grades a post may be filled at.
enum Grade { junior "junior" vi "sơ cấp", senior "senior" }

extend collection posts {
  grade: Grade optional
}

const senior_posts = { council_chair, committee_chair }
param review_after: duration { 2 years from 2025-07-01 source "Decree 1/2025" }

table bonus(grade: Grade): decimal {
  when grade == senior then 12.5%
  otherwise 0.0
}

rule SENIOR "Senior posts are graded" {
  severity warning
  source "a test"
  for a in posts
  let graded = count(b in posts where b.grade == senior) / 2
  where a.post in senior_posts and not a.grade is defined
  require bonus(a.grade) > 0 and len(a.person.name) >= 1
  message "{a.person.name} ({graded}) waits {review_after}"
}
"#;

/// Semantic tokens decoded from the protocol's relative encoding against the legend the
/// server advertised: one line per token, `LINE:COLUMN `text` type modifiers`.
fn decode_tokens(tokens: &Value, legend: &Value, text: &str) -> String {
    let data: Vec<u64> = tokens["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    assert_eq!(data.len() % 5, 0, "five numbers a token");
    let (mut line, mut character) = (0, 0);
    let mut decoded = String::new();
    for token in data.chunks(5) {
        line += token[0];
        character = if token[0] == 0 {
            character + token[1]
        } else {
            token[1]
        };
        let ty = legend["tokenTypes"][token[3] as usize].as_str().unwrap();
        let kinds: Vec<&str> = std::iter::once(ty)
            .chain(
                (0..32)
                    .filter(|bit| token[4] & (1 << bit) != 0)
                    .map(|bit| legend["tokenModifiers"][bit].as_str().unwrap()),
            )
            .collect();
        // The token's text, counted in UTF-16 units as the protocol counts.
        let units: Vec<u16> = text
            .lines()
            .nth(line as usize)
            .unwrap()
            .encode_utf16()
            .collect();
        let range = character as usize..(character + token[2]) as usize;
        let written = String::from_utf16(&units[range]).unwrap();
        decoded.push_str(&format!(
            "{}:{} `{written}` {}\n",
            line + 1,
            character + 1,
            kinds.join(" ")
        ));
    }
    decoded
}

#[test]
fn semantic_tokens_type_each_name_by_what_it_stands_for() {
    let (mut client, capabilities, _, uri) = open_clean("tokens", "graded.rules", COLOURED);
    let legend = &capabilities["capabilities"]["semanticTokensProvider"]["legend"];
    let full = client.request(
        "textDocument/semanticTokens/full",
        json!({ "textDocument": { "uri": uri } }),
    );
    insta::assert_snapshot!(
        "rules_semantic_tokens",
        decode_tokens(&full, legend, COLOURED)
    );
    // A range: the tokens that start in it, encoded from the document's start.
    let range = client.request(
        "textDocument/semanticTokens/range",
        json!({
            "textDocument": { "uri": uri },
            "range": { "start": { "line": 13, "character": 0 }, "end": { "line": 15, "character": 0 } },
        }),
    );
    insta::assert_snapshot!(
        "rules_semantic_tokens_range",
        decode_tokens(&range, legend, COLOURED)
    );
    client.shutdown();
}

/// Issue 14's set-valued parameters in an editor: a parameter's hover lists its dated sets,
/// and where a type is expected `set of` is offered beside the types.
#[test]
fn a_set_valued_parameter_hovers_with_its_dated_sets_and_set_of_is_completed() {
    let text =
        std::fs::read_to_string(common::root().join("tests/fixtures/drafting/set-param.rules"))
            .unwrap();
    let dir = tempdir("set-param");
    let path = dir.join("set-param.rules");
    std::fs::write(&path, &text).unwrap();
    let uri = uri(&path);
    let (mut client, _) = Client::start();
    client.open(&uri, "staffcheck", &text);
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": position(&text, "key_posts_from", 1) }),
    );
    let typing = text.replace(
        "param key_posts_from: set of Post",
        "param key_posts_from: s",
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": typing }] }),
    );
    let cursor = position(&typing, "key_posts_from: s", 0);
    let cursor =
        json!({ "line": cursor["line"], "character": cursor["character"].as_u64().unwrap() + 16 });
    let items = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri }, "position": cursor }),
    );
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"set of") && labels.contains(&"Post"),
        "{labels:?}"
    );
    insta::assert_snapshot!(hover["contents"]["value"].as_str().unwrap_or("(nothing)"));
    client.shutdown();
}

/// Issue 14's `extend const` in an editor: the constant's hover lists each extension with
/// its file and line, the extension's name leads to the built-in declaration, and the
/// outline shows the extension.
#[test]
fn an_extended_constant_hovers_with_its_extensions_and_the_extension_is_in_the_outline() {
    let (mut client, dir, uri, text) = open_fixture("drafting/extend-const.rules");
    let at = |needle: &str, nth: usize| json!({ "textDocument": { "uri": uri }, "position": position(&text, needle, nth) });
    let hover = client.request("textDocument/hover", at("key_posts\n", 0));
    let definition = client.request("textDocument/definition", at("key_posts {", 0));
    let outline = outline(&mut client, &uri);
    insta::assert_snapshot!(format!(
        "=== hover on `key_posts` in a rule\n{}\n=== definition of the extension's name\n{}\n=== outline\n{}\n",
        hover["contents"]["value"].as_str().unwrap_or("(nothing)"),
        describe_all(&definition, &dir),
        outline.join("\n")
    ));
    client.shutdown();
}

/// The text a range covers, its columns counted in UTF-16 units.
fn ranged(text: &str, range: &Value) -> String {
    text[offset(text, &range["start"])..offset(text, &range["end"])].to_string()
}

/// The byte offset in `text` of an LSP position, its column counted in UTF-16 units.
fn offset(text: &str, at: &Value) -> usize {
    let line = at["line"].as_u64().unwrap() as usize;
    let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let units = at["character"].as_u64().unwrap() as usize;
    let mut counted = 0;
    let column = text[start..]
        .char_indices()
        .find(|(_, c)| {
            let done = counted >= units;
            counted += c.len_utf16();
            done
        })
        .map_or(text.len() - start, |(i, _)| i);
    start + column
}

/// A drafter typing `a.` leaves the file unparsable: hover still answers, in the other
/// declarations from what parses now and in the one typed in from the last text that parsed
/// whole, and completion still offers fields while another declaration is broken.
#[test]
fn hover_and_completion_survive_a_syntax_error_elsewhere() {
    let (mut client, _, _, uri) = open_clean("typing-dot", "caps.rules", NAVIGATED);

    let typed = NAVIGATED.replace(
        "where a.post in leadership_posts\n",
        "where a.post in leadership_posts and a.\n",
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": typed }] }),
    );
    let errors = client.diagnostics(&uri);
    assert_eq!(errors.as_array().unwrap().len(), 1, "{errors}");
    assert_eq!(errors[0]["code"], "SC0101");
    let mut hovers = String::new();
    for (needle, nth) in [
        ("key_post_cap", 1),
        ("u.name", 0),
        ("leadership_posts", 0),
        ("education", 0),
        ("bachelor", 0),
        ("and a.", 0),
    ] {
        let hover = client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": position(&typed, needle, nth) }),
        );
        let value = hover["contents"]["value"].as_str().unwrap_or("(nothing)");
        let covers = match hover["range"].is_object() {
            true => format!("`{}`", ranged(&typed, &hover["range"])),
            false => "(no range)".to_string(),
        };
        hovers.push_str(&format!(
            "=== hover on `{needle}` ({nth}), over {covers}\n{value}\n"
        ));
    }
    insta::assert_snapshot!("rules_hover_while_typing", hovers);

    // Another declaration broken too: completion after `a.` still knows `a`'s fields.
    let broken = format!("{typed}\nconst unfinished =\n");
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "text": broken }] }),
    );
    let mut cursor = position(&broken, "and a.", 0);
    cursor["character"] = json!(cursor["character"].as_u64().unwrap() + 5);
    let items = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri }, "position": cursor }),
    );
    let labels: Vec<String> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            format!(
                "{} {}",
                item["label"].as_str().unwrap(),
                item["detail"].as_str().unwrap()
            )
        })
        .collect();
    insta::assert_snapshot!("rules_completion_while_broken", labels.join("\n"));
    client.shutdown();
}

const LIMITS: &str = r#"include "<builtin>/schema.rules"

// How many vice chairs a unit may have.
const vice_cap = 2

rule VICE "Few vice chairs" {
  source "a test"
  for u in units
  require count(a in posts where a.unit == u and a.post == committee_vice_chair) <= vice_cap
}

rule KEY-HELD "A unit's key posts are held" {
  source "a test"
  for u in units
  require count(a in posts where a.unit == u and a.post in key_posts) >= 1
}
"#;

/// Beside `limits.rules`, includes it, and is not open in the editor.
const WARDS: &str = r#"include "limits.rules"

rule WARD-VICE "Wards keep to the cap" {
  source "a test"
  for u in units
  where u.kind == ward
  require count(a in posts where a.unit == u and not (a.post in key_posts)) <= vice_cap * 10
}
"#;

/// In a directory of its own, open in the editor: found because it is open.
const ELSEWHERE: &str = r#"include "<builtin>/schema.rules"

rule KEY-ONE "One holder per key post" {
  source "a test"
  for a in posts
  where a.post in key_posts
  require count(b in posts where b.unit == a.unit and b.post == a.post) == 1
}
"#;

/// References are found in every rule file of the rule set, not only in what the open file
/// includes: the file beside it that includes it (not open), and a rule document open in
/// the editor from another directory. The built-in constant `key_posts` is named in all
/// three; the file's own `vice_cap` only where it is included.
#[test]
fn references_are_found_across_the_rule_set() {
    let dir = tempdir("workspace");
    std::fs::write(dir.join("wards.rules"), WARDS).unwrap();
    let other = dir.join("elsewhere");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("draft.rules"), ELSEWHERE).unwrap();
    let draft = uri(&other.join("draft.rules"));
    let (mut client, _, dir, uri) = open_clean("workspace", "limits.rules", LIMITS);
    client.open(&draft, "staffcheck", ELSEWHERE);
    assert_eq!(client.diagnostics(&draft), json!([]));
    let mut references = String::new();
    for (needle, nth, declaration) in [
        ("key_posts", 0, true),
        ("vice_cap", 1, true),
        ("unit ==", 0, false),
    ] {
        let found = client.request(
            "textDocument/references",
            json!({
                "textDocument": { "uri": uri },
                "position": position(LIMITS, needle, nth),
                "context": { "includeDeclaration": declaration },
            }),
        );
        references.push_str(&format!(
            "=== references to `{needle}` ({nth}), declaration {declaration}\n{}\n",
            describe_all(&found, &dir)
        ));
    }
    insta::assert_snapshot!("rules_references_across_the_rule_set", references);
    client.shutdown();
}

/// A client that says `locale: "vi"` in `initialize` gets its diagnostics in Vietnamese: a
/// plan's findings and a rule file's syntax error, whole messages. The server runs with an
/// English environment, so only the locale can make them Vietnamese.
#[test]
fn a_client_in_vietnamese_gets_vietnamese_diagnostics() {
    let params = json!({ "processId": null, "rootUri": null, "capabilities": {}, "locale": "vi" });
    let (mut client, _) = Client::start_with(params);
    let path = root().join("examples/violations.yaml");
    let plan = uri(&path);
    client.open(&plan, "yaml", &std::fs::read_to_string(&path).unwrap());
    let findings = client.diagnostics(&plan);
    let messages: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    let dir = tempdir("locale-vi");
    let rules = dir.join("broken.rules");
    let text = "rule X \"x\" {\n  severity error\n  source \"s\"\n  for u in units\n  require u.population > 0 &&\n}\n";
    std::fs::write(&rules, text).unwrap();
    client.open(&uri(&rules), "staffcheck", text);
    let syntax = client.diagnostics(&uri(&rules));
    insta::assert_snapshot!(format!(
        "{}\n---\n{}",
        messages.join("\n"),
        syntax[0]["message"].as_str().unwrap()
    ));
    client.shutdown();
}

/// Two slips of issue 14's additions: `{share%}` for `{share as percent}`, and a severity
/// chosen with `if ... else`. Each diagnostic says the fix, its code action writes it, and
/// the text so fixed loads clean.
#[test]
fn the_percent_sign_and_severity_if_slips_are_fixed_by_their_code_action() {
    let dir = tempdir("slips");
    let path = dir.join("slips.rules");
    let uri = uri(&path);
    let (mut client, _) = Client::start();
    let mut out = String::new();
    for (version, fixture) in [(1, "message-percent-sign"), (3, "severity-if-else")] {
        let fixture = format!("tests/fixtures/syntax/{fixture}.rules");
        let text = std::fs::read_to_string(root().join(&fixture)).unwrap();
        std::fs::write(&path, &text).unwrap();
        let document = json!({ "uri": uri, "version": version, "text": text });
        match version {
            1 => client.open(&uri, "staffcheck", &text),
            _ => client.notify(
                "textDocument/didChange",
                json!({ "textDocument": document, "contentChanges": [{ "text": text }] }),
            ),
        }
        let slip = client.diagnostics(&uri);
        assert_eq!(slip.as_array().unwrap().len(), 1, "{slip}");
        let actions = client.request(
            "textDocument/codeAction",
            json!({
                "textDocument": { "uri": uri },
                "range": slip[0]["range"],
                "context": { "diagnostics": slip },
            }),
        );
        let edit = &actions[0]["edit"]["changes"][&uri][0];
        let (start, end) = (
            offset(&text, &edit["range"]["start"]),
            offset(&text, &edit["range"]["end"]),
        );
        let fixed = format!(
            "{}{}{}",
            &text[..start],
            edit["newText"].as_str().unwrap(),
            &text[end..]
        );
        out.push_str(&format!(
            "=== {fixture}\n{}\n--- `{}` becomes `{}` ({})\n",
            slip[0]["message"].as_str().unwrap(),
            &text[start..end],
            edit["newText"].as_str().unwrap(),
            actions[0]["title"].as_str().unwrap(),
        ));
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version + 1 },
                "contentChanges": [{ "text": fixed }],
            }),
        );
        assert_eq!(client.diagnostics(&uri), json!([]), "{fixed}");
    }
    insta::assert_snapshot!("rules_slip_fixes", out);
    client.shutdown();
}

/// A server with the fixture `tests/fixtures/{fixture}` saved in a directory of its own
/// and open, loaded without a diagnostic: the directory, the document's URI and its text.
fn open_fixture(fixture: &str) -> (Client, PathBuf, String, String) {
    let text =
        std::fs::read_to_string(common::root().join("tests/fixtures").join(fixture)).unwrap();
    let name = Path::new(fixture).file_name().unwrap();
    let dir = tempdir(&name.to_string_lossy().replace(".rules", ""));
    let path = dir.join(name);
    std::fs::write(&path, &text).unwrap();
    let uri = uri(&path);
    let (mut client, _) = Client::start();
    client.open(&uri, "staffcheck", &text);
    assert_eq!(client.diagnostics(&uri), json!([]));
    (client, dir, uri, text)
}

/// The document's outline, one `NAME DETAIL` a symbol.
fn outline(client: &mut Client, uri: &str) -> Vec<String> {
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let detail = s["detail"].as_str().unwrap_or("");
            format!("{} {detail}", s["name"].as_str().unwrap())
        })
        .collect()
}

/// A province's overrides: hover on a disabled rule's id shows the rule and the reason, go
/// to definition opens the built-in rule, the outline lists the overrides, and completion
/// after `disable` and `replace rule` offers the rule ids of the included files.
#[test]
fn a_disabled_or_replaced_rule_hovers_with_its_reason_and_its_id_is_completed() {
    let (mut client, dir, uri, text) = open_fixture("overrides/province.rules");
    let at = |needle: &str| json!({ "textDocument": { "uri": uri }, "position": position(&text, needle, 0) });
    let hover_disabled = client.request("textDocument/hover", at("DEGREE-REMOTE \""));
    let hover_replaced = client.request("textDocument/hover", at("VICE-CAP \"At most three"));
    let definition = client.request("textDocument/definition", at("DEGREE-REMOTE \""));
    let replaced = client.request("textDocument/definition", at("VICE-CAP \"At most three"));
    let outline = outline(&mut client, &uri);
    let mut completions = String::new();
    for (version, typed) in [(2, "disable ‸"), (3, "disable DEG‸"), (4, "replace rule ‸")] {
        let items = complete_at(&mut client, &uri, version, &format!("{text}\n{typed}"));
        let labels: Vec<String> = items
            .as_array()
            .unwrap()
            .iter()
            .map(|item| {
                format!(
                    "{} ({})",
                    item["label"].as_str().unwrap(),
                    item["detail"].as_str().unwrap_or("")
                )
            })
            .collect();
        completions.push_str(&format!("=== `{typed}`\n{}\n", labels.join("\n")));
    }
    insta::assert_snapshot!(format!(
        "=== hover on a disabled rule's id\n{}\n=== hover on a replacement's id\n{}\n=== definition of the disabled id\n{}\n=== definition of the replacement's id\n{}\n=== outline\n{}\n{completions}",
        hover_disabled["contents"]["value"].as_str().unwrap_or("(nothing)"),
        hover_replaced["contents"]["value"].as_str().unwrap_or("(nothing)"),
        describe_all(&definition, &dir),
        describe_all(&replaced, &dir),
        outline.join("\n")
    ));
    client.shutdown();
}

/// A rule file of the plan's rule set: a unit fills at most `cap` posts (the minimal plan's
/// ward fills 4), and, from 2030, a unit has a population of at most 100000 (the ward has
/// 120000).
fn project_rules(id: &str, cap: u32) -> String {
    format!(
        r#"include "<builtin>/schema.rules"

rule {id} "A unit fills few posts" {{
  source "a test"
  for u in units
  let filled = count(a in posts where a.unit == u)
  require filled <= {cap}
  message "{{u.name}} fills {{filled}} posts, more than {cap}"
}}

rule SMALL-UNITS "A unit is small" {{
  source "a test"
  effective from 2030-01-01
  for u in units
  require u.population <= 100000
  message "{{u.name}} is too large"
}}
"#
    )
}

/// A project in a temporary directory: `staffcheck.toml` with `[check]` settings `config`,
/// `rules/local.rules` from `project_rules`, and the minimal plan; a server with the plan
/// open, and the plan's first diagnostics.
struct Project {
    dir: PathBuf,
    client: Client,
    plan: String,
    rules: String,
    config: String,
}

impl Project {
    fn open(name: &str, config: &str) -> (Project, Value) {
        let dir = tempdir(name);
        std::fs::create_dir_all(dir.join("rules")).unwrap();
        std::fs::write(dir.join("staffcheck.toml"), config).unwrap();
        std::fs::write(dir.join("rules/local.rules"), project_rules("FEW-POSTS", 3)).unwrap();
        let text = std::fs::read_to_string(root().join("tests/fixtures/minimal.yaml")).unwrap();
        std::fs::write(dir.join("plan.yaml"), &text).unwrap();
        let (client, _) = Client::start_with(json!({
            "processId": null,
            "rootUri": uri(&dir),
            "capabilities": {},
        }));
        let mut project = Project {
            plan: uri(&dir.join("plan.yaml")),
            rules: uri(&dir.join("rules/local.rules")),
            config: uri(&dir.join("staffcheck.toml")),
            dir,
            client,
        };
        let plan = project.plan.clone();
        project.client.open(&plan, "yaml", &text);
        let first = project.client.diagnostics(&plan);
        (project, first)
    }

    /// What `staffcheck check` says of the plan, run in the project's directory (so with
    /// its `staffcheck.toml`), as the LSP's diagnostics would show it: each finding's rule
    /// and line.
    fn check(&self) -> Vec<String> {
        let output = Command::new(env!("CARGO_BIN_EXE_staffcheck"))
            .args(["check", "--format", "json", "plan.yaml"])
            .current_dir(&self.dir)
            .env("LC_ALL", "C")
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        let plan = &report["plans"][0];
        let mut found: Vec<String> = ["findings", "not_judged"]
            .iter()
            .flat_map(|list| plan[list].as_array().cloned().unwrap_or_default())
            .map(|f| {
                format!(
                    "{} at line {}",
                    f["rule"].as_str().unwrap(),
                    f["location"]["line"]
                )
            })
            .collect();
        found.sort();
        found
    }

    /// Shuts the server down and removes the project.
    fn close(self) {
        self.client.shutdown();
        std::fs::remove_dir_all(self.dir).unwrap();
    }
}

/// The LSP's diagnostics as `Project::check` lists `staffcheck check`'s findings.
fn findings(diagnostics: &Value) -> Vec<String> {
    let mut found: Vec<String> = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let line = d["range"]["start"]["line"].as_u64().unwrap() + 1;
            format!("{} at line {line}", d["code"].as_str().unwrap())
        })
        .collect();
    found.sort();
    found
}

/// A plan is checked with the rule files `staffcheck.toml` names, as saved: a rule file
/// rewritten and saved (`didSave`), or changed on disk (the watcher's event), changes the
/// plan's findings, with no restart; an unsaved edit of it does not, as `check` reads files.
#[test]
fn a_plan_follows_its_rule_files_as_they_are_saved() {
    let (mut project, first) = Project::open("rules-saved", "[check]\nrules = [\"rules\"]\n");
    let few = findings(&first);
    assert!(few.iter().any(|f| f.starts_with("FEW-POSTS")), "{few:?}");
    assert_eq!(few, project.check());
    let rules_path = project.dir.join("rules/local.rules");
    let (plan, rules) = (project.plan.clone(), project.rules.clone());
    let client = &mut project.client;
    // Opened and edited but not saved: the plan keeps the saved rules' findings.
    client.open(&rules, "staffcheck", &project_rules("FEW-POSTS", 3));
    let unsaved = json!({
        "textDocument": { "uri": rules, "version": 2 },
        "contentChanges": [{ "text": project_rules("UNSAVED", 1) }],
    });
    client.notify("textDocument/didChange", unsaved);
    // Saved: the plan is checked again with the new rule.
    std::fs::write(&rules_path, project_rules("CAPPED-POSTS", 2)).unwrap();
    let saved = json!({ "textDocument": { "uri": rules } });
    client.notify("textDocument/didSave", saved);
    let after_save = findings(&client.diagnostics(&plan));
    assert!(
        after_save.iter().any(|f| f.starts_with("CAPPED-POSTS")),
        "{after_save:?}"
    );
    assert!(!after_save
        .iter()
        .any(|f| f.starts_with("FEW-POSTS") || f.starts_with("UNSAVED")));
    // Changed on disk by another program: the watcher's event does the same.
    std::fs::write(&rules_path, project_rules("POST-CAP", 5)).unwrap();
    let changed = json!({ "changes": [{ "uri": rules, "type": 2 }] });
    client.notify("workspace/didChangeWatchedFiles", changed);
    let after_change = findings(&client.diagnostics(&plan));
    // The ward fills 4 posts: a cap of 5 holds, and nothing of the earlier rules is left.
    assert!(
        !after_change
            .iter()
            .any(|f| ["FEW-POSTS", "CAPPED-POSTS", "POST-CAP"]
                .iter()
                .any(|r| f.starts_with(r))),
        "{after_change:?}"
    );
    assert_eq!(after_change, project.check());
    project.close();
}

/// `staffcheck.toml`'s other `[check]` settings count in the editor as in `check`: a
/// `date` that brings a rule into force brings its finding, the same as `check` reports.
#[test]
fn a_plan_is_checked_with_the_configured_date_as_check_does() {
    let (mut project, first) = Project::open("config-date", "[check]\nrules = [\"rules\"]\n");
    let before = findings(&first);
    assert_eq!(before, project.check());
    assert!(
        !before.iter().any(|f| f.starts_with("SMALL-UNITS")),
        "{before:?}"
    );
    std::fs::write(
        project.dir.join("staffcheck.toml"),
        "[check]\nrules = [\"rules\"]\ndate = 2030-06-01\n",
    )
    .unwrap();
    let (plan, config) = (project.plan.clone(), project.config.clone());
    let changed = json!({ "changes": [{ "uri": config, "type": 2 }] });
    project
        .client
        .notify("workspace/didChangeWatchedFiles", changed);
    let after = findings(&project.client.diagnostics(&plan));
    assert!(
        after.iter().any(|f| f.starts_with("SMALL-UNITS")),
        "{after:?}"
    );
    assert_eq!(after, project.check());
    project.close();
}

/// A setting `check` would refuse is said on the plan and at its place in
/// `staffcheck.toml`, and cleared from both once corrected and saved.
#[test]
fn a_refused_setting_is_said_on_the_plan_and_in_the_configuration() {
    let config_text = "[check]\nrules = [\"rules\"]\ndate = \"soon\"\n";
    let (mut project, on_plan) = Project::open("config-refused", config_text);
    let (plan, config) = (project.plan.clone(), project.config.clone());
    let on_config = project.client.diagnostics(&config);
    let message = on_plan[0]["message"].as_str().unwrap();
    assert!(message.contains("soon"), "{on_plan}");
    assert_eq!(on_plan.as_array().unwrap().len(), 1, "{on_plan}");
    assert_eq!(on_config.as_array().unwrap().len(), 1, "{on_config}");
    assert_eq!(on_config[0]["message"], on_plan[0]["message"]);
    let range = &on_config[0]["range"];
    assert_eq!(ranged(config_text, range), "\"soon\"");
    // A parameter the rules do not have, likewise.
    let config_text = "[check]\nrules = [\"rules\"]\nparam = [\"no_such_param=3\"]\n";
    std::fs::write(project.dir.join("staffcheck.toml"), config_text).unwrap();
    let saved = json!({ "textDocument": { "uri": config } });
    project.client.notify("textDocument/didSave", saved.clone());
    let on_plan = project.client.diagnostics(&plan);
    let on_config = project.client.diagnostics(&config);
    assert!(
        on_plan[0]["message"]
            .as_str()
            .unwrap()
            .contains("no_such_param"),
        "{on_plan}"
    );
    assert_eq!(
        ranged(config_text, &on_config[0]["range"]),
        "[\"no_such_param=3\"]"
    );
    // Corrected: the findings are back, and the file's diagnostic is cleared.
    std::fs::write(
        project.dir.join("staffcheck.toml"),
        "[check]\nrules = [\"rules\"]\n",
    )
    .unwrap();
    project.client.notify("textDocument/didSave", saved);
    let on_plan = findings(&project.client.diagnostics(&plan));
    assert_eq!(on_plan, project.check());
    assert_eq!(project.client.diagnostics(&config), json!([]));
    project.close();
}

/// A client that closes the server's output before reading it (a crashed editor, a script
/// that only sends) ends the server quietly: no "Broken pipe" on stderr, a clean exit.
#[test]
fn a_client_that_closes_the_pipe_early_ends_the_server_quietly() {
    let mut child = server().stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().unwrap();
    let messages = [
        json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": { "capabilities": {} } }),
        json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }),
        json!({ "jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": null }),
        json!({ "jsonrpc": "2.0", "method": "exit", "params": null }),
    ];
    for message in messages {
        let body = message.to_string();
        // The server may be gone by now: what matters is how it went.
        let _ = write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len());
    }
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(output.status.success(), "{}", output.status);
}

/// `DRAFT` (a slip, `&&`, and a misspelt field) with a parameter, and a rule whose hover has
/// every line of prose: its title in both languages, its source, the date it was checked,
/// its window and what it judges.
fn draft_vi() -> String {
    let texts = [
        (
            "schema.rules\"\n",
            "schema.rules\"\n\nparam key_post_cap: integer { 4 from 2025-07-01 source \"Decree 1/2025\" }\n",
        ),
        (
            "degree\" {",
            "degree\"\n    vi \"Lãnh đạo có trình độ đại học\" {",
        ),
        (
            "source \"a test\"",
            "source \"a test\" vi \"một phép thử\"\n  checked 2026-02-05\n  effective from 2025-07-01 until 2030-12-31",
        ),
    ];
    texts.iter().fold(DRAFT.to_string(), |text, (from, to)| {
        assert!(text.contains(from), "{from}");
        text.replacen(from, to, 1)
    })
}

/// A client that says `locale: "vi"`: the quick fixes of a slip and of a misspelt field are
/// titled in Vietnamese and write what they write in English (the replacements do not come
/// from the message, which is Vietnamese here); hover and completion details are Vietnamese,
/// dates written as Vietnamese documents write them.
#[test]
fn a_client_in_vietnamese_gets_quick_fixes_hover_and_completion_in_vietnamese() {
    let params = json!({ "processId": null, "rootUri": null, "capabilities": {}, "locale": "vi" });
    let (mut client, _) = Client::start_with(params);
    let dir = tempdir("vi-editor");
    let path = dir.join("draft.rules");
    std::fs::write(&path, "").unwrap();
    let uri = uri(&path);
    let mut out = String::new();
    let mut text = draft_vi();
    client.open(&uri, "staffcheck", &text);
    for (version, written, fix) in [(2, "&&", "and"), (3, "educaton", "education")] {
        let found = client.diagnostics(&uri);
        assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
        let actions = quick_fixes(&mut client, &uri, &found);
        assert_eq!(actions.as_array().unwrap().len(), 1, "{actions}");
        let edit = &actions[0]["edit"]["changes"][&uri][0];
        assert_eq!(ranged(&text, &edit["range"]), written);
        assert_eq!(edit["newText"], fix);
        assert_eq!(actions[0]["isPreferred"], true);
        out.push_str(&format!(
            "=== {}\n--- `{written}` becomes `{fix}` ({})\n",
            found[0]["message"].as_str().unwrap(),
            actions[0]["title"].as_str().unwrap(),
        ));
        let (start, end) = (
            offset(&text, &edit["range"]["start"]),
            offset(&text, &edit["range"]["end"]),
        );
        text.replace_range(start..end, fix);
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "range": edit["range"], "text": fix }],
            }),
        );
    }
    assert_eq!(client.diagnostics(&uri), json!([]), "{text}");
    for (what, needle) in [("a rule", "LEADER-DEGREE"), ("a parameter", "key_post_cap")] {
        let hover = client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": position(&text, needle, 0) }),
        );
        let shown = hover["contents"]["value"].as_str().unwrap();
        out.push_str(&format!("=== hover on {what}\n{shown}\n"));
    }
    for (version, typed) in [
        (4, "a.person.political_theory >= ‸"),
        (5, "a.person.education >= bachelor and ‸"),
    ] {
        let typing = text.replace("a.person.education >= bachelor", typed);
        let items = complete_at(&mut client, &uri, version, &typing);
        out.push_str(&format!("=== completion at `{typed}`\n"));
        for item in items.as_array().unwrap().iter().take(12) {
            out.push_str(&format!(
                "{}: {}\n",
                item["label"].as_str().unwrap(),
                item["detail"].as_str().unwrap_or("")
            ));
        }
    }
    // A plan's finding: its waiver's title.
    let plan = root().join("examples/violations.yaml");
    let plan_uri = self::uri(&plan);
    client.open(&plan_uri, "yaml", &std::fs::read_to_string(&plan).unwrap());
    let findings = client.diagnostics(&plan_uri);
    let waivable = findings.as_array().unwrap().iter();
    let first = waivable.filter(|d| d["data"]["waive"].is_object()).take(1);
    let actions = quick_fixes(&mut client, &plan_uri, &json!(first.collect::<Vec<_>>()));
    out.push_str(&format!(
        "=== waiver of a finding\n{}\n",
        actions[0]["title"].as_str().unwrap()
    ));
    insta::assert_snapshot!("vietnamese_editor", out);
    client.shutdown();
}

/// The code actions for `diagnostics` of the document `uri`, at the first one's range.
fn quick_fixes(client: &mut Client, uri: &str, diagnostics: &Value) -> Value {
    client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": diagnostics[0]["range"],
            "context": { "diagnostics": diagnostics },
        }),
    )
}

/// Workspace folders added and removed while the server runs: the workbooks of an added
/// folder are found and checked, those of a removed one cleared.
#[test]
fn workbooks_follow_the_workspace_folders() {
    let dir = tempdir("folders");
    let (first, second) = (dir.join("first"), dir.join("second"));
    for folder in [&first, &second] {
        std::fs::create_dir_all(folder).unwrap();
        // Not a workbook inside: a diagnostic saying so is enough to see it checked.
        std::fs::write(folder.join("plan.xlsx"), "not a workbook").unwrap();
    }
    let folder = |path: &Path| json!({ "uri": uri(path), "name": "folder" });
    let (mut client, init) = Client::start_with(json!({
        "processId": null,
        "rootUri": uri(&first),
        "workspaceFolders": [folder(&first)],
        "capabilities": {},
    }));
    assert_eq!(
        init["capabilities"]["workspace"]["workspaceFolders"],
        json!({ "supported": true, "changeNotifications": true })
    );
    let (in_first, in_second) = (
        uri(&first.join("plan.xlsx")),
        uri(&second.join("plan.xlsx")),
    );
    let unreadable = client.diagnostics(&in_first);
    assert_eq!(unreadable.as_array().unwrap().len(), 1, "{unreadable}");
    let event = json!({ "event": { "added": [folder(&second)], "removed": [folder(&first)] } });
    client.notify("workspace/didChangeWorkspaceFolders", event);
    assert_eq!(client.diagnostics(&in_first), json!([]));
    let found = client.diagnostics(&in_second);
    assert_eq!(
        found.to_string().replace("second", "first"),
        unreadable.to_string()
    );
    client.shutdown_held(|held| {
        // The first folder's workbook is not checked again once its folder is gone.
        assert!(!held.iter().any(|m| is_diagnostics_for(m, &in_first)));
    });
    std::fs::remove_dir_all(&dir).unwrap();
}
