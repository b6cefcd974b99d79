#!/usr/bin/env node
// Checks Cypher statements with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support, the library behind Neo4j's editors; offline).
//
// stdin:  {"schema": {"labels": [...], "relationshipTypes": [...]},
//          "statements": [{"id": "...", "query": "...", "parameters": {"rows": []},
//                          "mode": "full" | "parse"}]}
// stdout: [{"id": "...", "diagnostics": [{"severity": "error"|"warning"|..., "message": "...",
//           "line": 1, "column": 1}]}]   (one entry per statement, in input order)
//
// mode "full" (default) runs lintCypherQuery: syntax, Neo4j's semantic analysis
// (variables, types, clause rules), undeclared $parameters (each statement
// declares only the parameters it is sent with) and labels/types unknown to the
// schema, as Cypher 5 - the language of Neo4j 5. Mode "parse" runs the parser
// only (syntax errors, parameters, labels): ~15x cheaper, for the many statements
// generated from one template whose full analysis is done on representatives.
// Both modes also flag ANY label or relationship type outside the schema,
// including in MERGE/CREATE (which the linter itself allows, since they create).
// Statements are spread over worker threads (one per CPU).
'use strict';
const os = require('os');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function position(d) {
  return { line: d.range.start.line + 1, column: d.range.start.character + 1 };
}

function checkOne(ls, base, st) {
  const schema = {
    labels: base.labels || [],
    relationshipTypes: base.relationshipTypes || [],
    parameters: st.parameters || {},
    defaultLanguage: base.defaultLanguage || 'CYPHER 5',
  };
  const out = [];
  const parsed = ls.parserWrapper.parse(st.query);
  if ((st.mode || 'full') === 'full') {
    for (const d of ls.lintCypherQuery(st.query, schema)) {
      out.push({ severity: SEVERITY[d.severity] || String(d.severity), message: d.message, ...position(d) });
    }
  } else {
    for (const stmt of parsed.statementsParsing) {
      for (const d of stmt.syntaxErrors) {
        out.push({ severity: SEVERITY[d.severity] || 'error', message: d.message, ...position(d) });
      }
      for (const p of stmt.collectedParameters) {
        const name = p.name.replace(/^`|`$/g, '');
        if (schema.parameters[name] === undefined) {
          out.push({ severity: 'error', message: `Parameter $${p.name} is not defined.`,
                     line: p.line, column: p.column + 1 });
        }
      }
    }
  }
  const labels = new Set(schema.labels);
  const types = new Set(schema.relationshipTypes);
  for (const stmt of parsed.statementsParsing) {
    for (const l of stmt.collectedLabelOrRelTypes) {
      const name = l.labelText.replace(/^`|`$/g, '');
      const known = l.labelType === 'Label' ? labels.has(name)
        : l.labelType === 'Relationship type' ? types.has(name)
        : labels.has(name) || types.has(name);
      if (!known) {
        out.push({ severity: 'error', message: `${l.labelType} ${name} is not in the paperkg schema`,
                   line: l.line, column: l.column + 1 });
      }
    }
  }
  return { id: st.id, diagnostics: out };
}

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

function runWorker(schema, statements) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { schema, statements } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`worker exited with ${code}`)); });
  });
}

async function main() {
  const input = JSON.parse(await readStdin());
  const statements = input.statements.map((st, index) => ({ ...st, index }));
  const n = Math.max(1, Math.min(os.cpus().length, Math.ceil(statements.length / 20)));
  const shares = Array.from({ length: n }, () => []);
  // deal full (expensive) and parse (cheap) statements round-robin so the shares cost alike
  statements.forEach((st, i) => shares[i % n].push(st));
  const parts = await Promise.all(shares.map((share) => runWorker(input.schema || {}, share)));
  const results = parts.flat().sort((a, b) => a.index - b.index).map(({ id, diagnostics }) => ({ id, diagnostics }));
  process.stdout.write(JSON.stringify(results));
}

if (isMainThread) {
  main().catch((err) => {
    process.stderr.write(`cypher check failed: ${err && err.stack ? err.stack : err}\n`);
    process.exit(2);
  });
} else {
  const ls = require('@neo4j-cypher/language-support');
  const { schema, statements } = workerData;
  parentPort.postMessage(statements.map((st) => ({ index: st.index, ...checkOne(ls, schema, st) })));
}
