import { OfferStatusChanged } from '../../../generated/LicenseMarket/LicenseMarket';
import { LicenseOffer } from '../../../generated/schema';

export function handleOfferStatusChanged(event: OfferStatusChanged): void {
  const offer = LicenseOffer.load(event.params.offerId.toString())!;
  offer.active = event.params.active;
  offer.updatedAt = event.block.timestamp;
  offer.save();
}
