/**
 * The market's money as an indexer totals it: protocol counts, per-token sums, each model's revenue per token and
 * each account's royalty balance per token. Both indexers' totals take this shape so they can be compared exactly.
 */
export interface IndexerTotals {
  protocol: Record<'modelCount' | 'licenseCount' | 'paymentCount' | 'payoutCount' | 'cumulativeUsageUnits', string>;
  tokens: Map<
    string,
    Record<'cumulativeRevenue' | 'cumulativeFees' | 'cumulativeCredited' | 'cumulativeWithdrawn' | 'marketBalance' | 'paymentCount', string>
  >;
  /** Keyed by `modelId/token`. */
  modelRevenues: Map<
    string,
    Record<'cumulativeGross' | 'cumulativeFees' | 'cumulativeParentCut' | 'cumulativeCredited' | 'cumulativeDerivativeIncome', string>
  >;
  /** Keyed by `account/token`. */
  royaltyBalances: Map<string, Record<'earned' | 'withdrawn' | 'pending', string>>;
}

/** Every value that differs between two indexers' totals (a row only one of them has counts as one difference). */
export function compareTotals(a: IndexerTotals, b: IndexerTotals): { compared: number; differences: string[] } {
  const differences: string[] = [];
  let compared = 0;
  const compareRow = (what: string, x: Record<string, string> | undefined, y: Record<string, string> | undefined) => {
    if (!x || !y) {
      differences.push(`${what}: only in ${x ? 'the first' : 'the second'}`);
      return;
    }
    for (const field of Object.keys(x)) {
      compared += 1;
      if (String(x[field]) !== String(y[field])) differences.push(`${what}.${field}: ${x[field]} vs ${y[field]}`);
    }
  };
  compareRow('protocol', a.protocol, b.protocol);
  for (const name of ['tokens', 'modelRevenues', 'royaltyBalances'] as const) {
    const keys = new Set([...a[name].keys(), ...b[name].keys()]);
    for (const key of keys) compareRow(`${name}[${key}]`, a[name].get(key), b[name].get(key));
  }
  return { compared, differences };
}

/** Ids compared across indexers: lower-case hex, decimal model ids. */
export const key = (...parts: (string | number)[]) => parts.map((part) => String(part).toLowerCase()).join('/');
