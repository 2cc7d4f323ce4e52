/**
 * The peer: Ponder (bench/peer/ponder, PGlite) backfilling the same chain from block 0, timed from launch until its
 * /status shows the head, then asked for its totals.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { freePort, startChild } from '@modelmint/stack/processes';
import { treeCpuSeconds } from '../processCpu';
import { sampleRssPeak } from '../processMemory';
import type { BackfillChain } from './backfillChain';
import type { BackfillRun } from './graphNodeBackfill';
import { type IndexerTotals, key } from './indexerTotals';
import { removeDir } from '../removeDir';

const appRoot = resolve(import.meta.dirname, '..', '..', 'peer', 'ponder');

/** Ponder's CLI, from the package its entry point resolves to (the package exports no package.json). */
function ponderBin(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.resolve('ponder'))), '..', '..');
  return join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.ponder);
}

interface PonderTotals {
  protocol: IndexerTotals['protocol'] & { id: string };
  tokens: ({ id: string } & Record<string, string>)[];
  modelRevenues: ({ modelId: string; token: string } & Record<string, string>)[];
  royaltyBalances: ({ account: string; token: string; lastCreditAt: unknown; lastWithdrawalAt: unknown } & Record<string, string>)[];
}

export async function ponderBackfill(chain: BackfillChain, timeoutMs: number): Promise<BackfillRun> {
  const dir = mkdtempSync(join(tmpdir(), 'modelmint-backfill-ponder-'));
  const port = await freePort();
  const logFile = join(dir, 'ponder.log');
  const started = Date.now();
  const child = startChild(
    'ponder',
    process.execPath,
    [ponderBin(), '--root', appRoot, '--log-format', 'json', 'start', '--port', String(port), '--schema', 'bench'],
    logFile,
    {
      ...process.env,
      PONDER_TELEMETRY_DISABLED: 'true',
      PEER_RPC_URL: chain.rpcUrl,
      PEER_PGLITE_DIR: join(dir, 'pglite'),
      PEER_MODEL_REGISTRY: chain.deployment.ModelRegistry.address,
      PEER_LICENSE_MARKET: chain.deployment.LicenseMarket.address,
    },
  );
  const memory = sampleRssPeak(() => [child.process.pid!]);
  try {
    const deadline = started + timeoutMs;
    // /ready answers 200 once the backfill reached the block Ponder deems final; the blocks after it are indexed by
    // its realtime sync, so the run ends when /status shows the head.
    while ((await indexedBlock(port)) < chain.head) {
      if (child.process.exitCode !== null)
        throw new Error(`Ponder exited (${child.process.exitCode}) before indexing the head: see ${logFile}`);
      if (Date.now() > deadline) throw new Error(`Ponder did not index the head within ${timeoutMs / 1000} s: see ${logFile}`);
      await sleep(200);
    }
    const seconds = (Date.now() - started) / 1000;
    const peakRssMiB = Math.round(memory.peak() / 1024 ** 2);
    // PGlite runs inside Ponder's process: its database time is the indexer's.
    const cpuSeconds = { indexer: treeCpuSeconds(child.process.pid!) };
    const totals = (await (await fetch(`http://127.0.0.1:${port}/totals`)).json()) as PonderTotals;
    return { seconds, peakRssMiB, handled: await eventsIndexed(port), cpuSeconds, totals: normalise(totals) };
  } finally {
    memory.stop();
    await child.stop('SIGINT', 10_000);
    removeDir(dir);
  }
}

/** The block Ponder has indexed on the chain, or -1 while it is not serving. */
async function indexedBlock(port: number): Promise<bigint> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`);
    if (!response.ok) return -1n;
    const status = (await response.json()) as { anvil?: { block?: { number: number } | null } };
    return BigInt(status.anvil?.block?.number ?? -1);
  } catch {
    return -1n;
  }
}

/** Events Ponder's indexing functions completed, from its Prometheus metrics. */
async function eventsIndexed(port: number): Promise<number> {
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  let events = 0;
  for (const line of metrics.split('\n'))
    if (line.startsWith('ponder_indexing_completed_events{')) events += Number(line.split(' ').at(-1));
  return events;
}

function normalise({ protocol, tokens, modelRevenues, royaltyBalances }: PonderTotals): IndexerTotals {
  const { id: _id, ...counts } = protocol;
  return {
    protocol: counts,
    tokens: new Map(tokens.map(({ id, ...sums }) => [key(id), sums as never])),
    modelRevenues: new Map(modelRevenues.map(({ modelId, token, ...sums }) => [key(modelId, token), sums as never])),
    royaltyBalances: new Map(
      royaltyBalances.map(({ account, token, lastCreditAt: _c, lastWithdrawalAt: _w, ...sums }) => [key(account, token), sums as never]),
    ),
  };
}
