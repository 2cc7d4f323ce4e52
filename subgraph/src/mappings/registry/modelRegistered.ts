import { Bytes } from '@graphprotocol/graph-ts';

import { ModelRegistered } from '../../../generated/ModelRegistry/ModelRegistry';
import { Model } from '../../../generated/schema';
import { NO_DAY, ZERO_BI } from '../../common/constants';
import { dayOf } from '../../common/time';
import { getOrCreateAccount } from '../../entities/account';
import { loadModel } from '../../entities/model';
import { getOrCreateProtocol } from '../../entities/protocol';
import { recordSplit } from '../../entities/royaltySplit';
import { rollExpiries } from '../../metrics/activeLicenses';
import { openProtocolDay, writeProtocolDay } from '../../metrics/dailySnapshots';

const FULL_SHARE_BPS = 10000;

export function handleModelRegistered(event: ModelRegistered): void {
  const protocol = getOrCreateProtocol();
  const creator = getOrCreateAccount(event.params.creator);
  creator.modelsCreated += 1;
  if (creator.modelsCreated == 1) protocol.creatorCount += 1;
  creator.save();

  const model = new Model(event.params.modelId.toString());
  model.tokenId = event.params.modelId;
  model.creator = creator.id;
  model.owner = creator.id;
  model.name = event.params.name;
  model.category = event.params.category;
  model.tags = event.params.tags;
  model.searchText = [event.params.name, event.params.category].concat(event.params.tags).join(' ').toLowerCase();
  // VersionPublished (version 1) follows in the same transaction and sets these.
  model.uri = '';
  model.contentHash = Bytes.empty();
  model.currentVersion = 0;
  model.status = 'Active';
  model.royaltyBps = event.params.royaltyBps;
  model.depth = 0;
  if (!event.params.parentId.isZero()) {
    const parent = loadModel(event.params.parentId);
    model.parent = parent.id;
    model.parentLicense = event.params.parentLicenseId.toString();
    model.depth = parent.depth + 1;
    protocol.derivativeCount += 1;
  }
  model.curationSignal = ZERO_BI;
  model.licensesSold = 0;
  model.activeLicenses = 0;
  model.usageUnits = ZERO_BI;
  model.paymentCount = 0;
  model.payoutCount = 0;
  model.expiriesRolledToDay = dayOf(event.block.timestamp);
  model.snapshotDay = NO_DAY;
  model.dayLicensesSold = 0;
  model.dayUsageUnits = ZERO_BI;
  model.dayPayments = 0;
  model.dayPayouts = 0;
  model.registeredAt = event.block.timestamp;
  model.registeredAtBlock = event.block.number;
  model.registeredTransaction = event.transaction.hash;
  // Until the owner sets a split, the market credits the creator alone.
  recordSplit(model, [changetype<Bytes>(event.params.creator)], [FULL_SHARE_BPS], event);
  // The protocol's day row carries activeLicenses: subtract what lapsed since the market last touched the protocol
  // (the new model is already rolled to today).
  rollExpiries(protocol, model, event.block.timestamp);
  model.save();

  openProtocolDay(protocol, event.block.timestamp);
  protocol.modelCount += 1;
  protocol.dayModelsRegistered += 1;
  protocol.save();
  writeProtocolDay(protocol);
}
