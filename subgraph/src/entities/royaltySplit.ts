import { Bytes, ethereum } from '@graphprotocol/graph-ts';

import { Model, RoyaltySplit } from '../../generated/schema';
import { eventId } from '../common/ids';

/** Records a model's split as set by `event` and makes it the one in force. */
export function recordSplit(model: Model, recipients: Bytes[], bps: i32[], event: ethereum.Event): RoyaltySplit {
  const split = new RoyaltySplit(eventId(event));
  split.model = model.id;
  split.recipients = recipients;
  split.bps = bps;
  split.timestamp = event.block.timestamp;
  split.blockNumber = event.block.number;
  split.transactionHash = event.transaction.hash;
  split.save();
  model.split = split.id;
  return split;
}
