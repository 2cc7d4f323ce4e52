import { BigInt } from '@graphprotocol/graph-ts';

import { ExpiryBucket, License, Model, Protocol } from '../../generated/schema';
import { PROTOCOL_SCOPE } from '../common/constants';
import { compositeId } from '../common/ids';
import { dayOf } from '../common/time';

// activeLicenses is kept per scope (the protocol and each model) without a block handler: each time-limited licence
// sits in the bucket of the day it expires, and a scope subtracts every bucket whose day has ended before it changes
// its count. Cost: one bucket load per day elapsed since the scope last changed, paid once.

function addToBucket(scope: string, day: i32, delta: i32): void {
  const id = compositeId([scope, day.toString()]);
  let bucket = ExpiryBucket.load(id);
  if (bucket == null) {
    bucket = new ExpiryBucket(id);
    bucket.day = day;
    bucket.count = 0;
  }
  bucket.count += delta;
  bucket.save();
}

/** Licences of `scope` that expired on days in [fromDay, toDay). */
function expiredBetween(scope: string, fromDay: i32, toDay: i32): i32 {
  let expired = 0;
  for (let day = fromDay; day < toDay; day++) {
    const bucket = ExpiryBucket.load(compositeId([scope, day.toString()]));
    if (bucket != null) expired += bucket.count;
  }
  return expired;
}

/** Brings the protocol's and the model's activeLicenses up to `timestamp`'s day. */
export function rollExpiries(protocol: Protocol, model: Model, timestamp: BigInt): void {
  const today = dayOf(timestamp);
  if (protocol.expiriesRolledToDay < today) {
    if (protocol.expiriesRolledToDay > 0) {
      protocol.activeLicenses -= expiredBetween(PROTOCOL_SCOPE, protocol.expiriesRolledToDay, today);
    }
    protocol.expiriesRolledToDay = today;
  }
  if (model.expiriesRolledToDay < today) {
    model.activeLicenses -= expiredBetween(model.id, model.expiriesRolledToDay, today);
    model.expiriesRolledToDay = today;
  }
}

/** Whether a licence is counted as active once both scopes are rolled to `timestamp`'s day. */
export function isCounted(license: License, timestamp: BigInt): bool {
  if (license.revoked) return false;
  if (license.perpetual) return true;
  return dayOf(license.expiresAt!) >= dayOf(timestamp);
}

/** Counts a licence that starts (or restarts) being active, expiring at `expiresAt` (null when perpetual). */
export function countLicense(protocol: Protocol, model: Model, expiresAt: BigInt | null): void {
  protocol.activeLicenses += 1;
  model.activeLicenses += 1;
  if (expiresAt !== null) {
    const day = dayOf(expiresAt);
    addToBucket(PROTOCOL_SCOPE, day, 1);
    addToBucket(model.id, day, 1);
  }
}

/** Stops counting a licence that is counted now (revoked, or renewed to a new expiry). */
export function uncountLicense(protocol: Protocol, model: Model, expiresAt: BigInt | null): void {
  protocol.activeLicenses -= 1;
  model.activeLicenses -= 1;
  if (expiresAt !== null) {
    const day = dayOf(expiresAt);
    addToBucket(PROTOCOL_SCOPE, day, -1);
    addToBucket(model.id, day, -1);
  }
}
