/**
 * The real stack for browser tests (the stack's own test parts: PostgreSQL, IPFS, anvil, graph-node): a small seeded
 * market simulation plus one model with hostile strings and one with the longest strings the registry allows (see
 * longStrings.ts), indexed to the head.
 */
import { keccak256, toBytes } from 'viem';

import { anvilAccount, deployContracts } from '@modelmint/stack/chain';
import { ANVIL_FIXED_FIELDS, MarketClient } from '@modelmint/stack/market';
import { waitForIndexedBlock } from '@modelmint/stack/indexing';
import { genesisTimestampFor, simulateMarket } from '@modelmint/stack/simulator';
import { LocalStack } from '@modelmint/stack/testing';
import { type LongStringModel, registerLongStringModel } from './longStrings';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_URI = 'javascript:alert(1)';

export interface LocalMarket {
  subgraphUrl: string;
  /** graph-node's index-node status endpoint. */
  statusUrl: string;
  hostileModelId: string;
  long: LongStringModel;
  /** Keeps the data and logs when `keep` is set. */
  stop(keep: boolean): Promise<void>;
}

export async function startLocalMarket(scale: { days: number; models: number; accounts: number }): Promise<LocalMarket> {
  const stack = await LocalStack.start('dashboard', {
    accounts: scale.accounts + 4,
    genesisTimestamp: genesisTimestampFor(scale.days),
  });
  try {
    const { anvil, ipfs } = stack;
    const market = new MarketClient(anvil.rpcUrl, await deployContracts(anvil.rpcUrl, 'localhost', 31337), ANVIL_FIXED_FIELDS);
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
    const long = await registerLongStringModel(market, scale.accounts + 2);
    const head = await market.public.getBlockNumber();

    const graphNode = await stack.startIndexer();
    await waitForIndexedBlock(graphNode.subgraphUrl, head, 600_000);
    return {
      subgraphUrl: graphNode.subgraphUrl,
      statusUrl: graphNode.statusUrl,
      hostileModelId: hostileModelId.toString(),
      long,
      stop: (keep) => stack.stop(keep),
    };
  } catch (error) {
    await stack.stop(true);
    throw new Error(`the local market did not start (logs in ${stack.workDir}): ${error instanceof Error ? error.message : String(error)}`);
  }
}
