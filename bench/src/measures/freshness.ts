/**
 * Freshness: from a transaction being mined (its receipt, anvil automining) to its effect being visible through
 * GraphQL (the licence it created answers `license(id)`), over live purchases sent one after another.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import { anvilAccount } from '@modelmint/stack/chain';
import type { MarketClient } from '@modelmint/stack/market';
import { querySubgraph } from '@modelmint/stack/indexing';
import { percentile, round } from '../stats';

export interface Freshness {
  transactions: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export async function measureFreshness(market: MarketClient, subgraphUrl: string, count: number, accounts: number): Promise<Freshness> {
  const { licenseOffers } = await querySubgraph<{ licenseOffers: { id: string }[] }>(
    subgraphUrl,
    `{ licenseOffers(first: 20, where: { active: true, maxSupply: 0, currency: "0x0000000000000000000000000000000000000000", model_: { status: Active } }) { id } }`,
  );
  if (licenseOffers.length === 0) throw new Error('no open ETH offer to buy from: the simulated market is too small');
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const buyer = anvilAccount(1 + (i % accounts));
    const licenseId = await market.purchase(buyer, BigInt(licenseOffers[i % licenseOffers.length]!.id));
    const mined = performance.now();
    for (;;) {
      const { license } = await querySubgraph<{ license: { id: string } | null }>(subgraphUrl, `{ license(id: "${licenseId}") { id } }`);
      if (license) break;
      if (performance.now() - mined > 30_000) throw new Error(`licence ${licenseId} not visible after 30 s`);
      await sleep(10);
    }
    samples.push(performance.now() - mined);
  }
  return {
    transactions: count,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(Math.max(...samples)),
  };
}
