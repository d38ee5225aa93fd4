#!/usr/bin/env node
// Lint Cypher files with Neo4j's own language support (@neo4j-cypher/language-support).
//
//   node tools/cypher-lint/lint.js cypher/            # folders are searched for *.cypher
//   node tools/cypher-lint/lint.js cypher/queries/who_hires.cypher --labels Role,Skill
//
// Prints one JSON object per file: {file, declared, diagnostics: [{severity, message, line,
// column}]} (severity 1 = error, 2 = warning; line and column 1-based) as a JSON array.
// Parameters are declared from the file's header lines `//   $name  type  description`, so a
// parameter the header does not declare is still reported as "not defined".
// --labels / --types / --properties pass the known schema (unknown ones become warnings).
// Exit status: 1 when any file has an error, 2 on bad usage, else 0.
'use strict';

const fs = require('fs');
const path = require('path');
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

const SAMPLE = { string: '', integer: 0, float: 0.0, boolean: false, list: [], map: {} };
const PARAM_LINE = /^\/\/\s+\$(\w+)\s+(string|integer|float|boolean|list|map)\b/;

function parseArgs(argv) {
  const files = [];
  const schema = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const key = { '--labels': 'labels', '--types': 'relationshipTypes',
                  '--properties': 'propertyKeys' }[arg];
    if (key) {
      if (i + 1 >= argv.length) usage(`${arg} needs a comma-separated list`);
      schema[key] = argv[++i].split(',').filter(Boolean);
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) usage('no files or folders given');
  return { files, schema };
}

function usage(message) {
  process.stderr.write(`lint.js: ${message}\nusage: node lint.js FILE_OR_DIR... ` +
                       '[--labels A,B] [--types R,S] [--properties p,q]\n');
  process.exit(2);
}

function expand(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs.readdirSync(target).sort()
    .flatMap((name) => {
      const full = path.join(target, name);
      return fs.statSync(full).isDirectory() ? expand(full)
        : name.endsWith('.cypher') ? [full] : [];
    });
}

function declaredParameters(text) {
  const declared = {};
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break; // the header ends at the first code line
    const match = PARAM_LINE.exec(line);
    if (match) declared[match[1]] = SAMPLE[match[2]];
  }
  return declared;
}

function lintFile(file, baseSchema) {
  const text = fs.readFileSync(file, 'utf8');
  const parameters = declaredParameters(text);
  const diagnostics = lintCypherQuery(text, { ...baseSchema, parameters })
    .map((d) => ({
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    }));
  return { file, declared: Object.keys(parameters), diagnostics };
}

function main() {
  const { files, schema } = parseArgs(process.argv.slice(2));
  const results = files.flatMap(expand).map((file) => lintFile(file, schema));
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  const failed = results.some((r) => r.diagnostics.some((d) => d.severity === 1));
  process.exitCode = failed ? 1 : 0;
}

main();
