import { OfferUpdated } from '../../../generated/LicenseMarket/LicenseMarket';
import { LicenseOffer } from '../../../generated/schema';
import { setOfferTerms } from '../../entities/licenseOffer';

export function handleOfferUpdated(event: OfferUpdated): void {
  let p = event.params;
  let offer = LicenseOffer.load(p.offerId.toString())!;
  setOfferTerms(offer, p.tier, p.currency, p.price, p.unitPrice, p.duration, p.maxSupply, p.transferable, p.derivativesAllowed);
  offer.updatedAt = event.block.timestamp;
  offer.save();
}
