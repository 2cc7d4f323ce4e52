/**
 * After the backfill the market keeps trading: every few seconds a few buyers license random offers, so the
 * dashboard and the index have something live to show.
 */
import { anvilAccount } from '../chain/accounts';
import type { MarketClient } from '../market/marketClient';
import { Random } from './random';

const USDC = 1_000_000n;

export function startLiveTrading(market: MarketClient, accounts: number, seed: number): { stop(): Promise<void> } {
  const random = new Random(seed + 1);
  let running = true;
  let current: Promise<void> = Promise.resolve();
  const funded = new Set<number>();

  const trade = async () => {
    const [offers] = await market.counts();
    if (offers === 0n) return;
    for (let i = random.int(1, 3); i > 0; i--) {
      const offerId = BigInt(random.int(1, Number(offers)));
      const offer = await market.offerOf(offerId);
      if (!offer.active || !(await market.isSelling(offer.modelId))) continue;
      const index = random.int(Math.floor(accounts / 2) + 1, accounts);
      const buyer = anvilAccount(index);
      if (!funded.has(index)) {
        await market.fundStablecoin(buyer, 1_000_000n * USDC);
        funded.add(index);
      }
      await market.purchase(buyer, offerId);
    }
  };

  const loop = async () => {
    while (running) {
      current = trade().catch((error: unknown) => console.error(`[modelmint] live trade failed: ${String(error)}`));
      await current;
      await new Promise((resolve) => setTimeout(resolve, random.int(2_000, 5_000)));
    }
  };
  void loop();
  return {
    async stop() {
      running = false;
      await current;
    },
  };
}
