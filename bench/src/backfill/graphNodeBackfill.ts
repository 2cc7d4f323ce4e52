/**
 * graph-node backfilling the chain from block 0, as npm start runs it (gnd, a PostgreSQL of its own), timed from
 * launch until the deployment has indexed the head: the subgraph in build/, or the floor (floorBuild.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { freePort, startGraphNode, startPostgres } from '@modelmint/stack/processes';
import { fetchAll, metricValue, querySubgraph, waitForIndexedBlock } from '@modelmint/stack/indexing';
import { treeCpuSeconds } from '../processCpu';
import { sampleRssPeak } from '../processMemory';
import { round } from '../stats';
import type { BackfillChain } from './backfillChain';
import { type IndexerTotals, key, PROTOCOL_FIELDS, TABLES, type TableName, tableOf } from './indexerTotals';
import { removeDir } from '../removeDir';
import { describeStoreReads, type StoreReads, storeReads } from './storeReads';
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
  /** The subgraph's loads and the database reads they caused (absent for the floor). */
  storeReads?: StoreReads;
}

/** One line of a run's figures, as the bench logs them. */
export function describeRun(run: BackfillRun): string {
  const cpu = run.cpuSeconds;
  return (
    `${round(run.seconds)} s, ${run.handled} events handled, peak ${run.peakRssMiB} MiB, CPU ${round(cpu.indexer)} s` +
    (cpu.database === undefined ? '' : ` + PostgreSQL ${round(cpu.database)} s`) +
    (run.databaseBytes === undefined ? '' : `, database ${round(run.databaseBytes / 1024 ** 2)} MiB`) +
    (run.storeReads ? `; ${describeStoreReads(run.storeReads)}` : '')
  );
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
      const run: BackfillRun = {
        seconds,
        peakRssMiB,
        handled: metricValue(metrics, 'deployment_block_trigger_count_sum', { deployment: graphNode.deployment }),
        cpuSeconds,
        // Before the totals' GraphQL queries, whose index scans are not the handlers'.
        storeReads: build.totals ? storeReads(metrics, graphNode.deployment, await postgres.tableActivity('graph')) : undefined,
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

type Row = { id: string } & Record<string, unknown>;
type Ref = { id: string };

/** The subgraph's totals at `block`, every table paged through by id. */
async function subgraphTotals(url: string, block: bigint): Promise<IndexerTotals> {
  const { protocol } = await querySubgraph<{ protocol: Record<string, unknown> }>(
    url,
    `{ protocol(id: "${PROTOCOL_ID}") { ${PROTOCOL_FIELDS.join(' ')} } }`,
  );
  const rows = <T extends Row>(collection: string, fields: string, idType: 'String' | 'Bytes' = 'String') =>
    fetchAll<T>(url, collection, fields, block, idType);
  const day = <T extends Row>(collection: string, owner: string, name: TableName) =>
    rows<T & { day: number }>(collection, `day ${owner} ${TABLES[name].join(' ')}`);
  const [tokens, modelRevenues, royaltyBalances, licenses, protocolDays, protocolTokenDays, modelDays, modelTokenDays] = await Promise.all([
    rows('tokens', TABLES.tokens.join(' '), 'Bytes'),
    rows<Row & { model: Ref; token: Ref }>('modelRevenues', `model { id } token { id } ${TABLES.modelRevenues.join(' ')}`),
    rows<Row & { account: Ref; token: Ref }>('royaltyBalances', `account { id } token { id } ${TABLES.royaltyBalances.join(' ')}`, 'Bytes'),
    rows('licenses', TABLES.licenses.join(' ')),
    day('protocolDailySnapshots', '', 'protocolDays'),
    day<Row & { token: Ref }>('protocolTokenDailySnapshots', 'token { id }', 'protocolTokenDays'),
    day<Row & { model: Ref }>('modelDailySnapshots', 'model { id }', 'modelDays'),
    day<Row & { model: Ref; token: Ref }>('modelTokenDailySnapshots', 'model { id } token { id }', 'modelTokenDays'),
  ]);
  const [accountModelDays, vaults, holdings, vaultRevenues, holdingRevenues, proposals, disputes] = await Promise.all([
    day<Row & { account: Ref; model: Ref; token: Ref }>(
      'accountModelDailySnapshots',
      'account { id } model { id } token { id }',
      'accountModelDays',
    ),
    rows('shareVaults', TABLES.vaults.join(' '), 'Bytes'),
    rows<Row & { vault: Ref; account: Ref }>('fractionalHoldings', `vault { id } account { id } ${TABLES.holdings.join(' ')}`, 'Bytes'),
    rows<Row & { vault: Ref; token: Ref }>('vaultTokenRevenues', `vault { id } token { id } ${TABLES.vaultRevenues.join(' ')}`, 'Bytes'),
    rows<Row & { holding: { vault: Ref; account: Ref }; token: Ref }>(
      'holdingRevenues',
      `holding { vault { id } account { id } } token { id } ${TABLES.holdingRevenues.join(' ')}`,
      'Bytes',
    ),
    rows('proposals', TABLES.proposals.join(' ')),
    rows('disputes', TABLES.disputes.join(' ')),
  ]);
  const same = (row: Row) => row;
  return {
    protocol: Object.fromEntries(PROTOCOL_FIELDS.map((field) => [field, String(protocol[field])])),
    tables: {
      tokens: tableOf('tokens', tokens, (r) => key(r.id), same),
      modelRevenues: tableOf('modelRevenues', modelRevenues, (r) => key(r.model.id, r.token.id), same),
      royaltyBalances: tableOf('royaltyBalances', royaltyBalances, (r) => key(r.account.id, r.token.id), same),
      licenses: tableOf('licenses', licenses, (r) => key(r.id), same),
      protocolDays: tableOf('protocolDays', protocolDays, (r) => key(r.day), same),
      protocolTokenDays: tableOf('protocolTokenDays', protocolTokenDays, (r) => key(r.token.id, r.day), same),
      modelDays: tableOf('modelDays', modelDays, (r) => key(r.model.id, r.day), same),
      modelTokenDays: tableOf('modelTokenDays', modelTokenDays, (r) => key(r.model.id, r.token.id, r.day), same),
      accountModelDays: tableOf('accountModelDays', accountModelDays, (r) => key(r.account.id, r.model.id, r.token.id, r.day), same),
      vaults: tableOf('vaults', vaults, (r) => key(r.id), same),
      holdings: tableOf('holdings', holdings, (r) => key(r.vault.id, r.account.id), same),
      vaultRevenues: tableOf('vaultRevenues', vaultRevenues, (r) => key(r.vault.id, r.token.id), same),
      holdingRevenues: tableOf('holdingRevenues', holdingRevenues, (r) => key(r.holding.vault.id, r.holding.account.id, r.token.id), same),
      proposals: tableOf('proposals', proposals, (r) => key(r.id), same),
      disputes: tableOf('disputes', disputes, (r) => key(r.id), same),
    },
  };
}
