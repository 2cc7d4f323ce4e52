/**
 * Running totals as upserts: each helper adds its deltas to a row, creating the row at zero first. The same totals
 * the subgraph keeps in its getOrCreate getters.
 */
import type { Context } from 'ponder:registry';
import {
  accountModelDay,
  modelDay,
  modelRevenue,
  modelTokenDay,
  protocol,
  protocolDay,
  protocolTokenDay,
  royaltyBalance,
  token,
} from 'ponder:schema';
import type { Hex } from 'viem';

type Db = Context['db'];
type Counters = Record<string, number | bigint>;

const PROTOCOL_ID = 'modelmint';
const SECONDS_PER_DAY = 86_400n;

/** UTC day number of a Unix timestamp. */
export const dayOf = (timestamp: bigint): number => Number(timestamp / SECONDS_PER_DAY);

/** `row` with each counter in `delta` added (numbers to numbers, bigints to bigints). */
function plus<T extends Counters>(row: T, delta: Partial<T>): Partial<T> {
  const next: Partial<T> = {};
  for (const key of Object.keys(delta) as (keyof T)[]) next[key] = ((row[key] as bigint) + (delta[key] as bigint)) as T[keyof T];
  return next;
}

const protocolZero = {
  modelCount: 0,
  licenseCount: 0,
  paymentCount: 0,
  payoutCount: 0,
  cumulativeUsageUnits: 0n,
  vaultCount: 0,
  holderCount: 0,
  proposalCount: 0,
  disputeCount: 0,
};
export const addToProtocol = (db: Db, delta: Partial<typeof protocolZero>) =>
  db
    .insert(protocol)
    .values({ id: PROTOCOL_ID, ...protocolZero, ...delta })
    .onConflictDoUpdate((row) => plus(row, delta));

const tokenZero = {
  cumulativeRevenue: 0n,
  cumulativeFees: 0n,
  cumulativeCredited: 0n,
  cumulativeWithdrawn: 0n,
  marketBalance: 0n,
  paymentCount: 0,
};
export const addToToken = (db: Db, id: Hex, delta: Partial<typeof tokenZero>) =>
  db
    .insert(token)
    .values({ id, ...tokenZero, ...delta })
    .onConflictDoUpdate((row) => plus(row, delta));

const revenueZero = {
  cumulativeGross: 0n,
  cumulativeFees: 0n,
  cumulativeParentCut: 0n,
  cumulativeCredited: 0n,
  cumulativeDerivativeIncome: 0n,
};
export const addToModelRevenue = (db: Db, modelId: bigint, currency: Hex, delta: Partial<typeof revenueZero>) =>
  db
    .insert(modelRevenue)
    .values({ modelId, token: currency, ...revenueZero, ...delta })
    .onConflictDoUpdate((row) => plus(row, delta));

const balanceZero = { earned: 0n, withdrawn: 0n, pending: 0n };
export const addToRoyaltyBalance = (
  db: Db,
  account: Hex,
  currency: Hex,
  delta: Partial<typeof balanceZero>,
  stamp: { lastCreditAt?: bigint; lastWithdrawalAt?: bigint },
) =>
  db
    .insert(royaltyBalance)
    .values({ account, token: currency, ...balanceZero, ...delta, ...stamp })
    .onConflictDoUpdate((row) => ({ ...plus(row, delta), ...stamp }));

const protocolDayZero = { licensesSold: 0, usageUnits: 0n, payments: 0, payouts: 0 };
export const addToProtocolDay = (db: Db, timestamp: bigint, delta: Partial<typeof protocolDayZero>) =>
  db
    .insert(protocolDay)
    .values({ day: dayOf(timestamp), ...protocolDayZero, ...delta })
    .onConflictDoUpdate((row) => plus(row, delta));

export const addToModelDay = (db: Db, modelId: bigint, timestamp: bigint, delta: Partial<typeof protocolDayZero>) =>
  db
    .insert(modelDay)
    .values({ modelId, day: dayOf(timestamp), ...protocolDayZero, ...delta })
    .onConflictDoUpdate((row) => plus(row, delta));

const modelTokenDayZero = { gross: 0n, credited: 0n };
export const addToModelTokenDay = (db: Db, modelId: bigint, currency: Hex, timestamp: bigint, delta: Partial<typeof modelTokenDayZero>) =>
  db
    .insert(modelTokenDay)
    .values({ modelId, token: currency, day: dayOf(timestamp), ...modelTokenDayZero, ...delta })
    .onConflictDoUpdate((row) => plus(row, delta));

const protocolTokenDayZero = { revenue: 0n, fees: 0n, withdrawn: 0n };
export const addToProtocolTokenDay = (db: Db, currency: Hex, timestamp: bigint, delta: Partial<typeof protocolTokenDayZero>) =>
  db
    .insert(protocolTokenDay)
    .values({ token: currency, day: dayOf(timestamp), ...protocolTokenDayZero, ...delta })
    .onConflictDoUpdate((row) => plus(row, delta));

export const addToAccountModelDay = (db: Db, account: Hex, modelId: bigint, currency: Hex, timestamp: bigint, credited: bigint) =>
  db
    .insert(accountModelDay)
    .values({ account, modelId, token: currency, day: dayOf(timestamp), credited })
    .onConflictDoUpdate((row) => ({ credited: row.credited + credited }));
