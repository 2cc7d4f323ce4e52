import { OfferStatusChanged } from '../../../generated/LicenseMarket/LicenseMarket';
import { LicenseOffer } from '../../../generated/schema';

export function handleOfferStatusChanged(event: OfferStatusChanged): void {
  let offer = LicenseOffer.load(event.params.offerId.toString())!;
  offer.active = event.params.active;
  offer.updatedAt = event.block.timestamp;
  offer.save();
}
