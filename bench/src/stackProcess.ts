/**
 * `npm start` as a child process on free ports in its own data directory, with the whole process tree's memory
 * sampled every second (anvil, PostgreSQL, graph-node, vite).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { freePort } from '@modelmint/stack/processes';
import { treeRss } from './processMemory';

const stackRoot = resolve(import.meta.dirname, '..', '..', 'stack');

export interface StackPorts {
  [name: string]: number;
}

export async function freeStackPorts(): Promise<StackPorts> {
  const names = [
    'POSTGRES_PORT',
    'IPFS_PORT',
    'ANVIL_PORT',
    'GRAPHQL_PORT',
    'GRAPH_ADMIN_PORT',
    'GRAPH_INDEX_PORT',
    'GRAPH_METRICS_PORT',
    'DASHBOARD_PORT',
  ];
  const ports: StackPorts = {};
  for (const name of names) ports[name] = await freePort();
  return ports;
}

export interface RunningStack {
  child: ChildProcess;
  output(): string;
  readyAfterMs: Promise<number>;
  peakRss(): number;
  stop(): Promise<void>;
}

const running = new Set<RunningStack>();

/** Stops every stack still running (after a failed measurement, so nothing outlives the benchmark). */
export async function stopAllStacks(): Promise<void> {
  await Promise.all([...running].map((stack) => stack.stop()));
}

export function npmStart(args: string[], ports: StackPorts, env: NodeJS.ProcessEnv = {}): RunningStack {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/start.ts', ...args], {
    cwd: stackRoot,
    env: { ...process.env, ...env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 1_000);
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const readyAfterMs = new Promise<number>((done, fail) => {
    const check = setInterval(() => {
      if (output.includes('ready in')) {
        clearInterval(check);
        done(Date.now() - started);
      } else if (child.exitCode !== null) {
        clearInterval(check);
        fail(new Error(`npm start exited (${child.exitCode}) before it was ready:\n${output.slice(-2_000)}`));
      }
    }, 200);
  });
  const stack: RunningStack = {
    child,
    output: () => output,
    readyAfterMs,
    peakRss: () => peak,
    async stop() {
      clearInterval(sampler);
      running.delete(stack);
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
  running.add(stack);
  return stack;
}
