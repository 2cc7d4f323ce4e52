import { BigInt } from '@graphprotocol/graph-ts';

import { SECONDS_PER_DAY } from './constants';

/** UTC day number of a Unix timestamp. */
export function dayOf(timestamp: BigInt): i32 {
  return i32(timestamp.toI64() / SECONDS_PER_DAY);
}

/** Unix time at which a UTC day starts. */
export function dayStart(day: i32): BigInt {
  return BigInt.fromI64(i64(day) * SECONDS_PER_DAY);
}
