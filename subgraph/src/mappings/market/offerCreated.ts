import { OfferCreated } from '../../../generated/LicenseMarket/LicenseMarket';
import { LicenseOffer } from '../../../generated/schema';
import { LICENSE_TIERS } from '../../common/constants';
import { getOrCreateProtocol } from '../../entities/protocol';
import { getOrCreateToken } from '../../entities/token';

export function handleOfferCreated(event: OfferCreated): void {
  let offer = new LicenseOffer(event.params.offerId.toString());
  offer.model = event.params.modelId.toString();
  offer.tier = LICENSE_TIERS[event.params.tier];
  offer.currency = getOrCreateToken(event.params.currency).id;
  offer.price = event.params.price;
  offer.unitPrice = event.params.unitPrice;
  offer.duration = event.params.duration;
  offer.maxSupply = event.params.maxSupply.toI32();
  offer.transferable = event.params.transferable;
  offer.derivativesAllowed = event.params.derivativesAllowed;
  offer.active = true;
  offer.sold = 0;
  offer.createdAt = event.block.timestamp;
  offer.updatedAt = event.block.timestamp;
  offer.save();

  let protocol = getOrCreateProtocol();
  protocol.offerCount += 1;
  protocol.save();
}
