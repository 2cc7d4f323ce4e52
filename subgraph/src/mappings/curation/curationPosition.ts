import { Address, BigInt } from '@graphprotocol/graph-ts';

import { CurationPosition } from '../../../generated/schema';
import { compositeId } from '../../common/ids';
import { getOrCreateAccount } from '../../entities/account';
import { loadModel } from '../../entities/model';

/** Records a curator's new stake on a model and the model's new signal, as the Curation contract reports them. */
export function recordCuration(modelId: BigInt, curator: Address, position: BigInt, modelSignal: BigInt, timestamp: BigInt): void {
  const model = loadModel(modelId);
  const id = compositeId([model.id, curator.toHexString()]);
  let entry = CurationPosition.load(id);
  if (entry == null) {
    entry = new CurationPosition(id);
    entry.model = model.id;
    entry.curator = getOrCreateAccount(curator).id;
  }
  entry.staked = position;
  entry.updatedAt = timestamp;
  entry.save();
  model.curationSignal = modelSignal;
  model.save();
}
