#!/usr/bin/env node
// forge cannot download native solc on machines without internet access, so it is pointed at
// this script instead: it speaks the two parts of solc's command line that forge uses
// (`--version` and `--standard-json` on stdin) and compiles with the npm `solc` package.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const solc = require('solc');

const args = process.argv.slice(2);

if (args.includes('--version')) {
  // forge parses the second line exactly as native solc prints it.
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
  process.exit(0);
}

const basePath = flagValue('--base-path') ?? process.cwd();
const includePaths = flagValues('--include-path');

function flagValue(flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

function flagValues(flag) {
  return args.flatMap((arg, i) => (arg === flag ? [args[i + 1]] : []));
}

// forge sends every source's content; this only answers imports it did not inline.
function findImport(importPath) {
  for (const root of [basePath, ...includePaths]) {
    const candidate = path.resolve(root, importPath);
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, 'utf8') };
  }
  return { error: `solc.cjs: ${importPath} not found under ${[basePath, ...includePaths].join(', ')}` };
}

const input = fs.readFileSync(0, 'utf8');
process.stdout.write(solc.compile(input, { import: findImport }));
