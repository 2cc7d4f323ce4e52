/**
 * What an indexer computed, as the bench compares it: the protocol's counts and, per table, every row keyed by its
 * natural key with its figures as decimal strings. Both the subgraph and the Ponder peer are read into this shape
 * (the subgraph's field names) so they can be compared exactly.
 */
export interface IndexerTotals {
  protocol: Record<string, string>;
  /** Table name -> row key -> field -> value. */
  tables: Record<TableName, Map<string, Record<string, string>>>;
}

/** The tables compared, and the fields of each row. */
export const TABLES = {
  tokens: ['cumulativeRevenue', 'cumulativeFees', 'cumulativeCredited', 'cumulativeWithdrawn', 'marketBalance', 'paymentCount'],
  modelRevenues: ['cumulativeGross', 'cumulativeFees', 'cumulativeParentCut', 'cumulativeCredited', 'cumulativeDerivativeIncome'],
  royaltyBalances: ['earned', 'withdrawn', 'pending'],
  licenses: ['expiresAt', 'renewals', 'totalPaid', 'usageUnits'],
  protocolDays: ['dailyLicensesSold', 'dailyUsageUnits', 'dailyPayments', 'dailyPayouts'],
  protocolTokenDays: ['dailyRevenue', 'dailyFees', 'dailyWithdrawn'],
  modelDays: ['dailyLicensesSold', 'dailyUsageUnits', 'dailyPayments', 'dailyPayouts'],
  modelTokenDays: ['dailyGross', 'dailyCredited'],
  accountModelDays: ['dailyCredited'],
  vaults: ['totalSupply', 'holderCount'],
  holdings: ['balance'],
  vaultRevenues: ['cumulativeRevenue', 'cumulativeClaimed', 'unclaimed', 'revenuePerShare'],
  holdingRevenues: ['owed', 'settledRevenuePerShare', 'claimed'],
  proposals: ['status', 'forVotes', 'againstVotes', 'abstainVotes'],
  disputes: ['status'],
} as const;
export type TableName = keyof typeof TABLES;

export const PROTOCOL_FIELDS = [
  'modelCount',
  'licenseCount',
  'paymentCount',
  'payoutCount',
  'cumulativeUsageUnits',
  'vaultCount',
  'holderCount',
  'proposalCount',
  'disputeCount',
] as const;

/** Rows of one table, keyed, with only the compared fields, each as a string (null as ''). */
export function tableOf<T>(name: TableName, rows: T[], keyOf: (row: T) => string, fieldsOf: (row: T) => Record<string, unknown>) {
  return new Map(
    rows.map((row) => {
      const values = fieldsOf(row);
      return [keyOf(row), Object.fromEntries(TABLES[name].map((field) => [field, String(values[field] ?? '')]))] as const;
    }),
  );
}

/**
 * Every value that differs between two indexers' totals. A row only one of them has is compared with zeros: a day
 * series may hold a row of zeros where the other indexer wrote none.
 */
export function compareTotals(a: IndexerTotals, b: IndexerTotals): { compared: number; differences: string[] } {
  const differences: string[] = [];
  let compared = 0;
  for (const field of PROTOCOL_FIELDS) {
    compared += 1;
    if (a.protocol[field] !== b.protocol[field]) differences.push(`protocol.${field}: ${a.protocol[field]} vs ${b.protocol[field]}`);
  }
  for (const name of Object.keys(TABLES) as TableName[]) {
    const zero = Object.fromEntries(TABLES[name].map((field) => [field, '0']));
    for (const rowKey of new Set([...a.tables[name].keys(), ...b.tables[name].keys()])) {
      const x = a.tables[name].get(rowKey) ?? zero;
      const y = b.tables[name].get(rowKey) ?? zero;
      for (const field of TABLES[name]) {
        compared += 1;
        if (x[field] !== y[field]) differences.push(`${name}[${rowKey}].${field}: ${x[field]} vs ${y[field]}`);
      }
    }
  }
  return { compared, differences };
}

/** Ids compared across indexers: lower-case hex, decimal model ids. */
export const key = (...parts: (string | number | bigint)[]) => parts.map((part) => String(part).toLowerCase()).join('/');
