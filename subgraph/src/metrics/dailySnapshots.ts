import { BigInt } from '@graphprotocol/graph-ts';

import {
  AccountModelDailySnapshot,
  Model,
  ModelDailySnapshot,
  ModelRevenue,
  ModelTokenDailySnapshot,
  Protocol,
  ProtocolDailySnapshot,
  ProtocolTokenDailySnapshot,
  RoyaltyBalance,
  Token,
} from '../../generated/schema';
import { TIER_COUNT, ZERO_BI } from '../common/constants';
import { compositeId } from '../common/ids';
import { dayOf, dayStart } from '../common/time';

// Day series for charts, one getter per series (as Uniswap's intervalUpdates). A getter creates the day with zeroed
// daily* fields and sets its cumulative* fields from the running totals it is given, so handlers update the totals
// first, then get the day and add to its daily* fields.
//
// The entity a series hangs off records the day of its latest point (`snapshotDay`), so a getter makes a new day
// without looking it up: a new id is in none of graph-node's caches, and a load that misses them is a database round
// trip. When it starts a day, the getter saves that entity to keep the record, so it must be given the handler's own
// copy (saved or not), never one a later save of another copy would overwrite.

function zeroTierAmounts(): BigInt[] {
  const amounts = new Array<BigInt>(TIER_COUNT);
  for (let i = 0; i < TIER_COUNT; i++) amounts[i] = ZERO_BI;
  return amounts;
}

function zeroTierCounts(): i32[] {
  const counts = new Array<i32>(TIER_COUNT);
  for (let i = 0; i < TIER_COUNT; i++) counts[i] = 0;
  return counts;
}

export function getOrCreateProtocolDay(protocol: Protocol, timestamp: BigInt): ProtocolDailySnapshot {
  const day = dayOf(timestamp);
  const id = day.toString();
  let snapshot = protocol.snapshotDay == day ? ProtocolDailySnapshot.load(id) : null;
  if (snapshot == null) {
    protocol.snapshotDay = day;
    protocol.save();
    snapshot = new ProtocolDailySnapshot(id);
    snapshot.day = day;
    snapshot.timestamp = dayStart(day);
    snapshot.dailyLicensesSold = 0;
    snapshot.dailyLicensesSoldByTier = zeroTierCounts();
    snapshot.dailyUsageUnits = ZERO_BI;
    snapshot.dailyPayments = 0;
    snapshot.dailyPayouts = 0;
    snapshot.dailyModelsRegistered = 0;
  }
  snapshot.cumulativeLicensesSold = protocol.licenseCount;
  snapshot.cumulativeUsageUnits = protocol.cumulativeUsageUnits;
  snapshot.activeLicenses = protocol.activeLicenses;
  snapshot.modelCount = protocol.modelCount;
  return snapshot;
}

export function getOrCreateProtocolTokenDay(token: Token, timestamp: BigInt): ProtocolTokenDailySnapshot {
  const day = dayOf(timestamp);
  const id = compositeId([token.id.toHexString(), day.toString()]);
  let snapshot = token.snapshotDay == day ? ProtocolTokenDailySnapshot.load(id) : null;
  if (snapshot == null) {
    token.snapshotDay = day;
    token.save();
    snapshot = new ProtocolTokenDailySnapshot(id);
    snapshot.token = token.id;
    snapshot.day = day;
    snapshot.timestamp = dayStart(day);
    snapshot.dailyRevenue = ZERO_BI;
    snapshot.dailyRevenueByTier = zeroTierAmounts();
    snapshot.dailyFees = ZERO_BI;
    snapshot.dailyWithdrawn = ZERO_BI;
  }
  snapshot.cumulativeRevenue = token.cumulativeRevenue;
  snapshot.cumulativeFees = token.cumulativeFees;
  return snapshot;
}

export function getOrCreateModelDay(model: Model, timestamp: BigInt): ModelDailySnapshot {
  const day = dayOf(timestamp);
  const id = compositeId([model.id, day.toString()]);
  let snapshot = model.snapshotDay == day ? ModelDailySnapshot.load(id) : null;
  if (snapshot == null) {
    model.snapshotDay = day;
    model.save();
    snapshot = new ModelDailySnapshot(id);
    snapshot.model = model.id;
    snapshot.day = day;
    snapshot.timestamp = dayStart(day);
    snapshot.dailyLicensesSold = 0;
    snapshot.dailyUsageUnits = ZERO_BI;
    snapshot.dailyPayments = 0;
    snapshot.dailyPayouts = 0;
  }
  snapshot.cumulativeLicensesSold = model.licensesSold;
  snapshot.cumulativeUsageUnits = model.usageUnits;
  snapshot.activeLicenses = model.activeLicenses;
  return snapshot;
}

export function getOrCreateModelTokenDay(revenue: ModelRevenue, timestamp: BigInt): ModelTokenDailySnapshot {
  const day = dayOf(timestamp);
  const id = compositeId([revenue.model, revenue.token.toHexString(), day.toString()]);
  let snapshot = revenue.snapshotDay == day ? ModelTokenDailySnapshot.load(id) : null;
  if (snapshot == null) {
    revenue.snapshotDay = day;
    revenue.save();
    snapshot = new ModelTokenDailySnapshot(id);
    snapshot.model = revenue.model;
    snapshot.token = revenue.token;
    snapshot.day = day;
    snapshot.timestamp = dayStart(day);
    snapshot.dailyGross = ZERO_BI;
    snapshot.dailyCredited = ZERO_BI;
  }
  snapshot.cumulativeGross = revenue.cumulativeGross;
  snapshot.cumulativeCredited = revenue.cumulativeCredited;
  return snapshot;
}

/** The day of `balance`'s account and token from model `modelId`. */
export function getOrCreateAccountModelDay(balance: RoyaltyBalance, modelId: string, timestamp: BigInt): AccountModelDailySnapshot {
  const day = dayOf(timestamp);
  const id = compositeId([balance.account.toHexString(), modelId, balance.token.toHexString(), day.toString()]);
  const models = balance.snapshotDay == day ? balance.snapshotModels : new Array<string>(0);
  let snapshot = models.includes(modelId) ? AccountModelDailySnapshot.load(id) : null;
  if (snapshot == null) {
    models.push(modelId);
    balance.snapshotDay = day;
    balance.snapshotModels = models;
    balance.save();
    snapshot = new AccountModelDailySnapshot(id);
    snapshot.account = balance.account;
    snapshot.model = modelId;
    snapshot.token = balance.token;
    snapshot.day = day;
    snapshot.timestamp = dayStart(day);
    snapshot.dailyCredited = ZERO_BI;
  }
  return snapshot;
}
