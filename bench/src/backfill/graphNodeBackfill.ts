/**
 * graph-node backfilling the chain from block 0, as npm start runs it (gnd, a PostgreSQL of its own), timed from
 * launch until the deployment has indexed the head: the subgraph in build/, or the floor (floorBuild.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { freePort, startGraphNode, startPostgres } from '@modelmint/stack/processes';
import { fetchAll, querySubgraph, waitForIndexedBlock } from '@modelmint/stack/indexing';
import { treeCpuSeconds } from '../processCpu';
import { sampleRssPeak } from '../processMemory';
import type { BackfillChain } from './backfillChain';
import { type IndexerTotals, key } from './indexerTotals';
import { removeDir } from '../removeDir';
import { PROTOCOL_ID } from '@modelmint/subgraph/api';

export interface BackfillRun {
  seconds: number;
  peakRssMiB: number;
  /** Events the indexer's handlers processed. */
  handled: number;
  /** CPU seconds of the indexer and of its database, where they are separate processes. */
  cpuSeconds: { indexer: number; database?: number };
  /** Absent for the floor, whose handlers store nothing. */
  totals?: IndexerTotals;
  /** The size of the indexer's database once it reached the head. */
  databaseBytes?: number;
}

export interface GraphNodeBuild {
  /** Output of graph build. */
  dir: string;
  /** Whether its entities are the subgraph's, to be totalled. */
  totals: boolean;
  /** graph-node's Prometheus metrics at the head are written here: where its time went. */
  metricsFile: string;
  /** Measures taken on the indexed subgraph before graph-node stops. */
  whileIndexed?: (subgraphUrl: string) => Promise<void>;
}

export async function graphNodeBackfill(chain: BackfillChain, build: GraphNodeBuild, timeoutMs: number): Promise<BackfillRun> {
  const dir = mkdtempSync(join(tmpdir(), 'modelmint-backfill-graph-node-'));
  const postgres = await startPostgres(join(dir, 'postgres'), await freePort());
  try {
    await postgres.createGraphNodeDatabase('graph');
    const postmaster = Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    let graphNodePid = 0;
    const memory = sampleRssPeak(() => [postmaster, ...(graphNodePid ? [graphNodePid] : [])]);
    const started = Date.now();
    const graphNode = await startGraphNode({
      buildDir: build.dir,
      deploymentsDir: join(dir, 'subgraphs'),
      network: 'localhost',
      rpcUrl: chain.rpcUrl,
      ipfsUrl: chain.ipfs.url,
      postgresUrl: postgres.urlOf('graph'),
      ports: { http: await freePort(), admin: await freePort(), indexNode: await freePort(), metrics: await freePort() },
      logFile: join(dir, 'graph-node.log'),
    });
    graphNodePid = graphNode.child.process.pid!;
    try {
      await waitForIndexedBlock(graphNode.subgraphUrl, chain.head, timeoutMs);
      const seconds = (Date.now() - started) / 1000;
      const peakRssMiB = Math.round(memory.peak() / 1024 ** 2);
      const cpuSeconds = { indexer: treeCpuSeconds(graphNodePid), database: treeCpuSeconds(postmaster) };
      const metrics = await (await fetch(graphNode.metricsUrl)).text();
      mkdirSync(dirname(build.metricsFile), { recursive: true });
      writeFileSync(build.metricsFile, metrics);
      const triggers = new RegExp(
        `deployment_block_trigger_count_sum\\{deployment="${graphNode.deployment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^}]*\\} (\\d+)`,
      ).exec(metrics);
      const run: BackfillRun = {
        seconds,
        peakRssMiB,
        handled: Number(triggers?.[1] ?? 0),
        cpuSeconds,
        totals: build.totals ? await subgraphTotals(graphNode.subgraphUrl, chain.head) : undefined,
        databaseBytes: await postgres.databaseBytes('graph'),
      };
      await build.whileIndexed?.(graphNode.subgraphUrl);
      return run;
    } finally {
      memory.stop();
      await graphNode.stop();
    }
  } finally {
    await postgres.stop();
    removeDir(dir);
  }
}

interface Row {
  id: string;
  [field: string]: unknown;
}

async function subgraphTotals(url: string, block: bigint): Promise<IndexerTotals> {
  const { protocol } = await querySubgraph<{ protocol: IndexerTotals['protocol'] }>(
    url,
    `{ protocol(id: "${PROTOCOL_ID}") { modelCount licenseCount paymentCount payoutCount cumulativeUsageUnits } }`,
  );
  const tokens = await fetchAll<Row>(
    url,
    'tokens',
    'cumulativeRevenue cumulativeFees cumulativeCredited cumulativeWithdrawn marketBalance paymentCount',
    block,
    'Bytes',
  );
  const revenues = await fetchAll<Row & { model: { id: string }; token: { id: string } }>(
    url,
    'modelRevenues',
    'model { id } token { id } cumulativeGross cumulativeFees cumulativeParentCut cumulativeCredited cumulativeDerivativeIncome',
    block,
  );
  const balances = await fetchAll<Row & { account: { id: string }; token: { id: string } }>(
    url,
    'royaltyBalances',
    'account { id } token { id } earned withdrawn pending',
    block,
    'Bytes',
  );
  return {
    protocol,
    tokens: new Map(tokens.map(({ id, ...sums }) => [key(id), sums as never])),
    modelRevenues: new Map(revenues.map(({ id: _id, model, token, ...sums }) => [key(model.id, token.id), sums as never])),
    royaltyBalances: new Map(balances.map(({ id: _id, account, token, ...sums }) => [key(account.id, token.id), sums as never])),
  };
}
