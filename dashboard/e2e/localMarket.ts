/**
 * The real stack for browser tests, on free ports in a temporary directory: embedded PostgreSQL, the IPFS endpoint,
 * anvil, the contracts, a small seeded market simulation plus one model with hostile strings, and graph-node
 * indexing it to the head.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { keccak256, toBytes } from 'viem';

import { anvilAccount } from '../../stack/src/chain/accounts';
import { deployContracts } from '../../stack/src/chain/deploy';
import { MarketClient } from '../../stack/src/market/marketClient';
import { startAnvil } from '../../stack/src/processes/anvil';
import { freePort } from '../../stack/src/processes/freePort';
import { startGraphNode } from '../../stack/src/processes/graphNode';
import { startIpfs } from '../../stack/src/processes/ipfs';
import { startPostgres } from '../../stack/src/processes/postgres';
import { waitForIndexedBlock } from '../../stack/src/reconcile/indexingProgress';
import { simulateMarket } from '../../stack/src/simulator/simulate';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_URI = 'javascript:alert(1)';

export interface LocalMarket {
  subgraphUrl: string;
  hostileModelId: string;
  workDir: string;
  stop(keep: boolean): Promise<void>;
}

export async function startLocalMarket(repoRoot: string, scale: { days: number; models: number; accounts: number }): Promise<LocalMarket> {
  const workDir = mkdtempSync(join(tmpdir(), 'modelmint-dashboard-'));
  chmodSync(workDir, 0o755);
  const stops: (() => Promise<void>)[] = [];
  const stop = async (keep: boolean) => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
    if (!keep) rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const postgres = await startPostgres(join(workDir, 'postgres'), await freePort());
    stops.push(() => postgres.stop());
    await postgres.exec(`CREATE DATABASE graph ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
    const ipfs = await startIpfs(join(workDir, 'ipfs'), await freePort());
    stops.push(() => ipfs.stop());
    const anvil = await startAnvil({
      port: await freePort(),
      logFile: join(workDir, 'anvil.log'),
      accounts: scale.accounts + 2,
      genesisTimestamp: Math.floor(Date.now() / 1000) - scale.days * 86_400 - 3_600,
    });
    stops.push(() => anvil.stop());

    const market = new MarketClient(anvil.rpcUrl, await deployContracts(anvil.rpcUrl, 'localhost', 31337), 3_000_000n);
    await simulateMarket(market, ipfs, { ...scale, seed: 7 });
    const hostile = anvilAccount(scale.accounts + 1);
    const hostileModelId = await market.registerModel(hostile, {
      name: HOSTILE_NAME,
      category: 'LLM',
      tags: ['\u202Eevil'],
      uri: HOSTILE_URI,
      contentHash: keccak256(toBytes(HOSTILE_NAME)),
      parentId: 0n,
      parentLicenseId: 0n,
      royaltyBps: 0,
    });
    const head = await market.public.getBlockNumber();

    const graphNode = await startGraphNode({
      buildDir: join(repoRoot, 'build'),
      deploymentsDir: join(workDir, 'subgraphs'),
      network: 'localhost',
      rpcUrl: anvil.rpcUrl,
      ipfsUrl: ipfs.url,
      postgresUrl: postgres.urlOf('graph'),
      ports: { http: await freePort(), admin: await freePort(), indexNode: await freePort(), metrics: await freePort() },
      logFile: join(workDir, 'graph-node.log'),
    });
    stops.push(() => graphNode.stop());
    await waitForIndexedBlock(graphNode.subgraphUrl, head, 600_000);
    return { subgraphUrl: graphNode.subgraphUrl, hostileModelId: hostileModelId.toString(), workDir, stop };
  } catch (error) {
    await stop(true);
    throw new Error(`the local market did not start (logs in ${workDir}): ${error instanceof Error ? error.message : String(error)}`);
  }
}
