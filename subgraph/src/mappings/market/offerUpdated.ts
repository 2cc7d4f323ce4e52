import { OfferUpdated } from '../../../generated/LicenseMarket/LicenseMarket';
import { LicenseOffer } from '../../../generated/schema';

/** Only an offer's prices and supply cap change; licences already sold keep the terms they were sold on. */
export function handleOfferUpdated(event: OfferUpdated): void {
  const p = event.params;
  const offer = LicenseOffer.load(p.offerId.toString())!;
  offer.price = p.price;
  offer.unitPrice = p.unitPrice;
  offer.maxSupply = p.maxSupply;
  offer.updatedAt = event.block.timestamp;
  offer.save();
}
