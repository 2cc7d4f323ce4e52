// Fails when a workspace reaches into another by relative path, or imports a package it does not declare: workspaces
// meet only at the entry points their package.json `exports` name, and nothing resolves only by npm's hoisting.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'generated', 'out', 'cache', '.cache', 'broadcast', '.ponder', 'test-results']);
// Modules provided by a tool at run time rather than by a package (ponder's virtual modules).
const VIRTUAL = /^ponder:/;
/** What a file imports, read by TypeScript's scanner: import and export declarations, import() and require(), and not
 * the text of strings (code that writes code). */
const specifiers = (file) => ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* sourceFiles(join(dir, entry.name));
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.generated.ts')) {
      yield join(dir, entry.name);
    }
  }
}

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const problems = [];
for (const workspace of workspaces) {
  const dir = join(root, workspace);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const declared = new Set([
    manifest.name,
    ...['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) =>
      Object.keys(manifest[field] ?? {}),
    ),
  ]);
  for (const file of sourceFiles(dir)) {
    for (const specifier of specifiers(file)) {
      const where = relative(root, file);
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        if (target !== dir && !target.startsWith(dir + sep)) {
          problems.push(`${where}: '${specifier}' leaves ${workspace}/: import the other workspace by its package name`);
        }
      } else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier) && !VIRTUAL.test(specifier)) {
        const name = packageName(specifier);
        if (!declared.has(name))
          problems.push(`${where}: '${name}' is not in ${workspace}/package.json: add it (npm install -w ${workspace} ${name})`);
      }
    }
  }
}
if (problems.length > 0) {
  console.error(`${problems.length} import(s) cross a workspace boundary:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`workspace boundaries hold (${workspaces.join(', ')})`);
