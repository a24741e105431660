// Starts `staffcheck lsp` for rule files (`*.rules`) and plans (YAML files; the server
// leaves alone a YAML file that is not a plan), and in a workspace holding workbooks, whose
// plans the server finds and checks itself. Plain JavaScript: nothing to compile.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("staffcheck").get("path") || "staffcheck";
  const server = { command, args: ["lsp"] };
  client = new LanguageClient(
    "staffcheck",
    "staffcheck",
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: "file", language: "staffcheck" },
        { scheme: "untitled", language: "staffcheck" },
        { scheme: "file", language: "yaml" },
      ],
    }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
