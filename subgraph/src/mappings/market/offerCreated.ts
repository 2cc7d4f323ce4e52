import { OfferCreated } from '../../../generated/LicenseMarket/LicenseMarket';
import { LicenseOffer } from '../../../generated/schema';
import { setOfferTerms } from '../../entities/licenseOffer';
import { getOrCreateProtocol } from '../../entities/protocol';

export function handleOfferCreated(event: OfferCreated): void {
  const p = event.params;
  const offer = new LicenseOffer(p.offerId.toString());
  offer.model = p.modelId.toString();
  setOfferTerms(offer, p.tier, p.currency, p.price, p.unitPrice, p.duration, p.maxSupply, p.transferable, p.derivativesAllowed);
  offer.active = true;
  offer.sold = 0;
  offer.createdAt = event.block.timestamp;
  offer.updatedAt = event.block.timestamp;
  offer.save();

  const protocol = getOrCreateProtocol();
  protocol.offerCount += 1;
  protocol.save();
}
