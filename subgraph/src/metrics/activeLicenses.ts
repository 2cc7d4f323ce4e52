import { BigInt } from '@graphprotocol/graph-ts';

import { ExpirySchedule, License, Model, Protocol } from '../../generated/schema';
import { PROTOCOL_SCOPE } from '../common/constants';
import { dayOf } from '../common/time';

// activeLicenses is kept per scope (the protocol and each model) without a block handler: each time-limited licence
// is on its scope's schedule under the day it expires, and a scope subtracts the days that have ended before it
// changes its count. One schedule per scope, not one entity per day, so the days on which nothing expires are never
// looked up: such a load finds nothing in graph-node's caches and goes to the database.

function loadSchedule(scope: string): ExpirySchedule {
  let schedule = ExpirySchedule.load(scope);
  if (schedule == null) {
    schedule = new ExpirySchedule(scope);
    schedule.days = [];
    schedule.counts = [];
  }
  return schedule;
}

/** Adds `delta` licences expiring on `day` to `scope`'s schedule; a day whose count falls to 0 leaves it. */
function reschedule(scope: string, day: i32, delta: i32): void {
  const schedule = loadSchedule(scope);
  let days = schedule.days;
  let counts = schedule.counts;
  let at = 0;
  while (at < days.length && days[at] < day) at++;
  if (at < days.length && days[at] == day) {
    counts[at] += delta;
  } else {
    days = days.slice(0, at).concat([day]).concat(days.slice(at));
    counts = counts.slice(0, at).concat([delta]).concat(counts.slice(at));
  }
  if (counts[at] == 0) {
    days = days.slice(0, at).concat(days.slice(at + 1));
    counts = counts.slice(0, at).concat(counts.slice(at + 1));
  }
  schedule.days = days;
  schedule.counts = counts;
  schedule.save();
}

/** Takes the days before `today` off `scope`'s schedule; returns how many licences expired on them. */
function expireBefore(scope: string, today: i32): i32 {
  const schedule = ExpirySchedule.load(scope);
  if (schedule == null) return 0;
  const days = schedule.days;
  const counts = schedule.counts;
  let ended = 0;
  let expired = 0;
  while (ended < days.length && days[ended] < today) {
    expired += counts[ended];
    ended++;
  }
  if (ended > 0) {
    schedule.days = days.slice(ended);
    schedule.counts = counts.slice(ended);
    schedule.save();
  }
  return expired;
}

/** Brings the protocol's and the model's activeLicenses up to `timestamp`'s day. */
export function rollExpiries(protocol: Protocol, model: Model, timestamp: BigInt): void {
  const today = dayOf(timestamp);
  if (protocol.expiriesRolledToDay < today) {
    protocol.activeLicenses -= expireBefore(PROTOCOL_SCOPE, today);
    protocol.expiriesRolledToDay = today;
  }
  if (model.expiriesRolledToDay < today) {
    model.activeLicenses -= expireBefore(model.id, today);
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
    reschedule(PROTOCOL_SCOPE, day, 1);
    reschedule(model.id, day, 1);
  }
}

/** Stops counting a licence that is counted now (revoked, or renewed to a new expiry). */
export function uncountLicense(protocol: Protocol, model: Model, expiresAt: BigInt | null): void {
  protocol.activeLicenses -= 1;
  model.activeLicenses -= 1;
  if (expiresAt !== null) {
    const day = dayOf(expiresAt);
    reschedule(PROTOCOL_SCOPE, day, -1);
    reschedule(model.id, day, -1);
  }
}
