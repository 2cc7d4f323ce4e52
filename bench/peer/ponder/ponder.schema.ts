/**
 * What the subgraph keeps for the dashboard, as Ponder tables: the same names and sums as the subgraph's Protocol,
 * Token, ModelRevenue, RoyaltyBalance, Payment, RoyaltyPayout, License, the day series, the share vaults with their
 * holdings and revenue, governance proposals and disputes.
 */
import { onchainTable, primaryKey } from 'ponder';

export const protocol = onchainTable('protocol', (t) => ({
  id: t.text().primaryKey(),
  modelCount: t.integer().notNull(),
  licenseCount: t.integer().notNull(),
  paymentCount: t.integer().notNull(),
  payoutCount: t.integer().notNull(),
  cumulativeUsageUnits: t.bigint().notNull(),
  vaultCount: t.integer().notNull(),
  holderCount: t.integer().notNull(),
  proposalCount: t.integer().notNull(),
  disputeCount: t.integer().notNull(),
}));

/** Vaults an account holds shares in now (the protocol counts holders of at least one). */
export const account = onchainTable('account', (t) => ({
  id: t.hex().primaryKey(),
  vaultsHeld: t.integer().notNull(),
}));

export const token = onchainTable('token', (t) => ({
  id: t.hex().primaryKey(),
  cumulativeRevenue: t.bigint().notNull(),
  cumulativeFees: t.bigint().notNull(),
  cumulativeCredited: t.bigint().notNull(),
  cumulativeWithdrawn: t.bigint().notNull(),
  marketBalance: t.bigint().notNull(),
  paymentCount: t.integer().notNull(),
}));

export const model = onchainTable('model', (t) => ({
  id: t.bigint().primaryKey(),
  creator: t.hex().notNull(),
  parentId: t.bigint().notNull(),
  name: t.text().notNull(),
  category: t.text().notNull(),
  royaltyBps: t.integer().notNull(),
  licensesSold: t.integer().notNull(),
  paymentCount: t.integer().notNull(),
  payoutCount: t.integer().notNull(),
  usageUnits: t.bigint().notNull(),
}));

export const modelRevenue = onchainTable(
  'model_revenue',
  (t) => ({
    modelId: t.bigint().notNull(),
    token: t.hex().notNull(),
    cumulativeGross: t.bigint().notNull(),
    cumulativeFees: t.bigint().notNull(),
    cumulativeParentCut: t.bigint().notNull(),
    cumulativeCredited: t.bigint().notNull(),
    cumulativeDerivativeIncome: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.modelId, table.token] }) }),
);

export const license = onchainTable('license', (t) => ({
  id: t.bigint().primaryKey(),
  modelId: t.bigint().notNull(),
  offerId: t.bigint().notNull(),
  holder: t.hex().notNull(),
  purchaser: t.hex().notNull(),
  expiresAt: t.bigint(),
  renewals: t.integer().notNull(),
  usageUnits: t.bigint().notNull(),
  totalPaid: t.bigint().notNull(),
}));

export const payment = onchainTable('payment', (t) => ({
  id: t.bigint().primaryKey(),
  modelId: t.bigint().notNull(),
  licenseId: t.bigint().notNull(),
  kind: t.integer().notNull(),
  payer: t.hex().notNull(),
  token: t.hex().notNull(),
  gross: t.bigint().notNull(),
  fee: t.bigint().notNull(),
  parentCut: t.bigint().notNull(),
  payoutTotal: t.bigint().notNull(),
  ancestorPayoutTotal: t.bigint().notNull(),
  payoutCount: t.integer().notNull(),
  reconciled: t.boolean().notNull(),
  timestamp: t.bigint().notNull(),
  blockNumber: t.bigint().notNull(),
  transactionHash: t.hex().notNull(),
}));

export const royaltyPayout = onchainTable('royalty_payout', (t) => ({
  id: t.text().primaryKey(),
  paymentId: t.bigint().notNull(),
  modelId: t.bigint().notNull(),
  paidModelId: t.bigint().notNull(),
  recipient: t.hex().notNull(),
  token: t.hex().notNull(),
  amount: t.bigint().notNull(),
  shareBps: t.integer().notNull(),
  timestamp: t.bigint().notNull(),
  blockNumber: t.bigint().notNull(),
  transactionHash: t.hex().notNull(),
}));

export const royaltyBalance = onchainTable(
  'royalty_balance',
  (t) => ({
    account: t.hex().notNull(),
    token: t.hex().notNull(),
    earned: t.bigint().notNull(),
    withdrawn: t.bigint().notNull(),
    pending: t.bigint().notNull(),
    lastCreditAt: t.bigint(),
    lastWithdrawalAt: t.bigint(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.account, table.token] }) }),
);

export const withdrawal = onchainTable('withdrawal', (t) => ({
  id: t.text().primaryKey(),
  account: t.hex().notNull(),
  token: t.hex().notNull(),
  amount: t.bigint().notNull(),
  timestamp: t.bigint().notNull(),
  blockNumber: t.bigint().notNull(),
  transactionHash: t.hex().notNull(),
}));

export const protocolDay = onchainTable('protocol_day', (t) => ({
  day: t.integer().primaryKey(),
  licensesSold: t.integer().notNull(),
  usageUnits: t.bigint().notNull(),
  payments: t.integer().notNull(),
  payouts: t.integer().notNull(),
}));

export const modelDay = onchainTable(
  'model_day',
  (t) => ({
    modelId: t.bigint().notNull(),
    day: t.integer().notNull(),
    licensesSold: t.integer().notNull(),
    usageUnits: t.bigint().notNull(),
    payments: t.integer().notNull(),
    payouts: t.integer().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.modelId, table.day] }) }),
);

export const modelTokenDay = onchainTable(
  'model_token_day',
  (t) => ({
    modelId: t.bigint().notNull(),
    token: t.hex().notNull(),
    day: t.integer().notNull(),
    gross: t.bigint().notNull(),
    credited: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.modelId, table.token, table.day] }) }),
);

export const protocolTokenDay = onchainTable(
  'protocol_token_day',
  (t) => ({
    token: t.hex().notNull(),
    day: t.integer().notNull(),
    revenue: t.bigint().notNull(),
    fees: t.bigint().notNull(),
    withdrawn: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.token, table.day] }) }),
);

export const accountModelDay = onchainTable(
  'account_model_day',
  (t) => ({
    account: t.hex().notNull(),
    modelId: t.bigint().notNull(),
    token: t.hex().notNull(),
    day: t.integer().notNull(),
    credited: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.account, table.modelId, table.token, table.day] }) }),
);

export const vault = onchainTable('vault', (t) => ({
  id: t.hex().primaryKey(),
  modelId: t.bigint().notNull(),
  totalSupply: t.bigint().notNull(),
  holderCount: t.integer().notNull(),
  currencies: t.hex().array().notNull(),
  redeemedBy: t.hex(),
}));

export const holding = onchainTable(
  'holding',
  (t) => ({
    vault: t.hex().notNull(),
    account: t.hex().notNull(),
    balance: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.vault, table.account] }) }),
);

export const vaultTokenRevenue = onchainTable(
  'vault_token_revenue',
  (t) => ({
    vault: t.hex().notNull(),
    token: t.hex().notNull(),
    cumulativeRevenue: t.bigint().notNull(),
    cumulativeClaimed: t.bigint().notNull(),
    unclaimed: t.bigint().notNull(),
    revenuePerShare: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.vault, table.token] }) }),
);

export const holdingRevenue = onchainTable(
  'holding_revenue',
  (t) => ({
    vault: t.hex().notNull(),
    account: t.hex().notNull(),
    token: t.hex().notNull(),
    owed: t.bigint().notNull(),
    settledRevenuePerShare: t.bigint().notNull(),
    claimed: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.vault, table.account, table.token] }) }),
);

export const proposal = onchainTable('proposal', (t) => ({
  /** governor-proposalId, as the subgraph's Proposal id. */
  id: t.text().primaryKey(),
  status: t.text().notNull(),
  forVotes: t.bigint().notNull(),
  againstVotes: t.bigint().notNull(),
  abstainVotes: t.bigint().notNull(),
}));

export const dispute = onchainTable('dispute', (t) => ({
  id: t.bigint().primaryKey(),
  status: t.text().notNull(),
}));
