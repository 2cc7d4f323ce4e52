import { DAY_SECONDS } from '@modelmint/subgraph/api';

/** The market `npm start` simulates unless told otherwise; the bench measures the same one. */
export const DEFAULT_MARKET = { days: 90, models: 40, accounts: 200, seed: 2026 } as const;

/** The genesis time of a chain simulated for `days`: its last simulated day ends an hour before now. */
export function genesisTimestampFor(days: number, nowSeconds = Math.floor(Date.now() / 1000)): number {
  return nowSeconds - days * DAY_SECONDS - 3_600;
}
