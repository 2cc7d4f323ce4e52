import { Bytes, ethereum } from '@graphprotocol/graph-ts';

/** Id of an immutable event record: transaction hash ++ log index (graph-node's recommended Bytes id). */
export function eventId(event: ethereum.Event): Bytes {
  return event.transaction.hash.concatI32(event.logIndex.toI32());
}

/** Joins the parts of a composite string id with '-'. */
export function compositeId(parts: string[]): string {
  return parts.join('-');
}
