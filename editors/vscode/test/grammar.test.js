// Tokenises every shipped rule file (rules/*.rules), and the language additions' examples
// (tests/fixtures/language/, drafting/ and overrides/), with the TextMate grammar, as VS Code
// does (vscode-textmate with the Oniguruma engine), and checks it against what the pest
// grammar (grammar/staffcheck.pest) says each piece of text is: comments, strings, numbers
// and dates, the keywords that start declarations and clauses, rule ids. Any character the
// grammar leaves without a scope of its own fails the test too. Run: `npm test`.
"use strict";

const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const ROOT = path.join(__dirname, "..", "..", "..");
const GRAMMAR = path.join(__dirname, "..", "syntaxes", "staffcheck.tmLanguage.json");

// The words of grammar/staffcheck.pest's `declaration` and `rule_clause` rules.
const DECLARATIONS = ["include", "enum", "extend", "collection", "const", "param", "table", "rule",
  "disable", "replace"];
const CLAUSES = ["severity", "source", "url", "checked", "effective", "for", "let", "where",
  "require", "at", "message", "help", "reason"];

async function grammar() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, "utf8"), GRAMMAR),
  });
  return registry.loadGrammar("source.staffcheck");
}

/// Each character's scopes, line by line.
function tokenise(g, text) {
  let stack = vsctm.INITIAL;
  return text.split("\n").map((line) => {
    const result = g.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const scopes = new Array(line.length);
    for (const token of result.tokens) {
      for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) {
        scopes[i] = token.scopes;
      }
    }
    return scopes;
  });
}

/// What the pest grammar says is where, found by reading the text the way it does: each
/// expectation is [line, column, length, scope prefix].
function expectations(text) {
  const expected = [];
  const lines = text.split("\n");
  let inString = false;
  let holeDepth = 0;
  lines.forEach((line, n) => {
    const head = line.match(/^(\s*)([a-z]+)\b/);
    if (head && !inString && (DECLARATIONS.includes(head[2]) || CLAUSES.includes(head[2]))) {
      expected.push([n, head[1].length, head[2].length, "keyword.other"]);
    }
    // `rule ID`, `replace rule ID` (a replacement), `disable ID`.
    const rule = line.match(/^((?:replace\s+)?rule\s+|disable\s+)(\p{L}[\p{L}\p{N}\-_./]*)/u);
    if (rule) {
      expected.push([n, rule[1].length, rule[2].length, "entity.name.function.rule-id"]);
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString && holeDepth === 0) {
        if (c === "\\") i++;
        else if (c === "\"") inString = false;
        else if (c === "{") holeDepth = 1;
        continue;
      }
      if (inString && holeDepth > 0 && c === "}") {
        holeDepth--;
        continue;
      }
      if (c === "\"") {
        if (holeDepth === 0) expected.push([n, i, 1, "string.quoted"]);
        inString = holeDepth === 0;
        if (holeDepth > 0) {
          // A string inside a hole: skip to its end.
          const end = line.indexOf("\"", i + 1);
          i = end < 0 ? line.length : end;
        }
        continue;
      }
      if (c === "/" && line[i + 1] === "/") {
        expected.push([n, i, line.length - i, "comment.line"]);
        break;
      }
      if (/[A-Za-z_]/.test(c)) {
        while (i + 1 < line.length && /[A-Za-z0-9_]/.test(line[i + 1])) i++;
        continue;
      }
      const date = line.slice(i).match(/^\d{4}-\d{2}-\d{2}/);
      if (date) {
        expected.push([n, i, date[0].length, "constant.numeric.date"]);
        i += date[0].length - 1;
        continue;
      }
      const number = line.slice(i).match(/^\d+(\.\d+)?%?/);
      if (number && !/[\p{L}\p{N}\-]/u.test(line[i - 1] || " ")) {
        expected.push([n, i, number[0].length, "constant.numeric"]);
        i += number[0].length - 1;
      }
    }
  });
  return expected;
}

async function main() {
  const g = await grammar();
  const dirs = ["rules", path.join("tests", "fixtures", "language"),
    path.join("tests", "fixtures", "drafting"), path.join("tests", "fixtures", "overrides")];
  const files = dirs.flatMap((dir) =>
    fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith(".rules")).sort()
      .map((f) => path.join(dir, f)));
  const failures = [];
  const counts = {};
  let lineCount = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const scopes = tokenise(g, text);
    const lines = text.split("\n");
    lineCount += lines.length;
    const at = (n, i) => `${file}:${n + 1}:${i + 1}`;
    lines.forEach((line, n) => {
      for (let i = 0; i < line.length; i++) {
        if (/\s/.test(line[i])) continue;
        const s = scopes[n][i] || [];
        if (s.length < 2) failures.push(`${at(n, i)}: \`${line[i]}\` has no scope in ${JSON.stringify(line)}`);
      }
    });
    for (const [n, i, length, scope] of expectations(text)) {
      counts[scope] = (counts[scope] || 0) + 1;
      for (let k = i; k < i + length; k++) {
        const s = scopes[n][k] || [];
        if (!s.some((name) => name.startsWith(scope))) {
          const piece = lines[n].slice(i, i + length);
          failures.push(`${at(n, k)}: \`${piece}\` should be ${scope}, is ${s.join(" ")}`);
          break;
        }
      }
    }
  }
  for (const failure of failures.slice(0, 50)) console.error(failure);
  console.log(`tokenised ${files.length} rule files, ${lineCount} lines; checked ${JSON.stringify(counts)}`);
  if (failures.length > 0) {
    console.error(`${failures.length} failures`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
