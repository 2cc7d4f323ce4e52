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
import { rollExpiries } from './activeLicenses';

// Day series for charts, one pair of functions per series. The entity a series hangs off (the protocol, a token, a
// model, a model's revenue in a token, a royalty balance) keeps the figures of its open day, the day of its latest
// point (`snapshotDay`), beside its running totals. A handler opens the day before it adds to them (a new day starts
// from zero), then writes the day: the point is rebuilt from the entity and saved, never loaded. Every load, even
// one graph-node's cache answers, is a host call that copies the whole entity into WASM, and the day points were a
// third of all loads.

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

/** Brings the protocol and `model` to `timestamp`'s day before a handler changes them: the licences that lapsed
 * before it subtracted, and the open day of each started if it is new. */
export function openMarketDay(protocol: Protocol, model: Model, timestamp: BigInt): void {
  rollExpiries(protocol, model, timestamp);
  openProtocolDay(protocol, timestamp);
  openModelDay(model, timestamp);
}

export function openProtocolDay(protocol: Protocol, timestamp: BigInt): void {
  const day = dayOf(timestamp);
  if (protocol.snapshotDay == day) return;
  protocol.snapshotDay = day;
  protocol.dayLicensesSold = 0;
  protocol.dayLicensesSoldByTier = zeroTierCounts();
  protocol.dayUsageUnits = ZERO_BI;
  protocol.dayPayments = 0;
  protocol.dayPayouts = 0;
  protocol.dayModelsRegistered = 0;
}

export function writeProtocolDay(protocol: Protocol): void {
  const day = protocol.snapshotDay;
  const snapshot = new ProtocolDailySnapshot(day.toString());
  snapshot.day = day;
  snapshot.timestamp = dayStart(day);
  snapshot.dailyLicensesSold = protocol.dayLicensesSold;
  snapshot.dailyLicensesSoldByTier = protocol.dayLicensesSoldByTier;
  snapshot.dailyUsageUnits = protocol.dayUsageUnits;
  snapshot.dailyPayments = protocol.dayPayments;
  snapshot.dailyPayouts = protocol.dayPayouts;
  snapshot.dailyModelsRegistered = protocol.dayModelsRegistered;
  snapshot.cumulativeLicensesSold = protocol.licenseCount;
  snapshot.cumulativeUsageUnits = protocol.cumulativeUsageUnits;
  snapshot.activeLicenses = protocol.activeLicenses;
  snapshot.modelCount = protocol.modelCount;
  snapshot.save();
}

export function openProtocolTokenDay(token: Token, timestamp: BigInt): void {
  const day = dayOf(timestamp);
  if (token.snapshotDay == day) return;
  token.snapshotDay = day;
  token.dayRevenue = ZERO_BI;
  token.dayRevenueByTier = zeroTierAmounts();
  token.dayFees = ZERO_BI;
  token.dayWithdrawn = ZERO_BI;
}

export function writeProtocolTokenDay(token: Token): void {
  const day = token.snapshotDay;
  const snapshot = new ProtocolTokenDailySnapshot(compositeId([token.id.toHexString(), day.toString()]));
  snapshot.token = token.id;
  snapshot.day = day;
  snapshot.timestamp = dayStart(day);
  snapshot.dailyRevenue = token.dayRevenue;
  snapshot.dailyRevenueByTier = token.dayRevenueByTier;
  snapshot.dailyFees = token.dayFees;
  snapshot.dailyWithdrawn = token.dayWithdrawn;
  snapshot.cumulativeRevenue = token.cumulativeRevenue;
  snapshot.cumulativeFees = token.cumulativeFees;
  snapshot.save();
}

export function openModelDay(model: Model, timestamp: BigInt): void {
  const day = dayOf(timestamp);
  if (model.snapshotDay == day) return;
  model.snapshotDay = day;
  model.dayLicensesSold = 0;
  model.dayUsageUnits = ZERO_BI;
  model.dayPayments = 0;
  model.dayPayouts = 0;
}

export function writeModelDay(model: Model): void {
  const day = model.snapshotDay;
  const snapshot = new ModelDailySnapshot(compositeId([model.id, day.toString()]));
  snapshot.model = model.id;
  snapshot.day = day;
  snapshot.timestamp = dayStart(day);
  snapshot.dailyLicensesSold = model.dayLicensesSold;
  snapshot.dailyUsageUnits = model.dayUsageUnits;
  snapshot.dailyPayments = model.dayPayments;
  snapshot.dailyPayouts = model.dayPayouts;
  snapshot.cumulativeLicensesSold = model.licensesSold;
  snapshot.cumulativeUsageUnits = model.usageUnits;
  snapshot.activeLicenses = model.activeLicenses;
  snapshot.save();
}

export function openModelTokenDay(revenue: ModelRevenue, timestamp: BigInt): void {
  const day = dayOf(timestamp);
  if (revenue.snapshotDay == day) return;
  revenue.snapshotDay = day;
  revenue.dayGross = ZERO_BI;
  revenue.dayCredited = ZERO_BI;
}

export function writeModelTokenDay(revenue: ModelRevenue): void {
  const day = revenue.snapshotDay;
  const snapshot = new ModelTokenDailySnapshot(compositeId([revenue.model, revenue.token.toHexString(), day.toString()]));
  snapshot.model = revenue.model;
  snapshot.token = revenue.token;
  snapshot.day = day;
  snapshot.timestamp = dayStart(day);
  snapshot.dailyGross = revenue.dayGross;
  snapshot.dailyCredited = revenue.dayCredited;
  snapshot.cumulativeGross = revenue.cumulativeGross;
  snapshot.cumulativeCredited = revenue.cumulativeCredited;
  snapshot.save();
}

/** Adds `amount`, credited to `balance`'s account from model `modelId`, to that account's day of the model, and
 * writes the day; the caller saves the balance, which keeps the open day's credit per model. */
export function creditAccountModelDay(balance: RoyaltyBalance, modelId: string, amount: BigInt, timestamp: BigInt): void {
  const day = dayOf(timestamp);
  let models = balance.snapshotModels;
  let credited = balance.snapshotCredited;
  if (balance.snapshotDay != day) {
    balance.snapshotDay = day;
    models = new Array<string>(0);
    credited = new Array<BigInt>(0);
  }
  let at = models.indexOf(modelId);
  if (at < 0) {
    at = models.length;
    models.push(modelId);
    credited.push(ZERO_BI);
  }
  credited[at] = credited[at].plus(amount);
  balance.snapshotModels = models;
  balance.snapshotCredited = credited;

  const snapshot = new AccountModelDailySnapshot(
    compositeId([balance.account.toHexString(), modelId, balance.token.toHexString(), day.toString()]),
  );
  snapshot.account = balance.account;
  snapshot.model = modelId;
  snapshot.token = balance.token;
  snapshot.day = day;
  snapshot.timestamp = dayStart(day);
  snapshot.dailyCredited = credited[at];
  snapshot.save();
}
