import { Address } from '@graphprotocol/graph-ts';

import { Protocol } from '../../generated/schema';
import { NO_DAY, PROTOCOL_ID, ZERO_BI } from '../common/constants';

/** The Protocol singleton, created with zeroed totals by whichever contract's event comes first. */
export function getOrCreateProtocol(): Protocol {
  let protocol = Protocol.load(PROTOCOL_ID);
  if (protocol == null) {
    protocol = new Protocol(PROTOCOL_ID);
    protocol.feeBps = 0;
    protocol.treasury = Address.zero();
    protocol.disputeBond = ZERO_BI;
    protocol.modelCount = 0;
    protocol.derivativeCount = 0;
    protocol.creatorCount = 0;
    protocol.holderCount = 0;
    protocol.offerCount = 0;
    protocol.licenseCount = 0;
    protocol.activeLicenses = 0;
    protocol.paymentCount = 0;
    protocol.payoutCount = 0;
    protocol.vaultCount = 0;
    protocol.disputeCount = 0;
    protocol.proposalCount = 0;
    protocol.cumulativeUsageUnits = ZERO_BI;
    protocol.expiriesRolledToDay = 0;
    protocol.snapshotDay = NO_DAY;
    protocol.dayLicensesSold = 0;
    protocol.dayLicensesSoldByTier = [];
    protocol.dayUsageUnits = ZERO_BI;
    protocol.dayPayments = 0;
    protocol.dayPayouts = 0;
    protocol.dayModelsRegistered = 0;
    protocol.save();
  }
  return protocol;
}
