//! `staffcheck lsp`: a Language Server Protocol server over stdio for rule files and plans.
//!
//! Built on rust-analyzer's `lsp-server` (a synchronous message loop over crossbeam
//! channels) and `lsp-types`: the analyses are our synchronous loader and checker, so there
//! is no async runtime to host. One thread reads messages; analyses run on it, each after
//! the edits stop for a moment (`DEBOUNCE`), so typing in a large plan is not re-checked on
//! every keystroke.

// `lsp_types::Uri` hashes and compares by its text (`as_str`), never by the parsed parts
// that hold the interior mutability clippy sees: it is a sound map key.
#![allow(clippy::mutable_key_type)]

mod analysed;
mod builtin_files;
mod completion;
mod declaration;
mod diagnostic;
mod documents;
mod hover;
mod moved;
mod plan;
mod position;
mod rules;
mod semantic_tokens;
mod symbols;
mod uri;
mod waiver_action;
mod workbook;
mod workspace;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crossbeam_channel::RecvTimeoutError;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidChangeWorkspaceFolders, DidCloseTextDocument,
    DidOpenTextDocument, DidSaveTextDocument, LogMessage, Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    References, RegisterCapability, Request as _, SemanticTokensFullRequest,
    SemanticTokensRangeRequest,
};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, CompletionOptions, CompletionParams, CompletionResponse,
    DocumentFormattingParams, DocumentSymbolParams, DocumentSymbolResponse, GotoDefinitionParams,
    GotoDefinitionResponse, HoverParams, HoverProviderCapability, OneOf, PublishDiagnosticsParams,
    ReferenceParams, SemanticTokensFullOptions, SemanticTokensOptions, SemanticTokensParams,
    SemanticTokensRangeParams, SemanticTokensRangeResult, SemanticTokensResult,
    SemanticTokensServerCapabilities, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextEdit, Uri, WorkspaceEdit,
};

use crate::lang::Lang;
use analysed::Analysed;
use builtin_files::BuiltinFiles;
use diagnostic::Places;
use documents::{Documents, Kind};
use plan::Waivers;
use position::Lines;

/// How long edits must pause before a document is analysed again.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// The globs of the files plans are checked with, which the client's watcher is asked to
/// report changes of beside the workbooks.
const RULES_WATCHED: &str = "**/*.rules";
const CONFIG_WATCHED: &str = "**/staffcheck.toml";

/// Whether the file is one plans are checked with: a rule file or a `staffcheck.toml`.
fn configures(uri: &Uri) -> bool {
    uri::to_path(uri).is_some_and(|path| {
        path.extension().is_some_and(|e| e == "rules")
            || path
                .file_name()
                .is_some_and(|n| n == crate::config::FILE_NAME)
    })
}

/// Serves one client on stdin and stdout until it exits, speaking `lang` when the command
/// line chose one (`--lang`), else the client's `locale`, else the environment's.
pub fn run(lang: Option<Lang>) -> Result<(), String> {
    let (connection, io_threads) = Connection::stdio();
    let capabilities = serde_json::to_value(capabilities()).map_err(|e| e.to_string())?;
    let info = ServerInfo {
        name: "staffcheck".to_string(),
        version: Some(env!("CARGO_PKG_VERSION").to_string()),
    };
    // A client that goes away before the handshake is done leaves nothing to serve.
    let (id, params) = match connection.initialize_start() {
        Ok(started) => started,
        Err(error) if error.channel_is_disconnected() => {
            drop(connection);
            return quietly(io_threads.join());
        }
        Err(error) => return Err(error.to_string()),
    };
    let lang = lang.unwrap_or_else(|| client_lang(&params));
    let result = serde_json::json!({ "capabilities": capabilities, "serverInfo": info });
    match connection.initialize_finish(id, result) {
        Ok(()) => {}
        Err(error) if error.channel_is_disconnected() => {
            drop(connection);
            return quietly(io_threads.join());
        }
        Err(error) => return Err(error.to_string()),
    }
    let mut server = Server::new(&connection, lang);
    server.folders = workspace_folders(&params);
    // A watcher is asked for only where the client says it can add one at run time.
    let watching = &params["capabilities"]["workspace"]["didChangeWatchedFiles"];
    server.can_watch = watching["dynamicRegistration"] == true;
    // `initialize_finish` has read the client's `initialized`: the client is ready.
    server.initialized();
    server.serve()?;
    drop(connection);
    quietly(io_threads.join())
}

/// How the reading and writing threads ended: a client that closed its end of the pipes
/// early (its output before reading all we wrote: "Broken pipe") is a client gone, which
/// ends the server as an `exit` would, without a word.
fn quietly(ended: std::io::Result<()>) -> Result<(), String> {
    match ended {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(error.to_string()),
        _ => Ok(()),
    }
}

/// The language the client asks for in `initialize`: its `locale` (LSP 3.16, a BCP 47 tag
/// such as `vi` or `en-US`, the editor's display language), else the environment's
/// `LC_ALL`/`LC_MESSAGES`/`LANG`, as the command line reads them.
fn client_lang(params: &serde_json::Value) -> Lang {
    match params.get("locale").and_then(serde_json::Value::as_str) {
        Some(locale) => Lang::from_tag(locale),
        None => Lang::from_env(),
    }
}

/// The workspace's folders as paths: its `workspaceFolders`, else the older `rootUri`.
fn workspace_folders(params: &serde_json::Value) -> Vec<PathBuf> {
    let uris: Vec<&serde_json::Value> = match params["workspaceFolders"].as_array() {
        Some(folders) => folders.iter().map(|folder| &folder["uri"]).collect(),
        None => vec![&params["rootUri"]],
    };
    uris.iter()
        .filter_map(|uri| uri.as_str()?.parse::<Uri>().ok())
        .filter_map(|uri| uri::to_path(&uri))
        .collect()
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(
            TextDocumentSyncKind::INCREMENTAL,
        )),
        document_formatting_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![".".to_string()]),
            ..CompletionOptions::default()
        }),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: semantic_tokens::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: Some(true),
                ..SemanticTokensOptions::default()
            },
        )),
        // Folders added to the workspace are searched for workbooks; removed, forgotten.
        workspace: Some(lsp_types::WorkspaceServerCapabilities {
            workspace_folders: Some(lsp_types::WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}

struct Server<'a> {
    connection: &'a Connection,
    documents: Documents,
    /// Documents to analyse, each when its edits have paused.
    due: HashMap<Uri, Instant>,
    /// For each rule document analysed, the documents it published diagnostics on.
    published: HashMap<Uri, HashSet<Uri>>,
    /// The rule sets plans are checked against, by their files (none: the built-in set),
    /// each loaded on first need and again after a rule file or a `staffcheck.toml` is
    /// saved or changes on disk.
    plan_rules: plan::RuleSets,
    /// What was last published on each `staffcheck.toml` a plan was checked with.
    config_published: HashMap<Uri, Vec<lsp_types::Diagnostic>>,
    /// Each rule document as last loaded, for hover, definition and references.
    analysed: HashMap<Uri, Analysed>,
    /// The built-in rule files as files, written on first need.
    builtin: Option<BuiltinFiles>,
    /// The language of the diagnostics.
    lang: Lang,
    /// The workspace's folders, searched for workbook plans.
    folders: Vec<PathBuf>,
    /// Whether the client can be asked to watch the workbooks (dynamic registration).
    can_watch: bool,
    /// The workbook plans found, and the URI their diagnostics are published under.
    workbooks: HashMap<PathBuf, Uri>,
    /// Workbooks to check, each when the watcher's events have paused.
    workbooks_due: HashMap<PathBuf, Instant>,
}

impl<'a> Server<'a> {
    fn new(connection: &'a Connection, lang: Lang) -> Self {
        Server {
            connection,
            documents: Documents::default(),
            due: HashMap::new(),
            published: HashMap::new(),
            plan_rules: plan::RuleSets::default(),
            config_published: HashMap::new(),
            analysed: HashMap::new(),
            builtin: None,
            lang,
            folders: Vec::new(),
            can_watch: false,
            workbooks: HashMap::new(),
            workbooks_due: HashMap::new(),
        }
    }

    fn serve(&mut self) -> Result<(), String> {
        loop {
            let wait = self
                .due
                .values()
                .chain(self.workbooks_due.values())
                .min()
                .map_or(Duration::from_secs(3600), |at| {
                    at.saturating_duration_since(Instant::now())
                });
            match self.connection.receiver.recv_timeout(wait) {
                Ok(Message::Request(request)) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    self.request(request);
                }
                Ok(Message::Notification(notification)) => self.notification(notification),
                Ok(Message::Response(_)) => {}
                Err(RecvTimeoutError::Timeout) => {
                    self.analyse_due();
                    self.check_due_workbook();
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            }
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // A client that has gone away ends the loop through `Disconnected`.
        let _ = self.connection.sender.send(message.into());
    }

    fn notification(&mut self, notification: Notification) {
        let now = Instant::now();
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(params) = notification
                    .extract::<lsp_types::DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD)
                {
                    let document = params.text_document;
                    let uri = document.uri.clone();
                    self.documents
                        .open(document.uri, &document.language_id, document.text);
                    self.due.insert(uri, now);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(params) = notification.extract::<lsp_types::DidChangeTextDocumentParams>(
                    DidChangeTextDocument::METHOD,
                ) {
                    let uri = params.text_document.uri;
                    self.documents.change(&uri, params.content_changes);
                    self.due.insert(uri, now + DEBOUNCE);
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(params) = notification
                    .extract::<lsp_types::DidSaveTextDocumentParams>(DidSaveTextDocument::METHOD)
                {
                    let uri = params.text_document.uri;
                    let is_rules = self.documents.get(&uri).map(|d| d.kind) == Some(Kind::Rules);
                    if is_rules || configures(&uri) {
                        self.configuration_changed();
                    }
                    self.due.insert(uri, now);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(params) = notification
                    .extract::<lsp_types::DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                {
                    let uri = params.text_document.uri;
                    self.documents.close(&uri);
                    self.due.remove(&uri);
                    self.analysed.remove(&uri);
                    for target in self.published.remove(&uri).unwrap_or_default() {
                        self.publish(target, Vec::new());
                    }
                }
            }
            DidChangeWatchedFiles::METHOD => {
                if let Ok(params) = notification.extract::<lsp_types::DidChangeWatchedFilesParams>(
                    DidChangeWatchedFiles::METHOD,
                ) {
                    let (configuring, others): (Vec<_>, Vec<_>) = params
                        .changes
                        .into_iter()
                        .partition(|event| configures(&event.uri));
                    if !configuring.is_empty() {
                        self.configuration_changed();
                    }
                    self.workbooks_changed(others);
                }
            }
            DidChangeWorkspaceFolders::METHOD => {
                if let Ok(params) = notification
                    .extract::<lsp_types::DidChangeWorkspaceFoldersParams>(
                        DidChangeWorkspaceFolders::METHOD,
                    )
                {
                    self.folders_changed(params.event);
                }
            }
            _ => {}
        }
    }

    /// The client is ready: the workbooks are found, checked and watched, and so are the
    /// rule files and configurations plans are checked with.
    fn initialized(&mut self) {
        if self.can_watch {
            let watcher = |glob: &str| lsp_types::FileSystemWatcher {
                glob_pattern: lsp_types::GlobPattern::String(glob.to_string()),
                kind: None,
            };
            let options = lsp_types::DidChangeWatchedFilesRegistrationOptions {
                watchers: vec![
                    watcher(workbook::WATCHED),
                    watcher(RULES_WATCHED),
                    watcher(CONFIG_WATCHED),
                ],
            };
            let registration = lsp_types::Registration {
                id: "staffcheck-watched-files".to_string(),
                method: DidChangeWatchedFiles::METHOD.to_string(),
                register_options: Some(to_json(options)),
            };
            self.send(Request::new(
                RequestId::from("staffcheck-watched-files".to_string()),
                RegisterCapability::METHOD.to_string(),
                lsp_types::RegistrationParams {
                    registrations: vec![registration],
                },
            ));
        }
        self.add_workbooks(&[]);
    }

    /// A rule file or a `staffcheck.toml` was saved or changed on disk: the rule sets are
    /// loaded again, and every open plan and every workbook checked again, each once the
    /// events have paused. (Plans read rule files as saved, as `check` does: an unsaved
    /// edit of an open rule file changes no plan's findings.)
    fn configuration_changed(&mut self) {
        self.plan_rules.forget();
        let later = Instant::now() + DEBOUNCE;
        for uri in self.documents.of_kind(Kind::Plan) {
            self.due.insert(uri, later);
        }
        for path in self.workbooks.keys() {
            self.workbooks_due.insert(path.clone(), later);
        }
    }

    /// Folders added to or removed from the workspace: the workbooks of an added folder are
    /// found and checked as at the start, those no remaining folder holds are forgotten and
    /// their diagnostics cleared.
    fn folders_changed(&mut self, event: lsp_types::WorkspaceFoldersChangeEvent) {
        let paths = |folders: Vec<lsp_types::WorkspaceFolder>| -> Vec<PathBuf> {
            folders
                .iter()
                .filter_map(|folder| uri::to_path(&folder.uri))
                .collect()
        };
        let (added, removed) = (paths(event.added), paths(event.removed));
        self.folders.retain(|folder| !removed.contains(folder));
        for folder in added.iter() {
            if !self.folders.contains(folder) {
                self.folders.push(folder.clone());
            }
        }
        let mut gone: Vec<PathBuf> = self
            .workbooks
            .keys()
            .filter(|path| !self.folders.iter().any(|folder| path.starts_with(folder)))
            .cloned()
            .collect();
        gone.sort();
        for path in gone {
            self.workbooks_due.remove(&path);
            if let Some(uri) = self.workbooks.remove(&path) {
                self.publish(uri, Vec::new());
            }
        }
        if !added.is_empty() {
            self.add_workbooks(&[]);
        }
    }

    /// Finds the workbook plans in the workspace folders and schedules a check of each new
    /// one, or only of those in `only` when it names any.
    fn add_workbooks(&mut self, only: &[PathBuf]) {
        let (found, errors) = workbook::find(&self.folders, self.lang);
        for error in errors {
            let params = lsp_types::LogMessageParams {
                typ: lsp_types::MessageType::WARNING,
                message: error,
            };
            self.send(Notification::new(LogMessage::METHOD.to_string(), params));
        }
        let now = Instant::now();
        for path in found {
            if self.workbooks.contains_key(&path) || !(only.is_empty() || only.contains(&path)) {
                continue;
            }
            if let Some(uri) = uri::from_path(&path) {
                self.workbooks.insert(path.clone(), uri);
                self.workbooks_due.insert(path, now);
            }
        }
    }

    /// What the watcher reports: a workbook changed is checked again once its events have
    /// paused (a spreadsheet program saves in several writes), a deleted one's diagnostics
    /// cleared, a new one found as `initialized` finds them.
    fn workbooks_changed(&mut self, events: Vec<lsp_types::FileEvent>) {
        let changes = workbook::sort_events(events, &|path| self.workbooks.contains_key(path));
        let later = Instant::now() + DEBOUNCE;
        for path in changes.changed {
            self.workbooks_due.insert(path, later);
        }
        for path in changes.deleted {
            self.workbooks_due.remove(&path);
            if let Some(uri) = self.workbooks.remove(&path) {
                self.publish(uri, Vec::new());
            }
        }
        if !changes.new.is_empty() {
            self.add_workbooks(&changes.new);
            for path in &changes.new {
                if let Some(at) = self.workbooks_due.get_mut(path) {
                    *at = later;
                }
            }
        }
    }

    /// Checks one workbook whose time has come, the first by path: a workbook can take a
    /// second or more, so messages that arrived meanwhile are answered before the next.
    fn check_due_workbook(&mut self) {
        let now = Instant::now();
        let Some(path) = self
            .workbooks_due
            .iter()
            .filter(|(_, at)| **at <= now)
            .map(|(path, _)| path)
            .min()
            .cloned()
        else {
            return;
        };
        self.workbooks_due.remove(&path);
        let Some(uri) = self.workbooks.get(&path).cloned() else {
            return;
        };
        let published = plan::check_configured(
            &mut self.plan_rules,
            &uri,
            self.lang,
            &Places::Cells,
            Waivers::NotOffered,
            |program, options| workbook::check(&path, program, options),
        );
        self.publish_checked(uri, published);
    }

    /// Analyses every document whose edits have paused. A changed rule file may be included
    /// by another open one, so every open rule document is analysed again with it.
    fn analyse_due(&mut self) {
        let now = Instant::now();
        let ready: Vec<Uri> = self
            .due
            .iter()
            .filter(|(_, at)| **at <= now)
            .map(|(uri, _)| uri.clone())
            .collect();
        let mut rules_changed = false;
        for uri in ready {
            self.due.remove(&uri);
            match self.documents.get(&uri).map(|d| d.kind) {
                Some(Kind::Plan) => self.analyse_plan(&uri),
                Some(Kind::Rules) => rules_changed = true,
                _ => {}
            }
        }
        if rules_changed {
            for uri in self.documents.of_kind(Kind::Rules) {
                self.analyse_rules(&uri);
            }
        }
    }

    fn analyse_rules(&mut self, uri: &Uri) {
        let analysis = rules::analyse(uri, self.documents.unsaved_rules(), self.lang);
        let targets: HashSet<Uri> = analysis.diagnostics.keys().cloned().collect();
        let before = self.published.insert(uri.clone(), targets.clone());
        for stale in before.unwrap_or_default().difference(&targets) {
            self.publish(stale.clone(), Vec::new());
        }
        for (target, diagnostics) in analysis.diagnostics {
            self.publish(target, diagnostics);
        }
        // While the document does not parse whole, the last load that did answers for the
        // declarations cut short.
        let fallback = match self.analysed.remove(uri) {
            _ if analysis.opened.complete => None,
            Some(previous) if previous.opened.complete => Some(Box::new(previous)),
            Some(previous) => previous.fallback,
            None => None,
        };
        let analysed = Analysed {
            document: uri.clone(),
            opened: analysis.opened,
            fallback,
        };
        self.analysed.insert(uri.clone(), analysed);
    }

    /// The rule document as loaded from its latest text: analysed now if edits are pending,
    /// so an answer never reads spans of a text the editor no longer has.
    fn analysed(&mut self, uri: &Uri) -> Option<&Analysed> {
        if self.due.contains_key(uri) {
            self.due.insert(uri.clone(), Instant::now());
            self.analyse_due();
        }
        self.analysed.get(uri)
    }

    fn definition(&mut self, params: &GotoDefinitionParams) -> Option<GotoDefinitionResponse> {
        let at = &params.text_document_position_params;
        self.analysed(&at.text_document.uri)?;
        let builtin = self.builtin.get_or_insert_with(BuiltinFiles::materialise);
        let analysed = self.analysed.get(&at.text_document.uri)?;
        let found = analysed.definition(at.position, builtin);
        Some(GotoDefinitionResponse::Array(found))
    }

    /// Completion reads the text as it is now, with no need to wait for an analysis.
    fn completion(&self, params: &CompletionParams) -> Option<CompletionResponse> {
        let at = &params.text_document_position;
        let uri = &at.text_document.uri;
        let document = self.documents.get(uri).filter(|d| d.kind == Kind::Rules)?;
        let items = completion::complete(
            rules::path_of(uri),
            &document.text,
            at.position,
            self.documents.unsaved_rules(),
            self.lang,
        );
        Some(CompletionResponse::Array(items))
    }

    fn references(&mut self, params: &ReferenceParams) -> Option<Vec<lsp_types::Location>> {
        let at = &params.text_document_position;
        self.analysed(&at.text_document.uri)?;
        let builtin = self.builtin.get_or_insert_with(BuiltinFiles::materialise);
        let analysed = self.analysed.get(&at.text_document.uri)?;
        let declaration = params.context.include_declaration;
        let mut found = analysed.references(at.position, declaration, builtin);
        // The other files of the rule set, each loaded as it would be opened, name the
        // symbol by where it is declared.
        let Some(origin) = analysed.origin_at(at.position) else {
            return Some(found);
        };
        let unsaved = self.documents.unsaved_rules();
        let lang = self.lang;
        for path in workspace::rule_set(&at.text_document.uri, unsaved.keys().cloned()) {
            let Some(document) = uri::from_path(&path) else {
                continue;
            };
            let other = Analysed {
                document,
                opened: crate::ruleset::load_open(&path, unsaved.clone(), lang),
                fallback: None,
            };
            for location in other.references_of(&origin, declaration, builtin) {
                if !found.contains(&location) {
                    found.push(location);
                }
            }
        }
        Some(found)
    }

    fn analyse_plan(&mut self, uri: &Uri) {
        let Some(document) = self.documents.get(uri) else {
            return;
        };
        let lines = Lines::new(&document.text);
        let published = plan::check_configured(
            &mut self.plan_rules,
            uri,
            self.lang,
            &Places::Text(&lines),
            Waivers::Offered,
            |program, options| plan::check_text(uri, &document.text, program, options),
        );
        self.publish_checked(uri.clone(), published);
    }

    /// A checked plan's diagnostics, and its configuration's when they are not those last
    /// published on it (so a mistake fixed is cleared there).
    fn publish_checked(&mut self, plan: Uri, published: plan::Published) {
        self.publish(plan, published.plan);
        if let Some((config, diagnostics)) = published.config {
            let before = self.config_published.get(&config);
            if before.map_or(!diagnostics.is_empty(), |before| *before != diagnostics) {
                self.publish(config.clone(), diagnostics.clone());
                self.config_published.insert(config, diagnostics);
            }
        }
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>) {
        let params = PublishDiagnosticsParams::new(uri, diagnostics, None);
        self.send(Notification::new(
            PublishDiagnostics::METHOD.to_string(),
            params,
        ));
    }

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            Formatting::METHOD => parse(request)
                .map(|p: DocumentFormattingParams| to_json(self.formatting(&p.text_document.uri))),
            DocumentSymbolRequest::METHOD => parse(request)
                .map(|p: DocumentSymbolParams| to_json(self.symbols(&p.text_document.uri))),
            CodeActionRequest::METHOD => {
                parse(request).map(|p: CodeActionParams| to_json(self.code_actions(&p)))
            }
            HoverRequest::METHOD => parse(request).map(|p: HoverParams| {
                let (at, lang) = (p.text_document_position_params, self.lang);
                let analysed = self.analysed(&at.text_document.uri);
                to_json(analysed.and_then(|a| a.hover(at.position, lang)))
            }),
            GotoDefinition::METHOD => {
                parse(request).map(|p: GotoDefinitionParams| to_json(self.definition(&p)))
            }
            References::METHOD => {
                parse(request).map(|p: ReferenceParams| to_json(self.references(&p)))
            }
            SemanticTokensFullRequest::METHOD => parse(request).map(|p: SemanticTokensParams| {
                let analysed = self.analysed(&p.text_document.uri);
                let tokens = analysed.and_then(|a| semantic_tokens::tokens(a, None));
                to_json(tokens.map(SemanticTokensResult::Tokens))
            }),
            SemanticTokensRangeRequest::METHOD => {
                parse(request).map(|p: SemanticTokensRangeParams| {
                    let analysed = self.analysed(&p.text_document.uri);
                    let tokens = analysed.and_then(|a| semantic_tokens::tokens(a, Some(p.range)));
                    to_json(tokens.map(SemanticTokensRangeResult::Tokens))
                })
            }
            Completion::METHOD => {
                parse(request).map(|p: CompletionParams| to_json(self.completion(&p)))
            }
            method => Err(Response::new_err(
                id.clone(),
                ErrorCode::MethodNotFound as i32,
                format!("staffcheck does not answer `{method}`"),
            )),
        };
        let response = match result {
            Ok(value) => Response::new_ok(id, value),
            Err(error) => Response { id, ..error },
        };
        self.send(response);
    }

    /// The whole document in canonical layout; nothing when it does not parse (its
    /// diagnostics say why).
    fn formatting(&self, uri: &Uri) -> Option<Vec<TextEdit>> {
        let document = self.documents.get(uri).filter(|d| d.kind == Kind::Rules)?;
        let source = crate::source::SourceFile::new(uri.as_str(), document.text.clone());
        let formatted = crate::format::format_checked(&source, self.lang).ok()?;
        if formatted == document.text {
            return Some(Vec::new());
        }
        let lines = Lines::new(&document.text);
        Some(vec![TextEdit::new(lines.whole(), formatted)])
    }

    fn symbols(&self, uri: &Uri) -> Option<DocumentSymbolResponse> {
        let document = self.documents.get(uri).filter(|d| d.kind == Kind::Rules)?;
        let source = crate::source::SourceFile::new(uri.as_str(), document.text.clone());
        let file = crate::syntax::parse(&source, self.lang).ok()?;
        Some(DocumentSymbolResponse::Nested(symbols::document_symbols(
            &file, self.lang,
        )))
    }

    /// A rule file's suggested names in place of the one written (the diagnostic's
    /// `replacements`, carried in its `data`); a plan finding's waiver. Titled in the
    /// server's language.
    fn code_actions(&self, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let lang = self.lang;
        let uri = &params.text_document.uri;
        let Some(document) = self.documents.get(uri) else {
            return Vec::new();
        };
        let mut actions = Vec::new();
        for found in &params.context.diagnostics {
            let Some(data) = &found.data else { continue };
            let edit = |title: String, edit: TextEdit, preferred| {
                CodeActionOrCommand::CodeAction(CodeAction {
                    title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![found.clone()]),
                    edit: Some(WorkspaceEdit::new(HashMap::from([(
                        uri.clone(),
                        vec![edit],
                    )]))),
                    is_preferred: Some(preferred),
                    ..CodeAction::default()
                })
            };
            if let Some(names) = data.get("replace").and_then(|r| r.as_array()) {
                for (i, name) in names.iter().filter_map(|n| n.as_str()).enumerate() {
                    let text_edit = TextEdit::new(found.range, name.to_string());
                    let title =
                        crate::i18n::t_args(lang, "lsp-change-to", &[("name", name.into())]);
                    actions.push(edit(title, text_edit, i == 0));
                }
            }
            if let Some(Ok(finding)) = data
                .get("waive")
                .map(|w| serde_json::from_value::<waiver_action::Waivable>(w.clone()))
            {
                let text_edit = waiver_action::add_waiver(&document.text, &finding);
                let args = [
                    ("rule", finding.rule.as_str().into()),
                    ("record", finding.record.as_str().into()),
                ];
                let title = crate::i18n::t_args(lang, "lsp-waive", &args);
                actions.push(edit(title, text_edit, false));
            }
        }
        actions
    }
}

fn parse<P: serde::de::DeserializeOwned>(request: Request) -> Result<P, Response> {
    let id = request.id.clone();
    serde_json::from_value(request.params).map_err(|error| {
        Response::new_err(
            id,
            ErrorCode::InvalidParams as i32,
            format!("invalid parameters: {error}"),
        )
    })
}

fn to_json(value: impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}
