import { OfferUpdated } from '../../../generated/LicenseMarket/LicenseMarket';
import { LicenseOffer } from '../../../generated/schema';
import { LICENSE_TIERS } from '../../common/constants';
import { getOrCreateToken } from '../../entities/token';

export function handleOfferUpdated(event: OfferUpdated): void {
  let offer = LicenseOffer.load(event.params.offerId.toString())!;
  offer.tier = LICENSE_TIERS[event.params.tier];
  offer.currency = getOrCreateToken(event.params.currency).id;
  offer.price = event.params.price;
  offer.unitPrice = event.params.unitPrice;
  offer.duration = event.params.duration;
  offer.maxSupply = event.params.maxSupply.toI32();
  offer.transferable = event.params.transferable;
  offer.derivativesAllowed = event.params.derivativesAllowed;
  offer.updatedAt = event.block.timestamp;
  offer.save();
}
