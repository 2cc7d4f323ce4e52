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
import { type IndexerTotals, key, PROTOCOL_FIELDS, tableOf } from './indexerTotals';
import { removeDir } from '../removeDir';

const appRoot = resolve(import.meta.dirname, '..', '..', 'peer', 'ponder');

/** Ponder's CLI, from the package its entry point resolves to (the package exports no package.json). */
function ponderBin(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.resolve('ponder'))), '..', '..');
  return join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.ponder);
}

/** Ponder's /totals: each table's rows, amounts as decimal strings. */
type PonderRow = Record<string, string | number | null>;
type PonderTotals = Record<
  | 'protocol'
  | 'token'
  | 'modelRevenue'
  | 'royaltyBalance'
  | 'license'
  | 'protocolDay'
  | 'protocolTokenDay'
  | 'modelDay'
  | 'modelTokenDay'
  | 'accountModelDay'
  | 'vault'
  | 'holding'
  | 'vaultTokenRevenue'
  | 'holdingRevenue'
  | 'proposal'
  | 'dispute',
  PonderRow[]
>;

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
      PEER_SHARE_VAULT_FACTORY: chain.deployment.ShareVaultFactory.address,
      PEER_MARKET_GOVERNOR: chain.deployment.MarketGovernor.address,
      PEER_DISPUTE_RESOLVER: chain.deployment.DisputeResolver.address,
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

/** Ponder's rows in the subgraph's names (its day series count licensesSold where the subgraph's say dailyLicensesSold). */
function normalise(t: PonderTotals): IndexerTotals {
  const daily = (row: PonderRow) =>
    Object.fromEntries(Object.entries(row).map(([field, value]) => [`daily${field[0]!.toUpperCase()}${field.slice(1)}`, value]));
  const same = (row: PonderRow) => row;
  const protocol = t.protocol[0] ?? {};
  return {
    protocol: Object.fromEntries(PROTOCOL_FIELDS.map((field) => [field, String(protocol[field] ?? 0)])),
    tables: {
      tokens: tableOf('tokens', t.token, (r) => key(r.id!), same),
      modelRevenues: tableOf('modelRevenues', t.modelRevenue, (r) => key(r.modelId!, r.token!), same),
      royaltyBalances: tableOf('royaltyBalances', t.royaltyBalance, (r) => key(r.account!, r.token!), same),
      licenses: tableOf('licenses', t.license, (r) => key(r.id!), same),
      protocolDays: tableOf('protocolDays', t.protocolDay, (r) => key(r.day!), daily),
      protocolTokenDays: tableOf('protocolTokenDays', t.protocolTokenDay, (r) => key(r.token!, r.day!), daily),
      modelDays: tableOf('modelDays', t.modelDay, (r) => key(r.modelId!, r.day!), daily),
      modelTokenDays: tableOf('modelTokenDays', t.modelTokenDay, (r) => key(r.modelId!, r.token!, r.day!), daily),
      accountModelDays: tableOf('accountModelDays', t.accountModelDay, (r) => key(r.account!, r.modelId!, r.token!, r.day!), daily),
      vaults: tableOf('vaults', t.vault, (r) => key(r.id!), same),
      holdings: tableOf('holdings', t.holding, (r) => key(r.vault!, r.account!), same),
      vaultRevenues: tableOf('vaultRevenues', t.vaultTokenRevenue, (r) => key(r.vault!, r.token!), same),
      holdingRevenues: tableOf('holdingRevenues', t.holdingRevenue, (r) => key(r.vault!, r.account!, r.token!), same),
      proposals: tableOf('proposals', t.proposal, (r) => key(r.id!), same),
      disputes: tableOf('disputes', t.dispute, (r) => key(r.id!), same),
    },
  };
}
