import { Address, BigInt } from '@graphprotocol/graph-ts';

import { LicenseOffer } from '../../generated/schema';
import { LICENSE_TIERS } from '../common/constants';
import { getOrCreateToken } from './token';

/** Writes the terms an offer is created with (OfferUpdated changes only its prices and cap). */
export function setOfferTerms(
  offer: LicenseOffer,
  tier: i32,
  currency: Address,
  price: BigInt,
  unitPrice: BigInt,
  duration: BigInt,
  maxSupply: BigInt,
  transferable: bool,
  derivativesAllowed: bool,
): void {
  offer.tier = LICENSE_TIERS[tier];
  offer.currency = getOrCreateToken(currency).id;
  offer.price = price;
  offer.unitPrice = unitPrice;
  offer.duration = duration;
  offer.maxSupply = maxSupply;
  offer.transferable = transferable;
  offer.derivativesAllowed = derivativesAllowed;
}
