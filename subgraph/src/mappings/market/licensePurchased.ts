import { LicensePurchased } from '../../../generated/LicenseMarket/LicenseMarket';
import { License, LicenseOffer } from '../../../generated/schema';
import { LICENSE_TIERS, ZERO_BI } from '../../common/constants';
import { getOrCreateAccount } from '../../entities/account';
import { loadModel } from '../../entities/model';
import { getOrCreateProtocol } from '../../entities/protocol';
import { countLicense } from '../../metrics/activeLicenses';
import { openMarketDay, writeModelDay, writeProtocolDay } from '../../metrics/dailySnapshots';

export function handleLicensePurchased(event: LicensePurchased): void {
  const offer = LicenseOffer.load(event.params.offerId.toString())!;
  const model = loadModel(event.params.modelId);
  const protocol = getOrCreateProtocol();
  openMarketDay(protocol, model, event.block.timestamp);

  const license = new License(event.params.licenseId.toString());
  license.tokenId = event.params.licenseId;
  license.offer = offer.id;
  license.model = model.id;
  license.tier = offer.tier;
  license.currency = offer.currency;
  license.holder = getOrCreateAccount(event.params.holder).id;
  license.purchaser = getOrCreateAccount(event.params.payer).id;
  license.pricePaid = offer.price;
  // PaymentSettled, which follows, adds every payment (the purchase included) to totalPaid.
  license.totalPaid = ZERO_BI;
  license.perpetual = event.params.expiresAt.isZero();
  if (!license.perpetual) license.expiresAt = event.params.expiresAt;
  license.renewals = 0;
  license.revoked = false;
  license.usageUnits = ZERO_BI;
  license.purchasedAt = event.block.timestamp;
  license.purchasedAtBlock = event.block.number;
  license.purchaseTransaction = event.transaction.hash;
  license.save();

  offer.sold += 1;
  offer.save();
  model.licensesSold += 1;
  model.dayLicensesSold += 1;
  protocol.licenseCount += 1;
  protocol.dayLicensesSold += 1;
  const byTier = protocol.dayLicensesSoldByTier;
  byTier[LICENSE_TIERS.indexOf(offer.tier)] += 1;
  protocol.dayLicensesSoldByTier = byTier;
  countLicense(protocol, model, license.expiresAt);
  model.save();
  protocol.save();
  writeProtocolDay(protocol);
  writeModelDay(model);
}
