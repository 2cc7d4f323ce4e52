import { Bytes } from '@graphprotocol/graph-ts';

import { SplitUpdated } from '../../../generated/LicenseMarket/LicenseMarket';
import { getOrCreateAccount } from '../../entities/account';
import { loadModel } from '../../entities/model';
import { recordSplit } from '../../entities/royaltySplit';

export function handleSplitUpdated(event: SplitUpdated): void {
  const model = loadModel(event.params.modelId);
  const recipients = new Array<Bytes>(event.params.recipients.length);
  for (let i = 0; i < event.params.recipients.length; i++) {
    recipients[i] = getOrCreateAccount(event.params.recipients[i]).id;
  }
  recordSplit(model, recipients, event.params.bps, event);
  model.save();
}
