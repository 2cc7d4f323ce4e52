import { Address } from '@graphprotocol/graph-ts';

import { Transfer } from '../../../generated/ModelRegistry/ModelRegistry';
import { getOrCreateAccount } from '../../entities/account';
import { loadModel } from '../../entities/model';

/** A model NFT changed hands (sale, fractionalisation into a vault, redemption). Mints are left to
 * ModelRegistered, which follows them in the same transaction. */
export function handleModelTransfer(event: Transfer): void {
  if (event.params.from.equals(Address.zero())) return;
  const model = loadModel(event.params.tokenId);
  model.owner = getOrCreateAccount(event.params.to).id;
  model.save();
}
